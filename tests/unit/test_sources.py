import json
from pathlib import Path

from stream.contracts import Article
from stream.sources import SourceFailure, content_id, parse_seed_text, read_articles

SEEDS = Path(__file__).parents[2] / "seeds"


def _articles(items: list[Article | SourceFailure]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def test_seed_file_reads_date_dateline_and_agency() -> None:
    [article] = list(read_articles([SEEDS]))
    assert isinstance(article, Article)
    assert article.published.isoformat() == "2025-03-27"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("Seoul", "IANS")
    assert article.source == "IANS"
    assert article.text.startswith("Seoul, March 27 (IANS) Preparations are underway")
    assert "\n\n" in article.text


def test_seed_text_id_is_a_stable_content_hash() -> None:
    text = (SEEDS / "000_98d7fe5aeb08b17c.txt").read_text()
    assert parse_seed_text(text).id == parse_seed_text(text).id
    assert parse_seed_text(text).id != parse_seed_text(text + " More.").id


def test_seed_text_without_header_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text("no header here")
    [failure] = list(read_articles([tmp_path]))
    assert isinstance(failure, SourceFailure)
    assert failure.where.endswith("bad.txt")
    assert "date YYYY-MM-DD" in failure.reason


def test_json_record_keeps_its_id_and_ignores_unknown_fields(tmp_path: Path) -> None:
    record = {"id": "a-1", "published": "2024-06-19", "text": "Hello.", "extra": 1}
    (tmp_path / "one.json").write_text(json.dumps(record))
    [article] = _articles(list(read_articles([tmp_path / "one.json"])))
    assert article.id == "a-1"
    assert article.published.isoformat() == "2024-06-19"


def test_json_record_without_id_gets_content_id(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"published": "2024-06-19", "text": "Hi."}))
    [article] = _articles(list(read_articles([tmp_path / "one.json"])))
    assert article.id == content_id("2024-06-19", "Hi.")


def test_jsonl_bad_lines_fail_alone_with_line_numbers(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok-1", "published": "2024-01-01", "text": "One."}),
        "{not json",
        json.dumps({"id": "no-text", "published": "2024-01-01"}),
        "",
        json.dumps({"id": "ok-2", "published": "2024-01-02", "text": "Two."}),
    ]
    (tmp_path / "many.jsonl").write_text("\n".join(lines))
    items = list(read_articles([tmp_path / "many.jsonl"]))
    assert [a.id for a in _articles(items)] == ["ok-1", "ok-2"]
    failures = [item for item in items if isinstance(item, SourceFailure)]
    assert [f.where.rsplit(":", 1)[1] for f in failures] == ["2", "3"]
    assert "not valid JSON" in failures[0].reason
    assert "text" in failures[1].reason


def test_empty_text_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "blank.json").write_text(json.dumps({"published": "2024-01-01", "text": "  "}))
    [failure] = list(read_articles([tmp_path / "blank.json"]))
    assert isinstance(failure, SourceFailure)
    assert "empty" in failure.reason


def test_folders_are_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name, path in [("c", tmp_path / "b" / "c.json"), ("a", tmp_path / "a.json")]:
        path.write_text(json.dumps({"id": name, "published": "2024-01-01", "text": name}))
    (tmp_path / "notes.md").write_text("ignored")
    assert [a.id for a in _articles(list(read_articles([tmp_path])))] == ["a", "c"]


def test_undecodable_file_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "bin.json").write_bytes(b"\xff\xfe\x00garbage")
    [failure] = list(read_articles([tmp_path / "bin.json"]))
    assert isinstance(failure, SourceFailure)
    assert "cannot read" in failure.reason
