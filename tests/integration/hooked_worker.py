"""`stream worker` with two test hooks in its NLP, set off by an article:

- BUG_MARKER in its text: the enricher raises, as a bug in newsstream's own code would;
- TABLE_BUG_MARKER in its id: merging its reports into the tables raises;
- a url `held-until:PATH`: the enricher marks the gate reached (`PATH.reached`, holding the
  pid of the worker that reached it) and holds the article until the test creates PATH, so
  that the test acts (a health check, a kill -9) while the worker is certainly in the middle
  of a batch. The url is the only trace: the NLP copies it into the enriched article and
  reads nothing else of it.

    python -m tests.integration.hooked_worker worker --web-port PORT --data-dir DIR

The pool processes are spawned, so patching this process would not reach them: the NLP's
hooks are planted through the factory they build their enricher with.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import click

from stream.contracts import ActorRowChange, Article, EnrichedArticle
from stream.worker.enrichment import ArticleEnricher, default_enricher

BUG_MARKER = "PLANTED-BUG"
BUG_MESSAGE = "a bug planted by the test"
TABLE_BUG_MARKER = "table-bug"
TABLE_BUG_MESSAGE = "a bug planted in the tables by the test"
GATE_SCHEME = "held-until:"
GATE_TIMEOUT_S = 300.0
GATE_POLL_S = 0.05


def with_a_bug(article: Article) -> Article:
    return article.model_copy(update={"text": f"{article.text} {BUG_MARKER}"})


def held_until(article: Article, gate: Path) -> Article:
    """The article, held in the NLP until `gate` exists."""
    return article.model_copy(update={"url": f"{GATE_SCHEME}{gate}"})


def reached(gate: Path) -> Path:
    return gate.with_name(gate.name + ".reached")


class HookedEnricher:
    def __init__(self, model_name: str) -> None:
        self._enricher: ArticleEnricher = default_enricher(model_name)

    def enrich(self, article: Article) -> EnrichedArticle:
        if BUG_MARKER in article.text:
            raise ZeroDivisionError(BUG_MESSAGE)
        if article.url and article.url.startswith(GATE_SCHEME):
            _wait_at(Path(article.url.removeprefix(GATE_SCHEME)))
        return self._enricher.enrich(article)

    def enrich_many(self, articles: Sequence[Article]) -> Iterator[EnrichedArticle]:
        return (self.enrich(article) for article in articles)


def _wait_at(gate: Path) -> None:
    # Says which worker holds the article: a pool process's parent is its worker.
    writing = gate.with_name(gate.name + ".writing")
    writing.write_text(str(os.getppid()))
    writing.rename(reached(gate))  # whole, never seen half-written
    deadline = time.monotonic() + GATE_TIMEOUT_S
    while not gate.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{gate} was never opened")
        time.sleep(GATE_POLL_S)


def _plant_table_bug() -> None:
    from stream.worker import tables

    record = tables.record

    def record_with_a_bug(changes: Sequence[ActorRowChange]) -> None:
        if any(TABLE_BUG_MARKER in s.article_id for c in changes for s in c.row.sources):
            raise IndexError(TABLE_BUG_MESSAGE)
        record(changes)

    tables.record = record_with_a_bug


@click.group()
def main() -> None:
    """The options `tests.integration.workers.start_worker` gives `stream worker`."""


@main.command()
@click.option("--web-port", type=int, required=True)
@click.option("--data-dir", type=click.Path(path_type=Path), required=True)
def worker(web_port: int, data_dir: Path) -> None:
    os.environ.update(NEWSSTREAM_WEB_PORT=str(web_port), NEWSSTREAM_DATA_DIR=str(data_dir))
    # Settings are read when the app is imported: only now, after the options above.
    from stream.web import views  # noqa: F401
    from stream.worker import agents
    from stream.worker.app import app, settings
    from stream.worker.enrichment import EnrichmentPool

    agents.pool = EnrichmentPool(settings.spacy_model, settings.nlp_processes, HookedEnricher)
    _plant_table_bug()
    sys.argv = ["stream", "worker", "--loglevel", "info"]  # faust's command line, as serve.py
    app.main()


if __name__ == "__main__":
    main()
