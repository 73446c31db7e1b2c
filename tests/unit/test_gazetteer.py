"""The gazetteer: printed place names and nationality words to normalised places."""

from __future__ import annotations

from pathlib import Path

import pytest

from stream.contracts import EnrichedArticle
from stream.nlp.enrich import Enricher
from stream.nlp.gazetteer import (
    Place,
    capital_of,
    contains,
    country_of,
    country_of_demonym,
    is_capital,
    place,
    place_in_story,
    seat_of_former_state,
    well_known_names,
)
from stream.nlp.lexicon import fold, place_entries
from stream.sources import read_file
from tests.unit.stories import events_of, told

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_98d7fe5aeb08b17c.txt"


def found(name: str, countries: tuple[str, ...] = ()) -> Place:
    result = place(name, countries)
    assert result is not None, f"{name!r} is no place in the gazetteer"
    return result


@pytest.mark.parametrize(
    ("printed", "country_code", "country"),
    [
        ("U.S.", "US", "United States"),
        ("the United States", "US", "United States"),
        ("United States of America", "US", "United States"),
        ("DPRK", "KP", "North Korea"),
        ("Republic of Korea", "KR", "South Korea"),
        ("Britain", "GB", "United Kingdom"),
        ("UAE", "AE", "United Arab Emirates"),
        ("Türkiye", "TR", "Turkey"),
        ("Russian Federation", "RU", "Russia"),
        ("Viet Nam", "VN", "Vietnam"),
        ("Syrian Arab Republic", "SY", "Syria"),
    ],
)
def test_gazetteer_country_names_familiar_short_name(
    printed: str, country_code: str, country: str
) -> None:
    result = found(printed)
    assert (result.kind, result.country_code, result.name, result.country) == (
        "country",
        country_code,
        country,
        country,
    )


@pytest.mark.parametrize(
    ("printed", "name", "country_code"),
    [
        ("Kiev", "Kyiv", "UA"),
        ("Kyiv", "Kyiv", "UA"),
        ("Washington, D.C.", "Washington", "US"),
        ("St. Petersburg", "Saint Petersburg", "RU"),
        ("Pyongyang", "Pyongyang", "KP"),
        ("Ulaanbaatar", "Ulan Bator", "MN"),
    ],
)
def test_gazetteer_city_spellings_one_city_with_country(
    printed: str, name: str, country_code: str
) -> None:
    result = found(printed)
    assert (result.kind, result.name, result.city, result.country_code) == (
        "city",
        name,
        name,
        country_code,
    )


def test_gazetteer_ambiguous_city_most_populous() -> None:
    assert found("London").country_code == "GB"  # not London, Ontario
    assert found("Moscow").country_code == "RU"  # not Moscow, Idaho


def test_gazetteer_ambiguous_city_country_of_article_wins() -> None:
    assert found("London", ("CA",)).country == "Canada"
    assert found("London", ("FR", "GB")).country == "United Kingdom"


@pytest.mark.parametrize(("name", "country"), [("Rome", "IT"), ("Lima", "PE"), ("Moscow", "RU")])
def test_gazetteer_a_capital_is_meant_over_a_small_namesake_in_a_country_named(
    name: str, country: str
) -> None:
    # The United States has small towns of each name; a story naming it still means the capital.
    story_place = place_in_story(name, ("US",))
    assert story_place is not None and story_place.country_code == country


def test_gazetteer_a_big_city_of_a_country_named_still_wins() -> None:
    london = place_in_story("London", ("CA",))
    assert london is not None and london.country == "Canada"


def test_talks_at_a_palace_of_a_capital_are_held_by_the_trip_in_a_story_naming_washington(
    enricher: Enricher,
) -> None:
    text = (
        "Chinese President Wen Bo arrived in Rome on Sunday for a state visit. On Monday, Wen "
        "held talks with Prime Minister Marco Bassi at the Quirinal Palace. US Ambassador John "
        "Cole said Washington was watching the visit closely."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("wen-bo", (), "rome")}
    assert {e.location.country_code for e in events if e.location} == {"IT"}


def test_gazetteer_country_before_city_and_region() -> None:
    assert found("Georgia").kind == "country"  # not the US state
    assert found("Mexico").kind == "country"  # not Mexico City's other name


def test_gazetteer_small_city_yields_to_region_big_city_not() -> None:
    assert (found("Florida").kind, found("Florida").country_code) == ("region", "US")
    assert (found("Gaza").kind, found("Gaza").country) == ("city", "Palestine")


@pytest.mark.parametrize("name", ["Galicia", "Asturias", "Cantabria"])
def test_gazetteer_spanish_regions_misfiled_by_the_package_lie_in_spain(name: str) -> None:
    assert (found(name).kind, found(name).country) == ("region", "Spain")


@pytest.mark.parametrize("word", ["nice", "split", "mobile", "reading", "the of"])
def test_gazetteer_lowercase_word_no_place(word: str) -> None:
    assert place(word) is None


@pytest.mark.parametrize("name", ["Narnia", "Europe", "", "the", "Of"])
def test_gazetteer_unknown_name_none(name: str) -> None:
    assert place(name) is None


@pytest.mark.parametrize("code", ["CEO", "ATM", "VAT"])
def test_gazetteer_a_small_city_s_code_in_capitals_is_no_place(code: str) -> None:
    # geonames lists airport and station codes among a city's other names.
    assert place(code) is None


def test_gazetteer_a_big_city_s_abbreviation_still_names_it() -> None:
    assert place("NYC") == place("New York City")


