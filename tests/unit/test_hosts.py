"""Hosts, welcomes and the counterpart of a visit, on invented sentences: the office a host is
named with, several greeters, a welcome in a relative clause, an object pronoun in a sentence
that names the other party, the members of a body met, a monarch's regnal number, and one told
waiting or meeting them where a trip goes."""

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
    "welcome",
    [
        "King Olav and Queen Sonja of Lorvia were welcomed at State House in Vadum with a 21-gun "
        "salute on Tuesday.",
        "The heir to the Lorvian throne arrived at Brenn airport on Monday and was greeted by "
        "Prime Minister Ana Holm and Foreign Minister Ivo Dahl.",
        "The visitors were received at the palace by President Jon Ek and Vice President Ada Berg.",
    ],
)
def test_those_on_one_side_of_a_welcome_do_not_meet_each_other(
    enricher: Enricher, welcome: str
) -> None:
    assert meetings(events_of(enricher, welcome)) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Ivo Lund and Jon Ek were received by President Arno Vell at the palace on Monday.",
            {"arno-vell", "ivo-lund", "jon-ek"},
        ),
        (
            "President Arno Vell received Ivo Lund and Jon Ek at the palace on Monday.",
            {"arno-vell", "ivo-lund", "jon-ek"},
        ),
        ("Prime Minister Ana Holm and Ivo Dahl met in Brenn on Monday.", {"ana-holm", "ivo-dahl"}),
    ],
)
def test_guests_welcomed_together_meet_their_host(
    enricher: Enricher, text: str, parties: set[str]
) -> None:
    assert meetings(events_of(enricher, text)) == [parties]


@pytest.mark.parametrize(
    "reception",
    [
        "On Tuesday he was received in audience by King Arno Vell and Queen Ana Holm at the Royal "
        "Palace.",
        "On Tuesday President Arno Vell and Prime Minister Ana Holm received him at the State "
        "House.",
        "On Tuesday King Arno Vell and Queen Ana Holm received him in audience at the Royal "
        "Palace.",
    ],
)
def test_who_receives_beside_the_host_at_an_audience_takes_part_in_it(
    enricher: Enricher, reception: str
) -> None:
    text = f"President Ivo Lund of Brenn arrived in Vadum on Monday. {reception}"
    assert meetings(events_of(enricher, text)) == [{"arno-vell", "ana-holm", "ivo-lund"}]


def test_who_receives_beside_the_host_at_the_airport_only_greets_the_visit(
    enricher: Enricher,
) -> None:
    text = (
        "President Ivo Lund of Brenn landed at Vadum airport on Monday, where President Arno "
        "Vell and Prime Minister Ana Holm received him."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("ivo-lund", ("ana-holm", "arno-vell"), "vadum-airport")}
    assert not told(events, "meeting")


def test_greeters_of_a_guest_left_unresolved_do_not_meet_each_other(enricher: Enricher) -> None:
    text = (
        "Prince Ivo Varga will attend the ceremony in Vadum.\n\n"
        "The heir to the Tarnian throne arrived at Brenn airfield on Friday night and was "
        "greeted by Foreign Minister Ado Vell and Prime Minister Ana Kell."
    )
    # The two stand side by side as hosts; with the guest unresolved there is no event at all.
    assert not told(events_of(enricher, text), "meeting")


def test_greeters_named_together_are_each_the_visits_counterpart(enricher: Enricher) -> None:
    text = (
        "President Ivo Varga arrived in Vadum on Sunday and was received by Prime Minister Ana "
        "Kell and Foreign Minister Ado Vell."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("ivo-varga", ("ado-vell", "ana-kell"), "vadum")}
    assert not told(events, "meeting")


def test_a_host_meeting_the_guest_at_the_aircraft_steps_greets_the_arrival(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Ivo Varga flew into Vadum on Sunday for talks. Ana Kell, the Lorvian "
        "premier, met Varga at the bottom of the plane's stairs and warmly embraced him."
    )
    # The embrace is the same greeting told again, not talks of its own.
    events = events_of(enricher, text)
    assert {(actor, parties) for actor, parties, _ in told(events, "visit")} == {
        ("ivo-varga", ("ana-kell",))
    }
    assert not told(events, "meeting")


def test_a_welcome_at_the_door_of_the_plane_greets_the_arrival(enricher: Enricher) -> None:
    text = (
        "President Ivo Varga landed in Vadum on Sunday. He was welcomed at the door of his "
        "aircraft by Foreign Minister Ana Kell."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("ivo-varga", ("ana-kell",), "vadum")}
    assert not told(events, "meeting")


def test_a_meeting_at_a_plane_factory_is_talks_not_a_welcome(enricher: Enricher) -> None:
    text = (
        "President Ivo Varga arrived in Vadum on Sunday. On Monday, Prime Minister Ana Kell met "
        "him at the plane factory."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("ivo-varga", (), "vadum")}
    assert {(actor, parties) for actor, parties, _ in told(events, "meeting")} == {
        ("ana-kell", ("ivo-varga",))
    }


