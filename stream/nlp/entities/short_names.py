"""Short names and echoes of a name told in full ("Mr Varga" for "Tomas Varga"), peerages
set beside a name, and styles before a name; all of them join an existing referent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from stream.nlp import gazetteer
from stream.nlp.doctext import indices_where, text_of, words_of
from stream.nlp.entities.extents import _capitalised, _range, on_headline, peerage_end
from stream.nlp.entities.matchers import (
    MAX_SHORT_NAME_WORDS,
    MAX_STYLE_WORDS,
    MISREAD_NAME_LABELS,
    PLACE_LABELS,
    STYLE_LINKS,
)
from stream.nlp.entities.names import _key_and_name, person_named
from stream.nlp.entities.owners import after_line_break
from stream.nlp.entities.sites import after_a_title
from stream.nlp.entities.table import Referent
from stream.nlp.lexicon import alias_index, cue_words, fold, office_styles, title_words


def _short_names(doc: Doc, people: Iterable[Span]) -> dict[str, Span]:
    """ "Minister Amara Tolu (Amtolu) arrived ... Amtolu said": a name in brackets right after
    a person's full name is what the story calls that person from then on. A place or an
    outlet in brackets ("(Ruritania)", "(AP)") is no name."""
    found: dict[str, Span] = {}
    for ent in people:
        opening = ent.end
        if len(ent) < 2 or opening >= len(doc) or doc[opening].text != "(":
            continue
        inner = doc[opening + 1 : opening + 2 + MAX_SHORT_NAME_WORDS]
        close = next((t.i for t in inner if t.text == ")"), None)
        if close is None or close == opening + 1:
            continue
        short = doc[opening + 1 : close]
        if _could_be_short_name(short):
            found.setdefault(fold(short.text), ent)
    return found


def _could_be_short_name(short: Span) -> bool:
    return (
        all(word.is_alpha and word.is_title for word in short)
        and len(short.text) > 2
        and fold(short.text) not in alias_index()
        and gazetteer.place(short.text) is None
    )


def add_name_echoes(
    doc: Doc, referents: dict[str, Referent], known_as: Mapping[str, Referent]
) -> None:
    """A capitalised word outside any entity that repeats a person's surname, or the short
    name the story gave them, is that person: the model often misses the bare "Ryu" after
    "Ryu Chol Min"."""
    people = [ref for ref in referents.values() if ref.label == "PERSON"]
    # The key is folded ("dragicevic"), the text keeps its diacritics ("Dragičević").
    names = {w for ref in people for w in (*ref.key.split(), *ref.name.lower().split())}
    wanted = {doc.vocab.strings.add(name) for name in (*names, *known_as)}
    # Read the lower-case forms as one array: making a Token per word costs more than the rest.
    found = [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in wanted]
    for token in (doc[i] for i in found):
        if _particle_hyphened_on(token):
            continue
        # The tagger reads some names with diacritics as nouns: "Dragičević will pay".
        misread = token.ent_type_ in MISREAD_NAME_LABELS
        # An initial run on ("Ts.Elbegdorj") may be tagged a number.
        initialled = token.pos_ == "NUM" and "." in token.text and token.text[-1].isalpha()
        if (token.pos_ in ("PROPN", "NOUN") or initialled) and misread and _capitalised(token):
            word = token.doc[token.i : token.i + 1]
            other = _another_bearer(word, names)
            if other is not None:
                _add(referents, _key_and_name(other), other, "PERSON")
                continue
            person = (
                known_as.get(token.lower_)
                or one_word_person(word, referents)
                or person_named(word, referents)
            )
            if person is not None:
                person.mentions.append(Span(doc, token.i, token.i + 1, label="PERSON"))


def _particle_hyphened_on(word: Token) -> bool:
    """ "Al" in "Al-Noor" is no echo of "A bin B Al C": a name's particle hyphened onto the
    next word belongs to that word; one set apart ("Le Marrec") may still begin a surname."""
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return (
        word.lower_ in cue_words("name_particle")
        and following is not None
        and following.text == "-"
    )


def add_names_known_as(doc: Doc, referents: dict[str, Referent]) -> None:
    """ "Kell, widely known as Adokel, told him ... Adokel was in Tarsa": the name a
    person is said to be known by is that person wherever the story uses it, whatever the
    model read it as."""
    owners = _person_owners(referents)
    for words in (tuple(phrase.split()) for phrase in cue_words("name_given")):
        size = len(words)
        for start in indices_where(doc, LOWER, frozenset({words[0]})):
            if tuple(word.lower_ for word in doc[start : start + size]) != words:
                continue
            person = owners.get(_named_before_comma(doc, start))
            name = _name_at(doc, start + size)
            if person is not None and name is not None:
                _take_name(referents, person, name)


def add_peerages_set_beside(doc: Doc, referents: dict[str, Referent]) -> None:
    """ "Prince Ado, the Duke of Belmark, arrived ... a banquet for the Duke of Belmark": a
    peerage set beside a person's name by commas is that person wherever the story tells it
    again, either side of the name."""
    owners = _person_owners(referents)
    peers: dict[str, set[str]] = {}
    titles = [doc[i] for i in indices_where(doc, LOWER, cue_words("peerage"))]
    for title in titles:
        end = peerage_end(title) if title.is_title else None
        if end is None:
            continue
        start = title.i - int(title.i > 0 and doc[title.i - 1].lower_ == "the")
        before = owners.get(start - 2) if start > 1 and doc[start - 1].text == "," else None
        after = owners.get(_past_titles(doc, end + 1)) if doc[end : end + 1].text == "," else None
        person = before or after
        if person is not None:
            _take_name(referents, person, Span(doc, title.i, end, label="PERSON"))
            peers.setdefault(title.lower_, set()).add(person.key)
    _add_peerages_of_the_royal(doc, referents, titles, peers)
    _add_peers_told_in_full(referents, peers)
    _add_bare_peerages(doc, referents, titles, peers)


def _add_peerages_of_the_royal(
    doc: Doc, referents: dict[str, Referent], titles: list[Token], peers: dict[str, set[str]]
) -> None:
    """ "The Queen and Prince Ado landed ... a banquet for the Queen and the Duke of Belmark":
    royal men and women hold peerages beside their rank, so a peerage set beside no name is
    the story's one prince (a peeress its one princess), when it tells only one."""
    unheld = [title for title in titles if title.lower_ not in peers and _told_as_style(title)]
    for title in unheld:
        holder = _sole_royal_of_rank(referents, title)
        if holder is None:
            continue
        end = peerage_end(title)
        if end is not None:
            _take_name(referents, holder, Span(doc, title.i, end, label="PERSON"))
        peers.setdefault(title.lower_, set()).add(holder.key)


