"""Tolls: a coder's own word on the toll ("Fatalities coded as 3.") is the note's figure, unless it is
shared out between events or only codes the deaths told without a definite figure; a share of
victims ("two of the victims") is not added to the victims counted."""

from __future__ import annotations

import pytest

from flashpoint.arguments.tolls import _coded_toll
from support.events import only


@pytest.mark.parametrize(
    ("text", "figure", "unknown_share"),
    [
        ("Rebels ambushed a patrol. Fatalities coded as 4.", 4, False),
        ("Rebels ambushed a patrol. Unknown fatalities coded as three.", 3, True),
        ("Rebels ambushed a patrol. Fatalities coded at 12 pending confirmation.", 12, False),
    ],
)
def test_a_coded_figure_is_read(text, figure, unknown_share):
    count, unknown = _coded_toll(text)
    assert count is not None and count.best == figure and unknown is unknown_share


@pytest.mark.parametrize(
    "text",
    [
        "Rebels ambushed a patrol. Fatalities coded as 6 and split across two events.",
        "Rebels ambushed a patrol. Fatalities recorded at the district hospital.",
        "Rebels ambushed a patrol and killed four soldiers.",
    ],
)
def test_no_coded_figure(text):
    assert _coded_toll(text) == (None, False)


@pytest.mark.slow
def test_the_coded_figure_is_the_events_toll(pipeline, events_of):
    e = only(events_of(pipeline, "On 5 March 2024, rebels ambushed an army patrol near a river crossing. "
                                  "Unknown fatalities coded as 3."))
    assert e.fatalities.best == 3


@pytest.mark.slow
def test_a_coded_share_does_not_replace_the_told_deaths(pipeline, events_of):
    events = events_of(pipeline, "On 5 March 2024, rebels ambushed an army patrol. Four soldiers were killed and "
                                  "several rebels died too. Unknown fatalities coded as 3.")
    assert events and max(e.fatalities.best or 0 for e in events) >= 4


@pytest.mark.slow
def test_deaths_without_a_figure_noted_by_the_coder_are_plural(pipeline, events_of):
    e = only(events_of(pipeline, "On 5 March 2024, rebels ambushed an army patrol near a river crossing. "
                                  "Unknown fatalities."))
    assert e.fatalities.plural and e.fatalities.best is None


@pytest.mark.slow
def test_a_share_of_the_victims_is_not_added(pipeline, events_of):
    events = events_of(pipeline, "On 5 March 2024, gunmen killed five villagers at a well; two of the victims "
                                  "were beheaded.")
    assert events and max(e.fatalities.best or 0 for e in events) == 5


@pytest.mark.slow
def test_one_of_the_victims_died(pipeline, events_of):
    events = events_of(pipeline, "On 5 March 2024, gunmen attacked two traders at a market and killed one of "
                                  "the victims.")
    assert events and max(e.fatalities.best or 0 for e in events) == 1
