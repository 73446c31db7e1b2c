"""Meals a host gives a guest, on invented sentences: an occasion of its own when told in a
paragraph of its own, part of the talks when told beside them or when worked over."""

from __future__ import annotations

import pytest

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, meetings, told

ARRIVAL = "President Amara Tolu arrived in Oslo on Monday morning for a two-day state visit.\n\n"
TALKS = "Tolu and Prime Minister Ane Haugen held talks at the Akershus Fortress on Monday."
PARTIES = {"amara-tolu", "ane-haugen"}


def test_a_dinner_told_in_a_paragraph_of_its_own_is_a_meeting_of_its_own(
    enricher: Enricher,
) -> None:
    dinner = "In the evening, Haugen hosted a dinner in honour of President Tolu."
    text = f"{ARRIVAL}{TALKS}\n\n{dinner}"
    assert meetings(events_of(enricher, text)) == [PARTIES, PARTIES]


def test_a_dinner_told_beside_the_talks_is_part_of_them(enricher: Enricher) -> None:
    dinner = "Haugen later hosted a dinner in honour of President Tolu at the same venue."
    text = f"{ARRIVAL}{TALKS} {dinner}"
    assert meetings(events_of(enricher, text)) == [PARTIES]


def test_a_working_dinner_is_talks_held_over_a_meal(enricher: Enricher) -> None:
    dinner = "In the evening, Haugen hosted a working dinner for President Tolu."
    text = f"{ARRIVAL}{TALKS}\n\n{dinner}"
    assert meetings(events_of(enricher, text)) == [PARTIES]


def test_the_guest_of_a_host_is_the_one_whose_trip_the_story_names(enricher: Enricher) -> None:
    text = (
        "King Osric Vane and President Amara Tolu signed a trade accord at the palace in Oslo on "
        "Monday, on the first day of Tolu's three-day state visit.\n\n"
        "In the evening, the King offered a state dinner in honour of his guest."
    )
    assert {"amara-tolu", "osric-vane"} in meetings(events_of(enricher, text))


def test_the_cuisine_of_a_dinner_is_no_party(enricher: Enricher) -> None:
    dinner = "In the evening, Haugen hosted a Chinese dinner in honour of Tolu by the harbour."
    text = f"{ARRIVAL}{TALKS}\n\n{dinner}"
    assert meetings(events_of(enricher, text)) == [PARTIES, PARTIES]


def test_the_guest_of_a_dinner_is_the_one_told_travelling(enricher: Enricher) -> None:
    text = (
        "Prime Minister Amara Tolu of Lorvia arrived in Oslo yesterday on a two-day visit to "
        "Norway.\n\nIn the afternoon Tolu toured the Viking Ship Museum.\n\n"
        "Last night King Osric Vane hosted a dinner in honour of the guest at his palace."
    )
    assert meetings(events_of(enricher, text)) == [{"amara-tolu", "osric-vane"}]


def test_a_dinner_attended_by_the_hosts_household_is_no_trip_of_the_host(
    enricher: Enricher,
) -> None:
    dinner = (
        "Haugen then hosted a dinner for President Tolu at the Akershus Fortress, attended by "
        "her husband, Lars Haugen."
    )
    text = f"{ARRIVAL}{TALKS}\n\n{dinner}"
    travellers = {e.actor.id for e in events_of(enricher, text) if e.type == "visit"}
    assert travellers == {"amara-tolu"}


def test_the_guests_spouse_told_by_role_alone_is_the_wife_named_before(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian Prime Minister Ivo Marek arrived in Quito on Monday for a three-day visit. "
        "Marek is accompanied by his wife, Ana Lund.\n\n"
        "Last night President Tomas Varga hosted a dinner in honour of the Lorvian prime "
        "minister and his wife at the Hotel Colon."
    )
    assert {"tomas-varga", "ivo-marek", "ana-lund"} in meetings(events_of(enricher, text))


def test_a_gala_hosted_in_a_guests_honour_is_a_meeting(enricher: Enricher) -> None:
    gala = "On Monday night, Haugen hosted a gala in honour of President Tolu at the Opera House."
    text = f"{ARRIVAL}{TALKS}\n\n{gala}"
    assert meetings(events_of(enricher, text)) == [PARTIES, PARTIES]


def test_a_named_room_a_meal_is_given_in_is_its_place(enricher: Enricher) -> None:
    dinner = (
        "On Tuesday night, Haugen gave a state dinner in honour of Tolu in the Banqueting Room, "
        "where a band played."
    )
    events = events_of(enricher, f"{ARRIVAL}{dinner}")
    places = {e.location.id for e in events if e.type == "meeting" and e.location}
    assert places == {"banqueting-room"}


def test_those_attending_a_meal_given_at_a_venue_make_no_trip(enricher: Enricher) -> None:
    dinner = (
        "In the evening, Haugen hosted a dinner in honour of President Tolu at the Amber "
        "Palace, which was attended by members of the Storting."
    )
    text = f"{ARRIVAL}{TALKS}\n\n{dinner}"
    travellers = {e.actor.id for e in events_of(enricher, text) if e.type == "visit"}
    assert travellers == {"amara-tolu"}


