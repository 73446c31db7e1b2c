"""Find the dateline an article opens with: `Pune, March 3 (IANS)`, `WASHINGTON (AP) —`.

`Dateline.text` is the dateline itself, without the dash or colon that may separate it from the
story, and `text[dateline.start:dateline.end] == dateline.text`.

A capitalised phrase at the start of a line is not enough to call it a dateline ("President
Solberg met ..."): it needs two signs among a date, an agency, a separator, an upper-case place,
a place the gazetteer knows and a line of its own, or an agency the table below knows, and the
story must go on with a capital, a digit or a quote. Releases and web copies put furniture
above the dateline ("Media Note", "Office of the Spokesperson", a headline), so every line
near the top is tried. An upper-case acronym before a colon ("IAEA: Iran ...") still reads as
a place.
"""

from __future__ import annotations

import re

from stream.contracts import Dateline
from stream.nlp import gazetteer
from stream.nlp.dates import MONTHS

KNOWN_AGENCIES = frozenset({
    "AFP", "ANI", "ANSA", "AP", "Anadolu", "Antara", "Bernama", "CNA", "EFE", "IANS", "Interfax",
    "IRNA", "KCNA", "Kyodo", "Lusa", "PTI", "Reuters", "RIA Novosti", "Sputnik", "TASS", "UNI",
    "UPI", "WAM", "Xinhua", "Yonhap", "dpa",
})  # fmt: skip
"""Wire services whose name alone marks a dateline: `Moscow (TASS)`."""

# Upper-case words that open a story without being a place: "UPDATE: ...".
_KICKERS = frozenset({
    "ANALYSIS", "BREAKING", "CAPTION", "CORRECTED", "EDITORIAL", "EXCLUSIVE", "EXPLAINER",
    "FACTBOX", "FILE", "LIVE", "NOTE", "OPINION", "PHOTO", "PHOTOS", "PICTURE", "REFILE",
    "RELEASE", "UPDATE", "UPDATED", "VIDEO", "WATCH",
})  # fmt: skip

FURNITURE_CHARS = 600
"""How far into a text a dateline may stand below furniture lines."""

_SPACE = r"[^\S\n]"  # a dateline never spans lines
# A whole word with a (Latin-1) capital: "SÃO", "ST.", never the "NAT" of "NATO-led".
_WORD = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w.'\u2019-]*(?![\w.'\u2019-])"
_MONTH = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_AGENCY_NAME = rf"[A-Za-z][\w&.'-]*(?:{_SPACE}[A-Za-z][\w&.'-]*){{0,2}}"

# "May 21" and "10 Sep", with an optional year.
_DATE = (
    rf"(?:{_MONTH}{_SPACE}*\d{{1,2}}(?!\d)|\d{{1,2}}{_SPACE}+{_MONTH}(?![\w.]))"
    rf"(?:,?{_SPACE}*\d{{4}}(?!\d))?"
)
# A place in lower case ("omsk, March 3 (Interfax) -") only with a date and an agency.
_LOWER_PLACE = r"[a-z][a-z'\u2019-]+(?:[^\S\n][a-z][a-z'\u2019-]+)?"

_DATELINE = re.compile(
    rf"\s*(?P<dateline>(?P<place>{_WORD}(?:{_SPACE}+{_WORD}){{0,3}}|{_LOWER_PLACE})"
    rf"(?:{_SPACE}*\[[^\]\n]{{1,30}}\])?"  # region: "Pune [India]"
    rf"(?:,{_SPACE}*(?!{_MONTH}\b){_WORD}(?:{_SPACE}+{_WORD}){{0,2}})?"  # region: ", Ukraine"
    rf"(?:,{_SPACE}*(?P<date>{_DATE})\.?)?"
    rf"(?:,?{_SPACE}*(?:\((?P<paren_agency>{_AGENCY_NAME})\)|/(?P<slash_agency>{_AGENCY_NAME})/))?)"
    rf"(?:{_SPACE}*(?P<separator>--|\.-|[-\u2014\u2013:.]))?"  # "(EFE).-", "/TASS/."
    r"(?=\s*(?:$|[A-Z0-9\"'\u201c\u2018]))"
)


def _place_name(place: str) -> str:
    """`NEW DELHI` and `moscow` -> `New Delhi` and `Moscow`; mixed case stays as printed."""
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


def _is_known_place(name: str) -> bool:
    known = gazetteer.place(_place_name(name))
    return known is not None and known.kind in ("country", "city")


def _ends_line(match: re.Match[str]) -> bool:
    rest = match.string[match.end() :]
    return not rest.strip(" \t") or rest.lstrip(" \t").startswith("\n")


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer("\n", text[:FURNITURE_CHARS]))]


def find_dateline(text: str) -> Dateline | None:
    """The dateline the story opens with, below any furniture lines, or None."""
    return next(filter(None, (_dateline_at(text, start) for start in _line_starts(text))), None)


def _dateline_at(text: str, start: int) -> Dateline | None:
    match = _DATELINE.match(text, start)
    # "FILE PHOTO:" over a caption, "PRESS RELEASE" over a release: furniture, not a place.
    if match is None or not _KICKERS.isdisjoint(match["place"].split()):
        return None
    agency = match["paren_agency"] or match["slash_agency"]
    if _signs(match, agency) < 2:
        return None
    if match["place"].islower() and (match["date"] is None or agency is None):
        return None
    return Dateline(
        text=match["dateline"],
        place=_place_name(match["place"]),
        agency=agency,
        start=match.start("dateline"),
        end=match.end("dateline"),
    )
