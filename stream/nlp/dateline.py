"""Find the dateline an article opens with: `Pune, March 3 (IANS)`, `WASHINGTON (AP) —`.

`Dateline.text` is the dateline itself, without the dash or colon that may separate it from the
story, and `text[dateline.start:dateline.end] == dateline.text`.

A capitalised phrase at the start of a line is not enough to call it a dateline ("President
Solberg met ..."): it needs two signs among a date, an agency, a separator, an upper-case place,
a place the gazetteer knows and a line of its own, or an agency the table below knows, and the
story must go on with a capital, a digit or a quote. Releases and web copies put furniture
above the dateline ("Media Note", "Office of the Spokesperson", a headline), so every line
near the top is tried. An upper-case acronym before a colon ("IAEA: Iran ...") still reads as
a place, but not on a headline's line ("Lund: Talks went well" names whom it quotes).
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from stream.contracts import Dateline
from stream.nlp import gazetteer
from stream.nlp.dates import MONTHS, WEEKDAYS

KNOWN_AGENCIES = frozenset({
    "AFP", "ANI", "ANSA", "AP", "Anadolu", "Antara", "Bernama", "CNA", "EFE", "IANS", "Interfax",
    "IRNA", "KCNA", "Kyodo", "Lusa", "PTI", "Reuters", "RIA Novosti", "Sputnik", "TASS", "UNI",
    "UPI", "WAM", "Xinhua", "Yonhap", "dpa",
})  # fmt: skip
"""Wire services whose name alone marks a dateline: `Moscow (TASS)`."""

# Upper-case words that open a story without being a place: "UPDATE: ...", and the label of a
# link to another story ("ALSO READ: ...", "RELATED: ..."). Credits too: a
# byline ("BY JANE DOE", "DAILY NEWS WITH AGENCIES", "STAFF WRITER") names people, no place.
_KICKERS = frozenset({
    "AGENCIES", "BY", "CORRESPONDENT", "FROM", "REPORTER", "STAFF", "WITH", "WRITER",
    "ANALYSIS", "BREAKING", "CAPTION", "COMMENT", "COMMENTARY", "CORRECTED", "EDITORIAL",
    "EXCLUSIVE", "EXPLAINER", "FACTBOX", "FEATURE", "FEATURES", "FILE", "INSIGHT", "INTERVIEW",
    "LIVE", "NOTE", "OPINION", "PHOTO", "PHOTOS", "PICTURE", "POSTED", "PROFILE", "PUBLISHED",
    "READ", "REFILE", "RELATED", "RELEASE", "REVIEW", "UPDATE", "UPDATED", "VIDEO", "WATCH",
})  # fmt: skip
# A web outlet that signs its copy with its address: "NEWSDESK.COM -" is an agency, no place.
_SITE = re.compile(r"[\w-]+\.(?:com|net|org|info|news|[a-z]{2})", re.IGNORECASE)

FURNITURE_CHARS = 600
"""How far into a text a dateline may stand below furniture lines."""

_SPACE = r"[^\S\n]"  # a dateline never spans lines
# A whole word with a (Latin-1) capital: "SÃO", "ST.", never the "NAT" of "NATO-led".
# "MEXICO CITY.- President ...": the ".-" after a word is the separator, never part of it.
_WORD_CHAR = r"(?:(?!\.-)[\w.'\u2019-])"
_WORD = rf"[A-Z\u00c0-\u00d6\u00d8-\u00de]{_WORD_CHAR}*(?!{_WORD_CHAR})"
_MONTH = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_AGENCY_NAME = rf"[A-Za-z][\w&.'-]*(?:{_SPACE}[A-Za-z][\w&.'-]*){{0,2}}"

# "May 21" and "10 Sep", with an optional year ("July 9/2018" in some agencies' style).
_DATE = (
    rf"(?:{_MONTH}{_SPACE}*\d{{1,2}}(?!\d)|\d{{1,2}}{_SPACE}+{_MONTH}(?![\w.]))"
    rf"(?:(?:,?{_SPACE}*|/)\d{{4}}(?!\d))?"
)
# A date by another calendar printed before the Gregorian one: "Rajab 3, 1445, January 15".
_OTHER_CALENDAR = rf"{_WORD}{_SPACE}+\d{{1,2}},{_SPACE}*\d{{3,4}}(?=,)"
# Another place word, never the month of a date that follows with no comma ("Lome May 3").
_MORE_PLACE = rf"{_SPACE}+(?!{_MONTH}{_SPACE}+\d){_WORD}"
# An agency in capitals without brackets after the place or date: "Riyadh, May 3, AGENCY --",
# "RIYADH, May 3 AGENCY -", "RIYADH, May 3, AGENCY:", or a name of joined capitalised words
# ("Riyadh, May 3, Lor-Press --").
_BARE_AGENCY = rf"(?:[A-Z]{{2,}}|[A-Z][a-z]+(?:-[A-Z][a-z]+)+)(?={_SPACE}*(?:--|[-\u2014\u2013:]))"
# A place in lower case ("omsk, March 3 (Interfax) -") only with a date and an agency.
_LOWER_PLACE = r"[a-z][a-z'\u2019-]+(?:[^\S\n][a-z][a-z'\u2019-]+)?"

_DATELINE = re.compile(
    # The agency first: "(AGENCY) - Lima, May 3 -".
    rf"\s*(?P<dateline>(?:\((?P<lead_agency>{_AGENCY_NAME})\){_SPACE}*[-\u2014\u2013]+{_SPACE}*)?"
    rf"(?P<place>{_WORD}(?:{_MORE_PLACE}){{0,3}}|{_LOWER_PLACE})"
    rf"(?:{_SPACE}*\[[^\]\n]{{1,30}}\])?"  # region: "Pune [India]"
    # region: ", Ukraine"; never the month of another calendar's date
    rf"(?:,{_SPACE}*(?!{_MONTH}\b)(?P<region>{_WORD}(?:{_SPACE}+{_WORD}){{0,2}})(?!{_SPACE}+\d))?"
    rf"(?:,{_SPACE}*{_OTHER_CALENDAR})?"
    rf"(?:(?:,{_SPACE}*|{_SPACE}+)(?P<date>{_DATE})\.?)?"
    rf"(?:,?{_SPACE}*(?:\((?P<paren_agency>{_AGENCY_NAME})\)|/(?P<slash_agency>{_AGENCY_NAME})/"
    rf"|(?<=,{_SPACE}|\d{_SPACE})(?P<bare_agency>{_BARE_AGENCY})))?)"
    rf"(?:{_SPACE}*(?P<separator>--|\.-|[-\u2014\u2013:.]))?"  # "(EFE).-", "/TASS/."
    r"(?=\s*(?:$|[A-Z0-9\"'\u201c\u2018]))"
)


def _place_name(place: str) -> str:
    """`NEW DELHI` and `moscow` -> `New Delhi` and `Moscow`; mixed case stays as printed."""
    # "ALGIERS- President X said": the dash set right on the place is its separator.
    place = place.rstrip("-\u2013\u2014")
    return place.title() if place.isupper() or place.islower() else place


def _signs(match: re.Match[str], agency: str | None) -> int:
    return sum(
        (
            match["date"] is not None,
            agency is not None,
            agency in KNOWN_AGENCIES,
            match["separator"] is not None,
            match["place"].isupper(),
            _is_known_place(match["place"]),
            _ends_line(match),
        )
    )


def _runs_into_sentence(match: re.Match[str], agency: str | None) -> bool:
    """ "US Secretary of State X arrived", "UAE President receives X": an upper-case name
    followed by a word in mixed case with nothing between, no date, agency or separator, is the
    sentence's own subject; a dateline is set off ("ALGIERS- President", "OTTAWA" on a line of
    its own). A word in capitals after it may still be more of the place's name."""
    if match["separator"] or match["date"] or agency or match["place"].endswith("-"):
        return False
    word = re.match(rf"{_SPACE}+([^\W\d_][\w'\u2019-]*)", match.string[match.end() :])
    return word is not None and not word[1].isupper()


