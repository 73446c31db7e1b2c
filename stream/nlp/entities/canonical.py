"""`canonical_entities`: folding the repaired mentions of a Doc into one table of referents,
resolving titles to their holders and ranking referents by salience.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import takewhile

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from stream.nlp import gazetteer
from stream.nlp.dateline import find_dateline, place_filed_from
from stream.nlp.doctext import (
    all_children,
    conjuncts_of,
    entities_of,
    indices_where,
    kept_answers,
    subtree_of,
    text_of,
    words_of,
)
from stream.nlp.entities.extents import _range
from stream.nlp.entities.families import (
    Title,
    _patronymics,
    families_as_subjects,
    families_in_plural,
    first_start,
    is_subject,
    name_as_printed,
    only_told_as_a_family,
    venue_in_full,
    with_wives_of_offices,
)
from stream.nlp.entities.matchers import (
    INDEFINITE_ARTICLES,
    KEPT_LABELS,
    MAX_TITLE_WORDS,
    SUBJECT_DEPS,
    TITLES_KEY,
)
from stream.nlp.entities.names import (
    _key_and_name,
    given_name_of_couple,
    in_caption,
    in_story,
    known_label,
    locate_places,
    only_the_source,
    past_unknown_titles,
    person_after_title_or_rank,
    person_key,
    person_named,
    surnames_of_their_own,
    told_length,
    voted_label,
)
from stream.nlp.entities.offices import (
    _nationality,
    _state_after_name,
    _title_words,
    listed_bare,
    office_joined_before,
    office_named,
    relative_office_word,
    title_after,
    title_of,
)
from stream.nlp.entities.owners import entity_span, names_a_body
from stream.nlp.entities.repair import joins_ranks
from stream.nlp.entities.short_names import (
    _add,
    _short_names,
    add_bodies_known_by_initials,
    add_name_echoes,
    add_names_known_as,
    add_peerages_set_beside,
    add_styles,
    one_word_person,
)
from stream.nlp.entities.table import (
    EntityTable,
    Referent,
    country_styled_before,
    give_wives_their_style,
    in_own_clause,
    kind_of_place_only,
    sole_namesake,
    styled_kind_of_place,
    subject_going_from_where,
    tells_talks,
    word_set_off_before,
)
from stream.nlp.entities.unlabelled import regnal_name
from stream.nlp.lexicon import (
    clergy_words,
    cue_words,
    fold,
    head_offices,
    leader_words,
    office_styles,
    offices_of_kind,
    role_words,
    title_lists,
    title_words,
)


def canonical_entities(doc: Doc, dateline_end: int = 0) -> EntityTable:
    """Fold the Doc's mentions into one referent per real-world entity.

    A one-word person mention ("Ri", "Halász") resolves to the most salient full name sharing
    that word as first or last name (most mentions, then first mention); a role phrase ("the
    Russian President") resolves to the person last introduced with that role and nationality.
    """
    ents = [ent for ent in entities_of(doc) if ent.label_ in KEPT_LABELS]
    patronymics = _patronymics([ent for ent in ents if ent.label_ == "PERSON"])
    fathers = {i for run in patronymics.values() for i in _range(run)}
    ents = [ent for ent in ents if fathers.isdisjoint(_range(ent))]
    referents: dict[str, Referent] = {}
    # Fuller names first, so that "von der Aue" and "Ri" find the names they shorten.
    people = past_unknown_titles([e for e in ents if e.label_ == "PERSON"])
    people = sorted(people, key=lambda e: told_length(e, people))
    short_names = _short_names(doc, people)
    own_people = surnames_of_their_own(people)
    for ent in people:
        owner = short_names.get(fold(ent.text), ent)
        key = _key_and_name(ent) if fold(ent.text) in own_people else None
        key = key or given_name_of_couple(ent, people, referents)
        _add(referents, key or person_key(owner, referents), ent, ent.label_)
    known_as = {
        short: referents[person_key(owner, referents)[0]] for short, owner in short_names.items()
    }
    for ent in ents:
        if ent.label_ == "PERSON":
            continue
        person = (
            known_as.get(fold(ent.text))
            or one_word_person(ent, referents)
            or person_named(ent, referents)
        )
        mention = ent
        if person is None and (titled := person_after_title_or_rank(ent, referents)):
            person, mention = titled
        if person is not None:  # "Halász" read as NORP after "Lajos Halász" was read as a person
            person.mentions.append(Span(doc, mention.start, mention.end, label="PERSON"))
        elif kind_of_place_only(ent):
            if (country := country_styled_before(ent, ents)) is not None:
                _add(referents, (fold(country.name), country.name), ent, "GPE")
        elif styled_kind_of_place(ent) and (country := country_styled_before(ent, ents)):
            _add(referents, (fold(country.name), country.name), ent, "GPE")
        else:
            _add(referents, _key_and_name(venue_in_full(ent, ents)), ent, known_label(ent))
    add_name_echoes(doc, referents, known_as)
    add_names_known_as(doc, referents)
    add_peerages_set_beside(doc, referents)
    add_bodies_known_by_initials(referents)
    for ref in referents.values():
        ref.mentions.extend(
            patronymics[mention.start]
            for mention in list(ref.mentions)
            if mention.start in patronymics
        )
    for referent in referents.values():
        name_as_printed(referent)
    add_styles(doc, referents)
    for referent in referents.values():
        referent.label = voted_label(referent, dateline_end)
    locate_places(referents.values())
    give_wives_their_style(doc, referents)
    families = families_in_plural(doc, list(referents.values()))
    for key in only_told_as_a_family(referents.values(), families):
        del referents[key]
    # The dateline's place is where the story was filed, never a party to its events.
    by_token = {
        i: ref
        for ref in referents.values()
        for span in ref.mentions
        if span.start_char >= dateline_end
        for i in _range(span)
        if i not in families
    }
    _resolve_titles(doc, referents, by_token, families)
    _give_wives_of_offices_their_style(doc, referents, by_token)
    families = with_wives_of_offices(doc, families, list(referents.values()))
    ordered = sorted(referents.values(), key=lambda ref: (first_start(ref), ref.key))
    subjects = [
        (span, ref)
        for ref in ordered
        if ref.label == "PERSON"
        for span in ref.mentions
        if is_subject(span.root) and span.start not in families
    ]
    people = [
        (span.start, ref)
        for span, ref in subjects
        if not only_the_source(span, subjects) and not in_caption(span.root)
    ]
    # "The Brenners fly to Kel. On Monday he flies on": a "he" after a family told as the
    # subject is the member the story told of first, the one whose trip it follows.
    people = in_story_order(people + families_as_subjects(doc, families))
    return EntityTable(
        referents=ordered,
        by_token=by_token,
        person_starts=[start for start, _ in people],
        person_refs=[ref for _, ref in people],
        person_main=[in_own_clause(doc[start]) for start, _ in people],
        families=families,
    )


def in_story_order(told: list[tuple[int, Referent]]) -> list[tuple[int, Referent]]:
    """Sort (start, referent) pairs by their start alone.

    Two referents can be told from the same token (a family and its member); a tie on the start
    must keep their order rather than compare the referents, which have no order and would raise.
    """
    return sorted(told, key=lambda pair: pair[0])


def _give_wives_of_offices_their_style(
    doc: Doc, referents: dict[str, Referent], by_token: dict[int, Referent]
) -> None:
    """ "The President, his wife, B, and ... flew in ... a banquet for President and Mrs A": a
    husband told by his office is known to be A only once role phrases are read, so wives are
    given their style again then."""
    for mention, owner in give_wives_their_style(doc, referents, last=True):
        by_token.update(dict.fromkeys(_range(mention), owner))


# The pronouns a style opens with, which tell its holder's sex: "His Majesty", "Her Highness".
STYLE_PRONOUNS = frozenset({"his", "her"})


def _agrees_in_gender(
    phrase: Span,
    holder: Referent,
    titled: list[tuple[int, Title, Referent]],
    by_style: dict[str, set[str]],
) -> bool:
    """ "His Majesty" is no queen and "Her Majesty" no king: a style's pronoun agrees with
    every office its holder was printed with, not only the bare style they were last told by,
    and with the pronoun of every style printed before their name ("His Imperial Majesty X"
    is a man, though no office word says so)."""
    pronoun = phrase[0].lower_
    if pronoun not in STYLE_PRONOUNS:
        return True
    other = cue_words("female_office") if pronoun == "his" else cue_words("male_office")
    styled_otherwise = any(
        holder.key in keys
        for style, keys in by_style.items()
        if style.split()[0] in STYLE_PRONOUNS - {pronoun}
    )
    return not styled_otherwise and all(
        title.words.isdisjoint(other) for _, title, ref in titled if ref.key == holder.key
    )


def _resolve_titles(
    doc: Doc,
    referents: dict[str, Referent],
    by_token: dict[int, Referent],
    families: dict[int, list[Referent]],
) -> None:
    titled = sorted(
        (span.start, title, ref)
        for ref in referents.values()
        if ref.label == "PERSON"
        for span in ref.mentions
        if (title := title_of(span) or _style_printed_before(span)) is not None
    )
    titled += _offices_joined_before(referents.values())
    titled += _offices_after_ranks(referents.values())
    titled.sort(key=lambda told: told[0])
    salience = {ref.key: _salience(ref) for ref in referents.values()}
    countries: dict[str, str] = {}
    for _, title, ref in titled:
        if title.nationality is not None:
            countries.setdefault(ref.key, title.nationality)
    # "European Commission President X" is the Commission's; "President Y" a state's.
    of_bodies = {ref.key for _, title, ref in titled if title.of_body} - {
        ref.key for _, title, ref in titled if not title.of_body
    }
    _hold_indefinite_offices(doc, referents, titled, countries)
    _heads_of_national_parties(referents, countries)
    visitors = travellers(referents.values())
    # "The visiting leader" may be one whose trip the story names ("X's visit to Lorn") though
    # no verb of travel tells them; they are guests, as those told travelling are.
    guests = visitors | trip_owners(referents.values())
    home = _filed_from(doc)
    filed = _Filed(home, visitors, referents, titled, countries)
    by_style = _people_by_style(referents.values())
    regnal_alone = _named_by_regnal_name_alone(referents.values(), titled)
    # Each office as printed, with the holder it was read as: a bare "the President" read
    # once as X may go on meaning X, when X's name was printed with that very office.
    told_bare: list[tuple[str, str]] = []
    printed = {(ref.key, title.words) for _, title, ref in titled}
    beside = _offices_set_beside(doc.spans.get(TITLES_KEY, []), by_token)
    lead = _lead_person(doc, by_token)
    # Where the lead is first named, before any phrase is read as them.
    lead_named = min((span.start for span in lead.mentions), default=0) if lead else 0
    for phrase in doc.spans.get(TITLES_KEY, []):
        named = _named_beside(phrase, by_token) or _named_before(phrase, by_token)
        if named is not None:
            # The office set beside a name is that name, however the parser hung the two.
            by_token.update({i: named for i in _range(phrase) if i not in by_token})
            continue
        wanted = Title(
            _nationality(phrase) or _head_of_party(phrase) or _state_after_name(phrase),
            _title_words(phrase),
        )
        fitting = [
            (start, ref)
            for start, title, ref in titled
            if title.fits(wanted) and _agrees_in_gender(phrase, ref, titled, by_style)
        ]
        fitting += _led_as(wanted, fitting, titled, countries)
        fitting = _state_offices_first(wanted, fitting, titled)
        # A bare "His Imperial Majesty" is the one printed with that very style, before any
        # other monarch the story names.
        own = by_style.get(" ".join(word.lower_ for word in phrase), set())
        fitting = [f for f in fitting if f[1].key in own] or fitting
        if wanted.nationality is not None:
            fitting = _of_country(fitting, wanted.nationality, countries)
            fitting = [
                f
                for f in fitting
                if not _told_coming_to(f[1], wanted.nationality, phrase.start, home)
            ]
        if wanted.nationality is not None and all(start > phrase.start for start, _ in fitting):
            told = _subject_just_before(phrase, wanted.nationality, referents, titled)
            fitting = told or fitting
        taken = _told_beside(phrase, doc.spans.get(TITLES_KEY, []), titled, by_token)
        fitting = [f for f in fitting if f[1].key not in taken] or fitting
        # A holder printed with the wanted country beats one printed without any, and a bare
        # "the President" is the one never printed with a country ("Tanzania President X" is
        # the visitor's). A counterpart is named by its country alone.
        # A reader knows only the holders told before the phrase: one printed without a
        # country later on ("then President X" in background) is not the bare "the President",
        # even when only that one is ever told travelling.
        fitting = [f for f in fitting if f[0] < phrase.start] or fitting
        fitting = _by_travel_told(phrase, wanted, fitting, visitors, guests)
        fitting = _printed_beside_before(phrase, wanted, fitting, beside)
        if wanted.nationality is None and not names_a_body(phrase):
            # A bare "the president" is a state's, before a body's printed as such.
            fitting = [f for f in fitting if f[1].key not in of_bodies] or fitting
        fitting = _not_a_cohost_of_the_partner(phrase, wanted, fitting, titled, by_token)
        exact = [f for f in fitting if countries.get(f[1].key) == wanted.nationality]
        # A story that has told its President by the bare office may go on meaning them,
        # though it names another country's president plainly in between: the one it tells
        # of most of the two.
        exact += _told_by_bare_office(fitting, phrase, wanted, told_bare, printed)
        if not exact and wanted.nationality is None and "leader" in wanted.words:
            # "TARNOW (LPA) - ... Later the Head of State opened a bridge": a bare head of
            # state told by the outlet of the country it files from is that country's.
            exact = [f for f in fitting if countries.get(f[1].key) == home]
        # "ROME - ... the Soviet leader": with no holder printed with the country's office, the
        # dateline tells whether the leader is one told at home or one told visiting.
        fitting = _placed_by_dateline(phrase, wanted, fitting, taken, filed)
        chosen = exact if _is_counterpart(phrase) else exact or fitting
        candidates = [(salience[ref.key], start, ref) for start, ref in chosen]
        unique = len({ref.key for _, _, ref in candidates}) == 1
        candidates = _ahead_of_its_country(phrase, wanted, candidates, countries, referents)
        holder = (
            _spouse_of_partner_beside(phrase, wanted, referents, by_token)
            or _traveller_going_from_where(phrase, wanted, titled, by_token, families)
            or _spouse_before_later_holders(phrase, candidates, referents, by_token)
            or _partner_of_a_spouse_told(phrase, wanted, referents, titled)
            or _subject_told_before(phrase, wanted, candidates, referents, titled)
            or _lead_holding_office(phrase, wanted, candidates, lead, lead_named, printed)
            or _likely_holder(
                candidates, phrase.start, named=wanted.nationality is not None or unique
            )
        )
        if holder is None and (holder := _introduced_next(phrase, referents, titled)):
            # Told by the office it holds from then on: "the Lorvian minister" later is them.
            salience[holder.key] += 1
        holder = holder or _spouse_of_named(phrase, referents, by_token)
        holder = holder or _travelling_spouse_told_before(phrase, wanted, fitting, referents)
        if holder is None and not any(title.fits(wanted) for _, title, _ in titled):
            holder = _sovereign_by_regnal_name(phrase, wanted, regnal_alone)
        visitor = _visitor_told_by_office(phrase, wanted, guests, referents, printed, home)
        holder = holder or visitor
        if holder is not None:
            holder.mentions.append(phrase)
            by_token.update(dict.fromkeys(_range(phrase), holder))
            # Each role phrase read as a holder is one more mention of them: a story that keeps
            # calling its protagonist "the President" makes them the President a later bare
            # "the President" means, though another president was named in between.
            salience[holder.key] += 1
            # A reader now knows them by that office: a later bare "the President" may mean
            # them, though their name was printed with the office only further on.
            titled.append((phrase.start, wanted, holder))
            told_bare.append((_as_printed(phrase), holder.key))
            # "Peru's president" read as President X tells X's country to a later "the
            # Peruvian leader", where a prime minister of no printed country fits as well.
            if wanted.nationality is not None:
                countries.setdefault(holder.key, wanted.nationality)


def _not_a_cohost_of_the_partner(
    phrase: Span,
    wanted: Title,
    fitting: list[tuple[int, Referent]],
    titled: list[tuple[int, Title, Referent]],
    by_token: dict[int, Referent],
) -> list[tuple[int, Referent]]:
    """ "A landed and was received by President B and Prime Minister C. ... The President held
    talks with C": two told receiving a guest together are hosts on one side, so a bare office
    holding talks with one of them is not the other (the guest, when they hold that office),
    though the other was printed with the office last. Only when another holder fits."""
    if wanted.nationality is not None or _is_counterpart(phrase) or len(fitting) < 2:
        return fitting
    partners = _talks_partners(phrase.root, titled, by_token)
    if not partners:
        return fitting
    cohosts = _received_together(phrase.doc, by_token)
    barred = {key for pair in cohosts if pair & partners for key in pair - partners}
    kept = [f for f in fitting if f[1].key not in barred]
    return kept or fitting


def _talks_partners(
    word: Token, titled: list[tuple[int, Title, Referent]], by_token: dict[int, Referent]
) -> set[str]:
    """Whom a subject holds talks with: "X held talks with Y", "X met Y", "X and Y held
    talks" (a partner told by a bare office is the one holder of it printed before)."""
    subject = word.head if word.dep_ == "conj" and word.head.dep_ == "nsubj" else word
    if subject.dep_ != "nsubj":
        return set()
    verb = subject.head
    talks = [w for w in (verb, *verb.children) if tells_talks(w)]
    # "X had a first round of talks with Y": talks told under the verb's object.
    talks += [
        of
        for obj in verb.children
        if obj.dep_ == "dobj"
        for prep in obj.children
        if prep.dep_ == "prep"
        for of in prep.children
        if tells_talks(of)
    ]
    if not talks:
        return set()
    partners = [
        obj
        for talk in talks
        for prep in talk.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    if verb.lemma_ == "meet":
        partners += [w for w in verb.children if w.dep_ == "dobj"]
    partners += [w for w in conjuncts_of(subject) if w.i != word.i]
    if word is not subject:
        partners.append(subject)
    keys: set[str] = set()
    for partner in partners:
        ref = by_token.get(partner.i)
        if ref is None and partner.tag_ in ("NN", "NNP"):
            told = frozenset(w.lower_ for w in partner.subtree if w.dep_ != "det")
            holders = {
                held.key
                for start, title, held in titled
                if start < partner.i and title.fits(Title(None, told))
            }
            keys |= holders if len(holders) == 1 else set()
        elif ref is not None and ref.label == "PERSON":
            keys.add(ref.key)
    return keys


def _received_together(doc: Doc, by_token: dict[int, Referent]) -> list[frozenset[str]]:
    """Pairs of people told receiving a guest together: "was received by B and C", "B and C
    welcomed him". (Not "met": "B and C met" may be the two sides.)"""
    receiving = cue_words("reception") - {"meet"}
    pairs = []
    for word in doc:
        if word.dep_ != "conj" or word.head.dep_ not in ("pobj", "nsubj"):
            continue
        first = word.head
        verb = first.head.head if first.dep_ == "pobj" else first.head
        if first.dep_ == "pobj" and first.head.dep_ != "agent":
            continue
        if verb.lemma_ not in receiving:
            continue
        one, other = by_token.get(first.i), by_token.get(word.i)
        if one is None or other is None or one.key == other.key:
            continue
        if one.label == other.label == "PERSON":
            pairs.append(frozenset({one.key, other.key}))
    return pairs


def _lead_person(doc: Doc, by_token: dict[int, Referent]) -> Referent | None:
    """The person the story opens on: the first told as a subject in the first sentence that
    names anyone. Whose trip or day the story tells, and so who its bare office means."""
    starts = sorted(i for i, ref in by_token.items() if ref.label == "PERSON")
    if not starts or not (doc.has_annotation("DEP") or doc.has_annotation("SENT_START")):
        return None
    sentence = doc[starts[0]].sent
    for i in starts:
        if i >= sentence.end:
            return None
        if is_subject(doc[i]) or (doc[i].dep_ == "compound" and is_subject(doc[i].head)):
            return by_token[i]
    return None


def _lead_holding_office(
    phrase: Span,
    wanted: Title,
    candidates: list[tuple[int, int, Referent]],
    lead: Referent | None,
    lead_named: int,
    printed: set[tuple[str, frozenset[str]]],
) -> Referent | None:
    """ "Kel Aros flew into Vadum ... Host President Y ... The President then flew on": a bare
    office the story's lead person holds is that person, though the office was printed with
    their name only later ("the Lorvian President", "President Aros" in a caption) and
    another holder was named plainly in between. The story follows its lead, not its hosts."""
    if lead is None or wanted.nationality is not None or phrase[0].lower_ != "the":
        return None
    if _is_counterpart(phrase) or all(ref.key == lead.key for _, _, ref in candidates):
        return None
    # Told before the lead is named (a heading over the story), the office follows no one yet.
    if phrase.start < lead_named:
        return None
    # A head's office alone: a bare "the minister" has too many holders to follow anyone.
    if wanted.words.isdisjoint(head_offices()) or not wanted.words <= head_offices() | {"minister"}:
        return None
    # The very office, printed with the lead's own name: not one that fits it loosely (no pope
    # is "the Head of State", no Vice President "the President"), nor one the lead was given
    # by reading an earlier phrase, which may itself have been misread.
    return lead if (lead.key, wanted.words) in printed else None


def _traveller_going_from_where(
    phrase: Span,
    wanted: Title,
    titled: list[tuple[int, Title, Referent]],
    by_token: dict[int, Referent],
    families: dict[int, list[Referent]],
) -> Referent | None:
    """ "The Lunds came from Vadum, where the President had held talks with Y": an office told
    as the subject of a "where" clause on the place someone is told coming from is that
    traveller when they hold it, not whichever holder of it the story named last."""
    subject = subject_going_from_where(phrase.root)
    if subject is None:
        return None
    people = families.get(subject.i) or [ref for ref in [by_token.get(subject.i)] if ref]
    holders = {ref.key for _, title, ref in titled if title.fits(wanted)}
    people = [person for person in people if person.key in holders]
    return people[0] if len(people) == 1 else None


def _visitor_told_by_office(
    phrase: Span,
    wanted: Title,
    guests: frozenset[str],
    referents: dict[str, Referent],
    printed: set[tuple[str, frozenset[str]]],
    home: str | None,
) -> Referent | None:
    """ "Arvo Lind landed at Kessby ... The Norlund President laid a wreath. He then ...": a
    story may name its visitor bare and go on telling them by the head's office they hold. A
    definite head's office that no holder printed answers, told as its clause's subject, is
    the visitor the story tells of most (a tie is no one), when no office was printed with
    their name. Left unread, the pronouns after it would reach back past it to someone else.
    Without a country it must be told travelling: a bare "the Prime Minister" giving a dinner
    is the host, and so is "the French President" in a story filed from France."""
    if wanted.nationality is not None and wanted.nationality == home:
        return None
    heads = head_offices()
    words = _title_words(phrase)
    if words.isdisjoint(heads) or not words <= heads | {"minister"}:
        return None
    root = phrase.root
    if phrase[0].lower_ != "the" or not is_subject(root) or _is_counterpart(phrase):
        return None
    if root.tag_ not in ("NN", "NNP") or any(
        c.dep_ in ("acl", "relcl") for c in all_children(root)
    ):
        return None  # "the last president to visit": someone else, told only by the office
    if wanted.nationality is None and not _told_travelling(phrase):
        return None
    visiting = sorted(
        (ref for ref in referents.values() if ref.key in guests),
        key=lambda ref: len(ref.mentions),
        reverse=True,
    )
    if not visiting or (
        len(visiting) > 1 and len(visiting[1].mentions) == len(visiting[0].mentions)
    ):
        return None
    visitor = visiting[0]
    # A rank ("General X") is no office: the President may be its holder.
    offices = {key for key, office in printed if not office.isdisjoint(role_words())}
    return None if visitor.key in offices else visitor


def _offices_joined_before(
    referents: Iterable[Referent],
) -> list[tuple[int, Title, Referent]]:
    """The first of two offices printed before a name ("Crown Prince and Prime Minister X"),
    which `title_of` leaves to the one next to the name."""
    return [
        (span.start, title, ref)
        for ref in referents
        if ref.label == "PERSON"
        for span in ref.mentions
        if (title := office_joined_before(span)) is not None
    ]


def _offices_after_ranks(
    referents: Iterable[Referent],
) -> list[tuple[int, Title, Referent]]:
    """ "General A B, President of Norlund, flew on": a rank printed before a name is no office,
    so the office set off after it is the one a later bare "the President" means; `title_of`
    reads only the rank."""
    return [
        (span.start, title, ref)
        for ref in referents
        if ref.label == "PERSON"
        for span in ref.mentions
        if (rank := title_of(span)) is not None
        and rank.words.isdisjoint(role_words())
        and (title := title_after(span)) is not None
    ]


@dataclass(frozen=True)
class _Filed:
    """What a story tells of its people that says who is at home where it is filed from: the
    country filed from, who is told travelling, and the offices printed with each (`titled`
    and `countries` grow as role phrases are read)."""

    home: str | None
    visitors: frozenset[str]
    referents: dict[str, Referent]
    titled: list[tuple[int, Title, Referent]]
    countries: dict[str, str]


def _placed_by_dateline(
    phrase: Span,
    wanted: Title,
    fitting: list[tuple[int, Referent]],
    taken: set[str],
    filed: _Filed,
) -> list[tuple[int, Referent]]:
    """ "ROME - ... the Prime Minister, X, met them ... the Soviet leader": a story filed from
    one country tells another country's leader visiting. A leader's office naming another
    country than the one filed from, that no holder was printed with, is one told
    travelling: a holder printed with a bare office, or a person printed with none
    ("Y landed"); never one told going to that very country. Otherwise, or when no
    one fits, the holders that fit the office."""
    if not _abroad(wanted, filed) or any(ref.key in filed.countries for _, ref in fitting):
        return fitting
    bare = [(start, ref) for start, ref in fitting if start < phrase.start]
    offices = {ref.key for _, _, ref in filed.titled}
    unprinted = [
        (told[0].start, ref)
        for ref in filed.referents.values()
        if ref.label == "PERSON" and ref.key not in offices
        if (told := _told_before(ref, phrase)) and not known_as_spouse(ref)
    ]
    placed = [
        (start, ref)
        for start, ref in bare + unprinted
        if ref.key not in taken
        and ref.key in filed.visitors
        and not _told_going_to(ref, wanted.nationality)
    ]
    return placed or fitting


def _told_going_to(person: Referent, country: str | None) -> bool:
    """ "X visited Vadum", "X flew to Vadum": told travelling into a country, before or after,
    and so not its leader."""
    return country is not None and any(
        span.root.dep_ == "nsubj"
        and span.root.head.lemma_ in cue_words("motion")
        and any(
            _in_country(place, country)
            for place in [
                *_destinations(span.root.head),
                *(word for word in all_children(span.root.head) if word.dep_ == "dobj"),
            ]
        )
        for span in person.mentions
    )


def _told_before(person: Referent, phrase: Span) -> list[Span]:
    """A person's mentions in the story before a phrase, first first."""
    return sorted(
        (span for span in person.mentions if span.start < phrase.start and in_story(span)),
        key=lambda span: span.start,
    )


def known_as_spouse(person: Referent) -> bool:
    """ "First Lady X", "his wife, X", "her husband Y": told as a leader's spouse."""
    return styled_as_spouse(person) or any(map(_told_as_a_spouse, person.mentions))


def _heads_a_state(title: Title) -> bool:
    """ "The Lorvian leader", "the Lorvian president", "the Lorvian prime minister": an office
    that heads a country's state or government, which its story tells at home or visiting."""
    words = title.words
    if not words or ("minister" in words and "prime" not in words):
        return False
    return words <= leader_words() | {"leader", "minister"}


def _abroad(wanted: Title, filed: _Filed) -> bool:
    """Whether a leader's role phrase names a country other than the one its story is filed
    from (not when either is unknown)."""
    if filed.home is None or wanted.nationality is None or not _heads_a_state(wanted):
        return False
    if wanted.nationality in _country_names():
        return wanted.nationality != filed.home
    # "The Soviet leader": a state the gazetteer no longer knows may be the one filed from; it
    # is, when another of its leaders ("the Soviet Prime Minister, X") is told at home there.
    # Its ministers and envoys may be away with their leader, or posted abroad.
    leaders = [
        ref.key
        for _, title, ref in filed.titled
        if title.nationality == wanted.nationality and _heads_a_state(title)
    ]
    return all(key in filed.visitors for key in leaders)


@cache
def _country_names() -> frozenset[str]:
    """The folded names of the countries the gazetteer knows: "cuba", "united states"."""
    return frozenset(fold(country.name) for country in gazetteer.load().countries.values())


def _told_as_a_spouse(name: Span) -> bool:
    """ "His wife, A", "her husband B": a name set off after a spouse noun."""
    before = word_set_off_before(name)
    return before is not None and before.lemma_.lower() in cue_words("spouse_noun")


def _ahead_of_its_country(
    phrase: Span,
    wanted: Title,
    candidates: list[tuple[int, int, Referent]],
    countries: dict[str, str],
    referents: dict[str, Referent],
) -> list[tuple[int, int, Referent]]:
    """ "Kell's president began a visit ... President X landed": a lede's office naming its
    country may be the first person the story names after it. Once the story has named people,
    "the Lorvian leader" looks ahead only to a holder printed with that country: a president
    named later with none may be a host the traveller is still to meet."""
    if wanted.nationality is None:
        return candidates
    # A byline or a headline introduces no one: "By X" names the writer, not a party.
    sentences = phrase.doc.has_annotation("SENT_START")
    named_before = any(
        span.start < phrase.start and (not sentences or in_story(span))
        for ref in referents.values()
        if ref.label == "PERSON"
        for span in ref.mentions
    )
    return [
        c
        for c in candidates
        if c[1] < phrase.start or not named_before or countries.get(c[2].key) == wanted.nationality
    ]


def _told_by_bare_office(
    fitting: list[tuple[int, Referent]],
    phrase: Span,
    wanted: Title,
    told_bare: list[tuple[str, str]],
    printed: set[tuple[str, frozenset[str]]],
) -> list[tuple[int, Referent]]:
    """The holders the same bare office was read as before: "the President held talks with
    President X ... a dinner for the President" may be the President told first, not X,
    though X alone was printed with no country. Only the office printed alike: "the Agong"
    names a king, but not the King the story told before; and only a holder whose name was
    printed with the office."""
    if wanted.nationality is not None or _is_counterpart(phrase):
        return []  # a country or a counterpart names whom it means by itself
    if "leader" in wanted.words:
        return []  # "the Leader" is no office of its own: any head of state fits it
    as_printed = _as_printed(phrase)
    keys = {key for office, key in told_bare if office == as_printed}
    return [f for f in fitting if f[1].key in keys and (f[1].key, wanted.words) in printed]


def _offices_set_beside(
    phrases: Iterable[Span], by_token: dict[int, Referent]
) -> list[tuple[int, str, Referent]]:
    """Each office printed beside a name ("the Head of State, President X"), as printed, with
    that name: the story has told whom its bare office means. The office runs on through
    the country it serves: "the Amir of Lorvia, X" tells nothing of a bare "the Amir"."""
    told = [
        (phrase.start, _as_printed(phrase.doc[phrase.start : _past_office_of(phrase)]), named)
        for phrase in phrases
        if (named := _named_beside(phrase, by_token) or _named_before(phrase, by_token))
    ]
    return sorted(told, key=lambda each: each[0])


def _printed_beside_before(
    phrase: Span,
    wanted: Title,
    fitting: list[tuple[int, Referent]],
    beside: list[tuple[int, str, Referent]],
) -> list[tuple[int, Referent]]:
    """A name first printed with an office before it (an office, a comma, a title and a name), and
    later the office alone, as whose invitation it was: a bare office the story printed beside a
    name earlier is that name, the nearest before it so printed, though another who fits the office
    is told of more. A country or a counterpart names whom it means by itself."""
    if wanted.nationality is not None or _is_counterpart(phrase):
        return fitting
    as_printed = _as_printed(phrase)
    named = [ref for start, office, ref in beside if office == as_printed and start < phrase.start]
    if not named:
        return fitting
    return [f for f in fitting if f[1].key == named[-1].key] or fitting


def _as_printed(phrase: Span) -> str:
    """A role phrase's words but its article, whatever their case: "The president"."""
    return " ".join(word.lower_ for word in phrase if word.lower_ != "the")


def _introduced_next(
    phrase: Span, referents: dict[str, Referent], titled: list[tuple[int, Title, Referent]]
) -> Referent | None:
    """ "Lorvia's trade minister arrived in Kell on Monday. Arno Vell was met at the airport":
    a lede may tell a party by office first and name them only in the next sentence. The
    first person named there, as a subject and with no office printed, holds it."""
    doc = phrase.doc
    if not doc.has_annotation("SENT_START"):
        return None
    following = _next_sentence(doc, phrase.sent.end)
    if following is None:
        return None
    named = sorted(
        (span.start, span, ref)
        for ref in referents.values()
        if ref.label == "PERSON"
        for span in ref.mentions
        if span.start < following.end and span.end > phrase.sent.start
    )
    if not named or named[0][0] < following.start:
        return None  # the phrase's own sentence names someone: the office may be theirs
    _, first, ref = named[0]
    offices = {holder.key for _, _, holder in titled}
    known = any(m.start < phrase.start and in_story(m) for m in ref.mentions)
    return ref if ref.key not in offices and not known and is_subject(first.root) else None


def _subject_just_before(
    phrase: Span,
    country: str,
    referents: dict[str, Referent],
    titled: list[tuple[int, Title, Referent]],
) -> list[tuple[int, Referent]]:
    """ "Ivo Renn told parliament that ... The Lorvian president and his wife flew in": a
    story may name its protagonist first and tell them by office in the next sentence. An
    office of a country held by no one told before it is the subject of the sentence before,
    when no office was printed with them and they were not told coming to that country."""
    doc = phrase.doc
    if not doc.has_annotation("SENT_START"):
        return []
    before = _previous_sentence(doc, phrase.sent.start)
    if before is None:
        return []
    told = sorted(
        (span.start, span, ref)
        for ref in referents.values()
        if ref.label == "PERSON"
        for span in ref.mentions
        if before.start <= span.start < phrase.start
    )
    if not told or told[0][0] >= before.end or any(at >= phrase.sent.start for at, _, _ in told):
        return []  # the phrase's own sentence names someone before it: the office may be theirs
    start, span, ref = told[0]
    if not _in_subject(span.root) or not in_story(span):
        return []
    offices = {holder.key for at, _, holder in titled if at < phrase.start}
    # "X received Y. The Lorvian president ...": the office may be that of anyone else told
    # there, unless they are printed with an office of their own or are X's spouse.
    others = {other.key for _, _, other in told} - offices - {ref.key}
    if any(key.split()[-1:] != ref.key.split()[-1:] for key in others):
        return []
    if ref.key in offices or _told_coming_to(ref, country, phrase.start):
        return []
    return [(start, ref)]


def _subject_told_before(
    phrase: Span,
    wanted: Title,
    candidates: list[tuple[int, int, Referent]],
    referents: dict[str, Referent],
    titled: list[tuple[int, Title, Referent]],
) -> Referent | None:
    """ "X walked into the shipyard ... The Prime Minister and her husband flew north": a
    bare office whose holders are all printed further on is, to a reader who knows none of
    them yet, the person the story last told as a subject with no office printed. Not when
    the office acts on someone ("The President welcomed him"): a host told by office greets
    the one just told."""
    if wanted.nationality is not None or _is_counterpart(phrase) or not candidates:
        return None
    if any(start < phrase.start for _, start, _ in candidates):
        return None
    if not _in_subject(phrase.root) or _acts_on_a_pronoun(phrase.root):
        return None
    offices = {holder.key for _, _, holder in titled}
    told = [
        (span.start, ref)
        for ref in referents.values()
        if ref.label == "PERSON" and ref.key not in offices
        for span in ref.mentions
        if span.start < phrase.start
        and in_story(span)
        and span.root.dep_ in SUBJECT_DEPS
        and span.root.head.lemma_ not in cue_words("reporting")
    ]
    if not told:
        return None
    _, last = max(told, key=lambda pair: pair[0])
    return None if known_as_spouse(last) else last


def _partner_of_a_spouse_told(
    phrase: Span,
    wanted: Title,
    referents: dict[str, Referent],
    titled: list[tuple[int, Title, Referent]],
) -> Referent | None:
    """ "X and his wife, Ana Vell, flew in ... The Lorvian leader and his wife arrived": a
    holder travelling with an unnamed spouse, when no one was printed with the office before,
    is the one whose spouse the story told before, sharing the spouse's surname."""
    if not _joined_to_an_unnamed_spouse(phrase.root):
        return None
    if any(start < phrase.start and title.fits(wanted) for start, title, _ in titled):
        return None
    told = [
        ref
        for ref in referents.values()
        if ref.label == "PERSON"
        and any(m.start < phrase.start and in_story(m) for m in ref.mentions)
    ]
    surnames = {ref.key.split()[-1] for ref in told if known_as_spouse(ref) and " " in ref.key}
    partners = [ref for ref in told if not known_as_spouse(ref) and ref.key.split()[-1] in surnames]
    return partners[0] if len(partners) == 1 else None


def _joined_to_an_unnamed_spouse(head: Token) -> bool:
    """ "The Lorvian leader and his wife": a spouse noun joined to the phrase, no name set by it."""
    return any(
        word.dep_ == "conj"
        and word.lemma_.lower() in cue_words("spouse_noun")
        and not any(child.dep_ == "appos" for child in all_children(word))
        for word in all_children(head)
    )


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _acts_on_a_pronoun(subject: Token) -> bool:
    """ "The President welcomed him": the clause of a subject has a person pronoun object."""
    verb = subject.head if subject.dep_ in SUBJECT_DEPS else subject.head.head
    return any(
        word.dep_ in ("dobj", "dative") and word.lower_ in _OBJECT_PRONOUNS
        for word in all_children(verb)
    )


def _in_subject(word: Token) -> bool:
    """The subject, or the first of a pair told as one ("Ivo and Mara Renn landed")."""
    return is_subject(word) or (word.dep_ in ("nmod", "conj", "compound") and is_subject(word.head))


def _previous_sentence(doc: Doc, start: int) -> Span | None:
    """The sentence before a word, past blank lines."""
    while start > 0:
        sentence = doc[start - 1].sent
        if any(word.is_alpha for word in sentence):
            return sentence
        start = sentence.start
    return None


def _spouse_before_later_holders(
    phrase: Span,
    candidates: list[tuple[int, int, Referent]],
    referents: dict[str, Referent],
    by_token: dict[int, Referent],
) -> Referent | None:
    """ "A day after the Lorvian leader and his wife Ana Marek flew in": the spouse's surname
    names the holder told before, where a holder the story names only further on is a guess."""
    if any(start <= phrase.start for _, start, _ in candidates):
        return None
    return _spouse_of_named(phrase, referents, by_token)


def _spouse_of_named(
    phrase: Span, referents: dict[str, Referent], by_token: dict[int, Referent]
) -> Referent | None:
    """ "The Lorvian president and his wife, Ana Marek, landed": an office printed with no one
    is held by the one person told before it who shares the surname of the spouse it is
    joined to."""
    spouses = (
        word
        for word in conjuncts_of(phrase.root)
        if word.i > phrase.root.i and word.lemma_.lower() in cue_words("spouse_noun")
    )
    spouse = next(
        (
            by_token.get(name.i)
            for word in spouses
            for name in all_children(word)
            if name.dep_ == "appos"
        ),
        None,
    )
    if spouse is None:
        return None
    return sole_namesake(
        spouse,
        referents.values(),
        lambda ref: any(span.start < phrase.start for span in ref.mentions),
    )


def _heads_of_national_parties(referents: dict[str, Referent], countries: dict[str, str]) -> None:
    """ "X, who heads a Lorvian party delegation": one told heading a party of a country is of
    that country, so a later "the Lorvian leader" is them when no office printed with the
    country names a holder (the country may be one a long formal office hides)."""
    for ref in referents.values():
        if ref.label != "PERSON" or ref.key in countries:
            continue
        found = (_party_headed(span) for span in ref.mentions)
        country = next((country for country in found if country is not None), None)
        if country is not None:
            countries[ref.key] = country


def _party_headed(name: Span) -> str | None:
    """The country of the travelling party a name is told heading: "X, who heads a Lorvian
    delegation", "X heads the Lorvian delegation"."""
    root = name.root
    verbs = [w for w in all_children(root) if w.dep_ == "relcl"]
    verbs += [root.head] if root.dep_ == "nsubj" else []
    for verb in verbs:
        if verb.lemma_ not in ("head", "lead"):
            continue
        for party in (w for w in all_children(verb) if w.dep_ == "dobj"):
            if party.lemma_ in cue_words("travelling_party"):
                country = _nationality(name.doc[party.left_edge.i : party.i + 1])
                if country is not None:
                    return country
    return None


def _hold_indefinite_offices(
    doc: Doc,
    referents: dict[str, Referent],
    titled: list[tuple[int, Title, Referent]],
    countries: dict[str, str],
) -> None:
    """ "The first visit to Zembla by a Lorvian trade minister. Ada Quell arrived ...": the
    office is Quell's, so a later "the Lorvian minister" is her."""
    for office, country in _indefinite_offices(doc):
        holder = _introduced_next(office, referents, titled)
        if holder is not None:
            titled.append((office.start, Title(country, _title_words(office)), holder))
            countries.setdefault(holder.key, country)


def _indefinite_offices(doc: Doc) -> list[tuple[Span, str]]:
    """Offices told of a party still to be named ("a Lorvian trade minister"), each with the
    country it serves."""
    found = []
    for word in (doc[i] for i in indices_where(doc, LOWER, INDEFINITE_ARTICLES)):
        end = word.i + 1
        while end < len(doc) and end - word.i <= MAX_TITLE_WORDS:
            if not relative_office_word(doc[end]):
                break
            end += 1
        office = doc[word.i + 1 : end]
        country = _nationality(office) if office else None
        if country is not None and not _title_words(office).isdisjoint(role_words()):
            found.append((office, country))
    return found


def _next_sentence(doc: Doc, start: int) -> Span | None:
    """The sentence after a word, past blank lines."""
    while start < len(doc):
        sentence = doc[start].sent
        if any(word.is_alpha for word in sentence):
            return sentence
        start = sentence.end
    return None


def _head_of_party(phrase: Span) -> str | None:
    """ "The Lorvian delegation headed by the Prime Minister": the office heading a party
    told with its country is of that country."""
    root = phrase.root
    if root.dep_ != "pobj" or root.head.dep_ != "agent":
        return None
    verb = root.head.head
    if verb.dep_ != "acl" or verb.lemma_ not in ("head", "lead"):
        return None
    owners = (w for w in all_children(verb.head) if w.dep_ in ("amod", "compound", "poss"))
    found = (_nationality(verb.doc[w.i : w.i + 1]) for w in owners)
    return next((country for country in found if country is not None), None)


def _filed_from(doc: Doc) -> str | None:
    """The folded country of the dateline's place, when there is one the gazetteer knows or
    the dateline prints ("VELMORA BAY, Uruguay")."""
    text = text_of(doc)
    dateline = find_dateline(text)
    where = place_filed_from(text, dateline) if dateline is not None else None
    return fold(gazetteer.country_of(where).name) if where is not None else None


def _led_as(
    wanted: Title,
    fitting: list[tuple[int, Referent]],
    titled: list[tuple[int, Title, Referent]],
    countries: dict[str, str],
) -> list[tuple[int, Referent]]:
    """ "Lorvian leader X ... the Lorvian President": one printed only as the country's leader
    may hold the office, unless the story names a holder printed with it for that country."""
    if any(countries.get(ref.key) == wanted.nationality for _, ref in fitting):
        return []
    led = (told for told in titled if told[1].leads_as(wanted) and not told[1].fits(wanted))
    return [(start, ref) for start, _, ref in led]


def _state_offices_first(
    wanted: Title,
    fitting: list[tuple[int, Referent]],
    titled: list[tuple[int, Title, Referent]],
) -> list[tuple[int, Referent]]:
    """ "The Lorvian leader" in a story that names Lorvia's Grand Mufti as well as its
    President: a country's leader holds an office of its state, before one of its faith,
    which a "leader" fits only by a word such as "grand"."""
    if "leader" not in wanted.words or not wanted.words.isdisjoint(clergy_words()):
        return fitting
    clergy = {
        ref.key
        for _, title, ref in titled
        if not title.words.isdisjoint(clergy_words()) and "leader" not in title.words
    }
    return [f for f in fitting if f[1].key not in clergy] or fitting


def _of_country(
    fitting: list[tuple[int, Referent]], country: str, countries: dict[str, str]
) -> list[tuple[int, Referent]]:
    """The holders a role naming its country may be: "the Lorvian minister" is never one the
    story prints as another country's, though no holder is printed as Lorvian. Someone of that
    country, or nobody."""
    return [(start, ref) for start, ref in fitting if countries.get(ref.key) in (None, country)]


def _told_coming_to(person: Referent, country: str, before: int, home: str | None = None) -> bool:
    """ "X flew to Vadum", "X, who arrived in Vadum, ...", "X arrived here" under a dateline
    in that country, "X returned from Vadum": whoever the story has told travelling into a
    country is its visitor, never the holder "the Lorvian leader" means, though printed with
    no country (one who returns there, or will go on there, may be going home)."""
    return any(
        span.start < before and _came_into(verb, country, home)
        for span in person.mentions
        for verb in _verbs_told_of(span)
    )


# The relative pronouns that stand for a person as a relative clause's subject.
PERSON_RELATIVES = frozenset({"who", "that"})


def _verbs_told_of(name: Span) -> list[Token]:
    """The verbs that tell what a name did: the one it is the subject of, and that of a
    relative clause on it ("X, who arrived in Vadum on Sunday, ...")."""
    root = name.root
    verbs = [root.head] if root.dep_ == "nsubj" else []
    return verbs + [
        clause
        for clause in all_children(root)
        if clause.dep_ == "relcl"
        and any(w.dep_ == "nsubj" and w.lower_ in PERSON_RELATIVES for w in all_children(clause))
    ]


def _came_into(verb: Token, country: str, home: str | None) -> bool:
    """Whether a verb tells its subject came into a country in the past: to one of its places,
    "here" in the country the story is filed from, or back from a stay there."""
    if verb.lemma_ not in cue_words("motion") or verb.tag_ != "VBD":
        return False
    if verb.lemma_ == "return":
        return any(_in_country(place, country) for place in _origins(verb))
    here = home == country and any(
        word.dep_ == "advmod" and word.lower_ == "here" for word in all_children(verb)
    )
    return here or any(_in_country(place, country) for place in _destinations(verb))


def _destinations(verb: Token) -> Iterable[Token]:
    return _objects_of(verb, ("to", "in", "at"))


def _origins(verb: Token) -> Iterable[Token]:
    return _objects_of(verb, ("from",))


def _objects_of(verb: Token, prepositions: tuple[str, ...]) -> Iterable[Token]:
    """The objects of the verb's prepositions of those kinds: "flew to Kel" -> Kel."""
    return (
        word
        for prep in all_children(verb)
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for word in all_children(prep)
        if word.dep_ == "pobj"
    )


def _in_country(word: Token, country: str) -> bool:
    span = entity_span(word)
    where = gazetteer.place(span.text) if span is not None else None
    return where is not None and fold(gazetteer.country_of(where).name) == country


# Prepositions whose object may be the very subject of the verb: "X spoke as the President".
_SAME_AS = frozenset({"as", "like"})


def _told_beside(
    phrase: Span,
    phrases: Iterable[Span],
    titled: list[tuple[int, Title, Referent]],
    by_token: dict[int, Referent],
) -> set[str]:
    """Who the other party of the phrase's verb is: "the head of state met the Pontiff" tells
    two people, so the one only "the Pontiff" fits is not the head of state. So does a verb
    and its preposition's object: "X spoke with the Lorvian President" is not X."""
    verb = phrase.root.head
    if phrase.root.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ not in _SAME_AS:
        verb = verb.head
    elif phrase.root.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return set()
    if verb.pos_ != "VERB":
        return set()
    others = [w for w in all_children(verb) if w.dep_ in ("nsubj", "nsubjpass", "dobj")]
    others = [w for w in others if w.i not in range(phrase.start, phrase.end)]
    taken = {by_token[w.i].key for w in others if w.i in by_token}
    for other in phrases:
        if other.root in others:
            wanted = Title(_nationality(other), _title_words(other))
            keys = {ref.key for _, title, ref in titled if title.fits(wanted)}
            taken |= keys if len(keys) == 1 else set()
    return taken


def holds_office(person: Referent, office: frozenset[str]) -> bool | None:
    """Whether an office a person is printed with is the one a plural role names ("the two
    ministers" are no prime minister, "the two premiers" are prime ministers); None when the
    article prints none."""
    found = [title_of(span) or _title_within(span) for span in person.mentions]
    # "General X, Crown Prince of Lorvia": the office set off after the name is held too, not
    # only the rank printed before it.
    found += [title_after(span) for span in person.mentions]
    titles = [title for title in found if title is not None and not title.by_likeness]
    ranks = title_lists()["title.military_rank"]
    if office.isdisjoint(ranks):
        # "Marshal X", "General Y": a rank says nothing of the office held beside it (a general
        # may be his country's leader); only "the two generals" asks for the rank itself.
        titles = [title for title in titles if not title.words <= ranks]
    if not titles:
        return None
    # "Premier X" and "Prime Minister Y" hold one office under two names.
    wanted = Title(None, office_named(office))
    return any(title.fits(wanted) for title in titles)


def _spouse_of_partner_beside(
    phrase: Span, wanted: Title, referents: dict[str, Referent], by_token: dict[int, Referent]
) -> Referent | None:
    """ "President A and the First Lady hosted a dinner": a spouse's style joined by "and" to a
    named person is that person's spouse, the one told as a spouse before it who bears a name
    of theirs; a guest's wife told travelling fits the bare style too, but is not his."""
    if wanted.words != {"spouse"} or phrase.root.dep_ != "conj":
        return None
    partner = by_token.get(phrase.root.head.i)
    if partner is None or partner.label != "PERSON":
        return None
    names = {word for span in partner.mentions for word in fold(span.text).split()}
    spouses = [
        ref
        for ref in referents.values()
        if ref.label == "PERSON"
        and ref.key != partner.key
        and names & set(ref.key.split()[-1].split("-"))
        and _told_before(ref, phrase)
        and known_as_spouse(ref)
    ]
    return spouses[0] if len(spouses) == 1 else None


def _travelling_spouse_told_before(
    phrase: Span, wanted: Title, fitting: list[tuple[int, Referent]], referents: dict[str, Referent]
) -> Referent | None:
    """ "X and his wife, Y, landed ... The First Lady will fly to Z": a bare spouse's style no
    one was printed with is the spouse told travelling before it, joined to the traveller
    who is the subject of the trip; a host's spouse ("greeted by A and his wife, B") is not
    told so. Of several such, none: the story would print the name."""
    if fitting or wanted.words != {"spouse"}:
        return None
    told = {
        ref.key: ref
        for ref in referents.values()
        if ref.label == "PERSON" and known_as_spouse(ref)
        for span in _told_before(ref, phrase)
        if _joined_to_a_traveller(span.root)
    }
    return next(iter(told.values())) if len(told) == 1 else None


def _joined_to_a_traveller(word: Token) -> bool:
    """Whether a name hangs, through the spouse noun and the "and" it stands in, on the
    subject of a verb of travel."""
    while word.dep_ in ("appos", "conj", "compound") and word.head.i != word.i:
        word = word.head
    return word.dep_ == "nsubj" and word.head.lemma_ in cue_words("motion")


def styled_as_spouse(person: Referent) -> bool:
    """Whether a name is printed after a spouse's style: "First Lady X", or the style set off
    before it by a comma, "the First Lady, X", "the First Lady, Mrs. X"."""
    return any(_spouse_style_before(span) for span in person.mentions)


def _spouse_style_before(name: Span) -> bool:
    # Asked of every mention of every person for each partner whose spouse is looked for:
    # some 73 times a reading in the tuning stories, for 12 names.
    kept = kept_answers(name.doc, "spouse_style_before")
    if kept is None:
        return _spouse_style_read(name)
    if name.start not in kept:
        kept[name.start] = _spouse_style_read(name)
    return bool(kept[name.start])


def _spouse_style_read(name: Span) -> bool:
    doc, end = name.doc, _start_past_styles_set_off(name)
    start = max(0, end - MAX_TITLE_WORDS)
    words = [word.lower_ for word in words_of(doc)[start:end]]
    return any(words[-len(style) :] == style for style in _spouse_styles())


@cache
def _spouse_styles() -> tuple[list[str], ...]:
    return tuple(style.split() for style, office in office_styles().items() if office == "spouse")


def _start_past_styles_set_off(name: Span) -> int:
    """Where the words before a name end, past the titles printed with it ("Mrs.") and one
    comma that sets the name off after a style: "the First Lady, Mrs. X" is styled as well as
    "First Lady X" is."""
    start = name.start
    while start > 0 and name.doc[start - 1].lower_ in title_words():
        start -= 1
    return start - 1 if start > 0 and name.doc[start - 1].text == "," else name.start


# The offices a name with a regnal number and no office printed may hold: a pope's, or a
# monarch's told by a style that names no crown.
SOVEREIGN_OFFICES = frozenset({frozenset({"pope"}), frozenset({"monarch"})})


def _named_by_regnal_name_alone(
    referents: Iterable[Referent], titled: list[tuple[int, Title, Referent]]
) -> list[Referent]:
    """ "Alaric VI arrived in Vadum": people named by a regnal name, a given name and a
    regnal number, and never printed with an office, which a pope or a monarch often is."""
    offices = {ref.key for _, _, ref in titled}
    return [
        ref
        for ref in referents
        if ref.label == "PERSON"
        and ref.key not in offices
        and any(regnal_name(list(span)) for span in ref.mentions)
        and not any(_title_within(span) for span in ref.mentions)
    ]


def _sovereign_by_regnal_name(
    phrase: Span, wanted: Title, regnal_alone: list[Referent]
) -> Referent | None:
    """ "Alaric VI arrived ... The Pope then met": the Pope, or a monarch told by a style
    ("the Sovereign", "His Majesty"), that no holder printed with an office fits is the one
    person the story names by a regnal name alone, told before the phrase. A reader knows
    only the names told so far: one first told further on ("the last pope to come, Alaric
    IV, ...") is background, not the one meant. Two such names told before, or none, leave
    it no one. A crown's own word ("the Queen") is left unread: a regnal name does not tell
    a queen from a king."""
    if wanted.nationality is not None or wanted.words not in SOVEREIGN_OFFICES:
        return None
    told = [ref for ref in regnal_alone if _first_told(ref) < phrase.start]
    return told[0] if len(told) == 1 else None


def _first_told(person: Referent) -> int:
    return min(span.start for span in person.mentions)


def _style_printed_before(span: Span) -> Title | None:
    """ "His Imperial Majesty Reza Arvan": a monarch's or a prince's style printed before a
    name, with no office word, tells the office they hold, so that the bare style later is
    them."""
    style = _style_before_name(span)
    office = office_styles()[style] if style is not None else None
    return Title(None, frozenset({office})) if office in offices_of_kind() else None


def _style_before_name(span: Span) -> str | None:
    doc, end = span.doc, span.start
    words = tuple(word.lower_ for word in words_of(doc)[max(0, end - MAX_TITLE_WORDS) : end])
    return next(
        (style for style, split in _office_styles_split() if words[-len(split) :] == split),
        None,
    )


@cache
def _office_styles_split() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each office style with its words, in `office_styles` order: split once, not for every
    name the styles are tried on."""
    return tuple((style, tuple(style.split())) for style in office_styles())


def _people_by_style(referents: Iterable[Referent]) -> dict[str, set[str]]:
    """Each style and the people printed right after it: "His Imperial Majesty Reza Arvan"."""
    styled: dict[str, set[str]] = {}
    for ref in referents:
        for span in ref.mentions if ref.label == "PERSON" else ():
            if (style := _style_before_name(span)) is not None:
                styled.setdefault(style, set()).add(ref.key)
    return styled


def _title_within(span: Span) -> Title | None:
    """The office a name was printed with inside its own span: "President Xi" read whole as
    the person. "Amir-Ravan" is a name: a title is printed apart from the name it styles."""
    leading = list(takewhile(lambda token: _printed_apart_title(token), span))
    words = _title_words(span[: len(leading)]) if leading else frozenset()
    return Title(None, words) if not words.isdisjoint(role_words()) else None


def _printed_apart_title(token: Token) -> bool:
    return token.lower_ in title_words() and bool(token.whitespace_)


def _named_beside(phrase: Span, by_token: dict[int, Referent]) -> Referent | None:
    """ "His Norwegian counterpart, Ane Haugen": a role phrase with a name right after it stands
    for that name, not for a holder of the office told elsewhere ("... the minister, Haugen
    said" is a speaker, not the name)."""
    doc = phrase.doc
    after = _past_office_of(phrase)
    if after < len(doc) and doc[after].text == "," and listed_bare(phrase[-1]):
        return None
    after += int(after < len(doc) and doc[after].text == ",")
    # "..., Prince Ali Hamad", "..., Lt-Gen Ali Hamad": a title or style before the name is
    # no part of it.
    while after < len(doc) - 1 and (
        (doc[after].is_title and doc[after].lower_ in title_words()) or joins_ranks(doc[after])
    ):
        after += 1
    if after >= len(doc):
        return None
    found = by_token.get(after)
    name = doc[after]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    # "..., Kamala X, today held talks": a name closed by a second comma is set off beside
    # the office, though the parser made it the verb's subject.
    closed = name.i + 1 < len(doc) and doc[name.i + 1].text == ","
    speaking = after > phrase.end and name.dep_ in ("nsubj", "nsubjpass") and not closed
    return found if found is not None and found.label == "PERSON" and not speaking else None


def _named_before(phrase: Span, by_token: dict[int, Referent]) -> Referent | None:
    """ "President Ado Marek, the Head of State, met them": a role phrase set off after a name,
    in apposition to it, is that name, as one set before it is."""
    root, doc = phrase.root, phrase.doc
    if root.dep_ != "appos" or root.head.i >= phrase.start or phrase.start == 0:
        return None
    if doc[phrase.start - 1].text != ",":
        return None
    named = by_token.get(root.head.i)
    return named if named is not None and named.label == "PERSON" else None


def _past_office_of(phrase: Span) -> int:
    """Where a role phrase's office ends: "the Prime Minister of Ruritania, X" names X after
    the country the office serves."""
    doc, end = phrase.doc, phrase.end
    # A hyphened office ("Vice-President") may be parsed in pieces, "of" hung on its last.
    if end < len(doc) and doc[end].lower_ == "of" and doc[end].head.i in _range(phrase):
        return max(end, *(word.i for word in doc[end].subtree)) + 1
    return end


def travellers(referents: Iterable[Referent]) -> frozenset[str]:
    """People told as the subject of a verb of travel ("X will arrive here on Thursday"): who
    "the visiting premier" may be."""
    return frozenset(
        ref.key
        for ref in referents
        if ref.label == "PERSON"
        for span in ref.mentions
        if span.root.dep_ == "nsubj" and span.root.head.lemma_ in cue_words("motion")
    )


# Nouns of a trip whose "of" names the traveller.
TRIP_NOUNS = ("visit", "trip", "tour", "arrival", "stay")


def trip_owners(referents: Iterable[Referent]) -> frozenset[str]:
    """ "On the first day of the Lorvian president's state visit", "the visit of X": people
    whose trip the story names are on one, as much as those told travelling."""
    return frozenset(
        ref.key
        for ref in referents
        if ref.label == "PERSON"
        for span in ref.mentions
        if _owns_a_trip(span.root)
    )


def _owns_a_trip(word: Token) -> bool:
    if word.dep_ == "poss":
        return word.head.lemma_ in TRIP_NOUNS
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_ in TRIP_NOUNS


def _told_travelling(phrase: Span) -> bool:
    """ "The Vice-President will travel to X", "the President's visit to Y", "the President is
    to open a dam and then fly on to Z": a bare office told travelling on is the article's
    traveller who holds it, not a holder who only stayed at home to receive them."""
    root = phrase.root
    trip_nouns = cue_words("motion") | cue_words("arrival_noun")
    if root.dep_ == "poss":
        return root.head.lemma_ in trip_nouns
    return root.dep_ == "nsubj" and any(
        verb.lemma_ in cue_words("motion") for verb in _verbs_of_subject(root.head)
    )


def _by_travel_told(
    phrase: Span,
    wanted: Title,
    fitting: list[tuple[int, Referent]],
    visitors: frozenset[str],
    guests: frozenset[str],
) -> list[tuple[int, Referent]]:
    """The holders a bare office may be by what it is told doing: one told travelling is a
    traveller, one told "visiting" a guest (told travelling, or whose trip is named), one
    told giving a meal for a guest is neither."""
    if any(word.lower_ == "visiting" for word in phrase):
        return [f for f in fitting if f[1].key in guests] or fitting
    if wanted.nationality is None and _told_travelling(phrase):
        return [f for f in fitting if f[1].key in visitors] or fitting
    if wanted.nationality is None and _told_giving_a_meal_for_a_guest(phrase):
        return [f for f in fitting if f[1].key not in visitors] or fitting
    return fitting


def _told_giving_a_meal_for_a_guest(phrase: Span) -> bool:
    """ "In the evening the President gave a State banquet in honour of his guest": a bare
    office told giving a meal for a guest is the holder at home who hosts it, not the story's
    traveller of that office (a return banquet is told "visiting", read above)."""
    root = phrase.root
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    meals = [word for word in all_children(verb) if word.dep_ == "dobj"]
    if not any(word.lemma_.lower() in cue_words("meal") for word in meals):
        return False
    return any(
        word.lemma_.lower() in cue_words("guest") and word.i > verb.i for word in subtree_of(verb)
    )


# Links from a verb to further verbs that keep its subject: "is to open", "and then flies",
# "after opening", "before returning".
SHARED_SUBJECT_LINKS = frozenset({"xcomp", "conj", "advcl", "pcomp"})


def _verbs_of_subject(verb: Token) -> list[Token]:
    """The verb and those its subject also governs: a conjunct with a subject of its own is
    another's doing."""
    found = [verb]
    for word in all_children(verb):
        linked = word.dep_ in SHARED_SUBJECT_LINKS or (
            word.dep_ == "prep" and any(w.dep_ == "pcomp" for w in all_children(word))
        )
        own_subject = any(w.dep_ in ("nsubj", "nsubjpass") for w in all_children(word))
        if linked and not own_subject:
            found += _verbs_of_subject(word)
    return found


def _likely_holder(
    candidates: list[tuple[int, int, Referent]], phrase_start: int, *, named: bool
) -> Referent | None:
    """The most salient holder introduced before the phrase, then the most recent; a phrase
    that names its country ("Pakistan's prime minister" in a lede), or that only one person of
    the article can fill ("The Secretary met ..." before "Secretary of State X arrived"),
    may also look ahead."""
    earlier = [c for c in candidates if c[1] < phrase_start]
    if earlier:
        return max(earlier, key=lambda c: c[:2])[2]
    later = [c for c in candidates if c[1] > phrase_start]
    return min(later, key=lambda c: c[1])[2] if named and later else None


def _salience(referent: Referent) -> int:
    """Mentions that are not a source speaking: "Varga said" names who reports the story, and
    a spokesman quoted five times is still not what "the secretary" refers to."""
    return sum(
        1
        for m in referent.mentions
        if not (m.root.dep_ == "nsubj" and m.root.head.lemma_ in cue_words("reporting"))
    )


def _is_counterpart(phrase: Span) -> bool:
    return phrase[-1].lower_ in ("counterpart", "counterparts")
