"""Throughput of `Enricher.enrich_many` next to a bare `nlp.pipe` of the same model.

Runs --articles distinct invented articles (scripts/bench_corpus.py, seeded; no repeats to
warm caches), with 1 and 2 processes, and prints words/s, articles/s and the ratio
enrich/bare. It prints figures and asserts nothing.

    PYTHONPATH=. python scripts/bench_nlp.py [--articles 2000]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_corpus, run as a script

from bench_corpus import DEFAULT_SEED, corpus

from stream.nlp.enrich import Enricher
from stream.nlp.pipeline import DEFAULT_MODEL

BATCH_SIZE = 64


def timed(run: Callable[[], Iterable[object]]) -> float:
    start = time.perf_counter()
    for _ in run():
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()

    articles = corpus(args.articles, args.seed)
    texts = [article.text for article in articles]
    words = sum(len(text.split()) for text in texts)
    enricher = Enricher(args.model, batch_size=BATCH_SIZE)
    # The same stock pipes as the Enricher's pipeline, without newsstream's components.
    bare = spacy.load(args.model, exclude=["senter"])
    print(f"{len(articles)} articles, {words} words, model {args.model}, batch {BATCH_SIZE}")
    print(f"{'run':26}{'seconds':>9}{'words/s':>10}{'articles/s':>12}", flush=True)
    for processes in (1, 2):
        bare_s = timed(partial(bare.pipe, texts, batch_size=BATCH_SIZE, n_process=processes))
        enrich_s = timed(partial(enricher.enrich_many, articles, n_process=processes))
        for name, seconds in (
            (f"bare nlp.pipe x{processes}", bare_s),
            (f"enrich_many x{processes}", enrich_s),
        ):
            rates = f"{words / seconds:10.0f}{len(articles) / seconds:12.1f}"
            print(f"{name:26}{seconds:9.1f}{rates}", flush=True)
        print(f"{'ratio enrich/bare':26}{bare_s / enrich_s:9.2f}", flush=True)


if __name__ == "__main__":
    main()
