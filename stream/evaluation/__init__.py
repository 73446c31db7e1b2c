"""Scoring the extractor against gold-annotated folders."""
