"""Displacement triggers (`data/triggers.tsv`, category "displace") and what `flashpoint.detect` leaves
out: victims named by a displacement word, and flight told after the violence that caused it;
sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _categories(pipeline, text: str) -> list[str]:
    from flashpoint.detect import find_triggers

    doc = pipeline.nlp(text)
    return [t.category for t in find_triggers(doc, pipeline.lexicon)]


@pytest.mark.parametrize("text", [
    "Hundreds of families fled their homes in the valley last week.",
    "About 2,000 IDPs arrived in the provincial capital on Monday.",
    "Thousands of villagers were displaced from the district in March.",
])
def test_flight_from_home_is_a_displacement(pipeline, text: str) -> None:
    assert "displace" in _categories(pipeline, text)


@pytest.mark.parametrize("text", [
    "Gunmen attacked the village on Sunday. Residents fled their homes.",
    "The fighting has killed 400 people and displaced 20,000 since January.",
    "Suspected militants killed two IDPs in the camp.",
])
def test_aftermath_and_victims_are_no_displacement(pipeline, text: str) -> None:
    assert "displace" not in _categories(pipeline, text)
