"""`stream worker` runs the faust worker; `stream actor` and `stream place` read its tables
over HTTP."""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from stream.config import get_settings
from stream.constants import PLACE_TYPES_PLURAL

KINDS = ("visits", "meetings", "invitations", "agreements", "statements", "deployments")
HTTP_TIMEOUT_S = 10


@click.command(context_settings={"ignore_unknown_options": True})
@click.option("--web-port", type=int, help="Port of the HTTP API [NEWSSTREAM_WEB_PORT].")
@click.option("--web-host", help="Address the HTTP API binds to [NEWSSTREAM_WEB_HOST].")
@click.option("--data-dir", type=click.Path(path_type=Path), help="Where the tables live.")
@click.option("--processes", type=int, help="Enrichment processes [NEWSSTREAM_NLP_PROCESSES].")
@click.option("-l", "--loglevel", default="info", show_default=True)
@click.argument("faust_options", nargs=-1, type=click.UNPROCESSED)
def worker(
    web_port: int | None,
    web_host: str | None,
    data_dir: Path | None,
    processes: int | None,
    loglevel: str,
    faust_options: tuple[str, ...],
) -> None:
    """Run the stream worker (faust's worker; other faust worker options pass through)."""
    overrides = {
        "NEWSSTREAM_WEB_PORT": web_port,
        "NEWSSTREAM_WEB_HOST": web_host,
        "NEWSSTREAM_DATA_DIR": data_dir,
        "NEWSSTREAM_NLP_PROCESSES": processes,
    }
    os.environ.update({name: str(value) for name, value in overrides.items() if value is not None})
    get_settings.cache_clear()  # the options above are settings: read them again
    # Built from those settings; agents and views register on import (autodiscovery is off).
    from stream.web import (
        routes,  # noqa: F401
        views,  # noqa: F401
    )
    from stream.worker import agents  # noqa: F401
    from stream.worker.app import app

    sys.argv = ["stream", "worker", "--loglevel", loglevel, *faust_options]
    app.main()


@click.command()
@click.argument("name")
@click.option("--visits", "kinds", flag_value="visits", multiple=True)
@click.option("--meetings", "kinds", flag_value="meetings", multiple=True)
@click.option("--invitations", "kinds", flag_value="invitations", multiple=True)
@click.option("--agreements", "kinds", flag_value="agreements", multiple=True)
@click.option("--statements", "kinds", flag_value="statements", multiple=True)
@click.option("--deployments", "kinds", flag_value="deployments", multiple=True)
@click.option("--status", type=click.Choice(["occurred", "planned", "speculated"]))
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--url", help="The worker's HTTP API [default: from NEWSSTREAM_WEB_HOST/_PORT].")
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON instead.")
def actor(
    name: str,
    kinds: tuple[str, ...],
    status: str | None,
    limit: int,
    url: str | None,
    as_json: bool,
) -> None:
    """Show an actor's profile and latest visits, meetings, … (every kind unless one is given)."""
    query = {"limit": str(limit), **({"status": status} if status else {})}
    _show("actors", name, kinds, KINDS, query, url, as_json, format_profile, format_rows)


@click.command()
@click.argument("name")
@click.option("--visits", "kinds", flag_value="visits", multiple=True)
@click.option("--meetings", "kinds", flag_value="meetings", multiple=True)
@click.option("--agreements", "kinds", flag_value="agreements", multiple=True)
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--url", help="The worker's HTTP API [default: from NEWSSTREAM_WEB_HOST/_PORT].")
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON instead.")
def place(name: str, kinds: tuple[str, ...], limit: int, url: str | None, as_json: bool) -> None:
    """Show a place and who came there, latest first; meetings, agreements … held there.

    A city's events show under its country too."""
    all_kinds = tuple(PLACE_TYPES_PLURAL.values())
    query = {"limit": str(limit)}
    _show("places", name, kinds, all_kinds, query, url, as_json, format_place, format_place_rows)


