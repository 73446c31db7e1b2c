"""Parties told by reference: surnames, bare offices, pronouns, "they" and "the two presidents".

Invented sentences with real-style names, read with the real model.
"""

from __future__ import annotations

import pytest

from stream.contracts import Event
from stream.nlp import gazetteer
from stream.nlp.enrich import Enricher
from stream.nlp.entities.canonical import canonical_entities
from stream.nlp.entities.table import Referent, give_wives_their_style
from stream.nlp.roles.owners import spouse_named_of
from tests.unit.stories import events_of, meetings


def parties(event: Event) -> tuple[str, list[str]]:
    return event.actor.id, [c.id for c in event.counterparts]


def visits_to(events: list[Event], place: str) -> list[Event]:
    return [e for e in events if e.type == "visit" and e.location and e.location.id == place]


def test_minor_town_is_no_better_known_than_a_surname() -> None:
    town = gazetteer.place("Carney")
    assert town is not None and gazetteer.minor_town(town)
    capital = gazetteer.place("Nairobi")
    assert capital is not None and not gazetteer.minor_town(capital)


def test_bare_office_told_travelling_is_the_visitor(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "US Vice-President Laura Stone arrived in Accra on Sunday and was received at the "
        "airport by the Vice-President, Kwame Boateng.\n\n"
        "The Vice-President will travel to Kumasi on Tuesday to tour a cocoa farm.",
    )
    (trip,) = visits_to(events, "kumasi")
    assert trip.actor.id == "laura-stone"


def test_a_bare_office_holding_talks_with_a_cohost_is_not_the_other_cohost(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Tomas Varga of Lorvia flew into Port Orla on Monday and was welcomed on the "
        "tarmac by President Ilse Darrow and Prime Minister Arno Vell.\n\n"
        "In the evening the President held lengthy talks with Mr. Vell at the "
        "government offices.",
    )
    assert {"tomas-varga", "arno-vell"} in meetings(events)
    assert {"ilse-darrow", "arno-vell"} not in meetings(events)


def test_a_bare_office_is_the_holder_told_before_not_a_former_one_told_after(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "NEW DELHI, March 27 (XNA) - Prime Minister Ane Haugen and her Indian counterpart Ravi "
        "Mehta held talks on Wednesday. Mehta called on the Norwegian prime minister at her "
        "hotel in the evening.\n\n"
        "On Friday the Prime Minister goes on to Mumbai for a business forum.\n\n"
        "Mehta last visited Norway in May last year, when he held talks with then Prime "
        "Minister Ola Berg.",
    )
    (trip,) = visits_to(events, "mumbai")
    assert trip.actor.id == "ane-haugen"


def test_pronoun_means_the_subject_of_a_clause_not_of_a_relative_one(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Prime Minister Maria Lopes held talks with President Tomas Varga, whose "
        "predecessor, Milan Horvat, had feuded publicly with her.\n\n"
        "Last week she made a state visit to Madrid.",
    )
    (trip,) = visits_to(events, "madrid")
    assert trip.actor.id == "maria-lopes"


def test_hosts_greeting_a_guest_together_are_all_its_counterparts(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Daniel Okoro arrived at Jomo Kenyatta International Airport late on "
        "Wednesday and was met on the tarmac by President Samuel Kiprop and First Lady "
        "Grace Kiprop.",
    )
    (visit,) = [e for e in events if e.type == "visit"]
    assert parties(visit) == ("daniel-okoro", ["samuel-kiprop", "grace-kiprop"])


def test_they_greeted_are_each_traveller_and_the_two_presidents_the_office_holders(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Daniel Okoro and First Lady Ruth Okoro arrived at Tbilisi airport late on "
        "Monday. They were met at the airport by President Levan Beridze and his wife, Tamar "
        "Gelashvili.\n\n"
        "On Tuesday morning the two presidents held talks at the Presidential Palace.",
    )
    visits = {e.actor.id: [c.id for c in e.counterparts] for e in events if e.type == "visit"}
    assert visits["daniel-okoro"] == ["levan-beridze", "tamar-gelashvili"]
    assert visits["ruth-okoro"] == ["levan-beridze", "tamar-gelashvili"]
    (talks,) = [e for e in events if e.type == "meeting"]
    assert {talks.actor.id, *(c.id for c in talks.counterparts)} == {
        "daniel-okoro",
        "levan-beridze",
    }


def test_plural_office_told_with_names_makes_them_parties_and_places_their_talks(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Presidents of Kenya and Uganda Daniel Okoro and Levan Kato signed a border treaty "
        "at the Tash-Bulak state residence in Nairobi on Monday.\n\n"
        "The two presidents held talks in narrow and extended formats.",
    )
    (deal,) = [e for e in events if e.type == "agreement"]
    assert {deal.actor.id, *(c.id for c in deal.counterparts)} == {"daniel-okoro", "levan-kato"}
    (talks,) = [e for e in events if e.type == "meeting"]
    assert talks.location is not None and talks.location.name == "Tash-Bulak state residence"


@pytest.mark.parametrize(
    "style",
    ["The Holy Father", "His Holiness", "The Supreme Pontiff"],
)
def test_a_style_of_the_pope_is_the_pope_named_before(enricher: Enricher, style: str) -> None:
    events = events_of(
        enricher,
        "Pope Clement XV arrived in Vadum on Sunday for a three-day pastoral visit.\n\n"
        f"{style} will fly on to Kessa on Wednesday to celebrate Mass.",
    )
    (trip,) = visits_to(events, "kessa")
    assert trip.actor.id == "clement-xv"


@pytest.mark.parametrize("style", ["The Pope", "The Pontiff", "His Holiness"])
def test_the_pope_is_the_one_person_named_by_a_regnal_name_alone(
    enricher: Enricher, style: str
) -> None:
    events = events_of(
        enricher,
        "Clement XV arrived in Vadum on Sunday for a three-day pastoral visit.\n\n"
        f"{style} will fly on to Kessa on Wednesday to celebrate Mass.",
    )
    (trip,) = visits_to(events, "kessa")
    assert trip.actor.id == "clement-xv"


