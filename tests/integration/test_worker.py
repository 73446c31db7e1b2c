"""The worker as its users meet it: a subprocess on the real broker, its topics and its API."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

import pytest
from confluent_kafka import Consumer, TopicPartition

from stream.codec import codec_for
from stream.config import Settings
from stream.contracts import Article, DeadLetter, EnrichedArticle, Event
from stream.resolver import mention_id
from stream.schemas import check_schemas
from stream.sources import read_articles
from tests.integration.workers import (
    REPO,
    Worker,
    committed,
    publish_articles,
    publish_raw,
    short_articles,
    wait_for,
    wait_for_records,
    worker_env,
)
from tests.schema_validation import schema_validator

pytestmark = pytest.mark.integration

SEED = REPO / "seeds" / "000_98d7fe5aeb08b17c.txt"
KINDS = ("visits", "meetings", "invitations", "agreements", "statements", "deployments")
TIMEOUT_S = 90.0


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
    enriched = committed(settings, settings.topic_enriched)
    events = [codec_for(Event).loads(r.value) for r in committed(settings, settings.topic_events)]
    assert [codec_for(EnrichedArticle).loads(r.value) for r in enriched] == [seed_enriched]
    # Each of the article's events once, as it read it, with its mention id and resolved id.
    assert [
        e.model_copy(update={"event_id": r.event_id, "mention_id": r.mention_id})
        for e, r in zip(seed_enriched.events, seeded.events, strict=True)
    ] == sorted(events, key=lambda e: [r.mention_id for r in seeded.events].index(e.mention_id))
    assert all(
        r.key == codec_for(Event).loads(r.value).actor.id.encode()
        for r in committed(settings, settings.topic_events)
    )


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
        "KP", "Pyongyang"
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
    assert _snapshot(worker, seeded) == before


def test_enriched_topics_validate_for_two_read_committed_clients(
    settings: Settings, seeded: EnrichedArticle
):
    assert check_schemas(REPO / "schemas") == [], "schemas/ is out of date: stream schemas --write"
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
        validator = schema_validator(schema)
        for value in by_aiokafka:
            validator.validate(json.loads(value))
    assert committed(settings, settings.topic_enriched), "nothing to validate"


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
    good = short_articles(20, "good")
    mixed: list[tuple[bytes | None, bytes | None]] = []
    for article, bad in zip(good, BAD_MESSAGES, strict=True):
        mixed += [(article.id.encode(), article.model_dump_json().encode()), bad]
    dead_before = len(committed(settings, settings.topic_dlq))
    publish_raw(settings, mixed)

    dead = wait_for_records(settings, settings.topic_dlq, dead_before + 20, TIMEOUT_S)
    letters = [codec_for(DeadLetter).loads(r.value) for r in dead[dead_before:]]
    assert sorted(r.key for r in dead[dead_before:]) == sorted(k for k, _ in BAD_MESSAGES)
    assert all(letter.reason and letter.topic == settings.topic_raw for letter in letters)
    enriched_ids = {
        codec_for(EnrichedArticle).loads(r.value).article_id
        for r in wait_for_records(settings, settings.topic_enriched, 3 + len(good), TIMEOUT_S)
    }
    assert {a.id for a in good} <= enriched_ids
    assert worker.health() == 200


def test_health_answers_within_a_second_under_a_full_backlog(
    settings: Settings, worker: Worker, seeded: EnrichedArticle
):
    # Enough that the worker cannot finish it while health is asked 20 times: 300 one-line
    # articles were all enriched within the measurement once enrich no longer sent the
    # events' table rows itself.
    backlog = short_articles(1000, "backlog")
    publish_articles(settings, backlog)
    latencies = []
    for _ in range(20):
        started = time.monotonic()
        assert worker.health(timeout=5) == 200
        latencies.append(time.monotonic() - started)
        time.sleep(0.1)
    still_enriching = len(committed(settings, settings.topic_enriched))
    print(f"health latency under backlog: max {max(latencies) * 1000:.0f} ms")
    assert max(latencies) < 1.0
    assert still_enriching < 3 + 20 + len(backlog), "no backlog left to measure under"


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


def _snapshot(worker: Worker, enriched: EnrichedArticle) -> dict[str, Any]:
    """Every table row of every seed participant, without the times it was seen."""
    actors = sorted({p.id for e in enriched.events for p in e.participants})
    return {
        f"{actor}/{kind}": [
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
