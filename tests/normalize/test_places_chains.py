"""Admin chains: one name in brackets is an area, a town whose gazetteer province is a neighbour's
stays inside a chain naming the province near it, and a big city keeps its place when the one area
after it lies elsewhere (sentences and places written for these tests)."""

from __future__ import annotations

from flashpoint.normalize.places import Gazetteer, find_places
from flashpoint.normalize.places_admin import AdminChain, within_chain
from flashpoint.normalize.places_gazetteer import Candidate
from support.places import ents, place


def test_one_name_in_brackets_is_an_area(gz: Gazetteer) -> None:
    text = "An explosion damaged a shop in Qqdoro (Kidal) on Friday."
    p = place(find_places(text, ents(text, ("Qqdoro", "GPE")), gz), "Qqdoro")
    assert p.country == "MLI" and p.lat is not None


def _c(name: str, admin1: str, lat: float, lon: float, feature: str) -> Candidate:
    return Candidate(0, name, "KEN", admin1, lat, lon, feature, 10_000)


def test_a_town_near_the_named_province_seat_is_inside_even_with_another_province() -> None:
    chain = AdminChain(0, (_c("Upper", "Upper", 0.0, 37.0, "admin1"),))
    near = _c("Neartown", "Lower", 0.3, 37.0, "city")      # about 33 km from the seat
    far = _c("Fartown", "Lower", 3.0, 37.0, "city")        # about 330 km away
    same = _c("Hometown", "Upper", 1.0, 37.0, "city")
    assert within_chain(near, chain) and within_chain(same, chain) and not within_chain(far, chain)


def test_a_big_city_keeps_its_place_when_its_one_area_lies_elsewhere(gz: Gazetteer) -> None:
    text = "Students rallied in Surabaya (Java) on Monday."
    p = place(find_places(text, ents(text, ("Surabaya", "GPE")), gz), "Surabaya")
    assert p.country == "IDN" and p.name == "Surabaya"
