"""The public entry point of newsstream's NLP: an `Article` in, an `EnrichedArticle` out.

`Enricher` parses once with `nlp.pipe` and reads entities and events off each Doc. For a
process pool, `enrich_batch(model_name, articles)` keeps one Enricher per process.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from functools import cache, partial
from itertools import islice
from multiprocessing import get_context

from spacy.tokens import Doc

from stream.constants import EXTRACTOR_VERSION
from stream.contracts import Article, EnrichedArticle, ModelInfo
from stream.nlp import gazetteer
from stream.nlp.dateline import find_dateline, headline_end, place_filed_from
from stream.nlp.doctext import answers_kept, entities_kept, words_kept
from stream.nlp.entities.canonical import canonical_entities
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.events.extraction import extract_mentions
from stream.nlp.merge.records import merge_mentions, to_record
from stream.nlp.pipeline import DEFAULT_MODEL, load_pipeline
from stream.nlp.sentences import sentences_indexed


class Enricher:
    """Entities and events of news articles, with one loaded spaCy pipeline."""

    def __init__(self, model_name: str = DEFAULT_MODEL, *, batch_size: int = 64) -> None:
        self.model_name = model_name
        self.batch_size = batch_size
        self.nlp = load_pipeline(model_name)
        meta = self.nlp.meta
        self.model = ModelInfo(name=f"{meta['lang']}_{meta['name']}", version=meta["version"])
        _out_of_the_collectors_way()

    def enrich(self, article: Article) -> EnrichedArticle:
        return self.read(self.nlp(article.text), article)

    def enrich_many(
        self, articles: Iterable[Article], *, n_process: int = 1
    ) -> Iterator[EnrichedArticle]:
        """Enrich in input order; with `n_process` > 1, batches go to a pool of processes."""
        if n_process == 1:
            pairs = ((article.text, article) for article in articles)
            for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
                yield self.read(doc, article)
            return
        work = partial(enrich_batch, self.model_name)
        with get_context("fork").Pool(n_process) as pool:
            for batch in pool.imap(work, _batches(articles, self.batch_size)):
                yield from batch

    def read(self, doc: Doc, article: Article) -> EnrichedArticle:
        """Everything newsstream understands in one parsed article."""
        dateline = article.dateline or find_dateline(article.text)
        dateline_end = dateline.end if dateline is not None else 0
        published = article.published_date
        with sentences_indexed(doc), entities_kept(doc), answers_kept(doc), words_kept(doc):
            table = canonical_entities(doc, dateline_end)
            filed_in = place_filed_from(article.text, dateline) if dateline else None
            here = _here(table, filed_in) if filed_in is not None else None
            mentions = extract_mentions(doc, table, published, dateline_end, here)
            events = [
                to_record(event, article, published)
                for event in merge_mentions(
                    mentions,
                    published,
                    here,
                    headline_end(article.text, article.title),
                    table.referents,
                )
            ]
        return EnrichedArticle(
            article_id=article.id,
            published=published,
            title=article.title,
            url=article.url,
            source=article.source,
            dateline=dateline,
            entities=table.entities(article.id),
            events=events,
            model=self.model,
            extractor_version=EXTRACTOR_VERSION,
        )


def _out_of_the_collectors_way() -> None:
    """Move everything alive now (the model, the gazetteer and the lexicon, some 340,000
    objects) out of reach of the cyclic collector, whose full passes walked them all again
    every few hundred articles (0.48 s in 380 bench articles, against some 7 s of our own
    reading). An Enricher is loaded once and kept for its process's life; what is frozen is
    still freed by refcount."""
    gc.collect()
    gc.freeze()


def _here(table: EntityTable, filed_in: gazetteer.Place) -> Referent:
    """The referent of the place filed from; a town the story prints but the gazetteer could
    not place ("the Velmora Bay talks") is the town the dateline places."""
    here = table.place(filed_in)
    if here.place is None and here.label in ("GPE", "LOC"):
        here.place = filed_in
    return here


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, size)):
        yield batch


@cache
def _enricher(model_name: str) -> Enricher:
    return Enricher(model_name)


def enrich_batch(model_name: str, articles: list[Article]) -> list[EnrichedArticle]:
    """Enrich a batch with this process's Enricher (loaded on first use): for process pools."""
    return list(_enricher(model_name).enrich_many(articles))