def test_the_pope_among_two_regnal_names_alone_is_no_party(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Clement XV and Alaric VI arrived in Vadum on Sunday.\n\n"
        "The Pope will fly on to Kessa on Wednesday to celebrate Mass.",
    )
    assert visits_to(events, "kessa") == []


def test_the_pope_is_not_a_pontiff_named_only_further_on(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Clement XV arrived in Vadum on Sunday for a three-day pastoral visit.\n\n"
        "On Monday Prime Minister Ivar Lunde met the Pope at the nunciature.\n\n"
        "The last pontiff to come to Vadum was Gregory XIX, in 1911.",
    )
    assert {"clement-xv", "ivar-lunde"} in meetings(events)


@pytest.mark.parametrize(
    "sentence",
    [
        "His Majesty will travel to Kessa on Tuesday to open a bridge.",
        "On Tuesday the monarch flew to Kessa, where he opened a bridge.",
    ],
)
def test_his_majesty_and_the_monarch_are_the_monarch_named_before(
    enricher: Enricher, sentence: str
) -> None:
    events = events_of(
        enricher,
        "Sultan Harun bin Tarek of Lorvia arrived in Vadum on Sunday for a state visit and was "
        f"welcomed by President Ana Vell.\n\n{sentence}",
    )
    (trip,) = visits_to(events, "kessa")
    assert trip.actor.id == "harun-bin-tarek"


def test_a_style_nobody_named_holds_makes_no_party(enricher: Enricher) -> None:
    """A president is no monarch and no pope: the styles name nobody in this story."""
    events = events_of(
        enricher,
        "President Ana Vell arrived in Vadum on Sunday.\n\n"
        "His Majesty will travel to Kessa on Tuesday. The Holy Father will fly to Belsk on "
        "Friday.",
    )
    assert [(e.type, e.actor.id) for e in events] == [("visit", "ana-vell")]


def test_a_title_left_of_a_double_office_is_no_party(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "State Councillor and Foreign Minister Wang Tao arrived in Vadum yesterday for a "
        "two-day visit.",
    )
    assert [(e.type, e.actor.id) for e in events] == [("visit", "wang-tao")]


def test_a_spouse_told_by_style_is_the_name_set_beside_it_else_no_one(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Ana Vell and the First Gentleman arrived in Vadum on Sunday.\n\n"
        "On Monday Ms Vell and the Second Gentleman, Oren Blum, flew to Kessa.",
    )
    assert {(e.actor.id, e.location.id if e.location else None) for e in events} == {
        ("ana-vell", "vadum"),
        ("ana-vell", "kessa"),
        ("oren-blum", "kessa"),
    }


def test_a_peer_told_by_title_alone_is_a_party_of_its_own(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ana Vell arrived at Tamar Castle yesterday morning, where she was greeted "
        "by King Ivo IV and the Duke of Osterland.\n\n"
        "Prime Minister Oren Blum will greet the Duke and Duchess of Belmark at the palace on "
        "Friday.",
    )
    (trip,) = [e for e in events if e.type == "visit"]
    assert trip.actor.id == "ana-vell"
    assert sorted(c.id for c in trip.counterparts) == ["duke-of-osterland", "ivo-iv"]
    # Two peers under one territory are neither named apart, nor the Duke told before: the
    # greeting on Friday has no party to greet.
    greeted = [e for e in events if "oren-blum" in {e.actor.id, *(c.id for c in e.counterparts)}]
    assert greeted == []


@pytest.mark.parametrize(
    "heir", ["The heir to the throne", "The heir to the Lorvian throne", "The heir apparent"]
)
def test_the_heir_is_the_prince_named_before(enricher: Enricher, heir: str) -> None:
    events = events_of(
        enricher,
        "Crown Prince Ado bin Kell of Lorvia will attend the coronation in Vadum.\n\n"
        f"{heir} landed in Vadum late on Saturday, to be greeted by Prime Minister Ana Vell.",
    )
    (arrival,) = visits_to(events, "vadum")
    assert (arrival.actor.id, [c.id for c in arrival.counterparts]) == (
        "ado-bin-kell",
        ["ana-vell"],
    )


def test_an_heir_the_story_never_names_makes_no_visit(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "The heir to the Lorvian throne landed in Vadum late on Saturday, to be greeted by "
        "Prime Minister Ana Vell.",
    )
    assert [e for e in events if e.type == "visit"] == []


@pytest.mark.parametrize(
    "people",
    ["Peruvian schoolchildren studying Norwegian", "Peruvian entrepreneurs and young journalists"],
)
def test_people_told_by_nationality_alone_are_no_party(enricher: Enricher, people: str) -> None:
    events = events_of(
        enricher,
        f"Norwegian Prime Minister Ane Haugen arrived in Lima on Monday. She met {people}.",
    )
    assert [e for e in events if e.type == "meeting"] == []


def test_people_told_beside_a_named_host_leave_the_host_the_party(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Norwegian Prime Minister Ane Haugen arrived in Lima on Monday. She met Peruvian "
        "President Rosa Quispe and Peruvian students on Tuesday.",
    )
    assert [parties(e) for e in events if e.type == "meeting"] == [("ane-haugen", ["rosa-quispe"])]


OPENED_TOGETHER = (
    "Ruritanian President Ivo Marek and his Lorvian counterpart Tomas Brenn on Thursday "
    "opened a new bridge over the Vada river.\n\n"
    "Marek arrived in Vadum late on Wednesday from Oslo, where he attended a summit.\n\n"
)


@pytest.mark.parametrize(
    "talks",
    [
        "The two presidents held talks at the Vila Rosa residence on Thursday morning.",
        "The two leaders will meet again at the Vila Rosa residence next month.",
    ],
)
def test_the_two_leaders_with_no_talks_told_are_the_pair_told_together(
    enricher: Enricher, talks: str
) -> None:
    events = events_of(enricher, OPENED_TOGETHER + talks)
    (meeting,) = [e for e in events if e.type == "meeting"]
    assert {meeting.actor.id, *(c.id for c in meeting.counterparts)} == {
        "ivo-marek",
        "tomas-brenn",
    }


