"""Parties told together: "the two prime ministers", "the three presidents", "both emirs".

Invented sentences with real-style names, read with the real model.
"""

from __future__ import annotations

import pytest

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, meetings, told, visits


def test_two_prime_ministers_are_the_premier_and_the_prime_minister_named(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Prime Minister Aina Solberg arrived in Vilnius on Monday at the invitation of "
        "Lithuanian Premier Tomas Kairys. She was received at the airport by Deputy Foreign "
        "Minister Rasa Petraitis.\n\n"
        "On Tuesday, the two prime ministers held talks at the Alder House.",
    )
    assert {"aina-solberg", "tomas-kairys"} in meetings(events)


def test_two_premiers_are_no_president_met_before(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Aina Solberg arrived in Zagreb on Thursday at the invitation of "
        "Croatian Premier Ivo Kovac and held talks with President Marek Horvat on Friday.\n\n"
        "The two premiers had already met briefly in Brussels in March.",
    )
    assert {"aina-solberg", "ivo-kovac"} in meetings(events)


def test_three_presidents_are_the_three_named_with_the_office(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Tomas Varga welcomed President Li Wei to Budapest on Monday.\n\n"
        "Ukrainian President Olena Marchenko is expected to visit Budapest next month.\n\n"
        "Diplomats say the three presidents could hold a trilateral meeting in Vienna in "
        "September.",
    )
    assert {"tomas-varga", "li-wei", "olena-marchenko"} in meetings(events)


def test_two_prime_ministers_with_one_named_make_no_meeting(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Aina Solberg arrived in Vilnius on Monday and was received at the "
        "airport by President Tomas Kairys.\n\n"
        "On Tuesday, the two prime ministers held talks at the Alder House.",
    )
    assert meetings(events) == []


def test_talks_at_an_office_named_building_are_there_not_with_its_holder(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Prime Minister Aina Solberg arrived in Vilnius on Monday at the invitation of "
        "Lithuanian Premier Tomas Kairys.\n\n"
        "On Tuesday, the two prime ministers held talks at the Prime Minister's Office.",
    )
    (talks,) = [e for e in events if e.type == "meeting"]
    assert talks.location is not None and talks.location.name == "Prime Minister's Office"


def test_evening_of_the_day_told_last_not_of_the_hosts_earlier_talks(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Daniel Okoro arrived in Accra on Monday and held talks with President "
        "Kwame Mensah.\n\n"
        "A curfew is in force in the north, where rebels attacked a village last month.\n\n"
        "On Wednesday Mr Okoro will tour a cocoa farm near Kumasi and meet Vice-President Ama "
        "Boateng. President Mensah will host a state banquet for him in the evening.",
    )
    (banquet,) = [e for e in events if e.type == "meeting" and e.actor.id == "kwame-mensah"]
    assert banquet.date is not None and banquet.date.text == "Wednesday"


# Offices printed with capitals in the plural, as many outlets print them: the tagger takes
# them for proper nouns, and they must still read as the group of holders.
CAPITALISED_GROUPS = [
    "On Tuesday, the two Prime Ministers held talks at the Alder House.",
    "On Tuesday, both Prime Ministers met at the Alder House.",
    "The two Prime Ministers will hold talks at the Alder House on Tuesday.",
    "On Tuesday, a meeting between the two Prime Ministers took place at the Alder House.",
]


@pytest.mark.parametrize("sentence", CAPITALISED_GROUPS)
def test_capitalised_plural_office_is_the_pair_named(enricher: Enricher, sentence: str) -> None:
    events = events_of(
        enricher,
        "Prime Minister Aina Solberg arrived in Vilnius on Monday at the invitation of "
        "Lithuanian Premier Tomas Kairys.\n\n" + sentence,
    )
    assert {"aina-solberg", "tomas-kairys"} in meetings(events)


def test_capitalised_plural_office_with_one_named_makes_no_meeting(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Aina Solberg arrived in Vilnius on Monday and was received at the "
        "airport by President Tomas Kairys.\n\n"
        "On Tuesday, the two Prime Ministers held talks at the Alder House.",
    )
    assert meetings(events) == []


def test_council_of_ministers_is_a_body_not_a_group_of_holders(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Aina Solberg arrived in Vilnius on Monday at the invitation of "
        "Lithuanian Premier Tomas Kairys.\n\n"
        "On Tuesday, the Nordic Council of Ministers met in Oslo.",
    )
    assert {"aina-solberg", "tomas-kairys"} not in meetings(events)