def _add_peers_told_in_full(referents: Mapping[str, Referent], peers: dict[str, set[str]]) -> None:
    """ "The Queen and the Duke of Belmark landed ... Later the Duke flew to Kell": a peer the
    story names by the peerage alone, no name beside it, holds that rank in the story too."""
    held = set(peers)
    for ref in referents.values():
        titles = {span[0].lower_ for span in ref.mentions if _peerage_in_full(span)}
        for title in titles - held if ref.label == "PERSON" else ():
            peers.setdefault(title, set()).add(ref.key)


def _peerage_in_full(span: Span) -> bool:
    """ "Duke of Belmark": a rank of the peerage, "of" and a territory."""
    return len(span) > 2 and span[1].lower_ == "of" and span[0].lower_ in cue_words("peerage")


def _told_as_style(title: Token) -> bool:
    """ "the Duke", "the Duke of Belmark"; not "Grand Duke Ivo", a rank before a name."""
    doc = title.doc
    return title.is_title and title.i > 0 and doc[title.i - 1].lower_ == "the"


def _sole_royal_of_rank(referents: Mapping[str, Referent], title: Token) -> Referent | None:
    female = title.lower_ in cue_words("female_office")
    ranks = {
        rank for rank in cue_words("peer_rank") if (rank in cue_words("female_office")) == female
    }
    royals = {
        ref.key: ref
        for ref in referents.values()
        if ref.label == "PERSON" and any(_named_after_rank(span, ranks) for span in ref.mentions)
    }
    return next(iter(royals.values())) if len(royals) == 1 else None


