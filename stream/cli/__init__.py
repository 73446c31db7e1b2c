"""The `stream` command: one click group; each module below adds its commands."""

from typing import Any

import click
from aiokafka.errors import KafkaError

from stream.cli import nlp, publish, schemas, serve, topics
from stream.errors import NewsstreamError


class StreamGroup(click.Group):
    """Errors a user can act on end the command with one line, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (NewsstreamError, KafkaError) as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=StreamGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsstream")
def main() -> None:
    """newsstream: raw news in, structured facts about who visited or met whom out."""


main.add_command(publish.publish)
main.add_command(topics.topics)
main.add_command(schemas.schemas)
main.add_command(nlp.enrich)
main.add_command(nlp.evaluate)
main.add_command(serve.worker)
main.add_command(serve.actor)
main.add_command(serve.place)