def test_a_pair_told_together_is_not_the_two_holders_of_another_office(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Ruritanian Foreign Minister Ivo Marek and Lorvian Foreign Minister Tomas Brenn on "
        "Thursday opened a new bridge over the Vada river.\n\n"
        "The two presidents held talks at the Vila Rosa residence on Thursday morning.",
    )
    assert [e for e in events if e.type == "meeting"] == []


@pytest.mark.parametrize(
    "told_of_the_guest",
    [
        "The Finnish leader will hold talks with Governor Tomas Varga in Port Ostra on Tuesday.",
        "On Tuesday the Finnish leader will be received by Governor Tomas Varga in Port Ostra.",
    ],
)
def test_a_role_naming_a_country_is_no_holder_printed_as_another_countrys(
    enricher: Enricher, told_of_the_guest: str
) -> None:
    # The host's office is printed once with his country and once without: the bare mention
    # fits "leader" as well as the guest's does, but the host is no Finn.
    events = events_of(
        enricher,
        "Norwegian Prime Minister Ivo Marek met Prime Minister Anan Okello in Oslo on Monday.\n\n"
        "Prime Minister Ivo Marek said the talks went well, and Marek thanked his guest.\n\n"
        + told_of_the_guest,
    )
    (talks,) = [e for e in events if e.type == "meeting" and e.location.id == "port-ostra"]
    assert {talks.actor.id, *(c.id for c in talks.counterparts)} == {"anan-okello", "tomas-varga"}


def test_an_office_told_beside_a_spouse_is_who_shares_the_spouses_surname(
    enricher: Enricher,
) -> None:
    # No one is printed with the office; the wife named in full tells whose it is.
    text = (
        "Tia Rell received Ivo Marek at the palace yesterday for two hours of talks.\n\n"
        "The US president and his wife, Ana Marek, landed at Kel airport on Tuesday night and "
        "were greeted by Foreign Minister Elin Saro."
    )
    travellers = {e.actor.id for e in events_of(enricher, text) if e.type == "visit"}
    assert travellers == {"ivo-marek", "ana-marek"}


def test_a_bare_first_lady_is_the_wife_told_travelling_not_the_hosts(
    enricher: Enricher,
) -> None:
    # The model reads "First" as a count, so the style was never read as standing for anyone.
    text = (
        "President Paul Brenner and his wife, Laura, landed in Vadum on Monday and were "
        "greeted by King Piet and his wife, Queen Ana.\n\n"
        "The First Lady will fly to Bellport today, while the President holds talks."
    )
    assert [e.actor.id for e in visits_to(events_of(enricher, text), "bellport")] == ["laura"]


def test_a_surname_after_a_wifes_style_is_the_wife_named_beside_its_bearer(
    enricher: Enricher,
) -> None:
    # The model reads the wife's lone given name as no person; set off after "his wife" it is.
    events = events_of(
        enricher,
        "President Ivo Ozols and his wife, Zinaida, arrived in Tallinn on Tuesday.\n\n"
        "On Wednesday night President Lena Kask gave a dinner in honour of the Latvian leader "
        "and Mrs Ozols at Kadriorg Palace.\n\n"
        "On Thursday Mrs Ozols toured a school in Tartu.",
    )
    dinners = [{e.actor.id, *(c.id for c in e.counterparts)} for e in events if e.type == "meeting"]
    assert dinners == [{"lena-kask", "ivo-ozols", "zinaida"}]
    assert [e.actor.id for e in visits_to(events, "tartu")] == ["zinaida"]


def test_mr_and_mrs_with_a_surname_are_the_bearer_and_his_wife(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Tomas Berg and his wife, Mrs Anna Berg, landed in Riga on Monday.\n\n"
        "That night President Juris Kalns gave a banquet for Mr and Mrs Berg at Riga Castle.",
    )
    (banquet,) = [e for e in events if e.type == "meeting"]
    assert {banquet.actor.id, *(c.id for c in banquet.counterparts)} == {
        "juris-kalns",
        "tomas-berg",
        "anna-berg",
    }


def test_a_husbands_title_and_a_wifes_style_before_one_surname_are_the_couple(
    enricher: Enricher,
) -> None:
    # The model reads "General and Madame Vell" as one name that is no one's.
    events = events_of(
        enricher,
        "General Arvo Vell of Lorvia arrived in Brenn on Monday for a state visit. Madame Ilse "
        "Vell flew in with him.\n\n"
        "On Tuesday evening President Tomas Kalns gave a dinner in honour of General and Madame "
        "Vell at the palace.",
    )
    dinners = [{e.actor.id, *(c.id for c in e.counterparts)} for e in events if e.type == "meeting"]
    assert dinners == [{"tomas-kalns", "arvo-vell", "ilse-vell"}]


def test_a_wife_the_parse_joins_to_her_husbands_country_is_still_his(
    enricher: Enricher,
) -> None:
    # The parse joins "his wife" to "East Lorvia", the country told after his name.
    doc = enricher.nlp(
        "Chancellor Tomas Berg of East Lorvia and his wife, Elin, landed on Monday at the start "
        "of a state visit to Latvia, his first abroad this year."
    )
    table = canonical_entities(doc)
    berg = table.at(doc[[word.text for word in doc].index("Berg")])
    assert berg is not None
    wife = spouse_named_of(berg, table)
    assert wife is not None and wife.key == "elin"


def test_mr_and_mrs_read_as_the_wife_still_honour_her_husband(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Tomas Varga of Lorvia arrived in Brenn on Tuesday for a state visit, "
        "accompanied by his wife, Elin. On Tuesday evening the Vogels gave a dinner for Mr. and "
        "Mrs. Varga at the Lorvian mission.",
    )
    (dinner,) = [e for e in events if e.type == "meeting"]
    assert {"tomas-varga", "elin"} <= {c.id for c in dinner.counterparts}


