"""The time of a plan no mention dates, taken from the programme told just before it."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from stream.contracts import EventStatus
from stream.nlp.events.dates import invited_to
from stream.nlp.events.dates_told_before import UNDATED_BY_THE_STORY
from stream.nlp.events.mention import Mention
from stream.nlp.events.stays import paying_verb
from stream.nlp.merge.compatible import MergedEvent, _places_compatible


def timed_by_programme(events: list[MergedEvent], published: dt.date) -> None:
    """ "X will hold talks with Y on Friday. The two are expected to sign a treaty", "... will
    attend a summit in Kell next week. He may also meet Z on the sidelines": a plan that no
    mention dates, told right after a sentence that dates a plan ahead in its own words, is
    part of that programme, at its time; programmes run on across a paragraph break too.

    Given once the mentions are joined and placed, so that it only fills what nothing else
    dates. A plan at another place is another stage of the tour, whose time the text leaves
    open ("will fly to Kell on Monday. The tour ends in Vik"); a trip invited to lies ahead at
    a time of its own, and neither an invitation nor forces kept somewhere take the time of
    what is told around them."""
    for event in events:
        if event.date is not None or event.status is EventStatus.OCCURRED:
            continue
        if event.first.type in UNDATED_BY_THE_STORY:
            continue
        if any(_invited_to(mention.trigger) for mention in event.mentions):
            continue
        programme = _programme_told_before(event, events, published)
        if programme is not None:
            event.date = programme.date


def _programme_told_before(
    event: MergedEvent, events: list[MergedEvent], published: dt.date
) -> MergedEvent | None:
    """The plan dated latest in the sentence before the event's first mention, at a place
    compatible with the event's."""
    sentence = event.first.trigger.sent
    if sentence.start == 0:
        return None
    before = event.first.trigger.doc[sentence.start - 1].sent
    told = [
        (mention.trigger.i, plan)
        for plan in events
        if plan is not event
        and plan.status is not EventStatus.OCCURRED
        and plan.date is not None
        and plan.date.end >= published
        and _places_compatible(plan.location, event.location)
        for mention in plan.mentions
        if before.start <= mention.trigger.i < before.end and _dates_itself(mention)
    ]
    return max(told, key=lambda found: found[0])[1] if told else None


def _invited_to(trigger: Token) -> bool:
    """ "Invited Y to visit Kell", "conveyed an invitation to Y to visit Kell": a trip an
    invitation asks for, by its verb or by its noun."""
    asked = paying_verb(trigger)
    return invited_to(trigger) or (asked.dep_ == "acl" and asked.head.lemma_ == "invitation")


def _dates_itself(mention: Mention) -> bool:
    return mention.date is not None and mention.date_is_own
