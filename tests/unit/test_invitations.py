"""Whom an invitation asks, told by the noun: extended to someone, or travelled on.

Invented sentences with real-style names, read with the real model.
"""

from __future__ import annotations

import pytest

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, told


def test_an_invitation_extended_to_someone_invites_them(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Chilean President Ana Lindqvist extended an invitation to President Bo Tamayo to "
        "visit Chile.",
    )
    assert {(actor, guests) for actor, guests, _ in told(events, "invitation")} == {
        ("ana-lindqvist", ("bo-tamayo",))
    }


def test_an_invitation_to_a_place_names_no_invitee(enricher: Enricher) -> None:
    events = events_of(enricher, "President Ana Lindqvist extended an invitation to Chile.")
    assert not [e for e in events if e.type == "invitation" and e.counterparts]


def test_a_visit_at_the_invitation_of_a_host_is_an_invitation_of_the_traveller(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Pope Leo, who arrived in Lima on Monday at the start of a three-day visit to Peru at "
        "the invitation of President Bo Tamayo, also attended a mass in the city.",
    )
    assert {(actor, guests) for actor, guests, _ in told(events, "invitation")} == {
        ("bo-tamayo", ("leo",))
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "She came at the invitation of her counterpart.",
        "Marek is visiting on the invitation of her host.",
        "The visitor came at the invitation of her host.",
    ],
)
def test_a_trip_made_at_the_invitation_of_a_host_told_by_role_is_the_host_s_invitation(
    enricher: Enricher, sentence: str
) -> None:
    events = events_of(
        enricher,
        "Chancellor Tove Marek of Sarnia flew into Kellby on Monday for talks with Prime "
        f"Minister Oskar Velt. {sentence}",
    )
    assert told(events, "invitation") == {("oskar-velt", ("tove-marek",), "kellby")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The visit is being made at the invitation of Prime Minister Mira Sol.",
        "The trip came at the invitation of Prime Minister Mira Sol, who had flown to Norlund.",
        "The visit is at the invitation of Prime Minister Mira Sol and her government.",
    ],
)
def test_the_visit_told_before_taken_up_at_an_invitation_is_the_traveller_s(
    enricher: Enricher, sentence: str
) -> None:
    events = events_of(
        enricher,
        "President Arvo Lind of Norlund arrived in Velmar on Monday for a three-day state "
        f"visit. Lind held talks with Prime Minister Mira Sol on Tuesday. {sentence}",
    )
    assert told(events, "invitation") == {("mira-sol", ("arvo-lind",), "velmar")}


@pytest.mark.parametrize("made", ["extended by President Jon Lund", "that President Jon Lund sent"])
def test_an_invitation_the_visit_follows_is_made_by_who_extended_it(
    enricher: Enricher, made: str
) -> None:
    events = events_of(
        enricher,
        f"Pope Leo arrived in Vienna on Saturday. The visit followed an invitation {made} in "
        "a message last spring.",
    )
    assert told(events, "invitation") == {("jon-lund", ("leo",), "vienna")}


def test_an_invitation_taken_up_sets_up_no_pair_with_the_one_who_asked(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Ivo Brandt and his wife Rasa Brandt arrived in Lima on Tuesday for a state "
        "visit at the invitation of President Bo Tamayo. They were welcomed at the airport by "
        "Foreign Minister Elin Saro.",
    )
    hosts = {c.id for e in events if e.type == "visit" for c in e.counterparts}
    assert hosts == {"elin-saro"}


def test_an_invitation_is_not_dated_by_talks_that_led_up_to_the_story(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Foreign Minister Ivo Brandt held talks with President Bo Tamayo in Lima on Friday.\n\n"
        "Brandt flew to Lima from Quito, where he had met President Rui Morales on Wednesday.\n\n"
        "Trade between the two countries has doubled in five years.\n\n"
        "Officials expect a rise in exports of salmon and copper.\n\n"
        "Brandt extended an invitation to Tamayo to visit Oslo.",
    )
    (invitation,) = [e for e in events if e.type == "invitation"]
    # Wednesday is the day of the talks in Quito, told in the past perfect as background.
    assert invitation.date is None or invitation.date.value != "2025-03-26"


