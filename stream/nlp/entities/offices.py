"""Offices and titles of people: which office a word names, its country ("the Kenyan
President"), and the counterpart title a host holds. Mutual recursion between `title_of` and
`_counterpart_title` stays here.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Span, Token

from stream.nlp import gazetteer
from stream.nlp.doctext import kept_answers, words_of
from stream.nlp.entities.families import Title
from stream.nlp.entities.matchers import (
    COUNTERPART_OWNERS,
    COUNTERPART_WORDS,
    LEADER_OFFICES,
    MAX_TITLE_WORDS,
    NATIONALITY_LABELS,
    OFFICE_LINKS,
)
from stream.nlp.entities.office_names import heads_a_state, office_of
from stream.nlp.entities.owners import entity_span
from stream.nlp.entities.repair import joins_ranks
from stream.nlp.entities.table import kind_of_place_only, office_set_off
from stream.nlp.lexicon import (
    cue_words,
    fold,
    honorific_words,
    office_styles,
    rank_words,
    role_words,
    title_lists,
    title_words,
)


def holds_like_office(name: Span, office: Title) -> bool:
    held = title_of(name)
    return held is not None and (held.fits(office) or office.fits(held))


def listed_bare(office: Token) -> bool:
    """ "President, Lund sign pact": a bare office opening a headline, then a comma, is the
    first of the parties it lists, not set off before the name of its holder, which a
    determiner or an owner would introduce ("the President, X", "Togo's president, X")."""
    return bool(office.is_sent_start)


def _title_words(phrase: Span) -> frozenset[str]:
    office = _styled_office(phrase)
    if office is not None:
        return frozenset({office})
    words = frozenset(token.lower_ for token in phrase if token.lower_ in title_words())
    # "The head of state" names no office word of its own: it is the country's leader.
    if heads_a_state(phrase):
        words = words - {"head", *LEADER_OFFICES} | {"leader"}
    return office_named(words)


def _styled_office(phrase: Span) -> str | None:
    """The office a style names: "the heir to the Lorvian throne" names an heir."""
    words = [t.lower_ for t in phrase if t.ent_type_ not in NATIONALITY_LABELS]
    return _styles_without_articles().get(_without_articles(words))


@cache
def _styles_without_articles() -> dict[str, str]:
    """The office each style names, the style keyed without its articles: built once, not
    once a title read."""
    return {_without_articles(style.split()): office for style, office in office_styles().items()}


def _without_articles(words: Iterable[str]) -> str:
    return " ".join(word for word in words if word != "the")


def office_named(words: frozenset[str]) -> frozenset[str]:
    """An office by its one name among several."""
    # "The Slovene premier" is Slovene Prime Minister X: one office, two names.
    if not words.isdisjoint(cue_words("prime_minister")):
        words = words - cue_words("prime_minister") | {"prime", "minister"}
    # "The Angolan statesman" is the country's leader, whatever office X holds.
    if not words.isdisjoint(cue_words("leader_noun")):
        words = words - cue_words("leader_noun") | {"leader"}
    # "The Pontiff" is the Pope told by another name.
    if not words.isdisjoint(title_lists()["title.pope"]):
        words = words - title_lists()["title.pope"] | {"pope"}
    return words


def title_of(span: Span) -> Title | None:
    """The office printed before a name: "Russia's Foreign Minister X", "U.S. Secretary of
    State X", "Assistant Secretary of Defense for International Security Affairs X", "Togo's
    president, X"."""
    # Asked of a name 2.6 times a reading on average: titles, label votes, counterparts.
    kept = kept_answers(span.doc, "title_of")
    if kept is None:
        return _title_of(span)
    key = (span.start, span.end)
    if key not in kept:
        kept[key] = _title_of(span)
    return kept[key]


