"""How far a name runs: two halves of one place, peerages, generation suffixes, regnal
numbers, and headline words the model ran into a name. The model's span edges are often off by
a word or two.
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Span, Token

from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, indices_where, text_of
from stream.nlp.entities.matchers import (
    CONJUNCT,
    GENERATION_SUFFIXES,
    PLACE_LABELS,
    REGNAL_NUMERALS,
    TITLE_SUFFIXES,
)
from stream.nlp.entities.owners import (
    after_line_break,
    country_or_region,
    full_name_at,
    joined_to_person,
)
from stream.nlp.lexicon import alias_index, cue_words, fold, title_words


def names_joined_to_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Envoys Ada Holm and Leo Berg", "Ada Holm, Leo Berg and Ivo Marek": the model may read
    one name of a list of people as a site or a body, or pass it by. A proper name of a given
    name and a surname that the parse joins by "and" or a comma to a person's is a person too,
    unless it names a body or a place."""
    people = {word.i for ent in ents if ent.label_ == "PERSON" for word in ent}
    # Only a conjunct or the head of one has a partner: spares most words their children.
    conjoined = {i for j in indices_where(doc, DEP, CONJUNCT) for i in (j, doc[j].head.i)}
    found = [
        name
        for word in (doc[i] for i in sorted(conjoined))
        if word.i not in people
        and joined_to_person(word, people)
        and (name := full_name_at(word, ents)) is not None
    ]
    if not found:
        return ents
    taken = {i for name in found for i in _range(name)}
    return [*(ent for ent in ents if taken.isdisjoint(_range(ent))), *found]


def first_names_of_couples(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Anders and Mette Holm landed": the model often reads the lone first name before "and"
    as a common noun. A capitalised word of no entity that the parse joins to a person's full
    name printed right after "and" is a person, the first of a couple sharing the surname."""
    taken = {i for ent in ents for i in _range(ent)}
    starts = {ent.start: ent for ent in ents if ent.label_ == "PERSON" and len(ent) > 1}
    # Only a word before an "and" can be the first: found in one pass over the Doc.
    ands = indices_where(doc, LOWER, frozenset({"and"}))
    found = [
        Span(doc, word.i, word.i + 1, label="PERSON")
        for word in (doc[i - 1] for i in ands if 0 < i < len(doc) - 1)
        if word.i not in taken
        and (partner := starts.get(word.i + 2)) is not None
        and partner.root.dep_ == "conj"
        and partner.root.head.i == word.i
        and _could_be_first_name(word)
    ]
    return sorted([*ents, *found], key=lambda span: span.start) if found else ents


_APPOSITION = frozenset({"appos"})


def spouses_named_alone(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "President X and his wife, Liva, met the Pope": a spouse is often printed by a given
    name alone, which the model passes by as no entity. A capitalised word of no entity set
    off after "his wife" or "her husband" names that spouse, a person of the story."""
    taken = {i for ent in ents for i in _range(ent)}
    spouses = cue_words("spouse_noun")
    found = [
        Span(doc, word.i, word.i + 1, label="PERSON")
        for word in (doc[i] for i in indices_where(doc, DEP, _APPOSITION))
        if word.pos_ in ("PROPN", "NOUN", "ADJ")
        and word.i not in taken
        and word.head.lemma_.lower() in spouses
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in all_children(word.head))
        and not any(c.dep_ == "compound" for c in all_children(word))
        and _could_be_first_name(word)
    ]
    return sorted([*ents, *found], key=lambda span: span.start) if found else ents


def _could_be_first_name(word: Token) -> bool:
    """A capitalised word that is no title, known name, body or place."""
    if not (word.is_alpha and _capitalised(word)) or word.lower_ in title_words():
        return False
    if fold(word.text) in alias_index() or gazetteer.place(word.text) is not None:
        return False
    return word.lower_ not in cue_words("body_noun")


