"""The `stream` command: one click group; each module below adds its commands."""

import click

from stream.cli import nlp, publish, schemas, serve, topics


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
