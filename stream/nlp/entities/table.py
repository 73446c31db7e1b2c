"""The `Referent` and `EntityTable` types every later stage reads, and the spouse and style
rules that decide how a wife or husband is named in it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import takewhile

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from stream.contracts import Entity, EntityLabel, EntityRef, TextSpan
from stream.nlp import gazetteer
from stream.nlp.doctext import (
    all_children,
    ancestors_of,
    conjuncts_of,
    indices_where,
    kept_answers,
    span_text,
    subtree_of,
    words_of,
)
from stream.nlp.entities.extents import _range
from stream.nlp.entities.matchers import (
    PLACE_LABELS,
    POSSESSIVES,
    SUBJECT_DEPS,
    TITLES_KEY,
    TitleMatcher,
)
from stream.nlp.gazetteer import Place
from stream.nlp.lexicon import cue_words, fold, honorific_words, role_words, slug, title_words


def tells_talks(word: Token) -> bool:
    """A verb or noun of talks: "met", "held talks", "conferred"."""
    return word.lemma_ in ("meet", "confer") or word.lower_ in cue_words("talk_noun")


def kind_of_place_only(span: Span) -> bool:
    """ "The Kingdom", "the Bay", "the Alliance": a word for a kind of place, capitalised as
    the story's stand-in for a name it gave, is no place of its own (the gazetteer would find a
    far-off town or province of that name), unless the curated places list it."""
    words = [word for word in span if not word.is_punct]
    if span.label_ not in PLACE_LABELS or len(words) != 1:
        return False
    if fold(span.text) not in cue_words("place_kind") and not _building_read_as_town(span):
        return False
    return not gazetteer.curated_name(span.text)


def _building_read_as_town(span: Span) -> bool:
    """ "Drove to the Hall": a lone word for a kind of building, read as a town or a region, is
    the story's stand-in for a venue it named ("the Unity Hall"), never the far-off town or
    province whose name the gazetteer finds in it ("Hall" for a town in Germany). One read as a
    building is left to be told in full by the venue it shortens, and one the gazetteer knows
    as no place ("the Istana") stays the venue it names."""
    if span.label_ == "FAC" or fold(span.text) not in cue_words("facility"):
        return False
    return gazetteer.place(span.text) is not None


def styled_kind_of_place(span: Span) -> bool:
    """ "The Islamic Republic", "the Hashemite Kingdom": a kind of place with its style, which
    stands for a country the story named when that country's formal name carries both."""
    words = [word for word in span if not word.is_punct]
    return (
        span.label_ in PLACE_LABELS
        and len(words) == 2
        and all(word.is_title for word in words)
        and fold(words[-1].text) in cue_words("place_kind")
    )


def country_styled_before(ent: Span, ents: Sequence[Span]) -> Place | None:
    """The country "the Kingdom" or "the Republic" stands for: the last one named before it
    whose formal name carries the word ("the Kingdom of Ruritania"). None names no place."""
    named = (gazetteer.place(other.text) for other in reversed(ents) if other.end <= ent.start)
    # "Arrived in Brenn, the first visit to the Islamic Republic": a city's country too.
    before = (gazetteer.country_of(where) for where in named if where is not None)
    word = fold(" ".join(word.text for word in ent if not word.is_punct))
    return next((where for where in before if gazetteer.styled_as(where, word)), None)


def title_spans(doc: Doc, matcher: TitleMatcher) -> list[Span]:
    """Role phrases not followed by a name: in "Slovene President Lajos Halász" it is a title.
    A possessive owner ("Pakistan's prime minister") stays the country's mention."""
    spans = [_hyphened_through(_after_owner(doc[start:end])) for _, start, end in matcher(doc)]
    spans += [joined for span in spans for joined in _roles_joined_to(span)]
    return [span for span in spans if not _names_follow(span) and not _describes_a_noun(span)]


def _hyphened_through(span: Span) -> Span:
    """ "The Governor-General": an office joined by a hyphen to a title word after it is one
    office, so the phrase takes in the word the parser makes its head."""
    doc, end = span.doc, span.end
    while end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in title_words():
        end += 2
    return doc[span.start : end] if end > span.end else span


def _roles_joined_to(span: Span) -> list[Span]:
    """ "The Emperor and Empress": a bare role word joined to a role phrase shares its "the"
    and stands for a holder of its own."""
    roles = role_words()
    return [
        span.doc[word.i : word.i + 1]
        for word in conjuncts_of(span.root)
        if word.i > span.root.i
        and word.lower_ in roles
        and not word.ent_type_
        and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in all_children(word))
    ]


