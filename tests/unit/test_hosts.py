"""Hosts, welcomes and the counterpart of a visit, on invented sentences: the office a host is
named with, several greeters, a welcome in a relative clause, an object pronoun in a sentence
that names the other party, the members of a body met, and a monarch's regnal number."""

from __future__ import annotations

import pytest

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, meetings, told


def test_an_office_set_off_before_the_name_is_the_name(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu arrived in Lome on Tuesday night and was welcomed at the Lome "
        "International Airport by the Minister of External Relations, Afi Dogbe."
    )
    assert told(events_of(enricher, text), "visit") == {("amara-tolu", ("afi-dogbe",), "lome")}


def test_an_envoy_named_after_the_country_of_posting_is_a_greeter(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu, who arrived in Moscow on Monday evening for a four-day state "
        "visit, was received at Vnukovo-2 Airport by Russia's Deputy Foreign Minister Ivan "
        "Sorokin and Ghana's Ambassador to Russia Cde Abena Ofori-Atta."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("amara-tolu", ("abena-ofori-atta", "ivan-sorokin"), "moscow")
    }


def test_a_greeter_folded_into_the_next_ones_title_is_a_greeter(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu landed at Lome International Airport shortly after midday, coming "
        "from Accra, and was met on the tarmac by Foreign Minister Pablo Ferreyra and Planning "
        "Minister Julio De Vidal."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("amara-tolu", ("julio-de-vidal", "pablo-ferreyra"), "lome")
    }


def test_a_greeter_joined_to_the_verbs_after_a_long_apposition_is_a_greeter(
    enricher: Enricher,
) -> None:
    text = (
        "President Amara Tolu arrived in Kara on Friday morning and was received at the "
        "Niamtougou airport by the Governor of the region, Afi Dogbe, and the Archbishop of the "
        "city, Kofi Mensah."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("amara-tolu", ("afi-dogbe", "kofi-mensah"), "kara")
    }


def test_the_name_after_an_office_with_its_own_phrases_holds_it(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu arrived in Accra on Sunday evening and was received at Kotoka Air "
        "Force Station by Ghanaian Minister of State for External Affairs V. Annamalai."
    )
    assert told(events_of(enricher, text), "visit") == {("amara-tolu", ("v-annamalai",), "accra")}