def _title_of(span: Span) -> Title | None:
    doc, end = span.doc, span.start
    words = words_of(doc)
    # "Qatar's emir, Sheikh X", "the army chief, Lt-Gen X": a form of address is no office.
    while end > 0 and (words[end - 1].lower_ in honorific_words() or joins_ranks(words[end - 1])):
        end -= 1
    counterpart = _counterpart_title(doc, end)
    if counterpart is not None:
        return counterpart
    # "Norway's defence minister, Eirik Dahl": the office set off by a comma.
    set_off_office = end >= 2 and words[end - 1].text == "," and _office_ends_at(words[end - 2])
    if set_off_office and not listed_bare(words[end - 2]):
        end -= 1
    # "Norway's minister of state for trade, Eirik Dahl": an office with its own phrase.
    set_off = office_set_off(doc, span.start) if end >= 2 and words[end - 1].text == "," else None
    end = set_off.i + 1 if set_off is not None else end
    # "Prime Minister of the Republic of Estonia X": the office, then its country.
    office = office_of(words[end - 1]) if end > 0 and words[end - 1].ent_type_ == "GPE" else None
    country = country_of(words[end - 1]) if office is not None else None
    end = office.i + 1 if office is not None else end
    start = end
    while start > 0 and end - start < MAX_TITLE_WORDS and _in_office(doc[start - 1]):
        start -= 1
        if doc[start].tag_ == "POS" or (
            _is_nationality(doc[start]) and not _served_country(doc[start])
        ):
            break
    words = _title_words(doc[start:end]) - _spaced_dashes(doc[start:end])
    # "former Lorvian premier X": a rank before the country is still the office's own, and
    # one no longer held is not the office a bare "the premier" means; nor is one told as
    # held "then", in background ("talks with then President X").
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in rank_words():
        words |= {before}
    elif before == "then":
        words |= {"former"}
    # "General X": a rank names an office a later "the General" stands for.
    if words.isdisjoint(role_words() | title_lists()["title.military_rank"]):
        return title_after(span)
    body = any(word.ent_type_ == "ORG" for word in doc[start:end])
    country = country or _nationality(doc[start:end]) or _state_after_name(span)
    return Title(country, words, of_body=body)


def office_joined_before(span: Span) -> Title | None:
    """ "Crown Prince and Prime Minister X", "Deputy Premier and Trade Minister X": two offices
    joined before one name are both the name's. `title_of` reads the one next to the name;
    this is the one before the "and", so that a later bare "the Crown Prince" is X. Only
    offices of title words count: "President A and Prime Minister B" lists two people."""
    doc, end = span.doc, span.start
    while end > 0 and doc[end - 1].lower_ in honorific_words():
        end -= 1
    second = _office_words_ending_at(doc, end)
    joined = second - 1
    if second == end or joined < 1 or doc[joined].lower_ != "and":
        return None
    first = _office_words_ending_at(doc, joined)
    office = doc[first:joined]
    if not len(office) or not all(_printed_office_word(word) for word in office):
        return None
    if first > 0 and (doc[first - 1].pos_ == "DET" or doc[first - 1].text == ","):
        # "The Queen and Prince X", "the President and First Lady Y": an office with its
        # article is a person of its own, told beside the name; "A, Grand Mufti and Pope Y"
        # one more of a list.
        return None
    words = _title_words(office)
    later = _title_words(doc[second:end])
    if words.isdisjoint(role_words()) or later.isdisjoint(role_words()):
        return None
    if not _alike_in_sex(words, later):
        return None
    # "Ruritania's Crown Prince and Prime Minister X", listed among a summit's guests: a bare
    # "the Crown Prince" is more likely the story's own, printed otherwise, than this one.
    return Title(None, words) if _nationality(office) is None else None


def _alike_in_sex(office: frozenset[str], other: frozenset[str]) -> bool:
    """ "Queen and Prince X" are two people: one holder's offices never tell two sexes."""
    female, male = cue_words("female_office"), cue_words("male_office")
    told = office | other
    return told.isdisjoint(female) or told.isdisjoint(male)


def _office_words_ending_at(doc: Doc, end: int) -> int:
    """Where the run of office words ending before `end` starts."""
    start = end
    while start > 0 and end - start < MAX_TITLE_WORDS and _in_office(doc[start - 1]):
        start -= 1
    return start


def _printed_office_word(word: Token) -> bool:
    """A word of an office as printed, never of a name: "Lorvian", "Crown", "of"."""
    if word.ent_type_ == "PERSON":
        return False
    return word.lower_ in title_words() | OFFICE_LINKS or word.ent_type_ in NATIONALITY_LABELS


