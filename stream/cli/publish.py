"""`stream publish`: put articles from files and folders on the raw topic."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from stream.config import get_settings
from stream.contracts import Article
from stream.kafka.producer import encode, repeated
from stream.kafka.producer import publish as publish_messages
from stream.sources import SourceFailure, read_articles

PROGRESS_BAR_FROM = 200
EXIT_SOME_SKIPPED = 1


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--rate", type=click.FloatRange(min=0, min_open=True), help="Records a second.")
@click.option(
    "--repeat",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Send everything N times, with distinct ids after the first.",
)
@click.option("--dry-run", is_flag=True, help="Read and validate; send nothing.")
def publish(paths: tuple[Path, ...], rate: float | None, repeat: int, dry_run: bool) -> None:
    """Publish articles (.txt seed files, .json, .jsonl, folders) to the raw topic."""
    articles, failures = _read(paths)
    outgoing = [encode(article) for article in repeated(articles, repeat)]
    if dry_run:
        size = sum(len(message.value) for message in outgoing)
        click.echo(f"dry run: {len(outgoing)} records, {size} bytes would be sent")
    else:
        settings = get_settings()
        with _progress(len(outgoing)) as advance:
            summary = asyncio.run(publish_messages(settings, outgoing, rate=rate, on_sent=advance))
        click.echo(f"published to {settings.topic_raw}: {summary.format()}")
    if failures:
        click.echo(f"skipped {len(failures)} input(s) that are not articles", err=True)
        sys.exit(EXIT_SOME_SKIPPED)


def _read(paths: tuple[Path, ...]) -> tuple[list[Article], list[SourceFailure]]:
    articles: list[Article] = []
    failures: list[SourceFailure] = []
    for item in read_articles(paths):
        if isinstance(item, SourceFailure):
            click.echo(f"skipped {item.where}: {item.reason}", err=True)
            failures.append(item)
        else:
            articles.append(item)
    return articles, failures


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr for long runs; nothing for short ones."""
    if total < PROGRESS_BAR_FROM:
        yield lambda count: None
        return
    with click.progressbar(length=total, label="publishing", file=sys.stderr) as bar:
        yield bar.update
