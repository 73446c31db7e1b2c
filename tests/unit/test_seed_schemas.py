"""The seed, read and enriched, against the published JSON Schemas (as a consumer sees it)."""

import json
from pathlib import Path

import pytest

from stream.contracts import Article
from stream.nlp.enrich import Enricher
from stream.sources import read_articles
from tests.schema_validation import schema_validator

SEEDS = Path(__file__).parents[2] / "seeds"


@pytest.fixture(scope="module")
def seed_articles() -> list[Article]:
    articles = [item for item in read_articles([SEEDS]) if isinstance(item, Article)]
    assert articles, "no seed article could be read"
    return articles


def test_seed_articles_validate_against_the_article_schema(seed_articles: list[Article]) -> None:
    for article in seed_articles:
        schema_validator("article").validate(json.loads(article.model_dump_json()))


def test_seed_enrichment_validates_against_the_record_schemas(
    enricher: Enricher, seed_articles: list[Article]
) -> None:
    for enriched in enricher.enrich_many(seed_articles):
        schema_validator("enriched-article").validate(json.loads(enriched.model_dump_json()))
        for entity in enriched.entities:
            schema_validator("entity").validate(json.loads(entity.model_dump_json()))
        for event in enriched.events:
            schema_validator("event").validate(json.loads(event.model_dump_json()))
