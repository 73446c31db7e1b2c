"""The OpenAPI 3.1 description of the HTTP API, built from the models the views send.

Response schemas come from the pydantic models themselves (`ActorActivity` is the record of
schemas/actor-activity.schema.json), so the document cannot drift from the answers.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from stream.api import ActorMatch, ActorSummary, ApiError, Health, PlaceMatch, PlaceSummary
from stream.constants import ACTIVITY_TYPES_PLURAL, PLACE_TYPES_PLURAL, SCHEMA_VERSION
from stream.contracts import ActorActivity, EventStatus, PlaceActivity

OPENAPI_VERSION = "3.1.0"
MODELS: tuple[type[BaseModel], ...] = (
    ActorActivity, ActorSummary, ActorMatch, PlaceActivity, PlaceSummary, PlaceMatch, Health,
    ApiError,
)  # fmt: skip
ACTOR_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def openapi_document() -> dict[str, Any]:
    _, definitions = models_json_schema(
        [(model, "serialization") for model in MODELS],
        ref_template="#/components/schemas/{model}",
    )
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": "newsstream worker",
            "version": SCHEMA_VERSION,
            "description": (
                "Read-only: actors and places, their rows by event type, the feed, health."
            ),
        },
        "paths": {
            "/actors": {"get": _search()},
            "/actors/{actor_id}": {"get": _profile()},
            "/actors/{actor_id}/{kind}": {"get": _rows()},
            "/places": {"get": _place_search()},
            "/places/{place_id}": {"get": _place_profile()},
            "/places/{place_id}/{kind}": {"get": _place_rows()},
            "/events": {"get": _latest_events()},
            "/top-actors": {"get": _top_actors()},
            "/health": {"get": _health()},
            "/metrics": {"get": _text("Prometheus text: counters, histograms, consumer lag.")},
            "/openapi.json": {"get": _openapi()},
            "/": {"get": _html()},
            "/static/{name}": {"get": _static()},
        },
        "components": {"schemas": definitions["$defs"]},
    }


def _search() -> dict[str, Any]:
    return {
        "summary": "Actors whose name or alias matches, best first (at most 20).",
        "parameters": [
            # The view strips the name: it needs one character that is not white space.
            _query("q", {"type": "string", "pattern": r"\S"}, "A name or part of one.", True),
            _scope(),
        ],
        "responses": {"200": _json(_array_of(ActorMatch)), "400": _error("No name given.")},
    }


def _profile() -> dict[str, Any]:
    return {
        "summary": "An actor's profile (answered by the worker holding its partition).",
        "parameters": [_actor_id()],
        "responses": {
            "200": _json(_ref(ActorSummary)),
            "404": _error("No such actor."),
            "503": _error("The partition has no owner yet: the workers are rebalancing."),
        },
    }


def _rows() -> dict[str, Any]:
    return {
        "summary": "An actor's latest rows of one event type, newest first.",
        "parameters": [
            _actor_id(),
            _kind(ACTIVITY_TYPES_PLURAL),
            _query("status", {"type": "string", "enum": [s.value for s in EventStatus]}),
            _query("limit", {"type": "integer"}, "At most this many rows (default 20)."),
        ],
        "responses": {
            "200": _json(_array_of(ActorActivity)),
            "400": _error("A bad status or limit."),
            "404": _error("No such list."),
            "503": _error("The partition has no owner yet: the workers are rebalancing."),
        },
    }


def _place_search() -> dict[str, Any]:
    return {
        "summary": "Places whose name matches, best first (at most 20).",
        "parameters": [
            _query("q", {"type": "string", "pattern": r"\S"}, "A name or part of one.", True),
            _scope(),
        ],
        "responses": {"200": _json(_array_of(PlaceMatch)), "400": _error("No name given.")},
    }


def _place_profile() -> dict[str, Any]:
    return {
        "summary": "A place's profile: where it lies, its events by type.",
        "parameters": [_place_id()],
        "responses": {
            "200": _json(_ref(PlaceSummary)),
            "404": _error("No such place."),
            "503": _error("The partition has no owner yet: the workers are rebalancing."),
        },
    }


def _place_rows() -> dict[str, Any]:
    return {
        "summary": "The latest events of one type held at a place or inside it, newest first.",
        "parameters": [
            _place_id(),
            _kind(PLACE_TYPES_PLURAL),
            _query("status", {"type": "string", "enum": [s.value for s in EventStatus]}),
            _query("limit", {"type": "integer"}, "At most this many rows (default 20)."),
        ],
        "responses": {
            "200": _json(_array_of(PlaceActivity)),
            "400": _error("A bad status or limit."),
            "404": _error("No such list."),
            "503": _error("The partition has no owner yet: the workers are rebalancing."),
        },
    }


def _latest_events() -> dict[str, Any]:
    return {
        "summary": "The events seen last, newest first, each once (as one participant's row).",
        "parameters": [_feed_limit(), _scope()],
        "responses": {"200": _json(_array_of(ActorActivity)), "400": _error("A bad limit.")},
    }


def _top_actors() -> dict[str, Any]:
    return {
        "summary": "The actors with the most events, most first.",
        "parameters": [_feed_limit(), _scope()],
        "responses": {"200": _json(_array_of(ActorSummary)), "400": _error("A bad limit.")},
    }


def _health() -> dict[str, Any]:
    return {
        "summary": "Whether the tables are recovered and the worker is consuming.",
        "responses": {"200": _json(_ref(Health)), "503": _json(_ref(Health), "Not ready yet.")},
    }


def _openapi() -> dict[str, Any]:
    return {"summary": "This document.", "responses": {"200": _json({"type": "object"})}}


def _html() -> dict[str, Any]:
    return {
        "summary": "The page: latest events, most active actors, search, actor timelines.",
        "responses": {"200": {"description": "OK", "content": {"text/html": {}}}},
    }


def _static() -> dict[str, Any]:
    name = {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}
    return {
        "summary": "The page's scripts and styles.",
        "parameters": [name],
        "responses": {
            "200": {"description": "The file.", "content": {"*/*": {}}},
            "404": _error("No such file."),
        },
    }


def _text(summary: str) -> dict[str, Any]:
    content = {"text/plain": {"schema": {"type": "string"}}}
    return {"summary": summary, "responses": {"200": {"description": "OK", "content": content}}}


def _actor_id() -> dict[str, Any]:
    return {
        "name": "actor_id",
        "in": "path",
        "required": True,
        "description": "The actor's id: a slug of its name, `sergei-shoigu`.",
        "schema": {"type": "string", "pattern": ACTOR_ID_PATTERN, "maxLength": 200},
    }


def _place_id() -> dict[str, Any]:
    return {
        "name": "place_id",
        "in": "path",
        "required": True,
        "description": "The place's id: a slug of its name, `pyongyang`, `north-korea`.",
        "schema": {"type": "string", "pattern": ACTOR_ID_PATTERN, "maxLength": 200},
    }


def _kind(plurals: dict[str, str]) -> dict[str, Any]:
    return {
        "name": "kind",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "enum": list(plurals.values())},
    }


def _feed_limit() -> dict[str, Any]:
    schema = {"type": "integer", "minimum": 1, "maximum": 100}
    return _query("limit", schema, "How many (default 20).")


def _scope() -> dict[str, Any]:
    schema = {"type": "string", "enum": ["local"]}
    return _query("scope", schema, "Answer from this worker's partitions only (peers ask so).")


def _query(
    name: str, schema: dict[str, Any], description: str = "", required: bool = False
) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": required,
        "schema": schema,
        **({"description": description} if description else {}),
    }


def _ref(model: type[BaseModel]) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{model.__name__}"}


def _array_of(model: type[BaseModel]) -> dict[str, Any]:
    return {"type": "array", "items": _ref(model)}


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _error(description: str) -> dict[str, Any]:
    return _json(_ref(ApiError), description)