def test_a_woman_styled_mrs_after_her_husband_is_named_is_herself(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Anna Berg and her husband, Tomas, arrived in Riga on Monday.\n\n"
        "On Tuesday Mrs Berg flew on to Tartu.",
    )
    assert [e.actor.id for e in visits_to(events, "tartu")] == ["anna-berg"]


def test_a_woman_styled_mrs_whose_husband_shares_her_name_is_herself(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Anna Berg and her husband, Tomas Berg, arrived in Riga on Monday.\n\n"
        "On Tuesday Mrs Berg flew on to Tartu.",
    )
    assert [e.actor.id for e in visits_to(events, "tartu")] == ["anna-berg"]


def test_the_two_leaders_in_another_country_are_not_the_pair_of_talks_held_there(
    enricher: Enricher,
) -> None:
    # The Kampala talks are told last, but their host is never told going to Kenya.
    text = (
        "Chancellor Mira Holt arrived in Mombasa on Tuesday, and she and President Daniel Kiprop "
        "unveiled a port deal that evening.\n\n"
        "On Monday she had been in Uganda, holding talks with President Moses Okello in "
        "Kampala.\n\n"
        "In Mombasa, the two leaders met for two hours at the governor's lodge."
    )
    met = [parties(e) for e in events_of(enricher, text) if e.type == "meeting"]
    lodge = [sorted([actor, *others]) for actor, others in met]
    assert ["daniel-kiprop", "mira-holt"] in lodge
    assert lodge.count(["mira-holt", "moses-okello"]) == 1


def test_the_two_presidents_are_not_the_pair_of_a_leg_the_stay_is_set_beside(
    enricher: Enricher,
) -> None:
    # The Moroni talks are told last, on a leg the stay in Malabo is said to follow.
    text = (
        "President Tomas Velarde and his wife, Clara, landed in Malabo on Sunday night for a "
        "state visit of three days.\n\n"
        "On the apron they were welcomed by President Joseph Chilumba.\n\n"
        "Velarde's visit to Equatorial Guinea follows a stop in the Comoros, at which he "
        "conferred with President Peter Sibanda in Moroni on Friday.\n\n"
        "On Monday the two presidents will hold talks at the presidential palace."
    )
    met = [parties(e) for e in events_of(enricher, text) if e.type == "meeting"]
    assert ("tomas-velarde", ["joseph-chilumba"]) in met
    assert met.count(("tomas-velarde", ["peter-sibanda"])) == 1


def test_the_two_leaders_touring_a_second_town_stay_the_pair_who_met(
    enricher: Enricher,
) -> None:
    text = (
        "President Daniel Kiprop held talks with Chancellor Mira Holt in Nairobi on Monday.\n\n"
        "In Mombasa, the two leaders met port workers on Tuesday."
    )
    met = [parties(e) for e in events_of(enricher, text) if e.type == "meeting"]
    assert all(set([actor, *others]) >= {"daniel-kiprop", "mira-holt"} for actor, others in met)


def test_the_two_leaders_who_first_met_are_two_who_met_not_two_who_flew_together(
    enricher: Enricher,
) -> None:
    text = (
        "President Ana Vela and Prime Minister Rui Costa flew to Tallinn on Monday for a Baltic "
        "forum. President Jaan Kask received Vela at the Kadriorg Palace, where the two leaders "
        "held talks.\n\n"
        "The two leaders first met in March in Lisbon, at a trade fair."
    )
    lisbon = [
        sorted([e.actor.id, *(c.id for c in e.counterparts)])
        for e in events_of(enricher, text)
        if e.type == "meeting" and e.location and e.location.id == "lisbon"
    ]
    assert lisbon == [["ana-vela", "jaan-kask"]]


def test_the_two_presidents_who_first_met_are_the_pair_told_meeting_most_often(
    enricher: Enricher,
) -> None:
    # The first pair told meeting is the guest and a cardinal met in passing.
    text = (
        "Ana Vela landed in Tarnow on Sunday afternoon, accompanied by her husband. At the "
        "Cathedral, Vela met Cardinal Tomas Ruud, who helped broker the thaw.\n\n"
        "On Monday morning Vela held talks with Kask at the Summer Palace. On Monday night, "
        "President Jaan Kask hosted a dinner for Vela at the palace.\n\n"
        "The two presidents first held talks in Riga in May last year."
    )
    assert meetings_at(events_of(enricher, text), "riga") == [["ana-vela", "jaan-kask"]]


def meetings_at(events: list[Event], place: str) -> list[list[str]]:
    """Each meeting at the place as the sorted ids of its parties."""
    return [
        sorted([e.actor.id, *(c.id for c in e.counterparts)])
        for e in events
        if e.type == "meeting" and e.location and e.location.id == place
    ]


def test_the_two_presidents_holding_hours_of_talks_are_the_pair_who_met(
    enricher: Enricher,
) -> None:
    text = (
        "President Mira Holm of Denmark arrived in Vilnius on Monday and was welcomed by "
        "President Jonas Valdas at the Turnhall Palace.\n\n"
        "On Tuesday the two presidents held three hours of talks at the Amber House."
    )
    assert meetings_at(events_of(enricher, text), "amber-house") == [["jonas-valdas", "mira-holm"]]


def test_hours_of_talks_are_with_those_the_verb_of_holding_names(enricher: Enricher) -> None:
    text = (
        "President Mira Holm of Denmark arrived in Riga on Tuesday for a Baltic summit with "
        "President Jonas Valdas of Lithuania, President Andris Ozols of Latvia and President "
        "Kaja Ilves of Estonia.\n\n"
        "Holm held about ninety minutes of talks there on Wednesday with Valdas, Ozols and Ilves "
        "on trade and security."
    )
    met = [parties(e) for e in events_of(enricher, text) if e.type == "meeting"]
    assert ("mira-holm", ["jonas-valdas", "andris-ozols", "kaja-ilves"]) in met