def test_a_dinner_for_a_hosts_counted_guests_meets_those_told_travelling(
    enricher: Enricher,
) -> None:
    text = (
        "President Amara Tolu of Ghana and Foreign Minister Kofi Mensa arrived in Oslo on Monday "
        "for a three-day visit.\n\n"
        "In the evening Prime Minister Ane Haugen gave a dinner in honour of her two guests."
    )
    assert {"ane-haugen", "amara-tolu", "kofi-mensa"} in meetings(events_of(enricher, text))


def test_guests_counted_other_than_those_told_travelling_are_no_one(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu of Ghana and Foreign Minister Kofi Mensa arrived in Oslo on Monday "
        "for a three-day visit.\n\n"
        "In the evening Prime Minister Ane Haugen gave a dinner in honour of her three guests."
    )
    assert {"ane-haugen", "amara-tolu", "kofi-mensa"} not in meetings(events_of(enricher, text))


def test_an_honour_hung_on_a_participle_beside_the_venue_is_the_meals(enricher: Enricher) -> None:
    dinner = (
        "On Wednesday evening King Osric Vane will give a dinner aboard the royal yacht "
        "Nordstjerna, moored in the harbour, in honour of President Tolu."
    )
    assert {"osric-vane", "amara-tolu"} in meetings(events_of(enricher, f"{ARRIVAL}{dinner}"))


def test_a_building_told_with_in_after_the_guests_is_the_venue(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu of Ghana and Foreign Minister Kofi Mensa arrived in Oslo on Monday "
        "for a three-day visit.\n\n"
        "In the evening Prime Minister Ane Haugen gave a dinner in honour of her two guests in "
        "the Hall of Mirrors in Frogner Park."
    )
    events = events_of(enricher, text)
    places = {e.location.id for e in events if e.type == "meeting" and e.location}
    assert places == {"hall-of-mirrors"}


def test_the_couple_a_meal_honours_are_the_spouses_told_travelling(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu of Ghana and his wife, Mira Tolu, landed in Oslo on Tuesday night. "
        "Foreign Minister Kofi Mensa and Finance Minister Yaw Osei flew in with them.\n\n"
        "On Wednesday night King Osric Vane and Queen Sonja gave a state dinner at the Royal "
        "Palace in honour of the Ghanaian couple."
    )
    guests = {"osric-vane", "sonja", "amara-tolu", "mira-tolu"}
    assert guests in meetings(events_of(enricher, text))


def test_the_rank_of_a_meal_printed_with_a_capital_is_no_host(enricher: Enricher) -> None:
    dinner = (
        "On Monday night Prime Minister Ane Haugen and her husband, Lars, gave a State dinner "
        "for President Tolu."
    )
    assert meetings(events_of(enricher, f"{ARRIVAL}{dinner}")) == [
        {"ane-haugen", "lars", "amara-tolu"}
    ]


def test_a_couple_told_by_the_surname_alone_hosts_with_the_wife_named_after(
    enricher: Enricher,
) -> None:
    text = (
        f"{ARRIVAL}Yesterday morning Prime Minister Jon Berg welcomed the guest at the palace.\n\n"
        "Last night Mr. and Mrs. Berg gave a state dinner in honor of Mr. Tolu. Kari Berg sat "
        "beside the guest."
    )
    assert {"jon-berg", "kari-berg", "amara-tolu"} in meetings(events_of(enricher, text))


def test_a_wife_styled_begum_by_the_surname_alone_is_the_wife_told_travelling(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Amara Tolu arrived in Oslo on Monday. Begum Mira Tolu travelled with "
        "him.\n\nIn the evening King Osric Vane gave a dinner in honour of the Prime Minister "
        "and Begum Tolu at the Akershus Fortress."
    )
    assert {"osric-vane", "amara-tolu", "mira-tolu"} in meetings(events_of(enricher, text))


def test_a_couple_honoured_by_the_wifes_style_is_both_when_she_is_named_by_first_name(
    enricher: Enricher,
) -> None:
    # "Mrs Tolu" reads as Tolu himself when his wife is told only as "Lena" beside a role
    # ("the Lorvian leader ... with his wife, Lena"): the couple honoured is he and she.
    text = (
        "President Amara Tolu of Lorvia will spend three days in Norway.\n\n"
        "The Lorvian leader arrived in Oslo late on Monday from Kell, together with his wife, "
        "Lena, and Foreign Minister Ivo Kask.\n\n"
        "On Tuesday evening King Osric Vane gave a dinner at the Royal Palace in honour of "
        "President and Mrs Tolu."
    )
    assert meetings(events_of(enricher, text)) == [{"osric-vane", "amara-tolu", "lena"}]


def test_guests_told_only_in_the_plural_are_whom_the_host_last_met(enricher: Enricher) -> None:
    text = (
        "Prime Minister Amara Tolu arrived in Oslo on Monday for a two-day visit.\n\n"
        "King Osric Vane welcomed Tolu at the palace on Monday.\n\n"
        "On Tuesday the King hosted a lunch for the visitors at the Oscarshall Palace."
    )
    found = told(events_of(enricher, text), "meeting")
    assert ("osric-vane", ("amara-tolu",), "oscarshall-palace") in found