def _describes_a_noun(span: Span) -> bool:
    """ "Under the sovereign authority of X": a role word read as an adjective of the noun
    after it names no holder of the role."""
    return span[-1].dep_ == "amod" and span[-1].head.i > span[-1].i


def _after_owner(span: Span) -> Span:
    # An age ("the 68-year-old pontiff") is no part of the office, and is read as a date.
    owner_end = next((t.i for t in span if t.lower_ in POSSESSIVES or _ends_age(t)), None)
    return span if owner_end is None else span.doc[owner_end + 1 : span.end]


def _ends_age(word: Token) -> bool:
    return word.lower_ == "old" and word.i >= 2 and word.nbor(-1).text == "-"


def after_office(office: Token, end: int) -> int:
    """Where an office's name may begin, past the office's own "of"/"for" phrase ending in a
    comma: in "the minister of state for trade, Ana Pires" it is after the comma. Without such
    a phrase, or when the name after the comma speaks ("the minister for trade, Pires said"),
    it is `end`."""
    doc, words = office.doc, words_of(office.doc)
    if end >= len(doc) or words[end].lower_ not in ("of", "for") or words[end].head.i != office.i:
        return end
    word = end
    while word < office.sent.end and doc[word].text != ",":
        if not office.is_ancestor(doc[word]):
            return end
        word += 1
    if word + 1 >= office.sent.end or doc[word].text != ",":
        return end
    return end if _speaks(doc[word + 1]) else word + 1


def office_set_off(doc: Doc, start: int) -> Token | None:
    """The office whose own phrase a comma closes just before the name at `start`: "the
    minister of state for trade" in "the minister of state for trade, Ana Pires", or a bare
    office the name stands beside: "the Lorvian leader, Ivan Petrak"."""
    address = honorific_words() | role_words()
    comma = start - 1
    while comma > 0 and doc[comma].lower_ in address:
        comma -= 1
    if comma < 1 or doc[comma].text != ",":
        return None
    offices = [doc[comma - 1], *doc[comma - 1].ancestors]
    return next(
        (
            word
            for word in offices
            if word.i < comma
            and word.lemma_.lower() in role_words() | cue_words("person_noun")
            and (
                after_office(word, word.i + 1) == comma + 1
                or (word.i == comma - 1 and _apposed(word, doc[start]))
            )
        ),
        None,
    )


def _apposed(office: Token, first: Token) -> bool:
    """Whether the name opening at `first` stands beside the bare office the comma closes:
    "the Lorvian leader, Ivan Petrak," names the leader; a headline's "President, Marek sign
    pact" lists two parties."""
    name = first
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    return name.dep_ == "appos" and name.head.i == office.i and not office.is_sent_start


def _speaks(first: Token) -> bool:
    """Whether the name starting at `first` is the subject of the verb right after it."""
    name = first
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    after = name.i + 1
    verb = after < len(name.doc) and name.doc[after].i == name.head.i
    return name.dep_ in ("nsubj", "nsubjpass") and verb


def _names_follow(span: Span) -> bool:
    """Whether a name comes right after the phrase, maybe set off by a comma and a form of
    address: "his Belarusian counterpart, Lt. Gen. X" names X; so does "the minister of state
    for trade, Ana Pires" past the office's own phrase."""
    doc, end = span.doc, span.end
    address = honorific_words()
    past = after_office(span.root, end)
    if past > end:
        # "the Sultan of Ruritania, Sultan Omar X": a title may open the name after an office.
        end, address = past, address | role_words()
    elif end < len(doc) and doc[end].text == ",":
        end += 1
    while end < len(doc) and (doc[end].lower_ in address or doc[end].text == "."):
        end += 1
    return end < len(doc) and doc[end].ent_type_ == "PERSON"


# --- canonicalisation (after the pipeline) ----------------------------------------------------


@dataclass
class Referent:
    """One canonical entity being collected: its mentions and surface forms."""

    key: str
    label: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    place: Place | None = None  # where a place referent lies, when the gazetteer knows it

    @property
    def ref(self) -> EntityRef:
        return EntityRef(id=slug(self.key), name=self.name, label=EntityLabel(self.label))