def test_an_office_with_its_own_phrase_is_held_by_the_name_after_it(enricher: Enricher) -> None:
    # "The President" alone would refer back to the guest; the name printed after the office's
    # own phrase holds it.
    for office in ("the Leader of the Nation", "the President of the Senate"):
        text = (
            "President Ivo Varga arrived in Vadum on Thursday. He was received at the airport by "
            f"{office} Ado Marek."
        )
        assert told(events_of(enricher, text), "visit") == {("ivo-varga", ("ado-marek",), "vadum")}


def test_an_office_set_off_with_a_style_before_the_name_is_the_names(enricher: Enricher) -> None:
    text = (
        "King Ivo Varga and Queen Ana Tella arrived in Vadum on Wednesday evening. On the tarmac "
        "they were received by the Head of State, His Highness Ado Marek."
    )
    # "The Head of State" alone would refer back to the Queen, a guest greeting her own party.
    events = events_of(enricher, text)
    assert told(events, "visit") == {
        ("ivo-varga", ("ado-marek",), "vadum"),
        ("ana-tella", ("ado-marek",), "vadum"),
    }
    assert not told(events, "meeting")


def test_guests_told_after_the_place_they_are_received_at_are_met(enricher: Enricher) -> None:
    text = (
        "VADUM, May 3 (XNA) - President Ado Kell on Sunday received at Linden Palace the Prime "
        "Minister of Lorvia, Ana Varga, Osterland's Prime Minister Ivo Lund and Norlandic Prime "
        "Minister Eda Moss."
    )
    met = meetings(events_of(enricher, text))
    assert len(met) == 1
    assert {"ado-kell", "ivo-lund", "eda-moss"} <= met[0]


def test_guests_told_after_the_city_and_the_day_are_met(enricher: Enricher) -> None:
    text = (
        "King Ado Kell welcomed in Vadum on Friday Osterland's Foreign Minister Ivo Lund and "
        "Norlandic Foreign Minister Eda Moss."
    )
    assert told(events_of(enricher, text), "meeting") == {
        ("ado-kell", ("eda-moss", "ivo-lund"), "vadum")
    }


def test_a_person_in_the_name_of_the_place_is_not_met(enricher: Enricher) -> None:
    text = "Ana Varga met at the Vadum palace of King Ado Kell on Friday."
    assert meetings(events_of(enricher, text)) == []


# The parse hangs the second name on the office, the third on the verb.
@pytest.mark.parametrize("governor", ["Ado Kell", "Kobi Narae", "Rob Kaiae"])
def test_the_person_set_off_after_an_office_read_as_a_building_is_called_on(
    enricher: Enricher, governor: str
) -> None:
    text = (
        "Prime Minister Ana Varga arrived in Vadum on Sunday. Foreign Minister Ivo Lund greeted "
        "her.\n\n"
        f"The Lorvian prime minister had called on the Governor-General, Sir {governor}, at "
        "Government House on Monday morning; her talks with Lund followed in the afternoon."
    )
    met = told(events_of(enricher, text), "meeting")
    called_on = governor.lower().replace(" ", "-")
    assert ("ana-varga", (called_on,), "government-house") in met
    assert ("ana-varga", ("ivo-lund",), "government-house") not in met


# The parse reads "due" and "about" as prepositions here, the receiving as their clause.
@pytest.mark.parametrize("due", ["is today due to", "is about to"])
def test_a_host_due_to_receive_the_guest_receives_them(enricher: Enricher, due: str) -> None:
    text = (
        "Prime Minister Ivo Lund arrived in Vadum on Sunday.\n\n"
        f"Queen Ana Varga {due} receive Mr Lund at Linden Palace; the premier flies home to "
        "Osterland in the evening."
    )
    events = events_of(enricher, text)
    assert told(events, "meeting") == {("ana-varga", ("ivo-lund",), "linden-palace")}
    assert {e.status for e in events if e.type == "meeting"} == {"planned"}


ARRIVAL = (
    "Prime Minister Amara Tolu arrived in Lome on Sunday for a two-day visit, and was received "
    "at the airport by President Kofi Dagbe.\n\n"
)


@pytest.mark.parametrize(
    "talks",
    [
        "On Monday the two leaders held long discussions over lunch in the State House garden.",
        "Before the banquet, Dagbe and his guest had a tête-à-tête in the palace library.",
        "Dagbe held a tete-a-tete with Tolu at the State House.",
    ],
)
def test_discussions_or_a_tete_a_tete_held_are_talks(enricher: Enricher, talks: str) -> None:
    assert meetings(events_of(enricher, ARRIVAL + talks)) == [{"amara-tolu", "kofi-dagbe"}]


@pytest.mark.parametrize(
    "talks",
    [
        # Only one leader is named: "the two leaders" stand for no one.
        "Prime Minister Amara Tolu arrived in Lome on Sunday.\n\n"
        "The two leaders held long discussions over lunch in the garden.",
        "President Kofi Dagbe held discussions with opposition parties on Monday.",
    ],
)
def test_discussions_with_no_named_pair_are_no_meeting(enricher: Enricher, talks: str) -> None:
    assert not told(events_of(enricher, talks), "meeting")