@pytest.mark.parametrize(
    "gathering",
    [
        "the summit that Norway will host in Bergen in May",
        "take part in the forum that Norway will host in Bergen in May",
        "the forum, which will be held in Bergen in May",
    ],
)
def test_an_invitation_to_a_gathering_is_where_a_clause_says_it_is_held(
    enricher: Enricher, gathering: str
) -> None:
    events = events_of(
        enricher, f"President Jon Lund of Norway invited Prime Minister Ane Haugen to {gathering}."
    )
    (invitation,) = [e for e in events if e.type == "invitation"]
    assert invitation.location is not None and invitation.location.name == "Bergen"


def test_an_invitation_to_a_gathering_a_city_hosts_is_to_that_city(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ane Haugen accepted an invitation from Chancellor Jon Lund to attend the "
        "annual energy conference, which Oslo will host next month.",
    )
    (invitation,) = [e for e in events if e.type == "invitation"]
    assert invitation.location is not None and invitation.location.name == "Oslo"


@pytest.mark.parametrize(
    "text",
    [
        "President Bo Tamayo of Peru arrived in Lima on Monday for a three-day state visit. "
        "Tamayo came at the invitation of President Ana Lindqvist, the ministry said.",
        "Chancellor Ane Haugen will visit Lima in May. She goes at Lindqvist's invitation.",
    ],
)
def test_a_trip_taken_up_that_names_no_place_is_the_invitee_s_trip_told_before(
    enricher: Enricher, text: str
) -> None:
    (invitation,) = [e for e in events_of(enricher, text) if e.type == "invitation"]
    assert invitation.location is not None and invitation.location.name == "Lima"


def test_an_invitation_to_a_gathering_told_by_which_is_to_where_it_is_held(
    enricher: Enricher,
) -> None:
    text = (
        "Ghanaian President Kofi Mensah arrived in Oslo on Monday. Mensah will travel to Osaka "
        "later this month for the summit, to which Prime Minister Taro Sato invited him."
    )
    assert told(events_of(enricher, text), "invitation") == {
        ("taro-sato", ("kofi-mensah",), "osaka")
    }


def test_an_invitation_taken_up_by_saying_one_would_go_is_a_trip_then(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Taro Sato invited President Kofi Mensah to visit Japan, and Mensah "
        "said he would go early next year."
    )
    trips = {
        (e.actor.id, e.location.id if e.location else None, e.date.value if e.date else None)
        for e in events_of(enricher, text)
        if e.type == "visit" and e.status.value == "planned"
    }
    assert trips == {("kofi-mensah", "japan", "2026")}


def test_a_title_accepting_and_saying_he_would_go_is_the_invitee_s_trip(
    enricher: Enricher,
) -> None:
    text = (
        "President Lars Lund of Norway arrived in Ghana yesterday for talks with President Ade "
        "Okafor. During the talks the visitor invited Field Marshal Okafor to visit Norway, and "
        "the Field Marshal accepted, saying he hoped to make the journey next year, officials "
        "said."
    )
    trips = {
        (e.actor.id, e.location.id if e.location else None, e.date.value if e.date else None)
        for e in events_of(enricher, text)
        if e.type == "visit" and e.status.value == "planned"
    }
    assert trips == {("ade-okafor", "norway", "2026")}


def test_an_invitation_taken_up_on_a_condition_is_a_trip_that_may_be_made(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Taro Sato invited President Kofi Mensah to visit Japan in November, and "
        "Mensah said he would come if the security situation allowed."
    )
    statuses = {e.status.value for e in events_of(enricher, text) if e.type == "visit"}
    assert statuses == {"speculated"}