@dataclass
class EntityTable:
    """Every canonical entity of one Doc, and which referent each token belongs to."""

    referents: list[Referent]
    by_token: dict[int, Referent]
    person_starts: list[int]
    person_refs: list[Referent]
    # Whether each of those subjects is told in its sentence's own clause, not a relative one.
    person_main: list[bool] = field(default_factory=list)
    # Where a family name is told in the plural ("the Brenners") -> the people it stands for.
    families: dict[int, list[Referent]] = field(default_factory=dict)

    def at(self, token: Token) -> Referent | None:
        return self.by_token.get(token.i)

    def family_at(self, token: Token) -> list[Referent]:
        """The people a family name in the plural stands for; [] for any other word."""
        return self.families.get(token.i, [])

    def person_before(self, token: Token, excluding: str | None = None) -> Referent | None:
        """The last person who was a subject before `token`: what "he" or "his" likely means.

        An object pronoun never means its own clause's subject ("Solberg held talks with him"),
        so the caller can pass that person's key as `excluding`.
        """
        found = self.subject_before(token, excluding)
        return found[1] if found is not None else None

    def subject_before(
        self, token: Token, excluding: str | None = None
    ) -> tuple[int, Referent] | None:
        """Where the last person who was a subject before `token` is told, and who."""
        handled = self._object_of_the_clause_before(token, excluding)
        if handled is not None:
            return handled
        position = bisect_left(self.person_starts, token.i)
        main = self.person_main or [True] * len(self.person_starts)
        told = zip(self.person_starts, self.person_refs, main, strict=True)
        # Latest first, and weighed for gender only as far as they are read: most pronouns
        # take the first, and the rest are read only back to the start of its sentence.
        earlier = (
            e
            for e in reversed(list(told)[:position])
            if e[1].key != excluding and not of_other_gender(e[1], token)
        )
        latest = next(earlier, None)
        if latest is None:
            return None
        start, ref, own = latest
        sentence = token.doc[start].sent
        if own or sentence.start <= token.i < sentence.end:
            return start, ref
        # "X held talks with Y, whose predecessor Z had feuded with him. He ...": a sentence
        # before the pronoun's tells of the subject of its own clause, not of a relative one.
        # The starts run down from the latest's, which is in the sentence and not its own.
        in_sentence = takewhile(lambda e: e[0] >= sentence.start, earlier)
        found = next((e for e in in_sentence if e[2]), None)
        if found is None and (pronoun := _pronoun_subject(sentence)) is not None:
            # "He spoke in Durban, where a young Z was thrown off a train. Then he met Y": the
            # sentence's own subject is a pronoun, which goes on telling of its antecedent.
            return self.subject_before(pronoun, excluding)
        start, ref, _ = found or latest
        return start, ref

    def _object_of_the_clause_before(
        self, pronoun: Token, excluding: str | None
    ) -> tuple[int, Referent] | None:
        """ "Students stoned the Vice President, and he spent the weekend in Kel": a "he" that
        is the subject of a clause joined by "and" to one whose subject is no person tells of
        the person that clause did something to, not of whoever was a subject before."""
        verb = pronoun.head
        if pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ != "conj" or pronoun.i < verb.head.i:
            return None
        first = verb.head
        subjects = [child for child in all_children(first) if child.dep_ in SUBJECT_DEPS]
        if len(subjects) != 1 or subjects[0].pos_ == "PRON" or self.at(subjects[0]) is not None:
            return None
        objects = [child for child in all_children(first) if child.dep_ == "dobj"]
        person = self.at(objects[0]) if len(objects) == 1 else None
        if person is None or person.label != "PERSON" or person.key == excluding:
            return None
        return None if of_other_gender(person, pronoun) else (objects[0].i, person)

    def place(self, place: Place) -> Referent:
        """The article's referent for a known place, or a new one it never names outright
        ("North Korean troops" name no "North Korea")."""
        key = fold(place.name)
        found = next((ref for ref in self.referents if ref.key == key), None)
        return found or Referent(key=key, label="GPE", name=place.name, place=place)

    def entities(self, article_id: str) -> list[Entity]:
        return [_entity(referent, article_id) for referent in self.referents]


