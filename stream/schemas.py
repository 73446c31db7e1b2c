"""JSON Schemas of every record, generated from the contracts and checked in under schemas/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from stream.constants import SCHEMA_ID_BASE, SCHEMA_VERSION
from stream.contracts import RECORDS

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True)
class SchemaDrift:
    path: Path
    problem: str


def schema_of(name: str, model: type[BaseModel]) -> dict[str, Any]:
    """The published schema of one record: pydantic's, plus identity and version."""
    generated = model.model_json_schema(mode="serialization")
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": f"{SCHEMA_ID_BASE}/{name}/{SCHEMA_VERSION}.json",
        "version": SCHEMA_VERSION,
        **generated,
    }


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def expected_files(directory: Path) -> dict[Path, str]:
    return {
        directory / f"{name}.schema.json": render(schema_of(name, model))
        for name, model in RECORDS.items()
    }


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    files = expected_files(directory)
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    return list(files)


def check_schemas(directory: Path) -> list[SchemaDrift]:
    """Every way the checked-in schemas differ from what the contracts generate."""
    files = expected_files(directory)
    drift = [
        SchemaDrift(path, "missing" if not path.exists() else "differs from the model")
        for path, text in files.items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    drift += [
        SchemaDrift(path, "no model generates it")
        for path in sorted(directory.glob("*.schema.json"))
        if path not in files
    ]
    return drift
