"""The worker as its users meet it: a subprocess on the real broker, its topics and its API."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import Consumer, TopicPartition

from stream.codec import codec_for
from stream.config import Settings
from stream.contracts import Article, DeadLetter, EnrichedArticle, Event
from stream.schemas import check_schemas
from stream.sources import read_articles
from stream.state.resolver import mention_id
from tests.integration.hooked_worker import held_until, reached
from tests.integration.workers import (
    REPO,
    Record,
    Worker,
    committed,
    create_all_topics,
    isolated_settings,
    publish_articles,
    publish_raw,
    short_articles,
    start_worker,
    wait_for,
    wait_for_records,
    worker_env,
)
from tests.schema_validation import schema_validator
from tests.table_diff import describe, row_differences

pytestmark = pytest.mark.integration

SEED = REPO / "seeds" / "000_98d7fe5aeb08b17c.txt"
KINDS = ("visits", "meetings", "invitations", "agreements", "statements", "deployments")
TIMEOUT_S = 90.0
HEALTH_CHECKS = 20
HEALTH_TIMEOUT_S = 5.0


@pytest.fixture(scope="module")
def seed() -> Article:
    (article,) = read_articles([SEED])
    assert isinstance(article, Article)
    return article


@pytest.fixture(scope="module")
def seed_enriched(seed: Article) -> EnrichedArticle:
    """What the NLP layer itself makes of the seed: the worker must publish exactly this."""
    from stream.nlp.enrich import Enricher

    return Enricher().enrich(seed)


@pytest.fixture(scope="module")
def seeded(settings: Settings, worker: Worker, seed: Article, seed_enriched: EnrichedArticle):
    """The seed published once, its events on the topic and in every participant's table;
    the seed's enrichment with its events as the events topic carries them (resolved ids)."""
    started = time.monotonic()
    publish_articles(settings, [seed])
    records = wait_for_records(
        settings, settings.topic_events, len(seed_enriched.events), TIMEOUT_S
    )
    mention_ids = [mention_id(seed.id, i) for i in range(len(seed_enriched.events))]
    published = {e.mention_id: e for e in (codec_for(Event).loads(r.value) for r in records)}
    resolved = seed_enriched.model_copy(
        update={"events": [published[m] for m in mention_ids if m in published]}
    )
    wait_for(
        lambda: all(e.event_id in _row_ids(worker, e) for e in resolved.events),
        TIMEOUT_S,
        lambda: f"tables lack seed events:\n{worker.log_tail()}",
    )
    print(f"seed replay end to end: {time.monotonic() - started:.1f} s")
    return resolved


def test_seed_replay_publishes_what_the_enricher_makes(
    settings: Settings, seed_enriched: EnrichedArticle, seeded: EnrichedArticle
):
    # Other tests may publish the seed again: each copy is checked, whatever their number.
    copies = [
        enriched
        for enriched in (
            codec_for(EnrichedArticle).loads(r.value)
            for r in committed(settings, settings.topic_enriched)
        )
        if enriched.article_id == seeded.article_id
    ]
    assert copies and all(copy == seed_enriched for copy in copies)
    records = committed(settings, settings.topic_events)
    # Each of the article's events as it read it, with its mention id and resolved id, once
    # for each copy.
    expected = {
        r.mention_id: e.model_copy(update={"event_id": r.event_id, "mention_id": r.mention_id})
        for e, r in zip(seed_enriched.events, seeded.events, strict=True)
    }
    events = [codec_for(Event).loads(r.value) for r in records]
    seed_events = [e for e in events if e.article_id == seeded.article_id]
    per_mention = Counter(e.mention_id for e in seed_events)
    assert per_mention == Counter(dict.fromkeys(expected, len(copies)))
    assert all(e == expected[e.mention_id] for e in seed_events)
    assert all(r.key == codec_for(Event).loads(r.value).actor.id.encode() for r in records)


