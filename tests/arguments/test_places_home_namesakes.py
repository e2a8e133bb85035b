"""A small town abroad is not where a text's own parties act when nothing else places the text there
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint import Document
from support.events import first_location as _location

pytestmark = pytest.mark.slow


def test_a_partys_riot_is_at_home_not_at_a_small_namesake_abroad(pipeline) -> None:
    loc = _location(pipeline, "On Monday, Renamo supporters burned down a Frelimo office in Springfield.")
    assert loc.country == "MOZ"


def test_a_town_the_text_places_abroad_is_kept(pipeline) -> None:
    loc = _location(pipeline, "On Monday, Renamo supporters burned down a Frelimo office in Springfield, Illinois.")
    assert loc.country == "USA"


def test_a_source_country_reads_the_text_instead(pipeline) -> None:
    events = pipeline.extract(Document("t", "On Monday, Renamo supporters burned down a Frelimo office in Springfield.",
                                       dt.date(2024, 3, 8), country=("USA",)))
    assert events and events[0].location.country == "USA"
