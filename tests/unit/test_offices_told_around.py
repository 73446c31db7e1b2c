"""Role phrases whose holder is told around them, on invented sentences: an office told in a
relative clause on a name, a lede that names its party only in the next sentence, and the
state set after a titled name."""

from __future__ import annotations

from stream.nlp.enrich import Enricher
from stream.nlp.entities.offices import title_of
from tests.unit.stories import events_of, told

RELATIVE = (
    "Lorvian vice chancellor Markus Halden met President Ilse Darrow at State House in Zembla "
    "City yesterday.\n\n"
    "Halden, who is also the Lorvian minister for trade, arrived in Zembla City on Sunday.\n\n"
    "Earlier Halden held talks with fisheries minister Tomas Brandt.\n\n"
    "The Lorvian minister is scheduled to fly to Port Orla today."
)

LEDE = (
    "Lorvia to sign fishing pact with Zembla, minister says\n\n"
    "ZEMBLA CITY: Lorvia's trade minister arrived in Zembla City on Tuesday for talks on "
    "fishing rights.\n\n"
    "Markus Halden was received at the airport by Deputy Minister Tomas Brandt.\n\n"
    "On Thursday the trade minister travelled to Port Orla."
)


def test_an_office_told_in_a_relative_clause_is_the_names(enricher: Enricher) -> None:
    visits = told(events_of(enricher, RELATIVE), "visit")
    assert ("markus-halden", (), "port-orla") in visits
    assert not any(actor == "tomas-brandt" for actor, _, _ in visits)


def test_a_lede_office_is_the_party_named_next(enricher: Enricher) -> None:
    visits = told(events_of(enricher, LEDE), "visit")
    assert {actor for actor, _, _ in visits} == {"markus-halden"}
    assert any(place == "port-orla" for _, _, place in visits)


def test_a_lede_office_is_no_one_already_told(enricher: Enricher) -> None:
    text = (
        "Markus Halden met Tomas Brandt in Zembla City. Lorvia's trade minister will travel "
        "to Port Orla on Friday.\n\nBrandt said the talks went well."
    )
    visits = told(events_of(enricher, text), "visit")
    assert not any(actor == "tomas-brandt" for actor, _, _ in visits)


