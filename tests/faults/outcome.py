"""What a run left on the read_committed topics and in the tables, against a clean run's.

A clean run is computed, not run: the NLP layer in this process gives each article's
enrichment and so its event reports; the resolver's pure functions over the reports, in the
order the resolver read them, give the events and activity records; those of
`stream.state.activity` give the tables.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from stream.codec import codec_for
from stream.config import Settings
from stream.constants import ACTIVITY_TYPES_PLURAL
from stream.contracts import ActorActivity, ActorRowChange, EnrichedArticle, EventReport
from stream.state.activity import Profile, update_profile, upsert
from stream.worker.flow import report_key, reports_of, resolve_reports
from tests.integration.workers import Record, Worker, arrival_times, committed, wait_for
from tests.table_diff import describe, field_differences, row_differences

Keyed = tuple[bytes | None, bytes]


@dataclass(frozen=True)
class Published:
    """Every record a read_committed consumer sees on the worker's output topics."""

    arrivals: dict[str, dt.datetime]
    enriched: list[Record]
    entities: list[Record]
    reports: list[Record]
    events: list[Record]
    activity: list[Record]
    places: list[Record]
    dead_letters: list[Record]
    settings: Settings

    @classmethod
    def read(cls, settings: Settings) -> Published:
        return cls(
            arrivals=arrival_times(settings),
            enriched=committed(settings, settings.topic_enriched),
            entities=committed(settings, settings.topic_entities),
            reports=committed(settings, settings.topic_reports),
            events=committed(settings, settings.topic_events),
            activity=committed(settings, settings.topic_activity),
            places=committed(settings, settings.topic_places),
            dead_letters=committed(settings, settings.topic_dlq),
            settings=settings,
        )

    def expected_reports(self, clean: Mapping[str, EnrichedArticle]) -> list[Keyed]:
        """Each event of a clean run, seen when its article arrived."""
        reports = [
            report
            for enriched in clean.values()
            for report in reports_of(enriched, self.arrivals[enriched.article_id])
        ]
        return _keyed(reports, report_key)

    def expected_resolution(self) -> tuple[list[Keyed], list[Keyed], list[Keyed]]:
        """The event, activity and place records the resolver makes of the reports published,
        read in order as it reads them (a block's reports are all in one partition)."""
        reports = [
            codec_for(EventReport).loads(record.value)
            for record in sorted(self.reports, key=lambda r: (r.partition, r.offset))
        ]
        outgoing = resolve_reports(reports, lambda key: [], self.settings).outgoing
        events = [o.encode() for o in outgoing if o.topic == self.settings.topic_events]
        activity = [o.encode() for o in outgoing if o.topic == self.settings.topic_activity]
        places = [o.encode() for o in outgoing if o.topic == self.settings.topic_places]
        return events, activity, places


def wait_until_routed(
    settings: Settings, clean: Mapping[str, EnrichedArticle], timeout: float
) -> Published:
    """The output once every event is reported and resolved: the events, activity and place
    topics hold as many records as the resolution of the reports calls for, and a second
    reading finds every topic as the one before. The topics are read one after another, so
    a transaction may commit between two of them: a snapshot in which the last events were
    not yet there but their activity records were is refused. Duplicates show later, as
    inequality."""
    published: list[Published] = []
    shortfalls: list[str] = []

    def sizes(snapshot: Published) -> tuple[int, ...]:
        return tuple(len(records) for records in _record_lists(snapshot))

    def caught_up() -> bool:
        before = published[:1]
        published[:] = [Published.read(settings)]
        now = published[0]
        events, activity, places = now.expected_resolution()
        wanted = {
            "reports": (len(now.reports), len(now.expected_reports(clean))),
            "events": (len(now.events), len(events)),
            "activity records": (len(now.activity), len(activity)),
            "place records": (len(now.places), len(places)),
        }
        shortfalls[:] = [f"{n} of {m} {what}" for what, (n, m) in wanted.items() if n < m]
        if before and sizes(before[0]) != sizes(now):
            shortfalls.append("the topics still growing")
        return not shortfalls and bool(before)

    wait_for(caught_up, timeout, lambda: ", ".join(shortfalls) or "no second reading", every=1.0)
    return published[0]


