"""The HTTP API against its own description: real answers of every route, and generated
requests (schemathesis) against a live worker holding the seed."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections import Counter
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from jsonschema import Draft202012Validator

from stream.config import Settings
from stream.contracts import Article
from stream.sources import read_articles
from tests.integration.workers import REPO, Worker, publish_articles, wait_for

pytestmark = pytest.mark.integration

SEED = REPO / "seeds" / "000_98d7fe5aeb08b17c.txt"
TIMEOUT_S = 90.0
EXAMPLES_PER_OPERATION = 60
MIN_GENERATED_REQUESTS = 300
# One request per status of every route: (path and query, the route's template, status).
REQUESTS = [
    ("/actors?q=shoigu", "/actors", 200),
    ("/actors?q=%20", "/actors", 400),
    ("/actors/sergei-shoigu", "/actors/{actor_id}", 200),
    ("/actors/no-such-actor", "/actors/{actor_id}", 404),
    ("/actors/sergei-shoigu/visits?status=occurred&limit=5", "/actors/{actor_id}/{kind}", 200),
    ("/actors/sergei-shoigu/visits?limit=many", "/actors/{actor_id}/{kind}", 400),
    ("/actors/sergei-shoigu/parades", "/actors/{actor_id}/{kind}", 404),
    ("/places?q=pyongyang", "/places", 200),
    ("/places?q=%20", "/places", 400),
    ("/places/pyongyang", "/places/{place_id}", 200),
    ("/places/no-such-place", "/places/{place_id}", 404),
    ("/places/north-korea/visits?status=occurred&limit=5", "/places/{place_id}/{kind}", 200),
    ("/places/north-korea/visits?limit=many", "/places/{place_id}/{kind}", 400),
    ("/places/north-korea/parades", "/places/{place_id}/{kind}", 404),
    ("/events?limit=5", "/events", 200),
    ("/events?limit=0", "/events", 400),
    ("/top-actors?limit=3", "/top-actors", 200),
    ("/top-actors?limit=101", "/top-actors", 400),
    ("/health", "/health", 200),
    ("/metrics", "/metrics", 200),
    ("/openapi.json", "/openapi.json", 200),
    ("/", "/", 200),
    ("/static/app.js", "/static/{name}", 200),
    ("/static/nothing.js", "/static/{name}", 404),
]

# The seed's entities the answers above need before any request is made.
SEEDED_PROFILES = ["/actors/sergei-shoigu", "/places/pyongyang", "/places/north-korea"]


@pytest.fixture(scope="module")
def seeded(settings: Settings, worker: Worker) -> Worker:
    (article,) = read_articles([SEED])
    assert isinstance(article, Article)
    publish_articles(settings, [article])
    # Actor and place rows come from different agents, so every profile is awaited.
    missing = list(SEEDED_PROFILES)

    def all_profiles_served() -> bool:
        missing[:] = [path for path in SEEDED_PROFILES if _status(worker, path)[0] != 200]
        return not missing

    wait_for(
        all_profiles_served,
        TIMEOUT_S,
        lambda: f"still missing {missing}:\n{worker.log_tail()}",
    )
    return worker


@pytest.fixture(scope="module")
def document(seeded: Worker) -> dict[str, Any]:
    return dict(seeded.get("/openapi.json"))


def test_every_documented_route_is_exercised_here(document: dict[str, Any]):
    assert {template for _, template, _ in REQUESTS} == set(document["paths"])


@pytest.mark.parametrize(("path", "template", "status"), REQUESTS)
def test_real_answers_match_the_document(
    seeded: Worker, document: dict[str, Any], path: str, template: str, status: int
):
    got, content_type, body = _status(seeded, path)
    assert got == status, f"{path}: {got} {body[:200]!r}"
    documented = document["paths"][template]["get"]["responses"][str(status)]["content"]
    media_type = content_type.split(";")[0].strip()
    assert media_type in documented or "*/*" in documented, f"{path}: {content_type}"
    schema = documented.get(media_type, {}).get("schema")
    if schema is not None and media_type == "application/json":
        validator = Draft202012Validator({**schema, "components": document["components"]})
        errors = [error.message for error in validator.iter_errors(json.loads(body))]
        assert errors == [], f"{path}: {errors[:3]}"


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_every_route_is_read_only(seeded: Worker, method: str):
    answered = {path: _status(seeded, path, method)[0] for path, _, status in REQUESTS}
    assert set(answered.values()) == {405}, answered


def test_generated_requests_get_no_server_error_and_no_undocumented_answer(seeded: Worker):
    schema = schemathesis.openapi.from_url(f"{seeded.url}/openapi.json")
    calls: Counter[str] = Counter()
    for result in schema.get_all_operations():
        operation = result.ok()

        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            derandomize=True,
            database=None,
            deadline=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def call(case: schemathesis.Case) -> None:
            calls[case.operation.label] += 1
            case.call_and_validate()

        call()
    print(f"schemathesis: {sum(calls.values())} requests: {dict(calls)}")
    assert sum(calls.values()) >= MIN_GENERATED_REQUESTS, dict(calls)


def _status(worker: Worker, path: str, method: str = "GET") -> tuple[int, str, bytes]:
    request = urllib.request.Request(f"{worker.url}{path}", method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()
    except OSError:
        return 0, "", b""
