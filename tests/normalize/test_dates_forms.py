"""find_dates, round 3: 'overnight', a bare ordinal day ('on the 19th'), slash dates after 'between'
and 'and'."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.normalize.dates import find_dates

PUB = dt.date(2024, 3, 8)


def _values(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in find_dates(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Overnight, gunmen torched a police post.", [("Overnight", "2024-03-07")]),
        ("In an overnight raid, gunmen torched a police post.", [("overnight", "2024-03-07")]),
        ("On the 6th, gunmen torched a police post.", [("the 6th", "2024-03-06")]),
        ("On the 12th, gunmen torched a police post.", [("the 12th", "2024-02-12")]),
        ("On the night of the 5th, gunmen torched a police post.", [("the night of the 5th", "2024-03-05")]),
        ("The siege began on 28 February and went on until the 2nd.",
         [("28 February", "2024-02-28"), ("the 2nd", "2024-03-02")]),
        ("Between 03/03 and 05/03, traders closed their shops.",
         [("Between 03/03 and 05/03", "2024-03-03/2024-03-05")]),
    ],
)
def test_new_date_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On the 20th anniversary of the accord, veterans marched.",
        "On the 3rd floor, a fire broke out.",
        "The pump delivered 1 and 3/4 litres.",
    ],
)
def test_ordinals_and_fractions_that_are_no_dates(text: str) -> None:
    assert [v for _, v in _values(text) if v[:1].isdigit()] == []
