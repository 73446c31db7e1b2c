"""The names a story prints for a person: captions, spellings, full names, who is likeliest
to bear a short name, and the person key used across the table.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from stream.contracts import EntityLabel
from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, entities_of, span_text, text_of, words_in, words_of
from stream.nlp.entities.extents import _capitalised
from stream.nlp.entities.families import first_start
from stream.nlp.entities.matchers import MAX_UNKNOWN_TITLE_WORDS, PLACE_LABELS
from stream.nlp.entities.office_names import office_of
from stream.nlp.entities.offices import holds_like_office, title_of
from stream.nlp.entities.sites import told_as_a_place
from stream.nlp.entities.table import Referent, word_set_off_before
from stream.nlp.lexicon import (
    alias_index,
    cue_words,
    fold,
    honorific_words,
    role_words,
    title_lists,
    title_words,
)


def _after_spouse_noun(name: Span) -> bool:
    before = word_set_off_before(name)
    return before is not None and before.lemma_.lower() in cue_words("spouse_noun")


def surnames_of_their_own(people: Sequence[Span]) -> frozenset[str]:
    """ "President Okafor ... First Lady Ada Nwosu-Okafor": a surname the story introduces
    with an office, before any full name that holds it is told, names a person of its own,
    unless one of those full names is printed with a like office. The relative the story
    names later in full shares the surname, not the office."""
    full = [
        (fold(span_text(ent)).split(), ent)
        for ent in people
        if len(fold(span_text(ent)).split()) > 1
    ]
    found = set()
    for ent in people:
        words = fold(span_text(ent)).split()
        office = title_of(ent) if len(words) == 1 else None
        if office is None:
            continue
        holders = [name for folded, name in full if _shortens(words, folded)]
        if holders and all(
            name.start > ent.start and not holds_like_office(name, office) for name in holders
        ):
            found.add(words[0])
    return frozenset(found)


# A line that labels a picture: "Photo:", "PHOTO CAPTION:", "File photo:", "Pic caption:".
_CAPTION_LINE = re.compile(
    r"(?:file\s+)?(?:photo|picture|pic|image|caption|pictured)(?:\s+caption)?\s*:", re.IGNORECASE
)


# A credit set after a line's last full stop: "... at the palace on Monday. (Photo: X/Y)".
_CREDIT_AFTER_STOP = re.compile(r"[.!?\"\u201d]\s*\(([^()\n]{2,80})\)\s*$")
_PICTURE_CREDIT = re.compile(r"\b(?:photo|picture|pool)\b", re.IGNORECASE)


def in_caption(word: Token) -> bool:
    """Whether a word stands in a photo caption: the caption tells the picture, not the story,
    so the person it shows is no antecedent of the story's next "he" ("PHOTO: A greets B. /
    He then flies on ..." goes on telling of the story's traveller)."""
    text = text_of(word.doc)
    line_start = text.rfind("\n", 0, word.idx) + 1
    return _CAPTION_LINE.match(text, line_start) is not None or _credited_picture(word, text)


def _credited_picture(word: Token, text: str) -> bool:
    """ "A welcomes B at the palace on Monday. (Photo: Lorn News)", "A receives B at the
    palace. (LNA)": a line with a credit after its last full stop is a caption when the credit
    names a picture or the line tells, in the present as captions do, what the picture shows.
    A story's sign-off ("... signed the accord on Friday. (END)") tells in the past."""
    start = text.rfind("\n", 0, word.idx) + 1
    end = text.find("\n", word.idx)
    line = text[start : len(text) if end < 0 else end]
    credit = _CREDIT_AFTER_STOP.search(line.rstrip())
    sentence = word.sent
    # One sentence and its credit: a story's paragraph tells more than one thing.
    if credit is None or sentence.start_char > start + len(line) - len(line.lstrip()):
        return False
    if sentence.end_char < start + credit.start():
        return False
    root = sentence.root
    shown = root.tag_ in ("VBZ", "VBP") and root.lemma_ not in ("be", "have")
    return shown or _PICTURE_CREDIT.search(credit.group(1)) is not None