@pytest.mark.parametrize(
    "text",
    [
        "Queen Ingrid also invited President Kofi Mensah to pay a state visit to Denmark.",
        "Prime Minister Jon Berg is expected to invite President Kofi Mensah to make an "
        "official visit to Peru.",
        "President Eva Gruber of Chile had sent invitations last week to President Kofi Mensah "
        "and Governor Ana Ruiz to visit Peru.",
    ],
)
def test_a_visit_only_asked_for_is_no_trip_of_the_invitee(enricher: Enricher, text: str) -> None:
    assert not [e for e in events_of(enricher, text) if e.type == "visit"]


@pytest.mark.parametrize(
    "text",
    [
        "Queen Ingrid invited President Kofi Mensah to pay a state visit to Denmark, which "
        "officials said would take place in the autumn.",
        "Queen Ingrid invited President Kofi Mensah to visit Denmark, which officials said "
        "would take place in the autumn.",
        "Queen Ingrid invited President Kofi Mensah to visit Denmark. The invitation was "
        "accepted, and dates will be set later, the palace said.",
    ],
)
def test_a_visit_asked_for_and_told_as_taken_up_is_a_planned_trip(
    enricher: Enricher, text: str
) -> None:
    trips = {
        (e.actor.id, e.location.id if e.location else None)
        for e in events_of(enricher, text)
        if e.type == "visit"
    }
    assert trips == {("kofi-mensah", "denmark")}


def test_an_invitation_only_asked_about_makes_no_trip(enricher: Enricher) -> None:
    text = (
        "Queen Ingrid invited President Kofi Mensah to visit Denmark. Nobody would say whether "
        "the invitation was accepted."
    )
    assert not [e for e in events_of(enricher, text) if e.type == "visit"]


def test_an_invitee_told_as_the_host_is_named_by_the_one_who_accepts(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Ivo Brandt of Chile held talks with Kazakh President Bo Tamayo in Astana on "
        "Tuesday. Brandt invited his host to visit Chile next year, and the Kazakh leader "
        "accepted, his press service said.",
    )
    # Brandt's own trip to Astana, read off his talks with a Kazakh host, is no invitation's.
    trips = {
        (e.actor.id, e.location.id if e.location else None, e.status)
        for e in events
        if e.type == "visit" and e.status != "occurred"
    }
    assert trips == {("bo-tamayo", "chile", "planned")}


def test_an_acceptance_the_parser_hangs_beside_the_invitation_still_takes_it_up(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "During today's talks Brandt invited Tamayo to pay a state visit to Chile next year, "
        "and the Kazakh leader accepted the invitation, the press service said.",
    )
    trips = {
        (e.actor.id, e.location.id if e.location else None) for e in events if e.type == "visit"
    }
    assert trips == {("tamayo", "chile")}


def test_a_trip_asked_for_during_talks_is_not_held_on_their_day(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Foreign Minister Einar Thorsson held talks with Prime Minister Jonas Lund in Oslo on "
        "Tuesday. During Tuesday's talks, Lund invited Thorsson to pay a state visit to Norway, "
        "and he accepted.",
    )
    (invitation,) = [e for e in events if e.type == "invitation"]
    assert invitation.date is not None and invitation.date.value == "2025-03-25"
    planned = [e for e in events if e.type == "visit" and e.status == "planned"]
    assert planned and all(trip.date is None for trip in planned)


def test_an_invitation_made_is_not_dated_by_the_time_ahead_it_invites_to(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Ane Haugen invited Prime Minister Olaf Berg to visit Norway next year.",
    )
    (invitation,) = [e for e in events if e.type == "invitation"]
    assert invitation.status == "occurred"
    assert invitation.date is None or invitation.date.value != "2026"


