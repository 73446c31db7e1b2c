"""Agreements and statements of support told in the ways wire copy tells them.

Invented sentences with real-style names, read with the real model.
"""

from __future__ import annotations

import pytest

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, told

TALKS = (
    "Chilean President Ana Lindqvist held talks with Peruvian President Bo Tamayo in Lima "
    "on Monday.\n\n"
)


def test_a_named_declaration_signed_is_an_agreement_of_the_pair(enricher: Enricher) -> None:
    events = events_of(enricher, TALKS + "Later the two leaders signed the Lima Declaration.")
    assert told(events, "agreement") == {("ana-lindqvist", ("bo-tamayo",), "lima")}


def test_a_pair_told_by_an_office_held_under_another_title_signs_as_the_pair_of_the_talks(
    enricher: Enricher,
) -> None:
    # A "Defence Secretary" holds no office called minister, so no pair ranked by office fits
    # "both ministers"; the signers are the two whose talks were told just before.
    events = events_of(
        enricher,
        "Irish Defence Secretary Nora Quill held talks with her Chilean counterpart, Tomas "
        "Varga, in Santiago on Monday.\n\nBefore lunch both ministers signed a pact on naval "
        "training.",
    )
    assert told(events, "agreement") == {("nora-quill", ("tomas-varga",), "santiago")}


def test_a_pact_signed_by_a_counted_pair_in_the_passive_is_by_the_pair_of_the_talks(
    enricher: Enricher,
) -> None:
    # The signers are told only as the passive's "by": they stand for the pair set up before,
    # as "the two presidents signed" does.
    events = events_of(
        enricher, TALKS + "A protocol on fishing quotas was signed by the two presidents at noon."
    )
    assert {(actor, cps) for actor, cps, _ in told(events, "agreement")} == {
        ("ana-lindqvist", ("bo-tamayo",))
    }


def test_a_named_treaty_signed_by_the_pair_is_no_party_to_itself(enricher: Enricher) -> None:
    events = events_of(
        enricher, TALKS + "The Treaty of Callao was signed at the palace by Lindqvist and Tamayo."
    )
    (deal,) = [e for e in events if e.type == "agreement"]
    assert (deal.actor.id, [c.id for c in deal.counterparts]) == ("ana-lindqvist", ["bo-tamayo"])


def test_a_joint_statement_adopted_is_an_agreement(enricher: Enricher) -> None:
    events = events_of(enricher, "Chile and Peru adopted a joint statement on fisheries on Monday.")
    assert told(events, "agreement") == {("chile", ("peru",), None)}


def test_a_statement_issued_alone_is_no_agreement(enricher: Enricher) -> None:
    events = events_of(enricher, "The Chilean foreign ministry issued a statement on Monday.")
    assert not [e for e in events if e.type == "agreement"]


def test_a_memorandum_signed_between_two_firms_binds_the_firms(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "A memorandum on gas supply was signed between Norgaz and Baltic Energy Group in the "
        "presence of the two ministers.",
    )
    (deal,) = [e for e in events if e.type == "agreement"]
    assert {deal.actor.name, *(c.name for c in deal.counterparts)} == {
        "Norgaz",
        "Baltic Energy Group",
    }


def test_ministers_of_two_named_states_sign_for_them(enricher: Enricher) -> None:
    events = events_of(
        enricher, "After the talks, ministers of Chile and Peru signed nine documents on trade."
    )
    assert told(events, "agreement") == {("chile", ("peru",), None)}


def test_officials_told_by_nationality_sign_for_their_states(enricher: Enricher) -> None:
    events = events_of(
        enricher, "Chilean and Peruvian officials signed a protocol on regular air services."
    )
    assert told(events, "agreement") == {("chile", ("peru",), None)}


def test_officials_of_the_two_countries_sign_for_the_states_of_the_talks(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        TALKS + "Afterwards officials of the two countries signed a memorandum on fisheries.",
    )
    assert told(events, "agreement") == {("chile", ("peru",), "lima")}


