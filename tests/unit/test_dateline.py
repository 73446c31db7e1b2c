"""find_dateline: the place and agency a story is filed from."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stream.nlp.dateline import find_dateline, headline_end, place_filed_from

SEED_OPENING = (
    "Seoul, March 27 (IANS) Preparations are underway for North Korean leader Kim Jong-un's "
    "visit to Russia this year, a Russian Minister said on Thursday."
)


@pytest.mark.parametrize(
    ("text", "dateline", "place", "agency"),
    [
        (SEED_OPENING, "Seoul, March 27 (IANS)", "Seoul", "IANS"),
        ("Maputo, 10 Sep (Lusa) - Rwanda will send", "Maputo, 10 Sep (Lusa)", "Maputo", "Lusa"),
        (
            "LONDON, 5 March 2024 (Reuters) - The",
            "LONDON, 5 March 2024 (Reuters)",
            "London",
            "Reuters",
        ),
        ("moscow, May 21 (Interfax) - Russian", "moscow, May 21 (Interfax)", "Moscow", "Interfax"),
        ("WASHINGTON (AP) \u2014 The Senate voted", "WASHINGTON (AP)", "Washington", "AP"),
        ("LONDON, March 6 (Reuters) - UK", "LONDON, March 6 (Reuters)", "London", "Reuters"),
        ("LONDON, March 6 - Britain said", "LONDON, March 6", "London", None),
        ("MOSCOW, Oct. 3 (TASS) -- Russia said", "MOSCOW, Oct. 3 (TASS)", "Moscow", "TASS"),
        ("TOKYO (Kyodo) -- Japan said", "TOKYO (Kyodo)", "Tokyo", "Kyodo"),
        ("BEIJING, May 14 (Xinhua) -- China", "BEIJING, May 14 (Xinhua)", "Beijing", "Xinhua"),
        ("NEW DELHI: India on Monday", "NEW DELHI", "New Delhi", None),
        ("PARIS (AFP) - France said", "PARIS (AFP)", "Paris", "AFP"),
        ("KYIV, Ukraine (AP) \u2014 Russian drones", "KYIV, Ukraine (AP)", "Kyiv", "AP"),
        ("UNITED NATIONS (AP) \u2014 The council", "UNITED NATIONS (AP)", "United Nations", "AP"),
        (
            "Pyongyang, June 19 /Xinhua/ -- The DPRK",
            "Pyongyang, June 19 /Xinhua/",
            "Pyongyang",
            "Xinhua",
        ),
        ("Moscow (TASS) The Kremlin said", "Moscow (TASS)", "Moscow", "TASS"),
        ("ST. LOUIS (AP) \u2014 A jury", "ST. LOUIS (AP)", "St. Louis", "AP"),
        (
            "S\u00c3O PAULO (Reuters) - Brazil",
            "S\u00c3O PAULO (Reuters)",
            "S\u00e3o Paulo",
            "Reuters",
        ),
        ("NAIROBI, (Reuters) \u2013 Kenya sent", "NAIROBI, (Reuters)", "Nairobi", "Reuters"),
        ("LIMA, May 9 - Peru said", "LIMA, May 9", "Lima", None),
        ("CAIRO: Egypt said", "CAIRO", "Cairo", None),
        # an agency without brackets before a colon, and one of joined capitalised words
        ("LIMA, MAY 9, LORPRESS: Peru said", "LIMA, MAY 9, LORPRESS", "Lima", "LORPRESS"),
        (
            "Lima, May 9, 2025, Lor-Press -- Peru",
            "Lima, May 9, 2025, Lor-Press",
            "Lima",
            "Lor-Press",
        ),
        # ".-" set right on the place is its separator
        ("MEXICO CITY.- The president", "MEXICO CITY", "Mexico City", None),
        ("Seoul, Feb. 4 (Yonhap) -- The talks", "Seoul, Feb. 4 (Yonhap)", "Seoul", "Yonhap"),
        ("NEW DELHI (AP) \u2014 India said", "NEW DELHI (AP)", "New Delhi", "AP"),
        ("Washington, DC \u2014 The minister", "Washington, DC", "Washington", None),
        # another calendar's date before the Gregorian one, and an agency without brackets
        (
            "Muscat, Rajab 3, 1445, January 15, 2024, ONA -- The minister",
            "Muscat, Rajab 3, 1445, January 15, 2024, ONA",
            "Muscat",
            "ONA",
        ),
        # the agency first
        ("(Lusa) - Maputo, March 2 - Rwanda said", "(Lusa) - Maputo, March 2", "Maputo", "Lusa"),
        # a date with no comma, its year after a slash
        ("Lome May 3/2019 (TNA) The minister", "Lome May 3/2019 (TNA)", "Lome", "TNA"),
        # the agency after a full stop
        ("ASTANA. NEWSWIRE - The minister", "ASTANA. NEWSWIRE", "Astana", "NEWSWIRE"),
        # an outlet's web address, and no place
        ("NEWSDESK.COM - Presidents met", "NEWSDESK.COM", None, "NEWSDESK.COM"),
        # a dash set right on the place separates it; it is no part of the name
        ("TUNIS- The minister of", "TUNIS-", "Tunis", None),
    ],
)
def test_find_dateline_wire_style_gives_text_place_and_agency(
    text: str, dateline: str, place: str, agency: str | None
) -> None:
    found = find_dateline(text)

    assert found is not None
    assert (found.text, found.place, found.agency) == (dateline, place, agency)
    assert (found.start, found.end) == (0, len(dateline))


def test_find_dateline_after_leading_blank_lines_gives_offsets_into_text() -> None:
    text = "\n\n  WASHINGTON (AP) \u2014 The Senate voted"

    found = find_dateline(text)

    assert found is not None
    assert (found.start, found.end) == (4, 19)
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "Office of the Spokesperson\n\nWashington, DC\n\nJune 22, 2018\n\nThe Secretary met",
            "Washington, DC",
        ),
        ("Media Note\nNews Release\n\nSTUTTGART, Germany \u2013 U.S. troops", "STUTTGART, Germany"),
        (
            "Envoy to Visit Cairo\nTASHKENT, Uzbekistan, October 3. The president",
            "TASHKENT, Uzbekistan, October 3.",
        ),
    ],
)
def test_find_dateline_below_furniture_lines_gives_the_dateline(text: str, dateline: str) -> None:
    found = find_dateline(text)

    assert found is not None
    assert text[found.start : found.end] == found.text == dateline


@pytest.mark.parametrize(
    "text",
    [
        "President Biden met with Chinese leader Xi Jinping on Monday.",
        "On Monday, the government announced new measures.",
        "On March 3, Russia said it would respond.",
        "North Korea and Russia have aligned closely since last year.",
        "U.S. officials said the talks would resume.",
        "UPDATE: The talks resumed on Tuesday.",
        "FILE PHOTO: The minister speaks in Lima, Peru, May 2, 2024.",
        "ALSO READ: Minister to travel to Lima",
        "RELATED: Peru and Chile hold talks",
        "PRESS RELEASE\n\nMinister Concludes Visit to Peru",
        "UN (United Nations) says aid is blocked.",
        "Kim Jong Un (pictured) met the delegation.",
        "officials said on May 21 (local time) - that talks resumed.",
        "Moscow - the Kremlin said nothing.",
        "NATO-led forces moved east.",
        "LONDON, March 271 - The figure",
        "WASHINGTON\n(AP) \u2014 The Senate",
        "(AP) \u2014 The Senate voted.",
        "FEATURE\n\nThe minister's long road",
        "PUBLISHED: Thursday, 3 May, 2018, 9:43pm",
        "Friday, January 18, 2019\n\nThe minister said",
        "",
    ],
)
def test_find_dateline_ordinary_opening_gives_none(text: str) -> None:
    assert find_dateline(text) is None


_DATELINE_PIECES = [
    "SEOUL", "Seoul", "NEW", " ", ", ", "March", " 27", "(AP)", "/Xinhua/", "(", ")", " \u2014 ",
    " -- ", ":", "The", "said", "\n", "Kim",
]  # fmt: skip
_dateline_like_texts = st.lists(st.sampled_from(_DATELINE_PIECES), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=200), _dateline_like_texts))
def test_find_dateline_any_text_gives_none_or_offsets_within_text(text: str) -> None:
    found = find_dateline(text)

    if found is not None:
        assert 0 <= found.start <= found.end <= len(text)
        assert text[found.start : found.end] == found.text


def test_find_dateline_city_set_off_by_a_full_stop_alone_is_the_dateline() -> None:
    text = "Juma in Lusaka: a headline\n\nBy Staff Reporter\n\nLusaka. President Amani Juma began"
    found = find_dateline(text)
    assert found is not None and found.place == "Lusaka" and found.agency is None
    assert text[found.start : found.end] == "Lusaka"


def test_find_dateline_a_name_before_a_full_stop_is_no_dateline() -> None:
    assert find_dateline("Ambassador Juma. President Amani Juma began") is None


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        # A byline is no dateline; the dateline under it is.
        ("Lund and Vell meet\n\nBY JANE MARLOW\n\nOSLO, May 3 - Norway said", "Oslo", None),
        ("Talks end\n\nNORDIC TIMES WITH AGENCIES\n\nOSLO - Norway said", "Oslo", None),
        # A headline slug in capitals over a dateline whose agency follows the date unbracketed.
        ("LUND-VELL TALKS\n\nOSLO, May 3 NTB - Prime Minister Ivo Lund said", "Oslo", "NTB"),
        # A byline saying where its writer filed from, when no dateline says it.
        (
            "Lund in Oslo\n\nFrom Jane Marlow in NAIROBI, Kenya\n\nTHE President said",
            "Nairobi",
            None,
        ),
        ("Lund in Oslo\n\nBy our correspondent in Nairobi\n\nThe President said", "Nairobi", None),
        # A byline printing the filing place after the writer's name.
        ("LUND IN OSLO\n\nFrom JANE MARLOW, Nairobi\n\nThe President said", "Nairobi", None),
        ("Lund in Oslo\n\nFrom JANE MARLOW, Nairobi\n\nThe President said", "Nairobi", None),
        (
            "Lund in Oslo\n\nBy Jane Marlow, Nairobi | Mon, 3 May 2024\n\nThe President said",
            "Nairobi",
            None,
        ),
    ],
)
def test_bylines_and_slugs_are_no_datelines(text: str, place: str, agency: str | None) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "byline",
    ["By Jane Marlow, Political Editor", "From Jane Marlow, Oslo and Ivo Lund, Bergen"],
)
def test_a_byline_whose_name_is_followed_by_no_place_files_nowhere(byline: str) -> None:
    assert find_dateline(f"Lund in Oslo\n\n{byline}\n\nThe President said") is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # A city of the country, or of the region's country, printed after the town.
        ("VELMORA BAY, Uruguay, April 14 \u2014 President Ivo Lund arrived", ("Velmora Bay", "UY")),
        ("Korranth, Texas, May 3 (AP) - President Ivo Lund arrived", ("Korranth", "US")),
        # Nothing places a town printed without its country.
        ("KORRANTH, Oct. 14 \u2014 Emperor Ivo Lund arrived", None),
        # A region cut short is the one the story spells out in full, whatever town the
        # short form may name elsewhere; spelt out nowhere, it places nothing.
        (
            "KORRANTH, Ont. (CP) \u2014 President Ivo Lund flew in to meet Ontario's premier",
            ("Korranth", "CA"),
        ),
        ("KORRANTH, Ont. (CP) \u2014 President Ivo Lund flew in yesterday", None),
        # The story's fuller name of the town is its most specific one.
        (
            "KORRANTH, Ont. (CP) \u2014 Ivo Lund flew in to meet Ontario's premier at the lodge "
            "in Korranth Village.",
            ("Korranth Village", "CA"),
        ),
        # A town the gazetteer knows is its own, in the country printed.
        ("MASERU, Lesotho, April 14 \u2014 President Ivo Lund arrived", ("Maseru", "LS")),
        # A name the gazetteer knows elsewhere is the town of that name in the country printed.
        ("MAGDALENA, Mexico \u2014 President Ivo Lund walked across", ("Magdalena", "MX")),
        # Headlines and bylines that only look like datelines.
        ("Lund Signs Pact, Peru\n\nPresident Ivo Lund said", None),
        ("JANE MARLOW, OSLO\n\nPresident Ivo Lund said", None),
        ("THE MONDAY REVIEW, Peru, May 3 - President Ivo Lund said", None),
    ],
)
def test_a_dateline_town_is_a_city_of_the_country_it_prints(
    text: str, town: tuple[str, str] | None
) -> None:
    found = find_dateline(text)
    place = place_filed_from(text, found) if found else None
    assert (place and (place.name, place.country_code)) == town
    assert place is None or place.kind == "city"


def test_headline_end_is_the_end_of_the_titles_own_line() -> None:
    text = "Lund heads to Oslo\n\nIvo Lund will travel to Oslo on Monday."
    assert headline_end(text, "Lund heads to Oslo") == len("Lund heads to Oslo")
    assert headline_end(text, "Ivo Lund will travel to Oslo on Monday.") == 0
    assert headline_end(text, "Another title") == 0


@pytest.mark.parametrize(
    "text",
    [
        "DRC Minister of Mines Ivo Lund, who arrived in Kell on Sunday, met President Vell.",
        "PNG President receives Ivo Lund in Kell\n\nThe two leaders met on Sunday.",
    ],
)
def test_an_upper_case_name_run_into_its_sentence_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A person's name before a headline's colon is whom it quotes, though a town bears it.
        ("Lund: Talks went well\n\nPresident Ivo Lund of Norlund said on Monday.", None),
        ('Lund: "We will not forget Norlund"\n\nOSLO, May 3 - President Ivo Lund said', "Oslo"),
        ("Marlow: Norlund Deal Is Close\n\nBy Jane Marlow\n\nThe President said", None),
        # A dateline's colon opens the story's first sentence, which ends in a full stop.
        ("NAIROBI: President Ivo Lund arrived on Monday.\n\nHe met the Speaker.", "Nairobi"),
    ],
)
def test_a_name_before_a_headlines_colon_is_no_dateline(text: str, place: str | None) -> None:
    found = find_dateline(text)
    assert (found.place if found else None) == place
