"""`stream worker` with a bug planted in its NLP: an article whose text holds BUG_MARKER
makes the enricher raise, as a bug in newsstream's own code would.

    python -m tests.integration.buggy_worker worker --web-port PORT --data-dir DIR

The pool processes are spawned, so patching this process would not reach them: the bug is
planted through the factory they build their enricher with.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from stream.contracts import Article, EnrichedArticle
from stream.enrichment import ArticleEnricher, default_enricher

BUG_MARKER = "PLANTED-BUG"
BUG_MESSAGE = "a bug planted by the test"


class EnricherWithABug:
    def __init__(self, model_name: str) -> None:
        self._enricher: ArticleEnricher = default_enricher(model_name)

    def enrich(self, article: Article) -> EnrichedArticle:
        if BUG_MARKER in article.text:
            raise ZeroDivisionError(BUG_MESSAGE)
        return self._enricher.enrich(article)

    def enrich_many(self, articles: Sequence[Article]) -> list[EnrichedArticle]:
        return [self.enrich(article) for article in articles]


@click.group()
def main() -> None:
    """The options `tests.integration.workers.start_worker` gives `stream worker`."""


@main.command()
@click.option("--web-port", type=int, required=True)
@click.option("--data-dir", type=click.Path(path_type=Path), required=True)
def worker(web_port: int, data_dir: Path) -> None:
    os.environ.update(NEWSSTREAM_WEB_PORT=str(web_port), NEWSSTREAM_DATA_DIR=str(data_dir))
    # Settings are read when the app is imported: only now, after the options above.
    from stream import agents, views  # noqa: F401
    from stream.app import app, settings
    from stream.enrichment import EnrichmentPool

    agents.pool = EnrichmentPool(settings.spacy_model, settings.nlp_processes, EnricherWithABug)
    sys.argv = ["stream", "worker", "--loglevel", "info"]  # faust's command line, as serve.py
    app.main()


if __name__ == "__main__":
    main()
