"""Reading articles from files: seed `.txt`, `.json`, `.jsonl`, and folders of them.

Both `stream publish` and `stream enrich` read their input here, so a file means the same
thing to both. A file or line that is not an article yields a `SourceFailure` naming where
and why; reading goes on with the rest.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from stream.contracts import Article
from stream.nlp.dateline import find_dateline

ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl")
SEED_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s+")


@dataclass(frozen=True)
class SourceFailure:
    """Where an input could not be read as an article, and why."""

    where: str
    reason: str


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand folders recursively, in sorted order, keeping only article files."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in ARTICLE_SUFFIXES)
        else:
            yield path


def read_articles(paths: Iterable[Path]) -> Iterator[Article | SourceFailure]:
    """Every article in `paths`, in order; failures in place of what cannot be read."""
    for path in iter_files(paths):
        yield from read_file(path)


def read_file(path: Path) -> Iterator[Article | SourceFailure]:
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield SourceFailure(str(path), f"cannot read file: {exc}")
        return
    if path.suffix == ".txt":
        yield _guard(str(path), lambda: parse_seed_text(content))
    elif path.suffix == ".json":
        yield _guard(str(path), lambda: parse_record(json.loads(content)))
    elif path.suffix == ".jsonl":
        yield from read_json_lines(content.splitlines(), str(path))
    else:
        yield SourceFailure(str(path), f"unsupported file type {path.suffix!r}")


def read_json_lines(lines: Iterable[str], where: str) -> Iterator[Article | SourceFailure]:
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield _guard(f"{where}:{number}", lambda line=line: parse_record(json.loads(line)))


def parse_seed_text(content: str) -> Article:
    """A seed file: `date YYYY-MM-DD` then, on the same line, the dateline and the text."""
    header = SEED_HEADER.match(content)
    if header is None:
        raise ValueError("a seed file starts with 'date YYYY-MM-DD'")
    text = content[header.end() :].strip()
    dateline = find_dateline(text)
    return Article(
        id=content_id(header.group(1), text),
        published=header.group(1),
        text=text,
        source=dateline.agency if dateline else None,
        dateline=dateline,
    )


def parse_record(record: Any) -> Article:
    """A JSON article; `id` defaults to a content hash, `dateline` is read from the text."""
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    fields = dict(record)
    text = fields.get("text")
    if isinstance(text, str):
        fields.setdefault("id", content_id(str(fields.get("published", "")), text))
        if fields.get("dateline") is None:
            fields["dateline"] = find_dateline(text)
    return Article.model_validate(fields)


def content_id(published: str, text: str) -> str:
    """A stable id for an article that has none: the same text always gets the same id."""
    digest = hashlib.sha256(f"{published}\n{text}".encode()).hexdigest()
    return digest[:16]


def _guard(where: str, parse: Callable[[], Article]) -> Article | SourceFailure:
    try:
        return parse()
    except json.JSONDecodeError as exc:
        return SourceFailure(where, f"not valid JSON: {exc}")
    except ValidationError as exc:
        return SourceFailure(where, f"not a valid article: {_brief(exc)}")
    except ValueError as exc:
        return SourceFailure(where, str(exc))


def _brief(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(part) for part in item['loc']) or 'record'}: {item['msg']}"
        for item in error.errors()
    )