def _show(
    collection: str,
    name: str,
    asked_kinds: tuple[str, ...],
    all_kinds: tuple[str, ...],
    query: dict[str, str],
    url: str | None,
    as_json: bool,
    format_head: Callable[[dict[str, Any]], str],
    format_kind: Callable[[str, list[dict[str, Any]]], str],
) -> None:
    """Print the best match for `name` in `collection` and its rows of the kinds asked for
    (of every kind, when none is)."""
    settings = get_settings()
    base = (url or f"http://{settings.web_host}:{settings.web_port}").rstrip("/")
    matches = _get(base, f"/{collection}", {"q": name})
    if not matches:
        raise click.ClickException(f"no {collection[:-1]} matches {name!r}")
    profile = matches[0]
    kinds = asked_kinds or all_kinds
    rows = {kind: _get(base, f"/{collection}/{profile['id']}/{kind}", query) for kind in kinds}
    if as_json:
        click.echo(json.dumps({"profile": profile, **rows}, indent=2))
        return
    click.echo(format_head(profile))
    for kind, kind_rows in rows.items():
        if kind_rows or asked_kinds:
            click.echo(f"\n{kind.capitalize()} ({len(kind_rows)})")
            click.echo(format_kind(profile["id"], kind_rows))


def format_profile(profile: dict[str, Any]) -> str:
    counts = ", ".join(f"{n} {kind}" for kind, n in profile["counts_by_type"].items() if n)
    aliases = ", ".join(profile["aliases"]) or "none"
    return (
        f"{profile['name']} ({profile['id']}, {profile['label']})\n"
        f"  aliases: {aliases}\n  events: {profile['event_count']} ({counts or 'none'})\n"
        f"  seen: {profile['first_seen']} .. {profile['last_seen']}"
    )


def format_rows(actor_id: str, rows: list[dict[str, Any]]) -> str:
    """One line per row: when, status, who else, where, how often reported."""
    lines = [("when", "status", "with", "where", "mentions", "sources")]
    for row in rows:
        participants = [row["actor"], *row["counterparts"]]
        others = [p["name"] for p in participants if p["id"] != actor_id]
        who = ", ".join(others) or "-"
        lines.append((_when(row), _statuses(row), who, _where(row), *_counts(row)))
    return _table(lines)


def format_place(profile: dict[str, Any]) -> str:
    counts = ", ".join(f"{n} {kind}" for kind, n in profile["counts_by_type"].items() if n)
    within = ", ".join(part for part in (profile["city"], profile["country"]) if part)
    lies = f" in {within}" if within and within != profile["name"] else ""
    return (
        f"{profile['name']} ({profile['id']}, {profile['label']}){lies}\n"
        f"  events: {profile['event_count']} ({counts or 'none'})\n"
        f"  seen: {profile['first_seen']} .. {profile['last_seen']}"
    )


def format_place_rows(_place_id: str, rows: list[dict[str, Any]]) -> str:
    """One line per row: when, status, who, exactly where, how often reported."""
    lines = [("when", "status", "who", "where", "mentions", "sources")]
    for row in rows:
        names = [p["name"] for p in [row["actor"], *row["counterparts"]]]
        lines.append((_when(row), _statuses(row), ", ".join(names), _where(row), *_counts(row)))
    return _table(lines)


def _when(row: dict[str, Any]) -> str:
    return row["date"]["value"] if row["date"] else "?"


def _statuses(row: dict[str, Any]) -> str:
    """The statuses in the order first reported: planned>occurred."""
    return ">".join(change["status"] for change in row["status_history"])


def _where(row: dict[str, Any]) -> str:
    return row["location"]["name"] if row["location"] else "-"


def _counts(row: dict[str, Any]) -> tuple[str, str]:
    return str(row["mention_count"]), str(row["source_count"])


def _table(lines: list[tuple[str, ...]]) -> str:
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    padded = ("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in lines)
    return "\n".join(f"  {line}".rstrip() for line in padded)


def _get(base: str, path: str, query: dict[str, str]) -> Any:
    url = f"{base}{urllib.parse.quote(path)}?{urllib.parse.urlencode(query)}"
    try:
        with urllib.request.urlopen(url, timeout=HTTP_TIMEOUT_S) as response:
            return json.load(response)
    except urllib.error.HTTPError as exc:
        raise click.ClickException(f"{url}: HTTP {exc.code}: {exc.read().decode()[:200]}") from exc
    except urllib.error.URLError as exc:
        raise click.ClickException(f"no worker answers at {base}: {exc.reason}") from exc
