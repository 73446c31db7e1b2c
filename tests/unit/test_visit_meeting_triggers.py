"""Visits and meetings told by constructions beyond the plain verbs, on invented sentences."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from spacy.tokens import Doc

from stream.contracts import Event, EventStatus
from stream.nlp.enrich import Enricher
from stream.nlp.entities.table import Referent
from stream.nlp.events.trip_parties import traveller_of_the_trip
from stream.nlp.pipeline import EVENT_TRIGGERS
from stream.nlp.roles.syntax import Role
from tests.unit.stories import events_of, meetings


def visits(events: list[Event]) -> list[tuple[str, str | None, str]]:
    return [
        (e.actor.name, e.location.name if e.location else None, e.status.value)
        for e in events
        if e.type == "visit"
    ]


def test_due_in_a_place_is_a_planned_visit(enricher: Enricher) -> None:
    events = events_of(enricher, "Prime Minister Ola Berg is due in Veldoria next week.")
    assert visits(events) == [("Ola Berg", "Veldoria", "planned")]


def test_expected_in_a_place_is_a_speculated_visit_ahead(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Senator Ola Berg, who arrived in Accra on Monday, is expected in Lagos on Sunday.",
    )
    found = {
        (e.location.name if e.location else None, e.date.value if e.date else None, e.status.value)
        for e in events
        if e.type == "visit"
    }
    assert found == {("Accra", "2025-03-24", "occurred"), ("Lagos", "2025-03-30", "speculated")}


def test_expected_in_a_capital_told_by_its_country_is_a_visit_there(enricher: Enricher) -> None:
    events = events_of(enricher, "Premier Ola Berg is also expected in the Ghanaian capital.")
    assert visits(events) == [("Ola Berg", "Accra", "speculated")]


def test_expected_in_a_place_to_do_something_is_a_stay_there(enricher: Enricher) -> None:
    text = "Premier Ola Berg is expected in Accra to attend the summit."
    assert visits(events_of(enricher, text)) == [("Ola Berg", "Accra", "speculated")]


def test_expected_to_do_something_in_a_place_is_no_stay(enricher: Enricher) -> None:
    text = "In Accra, the National Assembly is expected to vote today on the budget."
    events = events_of(enricher, text)
    assert visits(events) == []


def test_a_stop_told_as_then_on_to_is_a_further_leg_its_date_untold(enricher: Enricher) -> None:
    events = events_of(
        enricher, "Prime Minister Ana Roda will fly to Ghana tomorrow and then on to Togo."
    )
    found = {
        (e.location.name if e.location else None, e.date.value if e.date else None)
        for e in events
        if e.type == "visit"
    }
    assert found == {("Ghana", "2025-03-28"), ("Togo", None)}


def test_moving_on_to_a_place_is_a_further_leg(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Senator Ola Berg arrived in Accra on Monday. On Friday she flies to Kumasi, and she "
        "moves on to Lagos on Sunday.",
    )
    assert ("Ola Berg", "Lagos", "planned") in visits(events)


def test_a_trip_told_as_subject_is_where_its_verb_places_it(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ana Roda of Veldoria arrived in Oslo on Friday. Her tour began in "
        "Ghana last month. The tour will continue in Togo and Benin.",
    )
    assert {place for _, place, _ in visits(events)} == {"Oslo", "Ghana", "Togo", "Benin"}


def test_sat_down_with_is_a_meeting(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ana Roda of Veldoria arrived in Oslo on Friday. Roda sat down with "
        "President Kofi Mensah in Accra on Monday.",
    )
    meetings = [
        (e.actor.name, [c.name for c in e.counterparts]) for e in events if e.type == "meeting"
    ]
    assert meetings == [("Ana Roda", ["Kofi Mensah"])]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "President Tomas Varga held discussions with Prime Minister Ivo Marek in Tarsa on "
            "Monday.",
            [{"tomas-varga", "ivo-marek"}],
        ),
        # By telephone, discussions are no meeting.
        (
            "President Tomas Varga held discussions with Prime Minister Ivo Marek by telephone "
            "on Monday.",
            [],
        ),
    ],
)
def test_discussions_held_are_talks(enricher: Enricher, text: str, met: list[set[str]]) -> None:
    assert meetings(events_of(enricher, text)) == met


_GUEST_RECEIVED = (
    "Chancellor Lena Ostrova of Tarvia arrived in Kessel on Tuesday. She was met at the airport "
    "by President Jonas Brel. "
)


@pytest.mark.parametrize(
    "moved",
    [
        "After the ceremony the two leaders withdrew to the Amber Palace for an hour of talks.",
        "Before lunch the two leaders went to the Amber Palace for talks on fisheries.",
    ],
)
def test_a_pair_gone_somewhere_for_talks_meets_there(enricher: Enricher, moved: str) -> None:
    events = events_of(enricher, _GUEST_RECEIVED + moved)
    held = [
        ({e.actor.id, *(c.id for c in e.counterparts)}, e.location.name if e.location else None)
        for e in events
        if e.type == "meeting" and "talks" in e.evidence[0].text
    ]
    assert held == [({"lena-ostrova", "jonas-brel"}, "Amber Palace")]


def test_a_pair_closeted_somewhere_meets_there(enricher: Enricher) -> None:
    moved = "Within the hour the two leaders were closeted at the Amber Palace."
    events = events_of(enricher, _GUEST_RECEIVED + moved)
    held = [
        ({e.actor.id, *(c.id for c in e.counterparts)}, e.location.name if e.location else None)
        for e in events
        if e.type == "meeting" and "closeted" in e.evidence[0].text
    ]
    assert held == [({"lena-ostrova", "jonas-brel"}, "Amber Palace")]


def test_time_spent_in_a_place_is_a_visit(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ana Roda of Veldoria arrived in Oslo on Friday. She spent Monday in "
        "Accra, where a planned trip was called off.",
    )
    assert ("Ana Roda", "Accra", "occurred") in visits(events)


def test_left_on_a_day_for_a_place_is_a_visit_there(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ana Roda of Veldoria arrived in Oslo on Friday. Roda left Oslo on "
        "Monday evening for Ghana, where she opened a fair.",
    )
    assert ("Ana Roda", "Ghana", "occurred") in visits(events)


def test_an_accepted_invitation_on_the_noun_is_the_invitees_trip(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ola Berg extended an invitation to President Kofi Mensah to visit "
        "Veldoria, which the Ghanaian leader accepted.",
    )
    assert visits(events) == [("Kofi Mensah", "Veldoria", "planned")]


def test_an_invitation_not_accepted_makes_no_trip(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ola Berg invited President Tomas Lind to visit Veldoria, but Lind has "
        "not accepted.",
    )
    assert visits(events) == []


def test_an_acceptance_told_after_the_invitation_in_a_report(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ola Berg met President Kofi Mensah in Accra on Monday. Berg said he "
        "had invited Mensah to visit Norway and that Mr Mensah had accepted.",
    )
    assert ("Kofi Mensah", "Norway", "planned") in visits(events)


def test_a_self_invitation_is_a_misread_role_and_the_acceptor_goes(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ivo Sand returned to Tallinn on Tuesday from a visit to Warsaw, where he held "
        "talks with the Polish leader Jan Nowak.\n\nHe said he had invited the Polish president "
        "to visit Estonia and that Mr Nowak had accepted.",
    )
    assert ("Jan Nowak", "Estonia", "planned") in visits(events)


def test_a_trip_told_as_past_is_not_one_only_planned(enricher: Enricher) -> None:
    """ "The trip came days after ...": the definite trip is the one made, not the latest
    trip the story told as planned."""
    doc = enricher.nlp("The trip came only days after the summit.")
    trip = next(token for token in doc if token.lower_ == "trip")
    reading = SimpleNamespace(trigger_types={trip.i: "visit"})

    def told(name: str, status: EventStatus) -> SimpleNamespace:
        referent = Referent(key=name.lower(), label="PERSON", name=name)
        actor = Role(referent, from_parse=True)
        return SimpleNamespace(type="visit", status=status, actor=actor, date=None)

    earlier = [told("Ola Berg", EventStatus.OCCURRED), told("Kofi Mensah", EventStatus.PLANNED)]
    found = traveller_of_the_trip(trip, reading, earlier)  # type: ignore[arg-type]
    assert found is not None and found.referent.name == "Ola Berg"


def test_flying_home_or_due_back_is_no_visit(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "On Friday, President Ivo Sand will travel to Bergen before flying home to Tallinn."
        "\n\nPresident Jan Nowak was due back in Warsaw last night.",
    )
    assert visits(events) == [("Ivo Sand", "Bergen", "planned")]


def test_back_to_a_place_the_trip_went_before_is_a_further_visit(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Jan Nowak flew to Oslo on Monday and went on to Bergen on Tuesday. "
        "He flew back to Oslo on Thursday for talks with Prime Minister Ola Berg.",
    )
    assert ("Jan Nowak", "Oslo", "occurred") in visits(events)


def test_sailing_for_a_place_is_a_visit_there(enricher: Enricher) -> None:
    text = "On Saturday President Arvo Lind and his wife are due to sail for Accra."
    assert visits(events_of(enricher, text)) == [("Arvo Lind", "Accra", "planned")]


def test_coming_back_to_a_place_abroad_is_a_visit_there(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Minister Ivo Sand may come back to Accra in July to open the new clinic."
        "\n\nOfficials said President Arvo Lind could be back in Lagos next year.",
    )
    assert visits(events) == [
        ("Ivo Sand", "Accra", "speculated"),
        ("Arvo Lind", "Lagos", "speculated"),
    ]


def test_coming_back_home_is_still_no_visit(enricher: Enricher) -> None:
    events = events_of(
        enricher, "President Ivo Sand visited Oslo on Monday. He came back to Tallinn on Tuesday."
    )
    assert visits(events) == [("Ivo Sand", "Oslo", "occurred")]


def hosts(events: list[Event]) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(e.type, e.actor.name, tuple(c.name for c in e.counterparts)) for e in events}


def test_a_welcome_on_arrival_is_the_earlier_told_visits_host(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "King Harald Lund on Sunday received Estonian President Ivo Sand at the palace in Oslo."
        "\n\nMr Sand was welcomed on arrival at Gardermoen Airport by Crown Prince Haakon Berg.",
    )
    found = hosts(events)
    assert ("visit", "Ivo Sand", ("Haakon Berg",)) in found
    assert not any(actor == "Haakon Berg" for _, actor, _ in found)


def test_a_welcome_at_an_air_base_greets_the_arrival(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ivo Sand, who arrived in Oslo on Sunday on a two-day official visit, "
        "was received at Rygge air base by Foreign Minister Ola Berg.",
    )
    assert hosts(events) == {("visit", "Ivo Sand", ("Ola Berg",))}


def test_a_meeting_of_named_people_has_them_as_parties(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "On March 26, Prime Minister Ivo Sand hosted a meeting of Ola Berg, Jan Lund and "
        "Turkish President Ali Kaya in Varna.",
    )
    meetings = [
        (e.actor.name, sorted(c.name for c in e.counterparts))
        for e in events
        if e.type == "meeting"
    ]
    assert meetings == [("Ivo Sand", ["Ali Kaya", "Jan Lund", "Ola Berg"])]


def test_a_trip_after_which_a_past_act_came_was_made(enricher: Enricher) -> None:
    events = events_of(
        enricher, "Norway agreed to host the conference after Sand's visit to Oslo on January 15."
    )
    assert visits(events) == [("Sand", "Oslo", "occurred")]


def test_going_to_a_proper_name_the_model_left_unread_is_a_visit(enricher: Enricher) -> None:
    # The small model's parse of "... , who went to <town>, Co <county>, in June 1984", with the
    # town left without an entity, as the model leaves many small towns; invented towns it
    # tends to label, so the parse is given by hand.
    words = "Tyler , who went to Dunmoreen , Co Kerry , in June 1984 ."
    lemmas = words.replace("went", "go")
    deps = "ROOT punct nsubj relcl prep pobj punct compound appos punct prep pobj nummod punct"
    pos = "PROPN PUNCT PRON VERB ADP PROPN PUNCT PROPN PROPN PUNCT ADP PROPN NUM PUNCT"
    heads = [0, 0, 3, 0, 3, 4, 5, 8, 5, 0, 0, 10, 11, 0]
    doc = Doc(
        enricher.nlp.vocab,
        words=words.split(),
        heads=heads,
        deps=deps.split(),
        pos=pos.split(),
        lemmas=lemmas.split(),
    )
    found = enricher.nlp.get_pipe(EVENT_TRIGGERS).match(doc)
    assert (3, "visit.go_to_unread") in found


def test_taking_a_train_to_a_place_is_a_visit(enricher: Enricher) -> None:
    text = (
        "President Ola Berg landed in Graz on Wednesday. Tomorrow he is to take the train to "
        "Salzburg."
    )
    assert ("Ola Berg", "Salzburg", "planned") in visits(events_of(enricher, text))


TALK_ARRIVAL = "President Amara Tolu arrived in Oslo on Monday for a two-day visit.\n\n"


@pytest.mark.parametrize(
    "talking",
    [
        "Tolu and Prime Minister Ane Haugen spoke privately for twenty minutes in a lounge.",
        "Tolu went to the palace, where he and Prime Minister Ane Haugen talked alone for an hour.",
    ],
)
def test_two_people_told_talking_together_meet(enricher: Enricher, talking: str) -> None:
    assert meetings(events_of(enricher, TALK_ARRIVAL + talking)) == [{"amara-tolu", "ane-haugen"}]


@pytest.mark.parametrize(
    "speaking",
    [
        "Tolu and Prime Minister Ane Haugen spoke by phone on Sunday.",
        "Tolu and Prime Minister Ane Haugen spoke at a rally in the square.",
        "Tolu and Prime Minister Ane Haugen spoke to reporters after the ceremony.",
    ],
)
def test_talking_by_phone_or_to_an_audience_is_no_meeting(
    enricher: Enricher, speaking: str
) -> None:
    assert meetings(events_of(enricher, TALK_ARRIVAL + speaking)) == []


def test_a_pair_talking_beside_talks_just_told_tells_how_those_went(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu arrived in Oslo on Monday for a two-day visit. King Osric Vane "
        "received Tolu and Prime Minister Ane Haugen at the Royal Palace.\n\n"
        "The summit itself began in the afternoon at the Akershus Fortress. Tolu and Haugen "
        "talked for three hours."
    )
    assert meetings(events_of(enricher, text)) == [{"osric-vane", "amara-tolu", "ane-haugen"}]


@pytest.mark.parametrize(
    ("told", "status"),
    [
        ("will travel to Quito on Friday to brief President Jorge Vela on the talks.", "planned"),
        ("flew to Quito on Monday to brief President Jorge Vela.", "occurred"),
    ],
)
def test_a_person_a_trip_is_made_to_brief_is_met(
    enricher: Enricher, told: str, status: str
) -> None:
    events = events_of(enricher, f"Oslo, March 27 (XNA) - Foreign Minister Eva Lund {told}")
    met = [(e.counterparts[0].id, e.status.value) for e in events if e.type == "meeting"]
    assert met == [("jorge-vela", status)]


@pytest.mark.parametrize(
    "told",
    [
        "telephoned President Jorge Vela on Monday to brief him on the talks.",
        "will fly to Quito on Friday to see the old town.",
    ],
)
def test_a_call_or_a_sight_gone_to_see_is_no_meeting(enricher: Enricher, told: str) -> None:
    events = events_of(enricher, f"Oslo, March 27 (XNA) - Foreign Minister Eva Lund {told}")
    assert meetings(events) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "After the summit President Amara Tolu will fly to Vik on Saturday to see President "
        "Osric Vane.",
        "President Amara Tolu also saw the rebel leader, Osric Vane, for a few minutes in a "
        "hangar at the airport.",
    ],
)
def test_seeing_a_person_is_meeting_them(enricher: Enricher, sentence: str) -> None:
    assert meetings(events_of(enricher, sentence)) == [{"amara-tolu", "osric-vane"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Amara Tolu sees King Osric Vane as a partner.",
        "President Amara Tolu saw King Osric Vane off at the airport.",
    ],
)
def test_seeing_a_person_as_something_or_off_is_no_meeting(
    enricher: Enricher, sentence: str
) -> None:
    assert meetings(events_of(enricher, sentence)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Hans Berger met the demand of President Tom Ardal on Monday.",
        "The plan of President Tom Ardal met with resistance from Chancellor Hans Berger.",
        "King Harald Vorn and Queen Mira paid a state visit to Britain in July 1960, and the "
        "royal couple have often spoken of the kindness they met in London then.",
    ],
)
def test_a_demand_a_resistance_or_a_kindness_met_is_no_meeting(
    enricher: Enricher, text: str
) -> None:
    assert meetings(events_of(enricher, text)) == []


def test_a_person_met_is_still_met(enricher: Enricher) -> None:
    events = events_of(enricher, "Chancellor Hans Berger met President Tom Ardal on Monday.")
    assert meetings(events) == [{"hans-berger", "tom-ardal"}]


@pytest.mark.parametrize(
    "text",
    [
        "President Tom Ardal said he had raised the country's debt negotiations with "
        "Chancellor Hans Berger.",
        "On Monday President Tom Ardal and Queen Mira held talks at the palace on scholarships, "
        "trade and the negotiations with the government of Chancellor Hans Berger.",
    ],
)
def test_talks_spoken_of_as_a_process_or_a_subject_are_not_held(
    enricher: Enricher, text: str
) -> None:
    assert {"tom-ardal", "hans-berger"} not in meetings(events_of(enricher, text))


def test_talks_held_over_dinner_are_still_held(enricher: Enricher) -> None:
    text = "President Tom Ardal held talks over dinner with Chancellor Hans Berger on Monday."
    assert {"tom-ardal", "hans-berger"} in meetings(events_of(enricher, text))


@pytest.mark.parametrize(
    "text",
    [
        "President Tom Ardal had been due to fly on from Kell to Vadum in the afternoon.",
        "President Tom Ardal had been scheduled to arrive in Vadum last Saturday for a "
        "three-day visit.",
        "President Tom Ardal had been due in Vadum tomorrow for talks with Chancellor Hans "
        "Berger; both were called off.",
    ],
)
def test_a_plan_told_in_the_past_perfect_is_no_trip(enricher: Enricher, text: str) -> None:
    events = events_of(enricher, text)
    assert visits(events) == []
    assert meetings(events) == []


def test_a_plan_still_ahead_is_a_trip(enricher: Enricher) -> None:
    events = events_of(enricher, "President Tom Ardal is due to fly to Vadum on Monday.")
    assert visits(events) == [("Tom Ardal", "Vadum", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        # After "last" the model reads "set foot" as a noun phrase in apposition to the name.
        "President Ola Berg last set foot in Lisbon in 1996, when he was received by the king.",
        "President Ola Berg first set foot in Lisbon in 1996 as a young officer.",
    ],
)
def test_set_foot_is_a_visit_dated_by_its_own_year(enricher: Enricher, text: str) -> None:
    assert visits(events_of(enricher, text)) == [("Ola Berg", "Lisbon", "occurred")]
    dates = [e.date.value if e.date else None for e in events_of(enricher, text)]
    assert dates == ["1996"]


@pytest.mark.parametrize(
    "text",
    [
        "President Ola Berg touched down in Lisbon on Tuesday.",
        "President Ola Berg stepped ashore at Lisbon on Tuesday.",
        # The craft lands; its owner is the traveller.
        "President Ola Berg's aircraft touched down in Lisbon on Tuesday.",
    ],
)
def test_a_landing_told_by_verb_and_particle_is_a_visit(enricher: Enricher, text: str) -> None:
    assert visits(events_of(enricher, text)) == [("Ola Berg", "Lisbon", "occurred")]


@pytest.mark.parametrize(
    ("text", "travellers"),
    [
        # The couple owns the craft; the airline that flies it makes no visit.
        (
            "King Tavi and Queen Ilse of Norland arrived in Perth on Tuesday for a four-day "
            "visit.\n\nThe royal couple's chartered Norlund Air Lines DC-8 landed at Perth "
            "Airport at 4:15 p.m. from Singapore.",
            {"Tavi", "Ilse"},
        ),
        (
            "King Olav of Norland arrived in Sydney on Monday. His Norlund Air DC-10 is due "
            "at Brisbane Airport on Friday at 9.30.",
            {"Olav"},
        ),
        # The craft's style names its passenger; the princes greeting beside the King are
        # no travellers it carried.
        (
            "King Olav of Norland welcomed Pope Leo to Lisbon today, the first visit by a "
            "pontiff to the kingdom.\n\nThe papal aircraft, arriving from Madrid, touched down "
            "at Portela airport at 10:30 this morning. The King greeted his guest at the foot "
            "of the steps, together with Crown Prince Ivo Renn and Prince Ado Renn.",
            {"Leo"},
        ),
    ],
)
def test_a_craft_that_lands_carries_its_owner_and_is_no_traveller(
    enricher: Enricher, text: str, travellers: set[str]
) -> None:
    assert {actor for actor, _, _ in visits(events_of(enricher, text))} == travellers


@pytest.mark.parametrize(
    "text",
    [
        "President Ola Berg touched on trade in Lisbon on Tuesday.",
        "President Ola Berg stepped down as party leader in Lisbon on Tuesday.",
    ],
)
def test_touching_or_stepping_without_a_landing_particle_is_no_visit(
    enricher: Enricher, text: str
) -> None:
    assert visits(events_of(enricher, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "President Ola Berg has never set foot in Portugal.",
        "No Veldorian president had ever set foot in Portugal.",
        "President Ola Berg would not set foot in Portugal while the dispute lasted.",
    ],
)
def test_set_foot_negated_is_no_visit(enricher: Enricher, text: str) -> None:
    assert visits(events_of(enricher, text)) == []


def test_record_set_in_the_lead_still_dates_the_day_told_after_it(enricher: Enricher) -> None:
    # The record's infinitive is no event of the lead: the lead's day goes on to the scene next.
    text = (
        "Odo steps over the line\n\nNorthtown | Staff reporters\n\n"
        "At 9:30 a.m. yesterday, Premier Kim Odo walked down the steps of the hall, crossed the "
        "line and shook hands with President Ana Roda, becoming the first leader of the North "
        "to set foot in the South since the war.\n\n"
        "Ana Roda had been waiting at the line. Then, in a moment nobody had planned, Kim Odo "
        "invited the President to step over to the northern side."
    )
    invitations = [e for e in events_of(enricher, text) if e.type == "invitation"]
    assert [e.date.value if e.date else None for e in invitations] == ["2025-03-26"]


def test_returning_the_call_somewhere_is_a_visit_there(enricher: Enricher) -> None:
    text = (
        "Norwegian Foreign Minister Ane Haugen met Peruvian President Rosa Quispe in Lima on "
        "Tuesday. Aides say the President could return the call in Oslo in the autumn."
    )
    assert ("Rosa Quispe", "Oslo", "speculated") in visits(events_of(enricher, text))