def only_the_source(span: Span, subjects: list[tuple[Span, Referent]]) -> bool:
    """ "X will hold talks with Y, Z told a press conference. He will also ...": the one who
    reports the news is not who the next "he" is, when the sentence has a doer of its own."""
    if not _reports(span):
        return False
    sentence = span.root.sent
    return any(other.root.sent == sentence and not _reports(other) for other, _ in subjects)


def _reports(span: Span) -> bool:
    """Whether a subject name is told as the subject of a verb of reporting, also when set
    beside its office ("his spokeswoman, Z, said")."""
    word = span.root
    while word.dep_ == "appos":
        word = word.head
    return word.head.lemma_ in cue_words("reporting")


def _key_and_name(ent: Span) -> tuple[str, str]:
    known = None if ent.label_ == "NORP" else alias_index().get(fold(span_text(ent)))
    if known is not None:
        return fold(known.name), known.name
    where = gazetteer.place(ent.text) if ent.label_ in (*PLACE_LABELS, "ORG") else None
    # The model reads some countries as organisations: "the Democratic People's Republic..."
    if where is not None and (ent.label_ in PLACE_LABELS or where.kind == "country"):
        return fold(where.name), where.name
    return fold(span_text(ent)), ent.text


def locate_places(referents: Iterable[Referent]) -> None:
    """Find each place in the gazetteer; a city of a country the article names wins over the
    most populous one of that name ("London" in a story about Canada), but no minor town over
    a capital or a big city."""
    places = [ref for ref in referents if ref.label in PLACE_LABELS]
    named = (gazetteer.place(ref.name) for ref in places)
    countries = {where.country_code for where in named if where and where.kind == "country"}
    for ref in places:
        ref.place = gazetteer.place_in_story(ref.name, countries)


def person_key(ent: Span, referents: dict[str, Referent]) -> tuple[str, str]:
    words = fold(span_text(ent)).split()
    candidates = [
        ref
        for ref in referents.values()
        if ref.label == "PERSON" and any(_shortens(words, full) for full in _spellings(ref))
    ]
    if candidates:
        best = _likeliest_bearer(candidates, ent.start)
        return best.key, best.name
    return _key_and_name(ent)


def given_name_of_couple(
    ent: Span, people: Sequence[Span], referents: dict[str, Referent]
) -> tuple[str, str] | None:
    """ "Tomas and Ilona Varga landed": a lone first name joined by "and" to a full name shares
    its surname, so "Tomas" is Tomas Varga, not a person of his own, and a later bare "Varga"
    can be him."""
    surname = _couple_surname(ent, people)
    if surname is None:
        return None
    joined = [fold(span_text(ent)), fold(surname.text)]
    known = alias_index().get(" ".join(joined))
    if known is not None:
        return fold(known.name), known.name
    bearers = [
        ref
        for ref in referents.values()
        if ref.label == "PERSON"
        and any(joined == full or _shortens(joined, full) for full in _spellings(ref))
    ]
    if bearers:
        best = _likeliest_bearer(bearers, ent.start)
        return best.key, best.name
    return " ".join(joined), f"{ent.text} {surname.text}"


def told_length(ent: Span, people: Sequence[Span]) -> tuple[int, bool]:
    """Longest names first, by the name as the story tells it: "Tomas" of "Tomas and Ilona
    Varga" is as long as "Tomas Varga", so finds its bearer before any bare "Varga" does, but
    after a "Tomas Varga" printed in full."""
    surname = _couple_surname(ent, people)
    told = ent.text if surname is None else f"{ent.text} {surname.text}"
    return -len(fold(told)), surname is not None


def _couple_surname(ent: Span, people: Sequence[Span]) -> Token | None:
    """The surname "Varga" that "Tomas" of "Tomas and Ilona Varga" shares: the last word of a
    full name right after "and", of two or more capitalised words and no title ("Xi and Madame
    Peng" is no couple sharing one). A word the story prints alone elsewhere ("Li and Mei
    Ling" after "Li held talks") is a name the person is known by, not a first name waiting
    for its surname."""
    doc = ent.doc
    if len(ent) != 1 or ent.end + 1 >= len(doc) or words_of(doc)[ent.end].lower_ != "and":
        return None
    if ent[0].lower_ in title_words() or not _capitalised(ent[0]):
        return None
    partner = next((p for p in people if p.start == ent.end + 1), None)
    if partner is None or len(partner) < 2:
        return None
    if not all(_capitalised(word) and word.lower_ not in title_words() for word in partner):
        return None
    surname = partner[-1]
    if surname.lower_ == ent[0].lower_ or _printed_alone_elsewhere(ent[0], surname):
        return None
    return surname


