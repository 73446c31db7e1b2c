"""The records newsstream reads and writes: the contracts other services code against.

Every topic carries one of these models as JSON. `schemas/` holds their JSON Schemas,
generated from this module by `stream schemas --write` and checked by `stream schemas --check`.
The meaning of each field follows docs/annotation-guide.md.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

NonEmptyStr = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
EntityId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=200)]


class Contract(BaseModel):
    """Base of every record: immutable, and strict about fields it does not know on output."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class EntityLabel(StrEnum):
    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"
    LOC = "LOC"
    FAC = "FAC"
    NORP = "NORP"
    EVENT = "EVENT"
    DATE = "DATE"


class EventType(StrEnum):
    VISIT = "visit"
    MEETING = "meeting"
    INVITATION = "invitation"
    AGREEMENT = "agreement"
    STATEMENT = "statement"
    DEPLOYMENT = "deployment"


class EventStatus(StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    SPECULATED = "speculated"


class DatePrecision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"


class Dateline(Contract):
    """The place and agency an article is filed from: `Seoul, March 27 (IANS)`."""

    text: str = Field(description="The dateline as printed.")
    place: str | None = Field(default=None, description="Where the story was filed.")
    agency: str | None = Field(default=None, description="The wire service or outlet named.")
    start: int = Field(ge=0, description="Offset of the dateline in the article text.")
    end: int = Field(ge=0, description="Offset just past the dateline.")


class Article(BaseModel):
    """A raw news article, as publishers put it on the raw topic.

    Unknown fields are ignored so that publishers may send richer records.
    """

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=256)]
    published: dt.date | dt.datetime = Field(
        description="Publication date (or time); relative dates in the text resolve against it."
    )
    text: str = Field(
        description="The article text, dateline included; paragraphs split by a blank line."
    )
    title: str | None = None
    url: str | None = None
    source: str | None = Field(default=None, description="The outlet that published it.")
    language: str = "en"
    dateline: Dateline | None = None

    @field_validator("text")
    @classmethod
    def _text_has_words(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("article text is empty")
        return text

    @property
    def published_date(self) -> dt.date:
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


class TextSpan(Contract):
    """A stretch of the article text, by character offsets into `Article.text`."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


CountryCode = Annotated[
    str, StringConstraints(pattern=r"^[A-Z]{2}$"), Field(description="ISO 3166 alpha-2.")
]
CountryName = Annotated[str, Field(description="The country's English short name.")]
CityName = Annotated[str, Field(description="The city of a city or site; a city names itself.")]


class Entity(Contract):
    """One real-world referent of an article: every mention folded into one canonical entity.

    A place (GPE, LOC, FAC) the gazetteer knows says where it lies; other entities, and places
    it does not know, leave `country_code`, `country` and `city` null.
    """

    entity_id: EntityId = Field(description="Stable across articles: a slug of the folded name.")
    article_id: str
    label: EntityLabel
    name: str = Field(description="The canonical name: the fullest form seen.")
    aliases: list[str] = Field(default_factory=list, description="Other surface forms seen.")
    mention_count: int = Field(ge=1)
    mentions: list[TextSpan] = Field(default_factory=list)
    country_code: CountryCode | None = None
    country: CountryName | None = None
    city: CityName | None = None


class EntityRef(Contract):
    """A reference from an event to a canonical entity."""

    id: EntityId
    name: str
    label: EntityLabel


class PlaceRef(EntityRef):
    """A reference to where an event happens, and where that place lies (null if unknown)."""

    country_code: CountryCode | None = None
    country: CountryName | None = None
    city: CityName | None = None


class EventDate(Contract):
    """When an event happens, resolved against the article's publication date."""

    value: str = Field(
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        description="YYYY, YYYY-MM or YYYY-MM-DD; a week is given by its Monday.",
    )
    precision: DatePrecision
    start: dt.date
    end: dt.date
    text: str = Field(description="The phrase the date was read from: 'last week'.")


class Evidence(TextSpan):
    """The sentence an event was read from."""

    trigger: str = Field(description="The word that signals the event: 'visit', 'met'.")


class Event(Contract):
    """Something one party did toward others, somewhere, at some time, as one article reads it.

    On `news.events`, `event_id` is the resolved identity: every article's report of one real
    event carries the same id (consumers deduplicate on it), and `mention_id` names this
    article's report. Inside `news.articles.enriched` an event is not resolved yet: `event_id`
    is the article's own reading (a hash of type, participants, country and year, which two
    events may share) and `mention_id` is null.
    """

    event_id: str = Field(
        description="On news.events: the real event, the same in every article reporting it."
    )
    mention_id: str | None = Field(
        default=None,
        description="On news.events: this article's report of the event (null when enriched).",
    )
    article_id: str
    published: dt.date = Field(description="The publication date of the reporting article.")
    source: str | None = Field(default=None, description="The outlet of the reporting article.")
    type: EventType
    actor: EntityRef
    counterparts: list[EntityRef] = Field(default_factory=list)
    location: PlaceRef | None = None
    date: EventDate | None = None
    status: EventStatus
    attributed_to: list[EntityRef] = Field(
        default_factory=list, description="Who the text says reported or stated it."
    )
    mention_count: int = Field(ge=1, description="Mentions of this event in the article.")
    evidence: list[Evidence] = Field(min_length=1)
    confidence: float = Field(ge=0.0, le=1.0)

    @property
    def participants(self) -> list[EntityRef]:
        return [self.actor, *self.counterparts]


class ModelInfo(Contract):
    name: str
    version: str


class EnrichedArticle(Contract):
    """An article with everything newsstream understood in it."""

    article_id: str
    published: dt.date
    title: str | None = None
    url: str | None = None
    source: str | None = None
    dateline: Dateline | None = None
    entities: list[Entity]
    events: list[Event]
    model: ModelInfo
    extractor_version: str


class SourceRef(Contract):
    """An article that reported an event."""

    article_id: str
    published: dt.date
    source: str | None = None


ROW_SOURCES_LISTED = 10
"""A big story is reported by hundreds of articles, and a table row is read and written whole
on every report of its actor: a row lists the latest few and counts them all."""


class StatusChange(Contract):
    """When a status of an event was first reported: planned on March 3, occurred on May 2."""

    status: EventStatus
    reported: dt.date = Field(description="Publication date of the first article saying so.")
    article_id: str = Field(description="That article.")


class ResolvedEvent(Contract):
    """One real event as every article reporting it so far tells it (the event resolver's).

    The id is that of its first report's resolution and never changes. The date and place are
    the most precise any report gave; the status is the most certain one reported, and
    `status_history` says when each was first reported.
    """

    event_id: str = Field(description="The cross-article identity, as on news.events.")
    type: EventType
    status: EventStatus
    status_history: list[StatusChange] = Field(
        min_length=1, description="Each status reported, when first reported, oldest first."
    )
    actor: EntityRef
    counterparts: list[EntityRef]
    location: PlaceRef | None = None
    date: EventDate | None = None
    mention_count: int = Field(ge=1, description="Mentions across every reporting article.")
    source_count: int = Field(default=1, ge=1, description="Articles that reported the event.")
    sources: list[SourceRef] = Field(
        min_length=1,
        max_length=ROW_SOURCES_LISTED,
        description="The latest reporting articles, oldest first.",
    )
    evidence: str | None = Field(
        default=None, description="The sentence the latest report read the event from."
    )
    first_seen: dt.datetime
    last_seen: dt.datetime


class ActorActivity(ResolvedEvent):
    """A row of a per-actor table: one resolved event as seen from one participant."""

    actor_id: EntityId = Field(description="The participant whose table holds this row.")
    role: Literal["actor", "counterpart"]


class PlaceActivity(ResolvedEvent):
    """A row of a per-place table: one resolved event held at the place or inside it."""

    place: PlaceRef = Field(
        description="The place whose table holds this row: the event's place, or its country."
    )


class ActorRowChange(Contract):
    """Internal: an actor's row, and the status its event was counted under before this report
    (null for a new event), so that a profile keeps counts instead of a list of events."""

    row: ActorActivity
    was: EventStatus | None = None


class PlaceRowChange(Contract):
    """Internal: a place's row, and the status its event had before (null for a new event)."""

    row: PlaceActivity
    was: EventStatus | None = None


class EventReport(Contract):
    """Internal: an article's event on its way to the resolver, keyed by its blocking key."""

    event: Event = Field(description="With `mention_id` set; `event_id` still the article's.")
    seen_at: dt.datetime = Field(description="When the article reached Kafka.")


class DeadLetter(Contract):
    """A message newsstream could not process, kept whole with the reason."""

    topic: str
    partition: int
    offset: int
    key: str | None = Field(default=None, description="The message key, base64.")
    value: str | None = Field(default=None, description="The message value, base64.")
    value_text: str | None = Field(
        default=None, description="The value as UTF-8 text, when it decodes (truncated)."
    )
    error_type: str = Field(description="Class of the error: 'ValidationError'.")
    reason: str = Field(description="A readable explanation of what is wrong.")
    failed_at: dt.datetime


RECORDS: dict[str, type[BaseModel]] = {
    "article": Article,
    "enriched-article": EnrichedArticle,
    "entity": Entity,
    "event": Event,
    "actor-activity": ActorActivity,
    "place-activity": PlaceActivity,
    "dead-letter": DeadLetter,
}
