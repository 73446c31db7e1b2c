"""Families told in the plural ("the Brenners"), patronymics, and the `Title` a person is
styled with. Separate because a family stands for several referents at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from stream.nlp.doctext import all_children, ancestors_of, indices_where, span_text, subtree_of
from stream.nlp.entities.extents import _capitalised, _range
from stream.nlp.entities.matchers import PATRONYMIC_WORDS, PRONOUNS, SUBJECT_DEPS
from stream.nlp.entities.owners import after_line_break
from stream.nlp.entities.table import Referent, wife_of
from stream.nlp.lexicon import (
    clergy_words,
    cue_words,
    fold,
    leader_words,
    offices_of_kind,
    rank_words,
    title_lists,
    title_words,
)


def families_in_plural(doc: Doc, referents: list[Referent]) -> dict[int, list[Referent]]:
    """ "The Brenners flew to Kel", "X received the Fosses": a family name told in the plural
    stands for each person the story names with it (the couple it tells of), not for a
    person of its own."""
    surnames: dict[str, list[Referent]] = {}
    for ref in sorted(referents, key=first_start):
        # A person printed only as "Brenner" is named by the surname alone; a name in another
        # script folds to an empty key and names no family.
        if ref.label == "PERSON" and (words := ref.key.split()):
            for surname in {words[-1], *_told_alone(ref)}:
                surnames.setdefault(surname, []).append(ref)
    families = {}
    # Only a word after "the" is told as a family: found in one pass over the Doc.
    the = indices_where(doc, LOWER, frozenset({"the"}))
    for word in (doc[i + 1] for i in the if i + 1 < len(doc)):
        members = next((surnames[s] for s in _singulars(word) if s in surnames), None)
        members = [ref for ref in members or [] if not _forebear(ref)]
        if members and _told_as_a_family(word):
            families[word.i] = members + _wives_by_own_name(doc, members, referents)
        family = _family_noun_named(word)
        members = [ref for ref in surnames.get(fold(word.text), []) if not _forebear(ref)]
        if family is not None and members:
            # Both words: the name is no mention of one member, the noun is the subject.
            found = members + _wives_by_own_name(doc, members, referents)
            families[word.i] = families[family.i] = found
    return families


def _family_noun_named(word: Token) -> Token | None:
    """ "The Brenner family crossed to Kel": a surname told as what names the family noun
    after it stands, with the noun, for the family. Not a family's possession ("the Brenner
    family estate"), where the noun only tells whose the estate is."""
    if not _capitalised(word) or word.dep_ != "compound" or word.i + 1 >= len(word.doc):
        return None
    family = word.doc[word.i + 1]
    if word.head.i != family.i or family.lower_ != "family" or family.dep_ == "compound":
        return None
    return family


def _forebear(person: Referent) -> bool:
    """ "The Brenners came to see where his great-grandfather, Tomas Brenner, was baptised": a
    forebear the story names is of the family's past, not one of the living family it tells
    travelling."""
    return any(
        span.root.dep_ == "appos" and span.root.head.lemma_.lower() in cue_words("forebear_noun")
        for span in person.mentions
    )


def _told_alone(person: Referent) -> set[str]:
    """ "Lin Tao ... Lin said": the one word a person is printed by alone names their family
    too, where the family name comes first ("the Lins")."""
    return {
        word
        for mention in person.mentions
        if mention.label_ == "PERSON" and len(words := fold(mention.text).split()) == 1
        for word in words
    }


def _wives_by_own_name(
    doc: Doc, members: list[Referent], referents: list[Referent]
) -> list[Referent]:
    """ "A and his wife, Ana, landed ... a dinner for the As": a wife the story names by her
    own name alone, beside her husband, is one of the family though she bears no surname."""
    owners = {i: ref for ref in referents for span in ref.mentions for i in _range(span)}
    by_key = {ref.key: ref for ref in referents}
    wives = (wife_of(husband, doc, owners, by_key) for husband in members)
    return [wife for wife in wives if wife is not None and wife not in members]


def with_wives_of_offices(
    doc: Doc, families: Mapping[int, list[Referent]], referents: list[Referent]
) -> dict[int, list[Referent]]:
    """ "The Lorvian President and his wife, Mei Han, flew in ... Today the Lins fly to Kel": a
    husband told by his office is known to be Lin only once role phrases are read, and his
    wife, who bears her own surname, is one of the family from then."""
    return {
        i: members + [w for w in _wives_by_own_name(doc, members, referents) if w not in members]
        for i, members in families.items()
    }


def families_as_subjects(
    doc: Doc, families: Mapping[int, list[Referent]]
) -> list[tuple[int, Referent]]:
    """Each member of a family told as a subject, at its word. A pronoun reads the people
    told as subjects backwards, so the member the story told of first is listed last, to be
    taken unless the pronoun's gender rules them out ("The Brenners fly to Kel. She ...")."""
    return [
        (i, member)
        for i, members in families.items()
        if is_subject(doc[i])
        for member in reversed(members)
    ]


