"""The faust app, built from Settings: broker, exactly-once, RocksDB tables, the web server.

Agents, tables and views register on `app` when their modules are imported; autodiscovery is
off, so `stream worker` (stream/cli/serve.py) imports them: that import list is the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import faust
from faust.types.auth import CredentialsT
from faust.types.enums import ProcessingGuarantee
from faust.types.transports import ProducerT

from stream.config import Settings, get_settings
from stream.workarounds import check_versions, transactions, uncommitted
from stream.workarounds.routing import InputKeyRouter

PRODUCER_BATCH_BYTES = 512 * 1024
"""Records a producer holds per partition before a send waits for the batch to go out.

aiokafka's default, 16 KiB, is a few of the actor tables' changelog records (an actor's rows
are stored whole): a batch's table writes then went out in several produce requests, each
transaction adding its partitions several times. Half of the broker's default record batch
limit (`message.max.bytes`, 1 MiB) keeps every batch acceptable."""


class NewsstreamApp(faust.App):
    def _new_transport(self) -> transactions.Transport:
        return transactions.Transport(self.conf.broker_consumer, self)

    async def maybe_start_producer(self) -> ProducerT:
        # Every table write goes out through this (`Topic.publish_message`), and faust's
        # yields to the event loop three times on each call (`mode`'s `stampede`), even when
        # it only returns the transaction manager: the producers then woke between a batch's
        # writes and sent them in a produce request each, adding their partitions to the
        # transaction one by one. Under a transaction nothing is started: no yield needed.
        if self.in_transaction:
            return cast(ProducerT, self.consumer.transactions)
        return await super().maybe_start_producer()

    async def on_first_start(self) -> None:
        if self.conf.processing_guarantee == ProcessingGuarantee.EXACTLY_ONCE:
            transactions.forget_local_tables(self.conf.tabledir)
        await super().on_first_start()


def create_app(settings: Settings) -> faust.App:
    check_versions()  # the app runs on overrides of their internals (stream/workarounds/)
    session_timeout = settings.broker_session_timeout_s
    return NewsstreamApp(
        settings.app_id,
        broker=[f"kafka://{server.strip()}" for server in settings.bootstrap_servers.split(",")],
        broker_credentials=_credentials(settings),
        broker_session_timeout=session_timeout,
        broker_heartbeat_interval=min(3.0, session_timeout / 3),
        processing_guarantee=settings.processing_guarantee,
        store=settings.store_url,
        datadir=str(settings.data_dir),
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        table_standby_replicas=settings.standby_replicas,
        web_bind=settings.web_host,
        web_host=settings.web_host,
        web_port=settings.web_port,
        autodiscover=False,
        Router=InputKeyRouter,
        Table=uncommitted.Table,
        producer_max_batch_size=PRODUCER_BATCH_BYTES,
    )


def _credentials(settings: Settings) -> CredentialsT | None:
    """faust's form of the options every other client gets, so the two cannot disagree
    (a SASL setting left out fails here as it does there, not as a silent PLAIN login)."""
    options = settings.kafka_client_options()
    protocol = options["security_protocol"]
    if protocol == "PLAINTEXT":
        return None
    if protocol == "SSL":
        return faust.SSLCredentials(options["ssl_context"])
    return faust.SASLCredentials(
        username=options["sasl_plain_username"],
        password=options["sasl_plain_password"],
        mechanism=options["sasl_mechanism"],
        ssl_context=options.get("ssl_context"),
    )


@dataclass(frozen=True)
class Topics:
    raw: faust.TopicT
    enriched: faust.TopicT
    entities: faust.TopicT
    events: faust.TopicT
    dead_letters: faust.TopicT
    reports: faust.TopicT
    activity: faust.TopicT
    places: faust.TopicT


def declare_topics(app: faust.App, settings: Settings) -> Topics:
    """Every topic carries bytes: `stream.codec` encodes and decodes them in our functions,
    so that bytes which do not decode reach the dead-letter topic instead of faust's logs."""

    def topic(name: str, internal: bool = False) -> faust.TopicT:
        return app.topic(
            name,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.partitions,
            internal=internal,
        )

    return Topics(
        raw=topic(settings.topic_raw),
        enriched=topic(settings.topic_enriched),
        entities=topic(settings.topic_entities),
        events=topic(settings.topic_events),
        dead_letters=topic(settings.topic_dlq),
        reports=topic(settings.topic_reports, internal=True),
        activity=topic(settings.topic_activity, internal=True),
        places=topic(settings.topic_places, internal=True),
    )


settings = get_settings()
app = create_app(settings)
topics = declare_topics(app, settings)