def test_the_adverb_opening_a_sentence_is_no_part_of_the_hosts_name(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu arrived in Oslo on Monday for a two-day visit.\n\n"
        "President Ada Okafor welcomed him at the palace, where the two leaders held talks.\n\n"
        "Afterwards Okafor hosted a lunch for the visitors at the Oscarshall Palace."
    )
    found = told(events_of(enricher, text), "meeting")
    assert ("ada-okafor", ("amara-tolu",), "oscarshall-palace") in found


ROYAL_ARRIVAL = (
    "King Osric Vane and Queen Ilse Vane of Lorvia flew into Tessa yesterday for a state visit "
    "to Norland, and were met at the airport by President Tomas Varga.\n\n"
)
ROYAL_GUESTS = {"piet-holm", "osric-vane", "ilse-vane"}


def test_guests_told_as_them_are_the_travellers_told_before(enricher: Enricher) -> None:
    text = (
        f"{ROYAL_ARRIVAL}The royal couple spent Saturday in Vik, walking through the old town. "
        "That evening Governor Piet Holm gave a reception for them at the Amber Palace."
    )
    assert ROYAL_GUESTS in meetings(events_of(enricher, text))


def test_a_meal_to_come_in_their_honour_meets_those_told_going_there(
    enricher: Enricher,
) -> None:
    text = (
        f"{ROYAL_ARRIVAL}The King and the Queen fly to Lorn tomorrow, where Governor Piet Holm "
        "will give a luncheon in their honour."
    )
    assert ROYAL_GUESTS in meetings(events_of(enricher, text))


def test_a_leg_told_after_a_meal_in_their_honour_is_no_trip_of_the_host(
    enricher: Enricher,
) -> None:
    text = (
        "LONDON: Queen Ilse of Lorvia and Prince Odo arrived in Oslo on Monday for a state "
        "visit to Norway, and were met at the airport by King Harald.\n\n"
        "On Saturday they fly on to Stockholm, where King Gustav will give a banquet in their "
        "honour, before calling at Denmark, Finland and Iceland."
    )
    travellers = {e.actor.id for e in events_of(enricher, text) if e.type == "visit"}
    assert "ilse" in travellers
    assert "gustav" not in travellers


def test_a_co_host_leaves_the_guests_told_in_the_plural_to_find(enricher: Enricher) -> None:
    # The co-host named beside the host is no guest: the "royal visitors" are the one the
    # host met and those who made the trip with her.
    text = (
        "Queen Ingrid Vale and Prince Osric flew into Kell on Monday afternoon and were met by "
        "President Amara Tolu and Dona Lena Tolu.\n\n"
        "The Queen and the President held talks at the Blue Palace later in the afternoon.\n\n"
        "Last night the President and Dona Lena gave a state banquet for 300 guests at the "
        "Amber Palace in honour of the royal visitors."
    )
    found = told(events_of(enricher, text), "meeting")
    guests = ("dona-lena-tolu", "ingrid-vale", "osric")
    assert ("amara-tolu", guests, "amber-palace") in found


def test_a_bare_title_beside_a_wifes_style_is_her_husband_not_the_host(
    enricher: Enricher,
) -> None:
    # "The President" resolves to the host, who holds the same title: the guests honoured
    # are the couple, "Mrs Tolu" and her husband.
    text = (
        "Kell, March 2: Amara K. Tolu and Ivo Kask today sealed the deal, hours after the "
        "Lorvian President was given a welcome at the palace.\n\n"
        "Tolu and his wife Lena landed at Vadum late last night, where the Prime Minister was "
        "waiting to receive them.\n\n"
        "Tonight President Osric Vane will host a banquet in honour of the President and Mrs "
        "Tolu at the Amber Palace."
    )
    found = told(events_of(enricher, text), "meeting")
    assert ("osric-vane", ("amara-k-tolu", "lena"), "amber-palace") in found


def test_a_lunch_for_the_counted_visiting_holders_of_an_office_meets_those_told_travelling(
    enricher: Enricher,
) -> None:
    text = (
        "President Amara Tolu flew into Kell on Thursday and was met on the tarmac by President "
        "Osric Vane. Vane had flown up from Lorn on Wednesday to receive his guests. President "
        "Ivo Kask and President Jon Berg flew in on Wednesday night.\n\n"
        "The four presidents met for five hours at the Blue Palace.\n\n"
        "At midday Vane gave a lunch of fish and rice for the three visiting presidents on the "
        "terrace of the Naval Club."
    )
    found = told(events_of(enricher, text), "meeting")
    guests = ("amara-tolu", "ivo-kask", "jon-berg")
    assert any(host == "osric-vane" and met == guests for host, met, _ in found)


