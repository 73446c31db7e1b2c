import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from stream.contracts import RECORDS, Article
from stream.schemas import check_schemas, write_schemas

SCHEMAS = Path(__file__).parents[2] / "schemas"


def test_checked_in_schemas_match_the_models() -> None:
    assert check_schemas(SCHEMAS) == []


def test_schema_check_reports_an_edited_schema(tmp_path: Path) -> None:
    write_schemas(tmp_path)
    edited = tmp_path / "article.schema.json"
    schema = json.loads(edited.read_text())
    schema["properties"].pop("text")
    edited.write_text(json.dumps(schema))
    [drift] = check_schemas(tmp_path)
    assert drift.path == edited
    assert drift.problem == "differs from the model"


def test_schema_check_reports_missing_and_orphan_files(tmp_path: Path) -> None:
    write_schemas(tmp_path)
    (tmp_path / "event.schema.json").unlink()
    (tmp_path / "old.schema.json").write_text("{}")
    problems = {d.path.name: d.problem for d in check_schemas(tmp_path)}
    assert problems == {"event.schema.json": "missing", "old.schema.json": "no model generates it"}


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_schema_has_id_and_version(name: str) -> None:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text())
    assert schema["$id"].endswith(f"/{name}/{schema['version']}.json")


def test_article_rejects_blank_text() -> None:
    with pytest.raises(ValidationError, match="empty"):
        Article(id="x", published="2024-01-01", text=" \n ")


def test_article_accepts_datetime_publication() -> None:
    article = Article(id="x", published="2024-01-01T10:30:00Z", text="Hi.")
    assert article.published_date.isoformat() == "2024-01-01"