def place_halves_joined(ents: list[Span]) -> list[Span]:
    """The model cuts a place name printed with its accents at a word ("Hải" + "Phòng"): two
    places side by side whose joined name the gazetteer knows are that one place. Apart, a
    half can match a far-off place by a stray alternate spelling."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and _halves_of_one_place(last, ent):
            joined[-1] = Span(ent.doc, last.start, ent.end, label="GPE")
        else:
            joined.append(ent)
    starts = {ent.start for ent in joined}
    return [_with_its_untagged_half(ent, starts) for ent in joined]


def _with_its_untagged_half(ent: Span, starts: set[int]) -> Span:
    """The second half may be left outside every entity ("Cần" + "Thơ", the second word
    untagged): it is the same place when the two words name one the gazetteer knows."""
    doc = ent.doc
    if ent.end >= len(doc) or ent.end in starts:
        return ent
    half = Span(doc, ent.end, ent.end + 1, label=ent.label_)
    if not _capitalised(doc[ent.end]) or not _halves_of_one_place(ent, half):
        return ent
    return Span(doc, ent.start, half.end, label="GPE")


# Words a building's name is told after: "at Orla House", "to the Governor's House".
_BEFORE_A_BUILDING = frozenset({"at", "to", "in", "from", "the"})


def buildings_named_in_full(ents: list[Span]) -> list[Span]:
    """ "Talks at Orla House", "a lunch at the Governor's House": the model may read only the
    kind of building ("House") as a name, and the place or the owner before it apart; the two
    together are the building's name. A kind followed by more of a name ("House Speaker",
    "House of Representatives") is a chamber, not a building."""
    joined: list[Span] = []
    for ent in ents:
        start = _start_of_building_name(ent, joined[-1] if joined else None)
        if start is None:
            joined.append(ent)
            continue
        if joined and joined[-1].end > start:
            joined.pop()
        joined.append(Span(ent.doc, start, ent.end, label="FAC"))
    return joined


def _start_of_building_name(ent: Span, last: Span | None) -> int | None:
    doc = ent.doc
    if len(ent) != 1 or not ent[0].is_title or ent[0].lower_ not in cue_words("facility"):
        return None
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and (after.is_title or after.lower_ == "of"):
        return None
    if last is not None and last.end == ent.start and last.label_ in ("GPE", "LOC"):
        start = last.start  # "at Orla House": a place's name before the kind
    elif ent.start >= 2 and doc[ent.start - 1].lower_ in ("'s", "\u2019s"):
        owner = doc[ent.start - 2]  # "the Governor's House": an owner's title before it
        covered = last is not None and last.end > owner.i
        start = owner.i if owner.is_title and not covered else None
    else:
        start = None
    told_after = start is not None and start > 0 and doc[start - 1].lower_ in _BEFORE_A_BUILDING
    return start if told_after else None


# The model's labels for the owner a building is named after ("St Orla's Cathedral"): it
# reads the saint or the founder alone, as a person, a body or a site, and leaves the rest.
_OWNERS_MISREAD = frozenset({"PERSON", "ORG", "FAC"})
# How many capitalised words may stand between the possessive and the kind ("'s Grand Hall").
_WORDS_BEFORE_KIND = 3


def buildings_of_their_owner(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Talks at St Orla's Cathedral", "a lunch at the Grand Warden's Palace": a building
    named after its owner, its name running through a possessive to a kind of building. The
    model reads the owner alone and leaves the kind apart, so the event is placed at a saint or
    nowhere. A title told without a name ("the Prime Warden's official residence") owns a
    building told in small letters too; a named person's ("Lund's office") does not name one,
    nor does a country's ("Norland's Royal Palace"), which is the palace in that country."""
    possessives = indices_where(doc, LOWER, frozenset({"'s", "\u2019s"}))
    if not possessives:
        return ents
    ending_at = {ent.end: ent for ent in ents}
    labels = {i: ent.label_ for ent in ents for i in _range(ent)}
    found = [
        building
        for i in possessives
        if 0 < i < len(doc) - 1
        and (building := _building_of_owner(doc, i, ending_at, labels)) is not None
    ]
    if not found:
        return ents
    taken = {i for building in found for i in _range(building)}
    kept = [ent for ent in ents if taken.isdisjoint(_range(ent))]
    return sorted([*kept, *found], key=lambda span: span.start)


