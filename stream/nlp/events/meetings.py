"""Meetings told apart or together, gapped meetings ("met X and then Y"), and unlabelled
days and parts of day that time them.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from stream.contracts import EventDate, EventStatus
from stream.nlp.dates import SEASONS, resolve_date
from stream.nlp.doctext import all_children, conjuncts_of, indices_where
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.events.mention import DEICTIC_DAYS, PARTS_OF_DAY, SEQUEL_WORDS, Mention, Reading
from stream.nlp.lexicon import cue_words
from stream.nlp.roles.appositions import referents
from stream.nlp.roles.companions import group_word
from stream.nlp.roles.syntax import NOUN_POS, SUBJECTS, Role, children, prep_objects
from stream.nlp.roles.venues import met_one_by_one


def unlabelled_days(doc: Doc) -> list[Span]:
    """ "Today X flies to Oslo", "Later today X will leave", "This morning X held talks": the
    model may miss a day word that opens a sentence; it still dates the clause it modifies."""
    days = [*_unlabelled_parts_of_day(doc), *_unlabelled_seasons(doc)]
    for word in (doc[i] for i in indices_where(doc, LOWER, DEICTIC_DAYS)):
        if word.ent_type_ or not (word.dep_ == "npadvmod" or _run_into_a_name(word)):
            continue
        start = word.i
        if (
            start > 0
            and doc[start - 1].lower_ in ("later", "earlier")
            and doc[start - 1].head == word
        ):
            start -= 1
        days.append(Span(doc, start, word.i + 1, label="DATE"))
    return days


def _run_into_a_name(word: Token) -> bool:
    """ "Tomorrow Mr Lund flies to Oslo": the parser may read a day word that opens the sentence
    as a word of the subject's name; the date reader then takes it past the name to the verb."""
    return word.is_sent_start and word.dep_ == "compound" and word.head.pos_ == "PROPN"


def _unlabelled_parts_of_day(doc: Doc) -> list[Span]:
    """ "This morning King X welcomed ...", "Last night the two leaders dined": a part of the day
    led by "this" or "last", modifying a verb, which the model left unlabelled."""
    found = []
    for word in (doc[i] for i in indices_where(doc, LOWER, PARTS_OF_DAY)):
        if word.ent_type_ or word.dep_ != "npadvmod" or word.i == 0:
            continue
        lead = doc[word.i - 1]
        if lead.head == word and lead.lower_ in ("this", "last") and not lead.ent_type_:
            found.append(Span(doc, lead.i, word.i + 1, label="TIME"))
    return found


# Words that lead a season told as a time: "in the autumn", "next summer", "since this spring".
SEASON_LEADS = frozenset({"the", "this", "next", "last", "coming"})
# Prepositions that place what they govern in time: "in the fall", "before the summer".
TIME_PREPOSITIONS = frozenset(
    {"in", "since", "by", "until", "till", "before", "after", "during", "for", "over"}
)


def _unlabelled_seasons(doc: Doc) -> list[Span]:
    """ "Could visit Kell in the autumn", "would try to go in the fall": the model leaves many
    seasons led by "the" unlabelled; one told as a time (the object of a time preposition, or
    a bare adverbial) still dates its clause. "The fall of Vadum" is an event, not a season,
    and "the summer of 1992" keeps its year."""
    found = []
    for word in (doc[i] for i in indices_where(doc, LOWER, SEASONS)):
        if word.ent_type_ or word.pos_ != "NOUN" or word.i == 0:
            continue
        lead = doc[word.i - 1]
        as_time = word.dep_ == "npadvmod" or (
            word.dep_ == "pobj" and word.head.lower_ in TIME_PREPOSITIONS
        )
        if lead.lower_ not in SEASON_LEADS or lead.ent_type_ or not as_time:
            continue
        end = _past_year_of_season(word)
        if end is not None:
            found.append(Span(doc, lead.i, end, label="DATE"))
    return found


