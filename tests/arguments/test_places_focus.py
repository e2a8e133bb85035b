"""The source's country (`Document.country`) in event location: country-level events there, namesakes
abroad set aside, other countries' forces and people weaker than the source (sentences written for
these tests; Tamarindo is a town of Costa Rica, standing in for a village the gazetteer lacks)."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint import Document

pytestmark = pytest.mark.slow


def _events(pipeline, text: str, country: tuple[str, ...] = ()):
    return pipeline.extract(Document("t", text, dt.date(2024, 3, 8), country=country))


def _only(events):
    assert len(events) == 1, events
    return events[0]


def test_an_event_with_no_place_is_located_in_the_source_country(pipeline) -> None:
    text = "Unknown gunmen attacked a bus on Monday, killing three passengers."
    e = _only(_events(pipeline, text, ("KEN",)))
    assert (e.location.country, e.location.precision, e.location.name) == ("KEN", 4, "Kenya")
    assert e.location.lat is not None and e.location.text is None  # the country's point; no words of the text
    # Without a source country nothing is invented.
    assert _only(_events(pipeline, text)).location.country is None


def test_a_village_namesake_abroad_gives_way_to_the_source_country(pipeline) -> None:
    text = "Gunmen shot dead two herders in the village of Tamarindo on Sunday."
    assert _only(_events(pipeline, text, ("KEN",))).location.country == "KEN"
    assert _only(_events(pipeline, text)).location.country != "KEN"


def test_a_big_city_abroad_stays_where_it_is(pipeline) -> None:
    e = _only(_events(pipeline, "Protesters marched in Mogadishu on Friday against rising prices.", ("KEN",)))
    assert (e.location.country, e.location.name) == ("SOM", "Mogadishu")


def test_foreign_forces_do_not_outweigh_the_source_country(pipeline) -> None:
    text = "Burkinabe aircraft bombed suspected militants near a dry riverbed on Tuesday."
    assert _only(_events(pipeline, text, ("NER",))).location.country == "NER"
    assert _only(_events(pipeline, text)).location.country == "BFA"  # without a source: the forces' home


def test_of_several_source_countries_only_one_the_text_points_to_is_used(pipeline) -> None:
    text = "Unknown gunmen attacked a bus on Monday, killing three passengers."
    assert _only(_events(pipeline, text, ("KEN", "SOM"))).location.country is None
    e = _only(_events(pipeline, "Kenyan police shot dead two robbers on Monday.", ("SOM", "KEN")))
    assert e.location.country == "KEN"


def test_places_command_api_uses_the_source_country(pipeline) -> None:
    text = "Gunmen shot dead two herders in the village of Tamarindo on Sunday."
    plain = pipeline.places(Document("t", text))
    focused = pipeline.places(Document("t", text, country=("CRI",)))
    assert [p.text for p in plain] == [p.text for p in focused] == ["Tamarindo"]


def test_the_python_api_takes_the_source_country() -> None:
    import flashpoint

    text = "Unknown gunmen attacked a bus on 4 March 2024, killing three passengers."
    (e,) = flashpoint.extract(text, published="2024-03-08", country="Kenya")
    assert (e.location.country, e.location.precision) == ("KEN", 4)
    with pytest.raises(ValueError, match="unknown country"):
        flashpoint.extract(text, country="Atlantis")