def _is_known_place(name: str) -> bool:
    known = gazetteer.place(_place_name(name))
    return known is not None and known.kind in ("country", "city")


# A line that ends a sentence: a full stop, a question or an exclamation, then any closing quote.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*[^\S\n]*$")


def _headline_kicker(match: re.Match[str]) -> bool:
    """ "Lund: Talks went well", "Haiti: Lula in Port-au-Prince": a line ending in no full
    stop, over more of the story, is a headline, and the name before its colon is whom or what
    it is about (a speaker, a country); a dateline's colon opens the story's first sentence,
    which ends in one ("NEW DELHI: The minister said on Friday ... .")."""
    if match["separator"] != ":" or _ends_line(match):
        return False
    end = match.string.find("\n", match.end())
    if end < 0 or not match.string[end:].strip():
        return False
    return _SENTENCE_END.search(match.string, match.end(), end) is None


def _ends_line(match: re.Match[str]) -> bool:
    rest = match.string[match.end() :]
    return not rest.strip(" \t") or rest.lstrip(" \t").startswith("\n")


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer("\n", text[:FURNITURE_CHARS]))]


# Cached: a text is read at ingest, before the parser and again after it (Dateline is frozen).
@lru_cache(maxsize=256)
def find_dateline(text: str) -> Dateline | None:
    """The dateline the story opens with, below any furniture lines, or None."""
    starts = _line_starts(text)
    found = [dateline for dateline in map(partial(_dateline_at, text), starts) if dateline]
    # "OKORO-MENDES TALKS" over "LAGOS, May 9 AAP -": a headline slug in capitals looks
    # like a place on a line of its own; a later dateline with a place, date or agency that
    # vouches for it is the story's.
    vouched = [dateline for dateline in found if not _unvouched(dateline)]
    # "CARTER IN LAGOS" over "From Jane Doe, Lagos": a byline naming a known filing place
    # vouches for itself, over a headline that only looks like a dateline.
    byline = next(filter(None, (_byline_place(text, start) for start in starts)), None)
    return next(iter(vouched or ([byline] if byline else found)), None)