def _past_year_of_season(season: Token) -> int | None:
    """Where a season's phrase ends: past "of 1992" when a year follows, else at the season;
    None when "of" leads to anything else ("the fall of Kell")."""
    doc, after = season.doc, season.i + 1
    if after >= len(doc) or doc[after].lower_ != "of":
        return after
    year = doc[after + 1] if after + 1 < len(doc) else None
    return after + 2 if year is not None and year.shape_ == "dddd" else None


def calls_joined(mentions: list[Mention]) -> list[Mention]:
    """ "Will call on Prime Minister A and meet Foreign Minister B": meeting verbs joined under
    one subject, at one time and place, are one round of talks with everyone they name."""
    kept: list[Mention] = []
    for mention in mentions:
        joined = _joined_to(mention, kept)
        if joined is None:
            kept.append(mention)
            continue
        known = {ref.key for ref in joined.counterparts} | {joined.actor.referent.key}
        added = [ref for ref in mention.counterparts if ref.key not in known]
        joined.counterparts = [*joined.counterparts, *added]
    return kept


def _joined_to(mention: Mention, earlier: list[Mention]) -> Mention | None:
    """The meeting whose verb this one's is joined to, with the same actor and no other time or
    place; "met A on Monday and then met B" and "A met B and C met D" stay apart."""
    trigger = mention.trigger
    if mention.type != "meeting" or trigger.dep_ != "conj" or trigger.pos_ != "VERB":
        return None
    own_words = {c.lower_ for c in all_children(trigger)} | {c.dep_ for c in all_children(trigger)}
    if not own_words.isdisjoint(SEQUEL_WORDS | SUBJECTS):
        return None
    head = next((m for m in earlier if m.trigger.i == trigger.head.i), None)
    if head is None or head.type != "meeting" or not (head.counterparts and mention.counterparts):
        return None
    same_time = mention.date is None or head.date is None or mention.date == head.date
    places = {place.key for place in (mention.location, head.location) if place is not None}
    same_place = len(places) < 2
    same_actor = head.actor.referent.key == mention.actor.referent.key
    return head if same_time and same_place and same_actor else None


def met_apart(mention: Mention, table: EntityTable) -> list[Mention]:
    """ "Will hold bilateral meetings with X and Y", "will meet separately with X", "in a series
    of consultations": one meeting with each party; "both ministers met X separately": one
    meeting of X with each minister."""
    trigger = mention.trigger
    if mention.type != "meeting" or len(mention.counterparts) < 2:
        return [mention]
    said = [
        c
        for c in all_children(trigger)
        if c.dep_ == "advmod" or (c.dep_ == "amod" and trigger.tag_ == "NNS")
    ]
    # "in a series of consultations", "in separate meetings", "received A, B and C in turn"
    said += (word for held in prep_objects(trigger, "in") for word in (held, *all_children(held)))
    # "talks with A and then separately with B", the second "with" maybe read as a conjunct
    said += (
        word
        for prep in children(trigger, "prep", "conj")
        if prep.lower_ == "with"
        for word in children(prep, "advmod")
    )
    one_by_one = met_one_by_one(trigger) is not None
    if not one_by_one and all(word.lemma_.lower() not in cue_words("apart") for word in said):
        return [mention]
    met = {ref.key for ref in referents(met_words(trigger), table)}
    parties = [mention.actor.referent, *mention.counterparts]
    members = [party for party in parties if party.key not in met]
    hosts = [party for party in parties if party.key in met]
    if group_word(trigger) is not None and hosts and len(members) > 1:
        return [
            replace(mention, actor=Role(member, from_parse=False), counterparts=hosts)
            for member in members
        ]
    return [replace(mention, counterparts=[party]) for party in mention.counterparts]


# Prepositions a place of talks is told after: "in Vik", "at his residence outside Ulm".
_SEGMENT_PLACE_PREPS = frozenset({"in", "at", "outside", "near", "inside"})