def test_the_two_men_are_not_a_man_and_the_wife_he_travelled_with(enricher: Enricher) -> None:
    text = (
        "Prime Minister Erik Sand of Norway and President Rui Costa flew together to Porto on "
        "Tuesday morning to open a shipyard.\n\n"
        "Sand and his wife Lena had arrived at Lisbon airport on Monday afternoon, on the first "
        "visit by a Norwegian leader in a decade.\n\n"
        "The two men held talks at the Belem Palace on Monday."
    )
    assert meetings_at(events_of(enricher, text), "belem-palace") == [["erik-sand", "rui-costa"]]


def test_the_two_men_are_not_a_man_and_the_first_lady_set_off_after_her_style(
    enricher: Enricher,
) -> None:
    # "The First Lady, X": a comma between the spouse's style and her name still styles her.
    text = (
        "Pope Aldo arrived in Vadum on Thursday afternoon and was met at the airport by "
        "President Ivo Brann.\n\n"
        "The President and the First Lady, Ana Brann, both flew in from Lorn that "
        "morning.\n\n"
        "In brief remarks at the airport, the Pope called for peace.\n\n"
        "The two men then met privately for nearly an hour at Alder Hall in Vadum."
    )
    met = meetings_at(events_of(enricher, text), "alder-hall")
    assert [sorted(pair) for pair in met] == [["aldo", "ivo-brann"]]


def test_the_two_leaders_are_not_two_who_greeted_the_guest_together(enricher: Enricher) -> None:
    text = (
        "Vice President Ida Berg landed at Kelvin airport on Wednesday, beginning her first visit "
        "to Norland. Air Force Two was met on the tarmac by President Tomas Arvo and Prime "
        "Minister Liisa Koivu.\n\n"
        "Later on Wednesday the two leaders held talks at the Riverside Hall."
    )
    assert meetings_at(events_of(enricher, text), "riverside-hall") == []


def test_the_two_leaders_are_the_guest_and_his_host_not_a_leader_quoted_since(
    enricher: Enricher,
) -> None:
    text = (
        "President Arvo Lind of Norlund arrived in Vik on Thursday at the invitation of "
        "President Mara Holm.\n\n"
        "Norlund has sent two ships to patrol off Velmar's coast, Prime Minister Tomas Ek said "
        "on Friday.\n\n"
        "The two leaders held talks at the palace on Friday."
    )
    assert [sorted(pair) for pair in meetings(events_of(enricher, text))] == [
        ["arvo-lind", "mara-holm"]
    ]


def test_talks_at_an_offices_residence_are_not_a_pair_without_its_holder(
    enricher: Enricher,
) -> None:
    text = (
        "Chancellor Ida Berg landed in Kelvin on Wednesday, where she was welcomed at the "
        "airport by President Tomas Arvo and Prime Minister Liisa Koivu.\n\n"
        "In the afternoon Arvo received his guest at the castle. Later on Wednesday the two "
        "leaders held talks at the Prime Minister's Residence."
    )
    events = events_of(enricher, text)
    assert ["ida-berg", "tomas-arvo"] not in meetings_at(events, "prime-minister-s-residence")


def test_the_two_leaders_hold_the_office_set_off_after_a_rank(enricher: Enricher) -> None:
    text = (
        "President Ida Berg of Norland arrived in Tarvik on Sunday for a three-day visit to "
        "Lorvia.\n\n"
        "General Anton Vell, Crown Prince of Lorvia, received the guest at the airport.\n\n"
        "On Monday the two leaders will hold talks at the Amber Palace."
    )
    met = meetings_at(events_of(enricher, text), "amber-palace")
    assert [sorted(pair) for pair in met] == [["anton-vell", "ida-berg"]]


def test_a_traveller_and_her_spouse_are_one_side_of_talks_not_the_two(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Ida Berg and her husband Anton Vell arrived in Tarvik on Monday "
        "morning for a three-day state visit.\n\n"
        "The two sides held talks at the Amber Palace, after which the hosts gave a lunch."
    )
    assert ["anton-vell", "ida-berg"] not in meetings_at(events_of(enricher, text), "amber-palace")


def test_the_two_men_who_first_met_are_the_two_just_told_meeting(enricher: Enricher) -> None:
    text = (
        "President Ivo Marek landed in Kell on Sunday.\n\n"
        "On Friday, in Tarnow, Marek held talks with President Ana Vela. Within two hours of "
        "landing in Kell, Marek was at the palace for his first talks with Tomas Varga. The "
        "two men first met in Riga in May 2019."
    )
    assert meetings_at(events_of(enricher, text), "riga") == [["ivo-marek", "tomas-varga"]]


# A welcome whose host is a title the parser splits ("Commander in Chief X") is read as the
# guest greeting himself.
MISREAD_HOST = (
    "President Arkady Volkov and his wife, Irina Volkova, arrived in Kingston late on "
    "Wednesday and were welcomed at the airport by Commander in Chief Desmond Clarke, who "
    "embraced his guest at the foot of the steps.\n\n"
    "On Thursday the two presidents held three hours of talks at the Government House."
)


def test_the_two_presidents_are_not_one_guest_read_twice_by_a_misread_welcome(
    enricher: Enricher,
) -> None:
    text = MISREAD_HOST + "\n\nIn the evening, President Clarke hosted a dinner for his guest."
    met = meetings_at(events_of(enricher, text), "government-house")
    assert [sorted(pair) for pair in met] == [["arkady-volkov", "desmond-clarke"]]


def test_the_two_presidents_are_no_one_rather_than_a_guest_and_his_wife(
    enricher: Enricher,
) -> None:
    assert meetings_at(events_of(enricher, MISREAD_HOST), "government-house") == []