def _unvouched(dateline: Dateline) -> bool:
    """A dateline of capitals alone: no date, no agency, and a place the gazetteer does not know."""
    if dateline.agency is not None or dateline.place is None or _is_known_place(dateline.place):
        return False
    return _DATE_IN.search(dateline.text) is None


_DATE_IN = re.compile(_DATE)


# "From Jane Doe in MOSCOW, Russia", "By our correspondent in Nairobi": a byline line that
# says where its writer filed from.
_BYLINE_PLACE = re.compile(
    rf"(?i:from|by){_SPACE}+[^\n]{{1,60}}?{_SPACE}+(?i:in){_SPACE}+"
    rf"(?P<place>{_WORD}(?:{_SPACE}+{_WORD}){{0,2}})"
    rf"(?:,{_SPACE}*{_WORD}(?:{_SPACE}+{_WORD}){{0,2}})?{_SPACE}*(?=\n|$)"
)


# "From Jane Doe, Nairobi", "By Jane Doe, Nairobi | May 3": a byline that prints its
# writer's filing place after the name, with no "in".
_BYLINE_PLACE_AFTER_NAME = re.compile(
    rf"(?i:from|by){_SPACE}+[^\n,|]{{1,60}}?,{_SPACE}*"
    rf"(?P<place>{_WORD}(?:{_SPACE}+{_WORD}){{0,2}}){_SPACE}*(?=\n|$|\|)"
)


def _byline_place(text: str, start: int) -> Dateline | None:
    """Where a byline files the story from, when no dateline says it: the byline's line is
    then the dateline, and its place the filing place, if the gazetteer knows it."""
    match = _BYLINE_PLACE.match(text, start) or _BYLINE_PLACE_AFTER_NAME.match(text, start)
    if match is None or not _is_known_place(match["place"]):
        return None
    return Dateline(
        text=match[0].rstrip(),
        place=_place_name(match["place"]),
        start=match.start(),
        end=match.start() + len(match[0].rstrip()),
    )


