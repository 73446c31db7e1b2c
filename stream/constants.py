"""Names shared across the package: topics, tables, registry names, versions."""

from typing import Final

SCHEMA_VERSION: Final = "2.0.0"
EXTRACTOR_VERSION: Final = "0.2.0"

# Default topic names; each can be overridden through settings.
TOPIC_ARTICLES_RAW: Final = "news.articles.raw"
TOPIC_ARTICLES_ENRICHED: Final = "news.articles.enriched"
TOPIC_ENTITIES: Final = "news.entities"
TOPIC_EVENTS: Final = "news.events"
TOPIC_DEAD_LETTERS: Final = "news.articles.dlq"

# The streaming worker: its consumer group, internal topic and tables.
APP_ID: Final = "newsstream"
TOPIC_EVENT_REPORTS: Final = "newsstream.event-reports"
TOPIC_ACTOR_ACTIVITY: Final = "newsstream.actor-activity"
TOPIC_PLACE_ACTIVITY: Final = "newsstream.place-activity"
TABLE_EVENT_RESOLVER: Final = "event-resolver"
TABLE_PLACES: Final = "places"
TABLE_ACTOR_PROFILES: Final = "actor-profiles"
TABLE_ACTOR_ROWS_PREFIX: Final = "actor-"  # + the event type in the plural: actor-visits
ACTIVITY_TYPES_PLURAL: Final = {
    "visit": "visits",
    "meeting": "meetings",
    "invitation": "invitations",
    "agreement": "agreements",
    "statement": "statements",
    "deployment": "deployments",
}
PLACE_TYPES_PLURAL: Final = {
    "visit": "visits",
    "meeting": "meetings",
    "agreement": "agreements",
}
"""The events a place lists: who came, and what was held there."""
TABLE_NAMES: Final = (
    TABLE_EVENT_RESOLVER,
    *(TABLE_ACTOR_ROWS_PREFIX + plural for plural in ACTIVITY_TYPES_PLURAL.values()),
    TABLE_ACTOR_PROFILES,
    TABLE_PLACES,
)

SCHEMA_ID_BASE: Final = "https://newsstream.dev/schemas"