def _printed_alone_elsewhere(name: Token, surname: Token) -> bool:
    """Whether the story prints the name anywhere but here and before this surname."""
    words = words_of(name.doc)
    return any(
        word.text == name.text
        and word.i != name.i
        and (word.i + 1 >= len(words) or words[word.i + 1].text != surname.text)
        for word in words
    )


def _people_of(doc: Doc) -> list[Span]:
    return [ent for ent in entities_of(doc) if ent.label_ == "PERSON"]


def _spellings(referent: Referent) -> list[list[str]]:
    """The person's name as the alias table spells it and as the story printed it: a short
    form keeps the story's spelling ("Sheikh Ahmad" after "Ahmad bin Rashid", whom the table
    files as "Ahmed bin Rashid")."""
    printed = (fold(span_text(mention)).split() for mention in referent.mentions)
    return [referent.key.split(), *printed]


def _likeliest_bearer(people: list[Referent], start: int) -> Referent:
    """Whom a shorter name at `start` stands for: one told in the story itself, not only in a
    headline or byline ("By staff reporter Li Ming" is no party the story goes on about); a
    reader knows only the full names told before it, so one of those, then the most
    mentioned, then the first told."""
    return max(
        people,
        key=lambda ref: (
            _named_in_story(ref),
            _full_name_start(ref) < start,
            len(ref.mentions),
            -first_start(ref),
        ),
    )


def _named_in_story(referent: Referent) -> bool:
    """Whether a mention stands in the story's text; a Doc of no sentences is all story."""
    mentions = referent.mentions
    return any(not m.doc.has_annotation("SENT_START") or in_story(m) for m in mentions)


def _full_name_start(referent: Referent) -> int:
    """Where the full name is first told: an earlier short mention does not introduce it."""
    size = len(referent.key.split())
    read: dict[Doc, list[Span]] = {}  # `Doc.ents` rebuilds every span: read once, if at all
    full = []
    for m in referent.mentions:
        if m.doc not in read and len(fold(span_text(m)).split()) < size:
            read[m.doc] = _people_of(m.doc)
        # "Tomas and Ilona Varga" tells Tomas Varga's full name as much as hers.
        if len(fold(span_text(m)).split()) >= size or _couple_surname(m, read[m.doc]):
            full.append(m.start)
    return min(full, default=first_start(referent))


def voted_label(referent: Referent, dateline_end: int) -> str:
    """The alias table's label (a country's is GPE), else the label most mentions carry; the
    dateline votes only when nothing else does (the model often reads "TARTU" as an ORG)."""
    known = alias_index().get(referent.key)
    if known is not None and fold(known.name) == referent.key:
        return known.label.value
    if _names_country(referent.name) and any(m.label_ != "PERSON" for m in referent.mentions):
        return EntityLabel.GPE.value  # not a person named Chad
    if any(m.label_ == "GPE" and told_as_a_place(m) for m in referent.mentions):
        # "Travelled to X, some 100 kilometres west of Y": the name its sentence tells is a
        # place is one wherever else the model read it as a body.
        return EntityLabel.GPE.value
    if any(_after_spouse_noun(m) or _told_with_office(m) for m in referent.mentions):
        return EntityLabel.PERSON.value  # "his wife, Raisa": whatever the model read her as
    labelled = [mention for mention in referent.mentions if mention.label_]
    told = [m for m in labelled if m.start_char >= dateline_end]
    if not told and _names_a_town(referent.name):
        return EntityLabel.GPE.value  # "TARTU, May 2 -": named only where the story is filed
    voters = told or labelled
    # "Crossed the Darien": a name printed after "the" is no person's, whatever the model says.
    voters = [m for m in voters if not _person_after_article(m)] or voters
    votes = Counter(mention.label_ for mention in voters)
    # A tie between a place and a person, for a name the gazetteer knows as a city or a
    # country (a city named after a person, read once each way), goes to the place.
    placed = _names_a_town(referent.name)
    label = max(
        votes,
        key=lambda label: (votes[label], placed and label == "GPE", label == referent.label),
    )
    if label == "GPE" and _unknown_acronym(referent.name):
        return EntityLabel.ORG.value  # "BRICS", "ASEAN": blocs the model reads as places
    return label