def _dateline_at(text: str, start: int) -> Dateline | None:
    match = _DATELINE.match(text, start)
    # "FILE PHOTO:" over a caption, "PRESS RELEASE" over a release: furniture, not a place.
    if match is None or not _KICKERS.isdisjoint(match["place"].upper().split()):
        return None
    # "Friday, January 18, 2019" on a line of its own dates the story; it files it nowhere.
    if match["place"].lower() in WEEKDAYS:
        return None
    place, agency = _place_and_agency(match)
    if place is None:
        return _site_dateline(match, agency)
    stopped = _place_before_full_stop(match, agency)
    if stopped is not None:
        return stopped
    if _signs(match, agency) < 2 or _runs_into_sentence(match, agency) or _headline_kicker(match):
        return None
    if match["place"].islower() and (match["date"] is None or agency is None):
        return None
    # "(AGENCY) - The Senate voted": an agency first needs a date or a known place after it.
    if match["lead_agency"] and match["date"] is None and not _is_known_place(place):
        return None
    return Dateline(
        text=match["dateline"],
        place=_place_name(place),
        agency=agency,
        start=match.start("dateline"),
        end=match.end("dateline"),
    )


def _place_and_agency(match: re.Match[str]) -> tuple[str | None, str | None]:
    """The place and the agency, wherever the agency stands; "LIMA. AGENCY -" puts the agency
    after a full stop, where it reads as one more word of the place."""
    place: str | None = match["place"]
    agency = (
        match["lead_agency"]
        or match["paren_agency"]
        or match["slash_agency"]
        or match["bare_agency"]
    )
    head, stop, tail = match["place"].partition(". ")
    if stop and agency is None and len(head) > 3 and tail.isupper() and match["separator"]:
        place, agency = head, tail
    if _SITE.fullmatch(match["place"]):
        place, agency = None, match["place"]
    return place, agency


def _place_before_full_stop(match: re.Match[str], agency: str | None) -> Dateline | None:
    """ "Lorn. President X arrived ...": some papers set the city off by a full stop alone,
    which the place pattern reads as one more word of it; a city the gazetteer knows, before
    a story that goes on in mixed case, is the dateline."""
    head, stop, tail = match["place"].partition(". ")
    if not stop or agency is not None or match["date"] is not None or tail.isupper():
        return None
    known = gazetteer.place(_place_name(head))
    if known is None or known.kind != "city" or not tail[:1].isupper():
        return None
    start = match.start("place")
    return Dateline(text=head, place=_place_name(head), start=start, end=start + len(head))


def _site_dateline(match: re.Match[str], site: str | None) -> Dateline | None:
    """An outlet's web address alone before a dash: where the story was filed is unsaid."""
    if site is None or match["separator"] not in ("-", "--", "\u2014", "\u2013"):
        return None
    return Dateline(
        text=match["dateline"],
        agency=site,
        start=match.start("dateline"),
        end=match.end("dateline"),
    )


def place_filed_from(text: str, dateline: Dateline) -> gazetteer.Place | None:
    """Where a story was filed: the dateline's place as the gazetteer knows it, unless the
    dateline prints another country after it ("MAGDALENA, Mexico" is no Colombian region of
    that name), else a town of its own in the country it prints ("VELMORA BAY, Uruguay")."""
    if dateline.place is None:
        return None
    known = gazetteer.place(dateline.place)
    if known is not None and not _printed_elsewhere(text, dateline, known):
        return known
    return _town_filed_from(text, dateline)


def _printed_elsewhere(text: str, dateline: Dateline, known: gazetteer.Place) -> bool:
    """Whether the dateline prints a country, after a place of that name, other than the
    known place's: a name shared by towns of many countries means the one it prints."""
    match = _DATELINE.match(text, dateline.start)
    if known.kind == "country" or match is None or _place_name(match["place"]) != dateline.place:
        return False
    printed = _printed_country(match["region"])
    return printed is not None and printed != known.country_code