@pytest.mark.parametrize(
    ("printed", "site", "city", "country_code"),
    [
        ("the Kremlin", "Kremlin", "Moscow", "RU"),
        ("White House", "White House", "Washington", "US"),
        ("Elysee Palace", "Élysée Palace", "Paris", "FR"),
        ("Blair House", "Blair House", "Washington", "US"),
        ("Great Hall of the People", "Great Hall of the People", "Beijing", "CN"),
        ("Downing Street", "Downing Street", "London", "GB"),
    ],
)
def test_gazetteer_site_knows_its_city(
    printed: str, site: str, city: str, country_code: str
) -> None:
    result = found(printed)
    assert (result.kind, result.name, result.city, result.country_code) == (
        "site",
        site,
        city,
        country_code,
    )


def test_gazetteer_contains_city_in_country_site_in_city() -> None:
    russia, moscow, kremlin = found("Russia"), found("Moscow"), found("Kremlin")
    assert contains(russia, moscow)
    assert contains(russia, kremlin)
    assert contains(moscow, kremlin)
    assert not contains(moscow, russia)
    assert not contains(found("Beijing"), kremlin)
    assert not contains(found("North Korea"), moscow)
    assert not contains(moscow, moscow)


def test_gazetteer_country_of_city_and_site() -> None:
    assert country_of(found("Kremlin")) == found("Russia")
    assert country_of(found("Pyongyang")).name == "North Korea"
    assert country_of(found("France")) == found("France")


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Qatari", "Qatar"),
        ("Saudi", "Saudi Arabia"),
        ("Saudis", "Saudi Arabia"),
        ("North Korean", "North Korea"),
        ("North Koreans", "North Korea"),
        ("Kazakh", "Kazakhstan"),
        ("Argentine", "Argentina"),
        ("Emirati", "United Arab Emirates"),
        ("Emiratis", "United Arab Emirates"),
        ("Turkish", "Turkey"),
        ("Chinese", "China"),
        ("American", "United States"),
        ("Congolese", "Democratic Republic of the Congo"),  # the most populous of two
    ],
)
def test_gazetteer_demonym_names_country(word: str, country: str) -> None:
    result = country_of_demonym(word)
    assert result is not None, f"{word!r} names no country"
    assert (result.kind, result.name) == ("country", country)


@pytest.mark.parametrize("word", ["Martian", "Chineses", "Korean"])
def test_gazetteer_unknown_demonym_none(word: str) -> None:
    assert country_of_demonym(word) is None


def test_gazetteer_former_state_is_its_own_party_with_its_seats_code() -> None:
    # Its leaders were at home in Moscow; "Soviet troops" are the Soviet Union's, not Russia's.
    seat = seat_of_former_state("Soviet")
    assert seat is not None and seat.name == "Russia"
    state = country_of_demonym("Soviets")
    assert state is not None and state.name == "Soviet Union" and state.country_code == "RU"
    assert found("USSR") == state
    # A visit to it is to it: no city of today's Russia lies in it, nor it in Russia.
    assert not contains(state, found("Moscow")) and not contains(found("Russia"), state)


def test_gazetteer_well_known_names_countries_capitals_not_words() -> None:
    names = set(well_known_names())
    assert {"DPRK", "North Korea", "Democratic People's Republic of Korea", "Kyiv", "U.S."} <= names
    # a one-word alternate spelling that is a word or a nationality, a small territory's capital
    assert names.isdisjoint({"Island", "Thai", "Douglas", "Kremlin"})


def test_gazetteer_place_id_slug_of_folded_name_keeps_old_ids() -> None:
    assert fold(found("DPRK").name) == "north korea"
    assert fold(found("U.S.").name) == "united states"


def test_gazetteer_curated_sites_and_cities_name_known_countries() -> None:
    for entry in place_entries():
        assert country_of(Place("", "country", entry.country_code, "")).kind == "country"
        if entry.kind == "site":
            city = found(entry.city or "", (entry.country_code,))
            assert (city.kind, city.name, city.country_code) == (
                "city",
                entry.city,
                entry.country_code,
            ), entry.name


# --- the contract fields on the seed's records (the full model, loaded once per session) ---


@pytest.fixture(scope="module")
def seed(enricher: Enricher) -> EnrichedArticle:
    return enricher.enrich(next(read_file(SEED)))


def test_seed_event_locations_say_where_they_lie(seed: EnrichedArticle) -> None:
    located = {
        (e.location.id, e.location.country_code, e.location.country, e.location.city)
        for e in seed.events
        if e.location is not None
    }
    assert located >= {
        ("pyongyang", "KP", "North Korea", "Pyongyang"),
        ("moscow", "RU", "Russia", "Moscow"),
        ("vladivostok", "RU", "Russia", "Vladivostok"),
        ("russia", "RU", "Russia", None),
    }
    unknown = {e.location.id for e in seed.events if e.location and not e.location.country_code}
    assert unknown <= {"vostochny-cosmodrome"}, f"places the gazetteer missed: {unknown}"


def test_seed_place_entities_carry_country_other_entities_none(seed: EnrichedArticle) -> None:
    by_id = {entity.entity_id: entity for entity in seed.entities}
    assert (by_id["north-korea"].country_code, by_id["north-korea"].city) == ("KP", None)
    assert (by_id["seoul"].country, by_id["seoul"].city) == ("South Korea", "Seoul")
    people = [e for e in seed.entities if e.label == "PERSON"]
    assert people and all(e.country_code is e.country is e.city is None for e in people)


def test_a_renamed_capital_is_a_capital() -> None:
    # The capitals list keeps the city's former name ("Nur-Sultan").
    astana = capital_of("KZ")
    assert astana is not None and is_capital(astana)