def test_the_party_signed_with_is_the_counterpart(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Minister Ana Lindqvist later signed a defence cooperation agreement with Minister "
        "Bo Tamayo.",
    )
    assert told(events, "agreement") == {("ana-lindqvist", ("bo-tamayo",), None)}


def test_an_exchange_of_notes_signed_is_an_agreement(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Foreign Minister Ana Lindqvist and Ambassador Bo Tamayo signed an exchange of notes "
        "on a grant for a new water system.",
    )
    assert told(events, "agreement") == {("ana-lindqvist", ("bo-tamayo",), None)}


def test_a_letter_of_protest_signed_is_no_agreement(enricher: Enricher) -> None:
    events = events_of(
        enricher, "Over 300 people signed a letter of protest to President Ana Lindqvist."
    )
    assert not [e for e in events if e.type == "agreement"]


STATE_TALKS = (
    "Chilean President Ana Lindqvist held talks with Peruvian President Bo Tamayo in Lima "
    "on Monday. "
)


def test_a_deal_signed_by_no_one_told_binds_the_states_of_the_talks(enricher: Enricher) -> None:
    events = events_of(
        enricher, STATE_TALKS + "A second agreement, on visa-free travel, was also signed."
    )
    assert told(events, "agreement") == {("chile", ("peru",), "lima")}


def test_the_sides_that_sign_are_the_states_of_the_talks(enricher: Enricher) -> None:
    events = events_of(enricher, STATE_TALKS + "The sides also signed documents on a pipeline.")
    assert told(events, "agreement") == {("chile", ("peru",), "lima")}


def test_the_two_countries_of_a_visit_sign_as_visitor_and_host(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Chilean President Ana Lindqvist last visited Lima in June 2018, when the two countries "
        "signed agreements on defence.",
    )
    assert told(events, "agreement") == {("chile", ("peru",), None)}


def test_named_ministers_of_two_states_sign_themselves(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "The foreign ministers of Chile and Peru, Ana Lindqvist and Bo Tamayo, today signed "
        "the agreement.",
    )
    assert told(events, "agreement") == {("ana-lindqvist", ("bo-tamayo",), None)}


def test_a_counted_group_spelled_out_by_name_signs_as_those_names(enricher: Enricher) -> None:
    # A spouse who flew in beside one of the ministers is no pair the names leave open.
    events = events_of(
        enricher,
        "General Arvo Lind, President of Norlund, meets President Bo Tamayo at his residence "
        "today.\n\nThe General arrived on Saturday afternoon at Kell, coming "
        "from Vell. President Tamayo received him on the tarmac. Madame "
        "Elin Lindqvist and the Foreign Minister, Tomas Varga, flew in with him.\n\nOn "
        "Saturday night President Tamayo gave a dinner for the visitor and his "
        "wife at the residence.\n\nYesterday afternoon the two Foreign Ministers, Ines Calderon "
        "and M. Varga, signed a fisheries accord in the library.",
    )
    assert told(events, "agreement") == {("ines-calderon", ("tomas-varga",), None)}


def test_a_signing_spoken_of_in_general_binds_no_states(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        STATE_TALKS + '"No one wants to be absent when the contracts are signed," he said.',
    )
    assert not [e for e in events if e.type == "agreement"]


