"""Tolls of a background killing are not the event's: the killing an act pursues ('searching for the
men who killed three herders') or one whose victims open an 'after' clause ('clashed after two
herders were murdered'); the event's own earlier deed ('after killing their guard') stays its toll."""

from __future__ import annotations

import pytest

from flashpoint.arguments.tolls import _accused_act
from flashpoint.records import Count, Toll


def _toll(text: str, phrase: str) -> Toll:
    start = text.index(phrase)
    return Toll("fatalities", Count(1, 1, 1, phrase), start, start + len(phrase), None)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Police raided two hamlets, searching for the gunmen who killed three herders.", "killed three herders"),
        ("Troops combed the forest in pursuit of those who murdered a chief.", "murdered a chief"),
        ("The two villages clashed again after two herders were murdered.", "two herders were murdered"),
        ("Youths burned tyres after a driver was shot dead by a guard.", "a driver was shot dead"),
    ],
)
def test_a_background_killing_is_not_the_events_toll(text, phrase):
    assert _accused_act(text, _toll(text, phrase))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Gunmen abducted two nurses after killing their guard.", "killing their guard"),
        ("Gunmen stormed the market, killing four traders.", "killing four traders"),
    ],
)
def test_the_events_own_killing_stays(text, phrase):
    assert not _accused_act(text, _toll(text, phrase))