def test_seed_tables_show_each_event_to_each_participant(worker: Worker, seeded: EnrichedArticle):
    for event in seeded.events:
        for participant in event.participants:
            rows = worker.get(f"/actors/{participant.id}/{event.type.value}s?limit=50")
            assert event.event_id in {row["event_id"] for row in rows}, participant.id


def test_seed_tables_answer_the_guides_questions(worker: Worker, seeded: EnrichedArticle):
    """Depends on the NLP layer reading the seed as docs/annotation-guide.md does."""
    latest_visit = worker.get("/actors/sergei-shoigu/visits?limit=1")[0]
    assert (latest_visit["location"]["name"], latest_visit["status"]) == ("Pyongyang", "occurred")
    assert (latest_visit["location"]["country_code"], latest_visit["location"]["city"]) == (
        "KP",
        "Pyongyang",
    )
    assert (latest_visit["date"]["value"], latest_visit["date"]["precision"]) == (
        "2025-03-17",
        "week",
    )
    assert "kim-jong-un" in _met(worker, "sergei-shoigu")
    assert {"choe-son-hui", "kim-jong-gyu"} <= _met(worker, "andrey-rudenko")
    kim_visits = {
        (row["location"]["name"], row["date"]["value"], row["status"])
        for row in worker.get("/actors/kim-jong-un/visits")
        if row["location"] and row["date"]
    }
    assert {
        ("Vladivostok", "2019", "occurred"),
        ("Vostochny Cosmodrome", "2023", "occurred"),
        ("Russia", "2025", "planned"),
    } <= kim_visits


def test_actor_search_finds_shoigu_by_surname(worker: Worker, seeded: EnrichedArticle):
    assert worker.get("/actors?q=shoigu")[0]["id"] == "sergei-shoigu"


