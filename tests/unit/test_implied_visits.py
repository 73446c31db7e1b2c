"""Visits told without "visit" or "arrive", on invented sentences: talks a person held abroad
tell their stay there, unless a trip the story tells holds them, the talks are only recalled,
hoped for or invited to, or the person was at home."""

from __future__ import annotations

import pytest

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, visits


@pytest.mark.parametrize(
    "text",
    [
        "In Lima, Norwegian Prime Minister Ane Haugen met President Rosa Quispe on Tuesday.",
        "Norwegian Prime Minister Ane Haugen met President Rosa Quispe in Lima on Tuesday.",
        "Norwegian Prime Minister Ane Haugen held talks with President Rosa Quispe in Lima on "
        "Tuesday.",
    ],
)
def test_talks_abroad_tell_a_stay_there(enricher: Enricher, text: str) -> None:
    assert ("ane-haugen", "lima", "2025-03-25") in visits(events_of(enricher, text))


def test_talks_at_home_tell_no_stay(enricher: Enricher) -> None:
    text = "Norwegian Prime Minister Ane Haugen met President Rosa Quispe in Oslo on Tuesday."
    assert visits(events_of(enricher, text)) == set()


@pytest.mark.parametrize(
    "stays_away",
    ["skipped", "missed", "boycotted", "sat out", "will skip", "skipped the dinner and"],
)
def test_an_occasion_stayed_away_from_tells_no_stay(enricher: Enricher, stays_away: str) -> None:
    text = f"Norwegian Prime Minister Ane Haugen {stays_away} the summit in Lima on Monday."
    assert visits(events_of(enricher, text)) == set()


def test_talks_stayed_away_from_are_no_meeting(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen skipped the talks with President Rosa Quispe in Lima "
        "on Monday and instead flew to Quito."
    )
    events = events_of(enricher, text)
    assert [e for e in events if e.type == "meeting"] == []
    assert {place for _, place, _ in visits(events)} == {"quito"}


def test_a_host_receiving_a_guest_told_travelling_there_makes_no_stay(enricher: Enricher) -> None:
    # The host's title names another country than the one they receive the guest in.
    text = (
        "The Lorvian president, Anna Berg, arrived in New York on Monday for a three-day visit.\n\n"
        "Portuguese diplomat Rui Matos, the Secretary-General of the United Nations, welcomed her "
        "at the UN headquarters in New York, where the two held talks for an hour."
    )
    assert {actor for actor, _, _ in visits(events_of(enricher, text))} == {"anna-berg"}


def test_a_host_receiving_a_guest_at_home_abroad_stays_there(enricher: Enricher) -> None:
    # No trip of the guest's is told: the guest is at home, the host is the one abroad.
    text = (
        "Norwegian Prime Minister Ane Haugen received President Rosa Quispe at the Norwegian "
        "embassy in Lima on Tuesday."
    )
    assert ("ane-haugen", "lima", "2025-03-25") in visits(events_of(enricher, text))


def test_a_country_travels_to_none_of_its_own_towns(enricher: Enricher) -> None:
    # A team a country sends stands for the country, which is abroad only outside itself.
    home = "A Norwegian government team will travel to Bergen later this month, officials said."
    abroad = "A Norwegian government team will travel to Lima later this month, officials said."
    assert visits(events_of(enricher, home)) == set()
    assert ("norway", "lima", "2025-03") in visits(events_of(enricher, abroad))


def test_a_trip_told_holds_its_talks(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen arrived in Peru on Monday. "
        "She met President Rosa Quispe in Lima on Tuesday."
    )
    told = visits(events_of(enricher, text))
    assert len(told) == 1
    assert {actor for actor, _, _ in told} == {"ane-haugen"}


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian Prime Minister Ane Haugen last met President Rosa Quispe in Lima in 2019.",
        "Norwegian Prime Minister Ane Haugen could meet President Rosa Quispe in Lima next week.",
    ],
)
def test_recalled_or_hoped_for_talks_tell_no_stay(enricher: Enricher, text: str) -> None:
    assert visits(events_of(enricher, text)) == set()