@pytest.mark.parametrize(
    ("taken_up", "year"),
    [
        ("and Berg accepted, saying he hoped to go early next year", "2026"),
        ("and the Prime Minister accepted, saying he would go later this year", "2025"),
        ("and he accepted for next year, officials said", "2026"),
        ("and the Prime Minister accepted; officials said he will go next year", "2026"),
    ],
)
def test_a_trip_invited_to_is_made_when_the_accepting_clause_says(
    enricher: Enricher, taken_up: str, year: str
) -> None:
    events = events_of(
        enricher,
        "During the talks President Ane Haugen invited Prime Minister Olaf Berg to pay a state "
        f"visit to Norway, {taken_up}.",
    )
    planned = [e for e in events if e.type == "visit" and e.status == "planned"]
    assert [trip.date.value if trip.date else None for trip in planned] == [year]


@pytest.mark.parametrize(
    "taken_up", ["and Berg accepted on Friday", "and Berg accepted, telling reporters on Friday"]
)
def test_a_trip_invited_to_is_not_dated_by_a_past_day_of_accepting(
    enricher: Enricher, taken_up: str
) -> None:
    events = events_of(
        enricher,
        "During the talks President Ane Haugen invited Prime Minister Olaf Berg to visit Norway, "
        f"{taken_up} that he was honoured.",
    )
    planned = [e for e in events if e.type == "visit" and e.status == "planned"]
    assert planned and all(trip.date is None for trip in planned)


def test_the_invitee_visits_when_the_parser_reads_the_invitation_as_a_purpose(
    enricher: Enricher,
) -> None:
    # "Invited Y today to visit Z": the word between may lead the parser to hang "to visit" on
    # "invited" as the inviter's purpose; the invitee is still the one asked to go.
    text = (
        "Chancellor Otto Kessler held talks with Prime Minister Ane Haugen in Oslo on Monday.\n\n"
        'Mr Kessler invited Mrs Haugen today to visit Vienna, and she accepted "when '
        'circumstances allow", a spokesman said.'
    )
    trips = {(actor, place) for actor, _, place in told(events_of(enricher, text), "visit")}
    assert trips == {("ane-haugen", "vienna")}


@pytest.mark.parametrize(
    "text",
    [
        "At Monday's session, President Ane Haugen invited Prime Minister Jonas Lund to visit "
        "Oslo, and Lund accepted.",
        "President Ane Haugen invited Prime Minister Jonas Lund today to visit Oslo, and he "
        "accepted.",
        "Prime Minister Jonas Lund held talks with President Ane Haugen in Lima yesterday. "
        "During the visit Haugen invited Lund to visit Oslo again at a convenient time, and Lund "
        "accepted.",
    ],
)
def test_a_trip_invited_to_takes_no_time_of_the_inviting(enricher: Enricher, text: str) -> None:
    trips = [
        e
        for e in events_of(enricher, text)
        if e.type == "visit" and e.location is not None and e.location.name == "Oslo"
    ]
    assert trips
    assert all(trip.date is None for trip in trips)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "President Ane Haugen invited Prime Minister Olaf Berg to Oslo, and the Prime "
            "Minister accepted for later this year.",
            "2025",
        ),
        (
            "During the talks President Ane Haugen invited Prime Minister Olaf Berg to a summit "
            "of Nordic leaders in Oslo next year, and Berg accepted, his office said.",
            "2026",
        ),
        ("President Ane Haugen invited Prime Minister Olaf Berg to Oslo, and he accepted.", None),
        (
            "President Ane Haugen invited Prime Minister Olaf Berg to Oslo. The invitation was "
            "accepted.",
            None,
        ),
    ],
)
def test_an_invitation_to_a_place_taken_up_is_the_invitee_s_planned_trip_there(
    enricher: Enricher, text: str, year: str | None
) -> None:
    assert _trips(enricher, text) == {("olaf-berg", "oslo", "planned", year)}


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "President Ane Haugen invited Prime Minister Olaf Berg to the harvest festival in "
            "Bergen in September, and Berg accepted at once.",
            "2025-09",
        ),
        (
            "President Ane Haugen invited Prime Minister Olaf Berg to Bergen on Monday, and "
            "Berg accepted.",
            None,
        ),
    ],
)
def test_a_time_hung_on_the_inviting_verb_after_the_place_times_the_trip_taken_up(
    enricher: Enricher, text: str, when: str | None
) -> None:
    # The parser may hang the month told after the occasion invited to on "invited"; a month
    # still ahead there is the trip's, while a day there stays the inviting's.
    assert _trips(enricher, text) == {("olaf-berg", "bergen", "planned", when)}