def _named_after_rank(span: Span, ranks: set[str]) -> bool:
    """ "Prince Ado", told with or without the rank inside the name; not "the Prince of Kell",
    nor "Crown Prince Ado", an heir told by the title of his own throne."""
    doc = span.doc
    rank = span.start if span[0].lower_ in ranks else span.start - 1
    if rank < 0 or doc[rank].lower_ not in ranks or (rank > 0 and doc[rank - 1].lower_ == "crown"):
        return False
    return rank < span.start or (len(span) > 1 and span[1].lower_ != "of")


def _add_bare_peerages(
    doc: Doc, referents: dict[str, Referent], titles: list[Token], peers: dict[str, set[str]]
) -> None:
    """ "Prince Ado, the Duke of Belmark, ... Later the Duke flew to Kell": once a peerage is
    set beside a name, the rank alone is that person, when no other holder of it is told. The
    model may have made a person of the rank word itself: that is the holder too."""
    owners = _person_owners(referents)
    for title in titles:
        holders = peers.get(title.lower_, set())
        if len(holders) != 1 or not _bare_peerage(title):
            continue
        (key,) = holders
        owner = owners.get(title.i) or _rank_read_as_a_name(referents, title)
        if owner is None:
            referents[key].mentions.append(Span(doc, title.i, title.i + 1, label="PERSON"))
        elif owner.key == fold(title.text) and owner.key in referents:
            referents[key].mentions.extend(owner.mentions)
            del referents[owner.key]


def _rank_read_as_a_name(referents: Mapping[str, Referent], title: Token) -> Referent | None:
    """ "Duke" read as an organisation: the rank word alone, a referent of its own."""
    bare = referents.get(fold(title.text))
    if bare is None or not any(span.start == title.i for span in bare.mentions):
        return None
    return bare


def _bare_peerage(title: Token) -> bool:
    """ "the Duke", not "the Duke of Belmark" nor "the Duke and Duchess of Belmark" (a pair
    told under one territory)."""
    doc, after = title.doc, title.i + 1
    if not title.is_title or title.i == 0 or doc[title.i - 1].lower_ != "the":
        return False
    if after < len(doc) and doc[after].lower_ == "of":
        return False
    return not (
        after + 1 < len(doc)
        and doc[after].lower_ == "and"
        and doc[after + 1].lower_ in cue_words("peerage")
    )


def _past_titles(doc: Doc, start: int) -> int:
    while start < len(doc) - 1 and doc[start].is_title and doc[start].lower_ in title_words():
        start += 1
    return start


def _person_owners(referents: Mapping[str, Referent]) -> dict[int, Referent]:
    """Which person each word of a person's mention tells of."""
    return {
        i: ref
        for ref in referents.values()
        if ref.label == "PERSON"
        for span in ref.mentions
        for i in _range(span)
    }


def _named_before_comma(doc: Doc, start: int) -> int:
    """Where the name set off by a comma before "(widely) known as" ends, or -1."""
    before = start - 1
    while before > 0 and doc[before].pos_ == "ADV" and doc[before].is_lower:
        before -= 1
    return before - 1 if before > 0 and doc[before].text == "," else -1


def _name_at(doc: Doc, start: int) -> Span | None:
    """The capitalised name of a word or a few at `start`, no title among them."""
    end = start
    while (
        end < len(doc)
        and end - start < MAX_SHORT_NAME_WORDS
        and _capitalised(doc[end])
        and doc[end].lower_ not in title_words()
    ):
        end += 1
    ended = end == len(doc) or not _capitalised(doc[end])
    return Span(doc, start, end, label="PERSON") if end > start and ended else None