def gapped_meetings(mention: Mention, reading: Reading) -> list[Mention]:
    """ "Met A in Vik on Sunday and B at his residence outside Ulm on Monday": with the verb
    left out before B, each party met is a meeting of its own, at the place and on the day
    told with it; the first meeting keeps what is told before the second party, or else the
    place of the clause when no later party was met there. A party told with neither place nor
    day of its own stays where the parser put it, unless hung on the first day or told as met
    after the one before ("and then B", "then separately with B"). Returns the mention first,
    then the meetings gapped after it."""
    trigger = mention.trigger
    verb = _verb_of_talks(trigger)
    # A second object is a gapped party ("will meet A in X on Monday, then B in Y"), not a
    # second first party.
    objects = list(children(trigger, "dobj"))[:1] if verb is trigger else [trigger]
    if mention.type != "meeting" or verb is None or not objects:
        return [mention]
    # "Met A, then prime minister": the first party told again is no second meeting.
    first_party = reading.table.at(objects[0])
    candidates = [
        (word, party)
        for word, party in _gapped_parties(trigger, verb, reading.table)
        if first_party is None or party.key != first_party.key
    ]
    starts = [objects[0].i, *(word.i for word, _ in candidates)]
    ends = [*starts[1:], _end_of_clause(verb, starts[-1])]
    future = mention.status is not EventStatus.OCCURRED
    told = [
        _told_in(trigger.doc[start:end], reading, future=future)
        for start, end in zip(starts, ends, strict=True)
    ]
    first_told = told[0] != (None, None)
    kept = [
        i
        for i, (word, _) in enumerate(candidates, start=1)
        if (first_told and told[i] != (None, None))
        or word.head.ent_type_ in ("DATE", "TIME")
        or _met_after(word)
    ]
    # "Is to meet A, the party's leader, and Premier B at X": with no place or day told for the
    # first party, one told after a later one is of the one meeting with them all.
    shared = [i for i in range(1, len(told)) if i not in kept and told[i] != (None, None)]
    if shared and not first_told:
        mention = _met_together(mention, [candidates[i - 1][1] for i in shared], told[shared[0]])
    if not kept:
        return [mention]
    parties = [candidates[i - 1][1] for i in kept]
    if mention.actor.referent.key in {party.key for party in parties}:
        # The parser took a party met for the one meeting them: no actor to trust.
        return [mention]
    told = [told[0], *(told[i] for i in kept)]
    placed = any(place is not None for place, _ in told)
    later_places = {place.key for place, _ in told[1:] if place is not None}
    if told[0][0] is None and mention.location and mention.location.key not in later_places:
        told[0] = (mention.location, told[0][1])
    if any(_met_apart(candidates[i - 1][0]) for i in kept):
        told = _one_place_shared(told)
    gapped = {party.key for party in parties}
    first = [party for party in mention.counterparts if party.key not in gapped]
    met = [first, *([party] for party in parties)]
    return [
        replace(
            mention,
            counterparts=counterparts,
            location=place if placed else mention.location,
            date=date or mention.date,
        )
        for counterparts, (place, date) in zip(met, told, strict=True)
    ]


def _met_together(
    mention: Mention, parties: list[Referent], told: tuple[Referent | None, EventDate | None]
) -> Mention:
    """The meeting with the parties added, at the place and on the day told with them."""
    known = {party.key for party in mention.counterparts}
    added = [party for party in parties if party.key not in known]
    place, date = told
    return replace(
        mention,
        counterparts=[*mention.counterparts, *added],
        location=place or mention.location,
        date=date or mention.date,
    )


def _end_of_clause(verb: Token, start: int) -> int:
    """Where a verb's own words end after `start`: at a verb joined to it ("meet A at X, and
    deliver a speech at Y"), else at the end of the sentence."""
    joined = [word.left_edge.i for word in children(verb, "conj") if word.pos_ == "VERB"]
    return min([i for i in joined if i > start] or [verb.sent.end])


def _verb_of_talks(trigger: Token) -> Token | None:
    """The verb a meeting is told with: "met", or "held" of "held talks"."""
    if trigger.pos_ == "VERB":
        return trigger
    if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        return trigger.head
    return None


