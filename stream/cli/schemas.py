"""`stream schemas`: write or check the JSON Schemas of the records."""

from pathlib import Path

import click

from stream.schemas import check_schemas, write_schemas


@click.command()
@click.option("--write", "mode", flag_value="write", help="Regenerate the schema files.")
@click.option("--check", "mode", flag_value="check", default=True, help="Fail on drift (default).")
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("schemas"),
    show_default=True,
)
def schemas(mode: str, directory: Path) -> None:
    """Keep schemas/ in step with the record contracts."""
    if mode == "write":
        for path in write_schemas(directory):
            click.echo(f"wrote {path}")
        return
    drift = check_schemas(directory)
    for item in drift:
        click.echo(f"{item.path}: {item.problem}", err=True)
    if drift:
        raise click.ClickException("schemas drift from the models: run `stream schemas --write`")
    click.echo(f"schemas in {directory} match the models")