def test_a_state_said_to_stand_by_another_is_backed_by_the_speaker(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Addressing the ceremony, President Ana Lindqvist said Chile would always stand by Peru.",
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_capitals_that_sign_a_deal_stand_for_their_states(enricher: Enricher) -> None:
    events = events_of(enricher, "Lima and Santiago signed 14 agreements on trade on Monday.")
    assert told(events, "agreement") == {("peru", ("chile",), None)}


def test_a_package_of_measures_signed_is_an_agreement(enricher: Enricher) -> None:
    events = events_of(
        enricher, "Foreign Minister Ana Lindqvist and Bo Tamayo signed a package of measures."
    )
    assert [e.type for e in events] == ["agreement"]


def test_a_call_on_a_state_to_act_is_a_stance_toward_it(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "At the news conference, President Ana Lindqvist called on Peru to reopen the border.",
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}
    assert not [e for e in events if e.type == "meeting"]


def test_a_state_urged_to_act_is_a_stance_toward_it(enricher: Enricher) -> None:
    events = events_of(enricher, "President Ana Lindqvist urged Peru to reopen the border.")
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday President Mira Voskuil appealed to Ecuador to release the fishing crews.",
        "On Friday President Mira Voskuil demanded that Ecuador release the fishing crews.",
        "On Friday President Mira Voskuil defended Ecuador's claim to the reef.",
    ],
)
def test_a_state_appealed_to_or_a_demand_put_to_it_is_a_stance_toward_it(
    enricher: Enricher, sentence: str
) -> None:
    # Appealing to, demanding of or defending a party is a stance toward it, as urging is; a
    # demand names whom it is put to as its clause's subject.
    events = events_of(enricher, sentence)
    assert told(events, "statement") == {("mira-voskuil", ("ecuador",), None)}