def give_wives_their_style(
    doc: Doc, referents: dict[str, Referent], *, last: bool = False
) -> list[tuple[Span, Referent]]:
    """ "A and his wife, B, landed ... a banquet for Mr and Mrs A": a bare surname after a
    wife's style stands for the wife the story names beside its bearer, not for him; a bare
    title joined to it ("Mr and", "President and") stands for him. Each mention given anew,
    with whom it now stands for. On the `last` reading, once role phrases have told who else
    the story names, a wife it never names is a person of her own."""
    if not indices_where(doc, LOWER, cue_words("wife_style")):
        # With no wife's style anywhere in the story (most stories) there is none to give.
        return []
    given: list[tuple[Span, Referent]] = []
    owners = {i: ref for ref in referents.values() for span in ref.mentions for i in _range(span)}
    # A wife the story names ("his wife, B") may be the one its "Mrs A" means, even when
    # only the roles read later tell whose wife she is.
    wives_named = any(_told_as_a_spouse(m) for ref in referents.values() for m in ref.mentions)
    for husband in [ref for ref in referents.values() if ref.label == "PERSON"]:
        if _named_by_style(husband) or any(map(_told_as_his_spouse, husband.mentions)):
            # "A and his wife, B": B holds the "Mrs A" given her on a first reading, and is no
            # husband to give them on to another woman of that surname ("his mother, Mrs C A").
            continue
        styled = [m for m in husband.mentions if _wife_styled(m)]
        # "Mrs Ana Lund ... Mrs Lund": one printed in full after the style is the wife herself.
        surnames = [m for m in styled if len(_unstyled(m)) < len(husband.key.split())]
        wife = wife_of(husband, doc, owners, referents) if surnames == styled else None
        if wife is None and surnames == styled:
            wife = _wife_of_a_couple_styled(husband, surnames, referents)
        if wife is None and surnames == styled:
            wife = _wife_styled_by_his_inner_name(husband, surnames, referents)
        unnamed = last and not wives_named and not _namesakes(husband, referents)
        if wife is None and unnamed and surnames == styled and _not_her(husband, surnames, owners):
            wife = _woman_by_style(surnames, referents)
        if wife is None:
            continue
        for mention in surnames:
            husband.mentions.remove(mention)
            wife.mentions.append(mention)
            given.append((mention, wife))
        # Her style given on a first reading keeps the title joined to it his: "the President"
        # in "the President and Mrs A" read since as another holder is his again. Only his
        # surname's: she may stand joined to another man in a list ("his wife, B, and C").
        his_names = set(husband.key.split())
        for mention in [m for m in wife.mentions if _wife_styled(m) and _surname_of(m, his_names)]:
            for word in _bare_titles_joined(mention):
                if (title := _title_for_husband(word, husband, referents)) is not None:
                    husband.mentions.append(title)
                    given.append((title, husband))
    return given


def _not_her(person: Referent, surnames: list[Span], owners: Mapping[int, Referent]) -> bool:
    """ "President A B ... with his wife. Mrs. B visited a school": a woman's style before his
    surname names another than a man the story tells as one, or than one it joins to her by
    "and" ("President A B and Mrs. B"): she is his wife, or a woman of the family of her own."""
    if not surnames or not all(_styled_with(m, _women_styles()) for m in surnames):
        return False
    own = [mention for mention in person.mentions if mention not in surnames]
    if any(_told_as_a_woman(mention) for mention in own):
        # "Prime Minister A B ... she": the style is her own.
        return False
    beside = any(_after_and(her, his) for her in surnames for his in own)
    return bool(own) and (beside or any(_told_as_a_man(mention, owners) for mention in own))


def _after_and(her: Span, his: Span) -> bool:
    """Whether a styled name follows "and" after his name in its sentence: "President A B of
    Kel and Mrs. B" (the parse may join her to "Kel", not to him)."""
    before = _styled_start(her) - 1
    and_ = before >= 0 and her.doc[before].lower_ in ("and", "&")
    return and_ and his.sent.start == her.sent.start and his.end <= before


def _told_as_a_man(mention: Span, owners: Mapping[int, Referent]) -> bool:
    """Styled as a man ("Mr", "Sir"), titled by a man's rank ("King"), told with "his wife",
    or, told as a subject, the next pronoun after him "he" ("A B landed, and he said"; not
    "X was met by A B and drove on, where he ...", which tells of X)."""
    if _styled_with(mention, cue_words("male_style") | cue_words("male_office")):
        return True
    joined = [*conjuncts_of(mention.root), *_joined_to_his_pronoun(mention, owners)]
    his_wife = any(map(_his_spouse, joined + _spouses_beside_subject(mention)))
    subject = mention.root.dep_ in SUBJECT_DEPS
    return his_wife or (subject and _next_pronoun_of(mention, MALE_PRONOUNS))


def _namesakes(person: Referent, referents: dict[str, Referent]) -> bool:
    """ "Ana B and her husband, Mr. Ivo B": with another B named, a "Mr. B" or a
    "Mrs. B" may be either, and tells neither's sex."""
    surname = person.name.split()[-1:]
    return any(
        ref.label == "PERSON" and ref is not person and ref.name.split()[-1:] == surname
        for ref in referents.values()
    )


