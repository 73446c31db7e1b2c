"""Roles of an event read from the dependency parse: actor, counterparts, place, governing chain.

Every function takes the trigger token and the article's `EntityTable` and returns canonical
referents; a role the parse does not give is None (or empty), never a guess from word order,
except "he"/"his", which resolve to the last person who was the subject of a clause.

Modules, from the bottom up (each imports only modules before it): `syntax`, `guests`,
`reference`, `appositions`, `actors`, `owners`, `met_parties`, `companions`, `venues`, `stops`,
`home_places`.
"""
