"""The HTTP API's own answers: what a profile, a search match, health and an error look like.

Rows are `ActorActivity` and `PlaceActivity` (stream/contracts.py); these models are the
rest. Both feed `/openapi.json`, so the document describes what the views really send.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from stream.contracts import CityName, CountryCode, CountryName, EntityId, EntityLabel


class ActorSummary(BaseModel):
    """An actor's profile as `GET /actors/{actor_id}` shows it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: EntityId
    name: str = Field(description="The canonical name: the fullest form seen.")
    label: EntityLabel
    aliases: list[str] = Field(description="Other name forms seen.")
    event_count: int = Field(ge=0)
    counts_by_type: dict[str, int] = Field(description="Events by type: every type, zeros too.")
    counts_by_status: dict[str, int] = Field(description="Events by status: every status.")
    first_seen: str = Field(description="When its first report arrived (ISO 8601).")
    last_seen: str = Field(description="When its latest report arrived (ISO 8601).")


class ActorMatch(ActorSummary):
    """A search answer: the profile and how well the name matched (3 exact, 2 prefix, 1 part)."""

    score: int = Field(ge=1, le=3)


class PlaceSummary(BaseModel):
    """A place's profile as `GET /places/{place_id}` shows it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: EntityId
    name: str
    label: EntityLabel
    country_code: CountryCode | None = None
    country: CountryName | None = None
    city: CityName | None = None
    event_count: int = Field(ge=0, description="Events held there or at a place inside it.")
    counts_by_type: dict[str, int] = Field(
        description="Visits, meetings and agreements held there: zeros too."
    )
    first_seen: str = Field(description="When its first report arrived (ISO 8601).")
    last_seen: str = Field(description="When its latest report arrived (ISO 8601).")


class PlaceMatch(PlaceSummary):
    """A search answer: the place and how well the name matched (3 exact, 2 prefix, 1 part)."""

    score: int = Field(ge=1, le=3)


class Health(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    ready: bool = Field(description="Tables recovered and the worker consuming.")


class ApiError(BaseModel):
    """Every 4xx and 5xx the views send: faust's error body."""

    model_config = ConfigDict(frozen=True, extra="allow")

    error: str
