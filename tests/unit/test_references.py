"""Who stands behind a reference, on invented sentences: a monarch's style, a host's guest, a
regnal name with its patronymic, and a role word that only describes a noun; unresolvable is
no one, never a wrong party."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from stream.nlp.doctext import words_kept
from stream.nlp.enrich import Enricher
from stream.nlp.entities.canonical import canonical_entities, in_story_order
from stream.nlp.entities.offices import title_of
from stream.nlp.entities.table import Referent
from stream.nlp.roles.reference import nationality, referent
from tests.unit.stories import events_of, meetings, told, visits

ARRIVAL = (
    "ZEMBLA CITY - Lorvian President Ado Marek arrived in Zembla City on Wednesday for a state "
    "visit. "
)


def test_the_sovereign_is_the_monarch_the_story_names(enricher: Enricher) -> None:
    text = (
        f"{ARRIVAL}He was invited by King Tomas Orlo. The Sovereign welcomed the Lorvian "
        "president at the airport."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("ado-marek", ("tomas-orlo",), "zembla-city")
    }


def test_the_sovereign_of_no_named_monarch_is_no_party(enricher: Enricher) -> None:
    text = f"{ARRIVAL}The Sovereign welcomed the Lorvian president at the airport."
    assert told(events_of(enricher, text), "visit") == {("ado-marek", (), "zembla-city")}


def test_a_role_word_describing_a_noun_names_no_holder(enricher: Enricher) -> None:
    text = (
        "King Tomas Orlo met President Ado Marek. Lorvia will respect the sovereign authority "
        "of Zembla."
    )
    doc = enricher.nlp(text)
    table = canonical_entities(doc)
    (sovereign,) = [word for word in doc if word.lower_ == "sovereign"]
    assert table.at(sovereign) is None


@pytest.mark.parametrize("title", ["Cardinal", "Rabbi", "Nuncio", "Maharaja"])
def test_a_bare_clerical_or_princely_title_is_its_holder(enricher: Enricher, title: str) -> None:
    text = (
        f"ZEMBLA CITY - {title} Mato Lind arrived in Zembla City on Wednesday for a three-day "
        f"visit. The {title} met President Ado Marek at the palace on Thursday."
    )
    assert meetings(events_of(enricher, text)) == [{"mato-lind", "ado-marek"}]


@pytest.mark.parametrize(
    "text",
    [
        "Lorvia will hold to the cardinal rule of Zembla in its talks with King Tomas Orlo.",
        "Envoys from the cardinal points met King Tomas Orlo in Zembla City.",
    ],
)
def test_cardinal_describing_a_noun_is_no_person(enricher: Enricher, text: str) -> None:
    doc = enricher.nlp(text)
    table = canonical_entities(doc)
    (cardinal,) = [word for word in doc if word.lower_ == "cardinal"]
    assert table.at(cardinal) is None
    assert not any(ent.label_ == "PERSON" and "cardinal" in ent.text.lower() for ent in doc.ents)


@pytest.mark.parametrize(
    "told_of_the_guest",
    [
        "King Tomas Orlo later held talks with his guest at the Royal Palace.",
        "Queen Ilse Orlo met her guest at the Royal Palace on Thursday.",
        "King Tomas Orlo received his visitor at the Royal Palace on Thursday.",
    ],
)
def test_a_hosts_guest_is_the_one_traveller(enricher: Enricher, told_of_the_guest: str) -> None:
    meetings = told(events_of(enricher, ARRIVAL + told_of_the_guest), "meeting")
    host = told_of_the_guest.split()[1].lower() + "-orlo"
    assert {(actor, parties) for actor, parties, _ in meetings} == {(host, ("ado-marek",))}


def test_a_guest_among_two_travellers_is_no_one(enricher: Enricher) -> None:
    text = (
        f"{ARRIVAL}Prime Minister Jon Vik of Norden also arrived on Wednesday. King Tomas Orlo "
        "received his guest at the Royal Palace on Thursday."
    )
    assert told(events_of(enricher, text), "meeting") == set()


def test_his_majesty_is_the_king_not_the_queen(enricher: Enricher) -> None:
    text = (
        "Queen Ana Lind of Norden arrived in Vadum on Monday for a state visit, and was welcomed "
        "by Sultan Ivo Renn. The Queen laid a wreath on Tuesday. His Majesty paid a state visit "
        "to Norden in 1982."
    )
    assert ("ivo-renn", (), "norden") in told(events_of(enricher, text), "visit")


def test_his_majesty_is_not_a_queen_told_by_her_style_before(enricher: Enricher) -> None:
    text = (
        "Her Majesty Queen Ana Lind of Norden arrived in Vadum on Monday for a state visit, and "
        "was welcomed by Sultan Ivo Renn. Her Majesty laid a wreath on Tuesday. His Majesty "
        "paid a state visit to Norden in 1982."
    )
    assert ("ivo-renn", (), "norden") in told(events_of(enricher, text), "visit")


def test_her_majesty_is_no_man_printed_with_his_style_alone(enricher: Enricher) -> None:
    # "His Imperial Majesty X" names no office word that tells his sex; the style's own "His"
    # does, and a "Her Majesty" with no queen in the story is no one.
    text = (
        "Chancellor Ada Brill of Norden arrived in Tabriz on Monday and was welcomed by His "
        "Imperial Majesty Reza Khan Arvani. Her Majesty paid a state visit to Norden in 1982."
    )
    doc = enricher.nlp(text)
    table = canonical_entities(doc)
    (her,) = [word for word in doc if word.text == "Her"]
    assert table.at(her) is None


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "His Highness the Emir Sheikh Yusuf Al-Harbi attended the energy forum in Muscat on "
            "Sunday with President Tomas Varga. His Highness arrived in Muscat on Saturday.",
            ("yusuf-al-harbi", (), "muscat"),
        ),
        (
            "His Highness the Crown Prince Sheikh Yusuf Al-Harbi attended the energy forum in "
            "Muscat on Sunday. His Highness arrived in Muscat on Saturday and was received by "
            "President Tomas Varga.",
            ("yusuf-al-harbi", ("tomas-varga",), "muscat"),
        ),
    ],
)
def test_his_highness_is_the_emir_or_crown_prince_styled_so(
    enricher: Enricher, text: str, visit: tuple[str, tuple[str, ...], str]
) -> None:
    # "His Highness" styles an emir, a sultan or a prince, whatever the office printed with it.
    assert visit in told(events_of(enricher, text), "visit")


@pytest.mark.parametrize(
    "told_by_style",
    [
        "His Imperial Majesty and the chancellor held talks at the Golestan Palace on Monday "
        "evening.",
        "The visit returns the hospitality extended in May, when the Shahanshah held talks with "
        "Ms. Brill in Norden.",
    ],
)
def test_an_imperial_style_is_the_one_printed_with_it_not_another_king(
    enricher: Enricher, told_by_style: str
) -> None:
    # Printed only by his style, never as an emperor or a shah, he is still the one a bare
    # "His Imperial Majesty" or "the Shahanshah" means, though a king is named too.
    text = (
        "Chancellor Ada Brill of Norden arrived in Tabriz on Monday and was welcomed by His "
        "Imperial Majesty Reza Khan Arvani. King Omar Haddad of Lorvia also flew in for the "
        f"occasion. {told_by_style}"
    )
    meetings = told(events_of(enricher, text), "meeting")
    assert {(actor, parties) for actor, parties, _ in meetings} == {
        ("reza-khan-arvani", ("ada-brill",))
    }


def test_a_guest_is_the_traveller_told_of_most(enricher: Enricher) -> None:
    text = (
        "President Ivo Renn landed in Vadum on Sunday and was met by Vice President Bo Dahl. "
        "Former President Ana Lind flew to Vadum in 2009. Renn will fly on to Tarsa on Thursday. "
        "On Monday morning President Ado Kell received his guest at the Palace of the Nation."
    )
    assert told(events_of(enricher, text), "meeting") == {
        ("ado-kell", ("ivo-renn",), "palace-of-the-nation")
    }


@pytest.mark.parametrize(
    ("text", "son"),
    [
        (
            "His Majesty Sultan Haji Omar Ali Saif Waddin ibni Al-Marhum Sultan Haji Ahmad Tajul "
            "Karim, Sultan of Zembla, yesterday held a bilateral meeting with Lorvian President "
            "Ado Marek at the Istana Kota.",
            "haji-omar-ali-saif-waddin",
        ),
        (
            "Sultan Omar Ali Saif Waddin ibni Sultan Ahmad Karim held talks with Lorvian "
            "President Ado Marek at the Istana Kota on Tuesday.",
            "omar-ali-saif-waddin",
        ),
    ],
)
def test_the_father_named_in_a_patronymic_is_no_party(
    enricher: Enricher, text: str, son: str
) -> None:
    assert told(events_of(enricher, text), "meeting") == {(son, ("ado-marek",), "istana-kota")}


def test_a_patronymic_after_a_title_is_another_persons_name(enricher: Enricher) -> None:
    text = (
        "Lorvian President Ado Marek met Prime Minister Omar Kell and Foreign Minister Saif bin "
        "Ahmad in Zembla City on Tuesday."
    )
    assert told(events_of(enricher, text), "meeting") == {
        ("ado-marek", ("omar-kell", "saif-bin-ahmad"), "zembla-city")
    }


def test_he_after_a_background_clause_is_the_main_subject(enricher: Enricher) -> None:
    text = (
        "Lorvian leader Ado Marek will stay on in Zembla City for an official visit, the first "
        "by a Lorvian leader since his father Ivo Marek came in 1964. He is due to hold talks "
        "today with King Tomas Orlo at the Royal Palace."
    )
    meetings = told(events_of(enricher, text), "meeting")
    assert {actor for actor, _, _ in meetings} == {"ado-marek"}


def test_a_bare_office_is_a_holder_told_before_not_a_traveller_told_later(
    enricher: Enricher,
) -> None:
    text = (
        "ZEMBLA CITY - King Tomas Orlo this morning received Pope Linus at the Royal "
        "Palace. The Pope arrived by helicopter from Kell. Pope Anacletus visited Zembla "
        "City in May 2009."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("anacletus", (), "zembla-city") in visits
    assert {actor for actor, _, _ in visits} == {"linus", "anacletus"}


def test_a_bare_office_read_as_a_holder_makes_them_known_by_it(enricher: Enricher) -> None:
    # The traveller is printed with the office only in a caption: the lede's "The President"
    # read as them tells a reader who a later bare "the President" is.
    text = (
        "Ado Marek came home to Kellby yesterday.\n\nThe President and First Lady Ana Marek "
        "landed at Kell Airport, where they were met by the ambassador. Their first call was "
        "on President Ivo Lenk, who received them at the palace. On Thursday the President "
        "travels to Vorn for talks with President Tomas Orlo.\n\nCaption: President Ado Marek "
        "and Ana Marek in Kellby."
    )
    assert ("ado-marek", ("tomas-orlo",), "vorn") in told(events_of(enricher, text), "meeting")


def test_a_bare_office_read_as_a_holder_is_not_then_a_host_printed_plainly(
    enricher: Enricher,
) -> None:
    # The host alone is printed with no country, yet "the President" was read as the visitor
    # before the host was named: it goes on meaning the visitor.
    text = (
        "Lorvian President Ado Marek landed in Vorn on Sunday. Later the President held talks "
        "with President Ivo Lenk. On Tuesday Prime Minister Tomas Orlo called on the President "
        "at the Grand Hotel."
    )
    meetings = told(events_of(enricher, text), "meeting")
    assert ("tomas-orlo", ("ado-marek",), "grand-hotel") in meetings
    assert all(actor != "tomas-orlo" or "ivo-lenk" not in met for actor, met, _ in meetings)


def test_she_after_an_unnamed_office_is_no_one_named_before(enricher: Enricher) -> None:
    text = (
        "Lorvian President Ado Marek arrived in Zembla City on Monday for a state visit. His "
        "Secretary of State prepared the ground in December last year, when she travelled to "
        "Kell and Vorn on the first such visit in 50 years."
    )
    assert told(events_of(enricher, text), "visit") == {("ado-marek", (), "zembla-city")}


def test_he_goes_on_past_a_background_clause_through_the_sentences_own_he(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian Prime Minister Ado Marek arrived in Oslo on Sunday evening. On Saturday he "
        "addressed students in Bergen, where a young Karl Brenner was thrown off a train in "
        "1893. On Sunday morning he met President Tomas Orlo in Tromso before flying south."
    )
    meetings = told(events_of(enricher, text), "meeting")
    assert {actor for actor, _, _ in meetings} == {"ado-marek"}


def test_a_titled_name_after_a_venue_and_with_is_a_person(enricher: Enricher) -> None:
    text = (
        "ZEMBLA CITY, Mar 26 -- Zemblan President Ado Marek held official talks on Monday at the "
        "Palace of the Revolution with Prince Ivo Lenk, heir to the Lorvian throne, who is "
        "making the first official visit to Zembla by a member of the Lorvian royal family. The "
        "Prince, accompanied by his wife, landed at Zembla City airport on Sunday evening."
    )
    visits = told(events_of(enricher, text), "visit")
    assert {actor for actor, _, _ in visits} == {"ivo-lenk"}


def test_a_royal_of_a_nationality_is_no_country(enricher: Enricher) -> None:
    text = (
        "Prince Ivo Lenk arrived in Zembla City on Sunday. On Wednesday the British royal will "
        "fly to Norway, the last stop of a Nordic tour."
    )
    visits = told(events_of(enricher, text), "visit")
    assert {actor for actor, _, _ in visits} == {"ivo-lenk"}


def test_a_travelling_party_told_by_nationality_is_the_compatriot(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen arrived in Lima on Monday for a state visit. The "
        "Norwegian party leaves today for Chile, where Haugen is to open a trade fair."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("ane-haugen", (), "lima"),
        ("ane-haugen", (), "chile"),
    }


def test_a_named_craft_told_flying_carries_the_traveller(enricher: Enricher) -> None:
    text = (
        "Lorvian President Ado Marek spent five hours in Oslo yesterday, the first visit to "
        "Norway by a Lorvian leader.\n\nAir Force One landed in the early afternoon. A guard of "
        "honour was drawn up despite the drizzle. At nightfall Air Force One left for Stockholm "
        "with Marek on board."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("ado-marek", (), "oslo"),
        ("ado-marek", (), "stockholm"),
    }


def test_a_feast_set_off_after_the_day_is_no_traveller(enricher: Enricher) -> None:
    text = (
        f"{ARRIVAL}On Sunday, the Feast of Saint Brom, the President travelled by helicopter "
        "to Gdansk, where he spoke to students."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("ado-marek", (), "gdansk") in visits
    assert all(actor == "ado-marek" for actor, _, _ in visits)


def test_he_in_a_clause_on_a_relative_clause_is_the_one_it_describes(
    enricher: Enricher,
) -> None:
    text = (
        f"{ARRIVAL}The visit was prepared in part by Foreign Minister Ane Haugen, who became "
        "the highest-ranking Lorvian official to visit the city when she came to Zembla City "
        "with the G7 foreign ministers in April."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("ane-haugen", (), "zembla-city") in visits
    assert len([actor for actor, _, _ in visits if actor == "ado-marek"]) == 1


def test_whom_a_host_receives_is_the_traveller_not_the_last_speaker(
    enricher: Enricher,
) -> None:
    text = (
        "QUITO - Chancellor Ado Marek returned to Quito last night after a day in Lima. "
        "Marek landed at Lima airport yesterday morning and was welcomed by President Anton "
        "Vell. Government spokesman Romeo Vanni said the talks were frank. Vanni denied reports "
        "that the stop had been in doubt. President Tomas Orlo and his wife, Ana Orlo, received "
        "Marek on his arrival in Quito on Wednesday afternoon. On Thursday Orlo received him "
        "at the Casa Presidencial, where the two men spoke for half an hour."
    )
    meetings = told(events_of(enricher, text), "meeting")
    assert ("tomas-orlo", ("ado-marek",), "casa-presidencial") in meetings
    assert all("romeo-vanni" not in parties for _, parties, _ in meetings)


def test_a_visitor_to_a_country_is_not_its_leader(enricher: Enricher) -> None:
    text = (
        "LIMA - Prime Minister Ado Marek flew to Lima on Monday for three days of talks. "
        "The Peruvian leader's only appearance in Norway remains a stopover in Bergen in 1971."
    )
    assert told(events_of(enricher, text), "visit") == {("ado-marek", (), "lima")}


def test_he_opening_sentences_after_a_tour_that_took_someone_is_that_traveller(
    enricher: Enricher,
) -> None:
    text = (
        "NAIROBI - Kenya and Lorvia signed seven agreements yesterday after talks between "
        "President Tomas Orlo and Lorvian Prime Minister Ado Marek at State House. Mr Marek "
        "arrived in Nairobi on Sunday evening from Dar es Salaam. State House said the President "
        "was likely to attend a summit in Lorvia. Nairobi is the last stop of a five-day tour "
        "that took Mr Marek to Maputo on Thursday, where he held talks with President Ane "
        "Haugen, and to Pretoria on Friday. He addressed students in Johannesburg on Friday "
        "evening and on Saturday rode a train to Durban, where a young lawyer was thrown off a "
        "carriage in 1893. On Sunday morning he met President Jon Vik in Dar es Salaam before "
        "flying north."
    )
    meetings = told(events_of(enricher, text), "meeting")
    assert ("ado-marek", ("jon-vik",), "dar-es-salaam") in meetings
    assert all(actor != "tomas-orlo" for actor, _, place in meetings if place != "state-house")


def test_the_head_of_state_set_off_before_a_ranked_name_is_the_leader_told_later(
    enricher: Enricher,
) -> None:
    text = (
        "President Ana Lind of Norway landed in Accra on Monday, where she "
        "was welcomed by the Head of State, Lt-Gen Amadou Sissoko. At a dinner on Tuesday, the "
        "Ghanaian leader toasted his guest. On Thursday Ms Lind goes on to Lome for talks with "
        "President Omar Haddad."
    )
    doc = enricher.nlp(text)
    table = canonical_entities(doc)
    (head,) = [word for word in doc if word.lower_ == "head"]
    (leader,) = [word for word in doc if word.lower_ == "leader"]
    # The office set off before the ranked name is that name, not the guest; the later "the
    # Ghanaian leader" is them too, not the president named after it, whom the guest goes on to.
    holders = [table.at(head), table.at(leader)]
    assert [holder.key if holder else None for holder in holders] == ["amadou sissoko"] * 2


def test_he_never_means_a_woman_styled_as_one(enricher: Enricher) -> None:
    # The last subject before "He" is Mrs Lund: the talks in Lisbon are the man's.
    text = (
        "Ivo Marek and Mrs Lund met at the palace in Vadum on Monday. Mrs Lund walked him past "
        "the guard of honour. He had held talks with President Tia Rell in Lisbon earlier this "
        "week."
    )
    talks = told(events_of(enricher, text), "meeting")
    in_lisbon = {meeting for meeting in talks if meeting[2] == "lisbon"}
    assert in_lisbon == {("ivo-marek", ("tia-rell",), "lisbon")}


def test_he_never_means_a_woman_titled_by_a_rank_only_women_hold(enricher: Enricher) -> None:
    # The last subject before "He" is the queen: the talks in Lisbon are the man's.
    text = (
        "Ivo Marek and Queen Ana Vell met at the palace in Vadum on Monday. Queen Ana Vell "
        "showed him round the gardens. He had held talks with President Tia Rell in "
        "Lisbon earlier this week."
    )
    talks = told(events_of(enricher, text), "meeting")
    in_lisbon = {meeting for meeting in talks if meeting[2] == "lisbon"}
    assert in_lisbon == {("ivo-marek", ("tia-rell",), "lisbon")}


def test_she_never_means_a_man_titled_by_a_rank_only_men_hold(enricher: Enricher) -> None:
    # The king is the last subject before "she": the trip to Kell is the princess's.
    text = (
        "Princess Ana Vell of Norlund arrived in Vadum on Monday and was received by King Ivo "
        "Marek. The King gave a dinner in her honour. On Tuesday she flies to Kell."
    )
    assert ("ana-vell", (), "kell") in told(events_of(enricher, text), "visit")
    assert ("ivo-marek", (), "kell") not in told(events_of(enricher, text), "visit")


def test_she_goes_on_past_a_prince_who_walked_her_out(enricher: Enricher) -> None:
    text = (
        "Prime Minister Ana Vell of Norlund was received in Vadum on Monday by Prince Ivo "
        "Marek. Prince Ivo Marek walked her to the car. She flew on to Kell, where she met "
        "President Tia Rell."
    )
    talks = told(events_of(enricher, text), "meeting")
    assert ("ana-vell", ("tia-rell",), "kell") in talks
    assert ("ivo-marek", ("tia-rell",), "kell") not in talks


def test_a_leader_of_a_country_is_no_president_named_later_without_one(
    enricher: Enricher,
) -> None:
    # The story has named people, none printed as Lorvian, before "the Lorvian leader": the
    # president named after it with no country may well be the host of the stop, so it is
    # no one.
    text = (
        "KELL - Zemblan Foreign Minister Ane Haugen closed trade talks with Lorvia on Monday in "
        "Kell. Diplomats said the Lorvian leader may stop in Vorn next month, where he could "
        "meet President Tomas Orlo."
    )
    doc = enricher.nlp(text)
    table = canonical_entities(doc)
    (leader,) = [word for word in doc if word.lower_ == "leader"]
    assert table.at(leader) is None
    assert all(actor != "tomas-orlo" for actor, _, _ in told(events_of(enricher, text), "visit"))


def test_the_general_in_small_letters_is_the_officer_the_story_titles_so(
    enricher: Enricher,
) -> None:
    text = (
        "General Ado Vell arrived in Kell on Monday for a three-day visit. On Tuesday evening, "
        "Prime Minister Ivo Lenk gave a state dinner in the general's honour at the Grand Hotel."
    )
    assert ("ivo-lenk", ("ado-vell",), "grand-hotel") in told(events_of(enricher, text), "meeting")


def test_general_ending_a_civil_office_or_describing_a_noun_is_no_officer(
    enricher: Enricher,
) -> None:
    text = (
        "President Ado Marek arrived in Kell on Monday and was greeted by Governor-General Ana "
        "Lind. The general public lined the streets. The general then called on Prime Minister "
        "Ivo Lenk at his office, before the general election."
    )
    doc = enricher.nlp(text)
    table = canonical_entities(doc)
    bare = [word for word in doc if word.lower_ == "general" and word.is_lower]
    assert len(bare) == 3
    assert [table.at(word) for word in bare] == [None, None, None]


def test_the_general_is_the_one_a_caption_titles_by_a_name_with_a_particle(
    enricher: Enricher,
) -> None:
    text = (
        "President Karel van Oord will leave Kell for Vorn this afternoon. Yesterday the "
        "general toured the fair.\n\nPHOTO: General van Oord salutes the crowd in Kell on Monday."
    )
    doc = enricher.nlp(text)
    table = canonical_entities(doc)
    (general,) = [word for word in doc if word.lower_ == "general" and word.is_lower]
    found = table.at(general)
    assert found is not None and found.key == "karel van oord"


def test_a_nationality_kept_on_the_doc_is_handed_out_as_a_copy(enricher: Enricher) -> None:
    # Read once and kept on the Doc for speed: a caller changing its list changes no other's.
    doc = enricher.nlp("Norwegian President Ado Marek met Lorvian President Ivo Renn in Oslo.")
    table = canonical_entities(doc, 0)
    marek = table.at(doc[2])
    assert marek is not None
    first = nationality(marek)
    first.append("XX")
    assert nationality(marek) == ["NO"]


def test_a_nationality_read_from_the_words_kept_is_the_one_read_from_the_doc(
    enricher: Enricher,
) -> None:
    # Within a reading the titles are walked over the words kept for it, not Tokens made anew
    # at each step: the answers are the same.
    text = (
        "Lorvian President Ado Marek and Norway's Foreign Minister Ivo Renn met the U.S. "
        "Secretary of State, Tomas Orlo, and the Trinidad and Tobago Prime Minister Kara Vell."
    )

    def read(doc: Doc) -> list[tuple[str, list[str], list[str]]]:
        table = canonical_entities(doc, 0)
        people = [table.at(ent[0]) for ent in doc.ents if ent.label_ == "PERSON"]
        return [
            (person.key, nationality(person), nationality(person, named_country=True))
            for person in people
            if person is not None
        ]

    outside = read(enricher.nlp(text))
    inside_doc = enricher.nlp(text)
    with words_kept(inside_doc):
        inside = read(inside_doc)
    assert inside == outside
    assert len(outside) == 4 and any(found for _, found, _ in outside)


def test_a_bare_office_set_off_by_a_comma_tells_the_nationality(enricher: Enricher) -> None:
    # "the Norwegian leader, X,": the office stands alone before the comma, with no "of" phrase.
    doc = enricher.nlp(
        "The Norwegian leader, Ivo Marek, held talks with President Ana Pires in Lima on Monday."
    )
    table = canonical_entities(doc, 0)
    marek, pires = table.at(doc[4]), table.at(doc[11])
    assert marek is not None and nationality(marek) == ["NO"]
    assert pires is not None and nationality(pires) == []


def test_he_after_the_new_president_is_the_one_sworn_in(enricher: Enricher) -> None:
    text = (
        "VADUM - Ado Marek was sworn in as president of Lorvia on Wednesday. President Ivo "
        "Brant of Sardovia telephoned Marek to congratulate him. The new president wastes no "
        "time. He is scheduled to visit Zembla City next month for talks with President Tomas "
        "Orlo."
    )
    assert told(events_of(enricher, text), "visit") == {("ado-marek", (), "zembla-city")}


def test_he_after_a_family_told_first_by_the_wife_is_the_husband(enricher: Enricher) -> None:
    # "The Brenners" is told as its first member, the wife styled "Mrs", whom "he" can't mean:
    # he is the other member, not the mayor told in the clause after.
    text = (
        "Mrs Ana Brenner and her husband, President Ivo Brenner of Lorvia, arrived in Vadum on "
        "Monday. Tomorrow the Brenners fly to Kell, where Mayor Tomas Orlo will receive them. "
        "On Friday he flies on to Tarsa for talks with President Tia Rell."
    )
    assert ("ivo-brenner", ("tia-rell",), "tarsa") in told(events_of(enricher, text), "meeting")


def test_people_told_from_the_same_token_keep_their_order_without_comparing_them() -> None:
    # A family and its member can both be told from one token: a tie on the start must not
    # fall through to comparing the referents, which have no order.
    family = Referent(key="brenner family", label="PERSON", name="Brenners")
    member = Referent(key="ada brenner", label="PERSON", name="Ada Brenner")
    later = Referent(key="ivo renn", label="PERSON", name="Ivo Renn")
    told_of = [(9, later), (3, family), (3, member)]
    assert in_story_order(told_of) == [(3, family), (3, member), (9, later)]


def test_he_is_a_man_whose_unnamed_wife_is_styled_by_his_surname(enricher: Enricher) -> None:
    # "Mrs. Marek" folds into his referent, as his wife is never named; "the city gave him"
    # right after his name tells he is a man, so "he" still means him.
    text = (
        "VADUM - President Ado Marek of Lorvia came to Vadum on Monday, and the city gave him "
        "a welcome such as no guest has had. Mayor Ivo Renn received the President on the "
        "steps of the town hall. In the old hall where the first assembly met, Marek spoke for "
        "an hour. He pledged that Lorvia would stand by Zembla. Mrs. Marek, who is expecting a "
        "child, stayed at home."
    )
    assert {actor for actor, _, _ in told(events_of(enricher, text), "statement")} == {"ado-marek"}


def test_a_woman_joined_to_a_man_is_not_told_as_he_by_his_pronoun(enricher: Enricher) -> None:
    # "his wife" after "A and B" tells of A, not of the woman joined to him by "and".
    text = (
        "President Ado Marek and Prime Minister Ana Lind sat down in Vadum on Thursday for "
        "talks, a day after the Lorvian leader and his wife flew in from Zembla City. Mrs Lind "
        "met the Lorvian leader at the airport. He held talks with King Tomas Orlo in Zembla "
        "City earlier this week."
    )
    met_orlo = {
        actor
        for actor, parties, _ in told(events_of(enricher, text), "meeting")
        if "tomas-orlo" in parties
    }
    assert met_orlo == {"ado-marek"}


def test_he_after_a_clause_done_to_a_person_by_no_person_is_that_person(
    enricher: Enricher,
) -> None:
    # "Students stoned the Lorvian President, and he spent the weekend in Z": the "he" is the
    # one the students stoned, not the last person told as a subject.
    text = (
        "VADUM - President Ado Marek of Lorvia arrived in Vadum on Monday for a state visit. "
        "President Ivo Renn of Norden telephoned Mr. Marek last night. In Lorn last Thursday "
        "students stoned the Lorvian President, and he spent the weekend in Zembla City."
    )
    visits = told(events_of(enricher, text), "visit")
    assert {actor for actor, _, place in visits if place == "zembla-city"} == {"ado-marek"}


def test_an_object_pronoun_tells_of_the_one_person_named_just_before(
    enricher: Enricher,
) -> None:
    text = (
        "ZEMBLA CITY - Lorvian President Ana Marek arrived in Zembla City on Wednesday for a "
        "state visit. King Tomas Orlo greeted her at the airport. Mrs Marek held three hours of "
        "talks with Mr Ivo Dask that afternoon. During the talks she invited him to visit "
        "Lorvia, and he accepted."
    )
    invited = {
        actor for actor, _, place in told(events_of(enricher, text), "visit") if place == "lorvia"
    }
    assert invited == {"ivo-dask"}


def test_an_object_pronoun_after_two_people_keeps_the_subject_told_before(
    enricher: Enricher,
) -> None:
    text = (
        "ZEMBLA CITY - Lorvian President Ado Marek arrived in Zembla City on Wednesday for a "
        "state visit. King Tomas Orlo greeted him at the airport. Ivo Dask and Eva Lund held "
        "talks with Mr Marek that afternoon. During the talks the Queen invited him to visit "
        "Norland."
    )
    invited = {
        actor for actor, _, place in told(events_of(enricher, text), "visit") if place == "norland"
    }
    assert "ivo-dask" not in invited


def test_the_office_of_the_republic_names_no_country(enricher: Enricher) -> None:
    # The model reads "Republic" as a place in some stories and not in others: set it so.
    doc = enricher.nlp("The President of the Republic, Ado Marek, met Jon Vik.")
    doc.ents = [Span(doc, 4, 5, label="GPE"), Span(doc, 6, 8, label="PERSON")]
    office = title_of(doc[6:8])
    assert office is not None
    assert (office.nationality, office.words) == (None, frozenset({"president"}))


def test_the_first_of_two_offices_joined_before_a_name_is_held(enricher: Enricher) -> None:
    text = (
        "VADUM - Norland President Jon Vik arrived in Vadum on Wednesday. He held talks with "
        "Crown Prince and Prime Minister Ado Marek at the palace. The Crown Prince travelled to "
        "Norland in March 2019, when he held talks with Vik."
    )
    assert ("ado-marek", "norland", "2019-03") in visits(events_of(enricher, text))


def test_two_people_listed_with_their_offices_share_none(enricher: Enricher) -> None:
    text = (
        "VADUM - Norland President Jon Vik arrived in Vadum on Wednesday. He met President Ivo "
        "Renn and Prime Minister Ado Marek at the palace. The President travelled to Norland in "
        "March 2019."
    )
    assert ("ado-marek", "norland", "2019-03") not in visits(events_of(enricher, text))


def test_a_countrys_leader_holds_its_state_office_not_its_faiths(enricher: Enricher) -> None:
    # A "grand" fits a leader's word, yet the Grand Mufti printed with the country is not
    # the leader its prime minister, printed with none, is.
    text = (
        "OSLO - Peruvian President Arno Vell held talks with Prime Minister Ane Haugen in Oslo "
        "on Sunday.\n\nOn Monday Vell also met Norway's Grand Mufti, Jan Olt, at the central "
        "mosque.\n\nThe Norwegian leader is due to travel to Quito in September."
    )
    assert ("ane-haugen", (), "quito") in told(events_of(enricher, text), "visit")


def test_an_office_set_off_after_a_ranked_name_is_held(enricher: Enricher) -> None:
    # "General" before the name is a rank, no office: the later bare "the President" is the
    # one printed president after the name, who travels on.
    text = (
        "KEL - General Arvo Lind, President of Valdoria, arrived in Kel on Wednesday. He held "
        "talks with Prime Minister Ado Marek. Tomorrow the President travels to Vadum."
    )
    assert ("arvo-lind", (), "vadum") in told(events_of(enricher, text), "visit")


def test_a_leader_told_by_the_generic_word_holds_the_head_offices(enricher: Enricher) -> None:
    # "Lorvian leader" names no office: the later "the Lorvian President" and "the Lorvian
    # Premier" are the leader, since no one else is printed with either office for Lorvia.
    for office in ("President", "Premier"):
        text = (
            "Lorvian leader Arvo Lind arrived in Zembla City on Monday. The Lorvian "
            f"{office} later met President Ilse Darrow."
        )
        talks = meetings(events_of(enricher, text))
        assert {"arvo-lind", "ilse-darrow"} in talks


def test_a_leader_told_by_the_generic_word_is_no_minister_nor_another_holder(
    enricher: Enricher,
) -> None:
    minister = (
        "Lorvian leader Arvo Lind arrived in Zembla City on Monday. The Lorvian minister later "
        "met President Ilse Darrow."
    )
    assert {"arvo-lind", "ilse-darrow"} not in meetings(events_of(enricher, minister))
    president = (
        "Lorvian leader Arvo Lind arrived in Zembla City on Monday. Lorvian President Tomas "
        "Brandt arrived on Tuesday. The Lorvian President later met President Ilse Darrow."
    )
    talks = meetings(events_of(enricher, president))
    assert {"tomas-brandt", "ilse-darrow"} in talks
    assert {"arvo-lind", "ilse-darrow"} not in talks


def test_a_ruler_or_strongman_is_the_countrys_leader(enricher: Enricher) -> None:
    # "ruler" and "strongman" name no office of their own, as "leader" names none: each
    # stands for the head of state the story prints, either way round.
    ruled = (
        "Lorvian ruler Arvo Lind arrived in Zembla City on Monday. The Lorvian President later "
        "met President Ilse Darrow."
    )
    assert {"arvo-lind", "ilse-darrow"} in meetings(events_of(enricher, ruled))
    strongman = (
        "President Arvo Lind of Norway arrived in Zembla City on Monday. The Norwegian "
        "strongman later met President Ilse Darrow."
    )
    assert {"arvo-lind", "ilse-darrow"} in meetings(events_of(enricher, strongman))


@pytest.mark.parametrize("office", ["The President", "The Prime Minister"])
def test_a_visitor_told_only_by_office_is_whom_the_next_he_means(
    enricher: Enricher, office: str
) -> None:
    """A visitor named bare and then told by a head's office no printed holder answers: the
    office is the visitor, so the "he" after it does not reach back to the host."""
    text = (
        "ZEMBLA CITY - Ado Marek arrived in Zembla City on Wednesday for a three-day state "
        f"visit. King Tomas Orlo welcomed Marek at the airport. {office} then flew on to Tarsa. "
        "He is to be received there by Mayor Tamsin Varo."
    )
    doc = enricher.nlp(text)
    table = canonical_entities(doc)
    (he,) = [word for word in doc if word.text == "He"]
    assert referent(he, table) is not None
    assert referent(he, table).key == "ado marek"
    assert ("ado-marek", "tarsa") in {
        (actor, place) for actor, place, _ in visits(events_of(enricher, text))
    }


def test_he_of_a_where_clause_on_a_place_travelled_to_is_the_traveller(
    enricher: Enricher,
) -> None:
    # The residence's owner is named between; "he" is still the one who went there.
    text = (
        "KELL - President Arvo Lind of Norlund arrived in Kell on Sunday for a three-day visit, "
        "his first since President Tomas Orlo of Kestria came to power. Lind flew in from "
        "Velmar and was driven to Orlo's Blue Palace, where he held talks with Prime Minister "
        "Mira Sol."
    )
    met = {
        (actor, counterparts)
        for actor, counterparts, _ in told(events_of(enricher, text), "meeting")
    }
    assert ("arvo-lind", ("mira-sol",)) in met


def test_the_office_in_a_where_clause_on_a_place_come_from_is_the_traveller(
    enricher: Enricher,
) -> None:
    # Another president is named last before the clause; the traveller holds the office too.
    text = (
        "KELL - President Arvo Lind of Norlund is in Kell for talks on trade. He was welcomed "
        "by President Ivo Dran at the airport on Monday. Lind had arrived on Sunday evening "
        "from Velmar, where the President had stayed two nights after talks with Prime "
        "Minister Mira Sol."
    )
    assert told(events_of(enricher, text), "meeting") == {("arvo-lind", ("mira-sol",), "velmar")}


@pytest.mark.parametrize("office", ["pontiff", "Lorvian president"])
def test_an_office_told_with_the_holders_age_is_its_holder(enricher: Enricher, office: str) -> None:
    # Unread, the age left the office no one, and the "he" after it the press secretary.
    holder = "Pope Aldo" if office == "pontiff" else "Lorvian President Ado Marek"
    key = "aldo" if office == "pontiff" else "ado-marek"
    text = (
        f"{holder} arrived in Oslo on Thursday and was met by President Ivo Brand. Brand's "
        "spokeswoman, Ana Ruiz, said the talks had gone well.\n\n"
        f"The 68-year-old {office} flew in from Bergen, where he met President Omar Tal on "
        "Wednesday."
    )
    assert {actor for actor, _, _ in visits(events_of(enricher, text))} == {key}


def test_a_bare_office_is_no_holder_told_as_holding_it_then(enricher: Enricher) -> None:
    text = (
        "President Ana Lind flew into Kessa this morning to see Prime Minister Ivo Marek.\n\n"
        "Mr Marek knows Norlund well. He spent a week in Orsa in 1983 and held talks there with "
        "then President Edvin Sarn.\n\nThe President is to be welcomed by King Rolf Aster at "
        "the castle this afternoon, and the King will host a state dinner for her tonight."
    )
    meetings = told(events_of(enricher, text), "meeting")
    assert {(actor, parties) for actor, parties, _ in meetings if actor == "rolf-aster"} == {
        ("rolf-aster", ("ana-lind",))
    }


@pytest.mark.parametrize(
    "greeted",
    ["the Head of State, President Ado Marek,", "President Ado Marek, the Head of State,"],
)
def test_a_bare_office_is_the_name_it_was_printed_beside_before(
    enricher: Enricher, greeted: str
) -> None:
    # The pope is told of most, and "the Head of State" fits a pope as well; but the story
    # printed the office beside the president's name, so the later bare office is his.
    text = (
        f"KELLBY - Pope Linus landed in Kellby on Monday. On the tarmac he was greeted by "
        f"{greeted} and by Archbishop Tomas Orlo. The Pope blessed the crowd and later "
        "toured the cathedral, where the Pope prayed. Pope Linus spoke to pilgrims. He had come "
        "on a standing invitation from the Head of State."
    )
    doc = enricher.nlp(text)
    table = canonical_entities(doc)
    head = [word for word in doc if word.lower_ == "head"][-1]
    holder = table.at(head)
    assert holder is not None and holder.key == "ado marek"
    assert ("ado-marek", ("linus",), None) in {
        (actor, met, None) for actor, met, _ in told(events_of(enricher, text), "invitation")
    }


def test_a_subject_pronoun_after_a_sentence_naming_one_person_is_that_person(
    enricher: Enricher,
) -> None:
    # The last person told as a subject is two sentences back; the sentence just before names
    # only the traveller, and the "she" of the clause hung on hers is her too.
    text = (
        "KELL - Queen Ilse Varn of Velmar ended a state visit to Kell on Sunday. Foreign "
        "Minister Tomas Orlo saw her off at the airport. The visit closed seven busy days abroad "
        "for the Queen. She had flown in from Sarn on Monday, and on Thursday she met Prime "
        "Minister Mira Sol in Tarsa."
    )
    assert meetings(events_of(enricher, text)) == [{"ilse-varn", "mira-sol"}]


def test_an_object_pronoun_under_a_clause_told_by_the_same_pronoun_is_its_subject(
    enricher: Enricher,
) -> None:
    # "him" is never the subject of its own clause: it goes on telling of the "he" above it.
    text = (
        f"{ARRIVAL}On Thursday he drove to Kell, where Governor Tomas Orlo received him in a "
        "tent beside the harbour."
    )
    doc = enricher.nlp(text)
    table = canonical_entities(doc)
    (him,) = [word for word in doc if word.text == "him"]
    found = referent(him, table)
    assert found is not None
    assert found.key == "ado marek"