def test_two_leaders_are_the_only_two_leaders_named_when_no_talks_set_them_up(
    enricher: Enricher,
) -> None:
    # The guest's greeters hold no leader's office, and the two who do are told in no event
    # together: "the two leaders" are still the two leaders named so far.
    text = (
        "Prime Minister Amara Tolu landed at Kelby airport on Sunday and was met on the tarmac "
        "by Chief Minister Ivo Renn and Foreign Minister Mira Sand.\n\n"
        "President Kofi Dagbe had flown in from Vadum overnight.\n\n"
        "The two leaders then held talks at the Lime Palace."
    )
    assert {"amara-tolu", "kofi-dagbe"} in meetings(events_of(enricher, text))


def test_two_leaders_at_a_residence_are_the_traveller_and_who_holds_its_office(
    enricher: Enricher,
) -> None:
    # Three leaders are named and the president's talks are told at his own residence: the
    # talks at the prime minister's are the guest's with the prime minister.
    text = (
        "President Ana Holm landed in Lome on Wednesday and was met on the tarmac by President "
        "Kofi Dagbe and Prime Minister Ivo Renn.\n\n"
        "In the afternoon Dagbe received his guest at the President's Residence.\n\n"
        "Later the two leaders held talks at the Prime Minister's Residence."
    )
    assert {"ana-holm", "ivo-renn"} in meetings(events_of(enricher, text))


def test_two_presidents_are_the_traveller_and_the_counterpart_named_before(
    enricher: Enricher,
) -> None:
    # The host is printed only as the guest's counterpart, and the guest's greeter is a prime
    # minister: "the two presidents" are the guest and the counterpart.
    text = (
        "President Ana Holm ended her tour of the region in Lome on Sunday, a day after a tense "
        "news conference at which her Togolese counterpart Kofi Dagbe pressed her over trade.\n\n"
        "Holm flew into Lome on Saturday afternoon and was welcomed by Prime Minister Ivo Renn.\n\n"
        "The two presidents then held talks at the Lime Palace."
    )
    assert {"ana-holm", "kofi-dagbe"} in meetings(events_of(enricher, text))


@pytest.mark.parametrize(
    "meal",
    [
        "That night President Kofi Dagbe hosted a dinner in honour of Prime Minister Tolu "
        "at the State House.",
        "In the evening, President Kofi Dagbe gave a banquet in honour of the visiting prime "
        "minister.",
        "In the evening, President Kofi Dagbe offered a luncheon in honour of Tolu.",
    ],
)
def test_a_meal_given_in_honour_of_the_guest_meets_the_guest(enricher: Enricher, meal: str) -> None:
    text = "Prime Minister Amara Tolu arrived in Lome on Sunday for a two-day visit.\n\n" + meal
    meetings = told(events_of(enricher, text), "meeting")
    assert {(actor, parties) for actor, parties, _ in meetings} == {("kofi-dagbe", ("amara-tolu",))}


@pytest.mark.parametrize(
    "meal",
    [
        "On Monday night President Kofi Dagbe gave a dinner at the palace in honour of the guests.",
        "Last night President Kofi Dagbe gave a state banquet in honour of the royal visitors.",
        "On Monday night President Kofi Dagbe gave a dinner for both presidents in the great hall.",
    ],
)
def test_a_meal_for_guests_told_only_as_a_group_meets_the_travellers(
    enricher: Enricher, meal: str
) -> None:
    text = (
        "President Amara Tolu and President Jon Vell arrived in Lome on Sunday for a three-day "
        "visit.\n\n" + meal
    )
    meetings = told(events_of(enricher, text), "meeting")
    assert {(actor, parties) for actor, parties, _ in meetings} == {
        ("kofi-dagbe", ("amara-tolu", "jon-vell"))
    }


def test_a_meal_in_honour_of_no_party_is_no_meeting(enricher: Enricher) -> None:
    text = (
        "Prime Minister Amara Tolu arrived in Lome on Sunday for a two-day visit.\n\n"
        "In the evening, President Kofi Dagbe hosted a dinner in honour of the victims of the "
        "flood."
    )
    assert not told(events_of(enricher, text), "meeting")


@pytest.mark.parametrize("guests", ["the Prime Minister", "the Prime Minister and her aides"])
def test_a_welcome_whose_airport_hangs_on_the_guest_greets_the_arrival(
    enricher: Enricher, guests: str
) -> None:
    text = (
        "Prime Minister Amara Tolu arrived in Lome yesterday morning.\n\n"
        f"President Kofi Dagbe welcomed {guests} at Lome International Airport."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("amara-tolu", ("kofi-dagbe",), "lome")}
    assert not told(events, "meeting")


def test_a_welcome_whose_venue_hangs_on_the_guest_is_still_talks(enricher: Enricher) -> None:
    text = (
        "Prime Minister Amara Tolu arrived in Lome yesterday morning.\n\n"
        "At the State House, President Kofi Dagbe welcomed the Prime Minister and her ministers."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("amara-tolu", (), "lome")}
    assert {(a, p) for a, p, _ in told(events, "meeting")} == {("kofi-dagbe", ("amara-tolu",))}