def _state_after_name(name: Span) -> str | None:
    """ "President Arno Vell of Lorvia": the state set right after a titled name is the one
    its office serves, so that a later "the Lorvian leader" is Vell and not a host printed
    with a bare office. A city ("Mayor X of Kell") serves no state."""
    doc, at = name.doc, name.end
    if at + 1 >= len(doc) or doc[at].lower_ != "of":
        return None
    at += 1
    # "of the Lorvia", "of revolutionary Lorvia": an article, or a word in small letters
    # describing the state, may stand before its name ("of meddling in Lorvia" is no office's).
    while at < min(name.end + 3, len(doc) - 1) and _describes_the_state(doc[at]):
        at += 1
    if at >= len(doc) or doc[at].ent_type_ != "GPE":
        return None
    served = entity_span(doc[at])
    where = gazetteer.place(served.text) if served is not None else None
    return fold(where.name) if where is not None and where.kind == "country" else None


def _describes_the_state(word: Token) -> bool:
    if word.lower_ == "the":
        return True
    return word.is_lower and word.head.i > word.i and word.head.ent_type_ == "GPE"


def title_after(span: Span) -> Title | None:
    """ "Arno Vell, president of the Republic of Ruritania, arrived": the office told after
    the name, with the country it serves (a company's president serves no country)."""
    doc, start = span.doc, span.end + 1
    if start >= len(doc) or doc[start - 1].text != ",":
        return None
    relative = _office_in_relative(doc, start)
    if relative is not None:
        return relative
    end = _title_words_from(doc, start)
    words = _title_words(doc[start:end])
    # "Arno Vell, Prime Minister and Foreign Minister of Ruritania": two offices joined
    # before the country serve it both; the one next to the name is the office read, as
    # `title_of` reads the one next to it before a name.
    if end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].lower_ in title_words():
        end = _title_words_from(doc, end + 1)
    if words.isdisjoint(role_words()) or end >= len(doc) or doc[end].lower_ != "of":
        return None
    served = next((w for w in doc[end + 1 : end + 4] if w.ent_type_ == "GPE"), None)
    return Title(country_of(served), words) if served is not None else None


def _title_words_from(doc: Doc, start: int) -> int:
    """Where the run of title words starting at `start` ends."""
    end = start
    while end < len(doc) and end - start < MAX_TITLE_WORDS and doc[end].lower_ in title_words():
        end += 1
    return end


# Words between "who is" and an office told of a name: "who is also", "who is now".
RELATIVE_ADVERBS = frozenset({"also", "now", "currently"})


def _office_in_relative(doc: Doc, start: int) -> Title | None:
    """ "Arno Vell, who is also Lorvia's minister of trade, arrived": an office told in a
    relative clause on the name is the name's, with the country that owns it, so a later "the
    Lorvian minister" is Vell and not a minister of the host printed with no country."""
    at = start
    if at + 2 >= len(doc) or doc[at].lower_ != "who" or doc[at + 1].lemma_ != "be":
        return None
    at += 2 + int(doc[at + 2].lower_ in RELATIVE_ADVERBS)
    at += int(at < len(doc) and doc[at].lower_ == "the")
    owner = entity_span(doc[at]) if at < len(doc) else None
    if owner is not None and owner.end < len(doc) and doc[owner.end].tag_ == "POS":
        at = owner.end + 1  # the owner is read by `_nationality` through the possessive
    end = at
    while end < len(doc) and end - at < MAX_TITLE_WORDS and relative_office_word(doc[end]):
        end += 1
    words = _title_words(doc[at:end])
    if end == at or words.isdisjoint(role_words()):
        return None
    return Title(_nationality(doc[at:end]), words)


def relative_office_word(word: Token) -> bool:
    return word.lower_ in title_words() or _is_nationality(word)


def _counterpart_title(doc: Doc, end: int) -> Title | None:
    """ "Prime Minister X received his Thai counterpart(,) Y": Y holds the office of the
    person the pronoun stands for (the last one named before it in the sentence), for the
    country the phrase names."""
    last = end - 1 - int(end > 0 and doc[end - 1].text == ",")
    if last < 2 or doc[last].lower_ not in COUNTERPART_WORDS:
        return None
    start = last
    while start > 0 and _is_nationality(doc[start - 1]):
        start -= 1
    country = _nationality(doc[start:last]) if start < last else None
    if country is None or doc[start - 1].lower_ not in COUNTERPART_OWNERS:
        return None
    floor = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    host = next(
        (doc[i] for i in range(start - 2, floor - 1, -1) if doc[i].ent_type_ == "PERSON"), None
    )
    office = title_of(entity_span(host)) if host is not None else None  # type: ignore[arg-type]
    return Title(country, office.words, by_likeness=True) if office is not None else None