def _told_as_a_woman(mention: Span) -> bool:
    women = _women_styles() | cue_words("female_office")
    return _styled_with(mention, women) or _next_pronoun_of(mention, FEMALE_PRONOUNS)


def _woman_by_style(surnames: list[Span], referents: dict[str, Referent]) -> Referent:
    """The woman told only by a style and a surname, named as printed: "Mrs. B"."""
    first = min(surnames, key=lambda mention: mention.start)
    name = first.doc[_styled_start(first) : first.end].text
    return referents.setdefault(fold(name), Referent(key=fold(name), label="PERSON", name=name))


def _styled_start(mention: Span) -> int:
    """Where a mention starts with the style before it: the style may be left out of it."""
    before = mention.start - 1
    styled = before >= 0 and mention.doc[before].lower_ in _women_styles()
    return before if styled else mention.start


def _named_by_style(person: Referent) -> bool:
    """ "Mrs. B" given her own name by `_woman_by_style`: no husband to give her on to another."""
    words = person.name.lower().split()
    return bool(words) and words[0] in _women_styles()


def _women_styles() -> frozenset[str]:
    return cue_words("wife_style") | cue_words("female_style")


def _title_for_husband(
    word: Token, husband: Referent, referents: dict[str, Referent]
) -> Span | None:
    """The mention "President" in "President and Mrs A" is for the husband to hold, or None
    when he alone holds it already. Role phrases read before ("the President" read as another
    holder) are his now; a name printed around the word ("President B C") stays its own
    bearer's. Each word is held by one referent only, or two would share a mention."""
    holders = [
        (ref, span)
        for ref in referents.values()
        for span in ref.mentions
        if span.start <= word.i < span.end
    ]
    # He may hold it already, and another too: "the President" read since as another holder.
    others = [(ref, span) for ref, span in holders if ref is not husband]
    if not others:
        return None if holders else word.doc[word.i : word.i + 1]
    if any(span.end > word.i + 1 for _, span in others):
        return None
    for ref, span in others:
        ref.mentions.remove(span)
    return others[0][1]


def _wife_of_a_couple_styled(
    husband: Referent, surnames: list[Span], referents: dict[str, Referent]
) -> Referent | None:
    """ "Mr and Mrs A gave a dinner ... B A sat beside the guest": a couple told by the surname
    alone, the wife's name nowhere told as his spouse's, is he and the one other person of
    that surname (not one styled as a man)."""
    if not any(_bare_titles_joined(mention) for mention in surnames):
        return None
    men = cue_words("male_style")
    return sole_namesake(
        husband,
        referents.values(),
        lambda ref: not any(_styled_with(mention, men) for mention in ref.mentions),
    )


def _wife_styled_by_his_inner_name(
    husband: Referent, surnames: list[Span], referents: dict[str, Referent]
) -> Referent | None:
    """ "President A B C ... Mrs B ... Mrs D B": a family name he carries before his last one
    ("B") is hers as her last; a wife styled by it is the one other person whose name ends in it
    and whom the story styles as a wife, not he (his last name is `sole_namesake`'s)."""
    words = {fold(word.text) for mention in surnames for word in _unstyled(mention)}
    inner = {fold(word) for word in husband.name.split()[1:-1]}
    if len(words) != 1 or not words <= inner:
        return None
    found = [
        ref
        for ref in referents.values()
        if ref.label == "PERSON"
        and ref.key != husband.key
        and len(ref.name.split()) > 1
        and fold(ref.name.split()[-1]) in words
        and any(_wife_styled(span) for span in ref.mentions)
    ]
    return found[0] if len(found) == 1 else None


def _surname_of(mention: Span, names: set[str]) -> bool:
    """Whether a styled mention ("Mrs A") bears one of a man's names."""
    words = [fold(word.text) for word in _unstyled(mention)]
    return bool(words) and all(word in names for word in words)


def _unstyled(mention: Span) -> list[Token]:
    return [word for word in mention if word.lower_ not in cue_words("wife_style")]


def _wife_styled(mention: Span) -> bool:
    before = mention.doc[mention.start - 1] if mention.start > 0 else None
    words = [mention[0], *([before] if before is not None else [])]
    return any(word.lower_ in cue_words("wife_style") for word in words)