def test_actor_cli_prints_the_visits_table(
    settings: Settings, worker: Worker, seeded: EnrichedArticle
):
    result = subprocess.run(
        [sys.executable, "-m", "stream", "actor", "Shoigu", "--visits", "--url", worker.url],
        env=worker_env(settings),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    first_row = result.stdout.split("Visits")[1].splitlines()[2]
    assert "2025-03-17" in first_row and "Pyongyang" in first_row


def test_republishing_the_seed_twice_more_changes_no_row(
    settings: Settings, worker: Worker, seed: Article, seeded: EnrichedArticle
):
    before = _snapshot(worker, seeded)
    actors = {p.id for e in seeded.events for p in e.participants}
    last_seen = {a: worker.get(f"/actors/{a}")["last_seen"] for a in actors}
    publish_articles(settings, [seed])
    publish_articles(settings, [seed])
    wait_for(
        lambda: all(worker.get(f"/actors/{a}")["last_seen"] > last_seen[a] for a in actors),
        TIMEOUT_S,
        lambda: "the re-published seed did not reach every table",
    )
    after = _snapshot(worker, seeded)
    changed = [d for table in before for d in row_differences(table, before[table], after[table])]
    assert not changed, f"re-publishing the seed changed rows: {describe(changed)}"


def test_enriched_topics_validate_for_two_read_committed_clients(
    settings: Settings, seeded: EnrichedArticle
):
    assert check_schemas(REPO / "schemas") == [], "schemas/ is out of date: stream schemas --write"
    # A dead letter of this test's own, so that the dead-letter schema has one to check.
    publish_raw(settings, [(b"schema-check", b"{not json")])
    wait_for(
        lambda: b"schema-check" in {r.key for r in committed(settings, settings.topic_dlq)},
        TIMEOUT_S,
        lambda: "the schema check's bad message never reached the dead-letter topic",
    )
    schemas = {
        settings.topic_enriched: "enriched-article",
        settings.topic_entities: "entity",
        settings.topic_events: "event",
        settings.topic_dlq: "dead-letter",
    }
    for topic, schema in schemas.items():
        records = committed(settings, topic)
        by_aiokafka = [r.value for r in records]
        # The same offsets for both: records committed between the two reads are left out.
        last_offsets = {r.partition: r.offset for r in records}  # offsets grow in a partition
        by_librdkafka = _read_with_confluent(settings, topic, last_offsets)
        assert sorted(by_librdkafka) == sorted(by_aiokafka), topic
        assert by_aiokafka, f"{topic}: nothing to validate"
        validator = schema_validator(schema)
        for value in by_aiokafka:
            validator.validate(json.loads(value))


BAD_MESSAGES: list[tuple[bytes | None, bytes | None]] = [
    (b"bad-1", None),
    (b"bad-2", b""),
    (b"bad-3", b"   "),
    (b"bad-4", b"\xff\xfe\xfa"),
    (b"bad-5", "{}".encode("utf-16")),
    (b"bad-6", b"{not json"),
    (b"bad-7", b'{"id": "x", "text": '),
    (b"bad-8", b"[1, 2, 3]"),
    (b"bad-9", b'"just a string"'),
    (b"bad-10", b"42"),
    (b"bad-11", b"null"),
    (b"bad-12", b"{}"),
    (b"bad-13", json.dumps({"id": "b13", "published": "2025-03-28"}).encode()),
    (b"bad-14", json.dumps({"id": "b14", "published": "2025-03-28", "text": ""}).encode()),
    (b"bad-15", json.dumps({"id": "b15", "published": "2025-03-28", "text": " \n"}).encode()),
    (b"bad-16", json.dumps({"id": "b16", "published": "someday", "text": "Hi."}).encode()),
    (b"bad-17", json.dumps({"id": "", "published": "2025-03-28", "text": "Hi."}).encode()),
    (b"bad-18", json.dumps({"id": "b18", "published": "2025-03-28", "text": 7}).encode()),
    (b"bad-19", json.dumps({"id": "b" * 300, "published": "2025-03-28", "text": "Hi."}).encode()),
    (b"bad-20", b'{"id": "b20", "published": "2025-03-28", "text": "' + b"x" * 400_000 + b'"}'),
]


def test_bad_messages_go_to_the_dlq_and_good_ones_are_enriched(
    settings: Settings, worker: Worker, seeded: EnrichedArticle
):
    good = _articles_without_events(20, "good")  # so that no other test's tables change
    mixed: list[tuple[bytes | None, bytes | None]] = []
    for article, bad in zip(good, BAD_MESSAGES, strict=True):
        mixed += [(article.id.encode(), article.model_dump_json().encode()), bad]
    bad_keys = sorted(key for key, _ in BAD_MESSAGES if key is not None)
    publish_raw(settings, mixed)

    dead: list[Record] = []

    def all_dead_lettered() -> bool:
        dead[:] = [r for r in committed(settings, settings.topic_dlq) if r.key in bad_keys]
        return len(dead) >= len(bad_keys)

    wait_for(all_dead_lettered, TIMEOUT_S, lambda: f"{len(dead)} of {len(bad_keys)} dead letters")
    assert sorted(r.key for r in dead) == bad_keys
    letters = [codec_for(DeadLetter).loads(r.value) for r in dead]
    assert all(letter.reason and letter.topic == settings.topic_raw for letter in letters)
    good_ids = {article.id for article in good}
    wait_for(
        lambda: good_ids <= _enriched_ids(settings),
        TIMEOUT_S,
        lambda: f"good articles never enriched: {sorted(good_ids - _enriched_ids(settings))}",
    )
    assert worker.health() == 200


def test_health_answers_while_an_article_is_enriched_under_a_backlog(
    kafka_bootstrap: str, tmp_path: Path
):
    """The NLP runs off the event loop: with an article held in it (so certainly mid-batch)
    and a backlog waiting, the worker still answers its health checks."""
    settings = isolated_settings(kafka_bootstrap)
    create_all_topics(settings)
    worker = start_worker(settings, tmp_path, main_module="tests.integration.hooked_worker")
    try:
        worker.wait_healthy()
        gate = tmp_path / "gate"
        first, *backlog = short_articles(300, "backlog")
        publish_articles(settings, [held_until(first, gate), *backlog])
        wait_for(
            reached(gate).exists,
            TIMEOUT_S,
            lambda: f"the held article never reached the NLP:\n{worker.log_tail()}",
        )
        latencies = [_health_latency(worker) for _ in range(HEALTH_CHECKS)]
        # Batches before the held article's may be committed: its own may not.
        assert first.id not in _enriched_ids(settings), "the held article's batch was committed"
        gate.touch()
        wait_for(
            lambda: len(_enriched_ids(settings)) == 1 + len(backlog),
            TIMEOUT_S,
            lambda: f"{len(_enriched_ids(settings))} of {1 + len(backlog)} enriched",
        )
        print(f"health latency with the NLP busy: max {max(latencies) * 1000:.0f} ms")
    finally:
        worker.stop()


def _health_latency(worker: Worker) -> float:
    started = time.monotonic()
    status = worker.health(timeout=HEALTH_TIMEOUT_S)
    assert status == 200, f"/health answered {status or 'nothing'} within {HEALTH_TIMEOUT_S} s"
    return time.monotonic() - started


def _articles_without_events(count: int, prefix: str) -> list[Article]:
    text = "Seoul, March 28 (Yonhap) Spring rain is expected across the peninsula on Friday."
    return [Article(id=f"{prefix}-{i}", published="2025-03-28", text=text) for i in range(count)]


def _enriched_ids(settings: Settings) -> set[str]:
    return {
        codec_for(EnrichedArticle).loads(r.value).article_id
        for r in committed(settings, settings.topic_enriched)
    }


def _row_ids(worker: Worker, event: Event) -> set[str]:
    ids: set[str] = set()
    for participant in event.participants:
        try:
            rows = worker.get(f"/actors/{participant.id}/{event.type.value}s?limit=50")
        except OSError:
            return set()
        ids = {row["event_id"] for row in rows} if not ids else ids & {r["event_id"] for r in rows}
    return ids


def _met(worker: Worker, actor_id: str) -> set[str]:
    return {
        party["id"]
        for row in worker.get(f"/actors/{actor_id}/meetings")
        for party in [row["actor"], *row["counterparts"]]
    }


def _snapshot(worker: Worker, enriched: EnrichedArticle) -> dict[str, list[dict[str, Any]]]:
    """Every table row of every seed participant, without the times it was seen."""
    actors = sorted({p.id for e in enriched.events for p in e.participants})
    return {
        f"{actor} {kind}": [
            {k: v for k, v in row.items() if k not in ("first_seen", "last_seen")}
            for row in worker.get(f"/actors/{actor}/{kind}?limit=50")
        ]
        for actor in actors
        for kind in KINDS
    }


def _read_with_confluent(
    settings: Settings, topic: str, last_offsets: dict[int, int]
) -> list[bytes]:
    """The values of `topic`'s committed records up to `last_offsets` (per partition)."""
    consumer = Consumer(
        {
            "bootstrap.servers": settings.bootstrap_servers,
            "group.id": f"check-{topic}",
            "isolation.level": "read_committed",
            "enable.auto.commit": False,
        }
    )
    try:
        consumer.assign([TopicPartition(topic, p, 0) for p in last_offsets])
        values: list[bytes] = []
        unfinished = dict(last_offsets)
        deadline = time.monotonic() + 30
        while unfinished and time.monotonic() < deadline:
            message = consumer.poll(0.5)
            if message is None or message.error() is not None:
                continue
            partition, offset = message.partition(), message.offset()
            if offset <= last_offsets[partition]:
                values.append(message.value())
            if partition in unfinished and offset >= unfinished[partition]:
                del unfinished[partition]
        return values
    finally:
        consumer.close()
