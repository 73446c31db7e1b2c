"""`stream topics`: create and list the topics newsstream uses."""

import asyncio

import click

from stream.config import get_settings
from stream.kafka.readback import read_topic
from stream.kafka.topics import create_topics, topic_specs


@click.group()
def topics() -> None:
    """Manage newsstream's Kafka topics."""


@topics.command()
def create() -> None:
    """Create every topic the app uses (idempotent) and report what exists."""
    settings = get_settings()
    for report in asyncio.run(create_topics(settings, topic_specs(settings))):
        state = "created" if report.created else "exists"
        click.echo(f"{report.name:<28} {state:<8} partitions={report.partitions}")


@topics.command(name="list")
def list_topics() -> None:
    """Count the committed records on each topic."""
    settings = get_settings()
    for name in settings.topic_names:
        records = asyncio.run(read_topic(settings, name))
        click.echo(f"{name:<28} {len(records):>8} records")


@topics.command()
@click.argument("name")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=10, show_default=True)
def show(name: str, limit: int) -> None:
    """Print the first records of a topic, one JSON value a line."""
    for record in asyncio.run(read_topic(get_settings(), name, limit)):
        click.echo((record.value or b"").decode("utf-8", errors="replace"))