def test_an_indefinite_office_in_a_lede_is_the_party_named_next(enricher: Enricher) -> None:
    text = (
        "ZEMBLA CITY - Zembla and Lorvia will sign a fishing pact on Monday, during the first "
        "visit to Zembla by a Lorvian trade minister.\n\n"
        "Markus Halden arrived in Zembla City on Thursday and held talks with President Ilse "
        "Darrow.\n\n"
        "After Zembla City, the Lorvian minister will travel to Port Orla on Friday."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("markus-halden", (), "port-orla") in visits


STATE_AFTER_NAME = (
    "President Arno Kask of Estonia and the Latvian leader, Ilmars Berzins, held talks at the "
    "Estonian embassy in Oslo on Wednesday.\n\n"
    "The Estonian leader arrived in the Norwegian capital on Tuesday from Riga, together with "
    "his wife, Liis. President Eirik Dahl received the party at the airport.\n\n"
    "Mr Kask is one of twenty leaders gathered in Oslo for a summit on shipping. Mr Kask and "
    "Mr Berzins will sign a pact tomorrow.\n\n"
    '"We came to work," Mr Kask said.\n\n'
    "On Thursday the Norwegian head of state also received the Danish Prime Minister, Mette "
    "Holm, at the Royal Palace."
)


def test_the_state_set_after_a_titled_name_is_its_offices(enricher: Enricher) -> None:
    """ "President X of Estonia" is the Estonian leader: a later "the Norwegian head of state"
    is the host printed with a bare office, not X, the story's most told president."""
    events = events_of(enricher, STATE_AFTER_NAME)
    assert ("eirik-dahl", ("mette-holm",), "royal-palace") in told(events, "meeting")
    assert not any(actor == "eirik-dahl" for actor, _, _ in told(events, "visit"))


def test_a_city_set_after_a_titled_name_is_no_state(enricher: Enricher) -> None:
    doc = enricher.nlp("Mayor Arno Kask of Tallinn met President Eirik Dahl of Norway.")
    people = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    titles = [title_of(person) for person in people]
    assert [title.nationality if title else None for title in titles] == [None, "norway"]


def test_a_leader_told_with_a_spouse_is_no_holder_named_later(enricher: Enricher) -> None:
    """ "After the Estonian leader and his wife Liis Kask flew in": the spouse's surname names
    the leader told before, not the first head of government the story names further on."""
    text = (
        "Arno Kask and Eirik Dahl sat down in Oslo this morning for talks, less than a day "
        "after the Estonian leader and his wife Liis Kask flew into Oslo from Riga.\n\n"
        "On Sunday Mr Kask's aircraft put down at Bergen, where he spent two hours with the "
        "Chancellor, Otto Brandt, in the airport lounge."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("arno-kask", (), "oslo") in visits
    assert not any(actor == "otto-brandt" for actor, _, _ in visits)


def test_a_hyphened_office_set_off_before_a_name_is_the_names(enricher: Enricher) -> None:
    doc = enricher.nlp(
        "He was greeted at the airport by the Governor-General, Sir Arno Vell, and the "
        "Premier, Ilse Varn."
    )
    vell = next(ent for ent in doc.ents if ent.text == "Arno Vell")
    title = title_of(vell)
    assert title is not None and {"governor", "general"} <= title.words


def test_a_bare_hyphened_office_is_its_holder_told_before(enricher: Enricher) -> None:
    """ "The Governor-General" later is the holder printed with the whole office, though the
    parser makes its last word the subject."""
    text = (
        "Pope Linus arrived in Kell on Saturday and was greeted by the Governor-General, Sir "
        "Arno Vell. On Sunday the Governor-General received the Pope at the Royal Lodge."
    )
    assert ("arno-vell", ("linus",), "royal-lodge") in told(events_of(enricher, text), "meeting")


def test_the_state_an_office_is_of_is_read_past_words_describing_it(
    enricher: Enricher,
) -> None:
    """ "The Prime Minister of socialist Andorra": the office is the state's, though a word in
    small letters stands between, so it is the party the lede told just before it."""
    text = (
        "KUOPIO, March 26 - Comandante Aro Vessar and President Tomas Brandt yesterday signed a "
        "treaty of friendship at the palace.\n\n"
        "The Prime Minister of socialist Andorra landed at the airport on Wednesday afternoon "
        "and was welcomed by Brandt.\n\n"
        "The Andorran leader will fly home on Friday."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("comandante-aro-vessar", ("tomas-brandt",), "kuopio") in visits


SUBJECT_TOLD_BEFORE = (
    "Markus Halden walked into the harbour at Port Orla yesterday to loud cheers from the "
    "crowd.\n\n"
    "The Prime Minister and his wife flew north to Vell Bay in the morning.\n\n"
    "On Monday he had been met in Zembla City by Prime Minister Tomas Brandt."
)


def test_a_bare_office_is_the_subject_told_before_not_a_holder_named_later(
    enricher: Enricher,
) -> None:
    visits = told(events_of(enricher, SUBJECT_TOLD_BEFORE), "visit")
    assert ("markus-halden", (), "vell-bay") in visits
    assert not any(actor == "tomas-brandt" and place == "vell-bay" for actor, _, place in visits)


def test_a_bare_office_greeting_the_subject_told_before_is_another_holder(
    enricher: Enricher,
) -> None:
    text = (
        "Markus Halden arrived in Zembla City yesterday.\n\n"
        "The Prime Minister welcomed him at the airport.\n\n"
        "Prime Minister Tomas Brandt later held talks with him at his office."
    )
    meetings = told(events_of(enricher, text), "meeting")
    assert not any(actor in others for actor, others, _ in meetings)


SPOUSE_TOLD_BEFORE = (
    "Markus Halden and his wife, Margaret Halden, travelled from Zembla City to Vell Bay in "
    "the morning with Tomas Brandt. Brandt pledged that his country would stand by Lorvia."
    "\n\n"
    "The Lorvian leader and his wife arrived at Port Orla on Thursday afternoon."
)


def test_a_leader_with_an_unnamed_spouse_is_the_spouse_told_befores_partner(
    enricher: Enricher,
) -> None:
    visits = told(events_of(enricher, SPOUSE_TOLD_BEFORE), "visit")
    assert any(actor == "markus-halden" and place == "port-orla" for actor, _, place in visits)
    assert not any(actor == "tomas-brandt" and place == "port-orla" for actor, _, place in visits)


def test_a_bare_office_is_not_the_holder_of_a_hyphened_compound_of_it(
    enricher: Enricher,
) -> None:
    """A region's "Minister-President" holds another office than the state's President: a later
    bare "the President" goes on meaning the visiting president, not the regional head."""
    text = (
        "Markus Halden arrived in Zembla City on Monday for the first state visit by a Lorvian "
        "president and held talks with Chancellor Tomas Brandt.\n\n"
        "On Tuesday Halden and Brandt flew to Vell Bay, where the Minister-President of the "
        "northern region, Otto Varn, welcomed them at the town hall.\n\n"
        "Today the President flies to Port Orla for two days."
    )
    visits = told(events_of(enricher, text), "visit")
    assert any(actor == "markus-halden" and place == "port-orla" for actor, _, place in visits)
    assert not any(actor == "otto-varn" and place == "port-orla" for actor, _, place in visits)


def test_a_bare_office_is_the_lead_who_holds_it_not_a_host_named_since(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arvo Lind and Zemblan President Ilse Darrow opened their talks at "
        "Kessby Castle on Monday.\n\n"
        "The Lorvian President reached Kessby by train late on Sunday. Federal President Tomas "
        "Brandt and Chancellor Mira Holt met him on the platform.\n\n"
        "The talks went on for two hours.\n\n"
        "On Thursday the President flies to Port Orla for a fisheries conference."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("arvo-lind", (), "port-orla") in visits
    assert not any(actor == "tomas-brandt" for actor, _, _ in visits)


def test_a_bare_office_is_not_the_lead_who_holds_it_only_by_a_phrase_read_as_them(
    enricher: Enricher,
) -> None:
    # The lead is told "the Lorvian President" only by a phrase the reader resolved, never
    # beside the name: a later bare "the President" hosting a dinner is the host named so.
    text = (
        "Arvo Lind has spent two days in Kessby charming his hosts.\n\n"
        "The Lorvian President landed in Kessby on Wednesday; his stay in Zembla lasts till "
        "Friday. President Tomas Brandt greeted him at the airport.\n\n"
        "On Thursday evening the President and his wife held a banquet for the visitor "
        "at Kessby Palace.\n\n"
        "Lind flies home on Friday."
    )
    met = told(events_of(enricher, text), "meeting")
    assert ("tomas-brandt", ("arvo-lind",), "kessby-palace") in met
    assert not any(actor == "arvo-lind" and place == "kessby-palace" for actor, _, place in met)