def _singulars(word: Token) -> list[str]:
    """The surnames a word may be the plural of: "Brenners" of Brenner, "Fosses" of Foss."""
    folded = fold(word.text)
    if not folded.endswith("s") or " " in folded:
        return []
    return [folded[:-1], folded[:-2]] if folded.endswith("es") else [folded[:-1]]


def _told_as_a_family(word: Token) -> bool:
    """A capitalised plural told with "the": "the Brenners", "the Fosses'"."""
    the = word.i > 0 and word.doc[word.i - 1].lower_ == "the"
    return the and _capitalised(word) and word.tag_ in ("NNP", "NNPS")


def only_told_as_a_family(
    referents: Iterable[Referent], families: Mapping[int, list[Referent]]
) -> list[str]:
    """The keys of the person referents the model made of a family told in the plural."""
    return [
        ref.key
        for ref in referents
        if ref.mentions and all(set(_range(span)) <= families.keys() for span in ref.mentions)
    ]


def venue_in_full(ent: Span, ents: Sequence[Span]) -> Span:
    """ "The Grand Hall" after "the Grand Hall of the Nations", "the Villa" after "the State
    Villa": a venue told again by the words before its "of", or by its last words, is the one
    venue the story named so in full."""
    if ent.label_ != "FAC":
        return ent
    short = fold(span_text(ent))
    fuller = {
        fold(span_text(other)): other
        for other in ents
        if other.label_ == "FAC"
        and (
            fold(span_text(other)).startswith(short + " of ")
            or fold(span_text(other)).endswith(" " + short)
        )
    }
    return next(iter(fuller.values())) if len(fuller) == 1 else ent


def _patronymics(people: Iterable[Span]) -> dict[int, Span]:
    """ "Sultan Karim Idris Nasir ibni Al-Marhum Sultan Yusuf": the words after a person's name
    that run on through a patronymic are the rest of that name, its father no other party
    (the model reads them as people and bodies of their own). Where each such name starts ->
    the words after it, as a mention of the person that gives no label and no printed name."""
    runs: dict[int, Span] = {}
    owned: set[int] = set()
    for person in people:
        if person.start in owned:
            continue
        doc, end = person.doc, person.end
        # Before the patronymic, only more of the name: no title opens another person's.
        while end < len(doc) and _name_runs_on(doc[end]) and not _patronymic_or_title(doc[end]):
            end += 1
        if end >= len(doc) or doc[end].lower_ not in PATRONYMIC_WORDS:
            continue
        while end < len(doc) and (_name_runs_on(doc[end]) or doc[end].text == "'"):
            end += 1
        runs[person.start] = Span(doc, person.end, end)
        owned.update(range(person.end, end))
    return runs


def _patronymic_or_title(word: Token) -> bool:
    return word.lower_ in PATRONYMIC_WORDS or word.lower_ in title_words()


def _name_runs_on(word: Token) -> bool:
    """A capitalised word, a particle or a hyphen of the same name, in the same sentence."""
    name_word = _capitalised(word) or word.lower_ in PATRONYMIC_WORDS | cue_words("name_particle")
    joined = word.text == "-" and not word.whitespace_
    return (name_word or joined) and not word.is_sent_start and not after_line_break(word)


def name_as_printed(referent: Referent) -> None:
    """A person the alias table knows is named as the story prints them: "S. Okonjo" in a
    story that never prints the table's "Samuel Okonjo" (the id stays the table's, one per
    person). The fullest printed form wins, the first told of equals; a form opened by a title
    ("President Okonjo") is the table's alias, not the person's name."""
    if referent.label != "PERSON":
        return
    printed = [
        mention
        for mention in referent.mentions
        if mention.label_ == "PERSON" and mention[0].lower_ not in title_words()
    ]
    if not printed or fold(referent.name) in {fold(mention.text) for mention in printed}:
        return
    fullest = max(printed, key=lambda mention: (len(fold(mention.text).split()), -mention.start))
    if len(fold(fullest.text).split()) > 1:
        referent.name = fullest.text


def is_subject(word: Token) -> bool:
    """ "the President's special envoy X travelled": a name set beside its subject title is
    the subject too, whom a later "him" may mean. So is the owner of what a clause is about:
    in "the tour is Weber's third abroad; he went to Oslo in May" "he" is Weber. A name the
    parse sets beside a pronoun ("he stopped to shake hands with the party's president, Mr
    X") is no apposition: a pronoun takes none, and X is only the one he met."""
    return (
        word.dep_ in SUBJECT_DEPS
        or _named_by_copula(word)
        or word.dep_ == "poss"
        or (
            word.dep_ == "appos" and word.head.dep_ in SUBJECT_DEPS and not _bare_pronoun(word.head)
        )
        or subject_swept_into_time(word)
        or _named_by_copula(word)
    )


