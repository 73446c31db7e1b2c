"""A worker fed 10,000 messages, mostly bad: each bad one dead-lettered once with its reason,
each good one enriched once, memory bounded, the worker healthy at the end.

The stream is generated here from a seeded RNG. Each message's key names its kind, and the
dead-letter topic keeps the key, so every letter is traced back to the kind that made it.
Valid articles are one sentence long so that the NLP is quick; most messages are bad ones.
The rules for what is bad are in the docstring of stream/worker/intake.py.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import os
import random
import threading
import time
import urllib.error
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from stream.codec import codec_for
from stream.config import Settings
from stream.contracts import Article, DeadLetter, EnrichedArticle, Event
from tests.integration.workers import (
    ACTORS,
    PLACES,
    Worker,
    committed,
    wait_for,
    wait_for_records,
)

pytestmark = pytest.mark.integration

SEED = 20_251_127
TIMEOUT_S = 300.0
RSS_CEILING_BYTES = 1536 * 1024 * 1024
HUGE_BYTES = 10 * 1024 * 1024
PUBLISH_REQUEST_BYTES = HUGE_BYTES + 1024 * 1024
GOOD = None  # the expected outcome of a message that is to be enriched

Message = tuple[bytes, bytes | None]
Make = Callable[[random.Random, int], bytes | None]


@dataclass(frozen=True)
class Kind:
    name: str
    count: int
    make: Make
    outcome: str | None  # the dead letter's error_type, or GOOD


def article_json(rng: random.Random, i: int, **changes: object) -> dict[str, object]:
    """A one-sentence article with a visit or a meeting in it, then `changes`."""
    actor, other, place = rng.choice(ACTORS), rng.choice(ACTORS), rng.choice(PLACES)
    action = rng.choice([f"met {other} in {place}", f"visited {place}"])
    day = 1 + rng.randrange(27)
    text = f"Seoul, March 28 (Yonhap) {actor} {action} on March {day}, officials said."
    return {"id": f"a-{i}", "published": "2025-03-28", "text": text, **changes}


def as_bytes(document: object) -> bytes:
    return json.dumps(document).encode()


def truncated(rng: random.Random, i: int) -> bytes:
    value = as_bytes(article_json(rng, i))
    return value[: rng.randrange(1, len(value) - 1)]


def wrongly_typed(rng: random.Random, i: int) -> bytes:
    change = rng.choice(
        [{"text": 7}, {"id": {"a": 1}}, {"published": [2025, 3, 28]}, {"title": 5}, {"text": None}]
    )
    return as_bytes(article_json(rng, i, **change))


def binary(rng: random.Random, i: int) -> bytes:
    # 0xff never occurs in UTF-8, so this is undecodable whatever the random bytes are.
    return b"\x89PNG\r\n\x1a\n\xff" + rng.randbytes(rng.randrange(1, 2_000))


def invalid_utf8(rng: random.Random, i: int) -> bytes:
    latin1 = json.dumps(article_json(rng, i, text="Caf\u00e9 talks."), ensure_ascii=False)
    surrogate = as_bytes(article_json(rng, i))[:-2] + b'\xed\xa0\x80"}'  # UTF-8 forbids it
    return rng.choice([latin1.encode("latin-1"), surrogate])


def raw_control_character(rng: random.Random, i: int) -> bytes:
    # Unescaped inside a JSON string: not JSON.
    return as_bytes(article_json(rng, i, text="Kim met Shoigu.CTRL")).replace(b"CTRL", b"\x01")


def escaped_control_character(rng: random.Random, i: int) -> bytes:
    control = rng.choice(["\x00", "\x1b", "\x7f"])
    return as_bytes(article_json(rng, i, text=f"Kim met{control}Shoigu."))


def html_page(rng: random.Random, i: int) -> bytes:
    return f"<!DOCTYPE html><html><body><p>Story {i}</p></body></html>".encode()


def labelled_foreign(rng: random.Random, i: int) -> bytes:
    language, text = rng.choice(FOREIGN)
    return as_bytes(article_json(rng, i, language=language, text=text))


def missing_date(rng: random.Random, i: int) -> bytes:
    document = article_json(rng, i, published=rng.choice([None, "", "someday"]))
    if rng.random() < 0.5:
        del document["published"]
    return as_bytes(document)


def future_date(rng: random.Random, i: int) -> bytes:
    ahead = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=rng.randrange(3, 4_000))
    return as_bytes(article_json(rng, i, published=rng.choice([str(ahead), "9999-12-31"])))


def not_an_object(rng: random.Random, i: int) -> bytes:
    return rng.choice([b"[1, 2, 3]", b"[]", b"42", b"-1.5e300", b'"news"', b"null", b"true"])


def deeply_nested(rng: random.Random, i: int) -> bytes:
    """Deeper than `json` reads (1,000) or than pydantic's reader does (about 250)."""
    depth = rng.choice([500, 5_000, 50_000])
    nested = "[" * depth + "]" * depth
    if rng.random() < 0.5 and depth > 1_000:
        return nested.encode()
    return as_bytes(article_json(rng, i))[:-1] + f', "extra": {nested}}}'.encode()