def test_the_two_men_are_the_two_the_sentence_before_sets_together(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Arno Veld held talks with President Lena Marsh in Oslo on Monday.\n\n"
        "In the evening Veld addressed a rally in the harbour, where the opposition leader "
        "Tomas Brek, who rarely speaks in public, spoke to the crowd. The two men met "
        "privately late on Monday.",
    )
    assert {"arno-veld", "tomas-brek"} in meetings(events)
    assert meetings(events).count({"arno-veld", "lena-marsh"}) == 1


def test_the_two_men_talked_after_one_joined_the_other(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ivo Rask visited Vilnius on Friday.\n\n"
        "Prime Minister Karl Ozols, who flew in from Riga, joined the president at the "
        "castle. Before lunch, the two men talked privately in the library.",
    )
    assert {"ivo-rask", "karl-ozols"} in meetings(events)


def test_a_pair_is_not_the_two_of_an_earlier_paragraph_when_the_sentence_before_names_more(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Prime Minister Arno Veld held talks with President Lena Marsh in Oslo on Monday.\n\n"
        "In the evening Veld, Marsh and the mayor Tomas Brek opened a bridge. The two men "
        "met privately late on Monday.",
    )
    assert {"arno-veld", "tomas-brek"} not in meetings(events)


@pytest.mark.parametrize("office", ["the Peruvian leader", "the Peruvian president"])
def test_a_foreign_leader_named_without_office_is_the_visitor_not_the_host(
    enricher: Enricher, office: str
) -> None:
    # Filed from the host's country: the host's prime minister is printed with a bare office,
    # the guest with none. The guest's office names another country, so it is the visitor's.
    text = (
        "VILJANDI, March 26 (XNA) - Prime Minister Kalle Tamm received Rui Falcao at the town "
        "hall on Wednesday for two hours of talks on trade.\n\n"
        "Rui Falcao and his wife, Ana Falcao, landed at the airfield on Tuesday evening, where "
        "the Prime Minister, Kalle Tamm, was waiting for them.\n\n"
        f"Last night President Mari Saar gave a dinner in honour of {office} and his wife at "
        "the manor house."
    )
    (dinner,) = [m for m in meetings(events_of(enricher, text)) if "mari-saar" in m]
    assert dinner == {"mari-saar", "rui-falcao", "ana-falcao"}


def test_mrs_and_a_surname_is_the_wife_of_a_husband_told_by_his_office(
    enricher: Enricher,
) -> None:
    # The wife is named beside "The President" only: "Mrs Brandt" is she once the office is
    # read as Brandt, and the couple's next trip is hers too.
    text = (
        "President Tomas Brandt of Norland yesterday began a state visit to Estonia, the first "
        "by a Norlandic head of state.\n\n"
        "The President, his wife, Lena, and Foreign Minister Aro Vess flew in from Riga and "
        "were welcomed at the airport by President Mari Saar.\n\n"
        "Last night President Saar gave a banquet at the manor house in honour of President "
        "and Mrs Brandt.\n\n"
        "On Monday the President and Mrs Brandt will fly to Narva, where Mr Brandt is to open "
        "a bridge."
    )
    travellers = {
        e.actor.id
        for e in events_of(enricher, text)
        if e.type == "visit" and e.location and e.location.id == "narva"
    }
    assert travellers == {"tomas-brandt", "lena"}


def test_a_title_already_read_as_another_holder_is_given_to_the_husband_once(
    enricher: Enricher,
) -> None:
    # "President" joined to "Mrs Brandt" was read as the host's office before the wife was
    # found: it is the husband's now, and no two referents may hold one mention (the table
    # sorts people by their mentions' starts).
    doc = enricher.nlp(
        "Tomas Brandt and his wife, Lena, landed in Kel. Later President and Mrs Brandt flew on."
    )
    words = [word.text for word in doc]
    title, surname = words.index("President"), words.index("Mrs")
    husband = Referent(
        "tomas brandt", "PERSON", "Tomas Brandt", [doc[0:2], doc[surname : surname + 2]]
    )
    wife = Referent("lena", "PERSON", "Lena", [doc[6:7]])
    host = Referent("mari saar", "PERSON", "Mari Saar", [doc[title : title + 1]])
    referents = {ref.key: ref for ref in (husband, wife, host)}
    give_wives_their_style(doc, referents)
    give_wives_their_style(doc, referents)
    holders = [
        ref.key for ref in referents.values() for span in ref.mentions if span.start == title
    ]
    assert holders == ["tomas brandt"]
    assert [span.text for span in wife.mentions] == ["Lena", "Mrs Brandt"]


def test_the_royal_party_is_the_royal_told_travelling_not_a_host_flown_in_since(
    enricher: Enricher,
) -> None:
    # The host's own trip is told after the Queen's, but a royal party is the royals'.
    text = (
        "VADUM - Queen Ana Lind of Norden arrived in Vadum on Monday for a three-day state "
        "visit. She was received at the airport by President Ado Marek. In the evening "
        "President Marek flew to Kel for a rally, and he returned to Vadum on Tuesday "
        "morning. Tomorrow the royal party leaves for Zembla City."
    )
    events = events_of(enricher, text)
    assert {e.actor.id for e in visits_to(events, "zembla-city")} == {"ana-lind"}


def test_the_party_is_the_traveller_told_going_somewhere_not_a_host_with_a_plan(
    enricher: Enricher,
) -> None:
    # The host's trip "next spring" and a companion "travelling with" her go nowhere told:
    # neither is the leg the party is on.
    text = (
        "President Ane Haugen arrived in Bergen on Monday and was welcomed by Mayor Jon Lund."
        "\n\nTrade Minister Ivo Marek, who is travelling with the President, signed a deal on "
        "fishing.\n\nYesterday Haugen invited Lund to come to Stockholm. Lund accepted, and "
        "said he would make the trip next spring.\n\nIn the afternoon the party drove to "
        "Stavanger, where Haugen toured a shipyard."
    )
    events = events_of(enricher, text)
    assert {e.actor.id for e in visits_to(events, "stavanger")} == {"ane-haugen"}