@pytest.mark.parametrize(
    "text",
    [
        "President Ane Haugen invited Prime Minister Olaf Berg to Oslo.",
        "President Ane Haugen invited Prime Minister Olaf Berg to Oslo, but Berg has not accepted.",
        "President Ane Haugen said she would invite Prime Minister Olaf Berg to Oslo, and that "
        "she would also travel to Bergen.",
    ],
)
def test_an_invitation_to_a_place_not_taken_up_is_no_trip_of_the_invitee(
    enricher: Enricher, text: str
) -> None:
    events = events_of(enricher, text)
    assert not [e for e in events if e.type == "visit" and e.actor.id == "olaf-berg"]


@pytest.mark.parametrize(
    ("taken_up", "status", "year"),
    [
        ("and the Prime Minister is expected to go early next year", "speculated", "2026"),
        ("and diplomats said he may return later this year", "speculated", "2025"),
        ("and Berg said he hoped to go some time next year", "planned", "2026"),
    ],
)
def test_a_going_told_only_as_expected_or_hoped_takes_an_invitation_up(
    enricher: Enricher, taken_up: str, status: str, year: str
) -> None:
    text = f"President Ane Haugen invited Prime Minister Olaf Berg to visit Norway, {taken_up}."
    assert _trips(enricher, text) == {("olaf-berg", "norway", status, year)}


def _trips(enricher: Enricher, text: str) -> set[tuple[str, str | None, str, str | None]]:
    """Each visit read from the text as (traveller, place, status, date)."""
    return {
        (
            e.actor.id,
            e.location.id if e.location else None,
            e.status,
            e.date.value if e.date else None,
        )
        for e in events_of(enricher, text)
        if e.type == "visit"
    }


@pytest.mark.parametrize(
    "asked",
    [
        "President Maren Osei invited King Harald Moe to become the first monarch to visit Ghana.",
        "President Maren Osei invited King Harald Moe to return to Ghana for a state visit to "
        "the capital.",
    ],
)
def test_a_trip_told_deeper_in_what_an_invitation_asks_for_is_not_made(
    enricher: Enricher, asked: str
) -> None:
    events = events_of(enricher, asked)
    assert told(events, "visit") == set()
    assert {actor for actor, _, _ in told(events, "invitation")} == {"maren-osei"}


@pytest.mark.parametrize(
    ("asked", "place"),
    [
        ("Yesterday Berg invited the farmer to visit Stockholm.", "stockholm"),
        # A trip asked to be made again goes where the traveller went before.
        ("Yesterday Berg invited the farmer to come again.", "berlin"),
    ],
)
def test_a_trip_told_by_one_accepting_the_invitation_before_is_the_trip_invited_to(
    enricher: Enricher, asked: str, place: str
) -> None:
    text = (
        "ALBY, Ia. - Chancellor Jon Berg spent four hours on the Tomas Halvorsen farm here "
        "Wednesday, arguing cheerfully with his host about the price of hogs.\n\n"
        "Halvorsen first went to Germany in 2015, when he met Berg in Berlin and talked him "
        "into planting corn.\n\n"
        f"{asked} Halvorsen accepted, and said he would make the trip next summer."
    )
    trips = {(actor, where, status) for actor, where, status, _ in _trips(enricher, text)}
    assert ("tomas-halvorsen", place, "planned") in trips


