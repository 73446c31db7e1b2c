"""A tiny fake NLP and raw records, to run the agents' functions without a model or Kafka."""

import datetime as dt
import json
from collections.abc import Iterator, Sequence

from stream.contracts import (
    Article,
    EnrichedArticle,
    Entity,
    EntityRef,
    Event,
    Evidence,
    ModelInfo,
)
from stream.errors import EnrichmentError
from stream.worker.enrichment import Outcome, enrich_each
from stream.worker.intake import RawMessage

SHOIGU = EntityRef(id="sergei-shoigu", name="Sergei Shoigu", label="PERSON")
KIM = EntityRef(id="kim-jong-un", name="Kim Jong-un", label="PERSON")


class FakeEnricher:
    """One meeting per article; rejects articles that say REJECT, and has a bug on FAIL."""

    def enrich(self, article: Article) -> EnrichedArticle:
        if "REJECT" in article.text:
            raise EnrichmentError("no sentence to parse")
        if "FAIL" in article.text:
            raise ValueError("the parser choked")
        event = Event(
            event_id=f"meeting-{article.id}",
            article_id=article.id,
            published=article.published_date,
            type="meeting",
            actor=SHOIGU,
            counterparts=[KIM],
            status="occurred",
            mention_count=1,
            evidence=[Evidence(text="met", start=0, end=3, trigger="met")],
            confidence=1.0,
        )
        entity = Entity(
            entity_id=SHOIGU.id, article_id=article.id, label="PERSON", name=SHOIGU.name,
            mention_count=1,
        )  # fmt: skip
        return EnrichedArticle(
            article_id=article.id,
            published=article.published_date,
            entities=[entity],
            events=[event],
            model=ModelInfo(name="fake", version="0"),
            extractor_version="0",
        )

    def enrich_many(self, articles: Sequence[Article]) -> Iterator[EnrichedArticle]:
        return (self.enrich(article) for article in articles)


class FakePool:
    async def enrich(self, articles: Sequence[Article]) -> list[Outcome]:
        return enrich_each(FakeEnricher(), articles)


def raw(
    offset: int, value: bytes | None, key: bytes = b"k", timestamp: dt.datetime | None = None
) -> RawMessage:
    return RawMessage("news.articles.raw", 0, offset, key, value, timestamp)


def article_json(article_id: str, text: str = "Shoigu met Kim.") -> bytes:
    return json.dumps({"id": article_id, "published": "2025-03-27", "text": text}).encode()
