"""Divisions written with their kinds: a bare province closing a chain of areas, a division named
by several words that is not a town named by its first word, a town written with its kind known by
its own name, and a county's seat (sentences and places written for these tests)."""

from __future__ import annotations

from flashpoint.normalize.places import Gazetteer, find_places, resolve
from flashpoint.normalize.places_admin import AdminChain, admin_chain, named_town_of_country
from flashpoint.normalize.places_gazetteer import Candidate
from support.places import ents, place


def test_a_bare_province_closes_a_chain_of_areas_with_kinds(gz: Gazetteer) -> None:
    text = "Farmers rallied in Qqbaru district, Qqlima regency, East Java, on Monday."
    chain = admin_chain(text, text.index(" district"), gz)
    assert chain is not None and chain.country == "IDN"
    assert [a.name for a in chain.areas] == ["East Java"]
    assert chain.end == text.index(", on Monday")


def test_a_bare_town_after_a_chain_is_not_its_province(gz: Gazetteer) -> None:
    text = "Farmers rallied in Qqbaru district, Qqlima regency, Jember, on Monday."
    assert admin_chain(text, text.index(" district"), gz) is None


def test_a_namesake_in_another_province_than_the_bare_one_is_not_taken(gz: Gazetteer) -> None:
    # The gazetteer's only Sumbersari lies in Central Java.
    text = "Farmers rallied in Sumbersari district, Qqlima regency, East Java, on Monday."
    p = place(find_places(text, ents(text, ("Sumbersari", "GPE"), ("East Java", "GPE")), gz), "Sumbersari")
    assert p.admin1 == "East Java" and p.precision == 3


def test_a_division_of_several_words_is_not_the_town_of_its_first(gz: Gazetteer) -> None:
    text = "Dock workers protested in Tanjung Qqpriok district, Jakarta province, on Monday."
    places = find_places(text, ents(text, ("Tanjung Qqpriok", "ORG"), ("Jakarta province", "GPE")), gz)
    assert not any(p.name == "Tanjung" for p in places)


def test_a_compass_part_of_a_county_keeps_the_county(gz: Gazetteer) -> None:
    text = "Herders in Samburu North Sub County protested on Monday."
    places = find_places(text, ents(text, ("Samburu", "GPE")), gz)
    assert place(places, "Samburu").country == "KEN"


def test_a_title_after_a_county_is_not_a_division(gz: Gazetteer) -> None:
    text = "The Sangamon County Assistant District Attorney spoke in Springfield."
    places = find_places(text, ents(text, ("Sangamon County", "GPE"), ("Springfield", "GPE")), gz)
    assert place(places, "Sangamon County").country == "USA"


def _town(name: str, population: int, alias: bool) -> Candidate:
    return Candidate(0, name, "IDN", "Central Sulawesi", -1.0, 120.8, "city", population, alias=alias)


def test_a_town_written_with_its_kind_is_known_by_its_own_name() -> None:
    chain = AdminChain(0, (Candidate(0, "Lampung", "IDN", "Lampung", -5.4, 105.3, "admin1", 3_000_000),))
    own, other = _town("Qqbig", 200_000, alias=False), _town("Qqbig", 200_000, alias=True)
    assert named_town_of_country("Qqbig City", ", Lampung", [own, other], chain) == [own]


def test_a_county_is_at_its_seat(gz: Gazetteer) -> None:
    p = resolve("Vihiga County", ["KEN"], gz)
    assert p is not None and p.feature == "admin1" and p.lat is not None and p.lon is not None
    assert abs(p.lat - 0.08) < 0.5 and abs(p.lon - 34.7) < 0.5


def test_a_province_among_the_areas_fixes_their_country_in_any_order(gz: Gazetteer) -> None:
    text = "Gunmen burned boats off Qqpalm (Cabo Delgado, Palma) on Monday."
    chain = admin_chain(text, text.index(" (Cabo"), gz)
    assert chain is not None and chain.country == "MOZ"


def test_a_division_named_like_a_town_abroad_is_local(gz: Gazetteer) -> None:
    # No Palma in the gazetteer lies in Mozambique: the district is not Palma de Mallorca.
    text = "Insurgents raided a village in Palma district in Cabo Delgado on Monday."
    places = find_places(text, ents(text, ("Palma", "GPE"), ("Cabo Delgado", "GPE")), gz)
    assert place(places, "Palma").country != "ESP"


def test_a_big_city_abroad_still_names_its_district(gz: Gazetteer) -> None:
    text = "Protesters gathered in Kenya and in the Lagos district of Ikeja on Monday."
    places = find_places(text, ents(text, ("Kenya", "GPE"), ("Lagos", "GPE"), ("Ikeja", "GPE")), gz)
    assert place(places, "Lagos").country == "NGA"


def test_a_country_after_a_chain_is_not_a_province_of_its_name(gz: Gazetteer) -> None:
    text = "Gunmen raided Qqvillage, Qqtown commune, Tillaberi region, Niger, on Monday."
    chain = admin_chain(text, text.index(", Qqtown"), gz)
    assert chain is not None and chain.country == "NER"
