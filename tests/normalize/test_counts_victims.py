"""Tolls added in round 3: demonym victims, 'to death' after an injury verb, bodies found, a people
noun after its modifiers, and a figure inside a relative clause."""

from __future__ import annotations

import pytest

from flashpoint.normalize.counts import find_tolls


def _fatal(sentence: str) -> list[int | None]:
    return [t.count.best for t in find_tolls(sentence) if t.kind == "fatalities"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Masked gunmen shot dead a Nigerian at the market.", [1]),
        ("A soldier killed a Sudanese near the border post.", [1]),
        ("Two men stabbed a shop assistant to death outside the bar.", [1]),
        ("The mob stabbed a Ugandan motorcycle driver to death.", [1]),
        ("A dead body was found near the dam on the next morning.", [1]),
        ("Another corpse was recovered from the well.", [1]),
        ("The body of a fisherman was found floating in the lake.", [1]),
        ("A Malian army captain later succumbed to his wounds.", [1]),
        ("It was an ambush that left four guards killed and two hurt.", [4]),
        ("He passed away in hospital two days later.", [1]),
        ("The guards beat the prisoner, which led to the prisoner's death.", [1]),
        ("Riders beat to death the mayor's driver over a fare.", [1]),
        ("A form four student was shot dead near the school.", [1]),
        ("The body of a herder was found in a ditch.", [1]),
    ],
)
def test_fatalities_in_new_shapes(sentence: str, expected: list[int | None]) -> None:
    assert _fatal(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Thieves stole a Toyota from the yard.",
        "Relatives marked the anniversary of the death of the chief.",
        "The body of the report was published on Monday.",
        "Relatives took away the body of a patient from the ward.",
        "Pupils rioted over the teacher's death.",
    ],
)
def test_no_fatality_where_none_is_told(sentence: str) -> None:
    assert [c for c in _fatal(sentence) if c] == []


def test_to_death_wins_over_the_injury_reading() -> None:
    kinds = [(t.kind, t.count.best) for t in find_tolls("Youths stabbed a guard to death and beat two others.")]
    assert ("fatalities", 1) in kinds
    assert ("injuries", 1) not in kinds
