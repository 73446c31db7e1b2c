"""The topics newsstream uses, and their creation: partitions, replication, retention."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from stream.config import Settings
from stream.constants import TABLE_NAMES

KEEP_FOREVER_MS = -1
RAW_MAX_MESSAGE_BYTES = 16 * 1024 * 1024
"""The raw topic takes records far over `max_article_bytes` (the broker's default is 1 MB), so
that an oversized article reaches the worker and is dead-lettered with its reason instead of
failing in a publisher that may not check. Beyond this the publisher does get the error."""


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    replication_factor: int
    config: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TopicReport:
    name: str
    created: bool
    partitions: int


def topic_specs(settings: Settings) -> list[TopicSpec]:
    """Every topic the app reads or writes.

    The raw topic is an input buffer and expires; the enriched topics are the published record
    and are kept; all share one partition count so that agents and tables stay co-partitioned.
    """

    def spec(name: str, retention_ms: int, **extra: str) -> TopicSpec:
        return TopicSpec(
            name=name,
            partitions=settings.partitions,
            replication_factor=settings.replication_factor,
            config={"cleanup.policy": "delete", "retention.ms": str(retention_ms), **extra},
        )

    raw_limit = {"max.message.bytes": str(max(RAW_MAX_MESSAGE_BYTES, settings.max_article_bytes))}
    return [
        spec(settings.topic_raw, settings.raw_retention_ms, **raw_limit),
        spec(settings.topic_enriched, KEEP_FOREVER_MS),
        spec(settings.topic_entities, KEEP_FOREVER_MS),
        spec(settings.topic_events, KEEP_FOREVER_MS),
        spec(settings.topic_dlq, KEEP_FOREVER_MS),
        *internal_topic_specs(settings),
    ]


def internal_topic_specs(settings: Settings) -> list[TopicSpec]:
    """The worker's own topics: events on their way to the resolver (the repartition by
    blocking key), their fan-out to participants and to places, and table changelogs.

    faust would declare them itself, but a topic it creates first may get another partition
    count than the topics it is co-partitioned with (PartitionsMismatch), so they are made
    here, before the first worker starts.
    """

    def spec(name: str, policy: str) -> TopicSpec:
        return TopicSpec(
            name=name,
            partitions=settings.partitions,
            replication_factor=settings.replication_factor,
            config={"cleanup.policy": policy},
        )

    changelogs = [f"{settings.app_id}-{table}-changelog" for table in TABLE_NAMES]
    return [
        spec(settings.topic_reports, "delete"),
        spec(settings.topic_activity, "delete"),
        spec(settings.topic_places, "delete"),
        *(spec(name, "compact") for name in changelogs),
    ]


async def create_topics(settings: Settings, specs: list[TopicSpec]) -> list[TopicReport]:
    """Create what is missing; report every topic with its partition count. Idempotent."""
    admin = AIOKafkaAdminClient(**settings.kafka_client_options())
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [spec for spec in specs if spec.name not in existing]
        if missing:
            await _create(admin, missing)
        partitions = await _partition_counts(admin, [spec.name for spec in specs])
    finally:
        await admin.close()
    created = {spec.name for spec in missing}
    return [TopicReport(s.name, s.name in created, partitions.get(s.name, 0)) for s in specs]


async def _create(admin: AIOKafkaAdminClient, specs: list[TopicSpec]) -> None:
    new_topics = [
        NewTopic(spec.name, spec.partitions, spec.replication_factor, topic_configs=spec.config)
        for spec in specs
    ]
    # Another process may create a topic between our listing and our request.
    with suppress(TopicAlreadyExistsError):
        await admin.create_topics(new_topics)


async def _partition_counts(admin: AIOKafkaAdminClient, names: list[str]) -> dict[str, int]:
    described = await admin.describe_topics(names)
    return {
        topic["topic"]: len(topic["partitions"])
        for topic in described
        if topic.get("error_code", 0) == 0
    }