FOREIGN = [
    ("ru", "Шойгу посетил Пхеньян и встретился с Ким Чен Ыном."),  # noqa: RUF001
    ("de", "Schoigu besuchte Pjöngjang und traf Kim Jong-un."),
    ("zh", "绍伊古访问平壤，会见金正恩。"),  # noqa: RUF001
    ("ko", "쇼이구는 평양을 방문해 김정은을 만났다."),
]


def good(rng: random.Random, i: int) -> bytes:
    return as_bytes(article_json(rng, i))


def good_with_markup(rng: random.Random, i: int) -> bytes:
    text = "<p>Seoul, March 28 (Yonhap) Sergei Shoigu visited <b>Pyongyang</b>.</p>"
    return as_bytes(article_json(rng, i, text=text))


def good_unlabelled_foreign(rng: random.Random, i: int) -> bytes:
    return as_bytes(article_json(rng, i, text=rng.choice(FOREIGN)[1]))


def good_regional_english_with_time(rng: random.Random, i: int) -> bytes:
    return as_bytes(article_json(rng, i, language="en-GB", published="2025-03-28T09:30:00+09:00"))


def ten_megabytes(rng: random.Random, i: int) -> bytes:
    return as_bytes(article_json(rng, i, text="Kim met Shoigu. " * (HUGE_BYTES // 16)))


KINDS = [
    Kind("good", 600, good, GOOD),
    Kind("good-html-text", 40, good_with_markup, GOOD),
    Kind("good-unlabelled-foreign", 40, good_unlabelled_foreign, GOOD),
    Kind("good-en-gb-datetime", 40, good_regional_english_with_time, GOOD),
    Kind("truncated-json", 1_100, truncated, "NotJson"),
    Kind("wrong-types", 1_100, wrongly_typed, "SchemaViolation"),
    Kind("ten-megabytes", 1, ten_megabytes, "TooLarge"),
    Kind("binary", 800, binary, "UndecodableBytes"),
    Kind("invalid-utf8", 800, invalid_utf8, "UndecodableBytes"),
    Kind("raw-control-character", 500, raw_control_character, "NotJson"),
    Kind("escaped-control-character", 500, escaped_control_character, "ControlCharacters"),
    Kind("html-page", 500, html_page, "NotJson"),
    Kind("labelled-foreign", 500, labelled_foreign, "UnsupportedLanguage"),
    Kind("missing-date", 800, missing_date, "SchemaViolation"),
    Kind("future-date", 500, future_date, "FutureDate"),
    Kind("tombstone", 500, lambda rng, i: None, "MissingValue"),
    Kind("blank", 300, lambda rng, i: rng.choice([b"", b" ", b"\n\t "]), "MissingValue"),
    Kind("empty-object", 300, lambda rng, i: b"{}", "SchemaViolation"),
    Kind("empty-text", 300, lambda rng, i: as_bytes(article_json(rng, i, text=" \n")), "EmptyText"),
    Kind("not-an-object", 700, not_an_object, "NotAnObject"),
    Kind("deeply-nested", 60, deeply_nested, "NotJson"),
]
DUPLICATES = 100  # good articles sent a second time, same id: enriched again


@dataclass(frozen=True)
class Campaign:
    messages: list[Message]
    kind_of_key: dict[bytes, Kind]
    good_ids: Counter[str]

    def expected_letters(self) -> Counter[tuple[str, str]]:
        return Counter(
            (kind.name, kind.outcome)
            for key, _ in self.messages
            if (kind := self.kind_of_key[key]).outcome is not GOOD
        )


def generate_campaign(rng: random.Random) -> Campaign:
    tagged: list[tuple[Kind, bytes | None]] = [
        (kind, kind.make(rng, i)) for kind in KINDS for i in range(kind.count)
    ]
    rng.shuffle(tagged)
    messages: list[Message] = []
    kind_of_key: dict[bytes, Kind] = {}
    good_ids: Counter[str] = Counter()
    for index, (kind, value) in enumerate(tagged):
        if kind.outcome is GOOD:
            article = codec_for(Article).loads(value or b"")
            article = article.model_copy(update={"id": f"{kind.name}-{index}"})
            value, key = article.model_dump_json().encode(), article.id.encode()
            good_ids[article.id] += 1
        else:
            key = f"{kind.name}-{index}".encode()
        kind_of_key[key] = kind
        messages.append((key, value))
    for key, value in rng.sample([m for m in messages if kind_of_key[m[0]].outcome is GOOD],
                                 DUPLICATES):  # fmt: skip
        messages.insert(rng.randrange(len(messages) + 1), (key, value))
        good_ids[key.decode()] += 1
    return Campaign(messages, kind_of_key, good_ids)


class RssSampler:
    """Peak resident memory of a process and all its descendants, sampled from /proc."""

    def __init__(self, pid: int, every_s: float = 0.5) -> None:
        self.pid, self.every_s, self.peak_bytes = pid, every_s, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.every_s):
            self.peak_bytes = max(self.peak_bytes, tree_rss_bytes(self.pid))


def tree_rss_bytes(root: int) -> int:
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:  # exited while we looked
                continue
            fields = stat.rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry.name))
            rss[int(entry.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        total += rss.get(pid, 0)
        pending += children.get(pid, [])
    return total


def publish(settings: Settings, messages: list[Message]) -> None:
    """Every message in order, acknowledged; many in flight, so 10,000 take seconds."""

    async def send() -> None:
        producer = AIOKafkaProducer(
            bootstrap_servers=settings.bootstrap_servers,
            max_request_size=PUBLISH_REQUEST_BYTES,
            linger_ms=5,
        )
        await producer.start()
        try:
            pending = [await producer.send(settings.topic_raw, v, key=k) for k, v in messages]
            await asyncio.gather(*pending)
        finally:
            await producer.stop()

    asyncio.run(send())


def raw_backlog(settings: Settings) -> int:
    """Raw records the worker has not committed yet (its group's offsets against the ends)."""

    async def backlog() -> int:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=settings.bootstrap_servers,
            group_id=settings.app_id,
            enable_auto_commit=False,
        )
        await consumer.start()
        try:
            partitions = [TopicPartition(settings.topic_raw, p) for p in range(settings.partitions)]
            ends = await consumer.end_offsets(partitions)
            done = {tp: await consumer.committed(tp) or 0 for tp in partitions}
            return sum(end - done[tp] for tp, end in ends.items())
        finally:
            await consumer.stop()

    return asyncio.run(backlog())


@dataclass(frozen=True)
class Run:
    campaign: Campaign
    peak_rss_bytes: int


@pytest.fixture(scope="module")
def run(settings: Settings, worker: Worker) -> Run:
    """The campaign published, and every raw record of it processed and committed."""
    campaign = generate_campaign(random.Random(SEED))
    started = time.monotonic()
    with RssSampler(worker.process.pid) as memory:
        publish(settings, campaign.messages)
        wait_for(
            lambda: worker.process.poll() is None and raw_backlog(settings) == 0,
            TIMEOUT_S,
            lambda: (
                f"{raw_backlog(settings)} raw records left (exit "
                f"{worker.process.poll()}):\n{worker.log_tail()}"
            ),
            every=2.0,
        )
    print(
        f"campaign: {len(campaign.messages)} messages in {time.monotonic() - started:.0f} s, "
        f"worker peak RSS {memory.peak_bytes / 2**20:.0f} MiB"
    )
    return Run(campaign, memory.peak_bytes)


def test_bad_input_campaign_has_ten_thousand_messages_of_every_kind(run: Run):
    assert len(run.campaign.messages) >= 10_000
    assert {kind.name for kind in run.campaign.kind_of_key.values()} == {k.name for k in KINDS}


def test_bad_input_campaign_each_bad_message_gives_one_dead_letter_with_its_reason(
    settings: Settings, run: Run
):
    records = committed(settings, settings.topic_dlq)
    letters = [codec_for(DeadLetter).loads(record.value) for record in records]
    by_kind = Counter(
        (run.campaign.kind_of_key[letter_key(letter)].name, letter.error_type) for letter in letters
    )
    assert by_kind == run.campaign.expected_letters()
    assert all(letter.reason and letter.topic == settings.topic_raw for letter in letters)


def test_bad_input_campaign_each_good_message_is_enriched_once(settings: Settings, run: Run):
    enriched = committed(settings, settings.topic_enriched)
    enriched_ids = Counter(codec_for(EnrichedArticle).loads(r.value).article_id for r in enriched)
    assert enriched_ids == run.campaign.good_ids


def test_bad_input_campaign_duplicate_ids_count_each_event_once_in_the_tables(
    settings: Settings, worker: Worker, run: Run
):
    # `run` waits for the raw topic only: the resolver may still be behind. Each report makes
    # one event record, so the events topic is whole once it holds as many as the reports.
    reports = committed(settings, settings.topic_reports)
    records = wait_for_records(settings, settings.topic_events, len(reports), TIMEOUT_S)
    events = [codec_for(Event).loads(r.value) for r in records]
    assert len(events) > len({event.event_id for event in events}), "no event was sent twice"
    expected: dict[str, set[str]] = {}
    for event in events:
        for participant in event.participants:
            expected.setdefault(participant.id, set()).add(event.event_id)
    counts: dict[str, int] = {}

    def tables_caught_up() -> bool:
        counts.update({actor: event_count(worker, actor) for actor in expected})
        return all(counts[a] == len(ids) for a, ids in expected.items())

    wait_for(tables_caught_up, TIMEOUT_S, lambda: f"event counts {counts}, expected "
             f"{ {a: len(ids) for a, ids in expected.items()} }", every=1.0)  # fmt: skip


def test_bad_input_campaign_worker_memory_stays_bounded_and_health_ok(worker: Worker, run: Run):
    assert run.peak_rss_bytes < RSS_CEILING_BYTES
    assert worker.health() == 200


def event_count(worker: Worker, actor_id: str) -> int:
    try:
        return int(worker.get(f"/actors/{actor_id}")["event_count"])
    except urllib.error.HTTPError as exc:
        if exc.code == 404:  # no row for the actor yet
            return 0
        raise


def letter_key(letter: DeadLetter) -> bytes:
    assert letter.key is not None, letter
    return base64.b64decode(letter.key)
