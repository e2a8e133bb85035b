"""GeoNames reference points for countries and divisions, and the seats events keep."""

from __future__ import annotations

import math

import pytest

from flashpoint.normalize.places import Gazetteer, find_places, resolve
from flashpoint.normalize.places_lookup import event_point
from flashpoint.normalize.places_reference import apply_reference
from flashpoint.normalize.places_sources import short_admin_name
from flashpoint.records import Place
from support.places import ents, place


def _km(a: tuple[float | None, float | None], b: tuple[float, float]) -> float:
    assert a[0] is not None and a[1] is not None
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dl = math.radians(b[1] - a[1])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


@pytest.mark.parametrize(("name", "point"), [("Canada", (60.1, -113.6)), ("Japan", (35.7, 139.8)),
                                             ("India", (22.0, 79.0)), ("Australia", (-25.0, 135.0))])
def test_countries_are_reported_at_their_geonames_point(gz: Gazetteer, name: str, point: tuple[float, float]) -> None:
    p = resolve(name, [], gz)
    assert p is not None and p.feature == "country"
    assert _km((p.lat, p.lon), point) < 20


def test_country_event_keeps_its_centre(gz: Gazetteer) -> None:
    p = resolve("Canada", [], gz)
    assert p is not None
    assert _km(event_point(p), (60.0, -95.0)) < 20  # the places_centroids.tsv centre, as before


def test_division_is_reported_at_its_geonames_point_but_coded_at_its_seat(gz: Gazetteer) -> None:
    text = "Floods closed roads across Queensland on Monday."
    p = place(find_places(text, ents(text, ("Queensland", "GPE")), gz), "Queensland")
    assert p.feature == "admin1" and p.country == "AUS"
    assert _km((p.lat, p.lon), (-20.0, 145.0)) < 20
    assert _km(event_point(p), (-27.47, 153.03)) < 30  # Brisbane, the seat


def test_town_event_point_is_the_town(gz: Gazetteer) -> None:
    p = resolve("Maiduguri", [], gz)
    assert p is not None and event_point(p) == (p.lat, p.lon)


def test_explicit_seat_wins() -> None:
    p = Place(start=0, end=4, text="Xland", name="Xland", country="XXX", lat=1.0, lon=2.0, feature="admin1",
              seat=(3.0, 4.0))
    assert event_point(p) == (3.0, 4.0)
    assert "seat" not in p.to_dict("d")


@pytest.mark.parametrize(("text", "span", "country"), [
    ("A factory fire broke out in Zhejiang province last week.", "Zhejiang", "CHN"),
    ("Heavy rain hit Guizhou province overnight.", "Guizhou", "CHN"),
    ("The new rail line runs through Jiangsu and Anhui.", "Jiangsu", "CHN"),
])
def test_chinese_provinces_are_divisions_not_namesake_towns(gz: Gazetteer, text: str, span: str,
                                                            country: str) -> None:
    p = place(find_places(text, ents(text, (span, "GPE")), gz), span)
    assert p.feature == "admin1" and p.country == country and p.name == span


@pytest.mark.parametrize(("raw", "short"), [("Zhejiang Sheng", "Zhejiang"), ("Guangxi Zhuangzu Zizhiqu", "Guangxi"),
                                            ("Tianjin Shi", "Tianjin"), ("Tibet Autonomous Region", "Tibet")])
def test_chinese_division_words_are_dropped(raw: str, short: str) -> None:
    assert short_admin_name(raw) == short


def test_english_name_of_a_division_is_known(gz: Gazetteer) -> None:
    cands = [c for c in gz.lookup("Rhineland-Palatinate") if c.feature == "admin1"]
    assert cands and cands[0].country == "DEU"


@pytest.mark.parametrize(("abbr", "name"), [("Que.", "Quebec"), ("Sask.", "Saskatchewan"), ("N.B.", "New Brunswick")])
def test_canadian_province_abbreviations(gz: Gazetteer, abbr: str, name: str) -> None:
    assert any(c.name == name and c.feature == "admin1" for c in gz.lookup(abbr))


def test_bare_compass_word_is_not_a_division(gz: Gazetteer) -> None:
    assert not [c for c in gz.lookup("Western") if c.feature == "admin1"]
    assert not [c for c in gz.lookup("Eastern") if c.feature == "admin1"]


def test_apply_reference_moves_known_entries_and_adds_missing_divisions() -> None:
    entries: list[tuple[object, ...]] = [
        (1, "Xland", "XXX", None, 10.0, 20.0, "country", 100),
        (0, "Upper Vale", "XXX", "Upper Vale", 11.0, 21.0, "admin1", 50),
    ]
    names = [["Xland"], ["Upper Vale"]]
    rows = [["XXX", "country", "", "", "12", "22"],
            ["XXX", "admin1", "Upper Vale Province", "", "13", "23"],
            ["XXX", "admin1", "Lower Vale", "Vale Inferior", "14", "24"]]
    seats = apply_reference(entries, names, rows, lambda n: n.replace(" Province", "").casefold())
    assert entries[0][4:6] == (12.0, 22.0) and seats[0] == (10.0, 20.0)
    assert entries[1][4:6] == (13.0, 23.0) and seats[1] == (11.0, 21.0)
    assert "Upper Vale Province" in names[1]
    assert entries[2][1] == "Lower Vale" and entries[2][4:6] == (14.0, 24.0) and 2 not in seats
    assert names[2] == ["Lower Vale", "Vale Inferior"]


def test_event_known_only_at_a_province_is_coded_at_its_seat(pipeline, events_of) -> None:
    events = events_of(pipeline, "On 3 March 2024, gunmen killed two farmers in Borno State, police said.")
    assert events
    loc = events[0].location
    assert loc.admin1 == "Borno" and loc.lat is not None
    assert _km((loc.lat, loc.lon), (11.85, 13.16)) < 30  # Maiduguri, not the GeoNames point of Borno