def _record_lists(published: Published) -> list[list[Record]]:
    return [
        published.enriched,
        published.entities,
        published.reports,
        published.events,
        published.activity,
        published.places,
        published.dead_letters,
    ]


def enriched_ids(settings: Settings) -> Counter[str]:
    enriched = committed(settings, settings.topic_enriched)
    return Counter(codec_for(EnrichedArticle).loads(r.value).article_id for r in enriched)


def wait_until_enriched(
    settings: Settings, count: int, timeout: float, log_tail: Callable[[], str]
) -> int:
    """Wait until `count` articles are enriched (committed); return how many are."""
    seen: Counter[str] = Counter()

    def enough() -> bool:
        seen.clear()
        seen.update(enriched_ids(settings))
        return len(seen) >= count

    wait_for(enough, timeout, lambda: f"{len(seen)} of {count} articles enriched:\n{log_tail()}")
    return len(seen)


def assert_exactly_once(published: Published, clean: Mapping[str, EnrichedArticle]) -> None:
    """Each article enriched once and as a clean run enriches it; every other record once."""
    enriched = [codec_for(EnrichedArticle).loads(r.value) for r in published.enriched]
    times = Counter(e.article_id for e in enriched)
    duplicated = sorted(i for i, n in times.items() if n > 1)
    assert not duplicated, f"{len(duplicated)} articles enriched twice, e.g. {duplicated[:3]}"
    missing, unknown = sorted(clean.keys() - times.keys()), sorted(times.keys() - clean.keys())
    assert not missing, f"{len(missing)} articles never enriched, e.g. {missing[:3]}"
    assert not unknown, f"enriched articles nobody published: {unknown[:3]}"
    differing = [e.article_id for e in enriched if e != clean[e.article_id]]
    assert not differing, f"{len(differing)} enriched unlike a clean run, e.g. {differing[:3]}"

    entities = [e for article in clean.values() for e in article.entities]
    assert_same_records("entities", published.entities, _keyed(entities, lambda e: e.entity_id))
    assert_same_records("reports", published.reports, published.expected_reports(clean))
    events, activity, places = published.expected_resolution()
    assert_same_records("events", published.events, events)
    assert_same_records("activity", published.activity, activity)
    assert_same_records("places", published.places, places)
    assert not published.dead_letters, f"{len(published.dead_letters)} dead letters"


def assert_same_records(topic: str, records: list[Record], expected: list[Keyed]) -> None:
    """The same (key, value) multiset: catches a lost record and a duplicated one alike."""
    got, want = Counter((r.key, r.value) for r in records), Counter(expected)
    extra, missing = got - want, want - got
    assert not (extra or missing), (
        f"{topic}: {len(records)} records where a clean run has {len(expected)}: "
        f"{extra.total()} extra or duplicated (e.g. {_first_key(extra)}), "
        f"{missing.total()} missing (e.g. {_first_key(missing)}); "
        + describe(_changed_records(topic, extra, missing))
    )


def _changed_records(topic: str, extra: Counter[Keyed], missing: Counter[Keyed]) -> list[str]:
    """Each extra record beside the missing one of the same key: which of its fields changed."""
    found: list[str] = []
    unpaired = list(missing)
    for key, value in extra:
        twin = next((m for m in unpaired if m[0] == key), None)
        if twin is None:
            found.append(f"{topic}: key {key!r}: extra {value[:200]!r}")
            continue
        unpaired.remove(twin)
        found += field_differences(f"{topic}: key {key!r}", json.loads(twin[1]), json.loads(value))
    found += [f"{topic}: key {key!r}: missing {value[:200]!r}" for key, value in unpaired]
    return found


