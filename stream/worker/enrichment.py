"""Enrichment off the event loop: a process pool with one `Enricher` per process.

spaCy is CPU-bound (~100 ms an article). Run on the worker's event loop it would stop the
heartbeats, the web server and the commits; run in a thread it would hold the GIL. So the
worker hands batches to processes, each loading the model once, and awaits the result.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Protocol

from stream.contracts import Article, EnrichedArticle
from stream.errors import EnrichmentError, InternalError


class ArticleEnricher(Protocol):
    """What the pool needs of the NLP layer (stream.nlp.enrich.Enricher provides it)."""

    def enrich(self, article: Article) -> EnrichedArticle: ...

    def enrich_many(self, articles: Sequence[Article]) -> Iterator[EnrichedArticle]: ...


EnricherFactory = Callable[[str], ArticleEnricher]
Outcome = EnrichedArticle | EnrichmentError | InternalError
PARENT_CHECK_INTERVAL_S = 1.0

_enricher: ArticleEnricher | None = None  # one per pool process, set by the initializer


def default_enricher(model_name: str) -> ArticleEnricher:
    from stream.nlp.enrich import Enricher  # imported in the pool process only: loads spaCy

    return Enricher(model_name)


def enrich_each(enricher: ArticleEnricher, articles: Sequence[Article]) -> list[Outcome]:
    """Every article enriched, or the error it raised: one bad article spoils no batch.

    The NLP raises `EnrichmentError` for an article it rejects; anything else it raises is a
    bug, returned as an `InternalError` that carries its traceback to the worker's log.
    """
    try:
        return list(enricher.enrich_many(articles))  # batched: spaCy's nlp.pipe is faster
    except Exception:  # redo one by one to find the article that fails
        pass
    return [_enrich_one(enricher, article) for article in articles]


def _enrich_one(enricher: ArticleEnricher, article: Article) -> Outcome:
    try:
        return enricher.enrich(article)
    except EnrichmentError as rejected:
        return rejected
    except Exception as bug:
        return InternalError.of(bug)


def _start_process(factory: EnricherFactory, model_name: str) -> None:
    global _enricher
    _exit_with_parent(os.getppid())
    _enricher = factory(model_name)


def _exit_with_parent(parent_pid: int) -> None:
    """End this pool process when the worker is gone.

    A worker killed with SIGKILL cannot shut its pool down, and the processes would live on
    as orphans, each holding a spaCy model.
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_CHECK_INTERVAL_S)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _enrich_in_process(articles: Sequence[Article]) -> list[Outcome]:
    if _enricher is None:
        raise RuntimeError("the pool process was started without an enricher")
    return enrich_each(_enricher, articles)


class EnrichmentPool:
    """Enrich batches of articles in `processes` worker processes."""

    def __init__(
        self,
        model_name: str,
        processes: int,
        factory: EnricherFactory = default_enricher,
    ) -> None:
        # spawn, not fork: the worker process runs threads (Kafka clients, RocksDB).
        self._executor = ProcessPoolExecutor(
            max_workers=processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_process,
            initargs=(factory, model_name),
        )
        self._processes = processes

    async def enrich(self, articles: Sequence[Article]) -> list[Outcome]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, _enrich_in_process, list(articles))

    async def warm_up(self) -> None:
        """Start every process and load its model now, not on the first article."""
        await asyncio.gather(*(self.enrich([]) for _ in range(self._processes)))

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