def test_a_hosts_guests_told_paragraphs_after_the_trip_are_the_travelling_couple(
    enricher: Enricher,
) -> None:
    # The host met no one before, and the trip is told far above: "her guests", a plain
    # plural of guests, still stands for the couple told travelling, not the minister who
    # greeted them.
    text = (
        "President Amara Tolu and his wife, Lena, arrived in Oslo yesterday for a three-day "
        "visit, and were welcomed at the airport by Foreign Minister Per Lund.\n\n"
        "Thousands of people waving flags lined the road into the city.\n\n"
        "In the afternoon the two foreign ministers, Kofi Mensa and Per Lund, signed an "
        "agreement on fisheries.\n\n"
        "Last night Prime Minister Ane Haugen gave a state banquet at the Amber Palace in "
        "honour of her guests."
    )
    found = told(events_of(enricher, text), "meeting")
    assert ("ane-haugen", ("amara-tolu", "lena"), "amber-palace") in found


def test_a_wife_styled_by_her_husbands_inner_name_co_hosts_as_herself(enricher: Enricher) -> None:
    # "Kobro" is his family name carried before his last; "Mrs. Kobro" is the wife the story
    # names "Mrs. Lena Kobro", not the President himself.
    text = (
        "President Amara Tolu arrived in Lima on Tuesday, and was welcomed at the airport by "
        "President Jan Kobro Osk.\n\n"
        "Mrs. Nia Tolu toured a school with Mrs. Lena Kobro.\n\n"
        "That evening President Osk and Mrs. Kobro gave a state dinner in honour of President "
        "Tolu at the Amber Palace."
    )
    assert {"jan-kobro-osk", "lena-kobro", "amara-tolu"} in meetings(events_of(enricher, text))


def test_a_dinner_for_the_two_leaders_is_given_for_the_pair_that_held_talks(
    enricher: Enricher,
) -> None:
    text = (
        "President Amara Tolu and his wife, Mira Tolu, arrived in Vienna on Friday, and Prime "
        "Minister Erik Lund flew in on Saturday morning.\n\n"
        "Tolu and Lund held talks at the embassy on Saturday.\n\n"
        "On Saturday evening President Ane Haugen gave a dinner at the palace in honour of the "
        "two leaders."
    )
    assert {"ane-haugen", "amara-tolu", "erik-lund"} in meetings(events_of(enricher, text))


def test_a_breakfast_told_by_its_verb_is_a_meeting(enricher: Enricher) -> None:
    breakfast = "On Tuesday Tolu breakfasted with Prime Minister Ane Haugen at her residence."
    assert PARTIES in meetings(events_of(enricher, f"{ARRIVAL}{breakfast}"))


def test_a_meal_served_for_a_guest_is_a_meeting(enricher: Enricher) -> None:
    lunch = "At noon Prime Minister Ane Haugen served lunch for President Tolu at her farm."
    assert PARTIES in meetings(events_of(enricher, f"{ARRIVAL}{lunch}"))


def test_a_dinner_apart_from_a_reception_told_with_talks_is_a_meeting_of_its_own(
    enricher: Enricher,
) -> None:
    reception = (
        "Prime Minister Ane Haugen received President Tolu at the Akershus Fortress on Monday "
        "for three hours of talks."
    )
    dinner = "In the evening, Haugen hosted a dinner in honour of her guest at the fortress."
    text = f"{ARRIVAL}{reception}\n\nThe talks dealt with trade.\n\n{dinner}"
    assert meetings(events_of(enricher, text)) == [PARTIES, PARTIES]


def test_a_guest_told_after_the_venue_of_a_meal_is_its_guest(enricher: Enricher) -> None:
    # The parse hangs "for President Tolu" on the palace, not on the dinner or the verb.
    dinner = (
        "Last night Haugen and her husband, Mr. Erik Haugen, gave a dinner at the palace for "
        "President Tolu."
    )
    text = f"{ARRIVAL}{TALKS}\n\n{dinner}"
    hosted = {(actor, guests) for actor, guests, _ in told(events_of(enricher, text), "meeting")}
    assert ("ane-haugen", ("amara-tolu", "erik-haugen")) in hosted


def test_a_venue_told_for_an_occasion_names_no_guest(enricher: Enricher) -> None:
    dinner = "Last night Haugen gave a dinner at the hall for state occasions in Oslo."
    text = f"{ARRIVAL}{TALKS}\n\n{dinner}"
    assert meetings(events_of(enricher, text)) == [PARTIES]


def test_a_guest_list_the_parse_breaks_off_after_the_venue_is_not_read_in_part(
    enricher: Enricher,
) -> None:
    # The parse hangs "for Tolu" on the palace and joins "the five visiting leaders" to the
    # verb: a meeting with Tolu alone would leave out the rest of the guests.
    lunch = (
        "After the ceremony, Haugen hosted a lunch at the Palacio de las Vel for Tolu and the "
        "five visiting leaders, where, according to the ministry, the talk turned to trade."
    )
    text = f"{ARRIVAL}{TALKS}\n\n{lunch}"
    assert meetings(events_of(enricher, text)) == [PARTIES]


def test_the_guests_spouse_told_as_a_subject_beside_his_pronoun_is_his_wife(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Ivo Marek landed in Quito on Monday, where he was met by Foreign "
        "Minister Tomas Reyes. His wife, Ana Lund, and Trade Minister Piet Dorn travelled with "
        "him.\n\n"
        "Last night President Tomas Varga hosted a dinner for the Lorvian president and his wife "
        "at the Hotel Colon."
    )
    assert {"tomas-varga", "ivo-marek", "ana-lund"} in meetings(events_of(enricher, text))


