"""ACLED's geo precision of an event's location: a site in a town the text names is coded at the
town, precision 1; near it, precision 2 (sentences written for these tests)."""

from __future__ import annotations

import pytest

from support.events import first_location as _location

pytestmark = pytest.mark.slow


def test_a_site_in_a_town_is_the_town_at_precision_one(pipeline) -> None:
    loc = _location(pipeline, "On 4 March 2024, police dispersed a rally on Moi Avenue in Mombasa.")
    assert (loc.name, loc.precision) == ("Mombasa", 1)


def test_a_site_near_a_town_is_precision_two(pipeline) -> None:
    loc = _location(pipeline, "On 4 March 2024, a bomb exploded near the Garissa airport.")
    assert (loc.name, loc.precision) == ("Garissa", 2)
