"""Every line of stream/nlp/patterns/*.jsonl validates against its schema."""

from __future__ import annotations

from collections import Counter

import pytest
from pydantic import BaseModel

from stream.nlp import lexicon
from stream.nlp.lexicon import (
    PATTERNS_DIR,
    AliasEntry,
    CueList,
    FormerStateEntry,
    PlaceEntry,
    TitleList,
    TriggerPattern,
    fold,
    read_lines,
)

SCHEMAS: dict[str, type[BaseModel]] = {
    "triggers.jsonl": TriggerPattern,
    "cues.jsonl": CueList,
    "titles.jsonl": TitleList,
    "aliases.jsonl": AliasEntry,
    "places.jsonl": PlaceEntry,
    "former_states.jsonl": FormerStateEntry,
}


def test_patterns_every_file_has_schema() -> None:
    assert sorted(path.name for path in PATTERNS_DIR.glob("*.jsonl")) == sorted(SCHEMAS)


@pytest.mark.parametrize("filename", sorted(SCHEMAS))
def test_patterns_every_line_validates(filename: str) -> None:
    lines = read_lines(filename)
    assert lines
    for line in lines:
        SCHEMAS[filename].model_validate(line)


@pytest.mark.parametrize("filename", ["triggers.jsonl", "cues.jsonl", "titles.jsonl"])
def test_patterns_ids_unique(filename: str) -> None:
    ids = Counter(line["id"] for line in read_lines(filename))
    assert [name for name, count in ids.items() if count > 1] == []


def test_patterns_alias_forms_name_one_entry() -> None:
    owners: dict[str, set[str]] = {}
    for line in read_lines("aliases.jsonl"):
        entry = AliasEntry.model_validate(line)
        for form in (entry.name, *entry.aliases):
            owners.setdefault(fold(form), set()).add(entry.name)
    assert {form: names for form, names in owners.items() if len(names) > 1} == {}


def test_patterns_aliases_name_no_places() -> None:
    labels = {AliasEntry.model_validate(line).label for line in read_lines("aliases.jsonl")}
    assert labels.isdisjoint({"GPE", "LOC", "FAC"})


def test_cue_words_read_the_file_once_for_every_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []

    def counted(filename: str) -> list[dict[str, object]]:
        read.append(filename)
        return read_lines(filename)

    monkeypatch.setattr(lexicon, "read_lines", counted)
    lexicon.cue_words.cache_clear()
    lexicon._cue_words_by_kind.cache_clear()
    try:
        lines = [CueList.model_validate(line) for line in read_lines("cues.jsonl")]
        for kind in sorted({cues.kind for cues in lines}):
            expected = {word for cues in lines if cues.kind == kind for word in cues.words}
            assert lexicon.cue_words(kind) == expected
        assert read == ["cues.jsonl"]
    finally:
        lexicon.cue_words.cache_clear()
        lexicon._cue_words_by_kind.cache_clear()