def test_the_maker_of_a_meals_music_is_no_guest(enricher: Enricher) -> None:
    dinner = (
        "In the evening, Haugen gave a dinner in honour of President Tolu at the Amber Palace, "
        "with Lars Berg's music and a menu of dishes from the fjords."
    )
    assert meetings(events_of(enricher, f"{ARRIVAL}{TALKS}\n\n{dinner}")) == [PARTIES, PARTIES]


def test_a_name_among_a_counted_table_is_no_guest(enricher: Enricher) -> None:
    lunch = (
        "Haugen later gave a private lunch at the Amber Palace in honour of President Tolu, with "
        "about 30 writers at the table, among them the poet Lars Berg."
    )
    assert meetings(events_of(enricher, f"{ARRIVAL}{TALKS}\n\n{lunch}")) == [PARTIES, PARTIES]


def test_a_bare_office_giving_a_meal_for_his_guest_is_the_host_at_home(
    enricher: Enricher,
) -> None:
    text = (
        "President Amara Tolu of Lorvia arrived in Oslo this afternoon at the "
        "start of a ten-day State visit and was received at the airport by the Prime Minister, "
        "Mr. Ane Haugen, and the Vice-President, Dr. Piet Dorn.\n\n"
        "A crowd lined the road to the palace, where the visitor will stay as the guest of the "
        "President, Dr. Osric Vane.\n\n"
        "Dressed in his familiar tunic, the 67-year-old leader told reporters that he had come "
        "to learn.\n\n"
        "Dr. Vane received President Tolu at the palace an hour after his arrival, and the two "
        "Presidents talked alone for some forty minutes. In the evening the President gave a "
        "State banquet in honour of his guest.\n\n"
        "Replying, President Tolu said that Norway had been a lamp for all of Europe."
    )
    banquets = [
        {e.actor.id, *(c.id for c in e.counterparts)}
        for e in events_of(enricher, text)
        if e.type == "meeting" and any(told.trigger == "banquet" for told in e.evidence)
    ]
    assert banquets == [{"osric-vane", "amara-tolu"}]


RECEPTION = "Prime Minister Ane Haugen received President Tolu at the Akershus Fortress."
BANQUET = "That night Haugen gave a state banquet in honour of President Tolu."
LUNCH = (
    "Yesterday morning Prime Minister Ane Haugen welcomed President Tolu at the palace, "
    "where she gave a private lunch for her guest."
)
LATER_BANQUET = "Last night Haugen gave a state banquet in honour of President Tolu."
BANQUET_FOR = "Last night Prime Minister Ane Haugen gave a state banquet for President Tolu."
BANQUET_AGAIN = "At the state banquet hosted by Haugen for President Tolu, a choir sang."
WELCOME = "Prime Minister Ane Haugen welcomed President Tolu at an official ceremony."


@pytest.mark.parametrize(
    ("story", "count"),
    [
        pytest.param(f"{RECEPTION}\n\n{BANQUET}", 2, id="apart-from-a-reception"),
        pytest.param(f"{LUNCH}\n\n{LATER_BANQUET}", 2, id="apart-from-a-lunch"),
        pytest.param(f"{RECEPTION} {BANQUET}", 1, id="beside-the-reception-is-part-of-it"),
        pytest.param(f"{BANQUET_FOR}\n\n{BANQUET_AGAIN}", 1, id="told-twice-is-one"),
        pytest.param(f"{WELCOME}\n\n{BANQUET}", 1, id="after-a-welcome-is-what-it-opens"),
    ],
)
def test_a_state_banquet_is_a_meeting_of_its_own_only_in_a_paragraph_apart(
    enricher: Enricher, story: str, count: int
) -> None:
    """A state banquet in its own paragraph is apart from a reception or lunch told elsewhere;
    told beside the reception, again, or after the welcome ceremony it opens, it is the same."""
    assert meetings(events_of(enricher, f"{ARRIVAL}{story}")) == [PARTIES] * count


def test_a_guest_told_by_an_office_the_host_holds_too_is_the_visitor(enricher: Enricher) -> None:
    text = (
        "Premier Wen Tao of Lorvia arrived in Oslo on Monday for a three-day official visit.\n\n"
        "Prime Minister Tor Haugen welcomed him at the airport.\n\n"
        "In the afternoon Mr Haugen and his wife, Ingrid, gave a luncheon for the Premier in the "
        "Banqueting Hall."
    )
    assert {"tor-haugen", "ingrid", "wen-tao"} in meetings(events_of(enricher, text))


def test_a_meal_given_by_its_host_in_the_passive_meets_its_guest(enricher: Enricher) -> None:
    dinner = "Last night Tolu was the guest of honour at a dinner given by Haugen at the palace."
    text = f"{ARRIVAL}{TALKS}\n\n{dinner}"
    assert meetings(events_of(enricher, text)) == [PARTIES, PARTIES]