def wife_of(
    husband: Referent, doc: Doc, owners: Mapping[int, Referent], referents: dict[str, Referent]
) -> Referent | None:
    """The one the story names as the husband's wife: "A and his wife, B" or "A landed with
    his wife, B" (B told right after a spouse noun joined to him or his clause), or his sole
    namesake printed as a spouse ("Mrs B A")."""
    for mention in husband.mentions:
        joined = [*conjuncts_of(mention.root), *_joined_to_his_pronoun(mention, owners)]
        for spouse in joined + _spouses_beside_subject(mention):
            if not _his_spouse(spouse):
                continue
            after = [word for word in doc[spouse.i + 1 : spouse.i + 3] if word.text != ","]
            wife = owners.get(after[0].i) if after else None
            if wife is not None and wife.label == "PERSON" and wife is not husband:
                return wife
    return sole_namesake(
        husband,
        referents.values(),
        lambda ref: any(_wife_styled(span) or _told_as_his_spouse(span) for span in ref.mentions),
    )


def _joined_to_his_pronoun(mention: Span, owners: Mapping[int, Referent]) -> list[Token]:
    """ "A will fly to Kel, where he and his wife, B, will stay": the words joined to the first
    "he" after a name in its sentence, with no other person named between, are joined to him."""
    he = _first_he_after(mention)
    if he is None:
        return []
    named = (owners.get(i) for i in range(mention.end, he.i))
    husband = owners.get(mention.start)
    if any(ref is not None and ref.label == "PERSON" and ref is not husband for ref in named):
        return []
    return list(conjuncts_of(he))


def _spouses_beside_subject(mention: Span) -> list[Token]:
    """ "A landed, accompanied by his wife, B": the spouse nouns told with the subject's own
    clause below its verb, not joined to another name ("A met C and his wife" is C's).

    Only spouse nouns are read by `wife_of`, so the noun is tested before the clause is
    climbed to: the climb walks every ancestor's children, for each word of the verb's
    subtree."""
    root = mention.root
    if root.dep_ not in SUBJECT_DEPS:
        return []
    verb = root.head
    spouse_nouns = cue_words("spouse_noun")
    return [
        word
        for word in subtree_of(verb)
        if word.i > root.i
        and word.lemma_.lower() in spouse_nouns
        and word.dep_ != "conj"
        and _clause_of(word) == verb
    ]


def _clause_of(word: Token) -> Token | None:
    """The nearest word above `word` that has a subject of its own."""
    return next(
        (
            above
            for above in ancestors_of(word)
            if any(c.dep_ in SUBJECT_DEPS for c in all_children(above))
        ),
        None,
    )


def _first_he_after(mention: Span) -> Token | None:
    """The first "he" after a name in its sentence (scanned without `.sent`, which a Doc with
    no parse lacks)."""
    for word in words_of(mention.doc)[mention.end :]:
        if word.is_sent_start:
            return None
        if word.lower_ == "he":
            return word
    return None


def _his_spouse(word: Token) -> bool:
    """ "His wife": a spouse noun a man's; "her husband, B" tells of no wife."""
    # The noun first: most words asked about are none, and their children go unwalked.
    if word.lemma_.lower() not in cue_words("spouse_noun"):
        return False
    return any(child.dep_ == "poss" and child.lower_ == "his" for child in all_children(word))


def _told_as_a_spouse(name: Span) -> bool:
    """ "His wife, B", "his wife, Madam B": a name set off after a spouse noun."""
    before = word_set_off_before(name.doc[_styled_start(name) : name.end])
    return before is not None and before.lemma_.lower() in cue_words("spouse_noun")


def _told_as_his_spouse(name: Span) -> bool:
    before = word_set_off_before(name)
    return before is not None and _his_spouse(before)


def word_set_off_before(name: Span) -> Token | None:
    """The word a name is set off after, past a comma: "his wife, B" -> "wife"."""
    before = [w for w in words_of(name.doc)[max(0, name.start - 2) : name.start] if w.text != ","]
    return before[-1] if before else None


def _bare_titles_joined(mention: Span) -> list[Token]:
    """ "Mr and Mrs A", "President and Mrs A": the bare style or title the parse joins to the
    wife's name, whatever way round."""
    root = mention.root
    joined = [*conjuncts_of(root), *([root.head] if root.dep_ == "conj" else [])]
    return [word for word in joined if word.lower_ in title_words() | honorific_words()]


MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})


