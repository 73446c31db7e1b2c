"""Events: one mention per trigger word, its status, date and sources, then merged per article.

Triggers come from the pipeline (`doc.spans["newsstream_triggers"]`), roles from `roles/`;
the words that signal status, reports and anaphoric dates are in `patterns/cues.jsonl`.

Modules, from the bottom up (each imports only modules before it): `mention`, `status`, `dates`,
`gatherings`, `places`, `doings`, `stays`, `undone`, `records`, `arrival_sites`, `meetings`,
`pairs`, `dates_told_before`, `trip_parties`, `greetings`, `earlier_trips`, `trips`,
`visit_places`, `reading`, `arrivals`, `legs`, `extraction`.
"""
