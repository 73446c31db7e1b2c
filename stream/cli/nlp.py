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
@click.argument(
    "folders",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
@click.option("--title", help="A heading for the report instead of the folder path.")
@click.option("--details", is_flag=True, help="List each gold event's fate and each extra event.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(folders: tuple[Path, ...], title: str | None, details: bool, as_json: bool) -> None:
    """Score the extractor against each gold-annotated folder (dev or realdev format)."""
    from stream.evaluation.evaluate import evaluate as run_evaluation
    from stream.nlp.enrich import Enricher

    if title is not None and len(folders) > 1:
        raise click.UsageError("--title names one folder's report; give one folder")
    enricher = Enricher(get_settings().spacy_model)
    reports = [run_evaluation(enricher, folder, title) for folder in folders]
    if as_json:
        click.echo(json.dumps([report.to_dict() for report in reports], indent=2))
    else:
        click.echo("\n\n".join(report.format(details) for report in reports))