def _names_a_town(name: str) -> bool:
    known = gazetteer.place(name)
    return known is not None and known.kind in ("city", "country")


def _person_after_article(mention: Span) -> bool:
    """ "Crossed the Darien" read as a person; "the Duke of Belmark" or "the Prince" opens
    with a title, which "the" does go before."""
    before = mention.doc[mention.start - 1] if mention.start > 0 else None
    titled = mention[0].lower_ in role_words() | cue_words("peerage")
    return (
        mention.label_ == "PERSON" and before is not None and before.lower_ == "the" and not titled
    )


def _told_with_office(mention: Span) -> bool:
    """ "Foreign Minister Lind", "the Prime Minister, Ivo Lind,", "Ivo Lind, then Chairman of
    the Council", "Minister of Norlund Ivo Lind": a name its sentence gives an office is a
    person's, wherever else the model read it as a body."""
    if mention.label_ != "PERSON":
        return False
    doc, root, roles = mention.doc, mention.root, role_words()
    before = doc[mention.start - 1] if mention.start > 0 else None
    titled = before is not None and before.is_title and before.lower_ in roles
    of_country = before is not None and before.ent_type_ == "GPE" and office_of(before) is not None
    apposed = (root.dep_ == "appos" and root.head.lemma_.lower() in roles) or any(
        child.dep_ == "appos" and child.lemma_.lower() in roles for child in all_children(root)
    )
    return titled or of_country or apposed


def _unknown_acronym(name: str) -> bool:
    return name.isupper() and len(name) <= 6 and gazetteer.place(name) is None


def _names_country(name: str) -> bool:
    where = gazetteer.place(name)
    return where is not None and where.kind == "country" and fold(where.name) == fold(name)


def known_label(ent: Span) -> str:
    known = None if ent.label_ == "NORP" else alias_index().get(fold(span_text(ent)))
    return known.label.value if known is not None else ent.label_


def person_named(ent: Span, referents: dict[str, Referent]) -> Referent | None:
    """The person a shorter name ("Halász", "Diallo-Keita", "Ortega Vidal") stands for,
    unless the alias table or the gazetteer knows it as something else."""
    words = fold(span_text(ent)).split()
    # "de Vell", "van Dorn": a particle inside a name keeps its small letter.
    particles = cue_words("name_particle")
    capitalised = all(
        _capitalised(w) or (w.lower_ in particles and w.i < ent.end - 1) for w in ent if w.is_alpha
    )
    if not capitalised or fold(span_text(ent)) in alias_index():
        return None
    if ent.label_ in PLACE_LABELS and _known_as_place(ent.text):
        return None
    people = [
        ref
        for ref in referents.values()
        if ref.label == "PERSON" and _shortens(words, ref.key.split())
    ]
    return _likeliest_bearer(people, ent.start) if people else None


def _person_after_unknown_title(
    ent: Span, referents: dict[str, Referent]
) -> tuple[Referent, Span] | None:
    """ "Dasho Ado Kell arrived", read as an organisation, in a story that prints "Ado Kell"
    as a person: capitalised words before a person's full name, which the story prints
    without them, are a title the packaged data does not know (an untranslated one). The
    mention is that person, told by the name after the title. A place keeps its name: "Port"
    or "Fort" before a person's name makes a town named after them."""
    if ent.label_ in PLACE_LABELS or ent.label_ == "PERSON":
        return None
    bearers = [ref for ref in referents.values() if ref.label == "PERSON"]
    for name in _names_after_lead(ent):
        words = fold(span_text(name)).split()
        printed = [ref for ref in bearers if words in _printed_person_names(ref)]
        if printed:
            return _likeliest_bearer(printed, ent.start), name
    return None


def person_after_title_or_rank(
    ent: Span, referents: dict[str, Referent]
) -> tuple[Referent, Span] | None:
    return _person_after_unknown_title(ent, referents) or _person_after_rank(ent, referents)


