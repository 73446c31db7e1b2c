"""Event ids and place compatibility follow the gazetteer: a city or site lies in its country."""

from __future__ import annotations

from dataclasses import replace

from stream.contracts import EventStatus
from stream.nlp.enrich import Enricher
from stream.nlp.entities.canonical import canonical_entities
from stream.nlp.entities.table import Referent
from stream.nlp.events.extraction import extract_mentions
from stream.nlp.events.mention import Mention
from stream.nlp.gazetteer import place
from stream.nlp.lexicon import fold
from stream.nlp.merge.compatible import MergedEvent
from stream.nlp.merge.records import _home_country, _says_enough, event_id
from stream.nlp.merge.same_event import same_event
from stream.nlp.roles.syntax import Role
from tests.unit.stories import PUBLISHED, events_of


def located(name: str, label: str = "GPE") -> Referent:
    where = place(name)
    assert where is not None, f"{name!r} is no place in the gazetteer"
    return Referent(key=fold(where.name), label=label, name=where.name, place=where)


def visit_id(location: Referent | None) -> str:
    return event_id("visit", ["vladimir-putin"], location, 2024)


def test_event_id_city_site_and_country_one_id() -> None:
    in_russia = visit_id(located("Russia"))
    assert visit_id(located("Moscow")) == in_russia
    assert visit_id(located("Kremlin", "FAC")) == in_russia
    assert visit_id(located("St. Petersburg")) == in_russia


def test_event_id_other_country_other_id() -> None:
    assert visit_id(located("Pyongyang")) != visit_id(located("Moscow"))


def test_event_id_unknown_place_its_own_id() -> None:
    cosmodrome = Referent(key="vostochny cosmodrome", label="FAC", name="Vostochny Cosmodrome")
    assert visit_id(cosmodrome) != visit_id(located("Russia"))
    assert visit_id(cosmodrome) != visit_id(None)


def test_a_visit_placed_only_by_a_lent_home_capital_is_no_visit(enricher: Enricher) -> None:
    doc = enricher.nlp("Vietnamese Prime Minister Paul Osei attended the forum.")
    table = canonical_entities(doc, 0)
    traveller = table.at(doc[3])
    assert traveller is not None
    attended = Mention(
        type="visit",
        trigger=doc[5],
        actor=Role(traveller, from_parse=True),
        counterparts=[],
        location=None,
        date=None,
        status=EventStatus.OCCURRED,
        attributed_to=[],
    )
    assert _home_country(MergedEvent([attended], location=located("Hanoi")))
    assert not _home_country(MergedEvent([attended], location=located("Bangkok")))
    told_there = replace(attended, location=located("Hanoi"))
    assert not _home_country(MergedEvent([told_there], location=located("Hanoi")))


def test_a_place_read_as_the_traveller_never_visits_itself(enricher: Enricher) -> None:
    doc = enricher.nlp("Vaduz welcomed the guests.")
    city = located("Vaduz")
    arrived = Mention(
        type="visit",
        trigger=doc[1],
        actor=Role(city, from_parse=True),
        counterparts=[],
        location=city,
        date=None,
        status=EventStatus.OCCURRED,
        attributed_to=[],
    )
    assert not _says_enough(MergedEvent([arrived], location=city))
    assert _says_enough(MergedEvent([arrived], location=located("Valletta")))


def test_an_office_named_by_its_building_never_travels(enricher: Enricher) -> None:
    doc = enricher.nlp("The palace added the stop to the tour.")
    palace = Referent(key="dolmabahce palace", label="ORG", name="Dolmabahce Palace")
    movement = Referent(key="norland front", label="ORG", name="Norland Front")
    added = Mention(
        type="visit",
        trigger=doc[6],
        actor=Role(palace, from_parse=True),
        counterparts=[],
        location=located("Vaduz"),
        date=None,
        status=EventStatus.OCCURRED,
        attributed_to=[],
    )
    assert not _says_enough(MergedEvent([added], location=located("Vaduz")))
    by_a_movement = replace(added, actor=Role(movement, from_parse=True))
    assert _says_enough(MergedEvent([by_a_movement], location=located("Vaduz")))


def test_a_deal_after_talks_that_tell_a_stay_is_dated_by_the_talks(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ane Haugen arrived in Washington on Sunday evening from Bergen, where "
        "she held talks with Norwegian Prime Minister Ivo Marek on Saturday.\n\nZembia and "
        "Norway issued a joint statement after the Bergen talks.\n\nHaugen had arrived in "
        "Bergen on Friday for a state visit.",
    )
    (deal,) = [e for e in events if e.type == "agreement"]
    assert deal.date is not None and deal.date.value == "2025-03-22"  # Saturday, not Friday


def test_a_stage_going_on_from_a_leg_ahead_lends_no_place_to_the_trip_made(
    enricher: Enricher,
) -> None:
    text = (
        "President Karl Moen yesterday held talks with President Anna Berg at the palace, on "
        "the second day of a state visit. He leaves on Friday for Vadum, in Lorvia, and will "
        "go on to Kell and Brenn before returning home."
    )
    doc = enricher.nlp(text)
    mentions = extract_mentions(doc, canonical_entities(doc, 0), PUBLISHED, 0, None)
    (made,) = [m for m in mentions if m.trigger.lower_ == "visit"]
    stage = next(m for m in mentions if m.trigger.lower_ == "go")
    made, stage = replace(made, location=None), replace(stage, date=None)
    assert made.status is EventStatus.OCCURRED and stage.status is EventStatus.PLANNED
    assert not same_event(MergedEvent([made]), stage)


def test_a_stance_voiced_after_the_talks_is_voiced_at_their_venue(enricher: Enricher) -> None:
    """A stance told first in a headline, then at a news conference "after the talks", is
    voiced at the building the talks were held at, not left unplaced."""
    events = events_of(
        enricher,
        "Velk hails Sweden as a steady partner\n\nPresident Mara Velk of Norway arrived in "
        "Bergen on Monday for two days of talks.\n\nShe then met Prime Minister Jorn Askel of "
        "Sweden at the Amber Palace.\n\nAt a joint news conference after the talks, Velk "
        "praised Sweden as a steady partner in the north.",
    )
    (stance,) = [e for e in events if e.type == "statement"]
    assert stance.location is not None and stance.location.name == "Amber Palace"