def _building_of_owner(
    doc: Doc, possessive: int, ending_at: dict[int, Span], labels: dict[int, str]
) -> Span | None:
    owner = ending_at.get(possessive)
    if owner is not None and owner.label_ not in _OWNERS_MISREAD:
        return None
    start = owner.start if owner is not None else _start_of_title(doc, possessive, labels)
    if start is None:
        return None
    end = _end_of_kind(doc, possessive + 1, small_letters=owner is None)
    if end is None:
        return None
    # "Lund's Orla Centre": a place of its own after the possessive is named apart.
    if any(labels.get(i, "FAC") != "FAC" for i in range(possessive + 1, end)):
        return None
    return Span(doc, start, end, label="FAC")


def _start_of_title(doc: Doc, possessive: int, labels: dict[int, str]) -> int | None:
    """ "The Prime Warden's": the capitalised proper nouns of no entity before the possessive."""
    start = possessive
    while start > 0 and start - 1 not in labels and _proper(doc[start - 1]):
        start -= 1
    return start if start < possessive else None


def _proper(word: Token) -> bool:
    return word.is_title and word.pos_ == "PROPN"


def _end_of_kind(doc: Doc, first: int, *, small_letters: bool) -> int | None:
    """Where the building's name ends: at a kind of building in capitals a few capitalised
    words on ("Grand Hall"), or, after a title, at one in small letters ("official
    residence")."""
    kinds = cue_words("facility")
    end = first
    while end < min(first + _WORDS_BEFORE_KIND, len(doc)) and doc[end].is_title:
        end += 1
        if doc[end - 1].lower_ in kinds:
            return end
    if not small_letters:
        return None
    word = doc[first + 1] if doc[first].pos_ == "ADJ" and first + 1 < len(doc) else doc[first]
    return word.i + 1 if word.is_lower and word.lower_ in kinds else None


# Words a name never runs on in lower case: "Ulm from Vik", "Marek in Vik" are two names.
_LINKS_TO_A_PLACE = frozenset({"from", "in", "at", "to"})
# The model's labels for such a run: "Ulm from Vik" may even come out as a title of a work,
# and "the liner Orla at Vik" as a company or a building.
_MAY_RUN_ON_TO_A_PLACE = frozenset({"GPE", "LOC", "PERSON", "WORK_OF_ART", "ORG", "FAC"})


def name_then_place(ent: Span) -> list[Span]:
    """ "Flew into Ulm from Vik", "talks with Marek in Vik" read as one place or person: the
    place the gazetteer knows after a lower-case "from", "in", "at" or "to" is one of its own,
    and the name before it keeps its label, unless it is a place too. A place the gazetteer knows
    whole is left alone."""
    if ent.label_ not in _MAY_RUN_ON_TO_A_PLACE or gazetteer.place(ent.text) is not None:
        return [ent]
    link = next((w.i for w in ent[1:-1] if w.text in _LINKS_TO_A_PLACE), None)
    if link is None or not _city_or_country(ent.doc[link + 1 : ent.end]):
        return [ent]
    before = ent.doc[ent.start : link]
    label = "GPE" if _city_or_country(before) else ent.label_
    return [Span(ent.doc, ent.start, link, label=label), Span(ent.doc, link + 1, ent.end, "GPE")]


# The model's labels for a name run on to a building: "for the Prince at Orla House", and
# "in honour of the Queen at Orla House", which it reads as the title of a work.
_MAY_RUN_ON_TO_A_BUILDING = frozenset({"ORG", "PERSON", "WORK_OF_ART"})


def name_then_building(ent: Span) -> list[Span]:
    """ "A banquet for the Prince at Orla House", "received his Cabinet at Orla House" read as
    one body or one work: a lower-case "at" never joins a name, so a title-case building after
    it (its last word a kind of building) is a site of its own. A lone word after "the" before
    it is a title told as a reference ("the Prince"), which the roles read from the parse, not a
    name."""
    if ent.label_ not in _MAY_RUN_ON_TO_A_BUILDING:
        return [ent]
    link = next((w.i for w in ent[1:-1] if w.text == "at"), None)
    if link is None:
        return [ent]
    # "at the Orla Town Hall": the article is no part of the building's name.
    building = ent.doc[link + 1 + int(ent.doc[link + 1].lower_ == "the") : ent.end]
    if len(building) < 2 or not all(word.is_title for word in building):
        return [ent]
    if building[-1].lower_ not in cue_words("facility"):
        return [ent]
    site = Span(ent.doc, building.start, building.end, label="FAC")
    before = ent.doc[ent.start : link]
    if _title_told_as_reference(before):
        return [site]
    return [Span(ent.doc, ent.start, link, label=ent.label_), site]


