"""Entities: repairing the model's spans, then folding mentions into canonical entities.

Repair runs inside the pipeline (`newsstream_entity_repair_v1`); canonicalisation is a pure
function over the repaired Doc. Names, outlets and spelling variants come from
`patterns/aliases.jsonl`, places from the gazetteer, titles from `patterns/titles.jsonl`.

Modules, from the bottom up (each imports only modules before it): `matchers`, `owners`,
`extents`, `table`, `families`, `office_names`, `sites`, `unlabelled`, `repair`, `offices`,
`names`, `short_names`, `canonical`.
"""
