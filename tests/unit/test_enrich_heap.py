"""The loaded Enricher's heap is kept out of the cyclic collector's full passes."""

from __future__ import annotations

import gc

from stream.nlp.enrich import Enricher


def test_loading_freezes_what_the_enricher_loaded() -> None:
    gc.unfreeze()
    Enricher()
    # The model and the gazetteer alone are hundreds of thousands of objects.
    assert gc.get_freeze_count() > 100_000, f"only {gc.get_freeze_count()} objects frozen"
