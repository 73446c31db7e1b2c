"""The producer and topic creation against the real broker."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from confluent_kafka import Consumer, TopicPartition

from stream.config import Settings
from stream.contracts import Article
from stream.kafka.producer import encode, publish
from stream.kafka.readback import read_topic
from stream.kafka.topics import create_topics, topic_specs
from tests.integration.workers import isolated_settings

SEEDS = Path(__file__).parents[2] / "seeds"
READ_TIMEOUT_S = 30.0


@pytest.fixture
def settings(kafka_bootstrap: str) -> Settings:
    return isolated_settings(kafka_bootstrap)


def _env(settings: Settings) -> dict[str, str]:
    return {
        **os.environ,
        "NEWSSTREAM_BOOTSTRAP_SERVERS": settings.bootstrap_servers,
        "NEWSSTREAM_TOPIC_RAW": settings.topic_raw,
    }


def _stream(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stream", *args],
        env=_env(settings),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _read_with_confluent(settings: Settings, expected: int) -> list[tuple[bytes, bytes]]:
    """Read `expected` committed records with librdkafka, a client not written here."""
    consumer = Consumer(
        {
            "bootstrap.servers": settings.bootstrap_servers,
            "group.id": f"readback-{uuid.uuid4().hex}",
            "isolation.level": "read_committed",
            "enable.auto.commit": False,
        }
    )
    partitions = range(settings.partitions)
    consumer.assign([TopicPartition(settings.topic_raw, p, 0) for p in partitions])
    records: list[tuple[bytes, bytes]] = []
    try:
        while len(records) < expected:
            message = consumer.poll(READ_TIMEOUT_S)
            assert message is not None, f"only {len(records)} of {expected} records arrived"
            assert message.error() is None, message.error()
            records.append((message.key(), message.value()))
    finally:
        consumer.close()
    return records


async def test_topics_create_is_idempotent(settings: Settings) -> None:
    specs = topic_specs(settings)
    first = await create_topics(settings, specs)
    second = await create_topics(settings, specs)
    assert [r.created for r in first] == [True] * len(specs)
    assert [r.created for r in second] == [False] * len(specs)
    assert {r.partitions for r in second} == {settings.partitions}


async def test_seed_replay_is_readable_by_an_independent_client(settings: Settings) -> None:
    await create_topics(settings, topic_specs(settings))
    result = _stream(settings, "publish", str(SEEDS))
    assert result.returncode == 0, result.stderr
    assert "1 records" in result.stdout

    [(key, value)] = _read_with_confluent(settings, expected=1)
    article = Article.model_validate_json(value)
    assert key == article.id.encode()
    assert article.published.isoformat() == "2025-03-27"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("Seoul", "IANS")


async def test_thousand_article_jsonl_lands_whole_with_keys(
    settings: Settings, tmp_path: Path
) -> None:
    await create_topics(settings, topic_specs(settings))
    ids = [f"gen-{n:04d}" for n in range(1000)]
    lines = [
        json.dumps({"id": i, "published": "2024-05-01", "text": f"Story {i} text."}) for i in ids
    ]
    (tmp_path / "gen.jsonl").write_text("\n".join(lines))
    result = _stream(settings, "publish", str(tmp_path / "gen.jsonl"))
    assert result.returncode == 0, result.stderr

    records = await read_topic(settings, settings.topic_raw)
    assert sorted(r.key.decode() for r in records if r.key) == ids
    assert len(records) == 1000


async def test_bad_file_is_reported_and_skipped_and_the_rest_goes_out(
    settings: Settings, tmp_path: Path
) -> None:
    await create_topics(settings, topic_specs(settings))
    (tmp_path / "a_good.json").write_text(
        json.dumps({"id": "good", "published": "2024-05-01", "text": "Fine."})
    )
    (tmp_path / "b_bad.json").write_text("{ this is not json")
    result = _stream(settings, "publish", str(tmp_path))
    assert result.returncode == 1
    assert "b_bad.json" in result.stderr
    assert "not valid JSON" in result.stderr
    records = await read_topic(settings, settings.topic_raw)
    assert [r.key for r in records] == [b"good"]


async def test_published_messages_round_trip_in_process(settings: Settings) -> None:
    await create_topics(settings, topic_specs(settings))
    article = Article(id="rt-1", published="2024-05-01", text="Round trip.")
    summary = await publish(settings, [encode(article)])
    assert summary.records == 1
    [record] = await read_topic(settings, settings.topic_raw)
    assert Article.model_validate_json(record.value or b"") == article