def of_other_gender(person: Referent, pronoun: Token) -> bool:
    """ "Mrs Lund walked him to the car. He had flown in from Kel": a "he" never means a woman
    the story marks as one (styled "Mrs" or "Lady", titled "Queen" or "Empress", told as "his
    wife"), nor a "she" a man marked as one ("Mr", "King", "her husband"). Offices held by
    both sexes are no guide ("Sheikh" begins women's names too), a bare name may be either,
    and a surname marked both ways ("Mr and Mrs Lund") is a couple's."""
    if pronoun.lower_ in MALE_PRONOUNS:
        own, other = _male_cues(), _female_cues()
    elif pronoun.lower_ in FEMALE_PRONOUNS:
        own, other = _female_cues(), _male_cues()
    else:
        return False
    marked = [mention for mention in person.mentions if _marked_with(mention, other)]
    if not marked or any(_marked_with(mention, own) for mention in person.mentions):
        return False
    # "President A B came to Kel, and the city gave him a welcome ... Mrs. B stayed at home":
    # a style of the other gender went to his unnamed wife, which his own pronoun outweighs.
    own_pronouns = MALE_PRONOUNS if pronoun.lower_ in MALE_PRONOUNS else FEMALE_PRONOUNS
    return not any(
        _next_pronoun_of(mention, own_pronouns)
        for mention in person.mentions
        if mention not in marked
    )


@dataclass(frozen=True)
class _SexCues:
    """The words that mark a person as of one sex: styles and ranks printed before the name,
    and kin nouns the name is set beside ("his wife, A")."""

    styles: frozenset[str]
    ranks: frozenset[str]
    kin: frozenset[str]


@cache
def _male_cues() -> _SexCues:
    return _SexCues(cue_words("male_style"), cue_words("male_rank"), cue_words("male_kin"))


@cache
def _female_cues() -> _SexCues:
    return _SexCues(cue_words("female_style"), cue_words("female_office"), cue_words("female_kin"))


def _marked_with(mention: Span, cues: _SexCues) -> bool:
    # Asked of the mentions of each person told before a pronoun, for each pronoun: some 80
    # times a reading in the tuning stories, for 9 mentions and sexes.
    kept = kept_answers(mention.doc, "marked_with")
    if kept is None:
        return _marked_with_read(mention, cues)
    key = (mention.start, mention.end, cues)
    if key not in kept:
        kept[key] = _marked_with_read(mention, cues)
    return bool(kept[key])


def _marked_with_read(mention: Span, cues: _SexCues) -> bool:
    if _styled_with(mention, cues.styles | cues.ranks):
        return True
    # "The Queen", "Crown Princess A": a rank told inside a role phrase or before the name.
    unnamed = [word for word in mention if word.ent_type_ != "PERSON"]
    if any(word.lower_ in cues.ranks for word in unnamed):
        return True
    return _set_beside_kin(mention, cues.kin)


def _set_beside_kin(mention: Span, kin: frozenset[str]) -> bool:
    """ "His wife, A", "his wife A", "A, his wife": a name set beside a kin noun."""
    root = mention.root
    if root.dep_ == "appos" and root.head.lower_ in kin:
        return True
    if any(child.dep_ == "appos" and child.lower_ in kin for child in all_children(root)):
        return True
    i = mention.start - 1
    while i >= 0 and mention.doc[i].text == ",":
        i -= 1
    return i >= 0 and mention.doc[i].lower_ in kin


def _next_pronoun_of(mention: Span, pronouns: frozenset[str]) -> bool:
    """Whether the first personal pronoun after a mention that stands alone (joined to no one
    by "and"), in its own sentence and with no other person or role phrase told between, is
    one of `pronouns`: the story's own cue to the gender of the one it names ("A B landed,
    and the crowd cheered him"; not "A and B sat down, a day after the Soviet leader and his
    wife ...")."""
    root = mention.root
    if root.dep_ == "conj" or any(child.dep_ == "conj" for child in all_children(root)):
        return False
    doc = mention.doc
    roles = {i for phrase in doc.spans.get(TITLES_KEY, []) for i in _range(phrase)}
    for word in doc[mention.end : mention.sent.end]:
        if word.ent_type_ == "PERSON" or word.i in roles:
            return False
        if word.lower_ in MALE_PRONOUNS or word.lower_ in FEMALE_PRONOUNS:
            return word.lower_ in pronouns
    return False


def _styled_with(mention: Span, styles: frozenset[str]) -> bool:
    """Whether a mention starts with, or comes right after, one of the styles."""
    before = mention.doc[mention.start - 1] if mention.start > 0 else None
    return any(word.lower_ in styles for word in [mention[0], *([before] if before else [])])


def _pronoun_subject(sentence: Span) -> Token | None:
    """A "he" or "she" that is the subject of its sentence's own clause."""
    return next(
        (
            word
            for word in sentence
            if word.lower_ in ("he", "she") and word.dep_ in SUBJECT_DEPS and in_own_clause(word)
        ),
        None,
    )


_WHERE = frozenset({"where"})


