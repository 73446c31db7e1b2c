"""What the agents do per record, with the Enricher replaced by a tiny fake (no model, no Kafka)."""

import datetime as dt

import pytest

from stream.config import Settings
from stream.contracts import DeadLetter, Event, EventReport
from stream.errors import EnrichmentError
from stream.worker.flow import decode_activity, enrich_messages, resolve_reports
from stream.worker.handlers import error_handler
from stream.worker.intake import RawMessage
from tests.agents.fakes import FakePool, article_json, raw

SETTINGS = Settings()
SKIP_BUGS = error_handler("dead-letter")


async def test_enrich_messages_good_article_gives_article_entity_and_a_report_to_resolve():
    seen = dt.datetime(2025, 3, 27, 9, tzinfo=dt.UTC)
    messages = [raw(0, article_json("a1"), timestamp=seen)]
    outgoing = await enrich_messages(messages, FakePool(), SETTINGS, SKIP_BUGS)
    assert [(o.topic, o.key) for o in outgoing] == [
        (SETTINGS.topic_enriched, "a1"),
        (SETTINGS.topic_entities, "sergei-shoigu"),
        (SETTINGS.topic_reports, "meeting:kim-jong-un+sergei-shoigu"),  # the blocking key
    ]
    report = outgoing[-1].value
    assert isinstance(report, EventReport)
    assert report.seen_at == seen and report.event.mention_id is not None


async def test_resolving_gives_the_event_under_its_resolved_id_and_a_row_per_participant():
    messages = [raw(i, article_json(f"a{i}")) for i in range(2)]
    enriched = await enrich_messages(messages, FakePool(), SETTINGS, SKIP_BUGS)
    reports = [o.value for o in enriched if isinstance(o.value, EventReport)]
    resolved = resolve_reports(reports, lambda key: [], SETTINGS)
    assert [(o.topic, o.key) for o in resolved.outgoing] == 2 * [
        (SETTINGS.topic_events, "sergei-shoigu"),
        (SETTINGS.topic_activity, "sergei-shoigu"),  # one row per participant, keyed by it
        (SETTINGS.topic_activity, "kim-jong-un"),
    ]
    events = [o.value for o in resolved.outgoing if isinstance(o.value, Event)]
    assert events[0].event_id == events[1].event_id, "two articles, one meeting"
    assert events[0].mention_id != events[1].mention_id
    (known,) = resolved.known.values()
    assert [(e.event_id, e.source_count) for e in known] == [(events[0].event_id, 2)]


async def test_enrich_messages_bad_rejected_and_failing_articles_go_to_dlq_in_order():
    messages = [
        raw(0, b"{oops"),
        raw(1, article_json("a1")),
        raw(2, article_json("a2", "REJECT this")),
        raw(3, article_json("a3", "FAIL here")),
    ]
    outgoing = await enrich_messages(messages, FakePool(), SETTINGS, SKIP_BUGS)
    topics = [o.topic for o in outgoing]
    assert topics[0] == SETTINGS.topic_dlq and topics[-2:] == [SETTINGS.topic_dlq] * 2
    assert [o.value.error_type for o in outgoing if isinstance(o.value, DeadLetter)] == [
        "NotJson",
        "EnrichmentError",
        "InternalError",
    ]


async def test_enrich_messages_handler_that_refuses_raises():
    with pytest.raises(EnrichmentError):
        await enrich_messages(
            [raw(0, article_json("a2", "REJECT"))], FakePool(), SETTINGS, lambda exc, msg: False
        )


def test_decode_activity_undecodable_record_is_skipped_not_raised():
    message = RawMessage("news.activity", 0, 0, b"k", b"not an activity", dt.datetime.now(dt.UTC))
    assert decode_activity(message, SKIP_BUGS) is None