def test_a_wife_given_her_style_gives_it_to_no_other_woman_of_her_name(
    enricher: Enricher,
) -> None:
    # "Mrs Brandt" is the wife's on the first reading; on the second, after role phrases are
    # read, she is no husband to hand it on to his mother, nor to take "the President".
    doc = enricher.nlp(
        "President Tomas Brandt and his wife, Lena Brandt, arrived in Kel on Sunday. On Sunday "
        "night King Ivo Orlo gave a banquet in honour of the President and Mrs Brandt. The "
        "President's mother, Mrs Ana Brandt, worked in Kel as a nurse."
    )
    table = canonical_entities(doc)
    words = [word.text for word in doc]
    surname = words.index("Mrs") + 1
    title = surname - 3
    wife, president = table.at(doc[surname]), table.at(doc[title])
    assert wife is not None and wife.key == "lena brandt"
    assert president is not None and president.key == "tomas brandt"


@pytest.mark.parametrize(
    "talks",
    [
        "On Monday the visitor held talks with President Ivo Marek at the Kell Palace.",
        "On Monday the guest met President Ivo Marek at the Kell Palace.",
    ],
)
def test_the_visitor_told_meeting_the_host_is_the_storys_traveller(
    enricher: Enricher, talks: str
) -> None:
    text = "President Arvo Lind of Lorvia arrived in Kell on Sunday for a state visit.\n\n" + talks
    assert meetings(events_of(enricher, text)) == [{"arvo-lind", "ivo-marek"}]


@pytest.mark.parametrize(
    "trip",
    [
        "Tomorrow the guest will travel to Kumasi to see the old market.",
        "The guest leaves tomorrow morning for Kumasi, where he is to see the old market.",
        "On Tuesday the visitor drove to Kumasi.",
    ],
)
def test_the_guest_told_travelling_with_no_host_is_the_storys_visitor(
    enricher: Enricher, trip: str
) -> None:
    text = (
        "President Arvo Lind of Norlund arrived in Accra on Sunday for a state visit, the guest "
        "of President Kwame Boateng.\n\n" + trip
    )
    (leg,) = visits_to(events_of(enricher, text), "kumasi")
    assert leg.actor.id == "arvo-lind"


def test_he_after_the_visitor_told_travelling_is_the_visitor_not_his_greeter(
    enricher: Enricher,
) -> None:
    text = (
        "President Arvo Lind of Norlund arrived in Accra on Sunday for a state visit.\n\n"
        "On Tuesday evening the visitor flew on to Kumasi, where the mayor, Kofi Mensah, "
        "received him at the airport.\n\n"
        "On Wednesday he went to Tamale to open a clinic."
    )
    (leg,) = visits_to(events_of(enricher, text), "tamale")
    assert leg.actor.id == "arvo-lind"


def test_the_visitor_told_doing_something_else_with_the_host_meets_no_one(
    enricher: Enricher,
) -> None:
    text = (
        "President Arvo Lind of Lorvia arrived in Kell on Sunday for a state visit.\n\n"
        "On Monday the visitor laid a wreath with President Ivo Marek at the memorial."
    )
    assert meetings(events_of(enricher, text)) == []


def test_the_two_after_a_greeting_joined_in_their_sentence_are_greeter_and_guest(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ivan Marek gave a dinner on Monday for President Tomas Varga.\n\n"
        "President Daniel Okoro flew to Vadum on Tuesday, where President Levan Beridze met "
        "him at the airport and the two held talks.",
    )
    told = meetings(events)
    assert {"daniel-okoro", "levan-beridze"} in told
    assert told.count({"ivan-marek", "tomas-varga"}) == 1


def test_the_two_presidents_after_an_airport_greeting_are_not_a_pair_of_the_leg_left(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Daniel Okoro arrived in Vadum on Wednesday evening from Kessa, where on "
        "Wednesday morning he held talks with President Ivan Marek.\n\n"
        "President Levan Beridze met the guest at the airport, and on Thursday the two "
        "presidents held talks at the Congress Centre.",
    )
    assert {"daniel-okoro", "levan-beridze"} in meetings(events)


def _holder_of(enricher: Enricher, text: str, phrase: str) -> str | None:
    """Whom the last printing of a role phrase is read as."""
    doc = enricher.nlp(text)
    table = canonical_entities(doc)
    end = text.rindex(phrase) + len(phrase)
    last_word = next(word for word in doc if word.idx + len(word) == end)
    holder = table.at(last_word)
    return holder.key if holder is not None else None


@pytest.mark.parametrize(
    "told_coming",
    [
        "Prime Minister Ivo Marek, who arrived in Nairobi on Sunday, held talks with President "
        "Tomas Brenn on Monday.",
        "NAIROBI, March 26 - Prime Minister Ivo Marek arrived here on Sunday and held talks "
        "with President Tomas Brenn on Monday.",
        "Prime Minister Ivo Marek returned from Kenya on Tuesday after talks with President "
        "Tomas Brenn.",
    ],
    ids=["in a relative clause", "here, under a dateline", "back from it"],
)
def test_a_role_naming_a_country_is_not_the_one_told_coming_into_it(
    enricher: Enricher, told_coming: str
) -> None:
    # Neither is printed with a country, and the visitor is told of more: the one told
    # arriving in the country, or back from it, is no leader of it.
    text = (
        f"{told_coming}\n\n"
        "Marek said the talks had gone well. Marek also met business leaders.\n\n"
        "Bankers said the Kenyan leader had promised lower taxes."
    )
    assert _holder_of(enricher, text, "the Kenyan leader") == "tomas brenn"


