"""The entity repair pass (`repaired_entities`), run inside the pipeline, with the office,
style and venue rules it applies last. The other entity modules feed it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from stream.nlp import gazetteer
from stream.nlp.dates import MONTHS, WEEKDAYS
from stream.nlp.doctext import all_children
from stream.nlp.entities.extents import (
    buildings_named_in_full,
    buildings_of_their_owner,
    couple_by_their_styles,
    extend_name,
    first_names_of_couples,
    headline_names_cut,
    name_then_building,
    name_then_place,
    names_joined_to_people,
    pair_of_places,
    place_halves_joined,
    spouses_named_alone,
    town_then_its_country,
    with_peers,
)
from stream.nlp.entities.matchers import (
    LEADER_OFFICE_WORDS,
    LEADER_OFFICES,
    NAMED_SITES,
    OFFICE_LINKS,
    PERSON_MISREADINGS,
    PLACE_LABELS,
    TITLE_SUFFIXES,
    countries_named_with_and,
)
from stream.nlp.entities.office_names import (
    _titled_names,
    date_then_name,
    heads_a_state,
    names_after_office_of,
    office_object_then_name,
    place_then_name,
    place_with_name,
    source_then_name,
    style_phrase_at,
    style_phrase_end,
)
from stream.nlp.entities.owners import (
    after_line_break,
    bare_name_word,
    names_a_body,
    non_overlapping,
    people_owned_by_countries,
    style_of_a_woman,
    title_word,
)
from stream.nlp.entities.sites import (
    _label,
    after_a_title,
    names_told_again,
    places_read_as_people,
    site_and_city,
)
from stream.nlp.entities.unlabelled import (
    body_then_place,
    inside_any,
    name_goes_past,
    office_word,
    person_and_body,
    person_extended_left,
    person_words,
    regnal_name,
    regnal_person,
    surnames_as_people,
    surnames_left_unlabelled,
    titled_person,
    two_people_paired,
    unlabelled_places,
)
from stream.nlp.lexicon import (
    AliasEntry,
    alias_index,
    cue_words,
    fold,
    honorific_words,
    office_styles,
    role_words,
    title_words,
)


def repaired_entities(
    doc: Doc, known: Sequence[tuple[Span, AliasEntry]], sites: Sequence[Span]
) -> list[Span]:
    """The model's entities with their slips fixed, plus the outlets, names and sites it missed.

    Outlets from the alias table win over whatever the model said ("Yonhap" as NORP), and so
    do known names the model cut up ("Ryu Chol" + "Min"); a known name inside a longer
    entity ("US" in "US Senate") only fills a gap.
    """
    named = (
        extend_name(
            person_extended_left(titled_person(_person_by_role(_division(regnal_person(ent)))))
        )
        for ent in doc.ents
    )
    split = (part for ent in named for part in date_then_name(ent))
    split = (part for ent in split for part in place_then_name(ent))
    split = [part for ent in split for part in office_object_then_name(ent)]
    split = [part for ent in split for part in place_with_name(ent)]
    split = [part for ent in split for part in name_then_place(ent)]
    split = [part for ent in split for part in name_then_building(ent)]
    split = [part for ent in split for part in town_then_its_country(ent)]
    split = [part for ent in split for part in source_then_name(ent)]
    split = [part for ent in split for part in couple_by_their_styles(ent)]
    named_people = person_words(split)
    sited = (
        _site_named_after_its_kind(_site_named_before_its_kind(span, named_people), named_people)
        for span in map(_trim, map(_verb_cut_off, split))
        if span
    )
    trimmed = [
        _named_street(
            _with_its_kind(
                _venue_named_in_full(
                    _place_and_its_building(_site_read_as_person(_ship_named(span)))
                )
            )
        )
        for span in sited
    ]
    fixed = [part for span in trimmed for part in site_and_city(span)]
    # "Sheikh Tamim" known inside "the Emir Sheikh Tamim bin Hamad": the style trimmed off the
    # model's name leaves the known form half outside it, but it names no one else.
    whole = [*fixed, *(span for span in split if span.label_ == "PERSON")]
    first = [
        span
        for span, entry in known
        if entry.outlet or not (inside_any(span, whole) or name_goes_past(span, whole))
    ]
    chosen = non_overlapping([], first)
    people = person_words(fixed)
    fixed = [part for span in fixed for part in body_then_place(span)]
    fixed = [part for span in fixed for part in person_and_body(span, people)]
    fixed = [
        span
        for span in fixed
        if not two_people_paired(span, people)
        and not _an_office(span)
        and not _offices_joined(span)
    ]
    relabelled = [Span(doc, span.start, span.end, label=_label(span, people)) for span in fixed]
    chosen = non_overlapping(chosen, relabelled)
    chosen = non_overlapping(chosen, unlabelled_places(doc, people))
    chosen = non_overlapping(chosen, [Span(doc, s.start, s.end, label="FAC") for s in sites])
    chosen = non_overlapping(chosen, [*_titled_names(doc), *names_after_office_of(doc)])
    chosen = non_overlapping(chosen, names_told_again(doc, chosen))
    chosen = non_overlapping(chosen, surnames_left_unlabelled(doc, chosen))
    chosen = with_peers(doc, chosen)
    chosen = names_joined_to_people(doc, chosen)
    chosen = spouses_named_alone(doc, first_names_of_couples(doc, chosen))
    chosen = people_owned_by_countries(doc, chosen)
    chosen = places_read_as_people(chosen, person_words(chosen))
    final = sorted(headline_names_cut(surnames_as_people(chosen)), key=lambda span: span.start)
    final = buildings_named_in_full(place_halves_joined(final))
    final = countries_named_with_and(doc, buildings_of_their_owner(doc, final))
    return [_quoted_title(span) for span in final if not pair_of_places(span)]


def _quoted_title(ent: Span) -> Span:
    """ "The 'Welcome Tolu' rally": a name in quotation marks before a common noun is the title
    of an occasion, though the model reads the person it is named after."""
    doc = ent.doc
    start = ent.start + 1 if doc[ent.start].is_quote else ent.start
    end = ent.end - 1 if doc[ent.end - 1].is_quote else ent.end
    opened = doc[start - 1].is_quote if start > 0 else False
    closed = end < len(doc) and doc[end].is_quote
    if end <= start or not (opened and closed) or end + 1 >= len(doc):
        return ent
    if doc[end + 1].pos_ != "NOUN":
        return ent
    return Span(doc, start, end, label="EVENT")


def _division(ent: Span) -> Span:
    """ "Vell District", "Orlo County": a name ending in a word for a division of a
    country is a place, though the model reads it as an organisation."""
    if ent.label_ != "ORG":  # before the words: a Token for each costs more than the test
        return ent
    words = [word for word in ent if not word.is_punct]
    if len(words) < 2 or not all(w.is_title for w in words):
        return ent
    if words[-1].lower_ not in cue_words("division") or names_a_body(ent):
        return ent
    return Span(ent.doc, ent.start, ent.end, label="GPE")


def _person_by_role(ent: Span) -> Span:
    """A name read as an organisation, a place or a thing but told as someone's role: "his
    Argentine counterpart, Tomás Ortega" and "Foreign Minister Brekke" are people, and so is
    the name after "a courtesy visit to President", where the model expects a destination."""
    if ent.label_ not in PERSON_MISREADINGS or not _capitalised_name(ent):
        return ent
    if fold(ent.text) in alias_index() or names_a_body(ent):
        return ent
    root = ent.root
    people = role_words() | cue_words("person_noun")
    # A known place or people told with an office is the office's: "President Ghana", "the
    # Zembian Foreign Minister, Ivo Lind" ("Zembian" is no name).
    placed = ent.label_ != "ORG" and _a_place_or_people(ent.text)
    # The office may be set off before the name ("the Prime Minister, X,") or after it ("X,
    # then Chairman of the Council,"); after a place it is a misparse ("in Vadum Hall, the
    # Minister, X,").
    office_after = ent.label_ not in PLACE_LABELS and any(
        c.dep_ == "appos" and c.lemma_.lower() in people for c in all_children(root)
    )
    # "His wife, Ana," whatever the model read her as.
    spouse = cue_words("spouse_noun")
    office_before = root.dep_ == "appos" and root.head.lemma_.lower() in people | spouse
    apposed = not placed and (office_before or office_after)
    titled = after_a_title(ent) or _given_names_after_joined_title(ent)
    titled = titled and not placed and (ent.label_ in ("ORG", "GPE") or _titled_as_one(ent))
    if apposed or titled:
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return _apposed_name_run_on(ent, people) or ent


def _titled_as_one(ent: Span) -> bool:
    """ "Premier Lind", not "the three Senate Liberals" or "the first Socialist": a
    capitalised title before one name, where the model read a people or a thing."""
    before = ent.doc[ent.start - 1]
    return before.is_title and not any(word.tag_ in ("NNPS", "NNS") for word in ent)


def _a_place_or_people(name: str) -> bool:
    return gazetteer.place(name) is not None or gazetteer.country_of_demonym(name) is not None


def _capitalised_name(ent: Span) -> bool:
    """Capitalised words, with the particles a name holds between them ("Ana Correia e
    Silva", "Ivo de Lind")."""
    particles = cue_words("name_particle")
    words = [word for word in ent if word.is_alpha]
    return bool(words) and all(
        word.is_title or (0 < at < len(words) - 1 and word.text in particles)
        for at, word in enumerate(words)
    )


def _apposed_name_run_on(ent: Span, people: frozenset[str]) -> Span | None:
    """ "the Maharaja, Vikram Tavi Orlo II,": the model may label only the first words of a
    name set off after a title, as a place or a body, and leave the rest unlabelled. The words
    running on from it to the head of the apposition are one name: the title's holder."""
    name = ent.root
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    office = name.head
    if name.dep_ != "appos" or name.i < ent.end or office.i >= ent.start:
        return None
    if office.lemma_.lower() not in people:
        return None
    rest = list(ent.doc[ent.end : name.i + 1])
    if any(word.ent_type_ for word in rest):
        return None
    words = [*ent, *rest]
    named = all(word.is_title and word.lower_ not in title_words() for word in words)
    if not (named or regnal_name(words)):
        return None
    return Span(ent.doc, ent.start, name.i + 1, label="PERSON")


# The given names a joined title may leave unlabelled before a surname the model reads apart.
MAX_GIVEN_NAMES = 2


def _given_names_after_joined_title(ent: Span) -> bool:
    """ "Minister-designate Ana Vell Orrego": after a title joined by a hyphen the model may
    read the name as a body, or leave the given names unlabelled and read the surnames alone
    as a place. A name told right after "-designate" or "-elect" is a person's; given names
    left out join it later."""
    doc, start = ent.doc, ent.start
    while ent.start - start < MAX_GIVEN_NAMES and start > 0 and bare_name_word(doc[start - 1]):
        start -= 1
    if start < 3 or doc[start - 1].lower_ not in TITLE_SUFFIXES:
        return False
    hyphen = doc[start - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not doc[start - 3].whitespace_


def _an_office(ent: Span) -> bool:
    """An office or its portfolio read as an organisation: "Minister of Maritime Affairs",
    or "Maritime Affairs" alone in "the Minister of Maritime Affairs, Ivo Marek". The office
    names its holder; the portfolio names no body ("Ministry", "Council" would)."""
    if ent.label_ != "ORG" or fold(ent.text) in alias_index() or names_a_body(ent):
        return False
    doc, start = ent.doc, ent.start
    words = [word for word in ent if word.lower_ != "the"]
    if len(words) > 2 and words[1].lower_ in OFFICE_LINKS and office_word(words[0]):
        start = words[2].i
    elif not (start > 1 and doc[start - 1].lower_ in OFFICE_LINKS and office_word(doc[start - 2])):
        return False
    portfolio = doc[start : ent.end]
    return all(word.is_title or word.lower_ in ("and", "&") for word in portfolio) and not any(
        word.is_upper and len(word) > 1 for word in portfolio
    )


def _offices_joined(ent: Span) -> bool:
    """ "The Queen and the Duke of Kell landed": two offices joined by "and", read as the
    title of a work or a body, each stand for a holder of their own."""
    if ent.label_ == "PERSON":
        return False
    offices = role_words() | cue_words("peerage")
    words = [word for word in ent if word.lower_ != "the"]
    return any(
        word.lower_ in ("and", "&")
        and 0 < at < len(words) - 1
        and all(w.is_title and w.lower_ in offices for w in (words[at - 1], words[at + 1]))
        for at, word in enumerate(words)
    )


def _verb_cut_off(ent: Span) -> Span:
    """ "Is expected to meet Mr X" read as an organisation "meet Mr X": a verb in small letters
    is no part of a name; what follows it is a person when a form of address opens it."""
    first = ent[0]
    if len(ent) < 2 or not first.is_lower or first.pos_ != "VERB":
        return ent
    styles = cue_words("male_style") | cue_words("female_style")
    label = "PERSON" if ent[1].lower_ in styles else ent.label_
    return Span(ent.doc, ent.start + 1, ent.end, label=label)


def _trim(ent: Span) -> Span | None:
    """Drop a leading article, a person's titles and a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    person = ent.label_ == "PERSON"
    # "on a Middle East tour": the model may take the article into the name.
    while start < end - 1:
        style = style_phrase_at(doc, start, end) if person else 0
        if style:
            start += style
        elif (
            person
            and end - start > LEADER_OFFICE_WORDS
            and heads_a_state(doc[start : start + LEADER_OFFICE_WORDS])
        ):
            start += LEADER_OFFICE_WORDS
        elif person and doc[start].lower_ in cue_words("sequel_adverb"):
            # "Afterwards Marek hosted": the model may take the adverb that opens the
            # sentence into the name it is printed before.
            start += 1
        elif (doc[start].lower_ in ("the", "a", "an") and not _period_named_by_article(ent)) or (
            person
            and (title_word(doc[start]) or joins_ranks(doc[start]) or style_of_a_woman(doc[start]))
            and not _hyphened_name(doc[start])
        ):
            start += 1
        else:
            break
    # "Ruler of Dubai HH Sheikh X": a style before a name the model glued to what precedes.
    while end - start > 1 and _style_before_name(doc[end - 1]):
        end -= 1
    start, label = _name_past_place_and_office(ent, start, end)
    # One pass over the words after the first: the name ends at the first word it stops at.
    end = next((t.i for t in doc[start + 1 : end] if _name_stops_at(t, start, person)), end)
    if ent.label_ in NAMED_SITES:
        # "the Hall of the Republic on Saturday": a place's name never runs on into its date.
        end = next((t.i for t in doc[start + 1 : end - 1] if _dates_what_follows(t)), end)
    if end - start > 1 and doc[end - 1].tag_ == "POS":
        end -= 1
    # "Sultan of" cut from "the Sultan of Ruritania", "the Kingdom since" or "the Hall of
    # Unity on": no name ends in a function word, and a bare title left alone names no one.
    while end - start > 1 and _function_word(doc[end - 1]):
        end -= 1
    if _names_no_one(doc[start:end]) or (label == "PERSON" and _only_a_rank(doc[start:end])):
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=label)


# Periods a date phrase may name by "the" alone: "later in the week", "during the month".
_PERIOD_NOUNS = frozenset({"week", "month", "year"})


def _period_named_by_article(ent: Span) -> bool:
    """ "Later in the week", "the year": a period noun whose article is all that places it (the
    one the story is in); "week" alone is no time, so the article stays in the date."""
    return (
        ent.label_ in ("DATE", "TIME")
        and len(ent) == 2
        and ent[0].lower_ == "the"
        and ent[1].lower_ in _PERIOD_NOUNS
    )


def _name_stops_at(word: Token, start: int, person: bool) -> bool:
    """Whether a name begun at `start` ends before `word`."""
    # A name never runs across a line break ("Abd al-Wahid\n\nOffice of the Spokesperson"),
    # nor into the short name a bracket gives after it ("Amara Tolu (Amtolu").
    if after_line_break(word) or word.text == "(":
        return True
    # "Halvorsen's Meeting With" in a headline: a person's name ends at its possessive.
    if person and word.tag_ == "POS":
        return True
    # "Ivo Marek Arrives in Lima" in a title-case headline: the name ends at its own verb.
    return _verb_of_the_name(word, start)


def _function_word(word: Token) -> bool:
    return word.lower_ in ("of", "for", "the", "and") or (
        word.is_lower and word.tag_ in ("IN", "CC", "DT", "TO")
    )


def _only_a_rank(words: Span) -> bool:
    """ "Prime Minister Brigadier (Ret'd) Ivo Renn": a bracket cuts the rank from the name it
    goes with; what is left before the bracket, titles only, names no one."""
    doc = words.doc
    bracketed = words.end < len(doc) and doc[words.end].text == "("
    return bracketed and all(word.lower_ in title_words() for word in words)


def _names_no_one(words: Span) -> bool:
    """Whether what is left of a name is only a title, a form of address or a style."""
    doc, start, end = words.doc, words.start, words.end
    # The lowercase words, read once for the word lists below.
    lowered = [word.lower_ for word in words]
    if doc[end - 1].text == "-" or (end - start == 1 and lowered[0] in role_words()):
        return True
    # "Pertuan Agong" cut from "the Yang di-Pertuan Agong": a style of several words, no name.
    style_end = style_phrase_end(doc, start)
    if style_end is not None and style_end >= end:
        return True
    # "of State" left of "French Head of State": an office's own phrase, cut from its office.
    if lowered[0] in OFFICE_LINKS:
        return True
    # "a State banquet", "the first State visit": the word used as the adjective of the
    # common noun after it names no body.
    if end - start == 1 and _describes_the_noun_after(doc[start]):
        return True
    # "The Pontiff", "the Emir", "His Majesty" read as an organisation: a role phrase or
    # a form of address, no name.
    if all(word in title_words() for word in lowered) and (
        lowered[-1] in role_words() | honorific_words()
    ):
        return True
    # "Field Marshal" cut from the name after it: a rank of several words, no name.
    phrase = " ".join(lowered)
    if phrase in honorific_words():
        return True
    # "The Holy Father" read as an organisation, "Holiness" cut from "His Holiness": another
    # name of an office, no name.
    word_before = doc[start - 1].lower_ if start > 0 else ""
    return _office_style(phrase, word_before)


def _describes_the_noun_after(word: Token) -> bool:
    after = word.i + 1
    return (
        word.lower_ in LEADER_OFFICES
        and after < len(word.doc)
        and word.head.i == after
        and word.doc[after].is_lower
        and word.doc[after].pos_ == "NOUN"
    )


def _office_style(phrase: str, word_before: str) -> bool:
    """Whether the lowercase phrase is a style of an office, or ends one the word before it
    begins."""
    return phrase in office_styles() or f"{word_before} {phrase}" in office_styles()


def _dates_what_follows(word: Token) -> bool:
    """ "on" in "on Saturday", "in" in "in May": a preposition before a day or month name."""
    after = word.nbor(1)
    calendar = after.lower_ in WEEKDAYS or (after.lower_ in MONTHS and after.is_title)
    return word.is_lower and word.pos_ == "ADP" and calendar


def _style_before_name(word: Token) -> bool:
    """A form of address set apart by spaces and followed by a capitalised word: "HH" in "Ruler
    of Dubai HH Sheikh X", not "Sheikh" ending "Sharm el-Sheikh"."""
    doc = word.doc
    apart = bool(doc[word.i - 1].whitespace_) and word.i + 1 < len(doc)
    return apart and word.lower_ in honorific_words() and doc[word.i + 1].is_title


def _hyphened_name(word: Token) -> bool:
    """ "Amir-Abdollahian": a title word joined by a hyphen to a word no title has begins a
    name ("Vice-President" is one title)."""
    doc, after = word.doc, word.i + 2
    joined = after < len(doc) and not word.whitespace_ and doc[word.i + 1].text == "-"
    return joined and doc[after].lower_ not in title_words() | TITLE_SUFFIXES


def joins_ranks(word: Token) -> bool:
    """The hyphen of "Lt-Gen" or "Maj-Gen": one rank printed as two title words, which the
    tokenizer splits, and the model may begin a name at."""
    doc = word.doc
    inside = 0 < word.i < len(doc) - 1 and word.text == "-"
    if not inside or doc[word.i - 1].whitespace_ or word.whitespace_:
        return False
    return title_word(doc[word.i - 1]) and title_word(doc[word.i + 1])


def _name_past_place_and_office(ent: Span, start: int, end: int) -> tuple[int, str]:
    """Where the name begins and what it names, once a place and the office it gives are cut
    off ("Ruritania Crown Prince Ivo Marek" is a person) ..."""
    doc, label = ent.doc, ent.label_
    if label != "PERSON" and (label != "ORG" or names_a_body(ent)):
        return start, label
    named = _past_place_and_office(doc, start, end)
    if named == start:
        return start, label
    # ... unless a kind of site heads it: "the Orlan National Museum" is a building.
    return (start, "FAC") if _headed_by_site(doc[start:end]) else (named, "PERSON")


def _past_place_and_office(doc: Doc, start: int, end: int) -> int:
    """Where the name begins in "Ruritania Crown Prince Ivo Marek" read as one person: a place
    and the office it gives are no part of the name."""
    offices = [
        t.i
        for t in doc[start : end - 1]
        if t.is_title and t.lower_ in title_words() and not _hyphened_name(t)
    ]
    if not offices or offices[0] == start:
        return start
    place = doc[start : offices[0]].text
    where = gazetteer.place(place)
    nationality = gazetteer.country_of_demonym(place) is not None
    # "Leader of the Revolution Ayatollah X": what an office told before is of.
    owned = _after_office_of(doc, start)
    if where is None and not nationality and not owned:
        return start
    last = offices[0]
    while last + 2 < end and doc[last + 1].is_title and doc[last + 1].lower_ in title_words():
        last += 1
    # A town gives an office, never a style: in "Salem Sheikh Adan" the town's name is a first
    # name and "Sheikh" part of the person's. A country ends the office before it ("Ambassador
    # to Ruritania Cde X").
    country = nationality or (where is not None and where.kind == "country")
    roles = role_words()
    if not (country or owned) and all(w.lower_ not in roles for w in doc[offices[0] : last + 1]):
        return start
    return last + 1


def _after_office_of(doc: Doc, start: int) -> bool:
    """Whether `start` follows "of" or "of the" after an office: "Leader of the ..."."""
    before = start - 2 if start >= 2 and doc[start - 1].lower_ == "the" else start - 1
    return before >= 1 and doc[before].lower_ == "of" and doc[before - 1].lower_ in role_words()


def _venue_named_in_full(ent: Span) -> Span:
    """ "Talks at the Prime Minister House", "at the Vell State Guest House", "at the Orla
    Palace of Culture": the model may keep only the kind of building, or its last words, as a
    person, a body or a site, and leave out the capitalised words before it, which name whose
    house it is, and an "of" tail that names it further. After "the", the whole run of
    capitalised words is the building's name."""
    doc = ent.doc
    if not ent[-1].is_title or ent[-1].lower_ not in cue_words("facility"):
        return ent
    start, end = _venue_name_start(ent), of_name_end(doc, ent.end)
    if start == ent.start and end == ent.end:
        return ent
    # A tail alone leaves a body a body: "the Chancellery of the President said".
    return Span(doc, start, end, label="FAC" if start < ent.start else ent.label_)


def _ship_named(ent: Span) -> Span:
    """ "The frigate HMS Kell arrived", "aboard the royal yacht Orla": the model reads a ship
    named after a person or a town as that person or town, who then travels or is a place.
    A name told right after a kind of vessel, or behind a navy's prefix, is the ship, a
    site one sails in (with the prefix, when the model left it out)."""
    doc = ent.doc
    # "Aboard the USS Kell": a ship behind a navy's prefix may be read as a product too.
    if ent.label_ not in ("PERSON", "GPE", "PRODUCT") or ent.start == 0:
        return ent
    before = doc[ent.start - 1]
    prefixes = cue_words("vessel_prefix")
    prefixed = before.is_upper and before.lower_ in prefixes
    start = ent.start - 1 if prefixed else ent.start
    kind = doc[start - 1] if start > 0 else None
    told_as_ship = kind is not None and kind.is_lower and kind.lemma_ in cue_words("vessel")
    if not (prefixed or told_as_ship or (ent[0].is_upper and ent[0].lower_ in prefixes)):
        return ent
    return Span(doc, start, ent.end, label="FAC")


def _site_read_as_person(ent: Span) -> Span:
    """ "Visited the Orla Grand Mosque", "a wreath at the Velmar Cenotaph": the model reads a
    site named after someone as that person. A name headed by a capitalised kind of building
    or landmark, printed after "the" (which no person's name takes), is the site, named from
    the first capitalised word after "the"."""
    if ent.label_ != "PERSON":
        return ent
    site = ent.doc[_venue_name_start(ent) : ent.end]
    return Span(ent.doc, site.start, site.end, label="FAC") if _headed_by_site(site) else ent


def _site_named_before_its_kind(ent: Span, people: Mapping[str, frozenset[int]]) -> Span:
    """ "Toured the Velmar temple", "walked through the Orla forest": a name the model reads as
    a person, a body or a people, printed after "the" and before a plain word for the kind of
    site it names, is that site. A body's own building ("the Union headquarters") and a house
    named for a person of the story ("the Berg family estate") keep their owner."""
    if (
        ent.label_ not in ("PERSON", "ORG", "NORP")
        or ent.start == 0
        or _names_an_owner(ent, people)
    ):
        return ent
    doc, kind = ent.doc, ent.root.head
    before_kind = ent.root.dep_ == "compound" and kind.i >= ent.end and _kind_of_site(ent, kind)
    plain = not kind.is_title and all(word.is_lower for word in doc[ent.end : kind.i])
    after_the = doc[ent.start - 1].lower_ == "the"
    return (
        Span(doc, ent.start, ent.end, label="FAC") if before_kind and plain and after_the else ent
    )


def _site_named_after_its_kind(ent: Span, people: Mapping[str, frozenset[int]]) -> Span:
    """ "A day trip to the temples of Velmar", "the ruins of Orla": a name the model reads as a
    person, a people or a thing, told by "of" after a plain word for ruins or temples, is the
    place they stand at (a tomb or a shrine "of" someone keeps its person)."""
    doc, start = ent.doc, ent.start
    if ent.label_ not in ("PERSON", "NORP", "PRODUCT") or start < 2 or _names_an_owner(ent, people):
        return ent
    kind = doc[start - 2]
    if (
        doc[start - 1].lower_ != "of"
        or not kind.is_lower
        or kind.lower_ not in cue_words("open_site")
    ):
        return ent
    return Span(doc, start, ent.end, label="GPE" if gazetteer.place(ent.text) else "LOC")


def _kind_of_site(name: Span, kind: Token) -> bool:
    """Ruins, camps and forests lie at the town they are named for ("the Velmar pyramids"); a
    building is named for what it is: as a place its name alone would be read as the town of
    that name ("the Hermitage museum"), and arrivals at airports and bases are told apart."""
    if kind.lower_ in cue_words("open_site"):
        return True
    building = kind.lower_ in (cue_words("facility") | cue_words("landmark"))
    arrival = kind.lower_ in cue_words("arrival_site")
    return building and not arrival and gazetteer.place(name.text) is None


def _names_an_owner(ent: Span, people: Mapping[str, frozenset[int]]) -> bool:
    """Whether the name is a body's (by its words or the alias table) or a story's person's."""
    known = alias_index().get(fold(ent.text))
    known_body = known is not None and known.label.value == "ORG"
    return known_body or names_a_body(ent) or any(word.lower_ in people for word in ent)


def _headed_by_site(name: Span) -> bool:
    """Whether a capitalised kind of building or landmark heads the name, printed after "the"."""
    head, doc = name.root, name.doc
    sites = cue_words("facility") | cue_words("landmark")
    after_the = name.start > 0 and doc[name.start - 1].lower_ == "the"
    return after_the and head.is_title and head.lower_ in sites


def _venue_name_start(ent: Span) -> int:
    """Where a building's name begins: at the first of the untagged capitalised words before
    it, when "the" opens them (no name runs on from a sentence's first word)."""
    doc, start = ent.doc, ent.start
    while start > 0 and doc[start - 1].is_title and not doc[start - 1].ent_type_:
        start -= 1
    if start == ent.start or start == 0 or doc[start - 1].lower_ != "the":
        return ent.start
    return ent.start if doc[start].is_sent_start else start


def of_name_end(doc: Doc, end: int) -> int:
    """Where a building's name that reaches `end` ends: past an "of" and the untagged
    capitalised words it takes, "of Culture", "of the Republic". A word the model tagged (a
    country, a person, a date) is no part of the name, "the Palace of Vell" is in Vell."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    word = end + 1 + (doc[end + 1].lower_ == "the")
    name_end = word
    while name_end < len(doc) and doc[name_end].is_title and not doc[name_end].ent_type_:
        name_end += 1
    return name_end if name_end > word else end


def _place_and_its_building(ent: Span) -> Span:
    """ "To tour the Vell Coast Castle", "at Orla Station": a place's name, then a capitalised
    kind of building the model left out, is the building named after the place."""
    doc, end = ent.doc, ent.end
    if ent.label_ not in ("GPE", "LOC") or end >= len(doc):
        return ent
    known = gazetteer.place(ent.text)
    if known is not None and known.kind == "country":
        return ent  # "U.S. House Speaker": a country's house is its chamber, no building
    building = doc[end]
    if not building.is_title or building.ent_type_ or building.lower_ not in cue_words("facility"):
        return ent
    return Span(doc, ent.start, end + 1, label="FAC")


def _with_its_kind(ent: Span) -> Span:
    """ "Landed at Korvo airbase", "talks at the Belvan guesthouse": a name the gazetteer does
    not know as a place of its own, then a small-letter kind of building, is that building,
    whatever the model took the bare name for. A known city keeps its name ("Oslo airport"
    is told as the city)."""
    doc, end = ent.doc, ent.end
    kinds = cue_words("facility")
    if ent.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC") or not ent[-1].is_title:
        return ent
    if ent.label_ == "FAC" and len(ent.text.split()) > 1:
        # A site the model named in more than a word is named in full; a hyphened name
        # ("Bel-Air") is one word, whatever tokens it splits into.
        return ent
    if ent[-1].lower_ in kinds:
        return ent  # "Tamar House office": the site is named in full already
    if ent.start > 0 and doc[ent.start - 1].tag_ == "PRP$":
        return ent  # "at his Tarn estate": whose estate it is, the name is the estate's own
    # "air base", "state residence": one small-letter noun may stand before the kind.
    for size in (1, 2):
        words = doc[end : end + size]
        if len(words) < size or not all(map(_small_noun, words)):
            return ent
        if words[-1].lower_ in kinds:
            known = gazetteer.place(ent.text)
            if known is not None and known.kind != "site":
                return ent
            return Span(doc, ent.start, end + size, label="FAC")
    return ent


def _named_street(ent: Span) -> Span:
    """ "George Kamau Street", "Nelson Mandela Avenue": a street or square named after someone
    is a place, not the person."""
    if ent.label_ != "PERSON" or len(ent) < 2 or ent[-1].lower_ not in cue_words("street"):
        return ent
    return Span(ent.doc, ent.start, ent.end, label="FAC")


def _small_noun(word: Token) -> bool:
    return word.is_lower and word.is_alpha and word.pos_ == "NOUN" and not word.ent_type_


def _verb_of_the_name(word: Token, start: int) -> bool:
    """A finite verb whose subject is the words before it: no name runs on into its verb."""
    finite = word.pos_ == "VERB" and word.tag_ in ("VBZ", "VBD")
    return finite and any(
        child.dep_ in ("nsubj", "nsubjpass") and start <= child.i < word.i
        for child in all_children(word)
    )