def test_two_prime_ministers_are_the_holders_not_whom_one_met_since(enricher: Enricher) -> None:
    text = (
        "Prime Minister Ivo Marek landed in Vadum on Tuesday and was greeted by Prime Minister "
        "Ana Lind.\n\nOn Wednesday Lind hosted Marek for talks at her office. Marek also met "
        "Tomas Berg, the boy whose parents died in the floods, at his hotel.\n\n"
        "On Thursday the two prime ministers are to drive to Bellport to see a new dam."
    )
    bellport = {
        actor for actor, place, _ in visits(events_of(enricher, text)) if place == "bellport"
    }
    assert bellport == {"ivo-marek", "ana-lind"}


def test_the_two_presidents_in_a_where_clause_are_the_joint_subjects_it_hangs_from(
    enricher: Enricher,
) -> None:
    # No visit is read from the stay (the parser reads the town as an organisation), so only
    # the sentence's own subjects tell who "the two presidents" are.
    text = (
        "Ivan Petrov and Arben Krasniqi spent Saturday in Ohrid, where the two presidents "
        "held talks on trade."
    )
    assert {"ivan-petrov", "arben-krasniqi"} in meetings(events_of(enricher, text))


def test_counterparts_spelt_out_after_a_comma_are_each_a_party(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ivo Marek of Lorvia arrived in Quito on Monday. He then held talks with Mr "
        "Varga and with his Chilean and Peruvian counterparts, Ana Lindqvist and Bo Tamayo, who "
        "travelled to Quito for the meeting.",
    )
    assert {"ivo-marek", "varga", "ana-lindqvist", "bo-tamayo"} in meetings(events)


def test_foreign_ministers_of_named_states_are_not_their_leaders(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Chilean President Rosa Talavera and Peruvian President Hugo Benavente met in Lima on "
        "Friday.\n\n"
        "On Saturday, the foreign ministers of Chile and Peru, Marta Vidal and Jorge Salinas, "
        "signed a fisheries accord in Cusco.",
    )
    assert told(events, "agreement") == {("marta-vidal", ("jorge-salinas",), "cusco")}


def test_leaders_of_named_states_travelling_are_the_leader_of_each(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Chilean President Rosa Talavera and Peruvian Prime Minister Hugo Benavente left Santiago "
        "on Sunday night.\n\n"
        "The leaders of Chile and Peru landed in Montevideo on Monday morning for a two-day stay.",
    )
    travellers = {actor for actor, place, _ in visits(events) if place == "montevideo"}
    assert travellers == {"rosa-talavera", "hugo-benavente"}


def test_leaders_of_a_state_the_story_names_no_one_of_travel_unknown(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Chilean President Rosa Talavera left Santiago on Sunday night.\n\n"
        "The leaders of Chile and Peru landed in Montevideo on Monday morning for a two-day stay.",
    )
    assert {actor for actor, place, _ in visits(events) if place == "montevideo"} == set()


def test_presidents_of_named_states_holding_talks_are_the_leader_of_each(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Chilean President Rosa Talavera flew to Montevideo on Sunday, a day after Peruvian "
        "President Hugo Benavente.\n\n"
        "The presidents of Chile and Peru held talks there on Monday morning.",
    )
    assert {"rosa-talavera", "hugo-benavente"} in meetings(events)


def test_two_presidents_signing_after_hours_of_talks_held_them(enricher: Enricher) -> None:
    # The parser hangs the talks on the hours by "of": the hours stand for them in the clause.
    events = events_of(
        enricher,
        "President Anton Berg of Norland arrived in Vellmar on Tuesday and was welcomed at the "
        "airport by President Maria Ostrova.\n\n"
        "The two presidents signed the accord at the Lindenhof palace after more than three "
        "hours of talks.",
    )
    assert {"anton-berg", "maria-ostrova"} in meetings(events)


def test_ministers_signing_after_two_rounds_of_talks_held_them(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Foreign Minister Lena Aalto and Foreign Minister Piet Vos signed a fisheries accord in "
        "Tallinn on Friday after two rounds of talks.",
    )
    assert {"lena-aalto", "piet-vos"} in meetings(events)


def test_hours_of_talks_put_ahead_of_a_signing_are_not_the_signers_own(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Anton Berg of Norland arrived in Vellmar on Tuesday and was welcomed at the "
        "airport by President Maria Ostrova.\n\n"
        "After more than three hours of talks at the Lindenhof palace, Foreign Ministers Lena "
        "Aalto and Piet Vos signed an accord on fisheries.",
    )
    assert {"lena-aalto", "piet-vos"} not in meetings(events)


def test_two_heads_of_state_holding_talks_misread_as_of_held_talks_are_the_pair(
    enricher: Enricher,
) -> None:
    # The parser reads "heads of state held talks" as heads "of" state-held talks.
    events = events_of(
        enricher,
        "President Amara Tolu arrived in Vik on Tuesday for a state visit. King Osric Vane "
        "received the President at the airport. The two heads of state held talks on "
        "Wednesday morning at the Royal Palace.",
    )
    assert {"amara-tolu", "osric-vane"} in meetings(events)