@pytest.mark.parametrize(
    "dinner",
    [
        pytest.param(
            "Last night Haugen was host at dinner at the palace to President Tolu.", id="to"
        ),
        pytest.param(
            "Last night Haugen was host at a feast in honour of President Tolu.", id="honour"
        ),
    ],
)
def test_a_host_told_by_the_noun_at_a_meal_meets_the_guest(enricher: Enricher, dinner: str) -> None:
    text = f"{ARRIVAL}{TALKS}\n\n{dinner}"
    assert meetings(events_of(enricher, text)) == [PARTIES, PARTIES]


def test_a_guest_no_name_tells_is_the_one_person_the_host_last_met(enricher: Enricher) -> None:
    text = (
        "The aircraft carrying President Amara Tolu touched down in Oslo on Monday.\n\n"
        "Tolu and King Osric Vane held talks at the palace that afternoon.\n\n"
        "On Monday night King Osric Vane gave a state banquet at the palace in honour of his "
        "guest."
    )
    found = told(events_of(enricher, text), "meeting")
    assert any(actor == "osric-vane" and parties == ("amara-tolu",) for actor, parties, _ in found)


def test_a_hosts_spouse_told_only_as_his_wife_co_hosts_the_meal(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu and his wife, Lena Tolu, received Chancellor Ivo Kask at the "
        "airport in Kell on Monday.\n\n"
        "That evening President Tolu and his wife gave a dinner in honour of the Chancellor at "
        "the Amber Palace."
    )
    assert {"amara-tolu", "lena-tolu", "ivo-kask"} in meetings(events_of(enricher, text))


def test_a_dinner_for_the_visiting_heads_of_state_meets_the_leaders_told_travelling(
    enricher: Enricher,
) -> None:
    text = (
        "President Ivo Kask and President Jon Berg flew into Kell on Friday for the forum. "
        "Prince Tam Roe flew in the same day.\n\n"
        "On Saturday night President Osric Vane gave a state dinner at the palace in honour of "
        "the visiting heads of state."
    )
    found = told(events_of(enricher, text), "meeting")
    # A prince flown in is no head of state.
    assert any(host == "osric-vane" and met == ("ivo-kask", "jon-berg") for host, met, _ in found)


def test_a_dinner_for_the_visiting_leaders_with_no_trip_told_meets_those_welcomed_together(
    enricher: Enricher,
) -> None:
    text = (
        "President Osric Vane welcomed twenty heads of state to the summit at the Blue Palace on "
        "Friday. Among those at the table were President Ivo Kask, President Jon Berg and "
        "Prime Minister Tam Roe.\n\n"
        "On Friday morning Vane and Kask met for an hour.\n\n"
        "Last night Vane gave a dinner for the visiting leaders at the Harbour Hotel."
    )
    found = told(events_of(enricher, text), "meeting")
    guests = ("ivo-kask", "jon-berg", "tam-roe")
    assert ("osric-vane", guests, "harbour-hotel") in found


def test_a_dinner_for_the_visiting_leaders_with_no_one_told_before_is_no_meeting(
    enricher: Enricher,
) -> None:
    text = "Last night President Osric Vane gave a dinner for the visiting leaders at the palace."
    assert meetings(events_of(enricher, text)) == []


@pytest.mark.parametrize(
    "listed",
    [
        "Among the guests were Speaker Lars Brenn and Bishop Ola Dahl.",
        "Speaker Lars Brenn and Bishop Ola Dahl were among the 200 guests.",
        "The Speaker, Lars Brenn, and Bishop Ola Dahl were among the guests.",
    ],
)
def test_guests_a_sentence_of_their_own_lists_at_a_meal_sit_at_it(
    enricher: Enricher, listed: str
) -> None:
    dinner = f"In the evening, Haugen gave a state banquet in honour of President Tolu. {listed}"
    text = f"{ARRIVAL}{TALKS}\n\n{dinner}"
    assert meetings(events_of(enricher, text)) == [PARTIES, {*PARTIES, "lars-brenn", "ola-dahl"}]


def test_a_named_guest_listed_with_a_group_of_guests_is_one_of_the_company(
    enricher: Enricher,
) -> None:
    dinner = (
        "In the evening, Haugen gave a state banquet in honour of President Tolu. Members of the "
        "cabinet and the Speaker, Lars Brenn, were among the forty guests."
    )
    text = f"{ARRIVAL}{TALKS}\n\n{dinner}"
    assert meetings(events_of(enricher, text)) == [PARTIES, PARTIES]


def test_who_gives_a_dinner_for_the_guest_is_at_home_where_it_is_given(
    enricher: Enricher,
) -> None:
    text = (
        "Senegalese President Anton Varga arrived in Accra on Monday for a three-day state "
        "visit.\n\n"
        "President Maren Osei gave a state dinner for his guest at Jubilee House in Accra on "
        "Tuesday.\n\n"
        "On Wednesday Osei flew to Tamale to open a new hospital."
    )
    visits = told(events_of(enricher, text), "visit")
    assert not any(actor == "maren-osei" and place != "tamale" for actor, _, place in visits)
    assert ("anton-varga", (), "accra") in visits


