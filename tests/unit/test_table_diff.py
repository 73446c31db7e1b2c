"""The words a failing table comparison uses (tests/table_diff.py)."""

from tests.table_diff import describe, field_differences, row_differences


def row(event_id: str, **fields: object) -> dict[str, object]:
    return {"event_id": event_id, "status": "occurred", "source_count": 1, **fields}


def test_row_differences_name_missing_extra_and_changed_events():
    expected = [row("e1"), row("e2"), row("e3")]
    got = [row("e1", source_count=2), row("e3"), row("e4")]
    assert sorted(row_differences("kim-jong-un visits", expected, got)) == [
        "kim-jong-un visits: event e1: source_count changed: expected 1, got 2",
        "kim-jong-un visits: event e2 missing",
        "kim-jong-un visits: event e4 extra",
    ]


def test_row_differences_of_equal_tables_are_none():
    assert row_differences("t", [row("e1"), row("e2")], [row("e1"), row("e2")]) == []


def test_row_differences_name_a_new_order_and_a_repeated_event():
    assert row_differences("t", [row("e1"), row("e2")], [row("e2"), row("e1")]) == [
        "t: the same events in another order: ['e2', 'e1'], not ['e1', 'e2']"
    ]
    assert row_differences("t", [row("e1")], [row("e1"), row("e1")]) == [
        "t: an event listed twice: ['e1', 'e1']"
    ]


def test_field_differences_cut_long_values():
    (difference,) = field_differences("p", {"aliases": ["x" * 500]}, {"aliases": []})
    assert difference.startswith("p: aliases changed: expected ['xxx") and len(difference) < 200


def test_describe_counts_every_difference_and_shows_the_first():
    text = describe([f"d{i}" for i in range(25)])
    assert text.startswith("25 differences:") and "d19" in text and "d20" not in text
    assert text.endswith("... 5 more")


def test_fault_tests_name_the_table_and_what_differs_in_it():
    from tests.faults.outcome import NoAnswer, table_differences

    expected = {
        "/actors/kim-jong-un/visits?limit=50": [row("e1")],
        "/actors/kim-jong-un": {"event_count": 1},
        "/actors/sergei-shoigu/meetings?limit=50": [],
    }
    answered = {
        "/actors/kim-jong-un/visits?limit=50": [],
        "/actors/kim-jong-un": {"event_count": 2},
        "/actors/sergei-shoigu/meetings?limit=50": NoAnswer("HTTP Error 404: Not Found"),
    }
    assert table_differences(expected, answered) == [
        "kim-jong-un visits: event e1 missing",
        "kim-jong-un profile: event_count changed: expected 1, got 2",
        "sergei-shoigu meetings: no answer: HTTP Error 404: Not Found",
    ]
