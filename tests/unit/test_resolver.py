"""Cross-article event resolution, rule by rule (pure: no Kafka, no model)."""

import datetime as dt

from stream.contracts import (
    DatePrecision,
    EntityRef,
    Event,
    EventDate,
    EventReport,
    EventStatus,
    EventType,
    Evidence,
    PlaceRef,
    ResolvedEvent,
)
from stream.state.resolver import Rules, blocking_key, mention_id, resolve

SHOIGU = EntityRef(id="sergei-shoigu", name="Sergei Shoigu", label="PERSON")
KIM = EntityRef(id="kim-jong-un", name="Kim Jong-un", label="PERSON")
NORTH_KOREA = PlaceRef(
    id="north-korea", name="North Korea", label="GPE", country_code="KP", country="North Korea"
)
PYONGYANG = PlaceRef(
    id="pyongyang", name="Pyongyang", label="GPE", country_code="KP", country="North Korea",
    city="Pyongyang",
)  # fmt: skip
KUMSUSAN = PlaceRef(
    id="kumsusan-palace", name="Kumsusan Palace", label="FAC", country_code="KP",
    country="North Korea", city="Pyongyang",
)  # fmt: skip
WONSAN = PlaceRef(
    id="wonsan", name="Wonsan", label="GPE", country_code="KP", country="North Korea",
    city="Wonsan",
)  # fmt: skip
CHINA = PlaceRef(id="china", name="China", label="GPE", country_code="CN", country="China")
RULES = Rules()
SEEN = dt.datetime(2025, 3, 28, 12, tzinfo=dt.UTC)


def day(when: dt.date, text: str = "on Monday") -> EventDate:
    return EventDate(
        value=when.isoformat(), precision=DatePrecision.DAY, start=when, end=when, text=text
    )


def week(monday: dt.date) -> EventDate:
    return EventDate(
        value=monday.isoformat(), precision=DatePrecision.WEEK, start=monday,
        end=monday + dt.timedelta(days=6), text="last week",
    )  # fmt: skip


