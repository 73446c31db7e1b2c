"""`stream enrich` and `stream evaluate`: the NLP layer on files, without Kafka."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from stream.config import get_settings
from stream.contracts import Article
from stream.sources import SourceFailure, read_articles, read_json_lines

EXIT_SOME_FAILED = 1


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--processes", type=click.IntRange(min=1), default=1, show_default=True)
def enrich(paths: tuple[Path, ...], processes: int) -> None:
    """Print one EnrichedArticle JSON a line for each input article (stdin: JSON lines)."""
    from stream.nlp.enrich import Enricher  # spaCy loads slowly; only commands that need it pay

    items = read_articles(paths) if paths else read_json_lines(sys.stdin, "<stdin>")
    failures: list[SourceFailure] = []
    enricher = Enricher(get_settings().spacy_model)
    for enriched in enricher.enrich_many(_report_failures(items, failures), n_process=processes):
        click.echo(enriched.model_dump_json())
    if failures:
        sys.exit(EXIT_SOME_FAILED)


def _report_failures(
    items: Iterable[Article | SourceFailure], failures: list[SourceFailure]
) -> Iterator[Article]:
    for item in items:
        if isinstance(item, SourceFailure):
            click.echo(f"error: {item.where}: {item.reason}", err=True)
            failures.append(item)
        else:
            yield item


@click.command()
@click.option(
    "--dev-dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("tests/data/dev"),
    show_default=True,
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(dev_dir: Path, as_json: bool) -> None:
    """Score the extractor against the gold annotations of a dev set."""
    from stream.evaluate import evaluate as run_evaluation
    from stream.nlp.enrich import Enricher

    report = run_evaluation(Enricher(get_settings().spacy_model), dev_dir)
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.format())