def test_the_co_host_of_a_banquet_is_not_one_of_the_two_leaders(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Amara Tolu arrived in Vik on Tuesday for a state visit.\n\n"
        "On Tuesday evening King Osric Vane and Queen Mother Ilse Rand gave a state banquet in "
        "honour of President Tolu at the Royal Palace.\n\n"
        "The two leaders held talks on Wednesday morning at the Castle.",
    )
    assert {"osric-vane", "ilse-rand"} not in meetings(events)
    assert {"amara-tolu", "osric-vane"} in meetings(events)


def test_two_leaders_going_on_are_those_told_travelling_together_last(
    enricher: Enricher,
) -> None:
    # The foreign minister is no "leader" by office, but the two told leaving together are
    # the two going on; the host met before stays home.
    events = events_of(
        enricher,
        "Prime Minister Ane Haugen and Foreign Minister Karl Dorn arrived in Lima on Thursday "
        "from Quito. On Thursday afternoon President Rosa Quispe received the Norlandic Prime "
        "Minister at the palace. The talks lasted two hours.\n\n"
        "Ane Haugen and Karl Dorn left yesterday afternoon for Bogota, the next stage of a tour. "
        "From Colombia the two leaders go on to Panama and Cuba later this month.",
    )
    going_on = {(actor, place) for actor, place, _ in visits(events) if place == "panama"}
    assert going_on == {("ane-haugen", "panama"), ("karl-dorn", "panama")}


def test_two_presidents_whose_talks_began_in_a_town_are_not_a_pair_met_elsewhere(
    enricher: Enricher,
) -> None:
    # The talks' town is told on the verb they are the subject of, not on "talks" itself.
    events = events_of(
        enricher,
        "President Ane Haugen arrived in Lima on Wednesday afternoon from Quito, and was "
        "welcomed at the airport by President Rosa Quispe. Earlier in the week she had been in "
        "Santiago, where on Monday she held talks with President Luis Soto.\n\n"
        "Talks between the two presidents began in Lima on Wednesday evening.",
    )
    in_lima = [e for e in events if e.type == "meeting" and e.location and e.location.id == "lima"]
    assert [{e.actor.id, *(c.id for c in e.counterparts)} for e in in_lima] == [
        {"ane-haugen", "rosa-quispe"}
    ]


def test_two_presidents_told_in_no_town_are_not_a_pair_met_outside_the_datelines_country(
    enricher: Enricher,
) -> None:
    # The group names only a building; the story is filed from Lima, where the guest is
    # told going, and the talks in Quito on the way are another leg's.
    events = events_of(
        enricher,
        "LIMA, June 3 - President Ane Haugen spent today in the capital, where she held talks "
        "with President Rosa Quispe.\n\n"
        "Haugen landed at the airport this morning. Peru is the third stop of a regional tour. "
        "The Norlandic leader was in Bogota on Thursday, where she met President Marta Ruiz. "
        "She flew on to Quito yesterday afternoon to see Ecuador's new president, Luis Soto, "
        "before coming here.\n\n"
        "At the Government Palace the two presidents met for two hours.",
    )
    at_palace = [
        {e.actor.id, *(c.id for c in e.counterparts)}
        for e in events
        if e.type == "meeting" and e.location and e.location.id == "government-palace"
    ]
    assert at_palace == [{"ane-haugen", "rosa-quispe"}]


def test_a_military_rank_is_no_office_other_than_a_leaders(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "General Ivan Dorov and Mr. Pavel Lenko arrived in Vienna on Monday.\n\n"
        "On Tuesday the two leaders held talks with President Anna Berg.",
    )
    assert {"ivan-dorov", "pavel-lenko", "anna-berg"} in meetings(events)


def test_a_relative_clause_on_the_two_leaders_tells_of_them(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Marshal Ivan Dorov and Mr. Pavel Lenko held talks with Chancellor Olaf Brand in "
        "Vienna yesterday.\n\n"
        "The two leaders, who landed at Salzburg on Tuesday, will fly home on Friday.",
    )
    assert {
        ("ivan-dorov", "salzburg", "2025-03-25"),
        ("pavel-lenko", "salzburg", "2025-03-25"),
    } <= (visits(events))