def couple_by_their_styles(ent: Span) -> list[Span]:
    """ "In honour of General and Madame Vell", "Mr and Mrs Vell": a couple told by the
    husband's title and the wife's style before the one surname they share, read as one name
    that is no one's. The name after the wife's style is the surname; the roles read the couple
    from it (`stream.nlp.events.pairs`)."""
    words = [word for word in ent if word.lower_ != "the"]
    if len(words) < 4 or words[1].lower_ != "and" or words[0].lower_ not in title_words():
        return [ent]
    if words[2].lower_ not in cue_words("wife_style"):
        return [ent]
    return [Span(ent.doc, words[3].i, ent.end, label="PERSON")]


def _title_told_as_reference(words: Span) -> bool:
    """ "The Queen", whether or not the model took "the" into the span: one word after "the"
    stands for a person the story has named, no name of its own."""
    doc = words.doc
    start = words.start + int(words[0].lower_ == "the")
    return words.end - start == 1 and start > 0 and doc[start - 1].lower_ == "the"


def town_then_its_country(ent: Span) -> list[Span]:
    """ "Stopping at Lusaka, Zambia" read as one site: a town the gazetteer knows, set off by a
    comma from the one or two title-case words after it, is that town and then its country
    or region, unless the gazetteer knows the whole."""
    comma = next((w.i for w in ent[1:-1] if w.text == ","), None)
    if comma is None or gazetteer.place(ent.text) is not None:
        return [ent]
    town, rest = ent.doc[ent.start : comma], ent.doc[comma + 1 : ent.end]
    known = gazetteer.place(town.text)
    if known is None or known.kind != "city" or not 1 <= len(rest) <= 2:
        return [ent]
    if not all(word.is_title for word in rest):
        return [ent]
    own = Span(ent.doc, town.start, town.end, "GPE")
    # A country the gazetteer does not know by that spelling would be a place of no country,
    # a stop of its own; it only says where the town is.
    if gazetteer.place(rest.text) is None:
        return [own]
    return [own, Span(ent.doc, rest.start, rest.end, "GPE")]


def _city_or_country(span: Span) -> bool:
    known = gazetteer.place(span.text)
    return known is not None and known.kind in ("city", "country")


def pair_of_places(span: Span) -> bool:
    """ "The Norway-Africa summit", "Zembia-Ruritania talks": two countries or regions joined
    by a dash name a relation between them, no place (the summit's own "in X" says where).
    A country of two names ("Guinea-Bissau") is one the gazetteer knows whole."""
    if span.label_ not in ("GPE", "LOC"):
        return False
    halves = re.split(r"\s*[-\u2013]\s*", span.text)
    if len(halves) != 2 or gazetteer.place(span.text) is not None:
        return False
    return all(country_or_region(half) for half in halves)


def _halves_of_one_place(first: Span, second: Span) -> bool:
    if first.end != second.start or not {first.label_, second.label_} <= PLACE_LABELS:
        return False
    if first[-1].whitespace_ != " ":
        return False
    known = gazetteer.place(first.doc[first.start : second.end].text)
    return known is not None and known.kind in ("city", "country")