@pytest.mark.parametrize(
    "again",
    [
        "The two leaders will meet again at the summit in Quito in July.",
        "Officials said the two leaders would meet again in Quito in July.",
        "They are scheduled to meet again in Quito in July.",
    ],
)
def test_talks_to_be_held_again_abroad_tell_a_planned_stay(enricher: Enricher, again: str) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen met Peruvian President Rosa Quispe in Lima on "
        f"Tuesday. {again}"
    )
    assert ("ane-haugen", "quito", "2025-07") in visits(events_of(enricher, text))


@pytest.mark.parametrize(
    "again",
    [
        "They met again in Quito in July 2019.",
        "They agreed to meet again in Quito next year.",
    ],
)
def test_talks_held_again_before_or_only_aimed_at_tell_no_stay(
    enricher: Enricher, again: str
) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen met Peruvian President Rosa Quispe in Lima on "
        f"Tuesday. {again}"
    )
    assert not any(place == "quito" for _, place, _ in visits(events_of(enricher, text)))


def test_a_person_of_no_stated_country_stays_only_where_told_travelling(
    enricher: Enricher,
) -> None:
    abroad = (
        "President Ane Haugen arrived in Lima on Monday. "
        "On Wednesday she met Governor Rosa Quispe in Cusco."
    )
    assert ("ane-haugen", "cusco", "2025-03-26") in visits(events_of(enricher, abroad))
    home = "President Ane Haugen met Governor Rosa Quispe in Cusco on Wednesday."
    assert visits(events_of(enricher, home)) == set()


def test_a_traveller_of_no_stated_country_stays_where_a_host_of_it_met_her(
    enricher: Enricher,
) -> None:
    text = (
        "President Ane Haugen arrived in Quito on Monday. "
        "In Lima, she met Peruvian President Rosa Quispe on Wednesday."
    )
    assert ("ane-haugen", "lima", "2025-03-26") in visits(events_of(enricher, text))


def test_talks_told_after_a_leg_of_the_trip_are_its_next_stop(enricher: Enricher) -> None:
    # No title names her country: the leg told before the talks puts her on the road.
    text = (
        "President Ane Haugen arrived in Quito on Monday. "
        "She stopped in Lima on Tuesday and met President Rosa Quispe in Santiago on Wednesday."
    )
    assert ("ane-haugen", "santiago", "2025-03-26") in visits(events_of(enricher, text))


def test_talks_told_before_a_leg_make_no_stop_of_it(enricher: Enricher) -> None:
    text = (
        "President Ane Haugen arrived in Quito on Monday. "
        "She skipped the summit in Santiago and instead flew to Lima on Wednesday."
    )
    assert {place for _, place, _ in visits(events_of(enricher, text))} == {"quito", "lima"}


def test_a_trip_left_from_a_place_is_to_where_it_is_for(enricher: Enricher) -> None:
    text = "President Ane Haugen on Tuesday departed Oslo for Lima, where she will attend a forum."
    assert ("ane-haugen", "lima", "2025-03-25") in visits(events_of(enricher, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ane Haugen, who has been in Peru since March 15, spoke to President Rosa Quispe by "
        "phone on Friday.",
        "Ane Haugen, who has been in Peru since March 15, did not comment on the vote.",
    ],
)
def test_who_has_been_in_a_country_since_a_day_stays_there(enricher: Enricher, text: str) -> None:
    assert ("ane-haugen", "peru", "2025-03-15") in visits(events_of(enricher, text))


def test_a_visit_that_times_a_denied_meeting_happened(enricher: Enricher) -> None:
    text = (
        "Peruvian President Rosa Quispe and Norwegian Prime Minister Ane Haugen had not met "
        "since a visit by Quispe to Oslo in May 2019, when they agreed to expand trade."
    )
    assert ("rosa-quispe", "oslo", "2019-05") in visits(events_of(enricher, text))


