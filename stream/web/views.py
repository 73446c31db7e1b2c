"""The worker's read-only HTTP API: actors and places, their rows by type, the feed, health
and metrics.

A request for one actor is routed (faust `table_route`) to the worker holding the actor's
partition; every actor table is keyed by actor id and co-partitioned, so that worker has it
all; a place's request likewise. Search fans out: each worker scores the profiles of its
own partitions and the worker asked merges the answers; so do the front page's feeds
(latest events, most active actors). This needs no global table (a second full copy of
every profile on every worker, recovered in full on each start) and stays correct as
partitions move.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from faust.web import Request, Response, View

from stream.api import ActorSummary
from stream.constants import ACTIVITY_TYPES_PLURAL, PLACE_TYPES_PLURAL
from stream.contracts import ActorActivity, EventStatus, EventType
from stream.state import feed
from stream.state.activity import search_score
from stream.state.places import place_search_score
from stream.worker import tables
from stream.worker.app import app
from stream.worker.metrics import METRICS

DEFAULT_LIMIT = 20
FEED_LIMIT_MAX = 100
SEARCH_RESULTS = 20
PEER_TIMEOUT_S = 2.0
TYPE_BY_PLURAL = {plural: EventType(kind) for kind, plural in ACTIVITY_TYPES_PLURAL.items()}


@app.page("/health")
class Health(View):
    async def get(self, request: Request) -> Response:
        ready = is_ready()
        return self.json({"ready": ready}, status=200 if ready else 503)


@app.page("/metrics")
class Metrics(View):
    async def get(self, request: Request) -> Response:
        text = METRICS.render(consumer_lag())
        return self.text(text, content_type="text/plain; version=0.0.4")


@app.page("/actors")
class ActorSearch(View):
    async def get(self, request: Request) -> Response:
        query = request.query.get("q", "").strip()
        if not query:
            return self.error(400, "give a name to search for: /actors?q=shoigu")
        matches = local_matches(query)
        if request.query.get("scope") != "local":
            matches += await ask_peers("/actors", {"q": query})
        matches.sort(key=lambda m: (-m["score"], -m["event_count"], m["name"]))
        return self.json(matches[:SEARCH_RESULTS])


@app.page("/actors/{actor_id}")
class Actor(View):
    @app.table_route(table=tables.profiles, match_info="actor_id")
    async def get(self, request: Request, actor_id: str) -> Response:
        profile = tables.profile_of(actor_id)
        if profile is None:
            return self.notfound(f"no actor {actor_id!r}")
        return self.json(profile.summary())


@app.page("/actors/{actor_id}/{kind}")
class ActorRows(View):
    @app.table_route(table=tables.profiles, match_info="actor_id")
    async def get(self, request: Request, actor_id: str, kind: str) -> Response:
        if kind not in TYPE_BY_PLURAL:
            return self.notfound(f"no such list {kind!r}: one of {', '.join(TYPE_BY_PLURAL)}")
        try:
            status = EventStatus(request.query["status"]) if "status" in request.query else None
            limit = int(request.query.get("limit", DEFAULT_LIMIT))
        except ValueError as exc:
            return self.error(400, f"bad query: {exc}")
        rows = tables.rows_of(actor_id, TYPE_BY_PLURAL[kind])
        chosen = [row for row in rows if status is None or row.status == status][: max(limit, 0)]
        return self.json([row.model_dump(mode="json") for row in chosen])


@app.page("/places")
class PlaceSearch(View):
    async def get(self, request: Request) -> Response:
        query = request.query.get("q", "").strip()
        if not query:
            return self.error(400, "give a name to search for: /places?q=pyongyang")
        matches = local_place_matches(query)
        if request.query.get("scope") != "local":
            matches += await ask_peers("/places", {"q": query})
        matches.sort(key=lambda m: (-m["score"], -m["event_count"], m["name"]))
        return self.json(matches[:SEARCH_RESULTS])


@app.page("/places/{place_id}")
class Place(View):
    @app.table_route(table=tables.places, match_info="place_id")
    async def get(self, request: Request, place_id: str) -> Response:
        entry = tables.place_entry_of(place_id)
        if entry is None:
            return self.notfound(f"no place {place_id!r}")
        return self.json(entry.profile.summary())


@app.page("/places/{place_id}/{kind}")
class PlaceRows(View):
    @app.table_route(table=tables.places, match_info="place_id")
    async def get(self, request: Request, place_id: str, kind: str) -> Response:
        if kind not in PLACE_TYPES_PLURAL.values():
            known = ", ".join(PLACE_TYPES_PLURAL.values())
            return self.notfound(f"no such list {kind!r}: one of {known}")
        try:
            status = EventStatus(request.query["status"]) if "status" in request.query else None
            limit = int(request.query.get("limit", DEFAULT_LIMIT))
        except ValueError as exc:
            return self.error(400, f"bad query: {exc}")
        entry = tables.place_entry_of(place_id)
        rows = entry.rows.get(kind, []) if entry else []
        chosen = [row for row in rows if status is None or row.status == status][: max(limit, 0)]
        return self.json([row.model_dump(mode="json") for row in chosen])


@app.page("/events")
class LatestEvents(View):
    async def get(self, request: Request) -> Response:
        try:
            limit = feed_limit(request)
        except ValueError as exc:
            return self.error(400, f"bad query: {exc}")
        rows = feed.latest_events(tables.local_profiles(), all_rows_of, limit)
        if request.query.get("scope") != "local":
            answers = await ask_peers("/events", {"limit": str(limit)})
            rows += [ActorActivity.model_validate(answer) for answer in answers]
        return self.json([row.model_dump(mode="json") for row in feed.merge_latest(rows, limit)])


@app.page("/top-actors")
class TopActors(View):
    async def get(self, request: Request) -> Response:
        try:
            limit = feed_limit(request)
        except ValueError as exc:
            return self.error(400, f"bad query: {exc}")
        answers = [profile.summary() for profile in tables.local_profiles()]
        if request.query.get("scope") != "local":
            answers += await ask_peers("/top-actors", {"limit": str(limit)})
        ranked = feed.most_active(map(ActorSummary.model_validate, answers), limit)
        return self.json([summary.model_dump(mode="json") for summary in ranked])


def feed_limit(request: Request) -> int:
    limit = int(request.query.get("limit", DEFAULT_LIMIT))
    if not 1 <= limit <= FEED_LIMIT_MAX:
        raise ValueError(f"limit must be 1 to {FEED_LIMIT_MAX}")
    return limit


def all_rows_of(actor_id: str) -> list[ActorActivity]:
    return [row for kind in EventType for row in tables.rows_of(actor_id, kind)]


def is_ready() -> bool:
    """Tables recovered and the worker consuming: not starting, rebalancing or recovering."""
    recovery = app.tables.recovery
    return (
        app.consumer.started
        and recovery.completed.is_set()
        and not app.in_recovery
        and not app.rebalancing
    )


def consumer_lag() -> dict[tuple[str, int], int]:
    monitor = app.monitor
    return {
        (tp.topic, tp.partition): max(0, end - monitor.tp_read_offsets.get(tp, -1) - 1)
        for tp, end in (monitor.tp_end_offsets or {}).items()
    }


def local_matches(query: str) -> list[dict[str, Any]]:
    scored = ((search_score(profile, query), profile) for profile in tables.local_profiles())
    return [{**profile.summary(), "score": score} for score, profile in scored if score > 0]


def local_place_matches(query: str) -> list[dict[str, Any]]:
    profiles = tables.local_place_profiles()
    scored = ((place_search_score(profile, query), profile) for profile in profiles)
    return [{**profile.summary(), "score": score} for score, profile in scored if score > 0]


async def ask_peers(path: str, params: dict[str, str]) -> list[dict[str, Any]]:
    """Ask every other worker holding profile partitions for its local answer to `path`."""
    own = str(app.conf.canonical_url).rstrip("/")
    peers = [url.rstrip("/") for url in app.router.table_metadata(tables.profiles.name)]
    others = [url for url in peers if url != own]
    if not others:
        return []
    timeout = aiohttp.ClientTimeout(total=PEER_TIMEOUT_S)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        asked = (_ask(session, f"{url}{path}", {**params, "scope": "local"}) for url in others)
        answers = await asyncio.gather(*asked)
    return [item for answer in answers for item in answer]


async def _ask(
    session: aiohttp.ClientSession, url: str, params: dict[str, str]
) -> list[dict[str, Any]]:
    try:
        async with session.get(url, params=params) as response:
            response.raise_for_status()
            return list(await response.json())
    except (aiohttp.ClientError, TimeoutError):
        # A peer that is down has its partitions moved on the next rebalance; answer with
        # what the others know rather than fail the request.
        return []