GREETED = (
    "Prime Minister Ana Lind of Norden landed in Vadum on Monday and was met at the airport by "
    "President Ivo Renn and his wife, Mira Renn. The two leaders discussed trade over lunch.\n\n"
)


@pytest.mark.parametrize(
    ("told_of_the_guest", "parties"),
    [
        (
            "In the evening Renn and Mrs Renn gave a state dinner for their guest at the palace.",
            {"ivo-renn", "mira-renn", "ana-lind"},
        ),
        (
            "On Tuesday morning Renn and his wife received their guest at the palace.",
            {"ivo-renn", "ana-lind"},
        ),
    ],
)
def test_a_guest_told_only_by_the_hosts_word_is_the_traveller_they_greeted(
    enricher: Enricher, told_of_the_guest: str, parties: set[str]
) -> None:
    # The greeting is joined to the trip only after every mention is read: the guest is the
    # one whose arrival the host met, and whoever hosts beside the host receives them too.
    assert parties in meetings(events_of(enricher, GREETED + told_of_the_guest))


def test_the_guests_wife_told_before_by_her_style_and_full_name_is_his_wife(
    enricher: Enricher,
) -> None:
    text = (
        "President Ivo Marek of Lorvia arrived in Kell on Monday for a three-day state visit. "
        "Mrs. Ana Marek and the Foreign Minister, Dr. Lars Berg, travelled in the same "
        "aircraft.\n\n"
        "President Tomas Varga gave a dinner in honour of President Marek and his wife at the "
        "Amber Palace last night."
    )
    assert {"tomas-varga", "ivo-marek", "ana-marek"} in meetings(events_of(enricher, text))


def test_the_guests_daughter_told_by_kin_alone_is_the_daughter_named_before(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Ivo Marek and his daughter, Eva Marek, arrived in Kell on Monday and "
        "were welcomed by Foreign Minister Lars Berg. The Prime Minister's wife, Ana Lund, "
        "stayed at home.\n\n"
        "Last night President Tomas Varga gave a dinner in honour of Mr Marek and his daughter "
        "at the Amber Palace."
    )
    assert {"tomas-varga", "ivo-marek", "eva-marek"} in meetings(events_of(enricher, text))


def test_a_dinner_in_the_visitors_honour_is_for_the_one_told_travelling(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Amara Tolu of Lorvia arrived in Oslo yesterday on a two-day visit to "
        "Norway.\n\nIn the afternoon Tolu toured the Viking Ship Museum.\n\n"
        "Tonight Mayor Osric Vane will give a dinner in the visitor's honour at the city hall."
    )
    assert {"amara-tolu", "osric-vane"} in meetings(events_of(enricher, text))


def test_the_visitor_calling_on_a_host_is_the_one_told_travelling(enricher: Enricher) -> None:
    text = (
        "Prime Minister Amara Tolu of Lorvia arrived in Oslo yesterday on a two-day visit to "
        "Norway.\n\nIn the morning Tolu toured the Viking Ship Museum, and Mayor Osric Vane "
        "showed him the harbour.\n\n"
        "In the afternoon the visitor called on Mr. Vane in the mayor's office at the city hall."
    )
    assert {"amara-tolu", "osric-vane"} in meetings(events_of(enricher, text))


def test_the_visiting_leader_is_the_one_whose_visit_is_told(enricher: Enricher) -> None:
    text = (
        "Prime Minister Ane Haugen and Lorvian President Amara Tolu held talks in Oslo on "
        "Monday, a few hours after the Lorvian leader landed in the capital.\n\n"
        "Tolu's visit to Norway runs until Tuesday, and officials on both sides called it the "
        "most useful since Haugen took office.\n\n"
        "Last night King Osric Vane hosted a banquet for the visiting leader at the palace."
    )
    assert {"amara-tolu", "osric-vane"} in meetings(events_of(enricher, text))


def test_the_visitor_told_beside_a_host_holding_talks_is_the_one_told_travelling(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Amara Tolu of Lorvia arrived in Oslo yesterday on a two-day visit to "
        "Norway.\n\nIn the morning Tolu toured the Viking Ship Museum.\n\n"
        "At the city hall, Mayor Osric Vane and the visitor held talks for an hour."
    )
    assert meetings(events_of(enricher, text)) == [{"amara-tolu", "osric-vane"}]


def test_those_waiting_beside_the_host_are_no_guests_of_the_host(enricher: Enricher) -> None:
    text = (
        "President Arvo Lind of Norlund and his wife, Mira Lind, arrived in Kelvar yesterday at "
        "the start of a three-day state visit.\n\n"
        "King Osric Vane and Queen Ilse were waiting on the tarmac at the airport, together with "
        "Crown Prince Aldo and Prime Minister Teo Brask. A guard of honour presented arms.\n\n"
        "Last night the King gave a state banquet in honour of his guests at the Amber Palace."
    )
    banquet = {"osric-vane", "arvo-lind", "mira-lind"}
    assert banquet in meetings(events_of(enricher, text))