def month(year: int, number: int) -> EventDate:
    start = dt.date(year, number, 1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return EventDate(
        value=start.isoformat()[:7], precision=DatePrecision.MONTH, start=start, end=end,
        text=start.strftime("in %B"),
    )  # fmt: skip


def report(
    article_id: str,
    *,
    published: dt.date = dt.date(2025, 3, 26),
    date: EventDate | None = None,
    place: PlaceRef | None = NORTH_KOREA,
    status: EventStatus = EventStatus.OCCURRED,
    mentions: int = 1,
    seen_at: dt.datetime = SEEN,
) -> EventReport:
    event = Event(
        event_id="article-level-id",  # what the NLP hashed: the same for every report here
        mention_id=mention_id(article_id, 0),
        article_id=article_id,
        published=published,
        type=EventType.VISIT,
        actor=SHOIGU,
        location=place,
        date=date,
        status=status,
        mention_count=mentions,
        evidence=[Evidence(text=f"said {article_id}", start=0, end=4, trigger="visit")],
        confidence=0.9,
    )
    return EventReport(event=event, seen_at=seen_at)


def resolve_all(
    *reports: EventReport, rules: Rules = RULES
) -> tuple[list[str], list[ResolvedEvent]]:
    """The resolved id of each report, in order, and the events known at the end."""
    known: list[ResolvedEvent] = []
    ids = []
    for each in reports:
        resolution = resolve(known, each, rules)
        known = resolution.known
        ids.append(resolution.event.event_id)
    return ids, known


def test_last_week_and_on_monday_of_one_visit_are_one_event():
    last_week = report("a1", published=dt.date(2025, 3, 26), date=week(dt.date(2025, 3, 17)))
    monday = report("a2", published=dt.date(2025, 3, 19), date=day(dt.date(2025, 3, 17)))
    ids, known = resolve_all(last_week, monday)
    assert ids[0] == ids[1]
    (event,) = known
    assert event.date == day(dt.date(2025, 3, 17)), "the day's precision refines the week's"
    assert (event.source_count, event.mention_count) == (2, 2)


def test_dates_that_only_touch_are_one_event():
    last_week = report("a1", date=week(dt.date(2025, 3, 17)))
    next_monday = report("a2", date=day(dt.date(2025, 3, 24)))
    ids, _ = resolve_all(last_week, next_monday)
    assert ids[0] == ids[1]


def test_march_and_october_visits_to_one_country_are_two_events():
    march = report("a1", published=dt.date(2025, 3, 30), date=month(2025, 3))
    october = report("a2", published=dt.date(2025, 10, 30), date=month(2025, 10), place=WONSAN)
    ids, known = resolve_all(march, october)
    assert ids[0] != ids[1]
    assert [e.date.value for e in known if e.date] == ["2025-03", "2025-10"]


def test_a_year_only_report_joins_and_leaves_the_finer_date():
    march = report("a1", date=month(2025, 3))
    year = EventDate(
        value="2025", precision=DatePrecision.YEAR, start=dt.date(2025, 1, 1),
        end=dt.date(2025, 12, 31), text="this year",
    )  # fmt: skip
    ids, (event,) = resolve_all(march, report("a2", date=year))
    assert ids[0] == ids[1] and event.date == month(2025, 3)


def test_planned_then_reported_made_is_one_event_with_its_history():
    planned = report("a1", published=dt.date(2025, 3, 1), status=EventStatus.PLANNED)
    made = report("a2", published=dt.date(2025, 3, 20), date=day(dt.date(2025, 3, 18)))
    ids, (event,) = resolve_all(planned, made)
    assert ids[0] == ids[1]
    assert event.status is EventStatus.OCCURRED
    assert [(c.status, c.reported, c.article_id) for c in event.status_history] == [
        (EventStatus.PLANNED, dt.date(2025, 3, 1), "a1"),
        (EventStatus.OCCURRED, dt.date(2025, 3, 20), "a2"),
    ]


def test_a_resolution_says_the_status_the_event_had_before_the_report():
    planned = report("a1", published=dt.date(2025, 3, 1), status=EventStatus.PLANNED)
    made = report("a2", published=dt.date(2025, 3, 20), date=day(dt.date(2025, 3, 18)))
    first = resolve([], planned, RULES)
    assert first.was is None, "a new event"
    assert resolve(first.known, made, RULES).was is EventStatus.PLANNED
    assert resolve(first.known, planned, RULES).was is EventStatus.PLANNED


def test_a_late_plan_report_does_not_undo_occurred():
    made = report("a1", published=dt.date(2025, 3, 20), date=day(dt.date(2025, 3, 18)))
    plan = report("a2", published=dt.date(2025, 3, 21), status=EventStatus.PLANNED)
    _, (event,) = resolve_all(made, plan)
    assert event.status is EventStatus.OCCURRED
    assert [c.status for c in event.status_history] == ["occurred", "planned"]


def test_undated_report_far_from_any_known_event_is_a_new_event():
    dated = report("a1", published=dt.date(2025, 3, 20), date=day(dt.date(2025, 3, 18)))
    undated = report("a2", published=dt.date(2025, 9, 1))
    ids, known = resolve_all(dated, undated)
    assert ids[0] != ids[1] and len(known) == 2


def test_undated_report_joins_the_most_recent_event_within_the_window():
    march = report("a1", published=dt.date(2025, 3, 3), date=day(dt.date(2025, 3, 2)))
    april = report("a2", published=dt.date(2025, 4, 3), date=day(dt.date(2025, 4, 2)))
    undated = report("a3", published=dt.date(2025, 4, 10))
    ids, _ = resolve_all(march, april, undated)
    assert ids[0] != ids[1] and ids[2] == ids[1]


def test_the_undated_window_is_a_setting():
    dated = report("a1", published=dt.date(2025, 3, 3), date=day(dt.date(2025, 3, 2)))
    undated = report("a2", published=dt.date(2025, 3, 20))
    ids, _ = resolve_all(dated, undated, rules=Rules(undated_window=dt.timedelta(days=7)))
    assert ids[0] != ids[1]


def test_undated_event_takes_the_date_of_a_dated_report_nearby():
    undated = report("a1", published=dt.date(2025, 3, 20))
    dated = report("a2", published=dt.date(2025, 3, 21), date=day(dt.date(2025, 3, 19)))
    ids, (event,) = resolve_all(undated, dated)
    assert ids[0] == ids[1] and event.date == day(dt.date(2025, 3, 19))


def test_city_joins_its_country_and_refines_the_place_and_a_site_its_city():
    ids, (event,) = resolve_all(
        report("a1", place=NORTH_KOREA), report("a2", place=PYONGYANG), report("a3", place=KUMSUSAN)
    )
    assert len(set(ids)) == 1 and event.location == KUMSUSAN
    _, (event,) = resolve_all(report("b1", place=KUMSUSAN), report("b2", place=NORTH_KOREA))
    assert event.location == KUMSUSAN, "a coarser place does not replace a finer one"


def test_places_in_different_countries_or_cities_are_different_events():
    ids, _ = resolve_all(report("a1", place=NORTH_KOREA), report("a2", place=CHINA))
    assert ids[0] != ids[1]
    ids, _ = resolve_all(report("b1", place=PYONGYANG), report("b2", place=WONSAN))
    assert ids[0] != ids[1]
    ids, _ = resolve_all(report("c1", place=KUMSUSAN), report("c2", place=WONSAN))
    assert ids[0] != ids[1]


def test_the_first_id_stays_whatever_refines_the_event():
    first = report("a1", date=week(dt.date(2025, 3, 17)), place=NORTH_KOREA)
    ids, _ = resolve_all(first, report("a2", date=day(dt.date(2025, 3, 18)), place=PYONGYANG))
    assert ids == [resolve([], first, RULES).event.event_id] * 2


def test_a_republished_article_changes_nothing_but_last_seen():
    once = report("a1", mentions=3)
    later = SEEN + dt.timedelta(hours=1)
    _, (before,) = resolve_all(once)
    _, (after,) = resolve_all(once, report("a1", mentions=3, seen_at=later))
    assert after == before.model_copy(update={"last_seen": later})


def test_an_event_lists_the_latest_sources_and_counts_them_all():
    reports = [report(f"a{i:02}", published=dt.date(2025, 3, 1 + i)) for i in range(25)]
    _, (event,) = resolve_all(*reports, rules=Rules(sources_listed=4))
    assert event.source_count == 25 and event.mention_count == 25
    assert [s.article_id for s in event.sources] == ["a21", "a22", "a23", "a24"]
    assert event.evidence == "said a24", "the latest report's sentence"


def test_events_not_reported_for_the_retention_are_forgotten():
    old = report("a1", published=dt.date(2024, 1, 5), date=day(dt.date(2024, 1, 4)))
    new = report(
        "a2", published=dt.date(2025, 3, 20), date=day(dt.date(2025, 3, 18)),
        seen_at=SEEN + dt.timedelta(days=400),
    )  # fmt: skip
    _, known = resolve_all(old, new, rules=Rules(retention=dt.timedelta(days=365)))
    assert [e.sources[0].article_id for e in known] == ["a2"]


def test_blocking_key_ignores_the_order_of_participants():
    assert blocking_key("meeting", ["b", "a"]) == blocking_key("meeting", ["a", "b", "a"])
    assert blocking_key("meeting", ["a", "b"]) != blocking_key("visit", ["a", "b"])


def test_mention_ids_differ_per_article_and_event_and_repeat_on_replay():
    assert mention_id("a1", 0) == mention_id("a1", 0)
    assert len({mention_id("a1", 0), mention_id("a1", 1), mention_id("a2", 0)}) == 3