def _take_name(referents: dict[str, Referent], person: Referent, name: Span) -> None:
    """Fold the name, as the story tells it anywhere, into the person it is another name of:
    the referent the model made of it, and the words it left unlabelled."""
    key = fold(name.text)
    other = referents.get(key)
    if other is not None and other is not person:
        person.mentions.extend(Span(m.doc, m.start, m.end, label="PERSON") for m in other.mentions)
        del referents[key]
    taken = {i for ref in referents.values() for span in ref.mentions for i in _range(span)}
    doc, size = name.doc, len(name)
    wanted = [word.text for word in name]
    for start in indices_where(doc, LOWER, frozenset({name[0].lower_})):
        told = [word.text for word in doc[start : start + size]] == wanted
        if told and taken.isdisjoint(range(start, start + size)):
            person.mentions.append(Span(doc, start, start + size, label="PERSON"))


def _another_bearer(word: Span, names: set[str]) -> Span | None:
    """ "Ambassador Hari Bahadur Thapa" in a story about Ram Thapa: given names the model left
    untagged before the surname, none of them a name of anyone the story tells, make the full
    name of another person."""
    doc = word.doc
    start = word.start
    while start > 0 and _given_name_word(doc[start - 1]):
        start -= 1
    given = doc[start : word.start]
    if not given or any(fold(w.text) in names or w.lower_ in names for w in given):
        return None
    # "Lena Vik Holm" after "Lena Holm": the word echoed must end the name, and the name
    # must follow an office or a spouse's role (a palace or an air base named for someone
    # names no one).
    ends = word.end >= len(doc) or not _given_name_word(doc[word.end])
    if not ends or not (_after_an_office(doc, start) or _set_off_after_a_spouse(doc, start)):
        return None
    full = Span(word.doc, start, word.end, label="PERSON")
    # In a title-case headline the words before a surname may be anything: "Tolu Greets Renn".
    return None if on_headline(full, text_of(word.doc)) else full


def _after_an_office(doc: Doc, start: int) -> bool:
    """ "Ambassador Hari Thapa", "Ambassador to the United States Hari Thapa"."""
    before = start - 1
    if before >= 0 and doc[before].ent_type_ in PLACE_LABELS:
        while before > 0 and doc[before - 1].ent_type_ == doc[before].ent_type_:
            before -= 1
        before -= 2 if before >= 2 and doc[before - 1].lower_ == "the" else 1
        if before < 1 or doc[before].lower_ not in ("to", "of", "for", "in"):
            return False
        before -= 1
    return before >= 0 and doc[before].lower_ in title_words()


def _set_off_after_a_spouse(doc: Doc, start: int) -> bool:
    """ "President Ivo Marek and the First Lady, Ana Marek", "his wife, Ana Marek": a name set
    off after a spouse's role is the spouse's own, though it shares the partner's surname."""
    if start < 2 or doc[start - 1].text != ",":
        return False
    role = doc[start - 2]
    if role.lower_ in cue_words("spouse_noun"):
        return True
    styles = office_styles()
    return any(
        styles.get(" ".join(w.lower_ for w in doc[start - 1 - size : start - 1])) == "spouse"
        for size in range(1, min(MAX_STYLE_WORDS, start - 1) + 1)
    )


def _given_name_word(word: Token) -> bool:
    untagged = word.ent_type_ in MISREAD_NAME_LABELS and word.pos_ == "PROPN"
    return untagged and _capitalised(word) and word.lower_ not in title_words()


def one_word_person(word: Span, referents: dict[str, Referent]) -> Referent | None:
    """A person the story names by one word only ("Dr Tolu" told as "Tolu" once an honorific
    is cut off) comes back as that same word, which no shorter form can match. Only a name
    once told after a title: a word the model alone calls a person may be a thing or a people."""
    found = referents.get(fold(word.text))
    if found is None or found.label != "PERSON" or fold(word.text) in alias_index():
        return None
    return found if any(map(after_a_title, found.mentions)) else None