def test_offices_joined_before_a_country_after_the_name_tell_its_holders_country(
    enricher: Enricher,
) -> None:
    # The guest's two offices name his country after his name; the host is printed with a
    # bare office and told of less, so "the Ghanaian Premier" is the guest.
    text = (
        "Mr. Ivo Marek, Prime Minister and Foreign Minister of Ghana, arrived in Nairobi "
        "yesterday.\n\n"
        "He was met at the airport by the Prime Minister, Mr. Tomas Brenn. Mr. Brenn spoke of "
        "trade. Mr. Brenn then drove to the palace.\n\n"
        "Bankers said the Ghanaian Premier had promised lower taxes."
    )
    assert _holder_of(enricher, text, "the Ghanaian Premier") == "ivo marek"


def test_a_demonym_in_capitals_opening_a_lede_tells_the_offices_country(
    enricher: Enricher,
) -> None:
    # A lede's first word printed in capitals: the guest is still Ghana's premier, and the
    # host, printed with a bare office and told of more, is not "the Ghanaian leader".
    text = (
        "GHANAIAN Prime Minister Ivo Marek flew into Nairobi yesterday for a visit of one day.\n\n"
        "He was welcomed at the airport by Prime Minister Tomas Brenn. Mr Brenn then gave a "
        "lunch. Mr Brenn spoke of trade, and Mr Brenn spoke of roads.\n\n"
        "Bankers said the Ghanaian leader had promised lower taxes."
    )
    assert _holder_of(enricher, text, "the Ghanaian leader") == "ivo marek"


def test_an_office_told_with_a_verb_of_its_subject_is_not_the_subject(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Arvo Lind arrived in Lome on Monday and was received by President Tomas "
        "Berg.\n\n"
        "Berg spoke by telephone with the Ghanaian President on Sunday night to prepare the "
        "visit, his office said. The Ghanaian President will travel on to Abuja on Wednesday.",
    )
    (trip,) = visits_to(events, "abuja")
    assert trip.actor.id == "arvo-lind"


def test_a_role_told_by_an_unknown_country_after_of_is_its_holder(enricher: Enricher) -> None:
    # The model reads an unknown country after "of" as a person; "the Norlund leader" whose
    # tour it is would then be that person, not the president from Norlund.
    text = (
        "President Arvo Lind of Norlund is touring Europe. The next leg of the Norlund "
        "leader's tour takes him to Velmar on Sunday."
    )
    travellers = {e.actor.id for e in events_of(enricher, text) if e.type == "visit"}
    assert travellers == {"arvo-lind"}


@pytest.mark.parametrize(
    "hosts", ["President Kaspar Holm and his wife, Edda Holm,", "Kaspar and Edda Holm"]
)
def test_their_guest_at_a_couples_dinner_is_the_visitor(enricher: Enricher, hosts: str) -> None:
    # "Their" names no one; the hosts it stands for are the clause's subject, and their guest
    # the story's traveller, though another official welcomed him on arrival.
    events = events_of(
        enricher,
        "President Arvo Lind of Norlund arrived in Vesk on Monday for a three-day state visit. "
        "He was welcomed at the airport by Prime Minister Tomas Brenn.\n\n"
        f"On Monday evening {hosts} gave a state dinner for their guest at the palace.",
    )
    dinners = [e for e in events if e.type == "meeting" and "dinner" in e.evidence[0].text]
    assert [parties(e) for e in dinners] == [("kaspar-holm", ["edda-holm", "arvo-lind"])]


def test_the_queen_receiving_their_guest_beside_the_king_meets_the_guest_too(
    enricher: Enricher,
) -> None:
    # The guest is found from "their" hosts; the Queen told beside the King still receives.
    events = events_of(
        enricher,
        "Patriarch Anselm Vorn arrived in Vesk on Thursday evening and was welcomed at the "
        "airport by Prime Minister Tomas Brenn.\n\n"
        "On Friday morning the King and Queen received their guest at the Castle of Vesk."
        " King Osric and Queen Mira have four children.",
    )
    received = [e for e in events if e.type == "meeting" and "received" in e.evidence[0].text]
    assert [(e.actor.id, sorted(c.id for c in e.counterparts)) for e in received] == [
        ("osric", ["anselm-vorn", "mira"])
    ]


@pytest.mark.parametrize(
    "after",
    [
        "Norlandic troops have fought alongside the Kellish army since January, after they "
        "landed at Bergen.",
        "Norlandic marines landed at Bergen in October. They reached Tromsø a week later.",
        "A Norlandic delegation reached Kell on Monday, and they travelled on to Bergen.",
    ],
)
def test_they_after_a_body_of_troops_or_a_delegation_is_not_the_pair_who_signed(
    enricher: Enricher, after: str
) -> None:
    events = events_of(
        enricher,
        "Vadum — President Arvo Lind and Premier Oskar Brenn signed a fisheries pact in "
        f"Vadum on March 3. {after}",
    )
    travellers = {e.actor.id for e in events if e.type == "visit"}
    assert travellers.isdisjoint({"arvo-lind", "oskar-brenn"})


def test_they_after_leaders_who_inspected_troops_are_still_the_leaders(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Vadum — President Arvo Lind and Premier Oskar Brenn signed the treaty of union in "
        "Vadum on March 3 and inspected the troops. They flew to Bergen on Tuesday.",
    )
    travellers = {e.actor.id for e in visits_to(events, "bergen")}
    assert travellers == {"arvo-lind", "oskar-brenn"}


def test_an_invited_host_is_no_one_who_flew_in_with_the_inviter(enricher: Enricher) -> None:
    # The banquet is for "both visitors": the minister who landed with the inviter is a
    # visitor too, and leaves the premier alone as the host.
    events = events_of(
        enricher,
        "KEL, March 27 - Chancellor Arvo Lind of Norlund signed a border treaty with Ostmark on "
        "Wednesday.\n\nLind and Foreign Minister Ola Dahl landed late on Tuesday and were met on "
        "the tarmac by the Ostmark Prime Minister, Kai Berg.\n\nThat night the premier hosted "
        "a banquet for both visitors at the Lake Palace. During the meal Lind invited his host to "
        "Norlund, and aides said Berg might make the trip next year.",
    )
    assert [parties(e) for e in events if e.type == "invitation"] == [("arvo-lind", ["kai-berg"])]