def test_a_bare_office_opening_a_headline_is_one_of_its_parties(enricher: Enricher) -> None:
    text = (
        "President, Haugen agree on energy link\n\n"
        "President Amara Tolu and Norwegian Prime Minister Ane Haugen held talks in Oslo "
        "yesterday.\n\n"
        "Haugen will travel to Accra next year.\n\n"
        "The President arrived in Oslo on Thursday on a two-day official visit."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("amara-tolu", (), "oslo") in visits
    assert ("ane-haugen", (), "oslo") not in visits


def test_an_object_pronoun_does_not_pass_over_the_other_party_of_its_sentence(
    enricher: Enricher,
) -> None:
    text = (
        "Foreign Minister Erik Nordby called on President Amara Tolu at his hotel.\n\n"
        "Yesterday evening, President Tolu met Queen Ingrid Solberg at the Oscarshall palace, "
        "where she hosted a banquet in his honour."
    )
    # The banquet is not one more meeting of Tolu with Nordby, which would move their call.
    assert told(events_of(enricher, text), "meeting") == {
        ("erik-nordby", ("amara-tolu",), None),
        ("amara-tolu", ("ingrid-solberg",), "oscarshall-palace"),
    }


def test_the_named_members_of_a_body_met_are_parties(enricher: Enricher) -> None:
    text = (
        "In Oslo, President Amara Tolu met Haugen and the cabinet, including Defence Minister "
        "Erik Nordby and Labour leader Kari Moe, at a hotel."
    )
    meetings = told(events_of(enricher, text), "meeting")
    assert {parties for _, parties, _ in meetings} == {("erik-nordby", "haugen", "kari-moe")}


def test_a_host_who_greets_the_guest_at_the_plane_is_the_visits_counterpart(
    enricher: Enricher,
) -> None:
    text = (
        "President Amara Tolu arrived at Oslo Airport on Monday afternoon for a three-day state "
        "visit at the invitation of King Olav VII, who welcomed him at the foot of the plane."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("amara-tolu", ("olav-vii",), "oslo")}
    assert not told(events, "meeting")


def test_a_reception_at_a_palace_is_an_audience_and_the_guest_travels_on(
    enricher: Enricher,
) -> None:
    text = (
        "President Amara Tolu arrived in Oslo on Wednesday and was received by King Olav VII at "
        "the Royal Palace the same day before traveling to Bergen."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("amara-tolu", (), "oslo"), ("amara-tolu", (), "bergen")}
    assert told(events, "meeting") == {("olav-vii", ("amara-tolu",), "royal-palace")}


def test_a_couple_greeting_at_the_airport_where_the_guest_landed_are_both_hosts(
    enricher: Enricher,
) -> None:
    text = (
        "The two leaders held talks on Tuesday afternoon, hours after President Amara Tolu "
        "arrived at Bergen Airport, where King Olav and his wife Sonja Lund greeted him."
    )
    visits = told(events_of(enricher, text), "visit")
    assert {parties for actor, parties, _ in visits if actor == "amara-tolu"} == {
        ("olav", "sonja-lund")
    }


def test_a_welcome_where_the_plane_touched_down_greets_the_arrival(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu arrived in Oslo yesterday morning for a two-day visit.\n\n"
        "The presidential plane touched down at Gardermoen Airport at 9.50am, where the guest "
        "was welcomed by King Olav VII and his wife Sonja Lund."
    )
    # The "where" hangs on the hour; the place it tells of is the airport, so the couple are
    # hosts of the arrival, not a meeting of the King with the guest and his own wife.
    events = events_of(enricher, text)
    assert told(events, "visit") == {("amara-tolu", ("olav-vii", "sonja-lund"), "oslo")}
    assert not told(events, "meeting")


def test_a_courtesy_visit_to_a_person_is_a_call_on_them(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu arrived in Oslo on Monday.\n\n"
        "From the airport he was driven to Bergen, where he paid a courtesy visit to Prime "
        "Minister Ane Haugen at the Akershus Fortress."
    )
    # The name after the office is no destination, and the call no trip of its own.
    events = events_of(enricher, text)
    assert told(events, "meeting") == {("amara-tolu", ("ane-haugen",), "akershus-fortress")}
    assert not {"ane-haugen", "akershus-fortress"} & {p for _, _, p in told(events, "visit")}


def test_travellers_greeted_on_landing_then_calling_on_their_greeter(enricher: Enricher) -> None:
    text = (
        "Tolu in Bergen\n\n"
        "President Amara Tolu of Ghana and his wife Efua Tolu landed in Bergen late on Thursday "
        "and were greeted by Governor Kari Moe, before calling on her at the Royal Residence.\n\n"
        "On Friday Tolu spoke at the university and met the mayor, Per Lie."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {
        ("amara-tolu", ("kari-moe",), "bergen"),
        ("efua-tolu", ("kari-moe",), "bergen"),
    }
    # "Her" is the greeter the travellers call on, not the wife told beside the caller.
    assert ("amara-tolu", ("efua-tolu", "kari-moe"), "royal-residence") in told(events, "meeting")


def test_a_welcome_accorded_at_a_venue_is_talks_with_the_host(enricher: Enricher) -> None:
    text = (
        "OSLO: President Amara Tolu says Ghana has secured investment pledges following his "
        "meeting with King Olav VII here yesterday.\n\n"
        "Earlier yesterday, Tolu was accorded an official welcome by Prime Minister Ane Haugen "
        "at the Akershus Fortress before the two leaders held bilateral talks."
    )
    # "The two leaders" are the host and the guest of the welcome, not the King.
    assert told(events_of(enricher, text), "meeting") == {
        ("amara-tolu", ("olav-vii",), "oslo"),
        ("ane-haugen", ("amara-tolu",), "akershus-fortress"),
    }


def test_a_welcome_accorded_at_the_airport_greets_the_arrival(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu arrived in Oslo on Monday and was accorded a warm welcome at "
        "Gardermoen Airport by Prime Minister Ane Haugen."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("amara-tolu", ("ane-haugen",), "oslo")}
    assert not told(events, "meeting")


def test_talks_after_a_welcome_ceremony_are_held_where_it_was(enricher: Enricher) -> None:
    text = (
        "Tolu in Oslo\n\n"
        "President Amara Tolu of Ghana arrived in Oslo on Monday for a four-day official visit.\n\n"
        "On Tuesday, Tolu held talks with Prime Minister Ane Haugen after a welcoming ceremony "
        "at the Akershus Fortress."
    )
    meetings = told(events_of(enricher, text), "meeting")
    assert meetings == {("amara-tolu", ("ane-haugen",), "akershus-fortress")}


@pytest.mark.parametrize(
    ("welcome", "greeters"),
    [
        (
            "At the top of the gangway he was welcomed by Governor Sunila Wickramanaike "
            "Kumaratunga and Mayor Ado Dias.",
            ("ado-dias", "sunila-wickramanaike-kumaratunga"),
        ),
        (
            "He was received on the tarmac of the airfield by Governor Sunila Wickramanaike "
            "Kumaratunga and Mayor Ado Dias, and by Bishop Ivo Renn.",
            ("ado-dias", "ivo-renn", "sunila-wickramanaike-kumaratunga"),
        ),
    ],
)
def test_greeters_joined_to_a_word_of_a_split_name_are_greeters(
    enricher: Enricher, welcome: str, greeters: tuple[str, ...]
) -> None:
    # The parser splits the first greeter's name, hanging its last word apart (as the sentence's
    # root, or as the verb's object) with the next greeter joined to it; the second "by" it
    # hangs on the verb.
    events = events_of(enricher, f"Chancellor Ivo Brandt flew into Galle on Monday. {welcome}")
    assert told(events, "visit") == {("ivo-brandt", greeters, "galle")}
    assert meetings(events) == []


@pytest.mark.parametrize("came", ["had flown from Madrid at dawn", "had flown in from Madrid"])
def test_a_greeter_told_coming_from_elsewhere_visits_where_they_greet(
    enricher: Enricher, came: str
) -> None:
    text = (
        "Pope Gregory XX landed at Lisbon airport on Saturday morning. The Pontiff was welcomed "
        f"on the tarmac by Prime Minister Ivo Varga, who {came}."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("gregory-xx", ("ivo-varga",), "lisbon") in visits
    assert ("ivo-varga", (), "lisbon") in visits


def test_a_greeter_named_after_the_office_set_off_is_the_greeter_not_a_companion(
    enricher: Enricher,
) -> None:
    text = (
        "President Ivo Varga landed in Brasília on Sunday night, accompanied by Foreign "
        "Minister Ana Kell, and was received at the air base by Brazil's Foreign Minister, "
        "Luiz Tavares Lampo."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("ivo-varga", ("luiz-tavares-lampo",), "brasilia")
    }


def test_a_greeter_told_by_a_role_with_a_word_before_it_is_a_greeter(enricher: Enricher) -> None:
    text = (
        "Pope Gregory XX landed at Lisbon airport on Saturday morning. The Pontiff was welcomed "
        "on the tarmac by the Ecumenical Patriarch Bartolo and Archbishop Ado Vell. Bartolo had "
        "arrived from Istanbul on Friday."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("gregory-xx", ("ado-vell", "bartolo"), "lisbon") in visits


def test_a_greeter_told_by_rank_alone_is_the_officer_named_before(enricher: Enricher) -> None:
    text = (
        "General Ado Vell and President Ivo Varga signed the treaty on Friday.\n\n"
        "Varga's guest, President Kari Moe, landed at Kell airport at 9 a.m. and was greeted at "
        "the foot of the aircraft steps by Foreign Minister Ana Lind and by the General, in his "
        "uniform."
    )
    visits = told(events_of(enricher, text), "visit")
    assert {counterparts for actor, counterparts, _ in visits if actor == "kari-moe"} == {
        ("ado-vell", "ana-lind")
    }


def test_a_greeting_told_actively_where_the_trip_goes_greets_the_traveller(
    enricher: Enricher,
) -> None:
    text = (
        "Queen Mira Dale will open a school in Lusaka tomorrow before flying to Windhoek, where "
        "President Ivo Lund will greet her."
    )
    events = events_of(enricher, text)
    assert ("mira-dale", ("ivo-lund",), "windhoek") in told(events, "visit")
    assert meetings(events) == []


def test_a_reception_told_actively_where_the_trip_goes_is_an_audience(
    enricher: Enricher,
) -> None:
    text = (
        "Queen Mira Dale will open a school in Lusaka tomorrow before flying to Windhoek, where "
        "President Ivo Lund will receive her."
    )
    assert meetings(events_of(enricher, text)) == [{"ivo-lund", "mira-dale"}]


@pytest.mark.parametrize(
    ("sentence", "greeters"),
    [
        ("Minister Ivo Marek was not among the officials who greeted Berg at the airport.", ()),
        (
            "Minister Ivo Marek was among the officials who greeted Berg at the airport.",
            ("ivo-marek",),
        ),
    ],
)
def test_one_told_not_among_those_who_greeted_a_guest_did_not(
    enricher: Enricher, sentence: str, greeters: tuple[str, ...]
) -> None:
    text = f"President Tomas Berg arrived in Tallinn on Friday for a two-day visit. {sentence}"
    events = events_of(enricher, text)
    assert told(events, "visit") == {("tomas-berg", greeters, "tallinn")}
    assert not meetings(events)


def test_an_active_welcome_of_them_greets_each_traveller(enricher: Enricher) -> None:
    # "them" may be read as the nearer traveller only; the welcome greets both arrivals.
    text = (
        "President Anders Holm and his wife, Mette Holm, arrived in Lima on Monday afternoon, "
        "and Mr Carlos Vargas and Mrs Lucia Vargas received them at the airport."
    )
    greeters = ("carlos-vargas", "lucia-vargas")
    assert told(events_of(enricher, text), "visit") == {
        ("anders-holm", greeters, "lima"),
        ("mette-holm", greeters, "lima"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The last Norwegian king to visit Nepal was Olaf Brenn, who came in May 1987 and was "
        "received by King Tarek Shah at the Royal Palace.",
        "Olaf Brenn, who arrived in the Nepali capital on Friday afternoon and was received by "
        "King Tarek Shah at the Royal Palace, leaves on Sunday.",
    ],
)
def test_a_guest_told_by_who_and_received_in_a_joined_verb_meets_the_host(
    enricher: Enricher, sentence: str
) -> None:
    text = f"Norwegian Prime Minister Jan Lund arrived in Delhi on Monday.\n\n{sentence}"
    assert {"olaf-brenn", "tarek-shah"} in meetings(events_of(enricher, text))


def test_a_named_gathering_someone_travelled_for_is_not_the_meeting_told_before(
    enricher: Enricher,
) -> None:
    text = (
        "Norwegian Prime Minister Jan Lund arrived in Delhi on Monday.\n\n"
        "The last Norwegian king to visit Nepal was Olaf Brenn, who came in May 1987 and was "
        "received by King Tarek Shah at the Royal Palace.\n\n"
        "Prime Minister Jon Moe travelled to Kell in April for the Kell Trade Forum hosted by "
        "President Sara Holm."
    )
    met = meetings(events_of(enricher, text))
    assert {"olaf-brenn", "tarek-shah"} in met
    assert not any("jon-moe" in parties and "olaf-brenn" in parties for parties in met)


def test_one_told_arriving_who_meets_someone_at_the_airport_holds_talks(
    enricher: Enricher,
) -> None:
    text = (
        "Oslo, March 27 (XNA) - Russian President Ivan Sokolov landed in Quito on Wednesday, "
        "where he met President Rosa Vela at the airport, and then flew on to Bogota."
    )
    events = events_of(enricher, text)
    assert ("ivan-sokolov", (), "quito") in told(events, "visit")
    assert ("ivan-sokolov", (), "bogota") in told(events, "visit")
    assert {"ivan-sokolov", "rosa-vela"} in meetings(events)
    assert not [e for e in events if e.type == "visit" and e.actor.id == "rosa-vela"]


@pytest.mark.parametrize(
    ("text", "greeters"),
    [
        # The second name read as the first one's apposition, the third joined to it.
        (
            "President Ivo Varga arrived at Lome International Airport last night. He was "
            "received on the tarmac by President Kofi Mensah Boateng, Vice-President Kwame "
            "Asante Osei and the Minister of Foreign Affairs, Yaw Danquah.",
            ("kofi-mensah-boateng", "kwame-asante-osei", "yaw-danquah"),
        ),
        # The next greeter's office read as the first one's apposition.
        (
            "President Ivo Varga landed at Vadum airport on Friday morning and was welcomed by "
            "President Kari Moe, the Chancellor, Mr Jon Ek, and Archbishop Lars Holm.",
            ("jon-ek", "kari-moe", "lars-holm"),
        ),
    ],
)
def test_each_greeter_of_a_list_read_as_appositions_greets_the_arrival(
    enricher: Enricher, text: str, greeters: tuple[str, ...]
) -> None:
    (visit,) = told(events_of(enricher, text), "visit")
    assert visit[1] == greeters


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "President Ivo Varga arrived in Lima on Tuesday. On Thursday he will travel to Quito, "
            "where he is to be received by President Ana Kell.",
            ("ivo-varga", ("ana-kell",), "quito"),
        ),
        (
            "Chancellor Ana Kell toured Lagos on Friday. On Saturday she flies on to Accra, where "
            "she is due to be met by Vice-President Kofi Osei.",
            ("ana-kell", ("kofi-osei",), "accra"),
        ),
    ],
)
def test_a_welcome_planned_where_a_trip_goes_greets_the_traveller(
    enricher: Enricher, text: str, visit: tuple[str, tuple[str, ...], str]
) -> None:
    events = events_of(enricher, text)
    assert visit in told(events, "visit")
    assert not meetings(events)


def test_a_welcome_on_arrival_in_a_town_greets_the_arrival_there(enricher: Enricher) -> None:
    # Not the arrival in another town told before: that one keeps its own host.
    text = (
        "Pope Leo landed at Lisbon airport yesterday morning and was welcomed by President "
        "Rui Costa.\n\n"
        "In Spain the mood had been warmer. King Tomas and his wife, Queen Ella, received the "
        "Pope on his arrival in Madrid on Tuesday afternoon amid church bells."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {
        ("leo", ("rui-costa",), "lisbon"),
        ("leo", ("ella", "tomas"), "madrid"),
    }
    assert not told(events, "meeting")


def test_a_reception_after_a_trip_told_by_another_verb_than_arrival_is_an_audience(
    enricher: Enricher,
) -> None:
    text = (
        "Brennish Foreign Minister Tala Odum travelled to Quito on Friday and was received by "
        "President Ana Vera."
    )
    events = events_of(enricher, text)
    assert meetings(events) == [{"ana-vera", "tala-odum"}]
    assert told(events, "visit") == {("tala-odum", (), "quito")}


def test_a_reception_after_flying_into_an_airport_greets_the_arrival(enricher: Enricher) -> None:
    text = (
        "Brennish Foreign Minister Tala Odum flew into Vadum International Airport on Friday and "
        "was received by Foreign Minister Ana Vera."
    )
    events = events_of(enricher, text)
    assert not meetings(events)
    assert {visit[:2] for visit in told(events, "visit")} == {("tala-odum", ("ana-vera",))}


def test_a_wife_read_as_the_first_greeters_apposition_greets_too(enricher: Enricher) -> None:
    text = (
        "Pope Gregory XX landed at Vadum airport on Friday evening from Lisbon. He blessed the "
        "crowd and was greeted by President Ivo Varga, his wife Ana Moe and the Bishop of Vadum, "
        "Cardinal Ado Vell."
    )
    parties = {
        (actor, counterparts) for actor, counterparts, _ in told(events_of(enricher, text), "visit")
    }
    assert parties == {("gregory-xx", ("ado-vell", "ana-moe", "ivo-varga"))}


@pytest.mark.parametrize(
    "text",
    [
        "King Harald Moe will receive President Ana Pires at the Royal Palace on Monday at the "
        "start of a three-day state visit to Norway.",
        "On Tuesday morning King Harald Moe received his guest for a courtesy visit at Skaugum "
        "Palace.",
    ],
)
def test_a_host_receiving_a_guest_makes_no_trip_of_the_guests(
    enricher: Enricher, text: str
) -> None:
    travellers = {actor for actor, _, _ in told(events_of(enricher, text), "visit")}
    assert "harald-moe" not in travellers


def test_two_leaders_meeting_at_an_airport_hold_talks_there(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Norland's Prime Minister Eva Lund and Tarsa's President Omar Halvik met for three "
        "hours at Kelby International Airport.",
    )
    held = ("eva-lund", ("omar-halvik",), "kelby-international-airport")
    assert told(events, "meeting") == {held}
