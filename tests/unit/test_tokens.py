"""Tokens of agency copy: initialled names and datelines glued to the story."""

from __future__ import annotations

from stream.nlp.enrich import Enricher


def words(enricher: Enricher, text: str) -> list[str]:
    return [token.text for token in enricher.nlp.make_doc(text)]


def test_an_initial_glued_by_a_dot_keeps_its_name_whole(enricher: Enricher) -> None:
    tokens = words(enricher, "Premier Ivo Lund held talks with President Ts.Vandan on Monday.")
    assert "Ts.Vandan" in tokens


def test_a_common_word_run_into_the_next_sentence_is_still_cut(enricher: Enricher) -> None:
    tokens = words(enricher, "They left.Then the talks began.")
    assert tokens[:4] == ["They", "left", ".", "Then"]
    assert words(enricher, "So it was.He then left.")[2:5] == ["was", ".", "He"]


def test_dashes_glued_to_an_agency_bracket_part_it_from_the_story(enricher: Enricher) -> None:
    tokens = words(enricher, "OSLO, May 2 (Nordpress)--Prime Minister Ivo Lund arrived.")
    assert tokens[4:9] == ["(", "Nordpress", ")", "--", "Prime"]


def test_an_initialled_name_is_one_person(enricher: Enricher) -> None:
    doc = enricher.nlp("Premier Ivo Lund held talks with President Ts.Vandan at the palace.")
    assert "Ts.Vandan" in {ent.text for ent in doc.ents if ent.label_ == "PERSON"}


def test_a_verb_with_a_bound_prefix_is_one_word_with_its_bare_verbs_lemma(
    enricher: Enricher,
) -> None:
    doc = enricher.nlp("Premier Ivo Lund co-hosted the forum with President Arno Vell.")
    verb = next(token for token in doc if token.lower_.startswith("co-"))
    assert verb.text == "co-hosted"
    assert verb.lemma_ == "host"
    assert words(enricher, "a well-known co-op")[1:] == ["well", "-", "known", "co-op"]
