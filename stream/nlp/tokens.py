"""Where the stock tokenizer cuts words that agency copy prints in its own way.

- An initial glued to a name by a dot ("Ts.Vandan", "Kh.Bold"): the stock rule splits a
  lower-case letter, a dot and a capital as two sentences run together ("end.Next"), so the
  name falls apart into an initial, a full stop and a surname. A short capitalised initial
  that is no word of its own keeps its name whole, as "J.Bold" already is.
- A verb with a bound prefix ("co-hosted", "co-chaired"): the stock rule cuts every hyphen
  between letters, leaving "co" a verb of its own and the real verb hanging off it.
- A form of address abbreviated with a full stop that the stock exceptions do not know
  ("Lic. Arvela", "Sra. Arvela"): the stock rule cuts the stop off, so the form reads as a
  name of its own and its stop ends the sentence before the name it styles. It stays one
  word, as "Dr." and "Mr." already do.
- An agency's bracket glued to the story by dashes ("(Agency)--Prime Minister"): the stock
  rules cut dashes only between letters, so the dateline's bracket, the dashes and the
  story's first word stay one token.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

Finditer = Callable[[str], Iterable[re.Match[str]]]

# A name's initial: one capital and at most two small letters ("Ts", "Lkh" is three).
_INITIAL = re.compile(r"[A-Z][a-z]{0,2}")
BOUND_PREFIXES = frozenset({"co"})
_GLUED_DASHES = re.compile(
    r"[)\]](?=(?:-{2,}|[\u2013\u2014])\w)|(?<=[)\]])(?:-{2,}|[\u2013\u2014])(?=\w)"
)


def infix_finditer(
    stock: Finditer, words: frozenset[str]
) -> Callable[[str], Iterator[re.Match[str]]]:
    """The stock infix search without cuts inside initialled names, plus cuts between a
    closing bracket, dashes and the word they run into. `words`: lower-case common words
    ("he", "it"), whose full stop before a capital ends a sentence."""

    def finditer(text: str) -> Iterator[re.Match[str]]:
        kept = [
            m
            for m in stock(text)
            if not _inside_initialled_name(text, m, words) and not _after_bound_prefix(text, m)
        ]
        extra = [m for m in _GLUED_DASHES.finditer(text) if not _overlaps(m, kept)]
        yield from sorted([*kept, *extra], key=lambda m: m.start())

    return finditer


def abbreviated_forms(forms: Iterable[str]) -> Iterator[str]:
    """The printed spellings of each form of address abbreviated with a stop ("lic."), as
    capitalised and as set in capitals."""
    for form in forms:
        if form.endswith(".") and " " not in form and len(form) > 2:
            yield form.capitalize()
            yield form.upper()


def _inside_initialled_name(text: str, match: re.Match[str], words: frozenset[str]) -> bool:
    initial = text[: match.start()]
    after = text[match.end() : match.end() + 2]
    return (
        match.group() == "."
        and _INITIAL.fullmatch(initial) is not None
        and initial.lower() not in words
        and len(after) == 2
        and after[0].isupper()
        and after[1].islower()
    )


def _after_bound_prefix(text: str, match: re.Match[str]) -> bool:
    """ "co-hosted", "co-chair": a prefix that is no word of its own stays on its verb."""
    return (
        match.group() == "-"
        and text[: match.start()].lower() in BOUND_PREFIXES
        and text[match.end() : match.end() + 1].islower()
    )


def _overlaps(match: re.Match[str], others: Iterable[re.Match[str]]) -> bool:
    return any(match.start() < o.end() and o.start() < match.end() for o in others)