def add_styles(doc: Doc, referents: dict[str, Referent]) -> None:
    """ "The Keeper of the Seven Seals King Arno Vell held talks ... the Keeper of the Seven
    Seals said": a capitalised style printed once before a person's name stands for them,
    there (the parse may hang the name on the style) and where it comes back alone."""
    styles: dict[tuple[str, ...], Referent] = {}
    for ref in referents.values():
        for span in ref.mentions if ref.label == "PERSON" else ():
            words = _style_before(span)
            if words is not None:
                styles.setdefault(words, ref)
    if not styles:
        return
    taken = {i for ref in referents.values() for span in ref.mentions for i in _range(span)}
    lowered = [word.lower_ for word in doc]
    for words, ref in styles.items():
        size = len(words)
        for start in range(len(doc) - size + 1):
            if tuple(lowered[start : start + size]) != words or not doc[start].is_title:
                continue
            if taken.isdisjoint(range(start, start + size)):
                ref.mentions.append(Span(doc, start, start + size, label="PERSON"))


def _style_before(span: Span) -> tuple[str, ...] | None:
    """The words of "the Keeper of the Seven Seals" before "King Arno Vell": capitalised
    words and links, opened by "the", with no office word among them (offices are titles)."""
    doc, end = span.doc, span.start
    words = words_of(doc)
    while end > 0 and words[end - 1].is_title and words[end - 1].lower_ in title_words():
        end -= 1
    start = end
    while (
        start > 0
        and end - start < MAX_STYLE_WORDS
        and (words[start - 1].is_title or words[start - 1].lower_ in STYLE_LINKS)
        and words[start - 1].ent_type_ in ("", "CARDINAL", "ORDINAL")
        and not after_line_break(words[start])
    ):
        start -= 1
    opening = next((word.i for word in words[start:end] if word.lower_ == "the"), None)
    if opening is None:
        return None
    style = doc[opening + 1 : end]
    if len(style) < 2 or not (style[0].is_title and style[-1].is_title):
        return None
    if any(word.lower_ in title_words() for word in style):
        return None
    return tuple(word.lower_ for word in style)


def _add(
    referents: dict[str, Referent], key_and_name: tuple[str, str], span: Span, label: str
) -> None:
    key, name = key_and_name
    referent = referents.get(key)
    if referent is None:
        referents[key] = Referent(key=key, label=label, name=name, mentions=[span])
        return
    referent.mentions.append(span)
    fuller = len(fold(name)) > len(fold(referent.name))
    # "Bergen" in the story names the place better than the dateline's "BERGEN", and "Ivo
    # Marek" the person better than a lede's "IVO Marek".
    as_printed = len(fold(name)) == len(fold(referent.name))
    if (fuller or (as_printed and _shouted(name) < _shouted(referent.name))) and fold(name) == key:
        referent.name = name


def _shouted(name: str) -> int:
    """How many words of a name are set in capitals: a dateline's, or a lede's first."""
    return sum(word.isupper() and len(word) > 1 for word in name.split())


# Words a body's initials pass over: "Organisation of the Islamic Conference" is OIC.
INITIALS_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "&"})


def add_bodies_known_by_initials(referents: dict[str, Referent]) -> None:
    """ "The head of the Lorn Space Research Agency ... the LSRA scientists": a body the story
    names in full and then by its initials is one body; the initials are folded into the one
    body named in full that they spell."""
    bodies = [ref for ref in referents.values() if ref.label == "ORG"]
    for short in bodies:
        letters = short.name.replace(".", "")
        if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
            continue
        spelt = [ref for ref in bodies if ref is not short and _initials(ref.name) == letters]
        if len(spelt) == 1 and short.key in referents:
            spelt[0].mentions.extend(short.mentions)
            del referents[short.key]


def _initials(name: str) -> str:
    words = [word for word in name.split() if word.lower() not in INITIALS_SKIP]
    return "".join(word[0] for word in words if word[:1].isupper()) if len(words) > 1 else ""
