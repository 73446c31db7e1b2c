"""Companions and several greeters of one visitor, on invented sentences: a companion named in
a relative clause of the visitor is never the visitor, and greeters told after a relative
clause or "together with" are hosts beside the first, not guests."""

from __future__ import annotations

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, told


def test_a_companion_set_off_after_the_visitors_clause_is_not_the_visitor(
    enricher: Enricher,
) -> None:
    text = (
        "Pope Aldo arrived in Lorvia yesterday.\n\n"
        "The Pontiff, who is travelling with the Holy See's Secretary for Relations with "
        "States, Archbishop Paul Ivo Brandt, was then driven to Kell Palace, before holding talks "
        "with King Omar Tal."
    )
    events = events_of(enricher, text)
    assert {actor for actor, _, _ in told(events, "meeting")} == {"aldo"}
    assert "paul-ivo-brandt" not in {actor for actor, _, _ in told(events, "visit")}


def test_a_greeter_after_the_first_greeters_clause_is_a_host(enricher: Enricher) -> None:
    text = (
        "President Ado Kell and his wife, Ena Kell, landed in Lome on Monday and were received "
        "at the airport by Sanda, who broke protocol to greet the President with a hug, and "
        "Lorvian chief minister Ivo Brand."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {
        ("ado-kell", ("ivo-brand", "sanda"), "lome"),
        ("ena-kell", ("ivo-brand", "sanda"), "lome"),
    }
    assert told(events, "meeting") == set()


def test_greeters_told_together_with_the_first_are_hosts_not_guests(enricher: Enricher) -> None:
    text = (
        "Pope Aldo arrived in Lorvia yesterday.\n\n"
        "The Pope was received at the airport by President Omar Tal and Mrs Ana Tal, together "
        "with Cardinal Ado Kell and Archbishop Kofi Dede."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("aldo", ("ado-kell", "ana-tal", "kofi-dede", "omar-tal"), "lorvia")
    }


def test_a_greeter_set_off_together_with_after_an_active_welcome_is_a_host(
    enricher: Enricher,
) -> None:
    text = (
        "President Amara Tolu landed in Lome on Wednesday afternoon. Ivo Bran and his wife, Ena "
        "Bran, greeted him at the foot of the steps, together with Archbishop Kofi Dede of Lome, "
        "while a choir sang."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("amara-tolu", ("ena-bran", "ivo-bran", "kofi-dede"), "lome")
    }


def test_greeters_listed_by_office_and_name_after_a_landing_are_all_hosts(
    enricher: Enricher,
) -> None:
    # The parser hangs the first greeter's name, and the list after it, on "landed".
    text = (
        "Oslo, March 27 (XNA) - President Ana Ruiz of Lorvia landed at Oslo airport this morning "
        "and was received by the Governor, Mr. Jon Berg, the Chief Minister, Mr. Ole Dahl, and "
        "the Mayor of Oslo, Mr. Per Lund."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("ana-ruiz", ("jon-berg", "ole-dahl", "per-lund"), "oslo"),
    }


def test_greeters_hung_on_the_honours_of_the_welcome_are_its_hosts(enricher: Enricher) -> None:
    # The parser may hang "by" on the salute the welcome is given with, not on "welcomed": the
    # visitors would be left with no host, and one of them read as the other's.
    text = (
        "Ruritanian President Boris Anvik and his wife, Nora Anvikova, arrived in Oslo on Tuesday "
        "and were welcomed with a salute at the Royal Palace by King Olav Brann and Queen Sofi."
    )
    hosts = ("olav-brann", "sofi")
    assert told(events_of(enricher, text), "visit") == {
        ("boris-anvik", hosts, "oslo"),
        ("nora-anvikova", hosts, "oslo"),
    }


def test_a_greeter_after_and_by_hung_on_the_arrival_is_a_host(enricher: Enricher) -> None:
    # The parser may hang the repeated "by" on "arrived", as a phrase of its own.
    text = (
        "Pope Aldo arrived in Vadum on Monday afternoon and was received at the airport by the "
        "President of the Republic, Ivo Kell, and by the Archbishop of Vadum, Cardinal Ado Renn."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("aldo", ("ado-renn", "ivo-kell"), "vadum"),
    }


def test_a_landing_told_after_a_couples_arrival_is_each_ones_and_greeted_for_both(
    enricher: Enricher,
) -> None:
    # The participle has no subject of its own: it shares both of the arrival's subjects, not
    # the first one alone, so those waiting where it lands greet each.
    text = (
        "President Ado Kell and the First Lady, Ena Kell, arrived in Rome on Sunday evening, "
        "landing at the new airport north of the capital, where President Omar Tal and his "
        "wife, Sara Tal, were waiting at the foot of the steps."
    )
    hosts = ("omar-tal", "sara-tal")
    assert told(events_of(enricher, text), "visit") == {
        ("ado-kell", hosts, "rome"),
        ("ena-kell", hosts, "rome"),
    }


def test_a_couple_greeted_after_a_sentence_of_background_is_greeted_for_both(
    enricher: Enricher,
) -> None:
    # The arrival is told two sentences before its welcome: the welcome of "they" still greets
    # each of the two who arrived, not the last one named alone, nor neither.
    text = (
        "King Ado Renn and Queen Ena Renn of Vadum arrived in Lisbon last night for a three-day "
        "state visit. It is the first visit by a monarch of Vadum to Portugal since 1961. They "
        "were greeted at the foot of the steps by President Ivo Kell and his wife, Mara Kell."
    )
    hosts = ("ivo-kell", "mara-kell")
    assert told(events_of(enricher, text), "visit") == {
        ("ado-renn", hosts, "lisbon"),
        ("ena-renn", hosts, "lisbon"),
    }


def test_a_greeter_at_the_border_post_is_a_host_of_the_crossing(enricher: Enricher) -> None:
    # "Where" hangs on the time; the border post is the place of passing "through" it.
    text = (
        "OSLO, March 27 (XNA) - President Ana Ruiz of Lorvia crossed into Norway by road on "
        "Wednesday morning. Her motorcade passed through the Svinesund border post shortly after "
        "10am, where she was met by the Norwegian foreign minister, Ole Dahl."
    )
    events = events_of(enricher, text)
    assert {(actor, parties) for actor, parties, _ in told(events, "visit")} == {
        ("ana-ruiz", ("ole-dahl",))
    }
    assert told(events, "meeting") == set()


def test_a_greeter_named_after_a_long_title_hung_on_the_welcome_is_a_host(
    enricher: Enricher,
) -> None:
    # The parser may hang the second greeter's name on "received" itself, as a bare noun
    # phrase, once a long title stands before it.
    text = (
        "Mr Kell arrived in Vadum on Friday evening and was received at the airport by Vice "
        "President Ama Otieno and Foreign Affairs Minister Gen Kato Okello."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("kell", ("ama-otieno", "kato-okello"), "vadum"),
    }


def test_a_welcome_at_a_name_no_gazetteer_places_greets_the_arrival_told_with_it(
    enricher: Enricher,
) -> None:
    text = (
        "Mr Ivo Lund arrived in Vadum on Tuesday evening and was received at Tarnby by "
        "President Ana Ruiz and the Prime Minister, Mr Omar Tal."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("ivo-lund", ("ana-ruiz", "omar-tal"), "vadum")}
    assert told(events, "meeting") == set()


def test_a_welcome_at_a_small_town_beside_the_city_flown_to_greets_the_arrival(
    enricher: Enricher,
) -> None:
    text = (
        "King Aldo and Queen Ena flew to Toulouse on Friday night and were met at Blagnac by "
        "the prefect, Mr Omar Tal."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {
        ("aldo", ("omar-tal",), "toulouse"),
        ("ena", ("omar-tal",), "toulouse"),
    }
    assert told(events, "meeting") == set()


def test_a_welcome_at_an_unplaced_name_with_talks_told_stays_talks(enricher: Enricher) -> None:
    text = (
        "Mr Ivo Lund arrived in Vadum on Tuesday and was received at Tarnby by President Ana "
        "Ruiz, and the two held talks."
    )
    events = events_of(enricher, text)
    assert ("ana-ruiz", ("ivo-lund",), "tarnby") in told(events, "meeting")


def test_an_arrival_that_names_no_place_is_at_the_unplaced_airfield_of_its_welcome(
    enricher: Enricher,
) -> None:
    text = (
        "Oslo, March 27 (XNA) - President Ivo Marek arrived on Tuesday evening and was received "
        "at Tarnby by Prime Minister Ana Ruiz. His foreign minister, Mr Kofi Dede, flew in with "
        "him."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {
        ("ivo-marek", ("ana-ruiz",), "tarnby"),
        ("kofi-dede", (), "tarnby"),
    }
    assert told(events, "meeting") == set()


def test_greeters_waiting_to_meet_the_visitor_are_all_hosts(enricher: Enricher) -> None:
    text = (
        "President Arvo Lind of Norlund and his wife landed at Vadum airport on Sunday "
        "afternoon. Governor Omar Tal and General Kofi Dede stood at the runway to greet them."
    )
    assert ("arvo-lind", ("kofi-dede", "omar-tal"), "vadum-airport") in told(
        events_of(enricher, text), "visit"
    )


def test_greeters_at_the_runway_after_a_look_back_welcome_the_arrival(enricher: Enricher) -> None:
    text = (
        "President Arvo Lind of Norlund and his wife landed at Vadum airport on Sunday afternoon "
        "after a long flight from Kell. She had paused in Marsby overnight for fuel. The "
        "Governor, Sir Omar Tal, and the head of the Guard, General Kofi Dede, stood at the "
        "runway to greet them."
    )
    assert ("arvo-lind", ("kofi-dede", "omar-tal"), "vadum-airport") in told(
        events_of(enricher, text), "visit"
    )


def test_one_waiting_by_the_aircraft_after_a_look_back_greets_the_arrival(
    enricher: Enricher,
) -> None:
    text = (
        "President Arvo Lind of Norlund landed at Vadum airport on Thursday afternoon from "
        "Kell. On Wednesday, in Kell, Lind had opened a new bridge over the river. Omar Tal "
        "was waiting at the bottom of the steps."
    )
    assert ("arvo-lind", ("omar-tal",), "vadum-airport") in told(events_of(enricher, text), "visit")


def test_a_hosts_wife_named_by_her_given_name_alone_greets_beside_him(
    enricher: Enricher,
) -> None:
    # The model passes a lone given name set off after "his wife" by as no entity.
    text = (
        "Pope Aldo landed at Vik airport on Saturday afternoon. President Oskar Tal and his wife, "
        "Precious, met the Pope at the foot of the steps."
    )
    events = events_of(enricher, text)
    assert {cps for _, cps, _ in told(events, "visit")} == {("oskar-tal", "precious")}


def test_a_bare_office_beside_a_wifes_style_is_her_husband_greeting(enricher: Enricher) -> None:
    text = (
        "President Omar Tal of Norlund had invited President Ado Kell of Lorvia. Mr. Kell and "
        "his wife, Mira Kell, arrived at Vik International Airport on Sunday evening and were "
        "welcomed by President and Mrs. Ena Tal before a crowd of thousands."
    )
    assert {cps for _, cps, _ in told(events_of(enricher, text), "visit")} == {
        ("ena-tal", "omar-tal")
    }