# The actor tables as the HTTP API shows them: request path -> JSON answer.
Tables = dict[str, Any]


def clean_tables(activity: list[Record], row_limit: int) -> Tables:
    """The tables of a worker that never failed: the pure functions over the activity topic,
    in the order the table agent reads it (activity records were checked to be a clean run's)."""
    rows: dict[tuple[str, str], list[ActorActivity]] = {}
    profiles: dict[str, Profile] = {}
    for record in sorted(activity, key=lambda r: (r.partition, r.offset)):
        change = codec_for(ActorRowChange).loads(record.value)
        report = change.row
        key = (report.actor_id, ACTIVITY_TYPES_PLURAL[report.type.value])
        rows[key] = upsert(rows.get(key, []), report, row_limit)
        profiles[report.actor_id] = update_profile(profiles.get(report.actor_id), change)
    tables: Tables = {}
    for actor, profile in profiles.items():
        tables[f"/actors/{actor}"] = profile.summary()
        for kind in ACTIVITY_TYPES_PLURAL.values():
            kept = rows.get((actor, kind), [])
            tables[_rows_path(actor, kind, row_limit)] = [
                row.model_dump(mode="json") for row in kept
            ]
    return tables


@dataclass(frozen=True)
class NoAnswer:
    """What stands for a table the worker cannot show: not listening yet, or a 404 while
    its tables recover."""

    error: str


def worker_tables(worker: Worker, paths: Iterable[str]) -> Tables:
    answers: Tables = {}
    for path in paths:
        try:
            answers[path] = worker.get(path)
        except OSError as error:
            answers[path] = NoAnswer(str(error))
    return answers


def table_differences(expected: Tables, answered: Tables) -> list[str]:
    """Per actor and type (or profile): each event missing, extra or changed."""
    found: list[str] = []
    for path, want in expected.items():
        got, table = answered[path], _table_name(path)
        if isinstance(got, NoAnswer):
            found.append(f"{table}: no answer: {got.error}")
        elif isinstance(want, list):
            found += row_differences(table, want, got)
        elif want != got:
            found += field_differences(table, want, got)
    return found


def wait_for_clean_tables(worker: Worker, expected: Tables, timeout: float) -> None:
    answered: Tables = {}

    def same() -> bool:
        answered.update(worker_tables(worker, expected))
        return answered == expected

    def differences() -> str:
        found = table_differences(expected, answered)
        return f"the worker's tables unlike a clean run's: {describe(found)}\n{worker.log_tail(10)}"

    wait_for(same, timeout, differences)


def wait_for_a_clean_finish(
    settings: Settings, worker: Worker, clean: Mapping[str, EnrichedArticle], timeout: float
) -> None:
    """After a fault: every article enriched and fanned out, exactly once and as a clean run
    makes it, and the worker's tables those of a clean run."""
    wait_until_enriched(settings, len(clean), timeout, worker.log_tail)
    published = wait_until_routed(settings, clean, timeout)
    assert_exactly_once(published, clean)
    expected = clean_tables(published.activity, settings.table_row_limit)
    wait_for_clean_tables(worker, expected, timeout)


def _rows_path(actor: str, kind: str, row_limit: int) -> str:
    return f"/actors/{actor}/{kind}?limit={row_limit}"


def _table_name(path: str) -> str:
    """`kim-jong-un visits` for its rows' path, `kim-jong-un profile` for its profile's."""
    parts = path.split("?")[0].split("/")  # ["", "actors", actor, kind?]
    return f"{parts[2]} {parts[3] if len(parts) > 3 else 'profile'}"


def _keyed(values: Iterable[Any], key: Callable[[Any], str]) -> list[Keyed]:
    return [(key(value).encode(), codec_for(type(value)).dumps(value)) for value in values]


def _first_key(records: Counter[Keyed]) -> str:
    return repr(next(iter(records))[0]) if records else "none"