@pytest.mark.parametrize("likely", ["could take place", "might take place"])
def test_a_trip_accepted_is_dated_by_the_visit_told_again_as_likely(
    enricher: Enricher, likely: str
) -> None:
    text = (
        "Queen Ingrid invited President Kofi Mensah to visit Denmark, and he accepted, the "
        f"palace said. Officials said the visit {likely} in September."
    )
    trips = [e for e in events_of(enricher, text) if e.type == "visit"]
    assert [(e.location.id if e.location else None, e.date and e.date.value) for e in trips] == [
        ("denmark", "2025-09")
    ]


@pytest.mark.parametrize(
    ("role", "second"),
    [
        ("his host", "President Kofi Mensah of Ghana"),
        ("his Ghanaian counterpart", "President Kofi Mensah of Ghana"),
    ],
)
def test_an_invitee_told_by_role_is_whom_the_inviter_last_met(
    enricher: Enricher, role: str, second: str
) -> None:
    text = (
        f"President Lars Lund of Norway arrived in Accra on Monday and held talks with {second}. "
        f"Over dinner, Lund invited {role} to visit Oslo, and Mensah accepted."
    )
    assert told(events_of(enricher, text), "invitation") == {
        ("lars-lund", ("kofi-mensah",), "oslo")
    }


def test_invited_counterparts_are_all_whom_the_inviter_last_met(enricher: Enricher) -> None:
    text = (
        "Prime Minister Taro Sato met President Kofi Mensah and President Ade Okafor in Accra "
        "on Monday. When the talks were over, Sato invited his two counterparts to Osaka."
    )
    assert told(events_of(enricher, text), "invitation") == {
        ("taro-sato", ("ade-okafor", "kofi-mensah"), "osaka")
    }


@pytest.mark.parametrize(
    "handing",
    [
        "At the audience Lund conveyed to the King an invitation from President Jon Berg",
        "Lund handed the King a written invitation from President Jon Berg",
    ],
)
def test_an_invitation_handed_over_is_the_sender_s_to_whom_it_is_handed(
    enricher: Enricher, handing: str
) -> None:
    text = (
        "Prime Minister Lars Lund arrived in Rabat on Friday and was received by King Omar "
        f"Idris. {handing} to visit Norway."
    )
    assert {
        (actor, guests) for actor, guests, _ in told(events_of(enricher, text), "invitation")
    } == {("jon-berg", ("omar-idris",))}


def test_an_office_no_name_answers_to_is_held_by_the_one_the_inviter_met(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Arvo Lind of Norway arrived in Havana on Monday and held talks with Tomas "
        "Ferro. During the talks, Lind invited the Prime Minister to visit Norway.",
    )
    assert {(actor, guests) for actor, guests, _ in told(events, "invitation")} == {
        ("arvo-lind", ("tomas-ferro",))
    }


def test_an_invitee_told_by_office_is_the_one_who_accepts(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "At a lunch in Bergen on Friday, President Arvo Lind invited the Chilean leader to "
        "visit Norway, and President Ivo Brandt accepted.",
    )
    assert {(actor, guests) for actor, guests, _ in told(events, "invitation")} == {
        ("arvo-lind", ("ivo-brandt",))
    }


def test_an_invitation_accepted_from_no_one_named_was_made_by_the_host_met(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Norwegian President Arvo Lind held talks with Cuban President Ivo Brandt in Havana on "
        "Monday. Brandt accepted an invitation to visit Norway next year.",
    )
    assert {(actor, guests) for actor, guests, _ in told(events, "invitation")} == {
        ("arvo-lind", ("ivo-brandt",))
    }


def test_each_of_those_an_invitation_is_of_made_it(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ivo Brandt will pay official visits to Norway and Sweden next month at the "
        "invitation of Norwegian Prime Minister Arvo Lind and Swedish President Tomas Ferro.",
    )
    assert {(actor, guests) for actor, guests, _ in told(events, "invitation")} == {
        ("arvo-lind", ("ivo-brandt",)),
        ("tomas-ferro", ("ivo-brandt",)),
    }


