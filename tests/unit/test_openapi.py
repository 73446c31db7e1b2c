"""/openapi.json: built from the same contracts as schemas/, with every reference defined."""

import json
import re

from stream.contracts import ActorActivity
from stream.schemas import schema_of
from stream.web.openapi import openapi_document


def test_rows_are_described_by_the_published_actor_activity_schema():
    document = openapi_document()
    published = schema_of("actor-activity", ActorActivity)
    described = document["components"]["schemas"]["ActorActivity"]
    assert described["properties"].keys() == published["properties"].keys()
    assert described["required"] == published["required"]


def test_every_reference_resolves_to_a_component():
    document = openapi_document()
    references = set(re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(document)))
    assert references, "no references at all"
    assert references <= set(document["components"]["schemas"])


def test_the_document_is_openapi_3_1_with_a_get_per_route():
    document = openapi_document()
    assert document["openapi"].startswith("3.1")
    assert all(set(operations) == {"get"} for operations in document["paths"].values())