def _bare_pronoun(word: Token) -> bool:
    """ "he", not the "HE" agency copy writes for "His Excellency" before a name it styles."""
    return word.lower_ in PRONOUNS and not word.is_upper


def _named_by_copula(word: Token) -> bool:
    """ "The driving force of the talks is Ortiz. Last week he flew to Lima": a name a main
    clause's copula ends in is who the clause is about."""
    verb = word.head
    return word.dep_ == "attr" and verb.lemma_ == "be" and verb.dep_ == "ROOT"


def subject_swept_into_time(word: Token) -> bool:
    """ "On Sunday Tolu will travel to Lome": the parse may sweep a subject into the phrase of
    time before its verb ("Sunday Tolu"), leaving the verb with none."""
    prep = next((a for a in ancestors_of(word) if a.dep_ == "prep"), None)
    if prep is None or prep.right_edge.i != word.i or word.dep_ not in ("pobj", "compound"):
        return False
    verb = prep.head
    if verb.dep_ != "ROOT" or any(c.dep_ in SUBJECT_DEPS for c in all_children(verb)):
        return False
    first = min([verb.i, *(c.i for c in all_children(verb) if c.dep_ in ("aux", "neg"))])
    timed = any(w.ent_type_ in ("DATE", "TIME") for w in subtree_of(prep))
    return word.i + 1 == first and timed


def first_start(referent: Referent) -> int:
    return min(mention.start for mention in referent.mentions)


@dataclass(frozen=True)
class Title:
    """An office: the title words that name it, and the country it serves, when printed."""

    nationality: str | None
    words: frozenset[str]
    # Told only by likeness ("his Thai counterpart, Y" holds the host's office): it answers a
    # role phrase that names the country, never a bare "the minister".
    by_likeness: bool = False
    # Printed with the body it serves: "European Commission President X".
    of_body: bool = False

    def fits(self, wanted: Title) -> bool:
        """Whether a role phrase ("the Secretary") can stand for the holder of this office:
        every word of the phrase is in the office, and so is every rank word of the office
        ("the Secretary" is not the Deputy Secretary). A "leader" heads a state or government."""
        if None not in (wanted.nationality, self.nationality) and (
            wanted.nationality != self.nationality
        ):
            return False
        if self.by_likeness and wanted.nationality is None:
            return False
        words, ranks = wanted.words, self.words & rank_words()
        if not words:
            # "his Norwegian counterpart" names no office: any rank of it may be the counterpart.
            ranks = frozenset()
        if "leader" in words and not self.words.isdisjoint(leader_words()):
            # "the Norwegian leader" is Prime Minister X: "prime" makes no other office here.
            words, ranks = words - {"leader"}, ranks - leader_words()
        for kind, offices in offices_of_kind().items():
            if kind in words and not self.words.isdisjoint(offices):
                # "His Majesty" is King X or Sultan Y, "the heir to the throne" Crown Prince Z.
                words, ranks = words - {kind}, ranks - offices
        return (
            words <= self.words
            and ranks <= words
            and _holds_the_rank(self.words, words)
            and _names_the_compound(self.words, words)
        )

    def leads_as(self, wanted: Title) -> bool:
        """Whether a holder printed only as their country's leader ("Lorvian leader X") may be
        the one a role phrase naming that country's head of state or of government means ("the
        Lorvian President", "the Lorvian Premier"): the generic word tells no office, so it
        excludes none of those. Never a minister's, a deputy's or another country's office."""
        if self.words != {"leader"} or self.by_likeness or self.of_body:
            return False
        if wanted.nationality is None or wanted.nationality != self.nationality:
            return False
        office = wanted.words
        if {"prime", "minister"} <= office:
            office = office - {"prime", "minister"} | {"premier"}
        heads = leader_words() - rank_words() - clergy_words()
        return bool(office) and office <= heads


def _names_the_compound(office: frozenset[str], wanted: frozenset[str]) -> bool:
    """ "Minister-President X" holds one office of two joined words, a region's head: a bare
    "the President" or "the Minister" told of someone else is not them. A phrase stands for a
    hyphened office only when it prints every office word of it; a grade joined by the hyphen
    ("Lieutenant-General X") leaves the bare rank ("the General") theirs, as `_holds_the_rank`
    wants."""
    if "-" not in office or "-" in wanted or not wanted:
        return True
    joined = office - {"-"} - title_lists()["title.military_grade"]
    return joined <= wanted


def _holds_the_rank(office: frozenset[str], wanted: frozenset[str]) -> bool:
    """ "The general" told bare is an officer of that rank ("Lieutenant General X" too), not
    the Governor-General or the Attorney General, whose "general" only ends a civil office."""
    ranks = title_lists()["title.military_rank"]
    if not wanted or not wanted <= ranks:
        return True
    grades = ranks | rank_words() | title_lists()["title.military_grade"]
    return office <= grades