def _is_nationality(word: Token) -> bool:
    return word.ent_type_ in NATIONALITY_LABELS or _demonym_country(word) is not None


def _demonym_country(word: Token) -> str | None:
    """The folded country a demonym names, whatever label the model gave it ("Latvian" read
    as an organisation)."""
    if word.ent_type_ == "PERSON" or not word.is_alpha:
        return None
    where = gazetteer.country_of_demonym(word.text)
    return fold(where.name) if where is not None else None


def _office_ends_at(word: Token) -> bool:
    """Whether an office ends at this word: "the defence minister" or "the Vice-President of
    Peru", "the Head of State", "the Governor-General" (a role joined to a title word)."""
    doc = word.doc
    head_of_state = word.i >= 2 and heads_a_state(doc[word.i - 2 : word.i + 1])
    hyphened = (
        word.i >= 2
        and word.lower_ in title_words()
        and doc[word.i - 1].text == "-"
        and doc[word.i - 2].lower_ in role_words()
    )
    return word.lower_ in role_words() or _served_country(word) or head_of_state or hyphened


def _served_country(word: Token) -> bool:
    """Whether a country or body comes after its office: "President of Peru", "Minister of
    Foreign Affairs", not "Peru's"."""
    served = entity_span(word)
    if served is None:
        return False
    # "President of the Republic of Lorvia": the country's long form takes an article.
    link = served.start - 1 - int(served.start > 0 and word.doc[served.start - 1].lower_ == "the")
    if link < 1:
        return False
    office = word.doc[link - 1]
    return word.doc[link].lower_ in OFFICE_LINKS and office.lower_ in role_words()


def _spaced_dashes(phrase: Span) -> frozenset[str]:
    """ "KELL (XNA) - Foreign Minister X": a dash set off by spaces (a dateline's) joins no
    office words, so it is no word of the office; only "Minister-President" prints one."""
    joined = any(
        word.text == "-"
        and word.i > 0
        and not word.doc[word.i - 1].whitespace_
        and not word.whitespace_
        for word in phrase
    )
    return frozenset() if joined else frozenset({"-"})


def _in_office(word: Token) -> bool:
    if word.lower_ in title_words() or word.ent_type_ in (*NATIONALITY_LABELS, "ORG"):
        return True
    # "LORVIAN Prime Minister X" opening a lede in capitals: a demonym the model left
    # unlabelled still names the office's country.
    if _demonym_country(word) is not None:
        return True
    if word.text == "-":  # "Vice-President X": the hyphen joins two words of one office
        return word.i > 0 and word.doc[word.i - 1].lower_ in title_words()
    if word.lower_ in OFFICE_LINKS:
        return word.i > 0 and word.doc[word.i - 1].is_title
    # "Minister of Foreign Affairs X": a portfolio's plural is part of the office.
    return word.is_title and word.tag_ in ("NNP", "NNPS") and not word.is_sent_start


def _nationality(phrase: Span) -> str | None:
    doc = phrase.doc
    possessive = phrase.start >= 2 and doc[phrase.start - 1].tag_ == "POS"
    owner = [doc[phrase.start - 2]] if possessive else []
    for token in owner + list(phrase):
        if token.ent_type_ in NATIONALITY_LABELS:
            country = country_of(token)
            if country is not None:
                return country
            continue
        demonym = _demonym_country(token)
        if demonym is not None:
            return demonym
    return None


def country_of(token: Token) -> str | None:
    """The folded country a NORP or GPE token names: "Russian" and "Russia's" -> "russia".
    "The President of the Republic, X": a lone word for a kind of state stands in for a
    country the story names, and names none itself; read as one, "the Lorvian President"
    would be nobody, X being printed as another country's."""
    ent = entity_span(token) or token.doc[token.i : token.i + 1]
    if kind_of_place_only(ent):
        return None
    if ent.label_ == "NORP":
        where = gazetteer.country_of_demonym(ent.text) or gazetteer.place(ent.text)
    else:
        where = gazetteer.place(ent.text)
    return fold(where.name) if where is not None else fold(ent.text)