def _person_after_rank(ent: Span, referents: dict[str, Referent]) -> tuple[Referent, Span] | None:
    """ "General Tolu" or "Dr Tolu" read as an organisation, in a story that names "Ado Tolu":
    a military rank or a form of address before a name a person of the story bears is that
    person addressed by it ("General Motors" stays a company: no one in the story is called
    Motors)."""
    if not _addresses_a_person(ent[0]) or len(ent) < 2:
        return None
    if ent.label_ in PLACE_LABELS or ent.label_ == "PERSON":
        return None
    name = ent[1:]
    person = person_named(name, referents)
    return (person, name) if person is not None else None


def _addresses_a_person(word: Token) -> bool:
    rank = word.is_title and word.lower_ in title_lists()["title.military_rank"]
    return rank or word.lower_ in honorific_words()


def past_unknown_titles(people: list[Span]) -> list[Span]:
    """ "Prime Minister Ado Kell ... Lyonpo Ado Kell met": capitalised words before a full
    name the story told earlier without them are a title the packaged data does not know,
    not a first name: a story gives a person's first names when it introduces them."""
    # Each name folded once, not once for every mention after it.
    told = [(other.start, fold(span_text(other))) for other in people]
    return [_past_unknown_title(ent, told) for ent in people]


def _past_unknown_title(ent: Span, told: list[tuple[int, str]]) -> Span:
    earlier = {name for start, name in told if start < ent.start}
    name = next((name for name in _names_after_lead(ent) if fold(span_text(name)) in earlier), None)
    return ent if name is None else Span(ent.doc, name.start, name.end, label=ent.label_)


def _names_after_lead(ent: Span) -> list[Span]:
    """What a mention leaves after one or two leading capitalised words, while that is still a
    name of two words or more: the full names an untranslated title may stand before."""
    return [
        ent[lead:]
        for lead in range(1, MAX_UNKNOWN_TITLE_WORDS + 1)
        if all(_capitalised(word) for word in words_in(ent)[: lead + 1]) and _full_name(ent[lead:])
    ]


def _full_name(words: Span) -> bool:
    """Two words or more once folded: "Okafor's" is one word, "Bello-Okafor" two."""
    return len(fold(span_text(words)).split()) >= 2


def _printed_person_names(referent: Referent) -> list[list[str]]:
    """The full names a person's mentions print as a person (not the one-word forms)."""
    return [
        fold(span_text(mention)).split()
        for mention in referent.mentions
        if mention.label_ == "PERSON" and _full_name(mention)
    ]


def _known_as_place(name: str) -> bool:
    """Whether a name is better known as a place than as the surname of a person the story
    names in full: "Halden" after "Ruth Halden" is the person, though a small town in Norway
    bears the name; a country, a capital, a big city or a region stays a place."""
    found = gazetteer.place(name)
    return found is not None and not gazetteer.minor_town(found)


def _shortens(words: list[str], full: list[str]) -> bool:
    """ "Ri" shortens "Ri Yong Chol", "von der Aue" shortens "Greta von der Aue", and a
    first surname the whole double one: "Ortega" shortens "Tomás Ortega Vidal", and so does a
    hyphened one, folded to two words: "Ruiz-Toledo" shortens "Ana Ruiz-Toledo Vidal"."""
    if full[1:2] == ["of"] and full[0] in cue_words("peerage"):
        return False  # "Duke" or "Belmark" is no short name of "the Duke of Belmark"
    size = len(words)
    middle = full[1:-1]
    first_surname = size == 1 and len(full) >= 3 and words[0] in middle
    first_surname = first_surname or (1 < size < len(middle) + 1 and words == middle[:size])
    # "Tade Kell" shortens "Tade Ado Kell": a story may drop the middle names, never the
    # first or the last, so "Ana Kell" stays another person.
    middle_dropped = size == 2 and len(full) >= 3 and words == [full[0], full[-1]]
    return 0 < size < len(full) and (
        words in (full[:size], full[-size:]) or first_surname or middle_dropped
    )


def in_story(span: Span) -> bool:
    """Whether a mention stands in a sentence of the story, not in a headline or standfirst,
    which end with no full stop: a party named only there is still to be introduced."""
    words = [word for word in words_in(span.sent) if not word.is_space]
    return bool(words) and words[-1].text in (".", "!", "?", '"', "”", "'")