def test_a_state_praised_as_a_partner_in_a_quote_is_the_speakers_stance(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher, '"Peru is our closest partner," President Ana Lindqvist told reporters.'
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_the_state_a_quote_calls_a_friend_of_is_the_target(enricher: Enricher) -> None:
    events = events_of(
        enricher, '"Chile will always be a sincere friend of Peru," President Ana Lindqvist said.'
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_a_partnership_told_by_the_story_itself_is_no_stance(enricher: Enricher) -> None:
    events = events_of(enricher, "Peru has been a close partner of Chile since 1990.")
    assert not [e for e in events if e.type == "statement"]


def test_a_stance_toward_a_whole_people_is_toward_its_country(enricher: Enricher) -> None:
    events = events_of(
        enricher, "President Ana Lindqvist pledged Chile's support for the Peruvian people."
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_a_state_regarded_as_a_friend_is_the_speakers_target(enricher: Enricher) -> None:
    events = events_of(enricher, "President Ana Lindqvist said Chile saw Peru as a trusted friend.")
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_a_state_called_by_any_name_is_the_speakers_target(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        'At the news conference, President Ana Lindqvist called Peru "a beacon of stability in '
        'the region".',
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_a_state_described_as_anything_is_the_speakers_target(enricher: Enricher) -> None:
    events = events_of(
        enricher, 'Prime Minister Mira Sol described Peru as "the most reliable of neighbours".'
    )
    assert told(events, "statement") == {("mira-sol", ("peru",), None)}


def test_a_thing_or_a_body_called_by_a_name_is_no_stance(enricher: Enricher) -> None:
    # A body's name may be a plan or a text the model tags ORG: only states and peoples here.
    events = events_of(
        enricher, 'President Ana Lindqvist described the Lima Plan as "the only basis".'
    )
    assert not [e for e in events if e.type == "statement"]


def test_a_thing_called_by_a_name_is_no_stance(enricher: Enricher) -> None:
    events = events_of(enricher, 'President Ana Lindqvist called the summit "a turning point".')
    assert not [e for e in events if e.type == "statement"]


def test_a_speakers_own_country_is_no_target_of_his_praise(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        '"Chile has always been a true friend of Peru," Peruvian President Bo Tamayo said.',
    )
    assert ("bo-tamayo", ("peru",), None) not in told(events, "statement")


def test_praise_from_someone_in_the_crowd_is_no_stance(enricher: Enricher) -> None:
    events = events_of(enricher, '"Peru is a true friend," said Ana Lind, 58, a teacher.')
    assert not [e for e in events if e.type == "statement"]


def test_a_stance_affirmed_in_a_states_name_is_the_speakers(enricher: Enricher) -> None:
    events = events_of(enricher, "President Ana Lindqvist affirmed Chile's full support for Peru.")
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_a_state_named_on_a_stance_is_who_holds_it_not_where_it_is_said(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "The Secretary, Ana Lindqvist, underscored U.S. support for Peru as the King "
        "implements reforms.",
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_the_state_a_stance_is_of_holds_it_and_is_no_target(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ana Lindqvist affirmed the support of Chile for Peru's bid to end the drought.",
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_support_for_a_cause_in_a_state_is_toward_that_state(enricher: Enricher) -> None:
    events = events_of(
        enricher, "President Ana Lindqvist pledged her government's support for reform in Peru."
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_a_protest_lodged_with_someone_is_a_stance_toward_him(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ana Lindqvist lodged a formal protest with President Bo Tamayo over the "
        "arrests.",
    )
    assert told(events, "statement") == {("ana-lindqvist", ("bo-tamayo",), None)}


HOSTED_TALKS = (
    "Chilean President Ana Lindqvist arrived in Lima on Monday and held talks with President "
    "Bo Tamayo at the Palacio Norte. "
)


def test_a_host_whose_state_goes_untold_signs_for_the_country_of_the_talks(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher, HOSTED_TALKS + "Afterwards the two governments signed a memorandum on fisheries."
    )
    assert {(actor, parties) for actor, parties, _ in told(events, "agreement")} == {
        ("chile", ("peru",))
    }


def test_governments_expected_to_sign_are_the_states_of_the_talks(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        HOSTED_TALKS + "The two governments are expected to sign a memorandum on fisheries on "
        "Thursday.",
    )
    assert {(actor, parties) for actor, parties, _ in told(events, "agreement")} == {
        ("chile", ("peru",))
    }


def test_a_signing_whose_subject_is_denied_is_no_agreement(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        HOSTED_TALKS + "The talks ran late into the night, but no deal was signed.",
    )
    assert not [e for e in events if e.type == "agreement"]


def test_a_host_signs_for_the_country_of_the_trip_the_talks_are_held_on(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Chilean President Ana Lindqvist arrived in Lima on Sunday from Quito, where she had "
        "attended a regional summit on Saturday. Hours later she held talks with President Bo "
        "Tamayo at the Palacio Norte. Afterwards the two governments signed a memorandum on "
        "fisheries.",
    )
    assert {(actor, parties) for actor, parties, _ in told(events, "agreement")} == {
        ("chile", ("peru",))
    }


def test_a_spouse_among_the_talks_parties_leaves_the_host_signing_for_the_country_visited(
    enricher: Enricher,
) -> None:
    # The talks are told with a spouse beside the two leaders: the spouse adds no state, so
    # the host whose state goes untold still signs for the country of the trip.
    events = events_of(
        enricher,
        "Chilean President Ana Lindqvist flew into Lima on Monday for a three-day visit. On "
        "Tuesday she held talks with President Bo Tamayo, his wife, Rosa Tamayo, and her own "
        "husband, Carlos Lindqvist, at the Palacio Norte. Officials of the two governments "
        "then signed a memorandum on fisheries.",
    )
    assert {(actor, parties) for actor, parties, _ in told(events, "agreement")} == {
        ("chile", ("peru",))
    }


def test_a_nationality_the_model_reads_as_a_name_still_gives_the_state(
    enricher: Enricher,
) -> None:
    # The model takes "Sri Lankan" after a dateline for part of the person's name.
    events = events_of(
        enricher,
        "LIMA, March 3: Sri Lankan Prime Minister Asela Danvers held talks here on Monday with "
        "Prime Minister Bo Tamayo. The two sides signed an agreement on fisheries.",
    )
    assert {(actor, parties) for actor, parties, _ in told(events, "agreement")} == {
        ("sri-lanka", ("peru",))
    }


@pytest.mark.parametrize(
    "inviting",
    [
        "President Lindqvist extended an invitation to President Tamayo to visit Chile, and "
        "Tamayo accepted it.",
        "Lindqvist told reporters the talks had gone well. She invited President Tamayo to visit "
        "Chile.",
    ],
)
def test_a_leader_who_invites_a_guest_home_signs_for_that_home(
    enricher: Enricher, inviting: str
) -> None:
    events = events_of(
        enricher,
        "President Ana Lindqvist and Peruvian President Bo Tamayo held talks in Lima on Monday, "
        "the second day of her visit to Peru. Afterwards the two leaders witnessed the signing "
        "of a fisheries accord.\n\n" + inviting,
    )
    assert {(actor, parties) for actor, parties, _ in told(events, "agreement")} == {
        ("chile", ("peru",))
    }


@pytest.mark.parametrize(
    "came_from",
    [
        "a regional tour that will also take her to La Paz on Saturday began on Monday",
        "she attended a summit",
    ],
)
def test_a_signing_after_talks_is_on_no_leg_left_or_still_to_come(
    enricher: Enricher, came_from: str
) -> None:
    events = events_of(
        enricher,
        "Chilean President Ana Lindqvist held talks in Lima on Thursday with Peruvian President "
        "Bo Tamayo.\n\nLindqvist arrived in the Peruvian capital late on Wednesday from Quito, "
        f"where {came_from}.\n\nAfter the talks, the two presidents watched officials sign a "
        "financing agreement for a gas pipeline.",
    )
    assert {(actor, parties) for actor, parties, _ in told(events, "agreement")} == {
        ("chile", ("peru",))
    }


def test_a_stance_on_what_a_states_leaders_did_is_toward_the_state(enricher: Enricher) -> None:
    events = events_of(
        enricher, "President Ana Lindqvist praised Peru's leaders for their courage."
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_a_thing_condemned_is_aimed_at_the_party_it_is_told_of(enricher: Enricher) -> None:
    events = events_of(
        enricher, "President Ana Lindqvist on Monday condemned the blockade imposed by Peru."
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_people_told_by_nationality_and_urged_are_no_party(enricher: Enricher) -> None:
    events = events_of(
        enricher, "In a speech, Ana Lindqvist urged Peruvian investors to build plants in Chile."
    )
    assert not [e for e in events if e.type == "statement"]


def test_a_tribute_paid_to_a_state_is_a_stance_toward_it(enricher: Enricher) -> None:
    events = events_of(
        enricher, "In her toast, President Ana Lindqvist paid tribute to Peru for its patience."
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_a_state_warned_is_the_speakers_target(enricher: Enricher) -> None:
    events = events_of(
        enricher, "President Ana Lindqvist warned Peru that the move would split the alliance."
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_a_state_of_affairs_condemned_is_aimed_at_where_it_holds(enricher: Enricher) -> None:
    events = events_of(
        enricher, "President Ana Lindqvist condemned the state of emergency in Peru."
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_a_stance_a_speaker_has_not_voiced_is_none(enricher: Enricher) -> None:
    # The denied speech once reached the status reading as a cue of its own and crashed it.
    events = events_of(enricher, "Ana Lindqvist has not said that Chile will stand by Peru.")
    assert not [e for e in events if e.type == "statement"]


def test_a_pledge_told_as_a_clause_is_toward_whom_the_clause_names(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ana Lindqvist pledged on Monday that Chile would defend the fishing rights "
        "of Peru.",
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_a_memorandum_between_two_states_to_be_signed_binds_the_states(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "A memorandum on fisheries between Norlund and Velmar is to be signed during the visit "
        "of President Arvo Lind.",
    )
    deals = [e for e in events if e.type == "agreement"]
    assert told(deals, "agreement") == {("norlund", ("velmar",), None)}
    assert deals[0].status.value == "planned"


def test_a_treaty_told_as_signed_by_two_states_is_their_agreement(enricher: Enricher) -> None:
    events = events_of(
        enricher, "The treaty on fisheries, signed by Norlund and Velmar in January, was cited."
    )
    assert told(events, "agreement") == {("norlund", ("velmar",), None)}


@pytest.mark.parametrize(
    "text",
    [
        # The parser hangs the reported clause on the noun told to, as a relative clause.
        "President Ana Lindqvist told reporters after the talks that Chile stands with Peru.",
        "President Ana Lindqvist assured the head of state that Chile fully supports Peru's bid.",
        # Verbs of saying that vouch for what they report.
        "President Ana Lindqvist affirmed that Chile stands by Peru.",
        "President Ana Lindqvist promised on Friday that Chile would stand by Peru.",
        'President Ana Lindqvist wrote that Chile "firmly supports Peru".',
    ],
)
def test_a_stance_of_the_speakers_state_told_as_said_is_the_speakers(
    enricher: Enricher, text: str
) -> None:
    assert told(events_of(enricher, text), "statement") == {("ana-lindqvist", ("peru",), None)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # The "and" hung on the office set off after the first name, the second its conjunct.
        (
            "Piet Valtonen, the Lorvian Trade Minister, who accompanied his premier, and Sir Arvo "
            "Marsh signed a protocol on fisheries after lunch.",
            ("piet-valtonen", ("arvo-marsh",)),
        ),
        # The second name read as a second apposition of the first.
        (
            "At noon, Piet Ferrante, the Lorvian Chancellor, and Foreign Minister Arvo Toktarov "
            "signed a protocol on river shipping.",
            ("piet-ferrante", ("arvo-toktarov",)),
        ),
    ],
)
def test_two_signatories_each_set_off_with_an_office_both_sign(
    enricher: Enricher, text: str, pair: tuple[str, tuple[str, ...]]
) -> None:
    assert told(events_of(enricher, text), "agreement") == {(*pair, None)}


@pytest.mark.parametrize(
    "deed",
    [
        "backed Brenn's loans to Kesh",
        "condemned Brenn's blockade and its seizure of Kesh",
    ],
)
def test_a_stance_on_a_states_deed_is_aimed_at_the_state_alone(
    enricher: Enricher, deed: str
) -> None:
    events = events_of(enricher, f"Speaking at the banquet, President Arvo Lind of Lorvia {deed}.")
    assert told(events, "statement") == {("arvo-lind", ("brenn",), None)}


def test_a_stance_reported_of_a_person_is_theirs_not_the_reporters(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Arvo Lind of Lorvia held talks with Prime Minister Kai Berg of Brenn on "
        "Monday. Foreign Minister Ole Haugen said Berg pledged Brenn's continued support to "
        "Lorvia over the refugee crisis.",
    )
    assert told(events, "statement") == {("kai-berg", ("lorvia",), None)}


@pytest.mark.parametrize(
    "signed",
    [
        "Later the two presidents signed a joint communiqué on fisheries.",
        "Later the two presidents signed a road map for cooperation in farming.",
        "Later the two presidents signed an executive programme for cultural cooperation.",
        "Both men then signed a joint message to the farmers of the valley.",
        "Then the two presidents watched the signing by their aides of three accords on ports.",
    ],
)
def test_a_joint_text_signed_under_another_name_is_an_agreement(
    enricher: Enricher, signed: str
) -> None:
    events = events_of(
        enricher,
        "President Arvo Lind held talks with President Tomas Vell at the palace on Monday.\n\n"
        + signed,
    )
    assert [e for e in events if e.type == "agreement"]


def test_states_signing_after_a_phrase_of_presence_are_the_parties(enricher: Enricher) -> None:
    # The model joins "Chile and Peru" to "leaders" and leaves "signed" without a subject.
    events = events_of(
        enricher,
        TALKS + "In the presence of the two heads of state, Chile and Peru sealed a customs pact.",
    )
    assert {(actor, parties) for actor, parties, _ in told(events, "agreement")} == {
        ("chile", ("peru",))
    }


def test_states_told_after_a_named_witness_are_the_parties(enricher: Enricher) -> None:
    # Here the model joins "Chile and Peru" to the king's name.
    events = events_of(
        enricher, "In the presence of King Aldo, Chile and Peru sealed a pact on river shipping."
    )
    assert {(actor, parties) for actor, parties, _ in told(events, "agreement")} == {
        ("chile", ("peru",))
    }


def test_ministers_of_a_state_and_the_next_sign_for_both(enricher: Enricher) -> None:
    # The model joins "the United Kingdom" to "ministers", not to "Chile".
    events = events_of(
        enricher,
        "Later that day ministers of Chile and the United Kingdom signed three accords on shipping "
        "and energy in the White Hall.",
    )
    assert {(actor, parties) for actor, parties, _ in told(events, "agreement")} == {
        ("chile", ("united-kingdom",))
    }


def test_leaders_who_put_their_names_to_a_text_sign_it(enricher: Enricher) -> None:
    events = events_of(
        enricher, TALKS + "Both presidents also put their names to a charter on port safety."
    )
    assert told(events, "agreement") == {("ana-lindqvist", ("bo-tamayo",), "lima")}


def test_a_protocol_initialled_is_an_agreement(enricher: Enricher) -> None:
    events = events_of(
        enricher, "On Monday Ana Lindqvist and Bo Tamayo initialled a customs protocol."
    )
    assert told(events, "agreement") == {("ana-lindqvist", ("bo-tamayo",), None)}


def test_an_accord_signed_off_on_is_an_agreement(enricher: Enricher) -> None:
    events = events_of(enricher, "On Friday Chile and Peru signed off on the fisheries accord.")
    assert told(events, "agreement") == {("chile", ("peru",), None)}


def test_states_agreeing_to_restore_diplomatic_relations_agree(enricher: Enricher) -> None:
    events = events_of(
        enricher, "Chile and Peru agreed late on Friday to restore diplomatic relations."
    )
    assert told(events, "agreement") == {("chile", ("peru",), None)}


def test_a_plan_agreed_on_is_an_agreement(enricher: Enricher) -> None:
    events = events_of(
        enricher, TALKS + "Both presidents also agreed on a five-year plan for ports."
    )
    assert told(events, "agreement") == {("ana-lindqvist", ("bo-tamayo",), "lima")}


def test_agreeing_to_do_something_or_that_something_is_so_is_no_deal(enricher: Enricher) -> None:
    # Guide: "agreed to work together" without a deal is not an agreement.
    events = events_of(
        enricher,
        TALKS + "Both presidents agreed to meet again on port fees. Tamayo agreed that the "
        "visit had gone well.",
    )
    assert not [e for e in events if e.type == "agreement"]


def test_a_deal_of_states_told_after_talks_in_their_sentence_is_signed_at_their_venue(
    enricher: Enricher,
) -> None:
    # No title says whose leaders they are, so the states' deal shares no party with the talks;
    # told in the talks' own sentence, after them, it is signed at their venue, not in the city.
    events = events_of(
        enricher,
        "Prime Minister Ana Lindqvist landed in Lima on Monday for a three-day state visit.\n\n"
        "She began Tuesday with talks with President Bo Tamayo at the Casa Alborada, at the "
        "close of which Chile and Peru signed a fisheries pact.",
    )
    assert told(events, "agreement") == {("chile", ("peru",), "casa-alborada")}


def test_a_batch_of_memoranda_signed_is_an_agreement(enricher: Enricher) -> None:
    # The verb's object is the batch, not a text; the texts hang from its "of".
    events = events_of(
        enricher, TALKS + "The two presidents then signed a batch of memoranda on port fees."
    )
    assert told(events, "agreement") == {("ana-lindqvist", ("bo-tamayo",), "lima")}


def test_a_treaty_told_with_the_clause_of_its_signers_is_their_agreement(
    enricher: Enricher,
) -> None:
    # The signers are the subject of a clause hung on the treaty, which is its gapped object.
    events = events_of(
        enricher,
        "Relations rest on the Treaty of Amity, which Lindqvist and Tamayo signed in Lima in "
        "March 2019.",
    )
    assert {(actor, cps) for actor, cps, _ in told(events, "agreement")} == {
        ("lindqvist", ("tamayo",))
    }