def where_opening(verb: Token) -> Token | None:
    """The "where" that opens the verb's clause. "From Kell, where earlier in the week he
    attended the summit", "where on Thursday he took part": the parser may hang it on the
    adverb or the phrase of time put before the verb."""
    # Asked of nearly every verb of a stay; most stories print no "where" before it at all.
    wheres = indices_where(verb.doc, LOWER, _WHERE)
    if not wheres or wheres[0] >= verb.i:
        return None
    timed = [c for c in all_children(verb) if c.dep_ in ("advmod", "prep") and c.i < verb.i]
    words = [*all_children(verb), *(c for adverb in timed for c in all_children(adverb))]
    return next((w for w in words if w.lower_ == "where" and w.i < verb.i), None)


def subject_going_from_where(word: Token) -> Token | None:
    """ "X flew to Kel from Vadum, where he had held talks with Y", "X arrived from Lorn,
    where the President met Y": the subject of a "where" clause on a place someone is told
    going to or from is that someone, told as the subject of the verb of motion the place
    belongs to, not whoever was named last before the clause. The subject word, or None."""
    clause = word.head
    if word.dep_ not in SUBJECT_DEPS or clause.dep_ not in ("relcl", "advcl"):
        return None
    if where_opening(clause) is None:
        return None
    place = clause.head
    while place.dep_ in ("appos", "conj", "compound"):  # "from Merida, Mexico, where"
        place = place.head
    if place.dep_ != "pobj" or place.head.dep_ != "prep":
        return None
    verb = place.head.head
    while not _subjects_of(verb) and verb.dep_ in ("conj", "xcomp"):  # "arrived and went to"
        verb = verb.head
    subjects = _subjects_of(verb)
    moving = verb.pos_ == "VERB" and verb.lemma_ in cue_words("motion")
    return subjects[0] if moving and len(subjects) == 1 else None


def _subjects_of(verb: Token) -> list[Token]:
    return [child for child in all_children(verb) if child.dep_ in SUBJECT_DEPS]


def in_own_clause(word: Token) -> bool:
    """Whether a name is told in its sentence's own clause, not in a relative clause or one
    that modifies a noun ("Y, whose predecessor Z had feuded with him"), nor in a clause
    subordinated by a conjunction ("the first visit since his father Z came in 1964"): such
    a clause tells background, not who the story goes on about."""
    steps = [word, *ancestors_of(word)]
    return not any(
        step.dep_ in ("relcl", "acl") or _subordinated(step) or _subject_after_mark(step)
        for step in steps
    )


def _subordinated(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(child.dep_ == "mark" for child in all_children(clause))


def _subject_after_mark(subject: Token) -> bool:
    """ "Mrs A, the first envoy to visit since Z came in 1955, flew in": the parse may make
    the subordinate verb the sentence's root, with both names its subjects; the one told
    after the conjunction is the subordinate clause's, the one before it the sentence's."""
    verb = subject.head
    if subject.dep_ not in SUBJECT_DEPS or verb.dep_ != "ROOT":
        return False
    marks = [child.i for child in all_children(verb) if child.dep_ == "mark"]
    earlier = [child.i for child in all_children(verb) if child.dep_ in SUBJECT_DEPS]
    return any(min(earlier) < mark < subject.i for mark in marks)


def sole_namesake(
    person: Referent, people: Iterable[Referent], fits: Callable[[Referent], bool]
) -> Referent | None:
    """The one other person of the story who bears `person`'s surname and `fits`: a spouse's
    partner or a partner's spouse. None when several do, since a family may travel together."""
    if person.label != "PERSON" or len(person.name.split()) < 2:
        return None
    surname = person.name.split()[-1]
    found = [
        ref
        for ref in people
        if ref.label == "PERSON"
        and ref.key != person.key
        and ref.name.split()[-1] == surname
        and fits(ref)
    ]
    return found[0] if len(found) == 1 else None


def _entity(referent: Referent, article_id: str) -> Entity:
    surfaces = {span_text(mention) for mention in referent.mentions if mention.label_}
    where = referent.place
    return Entity(
        entity_id=slug(referent.key),
        article_id=article_id,
        label=EntityLabel(referent.label),
        name=referent.name,
        aliases=sorted(surfaces - {referent.name}),
        mention_count=len(referent.mentions),
        mentions=[
            TextSpan(text=span_text(m), start=m.start_char, end=m.end_char)
            for m in sorted(referent.mentions, key=lambda m: m.start)
        ],
        country_code=where.country_code if where else None,
        country=where.country if where else None,
        city=where.city if where else None,
    )