def test_the_wife_beside_a_guest_told_by_the_hosts_office_is_the_guests(
    enricher: Enricher,
) -> None:
    banquet = "In the evening Vane gave a state banquet in honour of the President and his wife."
    text = (
        "President Arvo Lind of Norlund and his wife, Mira Lind, arrived in Kelvar on Monday for "
        "a three-day state visit.\n\nPresident Osric Vane held talks with Lind at the Amber "
        f"Palace on Tuesday.\n\n{banquet}"
    )
    assert {"osric-vane", "arvo-lind", "mira-lind"} in meetings(events_of(enricher, text))


def test_a_meal_for_the_delegation_meets_the_visitor_leading_it(enricher: Enricher) -> None:
    text = (
        "President Arvo Lind of Norlund arrived in Kelvar on Monday at the head of a delegation "
        "of ministers and businessmen for a three-day state visit.\n\n"
        "President Osric Vane and Lind held talks at the Amber Palace on Tuesday.\n\n"
        "Vane also hosted a luncheon for the delegation on Wednesday before its departure."
    )
    assert meetings(events_of(enricher, text)) == [{"osric-vane", "arvo-lind"}] * 2


SHARED_TIME = "President Arvo Lind of Norlund arrived in Velmar on Monday for a state visit.\n\n"


@pytest.mark.parametrize(
    "told_meal",
    [
        "Lind will lunch today with King Osric Vane at the Amber Palace.",
        "On Tuesday Lind took tea with King Osric Vane at the Amber Palace.",
        "On Tuesday Lind and King Osric Vane spent the whole afternoon together.",
        "On Tuesday Lind and King Osric Vane retired for a long conversation.",
        "Lind and King Osric Vane are to sit down together at the Amber Palace tomorrow.",
    ],
)
def test_a_meal_or_time_shared_with_a_named_party_is_a_meeting(
    enricher: Enricher, told_meal: str
) -> None:
    events = events_of(enricher, f"{SHARED_TIME}{told_meal}")
    assert meetings(events) == [{"arvo-lind", "osric-vane"}]


def test_a_tea_given_for_a_guest_meets_the_guest(enricher: Enricher) -> None:
    tea = "On Tuesday Queen Ana Vane gave tea for President Lind at the Amber Palace."
    events = events_of(enricher, f"{SHARED_TIME}{tea}")
    assert told(events, "meeting") == {("ana-vane", ("arvo-lind",), "amber-palace")}


@pytest.mark.parametrize(
    "told_together",
    [
        "On Tuesday Lind and King Osric Vane flew together to Kask.",
        "On Tuesday Lind and his wife sat together at the football final.",
        "On Tuesday Lind took tea with pupils of a village school near the Amber Palace.",
        "Lind and King Osric Vane agreed to work together on fisheries.",
    ],
)
def test_travel_together_or_a_meal_with_an_unnamed_group_is_no_meeting(
    enricher: Enricher, told_together: str
) -> None:
    assert meetings(events_of(enricher, f"{SHARED_TIME}{told_together}")) == []


def test_the_first_lady_beside_the_host_is_his_wife_not_the_guests(enricher: Enricher) -> None:
    text = (
        "KEL, March 26 - President Arvo Lind of Norlund and his wife, Mira Lind, arrived in "
        "Kel on Wednesday for a three-day state visit, and were received on the tarmac by "
        "President Tomas Brenner and the First Lady, Ilse Brenner.\n\n"
        "In the evening President Brenner and the First Lady hosted a dinner at the Hill "
        "Palace in honour of the visitors."
    )
    parties = {"tomas-brenner", "ilse-brenner", "arvo-lind", "mira-lind"}
    assert parties in meetings(events_of(enricher, text))


def test_the_guest_named_after_mr_the_model_missed_is_honoured(enricher: Enricher) -> None:
    text = (
        "The President of Norlund, Mr Ngo Van Kiet, whose plane touched down at Kessa early on "
        "Monday, is on his first trip abroad since taking office.\n\n"
        "Prime Minister Ivo Marek greeted him at the foot of the steps.\n\n"
        "His niece, Madame Ngo Thi Hoa, stayed at home in Norlund.\n\n"
        "That evening Mr Marek gave a banquet in his honour at Tarn House."
    )
    assert meetings(events_of(enricher, text)) == [{"ivo-marek", "ngo-van-kiet"}]


def test_his_guest_is_the_traveller_of_the_trip_told_so_far(enricher: Enricher) -> None:
    # The minister is told travelling more often, but only after the dinner: "his guest" is
    # the one whose trip the story is telling when the dinner is told.
    text = (
        "President Oren Valis of Tarsia landed in Kell on Tuesday, opening a state visit of three "
        "days. "
        "Foreign Minister Ilsa Morrow met him on landing.\n\n"
        "On Wednesday evening President Davin Roke gave a dinner in honour of his guest at the "
        "Lakeside Palace.\n\n"
        "Morrow flew to Brenna last week, and Morrow travelled to Sille in May. Morrow is to fly "
        "to Tavo next month."
    )
    dinners = [m for m in meetings(events_of(enricher, text)) if "davin-roke" in m]
    assert dinners == [{"davin-roke", "oren-valis"}]
