"""Throughput of `Enricher.enrich_many` next to a bare `nlp.pipe` of the same model.

Runs --articles distinct invented articles (scripts/bench_corpus.py, seeded; no repeats to
warm caches), with 1 and 2 processes, and prints words/s, articles/s and the ratio
enrich/bare. It prints figures and asserts nothing.

With one process the two are timed in turn on --slices stretches of the articles, the first to
run alternating, because this machine's speed drifts by a fifth within minutes: timed one
after the other in whole, the ratio of the same code swung from 0.68 to 0.89 between runs. The
spread of the stretches' ratios is printed, to show how far one figure can be trusted. With two
processes each run is whole, since each starts a pool that loads the model.

    PYTHONPATH=. python scripts/bench_nlp.py [--articles 2000]
"""

from __future__ import annotations

import argparse
import itertools
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


def in_turn(
    first: Callable[[slice], Iterable[object]],
    second: Callable[[slice], Iterable[object]],
    total: int,
    slices: int,
) -> tuple[list[float], list[float]]:
    """Seconds of each run on each stretch of `total` items, the first to go alternating."""
    seconds: tuple[list[float], list[float]] = ([], [])
    bounds = [total * i // slices for i in range(slices + 1)]
    for index, (start, stop) in enumerate(itertools.pairwise(bounds)):
        order = (0, 1) if index % 2 == 0 else (1, 0)
        for which in order:
            run = (first, second)[which]
            seconds[which].append(timed(partial(run, slice(start, stop))))
    return seconds


def print_run(name: str, seconds: float, words: int, articles: int) -> None:
    rates = f"{words / seconds:10.0f}{articles / seconds:12.1f}"
    print(f"{name:26}{seconds:9.1f}{rates}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--slices", type=int, default=8)
    args = parser.parse_args()

    articles = corpus(args.articles, args.seed)
    texts = [article.text for article in articles]
    words = sum(len(text.split()) for text in texts)
    enricher = Enricher(args.model, batch_size=BATCH_SIZE)
    # The same stock pipes as the Enricher's pipeline, without newsstream's components.
    bare = spacy.load(args.model, exclude=["senter"])
    print(f"{len(articles)} articles, {words} words, model {args.model}, batch {BATCH_SIZE}")
    print(f"{'run':26}{'seconds':>9}{'words/s':>10}{'articles/s':>12}", flush=True)
    bare_s, enrich_s = in_turn(
        lambda part: bare.pipe(texts[part], batch_size=BATCH_SIZE),
        lambda part: enricher.enrich_many(articles[part]),
        len(articles),
        args.slices,
    )
    print_run("bare nlp.pipe x1", sum(bare_s), words, len(articles))
    print_run("enrich_many x1", sum(enrich_s), words, len(articles))
    ratios = sorted(b / e for b, e in zip(bare_s, enrich_s, strict=True))
    spread = f"   stretches {ratios[0]:.2f} to {ratios[-1]:.2f}"
    print(f"{'ratio enrich/bare':26}{sum(bare_s) / sum(enrich_s):9.2f}{spread}", flush=True)

    bare_whole = timed(partial(bare.pipe, texts, batch_size=BATCH_SIZE, n_process=2))
    enrich_whole = timed(partial(enricher.enrich_many, articles, n_process=2))
    print_run("bare nlp.pipe x2", bare_whole, words, len(articles))
    print_run("enrich_many x2", enrich_whole, words, len(articles))
    print(f"{'ratio enrich/bare':26}{bare_whole / enrich_whole:9.2f}", flush=True)


if __name__ == "__main__":
    main()