@pytest.mark.parametrize(
    "asked",
    [
        "to attend the Vell summit in Kell in October",
        "to the harvest parade in Kell in May",
        "to his farm at Vik in the autumn",
    ],
)
def test_an_invitation_made_is_not_dated_by_the_month_of_the_trip_it_invites_to(
    enricher: Enricher, asked: str
) -> None:
    events = events_of(
        enricher,
        "President Ane Haugen held talks with Prime Minister Olaf Berg in Oslo on Tuesday. "
        f"Haugen invited Berg {asked}, and Berg accepted.",
    )
    (invitation,) = [e for e in events if e.type == "invitation"]
    assert invitation.date is not None and invitation.date.value == "2025-03-25"


@pytest.mark.parametrize(
    ("told", "when"),
    [
        ("first invited Berg to Norlund in 2016", "2016"),
        ("invited Berg to Norlund last month", "2025-02"),
        ("first invited Berg to address the assembly in a letter in January", "2025-01"),
    ],
)
def test_an_invitation_keeps_a_time_of_its_own_told_after_the_trip(
    enricher: Enricher, told: str, when: str
) -> None:
    events = events_of(enricher, f"President Ane Haugen {told}, officials said.")
    (invitation,) = [e for e in events if e.type == "invitation"]
    assert invitation.date is not None and invitation.date.value == when


@pytest.mark.parametrize(
    "sentence",
    [
        "The invitation had originally been extended by President Arvo Lind in 2017.",
        "The stop is a reply to an invitation extended by President Arvo Lind in May.",
        "President Arvo Lind extended the invitation on the sidelines of a trade fair in Peru.",
        "The trip takes up an invitation that President Arvo Lind delivered in writing.",
    ],
)
def test_an_invitation_made_to_no_one_named_is_to_the_story_s_traveller(
    enricher: Enricher, sentence: str
) -> None:
    events = events_of(
        enricher, f"Prime Minister Tove Halden arrived in Chile on Monday. {sentence}"
    )
    assert {(actor, guests) for actor, guests, _ in told(events, "invitation")} == {
        ("arvo-lind", ("tove-halden",))
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "President Arvo Lind handed Prime Minister Tove Halden an invitation to visit Chile.",
        "The invitation for Prime Minister Tove Halden to visit Chile was extended by President "
        "Arvo Lind last year.",
    ],
)
def test_an_invitation_handed_or_extended_by_its_maker_invites_the_one_named(
    enricher: Enricher, sentence: str
) -> None:
    assert {(a, g) for a, g, _ in told(events_of(enricher, sentence), "invitation")} == {
        ("arvo-lind", ("tove-halden",))
    }


def test_an_invitation_an_envoy_delivers_is_its_sender_s_to_whom_the_envoy_met(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Foreign Minister Kel Varro met Prime Minister Tove Halden on Monday. Varro also "
        "delivered an invitation from President Arvo Lind to the summit in Chile.",
    )
    assert {(actor, guests) for actor, guests, _ in told(events, "invitation")} == {
        ("arvo-lind", ("tove-halden",))
    }


@pytest.mark.parametrize(
    "giver",
    [
        "the Government of Peru and of the country's bishops",
        "the Peruvian Government",
        "the Government, which hopes the tour will ease tensions",
    ],
)
def test_an_invitation_given_by_a_government_is_its_state_s(enricher: Enricher, giver: str) -> None:
    events = events_of(
        enricher,
        "President Arvo Lind landed in Lima on Monday to begin a four-day tour of Peru. The "
        f"visitor is travelling at the invitation of {giver}.",
    )
    assert {(actor, guests) for actor, guests, _ in told(events, "invitation")} == {
        ("peru", ("arvo-lind",))
    }
