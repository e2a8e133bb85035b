"""Tolls of victims told as dying after what was done to them ("was beaten and later died"), pronounced
or found dead, and a share of victims ("one of the victims died")."""

from __future__ import annotations

import pytest

from flashpoint.normalize.counts import find_tolls


def _deaths(text: str) -> list[int | None]:
    return [t.count.best for t in find_tolls(text) if t.kind == "fatalities"]


@pytest.mark.parametrize(
    "text",
    [
        "The trader was taken to a clinic after the beating and died.",
        "A herder was stabbed by the youths and later died in hospital.",
        "He was badly injured and succumbed two days later.",
        "The suspect was pronounced dead on arrival.",
        "The elderly teacher was declared dead by doctors.",
        "The fisherman was founded dead near the shore.",
        "The attackers killed one of the victims.",
        "One of the hostages died in captivity.",
    ],
)
def test_one_death(text):
    assert _deaths(text) == [1]


def test_an_injury_that_is_not_followed_by_death_stays_an_injury():
    tolls = find_tolls("Three guards were wounded and the others were unhurt.")
    assert [(t.kind, t.count.best) for t in tolls] == [("injuries", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "The trader was taken to hospital, and a relative died.",
        "The trader was taken to hospital while his brother died.",
    ],
)
def test_a_death_in_another_clause_is_not_the_subjects(text):
    assert all(t.count.text != "The trader" for t in find_tolls(text))


def test_three_of_the_dead_stay_a_share():
    assert _deaths("Three of the dead were children.") == []
