"""A place inside what a protest is about is not where the crowd is (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from support.events import first_location as _location

pytestmark = pytest.mark.slow


def test_a_place_in_the_plan_a_crowd_protests_against_is_not_the_site(pipeline) -> None:
    loc = _location(pipeline, "On Monday, Kisumu traders held a demonstration against the plan by the county "
                              "to build a new market in Eldoret.")
    assert loc.name == "Kisumu"


def test_a_place_in_what_a_crowd_demands_is_not_the_site(pipeline) -> None:
    loc = _location(pipeline, "On Monday, residents of Nyeri held a protest to demand compensation for land "
                              "that a company took near Nanyuki.")
    assert loc.name == "Nyeri"


def test_a_place_after_the_protest_itself_is_the_site(pipeline) -> None:
    loc = _location(pipeline, "On Monday, Kisumu traders protested in Eldoret against a new tax.")
    assert loc.name == "Eldoret"