@pytest.mark.parametrize(
    ("meal", "status"),
    [
        ("In the evening, President Kofi Dagbe offered a luncheon in honour of Tolu.", "occurred"),
        ("Tomorrow, President Kofi Dagbe will offer a luncheon in honour of Tolu.", "planned"),
    ],
)
def test_a_meal_offered_is_given_not_proposed(enricher: Enricher, meal: str, status: str) -> None:
    text = "Prime Minister Amara Tolu arrived in Lome on Sunday for a two-day visit.\n\n" + meal
    statuses = [e.status for e in events_of(enricher, text) if e.type == "meeting"]
    assert statuses == [status]


@pytest.mark.parametrize(
    "together",
    [
        "The two presidents then attended the opening of a new port in Accra.",
        "Osei and Varga toured the new port in Accra on Wednesday.",
        "On Wednesday, Varga and President Osei will attend a state banquet in Accra.",
    ],
)
def test_a_host_going_about_with_the_guest_where_received_is_at_home(
    enricher: Enricher, together: str
) -> None:
    text = (
        "Accra, March 26 - Senegalese President Anton Varga arrived in Accra on Tuesday for a "
        "state visit, where he was received by President Maren Osei.\n\n"
        f"{together}\n\n"
        "On Thursday, Varga and Osei will fly to Kumasi to open a cross-border road."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("maren-osei", (), "accra") not in visits
    # A trip on to another town of the host's country is the host's too.
    assert {("anton-varga", (), "kumasi"), ("maren-osei", (), "kumasi")} <= visits


def test_a_greeter_joined_to_a_name_told_after_its_office_is_a_host(
    enricher: Enricher,
) -> None:
    # The parser hangs "Ivo Brandt" under the office's "of", and his co-greeter on him.
    text = (
        "President Omar Tal has arrived in Tartu. The guest was welcomed at Tartu Airport by "
        "President of the Republic of Estonia Ivo Brandt and First Lady Ana Morel."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("omar-tal", ("ana-morel", "ivo-brandt"), "tartu")
    }


def test_a_welcome_the_parser_hangs_the_arrival_on_greets_that_arrival(
    enricher: Enricher,
) -> None:
    # The parser reads "the second stop" as the welcome's subject and the arrival as its clause.
    text = (
        "Chilean President Ivo Renn is touring Europe. The Chilean president arrived at Tartu "
        "Airport on Wednesday evening from Riga, the second stop of his first European tour in "
        "five years, and was greeted by Deputy Prime Minister Bola Kell."
    )
    assert ("ivo-renn", ("bola-kell",), "tartu") in told(events_of(enricher, text), "visit")


def test_a_greeter_joined_to_an_honorific_the_parser_hangs_on_the_verb_is_a_host(
    enricher: Enricher,
) -> None:
    # "His Highness Malietoa Vaai II" is read as the verb's modifier, the office joined to it.
    text = (
        "Prime Minister Ana Tuilagi hosted the summit in Apia. King Edmund arrived at Faleolo "
        "International Airport on Wednesday evening. He was welcomed by the Head of State, His "
        "Highness Malietoa Vaai II, and the Prime Minister."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("edmund", ("ana-tuilagi", "malietoa-vaai-ii"), "apia")
    }


def test_a_guest_told_received_abroad_is_there(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Tomas Berg was received by Austrian President Ivo Marek in "
        "Vienna on Sunday."
    )
    assert ("tomas-berg", (), "vienna") in told(events_of(enricher, text), "visit")


def test_a_guest_received_on_a_trip_told_is_that_trip(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Tomas Berg arrived in Vienna on Saturday for a two-day visit. "
        "On Sunday he was received by Austrian President Ivo Marek in Vienna."
    )
    visits = [e for e in events_of(enricher, text) if e.type == "visit"]
    assert len(visits) == 1


def test_an_office_received_from_its_holder_is_no_meeting(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu received the rotating presidency of the Lorvian Union from Prime "
        "Minister Ane Haugen in Kell on Monday."
    )
    assert not told(events_of(enricher, text), "meeting")


def test_a_guest_received_is_still_met(enricher: Enricher) -> None:
    text = "President Amara Tolu received the Lorvian ambassador, Ane Haugen, in Oslo on Monday."
    assert told(events_of(enricher, text), "meeting") == {("amara-tolu", ("ane-haugen",), "oslo")}


def test_the_guest_a_relative_clause_tells_received_is_met(enricher: Enricher) -> None:
    text = (
        "The last Lorvian leader to come to Kell was Amara Tolu, who was received by President "
        "Ane Haugen at the palace in May 2019."
    )
    assert meetings(events_of(enricher, text)) == [{"amara-tolu", "ane-haugen"}]


def test_a_craft_told_landing_carries_the_guests_its_welcome_greets(enricher: Enricher) -> None:
    text = (
        "Lorvian Air Force One landed at Vadum Airport late on Sunday from Brenn, and President "
        "Ivo Marek and First Lady Ana Marek were met on the tarmac by Foreign Minister Tor Lund."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("ivo-marek", ("tor-lund",), "vadum-airport"),
        ("ana-marek", ("tor-lund",), "vadum-airport"),
    }


def test_a_craft_landing_where_its_passenger_is_met_is_the_passengers_arrival(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian Air Force One landed at Vadum Airport shortly after noon on Monday, where "
        "President Ivo Marek was met by Prime Minister Kari Moe."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("ivo-marek", ("kari-moe",), "vadum-airport")
    }


def test_a_welcome_that_names_its_town_greets_the_trip_there(enricher: Enricher) -> None:
    text = (
        "President Ivo Marek met Crown Prince Tor Lund in Nairobi on Wednesday evening, hours "
        "after a stop in Kampala.\n\n"
        "Marek landed in Kampala earlier on Wednesday and was received at the airport by "
        "Foreign Minister Kari Moe. He then held talks with President Ana Berg at the palace.\n\n"
        "Lund travelled to Lorvia last year.\n\n"
        "In Nairobi, Marek was greeted at the airport by the governor of the capital, Prince "
        "Olav Sund, before heading to the palace, where he and the crown prince held talks."
    )
    events = events_of(enricher, text)
    visits = told(events, "visit")
    assert ("ivo-marek", ("kari-moe",), "kampala") in visits
    assert ("ivo-marek", ("olav-sund",), "nairobi") in visits
    nairobi = [e for e in events if e.type == "visit" and e.location and e.location.id == "nairobi"]
    assert [e.date.value for e in nairobi if e.date] == ["2025-03-26"]


def test_a_welcome_at_the_helipad_greets_the_arrival_by_helicopter(enricher: Enricher) -> None:
    text = (
        "Pope Gregory XX arrived in Vadum by helicopter from Brenn on Sunday. He was welcomed at "
        "the helipad by Prime Minister Kari Moe, ministers and the heads of the churches."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("gregory-xx", ("kari-moe",), "vadum")}
    assert not meetings(events)


def test_a_reception_told_of_the_place_come_from_greets_the_stop_there(
    enricher: Enricher,
) -> None:
    text = (
        "Pope Gregory XX arrived in Vadum from Lorvia yesterday, beginning a five-day visit.\n\n"
        "The Pope arrived from Colombo, where President Ivo Marek received him on Tuesday, only "
        "four days after the leader took office."
    )
    events = events_of(enricher, text)
    assert ("gregory-xx", ("ivo-marek",), "colombo") in told(events, "visit")
    assert not meetings(events)


def test_a_greeter_after_a_repeated_by_is_a_greeter(enricher: Enricher) -> None:
    text = (
        "President Ivo Varga had arrived in Vadum on Sunday night, on a chartered jet, and was "
        "received at Brenn airport by Foreign Minister Ana Kell and by Ambassador Ado Vell."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("ivo-varga", ("ado-vell", "ana-kell"), "vadum")}
    assert not meetings(events)


def test_a_welcome_at_the_foot_of_the_stairs_greets_the_arrival(enricher: Enricher) -> None:
    text = (
        "President Ivo Varga arrived in Vadum on Sunday evening from Brenn. He was received at "
        "the foot of the stairs by Foreign Minister Ana Kell."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("ivo-varga", ("ana-kell",), "vadum")}
    assert not meetings(events)


def test_a_welcome_at_the_foot_of_the_ramp_greets_the_arrival(enricher: Enricher) -> None:
    # The older wire style calls the aircraft's boarding steps its ramp.
    text = (
        "President Ivo Varga arrived in Vadum on Sunday evening from Brenn. He was received at "
        "the foot of the ramp by Foreign Minister Ana Kell."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("ivo-varga", ("ana-kell",), "vadum")}
    assert not meetings(events)


def test_a_host_meeting_the_guest_on_the_helicopter_pad_greets_the_arrival(
    enricher: Enricher,
) -> None:
    text = (
        "President Ivo Varga flew into Vadum on Sunday morning. Prime Minister Ana Kell, "
        "playing host, met President Varga on the helicopter pad when his helicopter came in "
        "from the airport."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("ivo-varga", ("ana-kell",), "vadum")}
    assert not meetings(events)


def test_a_greeter_named_after_two_offices_greets_the_arrival(enricher: Enricher) -> None:
    text = (
        "President Ivo Varga arrived in Vadum on Sunday night and was greeted by Deputy Prime "
        "Minister and Minister of Foreign Affairs Ana Kell and children waving flags."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("ivo-varga", ("ana-kell",), "vadum")}
    assert not meetings(events)


def test_a_greeting_told_there_greets_the_trip_just_told(enricher: Enricher) -> None:
    text = (
        "Pope Gregory XX arrived in Lisbon on Sunday morning and was welcomed by President Ivo "
        "Marek. After lunch, the Pope travelled by road to Porto. In the afternoon he was greeted "
        "there by Archbishop Ado Vell before celebrating Mass in the cathedral."
    )
    events = events_of(enricher, text)
    assert ("gregory-xx", ("ado-vell",), "porto") in told(events, "visit")
    assert not meetings(events)


def test_a_craft_landing_carries_the_guests_met_in_the_next_sentence(
    enricher: Enricher,
) -> None:
    text = (
        "President Ivo Varga spent six hours in Vadum on Sunday. Lorvian Air Force One landed in "
        "the early afternoon. Varga and his wife Ana Varga were met at the foot of the steps by "
        "Prime Minister Kari Moe."
    )
    events = events_of(enricher, text)
    parties = {(actor, counterparts) for actor, counterparts, _ in told(events, "visit")}
    assert parties == {("ivo-varga", ("kari-moe",)), ("ana-varga", ("kari-moe",))}
    assert not meetings(events)


def test_a_host_told_waiting_where_the_travellers_landed_greets_each(enricher: Enricher) -> None:
    text = (
        "Ivo Varga and Ana Varga landed at Lisbon's airport last Wednesday evening, where "
        "Foreign Minister Kari Moe was waiting on the tarmac."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {
        ("ivo-varga", ("kari-moe",), "lisbon"),
        ("ana-varga", ("kari-moe",), "lisbon"),
    }
    assert not meetings(events)


@pytest.mark.parametrize("met", ["met them", "met them at the Grand Hotel"])
def test_a_host_told_meeting_them_where_the_travellers_went_greets_each(
    enricher: Enricher, met: str
) -> None:
    # "Them" stands for no one named: those met are the couple who went there.
    text = (
        "President Arvo Lind of Norlund and his wife, Ana Lind, landed on Sunday night and "
        f"drove up to Velmar, where Prime Minister Mira Sol {met}."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("arvo-lind", ("mira-sol",), "velmar"),
        ("ana-lind", ("mira-sol",), "velmar"),
    }


def test_one_told_waiting_where_no_one_arrives_meets_no_one(enricher: Enricher) -> None:
    text = (
        "In Porto, where President Ivo Marek was waiting with Foreign Minister Ana Kell on "
        "Sunday, crowds cheered."
    )
    assert not meetings(events_of(enricher, text))


def test_a_host_planning_to_greet_the_guest_on_arrival_is_the_visits_counterpart(
    enricher: Enricher,
) -> None:
    text = (
        "Pope Gregory XX said Mass in Rome on Sunday. From Rome he flies on Tuesday afternoon to "
        "Lisbon, where President Ivo Marek plans to greet him in person on arrival."
    )
    events = events_of(enricher, text)
    assert ("gregory-xx", ("ivo-marek",), "lisbon") in told(events, "visit")
    assert not meetings(events)


@pytest.mark.parametrize(
    "trip",
    [
        # The "where" hung on the trip's time.
        "He will fly to Porto on Monday evening, where he will be welcomed by Prime Minister Ana "
        "Kell.",
        # The "where" hung on the trip's verb.
        "He is scheduled to fly by helicopter to Porto later today, where he will be welcomed by "
        "Prime Minister Ana Kell, before continuing to Lisbon.",
    ],
)
def test_a_welcome_told_where_a_planned_trip_goes_greets_the_traveller(
    enricher: Enricher, trip: str
) -> None:
    events = events_of(enricher, f"Pope Gregory XX said Mass in Rome on Sunday. {trip}")
    assert ("gregory-xx", ("ana-kell",), "porto") in told(events, "visit")
    assert not meetings(events)


def test_a_spouse_welcomed_at_the_airport_beside_the_traveller_arrives_too(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Ivo Varga on Monday began a three-day state visit to Portugal, his "
        "first to Lisbon. President Ivo Marek had earlier welcomed the Lorvian president and his "
        "wife, Ana Varga, at Lisbon airport, where a 21-gun salute was fired."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("ana-varga", ("ivo-marek",), "lisbon") in visits


def test_a_host_told_waiting_at_the_steps_after_the_landing_greets_each(
    enricher: Enricher,
) -> None:
    text = (
        "Ivo Varga and his wife Ana Varga arrived at Brenn airport on Monday afternoon. "
        "President Kari Moe, in uniform, was waiting at the bottom of the steps and kissed "
        "her hand."
    )
    events = events_of(enricher, text)
    parties = {(actor, counterparts) for actor, counterparts, _ in told(events, "visit")}
    assert parties == {("ivo-varga", ("kari-moe",)), ("ana-varga", ("kari-moe",))}
    assert not meetings(events)


def test_a_second_by_the_parser_joins_to_a_fronted_place_is_a_greeter(
    enricher: Enricher,
) -> None:
    text = (
        "President Ivo Varga arrived in Vadum on Sunday morning. At the foot of the steps he was "
        "received by Ana Kell, Chairman of the Council of State, and by Cardinal Ado Vell, "
        "Primate of Lorvia, who had flown to Rome in October."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("ivo-varga", ("ado-vell", "ana-kell"), "vadum") in visits


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


@pytest.mark.parametrize("where", ["", "at the stadium "])
def test_a_welcome_after_flying_to_a_town_greets_the_arrival(
    enricher: Enricher, where: str
) -> None:
    text = (
        "Brennish Foreign Minister Tala Odum flew from Quito to Cuenca by helicopter on Friday "
        f"and was welcomed {where}by Mayor Ana Vera, who had invited her."
    )
    events = events_of(enricher, text)
    assert not meetings(events)
    assert told(events, "visit") == {("tala-odum", ("ana-vera",), "cuenca")}


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


def test_a_host_waiting_at_the_airport_who_greets_the_guest_welcomes_the_arrival(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Amara Tolu flew to Lome on Tuesday morning aboard a chartered jet. To "
        "everyone's surprise, President Kodjo Mensah was standing on the runway at Tokoin "
        "Airport and greeted his guest with an embrace.",
    )
    assert told(events, "visit") == {("amara-tolu", ("kodjo-mensah",), "lome")}
    assert meetings(events) == []


def test_hosts_who_drive_to_the_airport_to_receive_the_guests_welcome_their_arrival(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Amara Tolu and his wife, Afi Tolu, flew to Kumasi on Friday. Breaking with "
        "custom, President Kofi Mensah drove to Kumasi airport to receive them.",
    )
    assert told(events, "visit") == {
        ("amara-tolu", ("kofi-mensah",), "kumasi"),
        ("afi-tolu", ("kofi-mensah",), "kumasi"),
    }
    assert meetings(events) == []


def test_a_caption_of_a_welcome_told_greets_no_earlier_arrival(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Amara Tolu landed in Tamale on Friday, where he was received at the airport "
        "by the regional minister Yaw Boateng.\n\nOn Saturday he flew on to Kumasi. President "
        "Kofi Mensah drove out to Kumasi airport to receive him.\n\nPHOTO: President Kofi "
        "Mensah receives President Amara Tolu at Kumasi airport.",
    )
    assert told(events, "visit") == {
        ("amara-tolu", ("yaw-boateng",), "tamale"),
        ("amara-tolu", ("kofi-mensah",), "kumasi"),
    }


def test_a_family_told_in_the_plural_as_the_hosted_are_the_guests(enricher: Enricher) -> None:
    # The model may read a family name in the plural as a place or a body: "hosted" then
    # seemed to take a thing, and no one was met.
    events = events_of(
        enricher,
        "President Hanna Brenner and her husband, Olaf Brenner, arrived in Oslo on Friday. On "
        "Saturday evening Prime Minister Ivo Lund and his wife, Mia, hosted the Brenners at a "
        "fish restaurant in the old town.",
    )
    assert {"ivo-lund", "hanna-brenner", "olaf-brenner"} <= next(iter(meetings(events)), set())


def test_a_welcome_told_at_the_town_just_flown_to_greets_that_trip(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Amara Tolu flew to Kara in Togo yesterday. At Kara he was met by General "
        "Kofi Mensah and spoke to the troops.",
    )
    assert told(events, "visit") == {("amara-tolu", ("kofi-mensah",), "kara")}
    assert meetings(events) == []


def test_a_going_on_joined_to_a_greeting_where_one_landed_is_the_guests(
    enricher: Enricher,
) -> None:
    # The parse joins "flew" to "greeted" in the "where" clause, whose subject is the greeter.
    events = events_of(
        enricher,
        "Mr. Vell arrived at Brenn Air Force Base on Saturday, where Mr. Rask greeted him, and "
        "flew by helicopter to Camp Oskar to rest from the flight before the official program "
        "began.",
    )
    travellers = {actor for actor, _, _ in told(events, "visit")}
    assert travellers == {"vell"}


def test_the_host_whose_guest_the_traveller_will_be_receives_him(enricher: Enricher) -> None:
    text = (
        "On Sunday President Amara Tolu flies on to Bergen, where he will be the guest of "
        "Governor Ane Haugen."
    )
    assert told(events_of(enricher, text), "visit") == {("amara-tolu", ("ane-haugen",), "bergen")}


def test_a_stay_as_a_guest_where_the_trip_came_from_is_an_earlier_leg(
    enricher: Enricher,
) -> None:
    text = (
        "President Amara Tolu flew into Oslo on Saturday from Stockholm, where he had been the "
        "guest of Prime Minister Erik Lund since Wednesday."
    )
    assert ("amara-tolu", ("erik-lund",), "stockholm") in told(events_of(enricher, text), "visit")


def test_the_guest_of_someone_told_with_no_title_names_no_host(enricher: Enricher) -> None:
    text = (
        "On Sunday President Amara Tolu drives to Bergen, where he is to spend the weekend as "
        "the guest of the painter Ane Haugen."
    )
    assert told(events_of(enricher, text), "visit") == {("amara-tolu", (), "bergen")}


def test_hosts_who_welcome_the_couple_are_the_hosts_of_both(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu and his wife Mara Tolu arrived in Vadum on Monday morning for a "
        "two-day state visit. Eight fighters escorted the presidential plane, and President "
        "Ivan Sorokin and Prime Minister Kofi Mensah welcomed the couple at the air base.\n\n"
        "The two sides held talks at the Prime Minister's House."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {
        ("amara-tolu", ("ivan-sorokin", "kofi-mensah"), "vadum"),
        ("mara-tolu", ("ivan-sorokin", "kofi-mensah"), "vadum"),
    }
    # The couple and the host who greeted them, counted one by one, are not "the two sides".
    assert not any({"mara-tolu", "ivan-sorokin"} <= parties for parties in meetings(events))


def test_a_host_who_receives_the_party_greets_everyone_who_arrived(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu arrived in Vadum late on Tuesday from Brenn, together with his "
        "wife, Mara, and Foreign Minister Kofi Mensah. President Ivan Sorokin received the "
        "party at Vadum airport, where a small crowd stood in light rain."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("amara-tolu", ("ivan-sorokin",), "vadum"),
        ("mara", ("ivan-sorokin",), "vadum"),
        ("kofi-mensah", ("ivan-sorokin",), "vadum"),
    }


def test_a_host_waiting_where_a_trip_goes_is_its_counterpart(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu flew to Kara on Friday, where Governor Afi Dogbe was waiting at "
        "the airport."
    )
    assert told(events_of(enricher, text), "visit") == {("amara-tolu", ("afi-dogbe",), "kara")}


def test_a_craft_waiting_where_a_trip_goes_is_no_counterpart(enricher: Enricher) -> None:
    text = "President Amara Tolu flies to Lome on Friday, where the royal yacht Kpeme is waiting."
    assert told(events_of(enricher, text), "visit") == {("amara-tolu", (), "lome")}


def test_a_host_told_waiting_after_a_flight_into_the_town_greets_the_traveller(
    enricher: Enricher,
) -> None:
    # "Flew into" tells the arrival as "arrived" or "landed" does.
    text = (
        "President Amara Tolu flew into Kara on Friday afternoon. President Afi Dogbe and his "
        "wife, Esi Dogbe, were waiting at the foot of the steps."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("amara-tolu", ("afi-dogbe", "esi-dogbe"), "kara")
    }


def test_a_host_told_waiting_on_the_apron_greets_the_arrival(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu landed in Kara on Friday afternoon. Foreign Minister Afi Dogbe "
        "was waiting on the apron."
    )
    assert told(events_of(enricher, text), "visit") == {("amara-tolu", ("afi-dogbe",), "kara")}


def test_a_welcome_at_the_steps_of_a_building_greets_the_arrival(enricher: Enricher) -> None:
    text = (
        "President Ivo Varga arrived in Vadum on Sunday and was received at the foot of the "
        "Chancellery steps by Prime Minister Ana Kell."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("ivo-varga", ("ana-kell",), "vadum")}
    assert not told(events, "meeting")


def test_a_greeting_at_the_door_before_talks_leaves_the_talks(enricher: Enricher) -> None:
    text = (
        "President Ivo Varga arrived in Vadum on Sunday. Prime Minister Ana Kell greeted him at "
        "the door of the chancellery and the two held talks in her office."
    )
    assert told(events_of(enricher, text), "meeting") == {("ana-kell", ("ivo-varga",), "vadum")}


def test_a_host_of_no_told_country_holding_talks_with_the_guest_is_at_home(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Kofi Mensah and Senegalese President Anton Varga held talks at Jubilee "
        "House in Accra on Tuesday.\n\n"
        "Varga arrived in Accra on Saturday evening for a four-day state visit.\n\n"
        "On Sunday morning Mensah and his guest flew by helicopter to Kumasi, where they played "
        "golf."
    )
    visits = told(events_of(enricher, text), "visit")
    # Going about the country beside the guest makes the host no traveller at the talks.
    assert not any(actor == "kofi-mensah" and place != "kumasi" for actor, _, place in visits)
    assert {("anton-varga", (), "kumasi"), ("kofi-mensah", (), "kumasi")} <= visits


def test_a_guest_welcomed_to_what_is_no_place_makes_no_visit(enricher: Enricher) -> None:
    text = (
        "President Arvo Lind welcomed Prime Minister Ola Berg of Norlund to the alliance at a "
        "ceremony in Vik on Wednesday."
    )
    assert not told(events_of(enricher, text), "visit")


def test_a_guest_welcomed_to_a_building_visits_it(enricher: Enricher) -> None:
    text = (
        "President Arvo Lind welcomed Prime Minister Ola Berg to the Linden Palace in Vik on "
        "Wednesday."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("ola-berg", ("arvo-lind",), "linden-palace")
    }


def test_a_stay_told_as_the_hosts_guest_is_a_visit_received_by_the_host(
    enricher: Enricher,
) -> None:
    text = (
        "President Arvo Lind met President Tomas Berg in Velmar on Monday. Before that, Mr. "
        "Berg had been Mr. Lind's guest in Norport in April 1961."
    )
    events = events_of(enricher, text)
    assert ("tomas-berg", ("arvo-lind",), "norport") in told(events, "visit")
    # The stay is dated by its own phrase on the guest noun, not by the talks told before.
    stay = next(e for e in events if e.type == "visit" and e.actor.id == "tomas-berg")
    assert stay.date is not None and stay.date.value == "1961-04"
    assert meetings(events) == [{"arvo-lind", "tomas-berg"}]


def test_guests_of_a_host_at_a_meal_make_no_visit(enricher: Enricher) -> None:
    text = (
        "President Arvo Lind arrived in Velmar on Monday. Last night the President was the "
        "guest of Governor Ivo Mets at a small supper in the old Residency."
    )
    assert told(events_of(enricher, text), "visit") == {("arvo-lind", (), "velmar")}
