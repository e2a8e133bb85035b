"""Shared fixtures: one pipeline per test session (spaCy loads once), and the shared folder."""

from __future__ import annotations

import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def pipeline():
    from flashpoint import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def shared() -> pathlib.Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def events_of():
    """A function: the events the pipeline extracts from a text published on a given day."""
    import datetime as dt

    from flashpoint import Document

    def run(pipeline, text: str, published: str = "2024-03-08", doc_id: str = "t"):
        return pipeline.extract(Document(doc_id, text, dt.date.fromisoformat(published)))

    return run
