"""`stream worker` with two test hooks in its NLP, set off by what an article's text says:

- BUG_MARKER: the enricher raises, as a bug in newsstream's own code would;
- GATE_MARKER followed by a path: the enricher marks it reached (`<path>.reached`) and holds
  the article until the test creates the path, so that a test acts while the worker is
  certainly in the middle of enriching.

    python -m tests.integration.hooked_worker worker --web-port PORT --data-dir DIR

The pool processes are spawned, so patching this process would not reach them: the hooks
are planted through the factory they build their enricher with.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import click

from stream.contracts import Article, EnrichedArticle
from stream.enrichment import ArticleEnricher, default_enricher

BUG_MARKER = "PLANTED-BUG"
BUG_MESSAGE = "a bug planted by the test"
GATE_MARKER = "HELD-UNTIL:"
GATE_TIMEOUT_S = 300.0
GATE_POLL_S = 0.05


def with_a_bug(article: Article) -> Article:
    return article.model_copy(update={"text": f"{article.text} {BUG_MARKER}"})


def held_until(article: Article, gate: Path) -> Article:
    """The article, held in the NLP until `gate` exists."""
    return article.model_copy(update={"text": f"{article.text} {GATE_MARKER}{gate}"})


def reached(gate: Path) -> Path:
    return gate.with_name(gate.name + ".reached")


class HookedEnricher:
    def __init__(self, model_name: str) -> None:
        self._enricher: ArticleEnricher = default_enricher(model_name)

    def enrich(self, article: Article) -> EnrichedArticle:
        if BUG_MARKER in article.text:
            raise ZeroDivisionError(BUG_MESSAGE)
        if gate := re.search(rf"{GATE_MARKER}(\S+)", article.text):
            _wait_at(Path(gate.group(1)))
        return self._enricher.enrich(article)

    def enrich_many(self, articles: Sequence[Article]) -> Iterator[EnrichedArticle]:
        return (self.enrich(article) for article in articles)


def _wait_at(gate: Path) -> None:
    reached(gate).touch()
    deadline = time.monotonic() + GATE_TIMEOUT_S
    while not gate.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{gate} was never opened")
        time.sleep(GATE_POLL_S)


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

    agents.pool = EnrichmentPool(settings.spacy_model, settings.nlp_processes, HookedEnricher)
    sys.argv = ["stream", "worker", "--loglevel", "info"]  # faust's command line, as serve.py
    app.main()


if __name__ == "__main__":
    main()