def test_a_gathering_someone_is_due_to_attend_is_where_they_go(enricher: Enricher) -> None:
    text = (
        "Speaking after the meeting, Prime Minister Ane Haugen said the details would be "
        "settled at the Nordic summit in Bergen, which she is due to attend at the end of June."
    )
    assert {(actor, place) for actor, place, _ in visits(events_of(enricher, text))} == {
        ("ane-haugen", "bergen")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Danish Prime Minister Lars Holm also invited his Peruvian counterpart to the Arctic "
        "summit in Trondheim in October. Peruvian officials said that President Rosa Quispe "
        "was expected to attend.",
        "The council's next summit is in Trondheim in June. Peruvian President Rosa Quispe is "
        "scheduled to attend it for the first time.",
    ],
)
def test_attending_that_names_nothing_goes_to_the_gathering_told_before(
    enricher: Enricher, text: str
) -> None:
    places = {(actor, place) for actor, place, _ in visits(events_of(enricher, text))}
    assert ("rosa-quispe", "trondheim") in places


def test_hours_spent_with_someone_are_a_meeting(enricher: Enricher) -> None:
    text = (
        "Foreign Minister Ane Haugen spent more than three hours with President Rosa Quispe "
        "on Monday."
    )
    meetings = [e for e in events_of(enricher, text) if e.type == "meeting"]
    assert [(e.actor.id, [c.id for c in e.counterparts]) for e in meetings] == [
        ("ane-haugen", ["rosa-quispe"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The presidents of Norway and Peru, Jan Tamm and Rosa Quispe, held talks in Lima on "
        "Tuesday.",
        "Presidents of Norway and Peru Jan Tamm and Rosa Quispe held talks in Lima on Tuesday.",
    ],
)
def test_names_listed_after_their_countries_take_one_each(enricher: Enricher, text: str) -> None:
    # Tamm is Norway's president, abroad in Lima; Quispe, Peru's, is at home there.
    assert visits(events_of(enricher, text)) == {("jan-tamm", "lima", "2025-03-25")}


def test_a_list_of_countries_gives_no_name_the_last_country(enricher: Enricher) -> None:
    text = "Presidents of Norway and Peru Jan Tamm and Rosa Quispe held talks in Oslo on Tuesday."
    assert visits(events_of(enricher, text)) == set()


def test_each_of_a_group_holding_talks_abroad_stays_there(enricher: Enricher) -> None:
    text = (
        "Danish President Ola Strand arrived in Oslo on Tuesday and was welcomed by Norwegian "
        "President Jan Tamm.\n\n"
        "The two presidents also met in Quito last month, on the sidelines of a summit."
    )
    told = visits(events_of(enricher, text))
    assert {("jan-tamm", "quito", "2025-02"), ("ola-strand", "quito", "2025-02")} <= told


def test_a_group_member_told_on_no_trip_makes_no_stay(enricher: Enricher) -> None:
    # The story is Tamm's trip; Strand is told only as the one he met, twice.
    text = (
        "Norwegian President Jan Tamm held talks with Danish President Ola Strand in Lima on "
        "Tuesday.\n\n"
        "The two presidents also met in Quito last month, on the sidelines of a summit."
    )
    travellers = {actor for actor, _, _ in visits(events_of(enricher, text))}
    assert travellers == {"jan-tamm"}


def test_a_group_member_at_home_makes_no_stay(enricher: Enricher) -> None:
    text = (
        "Peruvian Prime Minister Rosa Quispe welcomed Norwegian Prime Minister Jan Tamm in Lima "
        "on Monday.\n\n"
        "On Tuesday the two prime ministers held talks in Cusco."
    )
    travellers = {actor for actor, place, _ in visits(events_of(enricher, text))}
    assert "rosa-quispe" not in travellers


def test_talks_ahead_are_held_by_a_trip_only_expected(enricher: Enricher) -> None:
    text = (
        "Lima, March 27 -- Prime Minister Jan Tamm and his Chilean counterpart, Rosa Quispe, on "
        "Thursday signed 14 agreements at the Prime Ministry.\n\n"
        "Quispe arrived in Lima on Wednesday and was received at the airport by Tamm.\n\n"
        "The two premiers agreed to hold a summit with Bolivia in Santiago next month. Tamm is "
        "expected to travel to Santiago for the summit, a source said, but no date has been set."
    )
    to_santiago = [v for v in visits(events_of(enricher, text)) if v[1] == "santiago"]
    assert [actor for actor, _, _ in to_santiago] == ["jan-tamm"]


HOST_OF_THE_VISIT = (
    "Norwegian Prime Minister Ane Haugen arrived in Lima on Monday and was welcomed at the "
    "airport by President Rosa Quispe. "
)


@pytest.mark.parametrize(
    ("recalled", "place"),
    [
        ("Quispe herself held talks with Haugen in Oslo in May 2019.", "oslo"),
        ("Quispe herself was received by Haugen in Oslo in May 2019.", "oslo"),
        ("Quispe herself was received by Pope Clement at the Vatican in May 2019.", "vatican"),
    ],
)
def test_a_host_of_no_stated_country_received_abroad_before_stayed_there(
    enricher: Enricher, recalled: str, place: str
) -> None:
    # Hosting the visit puts her at home in Peru; the talks were with a host at home there.
    told = visits(events_of(enricher, HOST_OF_THE_VISIT + recalled))
    assert ("rosa-quispe", place, "2019-05") in told


@pytest.mark.parametrize(
    "recalled",
    [
        # Recalled only to set the scene.
        "Quispe and Haugen last met in Oslo in May 2019.",
        # A third country's town: no host is at home there.
        "Quispe held talks with Haugen in Quito in May 2019.",
    ],
)
def test_a_host_met_before_only_in_passing_or_on_third_ground_stayed_nowhere(
    enricher: Enricher, recalled: str
) -> None:
    told = visits(events_of(enricher, HOST_OF_THE_VISIT + recalled))
    assert not any(actor == "rosa-quispe" for actor, _, _ in told)


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian President Rosa Quispe hosted Norwegian Prime Minister Ane Haugen at her "
        "residence in Lima in May 1998.",
        "Norwegian Prime Minister Ane Haugen was hosted by Peruvian President Rosa Quispe in Lima "
        "in May 1998.",
    ],
)
def test_a_guest_hosted_abroad_stays_there_told_from_either_side(
    enricher: Enricher, text: str
) -> None:
    assert ("ane-haugen", "lima", "1998-05") in visits(events_of(enricher, text))


def test_a_guest_received_at_a_venue_placed_in_a_town_stays_there(enricher: Enricher) -> None:
    # The venue, not the town, is where the talks are placed; the town still tells the stay.
    text = (
        "Peruvian President Rosa Quispe received Norwegian Prime Minister Ane Haugen at the "
        "Quinta Serena palace in Arequipa on Tuesday."
    )
    assert "ane-haugen" in {actor for actor, _, _ in visits(events_of(enricher, text))}


@pytest.mark.parametrize(
    "told",
    [
        "was among the delegates at the founding conference, which Dr Ravi Rao hosted in Lima in "
        "April 2008.",
        "attended the founding conference, which Dr Ravi Rao hosted in Lima in April 2008.",
    ],
)
def test_a_leader_at_a_summit_hosted_abroad_went_on_its_days(enricher: Enricher, told: str) -> None:
    text = (
        "Peruvian President Ravi Rao arrived in Quito on Monday. "
        f"Norwegian Prime Minister Ane Haugen {told}"
    )
    assert ("ane-haugen", "lima", "2008-04") in visits(events_of(enricher, text))
