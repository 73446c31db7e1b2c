"""Event ids and place compatibility follow the gazetteer: a city or site lies in its country."""

from __future__ import annotations

from stream.nlp.entities import Referent
from stream.nlp.gazetteer import place
from stream.nlp.lexicon import fold
from stream.nlp.merge import event_id


def located(name: str, label: str = "GPE") -> Referent:
    where = place(name)
    assert where is not None, f"{name!r} is no place in the gazetteer"
    return Referent(key=fold(where.name), label=label, name=where.name, place=where)


def visit_id(location: Referent | None) -> str:
    return event_id("visit", ["vladimir-putin"], location, 2024)


def test_event_id_city_site_and_country_one_id() -> None:
    in_russia = visit_id(located("Russia"))
    assert visit_id(located("Moscow")) == in_russia
    assert visit_id(located("Kremlin", "FAC")) == in_russia
    assert visit_id(located("St. Petersburg")) == in_russia


def test_event_id_other_country_other_id() -> None:
    assert visit_id(located("Pyongyang")) != visit_id(located("Moscow"))


def test_event_id_unknown_place_its_own_id() -> None:
    cosmodrome = Referent(key="vostochny cosmodrome", label="FAC", name="Vostochny Cosmodrome")
    assert visit_id(cosmodrome) != visit_id(located("Russia"))
    assert visit_id(cosmodrome) != visit_id(None)