def test_counted_presidents_welcomed_with_their_names_set_off_are_each_one_met(
    enricher: Enricher,
) -> None:
    # The parser hangs the list after the comma on the verb, not on "presidents".
    events = events_of(
        enricher,
        "President Arvo Lind of Norlund welcomed the four visiting presidents, Tomas Varga, "
        "Ilse Brandt, Mikko Saar and Jonas Vik, to Kel on Wednesday.",
    )
    assert {"arvo-lind", "tomas-varga", "ilse-brandt", "mikko-saar", "jonas-vik"} in meetings(
        events
    )


def test_two_men_are_no_couple_of_one_family_name(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Arvo and Mara Lind arrived at Kel on Tuesday afternoon, where President Tomas Varga "
        "and his wife, Elin Varga, were waiting on the tarmac. Jonas Vik landed three hours "
        "later. Within the hour the Norlundian President drove to the Vorlandian embassy, "
        "where the two men talked for nearly two hours.",
    )
    assert {"arvo-lind", "mara-lind"} not in meetings(events)


def test_two_men_after_a_couples_dinner_are_the_traveller_and_the_host(
    enricher: Enricher,
) -> None:
    # The pair named together last is the host and his wife: not the two men who held talks.
    events = events_of(
        enricher,
        "Arvo Lind has spent two days in Kel.\n\n"
        "The Norlundian leader and his wife, Mara Lind, landed in Kel on Wednesday afternoon. "
        "President Tomas Varga greeted them at the foot of the aircraft steps.\n\n"
        "On Wednesday evening the President and Elin Varga gave a state dinner for their "
        "guests at the Alder Palace.\n\n"
        "Yesterday the two men held talks at the Alder Palace.",
    )
    assert {"arvo-lind", "tomas-varga"} in meetings(events)
    assert {"tomas-varga", "elin-varga"} not in meetings(events)


def test_they_who_have_not_yet_met_are_no_pair_told_meeting(enricher: Enricher) -> None:
    text = (
        "President Arvo Lind of Norlund landed in Velmar on Monday and held talks with King "
        "Osric Vane at the Amber Palace.\n\n"
        "The new Prime Minister of Kask, Ivo Marek, stayed at home. Lind spoke to him by phone "
        "on Tuesday, but the pair have never met in person; aides say they may sit down "
        "together at a summit in Lorn in November."
    )
    assert meetings(events_of(enricher, text)) == [{"arvo-lind", "osric-vane"}]


def test_travellers_told_by_a_group_word_are_due_where_they_go(enricher: Enricher) -> None:
    # "Due" is a predicate adjective: the group is the subject of its copula.
    events = events_of(
        enricher,
        "OSLO, March 27 (XNA) - President Rui Costa of Lorvia and President Jorge Paz of Kell "
        "met in Lima on Monday.\n\n"
        "In April the two presidents are due in Quito to open a trade fair.",
    )
    assert {("rui-costa", "quito", "2025-04"), ("jorge-paz", "quito", "2025-04")} <= visits(events)


def test_a_couple_due_at_a_later_stop_make_that_leg_too(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "OSLO, March 27 (XNA) - President Ane Haugen of Norlund and her husband, Jan Olt, "
        "arrived in Bergen on Wednesday for a state visit.\n\n"
        "They leave for Lima on Thursday, and they are due in Quito on Monday to open a grain "
        "terminal.",
    )
    assert {
        ("ane-haugen", "quito", "2025-03-31"),
        ("jan-olt", "quito", "2025-03-31"),
    } <= visits(events)


def test_a_couple_told_only_as_guests_is_the_pair_welcomed(enricher: Enricher) -> None:
    # No trip of the pair's is told together: the welcome and the banquet tell who they are,
    # not the host who met them.
    events = events_of(
        enricher,
        "King Osric Vane welcomed Queen Mara Lind of Norlund and Prince Arvo Dahl at Kel airport "
        "on Monday afternoon.\n\n"
        "That evening the King gave a banquet for his two guests at the Amber Palace.\n\n"
        "Tomorrow the royal couple travel on to Narvik, where the King will show them the old "
        "harbour.",
    )
    travellers = {actor for actor, _, _ in visits(events)}
    assert {"mara-lind", "arvo-dahl"} <= travellers
    assert "osric-vane" not in travellers


def test_two_heads_of_state_are_the_guest_and_a_greeter_waiting_where_he_landed(
    enricher: Enricher,
) -> None:
    # Two hosts told waiting together greet the guest: the pair is the guest and the first.
    events = events_of(
        enricher,
        "KEL - Arvo Lind, the President of Norlund, landed at Kel airport on Monday, where "
        "President Tomas Varga and Prime Minister Jonas Vik were waiting beside a guard of "
        "honour.\n\n"
        "That evening the two heads of state met at the Alder Palace.",
    )
    assert {"arvo-lind", "tomas-varga"} in meetings(events)
    assert {"tomas-varga", "jonas-vik"} not in meetings(events)