def _gapped_parties(
    trigger: Token, verb: Token, table: EntityTable
) -> list[tuple[Token, Referent]]:
    """The parties met after the first with the verb left out, in text order, wherever the
    parser hangs them: on the first day or place told ("met A on Sunday and B at ..."), on the
    meeting verb or a verb it depends on ("was due to meet A at X and then B at Y"), or in a
    second "with" ("held talks with A on Monday and with B on Tuesday")."""
    preps = [prep for head in {verb, trigger} for prep in children(head, "prep")]
    preps += (prep for obj in children(verb, "dobj") for prep in children(obj, "prep"))
    told = [
        word
        for prep in preps
        for word in children(prep, "pobj")
        if word.ent_type_ in ("DATE", "TIME") or prep.lower_ in _SEGMENT_PLACE_PREPS
    ]
    verbs = [verb]
    while verbs[-1].dep_ in ("xcomp", "acomp") and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)
    # A second place is no party: only a person is met after the first place told.
    words = [
        *(
            word
            for head in told
            for word in conjuncts_of(head)
            if word.i > head.i
            and (head.ent_type_ in ("DATE", "TIME") or word.ent_type_ == "PERSON")
        ),
        *(word for governor in verbs for word in _joined_nouns(governor)),
        *(
            word
            for prep in preps
            for second in conjuncts_of(prep)
            if second.lower_ == "with"
            for word in children(second, "pobj")
        ),
        *(word for second in _second_withs(verb, preps) for word in children(second, "pobj")),
        # "Will meet A and then B", "held talks with A and then separately with B".
        *(
            word
            for word in [
                *(word for prep in preps if prep.lower_ == "with" for word in all_children(prep)),
                *(word for obj in children(verb, "dobj") for word in conjuncts_of(obj)),
                # The parser may read "A, then B" as a second object or as B in apposition.
                *list(children(verb, "dobj"))[1:],
                *(word for obj in children(verb, "dobj") for word in children(obj, "appos")),
                *_parties_hung_loose(verb),
            ]
            if _met_after(word)
        ),
    ]
    found = {
        word.i: (word, party)
        for word in words
        if word.i > trigger.i
        and (party := table.at(word)) is not None
        and party.label in ("PERSON", "ORG")
    }
    return [found[i] for i in sorted(found)]


def _one_place_shared(
    told: list[tuple[Referent | None, EventDate | None]],
) -> list[tuple[Referent | None, EventDate | None]]:
    """ "Received A at State House, and then separately B", "met A and then, separately, B at
    the palace": parties seen one after the other at the one place told are all seen there; a
    party told only "then", with a place of its own, may be met elsewhere."""
    places = {place.key: place for place, _ in told if place is not None}
    if len(places) != 1:
        return told
    (shared,) = places.values()
    return [(place or shared, date) for place, date in told]


def _met_after(party: Token) -> bool:
    """ "A and then B", "with A and then separately with B": a party told as met after, or
    apart from, the one before it. In a longer list ("A, B and then C at X") "then" only orders
    one round of calls."""
    cues = _order_cues(party)
    listed = party.dep_ == "conj" and len(conjuncts_of(party.head)) > 1
    return bool(cues & cue_words("apart")) or bool(cues & SEQUEL_WORDS and not listed)


def _met_apart(party: Token) -> bool:
    """ "And, separately, B": a party told as met apart from the one before it."""
    return bool(_order_cues(party) & cue_words("apart"))


def _order_cues(party: Token) -> set[str]:
    """The adverbs told before a party that order or set it apart: on the party, on its "with",
    or, for a party hung loose on the verb, between it and the "and" before it."""
    words = [party, party.head] if party.dep_ == "pobj" else [party]
    cues = {
        word.lemma_.lower()
        for told in words
        for word in all_children(told)
        if word.dep_ == "advmod" and word.i < party.i
    }
    if party.dep_ in _LOOSE_LINKS:
        cues |= _adverbs_after_and(party)
    if party.dep_ == "pobj":
        # "held talks with A and then, separately, with B": the parser hangs the adverbs
        # between the "and" and the second "with" on the verb.
        cues |= _adverbs_after_and(party.head)
    return cues