def with_peers(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "He and the Duchess of Belmark toured the island": a peer told by the title alone is a
    person, whatever the model read the title or its territory as. Two peers told under one
    territory ("the Duke and Duchess of Belmark") are left alone: neither is named apart."""
    titles = (doc[i] for i in indices_where(doc, LOWER, cue_words("peerage")))
    peers = [peer for word in titles if (peer := _peer_at(word)) is not None]
    if not peers:
        return spans
    taken = {i for peer in peers for i in _range(peer)}
    return [*(span for span in spans if taken.isdisjoint(_range(span))), *peers]


def _peer_at(title: Token) -> Span | None:
    """ "Duchess of Belmark" after "the", its territory in capitalised words, no name after."""
    # The title first: it turns down almost every word without reaching for a neighbour.
    if not title.is_title or title.lower_ not in cue_words("peerage"):
        return None
    doc, start = title.doc, title.i
    if start == 0 or doc[start - 1].lower_ != "the":
        return None
    end = peerage_end(title)
    if end is None or (end < len(doc) and doc[end].text == "," and not _clause_next(doc, end)):
        return None  # "the Duke of Belmark, Prince Ado": the name set beside it is the party
    return Span(doc, start, end, label="PERSON")


def _clause_next(doc: Doc, comma: int) -> bool:
    """ "The Duke of Belmark, who escorted them", "her husband, the Duke of Belmark, flew on": a
    clause set off after a title, or the sentence going on after one set off itself, names no
    one; a name set beside the title opens with a capital."""
    return comma + 1 < len(doc) and (
        doc[comma + 1].lower_ in ("who", "whose") or doc[comma + 1].is_lower
    )


def peerage_end(title: Token) -> int | None:
    """Where "Duke of Belmark" ends: "of", then its territory in capitalised words."""
    doc, start = title.doc, title.i
    if start + 2 >= len(doc) or doc[start + 1].lower_ != "of":
        return None
    end = start + 2
    while end < len(doc) and end - start < MAX_PLACE_WORDS + 2 and doc[end].is_title:
        end += 1
    return end if end > start + 2 else None


def headline_names_cut(spans: list[Span]) -> list[Span]:
    """ "Okoro Tells Harbour Square Crowd ...", "Mendes Visits Disputed Island": in a title-case
    headline every word is capitalised, so the model runs a name on into its verb and object.
    The story tells the same people again in sentence case: a headline name ends at the first
    word after a told one that no name in the story has."""
    people = [span for span in spans if span.label_ == "PERSON"]
    if not people:
        return spans
    text = text_of(people[0].doc)
    headlines = [span for span in people if on_headline(span, text)]
    if not headlines:
        return spans
    told = {word.lower_ for span in people if span not in headlines for word in span}
    cut: dict[int, Span] = {}
    for span in headlines:
        start = _past_headline_verbs(span, told)
        end = next(
            (
                word.i
                for word in span.doc[start + 1 : span.end]
                if word.lower_ not in told
                and any(earlier.lower_ in told for earlier in span.doc[start : word.i])
            ),
            span.end,
        )
        if (start, end) != (span.start, span.end):
            cut[span.start] = Span(span.doc, start, end, label="PERSON")
    return [cut.get(span.start, span) if span.label_ == "PERSON" else span for span in spans]


def _past_headline_verbs(span: Span, told: set[str]) -> int:
    """ "Lind Lands in Vadum, Meets Renn": a headline's verb, capitalised and in its "-s"
    form, may open the name the model reads after it. Where the name starts past such words,
    which no name in the story has, when a word the story names someone by follows them."""
    start = span.start
    while (
        start < span.end - 1
        and span.doc[start].lower_ not in told
        and span.doc[start].lower_.endswith("s")
    ):
        start += 1
    return start if span.doc[start].lower_ in told else span.start


def on_headline(span: Span, text: str) -> bool:
    """Whether a span stands on a line of the Doc's text set in title case or capitals: a
    headline or a slug."""
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = [word for word in re.findall(r"[^\W\d_]+", line) if len(word) > 3]
    # "Ivo Marek Returns Home after Talks in Lima": title case leaves its small words in
    # lower case, some of them longer than three letters.
    vocab = span.doc.vocab
    words = [word for word in words if not (word.islower() and vocab[word].is_stop)]
    return len(words) >= 3 and all(word[0].isupper() for word in words)


def after_compound_title(doc: Doc, start: int) -> int:
    """Where the name begins after the rest of a joined title: "Secretary-General X",
    "President-elect X"."""
    joined = start + 1 < len(doc) and doc[start].text == "-"
    rest = doc[start + 1].lower_ if joined else ""
    return start + 2 if rest in title_words() or rest in TITLE_SUFFIXES else start


# The longest run of unlabelled proper nouns read as one place name: "Bandar Seri Begawan".
MAX_PLACE_WORDS = 4


def extend_name(ent: Span) -> Span:
    """Extend a name the model cut short: across intra-word hyphens (PERSON `Ri Yong-` ->
    `Ri Yong-chol`) and, for people, across particles (`Greta von` -> `Greta von der Aue`)."""
    doc, end = ent.doc, ent.end
    while end < len(doc):
        last = doc[end - 1]
        if last.text == "-" and not last.whitespace_ and doc[end].is_alpha:
            end += 1
        elif (
            not last.whitespace_
            and end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end].whitespace_
            and doc[end + 1].is_alpha
        ):
            end += 2
        elif ent.label_ == "PERSON" and _name_goes_on(last, doc[end]):
            end += 1
        elif ent.label_ == "PERSON" and (particles := _particles_then_name(doc, end)):
            end += particles
        elif ent.label_ == "PERSON" and _particle_then_name(last, doc[end]):
            end += 1
        elif ent.label_ == "PERSON" and (suffix := _generation_suffix(doc, end)):
            end += suffix
        elif ent.label_ == "PERSON" and _regnal_number(doc[end]):
            end += 1
        else:
            break
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def _name_goes_on(last: Token, word: Token) -> bool:
    """The parse joins the next word into the name the model cut short: "Dao Quang" + "Khoa",
    "Idrissa Bakary" + "Diallo-Keita" (the model reads a hyphenated surname as an ORG),
    "Talia Sefo" + "Lua'ilo" (capitalised, though not title-case past its apostrophe)."""
    return (
        last.dep_ == "compound"
        and last.head.i >= word.i
        and _capitalised(word)
        and word.tag_ == "NNP"
        and (word.ent_type_ in ("", "PERSON", "ORG") or _unknown_place(word))
        and word.lower_ not in title_words()
        and not after_line_break(word)
    )


def _unknown_place(word: Token) -> bool:
    """A surname the model read as a place ("Paulo Mendes" + GPE "Carvalhal"): a GPE
    word the gazetteer does not know."""
    return word.ent_type_ == "GPE" and gazetteer.place(word.text) is None


def _generation_suffix(doc: Doc, start: int) -> int:
    """How many tokens ", Jr." or "Sr." add after a name."""
    comma = int(start < len(doc) and doc[start].text == ",")
    word = doc[start + comma] if start + comma < len(doc) else None
    return comma + 1 if word is not None and word.lower_ in GENERATION_SUFFIXES else 0


def _particles_then_name(doc: Doc, start: int) -> int:
    """How many tokens "von der Aue" adds after a name: particles, then a capitalised word."""
    end = start
    while end < len(doc) and doc[end].text in cue_words("name_particle"):
        end += 1
        # "al-Thani", "el-Sayed": a particle joined to the name by a hyphen.
        joined = end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
        end += int(joined and not doc[end].whitespace_)
    has_name = end > start and end < len(doc) and doc[end].is_title
    return end - start + 1 if has_name else 0


def _particle_then_name(last: Token, word: Token) -> bool:
    """ "Kiprono arap" + "Tanui": a name the model cut short right after its particle goes on
    to the capitalised word that follows."""
    return last.text in cue_words("name_particle") and word.is_title and not word.is_sent_start


def _regnal_number(word: Token) -> bool:
    """ "King Haakon VII", "Rama X": a monarch's number the model left out of the name. A
    lone "I" is more often the pronoun than a first of the name."""
    numeral = word.is_upper and set(word.text) <= REGNAL_NUMERALS and word.text != "I"
    return numeral and not after_line_break(word)


def _range(span: Span) -> range:
    return range(span.start, span.end)


def _capitalised(word: Token) -> bool:
    """ "Moen", and "McAlister" or "DeLuca", which `is_title` refuses."""
    return word.text[:1].isupper() and not word.is_upper