def _town_filed_from(text: str, dateline: Dateline) -> gazetteer.Place | None:
    """ "VELMORA BAY, Uruguay, April 14 -": a town the gazetteer does not know (or knows only
    in another country), printed before the country it lies in, is still where the story was
    filed: a city of that country. None for a town printed without its country (nothing
    places it), and for a line that only looks like a dateline ("JANE MARLOW, OSLO" is a
    byline)."""
    if dateline.place is None:
        return None
    match = _DATELINE.match(text, dateline.start)
    if match is None or _place_name(match["place"]) != dateline.place:
        return None
    country = _printed_country(match["region"]) or _country_of_abbreviated_region(
        match["region"], text
    )
    if country is None or not _town_shaped(match["place"]):
        return None
    # "Lund Signs Pact, Peru" in a headline: a dateline's other marks vouch for the town.
    signs = (
        match["date"] is not None,
        _place_and_agency(match)[1] is not None,
        match["separator"] is not None,
        match["place"].isupper(),
    )
    if not any(signs):
        return None
    return gazetteer.town_in(_name_spelled_in_full(dateline.place, text), country)


# Words that end a town's full name after the short one a dateline prints.
_SETTLEMENT_WORDS = ("Village", "Town", "City")


def _name_spelled_in_full(town: str, text: str) -> str:
    """ "KORRANTH, Peru -" over a story that tells "the lodge in Korranth Village": the town
    the dateline prints short is the one the story names in full, its most specific name."""
    words = "|".join(_SETTLEMENT_WORDS)
    found = re.search(rf"\b{re.escape(town)} (?:{words})\b", text)
    return found[0] if found else town


def _town_shaped(place: str) -> bool:
    """A town's name is a few words, none a weekday, the first no article ("THE MONDAY
    REVIEW"), and no full stop inside ("OSLO. OUR ENVOY" is a city and a byline)."""
    words = place.split()
    if len(words) > 3 or ". " in place or words[0].lower() == "the":
        return False
    return all(word.lower().strip(",") not in WEEKDAYS for word in words)


def _printed_country(region: str | None) -> str | None:
    """The ISO code of the country a dateline prints after its town: a country, or a region
    the gazetteer knows ("Texas"); never another city ("JANE MARLOW, OSLO" is a byline)."""
    where = gazetteer.place(_place_name(region)) if region else None
    if where is None or where.kind not in ("country", "region"):
        return None
    return where.country_code


# A capitalised word of the story, or two: the full name an abbreviation may stand for.
_SPELLED_OUT = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b")


def _country_of_abbreviated_region(region: str | None, text: str) -> str | None:
    """ "LORNVILLE, Ont. (CP) -": a region cut short in the dateline's style is the one
    the story spells out in full ("Ontario"), whose letters it keeps in order; read as a
    word of its own it may be some town elsewhere. None when the story names no such region,
    or regions of more than one country."""
    if region is None or not region.endswith(".") or " " in region:
        return None
    letters = region[:-1].lower()
    countries = {
        where.country_code
        for name in set(_SPELLED_OUT.findall(text))
        if _abbreviates(letters, name.lower())
        and (where := gazetteer.place(name)) is not None
        and where.kind == "region"
    }
    return countries.pop() if len(countries) == 1 else None


def _abbreviates(letters: str, name: str) -> bool:
    """ "Ont." of "Ontario", "Calif." of "California": the name's first letter, then the
    rest in order; the full name itself is no abbreviation of it."""
    if len(letters) < 2 or letters == name or letters[0] != name[0]:
        return False
    rest = iter(name[1:])
    return all(letter in rest for letter in letters[1:])


def headline_end(text: str, title: str | None) -> int:
    """Where the headline ends when the text prints the article's title on a line of its own
    near the top, else 0. A headline says in brief what the story tells: its names and verbs
    ("Okoro heads to Lisbon", "Mendes Visits Azores") are no events or parties of their own.
    A line ending in a full stop is the story's first sentence used as a title, not furniture."""
    wanted = (title or "").strip()
    if not wanted or wanted.endswith("."):
        return 0
    for start in _line_starts(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip() == wanted:
            return end
    return 0