# Links the parser may hang a party met apart on, instead of joining it to the first party:
# "met A and, separately, B" (npadvmod), "met A privately and then, separately, B, who ..."
# (dep), "received A at X, and then separately Mr B." at the end of a paragraph (punct).
_LOOSE_LINKS = ("npadvmod", "dep", "punct")


def _parties_hung_loose(verb: Token) -> list[Token]:
    """A party told after "and" and words of order or apartness that the parser hung loose on
    the meeting verb, and the party of a "with" it joined to the verb ("held talks with A at X
    and then separately with B at Y"): either is a party met on its own."""
    loose = [word for word in children(verb, *_LOOSE_LINKS) if word.pos_ in NOUN_POS]
    joined_with = [
        word
        for prep in children(verb, "conj")
        if prep.lower_ == "with"
        for word in children(prep, "pobj")
    ]
    return [*loose, *joined_with]


def _adverbs_after_and(party: Token) -> set[str]:
    """The adverbs told between an "and" and a party ("and then, separately, B"), which the
    parser hangs on the verb rather than on the party; none unless an "and" opens them."""
    before = _told_before(party)
    if not before or before[0].dep_ != "cc" or before[0].lower_ != "and":
        return set()
    return {word.lemma_.lower() for word in before[1:] if word.pos_ == "ADV"}


def _told_before(phrase: Token) -> list[Token]:
    """The adverbs and commas right before a phrase, and the word before them, in text order."""
    doc = phrase.doc
    i = phrase.left_edge.i - 1
    while i > 0 and doc[i].pos_ in ("ADV", "PUNCT") and doc[i].dep_ != "cc":
        i -= 1
    return list(doc[max(i, 0) : phrase.left_edge.i])


def _second_withs(verb: Token, preps: list[Token]) -> list[Token]:
    """ "Held talks with A in Kel on Monday and with B over the next days": a second "with"
    told after an "and", which the parser hangs on the verb rather than joining it to the
    first "with"."""
    withs = [prep for prep in preps if prep.lower_ == "with"]
    return [
        prep
        for prep in withs
        if prep.head.i == verb.i
        and any(other.i < prep.i for other in withs)
        and (before := _told_before(prep))
        and before[0].dep_ == "cc"
        and before[0].lower_ == "and"
    ]


def _joined_nouns(verb: Token) -> list[Token]:
    """Nouns the parser joins to a verb after an "and", maybe with adverbs and commas between
    ("and, later in the week, B"): as a conjunct, or loosely ("dep")."""
    return [
        word
        for word in children(verb, "conj", "dep")
        if word.pos_ in NOUN_POS and (before := _told_before(word)) and before[0].dep_ == "cc"
    ]


def _told_in(
    stretch: Span, reading: Reading, *, future: bool
) -> tuple[Referent | None, EventDate | None]:
    """The first place told after a preposition of place, and the first date, in a stretch of
    a sentence."""
    places = (
        found
        for word in stretch
        if word.dep_ == "pobj"
        and word.head.lower_ in _SEGMENT_PLACE_PREPS
        and (found := reading.table.at(word)) is not None
        and found.label in PLACE_LABELS
    )
    dates = [ent for ent in reading.dates if stretch.start <= ent.start < stretch.end]
    date = resolve_date(dates[0].text, reading.published, future=future) if dates else None
    return next(places, None), date


def met_words(trigger: Token) -> list[Token]:
    """Who a meeting's own clause names as met: "met X", "held talks with X"."""
    objects = list(children(trigger, "dobj"))
    held_with = (word for talks in objects for word in prep_objects(talks, "with"))
    return [*objects, *prep_objects(trigger, "with"), *held_with]
