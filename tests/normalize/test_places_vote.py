"""The country a text's place names agree on when it names none, namesakes far from the text's
areas, compass and landform names, and names followed by their areas (sentences written for these
tests)."""

from __future__ import annotations

from flashpoint.normalize.places import Gazetteer, find_places
from flashpoint.normalize.places_gazetteer import Candidate
from flashpoint.normalize.places_mentions import raw_mentions
from flashpoint.normalize.places_vote import drop_far_namesakes, latent_countries, name_votes
from flashpoint.records import Place
from support.places import ents, place


def test_a_name_found_in_one_country_gives_it_a_whole_vote(gz: Gazetteer) -> None:
    assert name_votes("Isiolo", gz) == {"KEN": 1.0}
    assert name_votes("Garissa County", gz) == {"KEN": 1.0}  # the kind word is dropped
    assert name_votes("the", gz) == {}


def test_towns_of_one_country_make_it_the_context(gz: Gazetteer) -> None:
    text = "Traders in Nanyuki and Isiolo closed their shops on Monday."
    mentions = ents(text, ("Nanyuki", "GPE"), ("Isiolo", "GPE"))
    assert latent_countries(text, raw_mentions(text, mentions, gz), gz) == frozenset({"KEN"})
    # A small town the model took for an organisation is then resolved in that country.
    text = "Students of the Nanyuki Technical College marched to Isiolo on Monday."
    places = find_places(text, ents(text, ("the Nanyuki Technical College", "ORG"), ("Isiolo", "GPE")), gz)
    college = place(places, "the Nanyuki Technical College")
    assert college.name == "Nanyuki" and college.country == "KEN"


def test_no_latent_country_when_the_text_names_one(gz: Gazetteer) -> None:
    text = "In Kenya, traders in Nanyuki closed their shops."
    places = find_places(text, ents(text, ("Kenya", "GPE"), ("Nanyuki", "GPE")), gz)
    assert place(places, "Nanyuki").country == "KEN"


def test_a_group_name_word_does_not_vote(gz: Gazetteer) -> None:
    # A single capitalised word nobody tagged ("Haram" in "Boko Haram") is not a place vote.
    text = "Suspected Boko Haram fighters burned a school on Friday."
    assert latent_countries(text, raw_mentions(text, [], gz), gz) == frozenset()


def _cand(name: str, country: str, lat: float, lon: float, feature: str = "admin1",
          admin1: str | None = None) -> Candidate:
    return Candidate(0, name, country, admin1 or name, lat, lon, feature, 100_000)


def _town(text: str, country: str, lat: float, lon: float, population: int = 20_000,
          admin1: str | None = None) -> Place:
    return Place(start=0, end=len(text), text=text, name=text, country=country, admin1=admin1, lat=lat,
                 lon=lon, feature="city", precision=1, population=population)


def test_a_small_town_abroad_far_from_the_written_areas_is_left_unresolved() -> None:
    anchors = [_cand("Upper Province", "KEN", 0.5, 37.5)]
    far = _town("Portello", "ESP", 39.6, 2.6, population=400_000)
    big = _town("Megacity", "USA", 40.7, -74.0, population=8_000_000)
    near = _town("Borderville", "SOM", -0.4, 42.5)
    out = drop_far_namesakes([far, big, near], anchors, frozenset({"KEN"}))
    assert out[0].country is None and out[0].lat is None and out[0].feature == "unknown"
    assert out[1].country == "USA" and out[2].country == "SOM"


def test_a_village_in_another_province_far_from_the_one_written_is_left_unresolved() -> None:
    anchors = [_cand("West Province", "IDN", -5.1, 119.4)]
    other = _town("Desa", "IDN", -7.6, 112.5, admin1="East Province")
    same = _town("Kampung", "IDN", -3.0, 120.2, admin1="West Province")
    out = drop_far_namesakes([other, same], anchors, frozenset({"IDN"}))
    assert out[0].lat is None and out[1].lat is not None
    # Nothing is dropped without areas to go by.
    assert drop_far_namesakes([other], [], frozenset({"IDN"}))[0].lat is not None


def test_a_compass_word_before_or_after_a_known_town(gz: Gazetteer) -> None:
    text = "In Kenya, traders protested in North Nanyuki on Monday."
    places = find_places(text, ents(text, ("Kenya", "GPE"), ("North Nanyuki", "GPE")), gz)
    p = place(places, "North Nanyuki")
    assert p.name == "Nanyuki" and p.country == "KEN" and p.precision == 2


def test_a_landform_after_a_known_area(gz: Gazetteer) -> None:
    text = "Herders clashed on the Isiolo Plateau in Kenya on Sunday."
    places = find_places(text, ents(text, ("the Isiolo Plateau", "LOC"), ("Kenya", "GPE")), gz)
    p = place(places, "Isiolo Plateau")
    assert p.country == "KEN" and p.precision >= 2


def test_a_lower_case_word_tagged_as_a_place_is_not_one(gz: Gazetteer) -> None:
    text = "Villagers fled the canton after the raid."
    assert find_places(text, ents(text, ("canton", "GPE")), gz) == []


def test_a_name_tagged_as_an_organisation_but_followed_by_its_areas_is_a_place(gz: Gazetteer) -> None:
    text = "Gunmen attacked Qqbaru Dodo (Kidal region) at dawn."
    p = place(find_places(text, ents(text, ("Qqbaru Dodo", "ORG")), gz), "Qqbaru Dodo")
    assert p.country == "MLI" and p.lat is not None and p.precision == 3
    # An acronym in brackets is not an area.
    text = "Fighters of the Qqbaru Front (QQF) withdrew."
    assert all(p.country is None for p in find_places(text, ents(text, ("the Qqbaru Front", "ORG")), gz))


def test_a_far_spelling_variant_needs_a_big_city_or_a_country(gz: Gazetteer) -> None:
    text = "Fighting broke out in Mysky on Monday."
    p = place(find_places(text, ents(text, ("Mysky", "GPE")), gz), "Mysky")
    assert p.country is None  # not Myski, Russia, by another spelling
    text = "Fighting broke out in Nassriya on Monday."
    assert place(find_places(text, ents(text, ("Nassriya", "GPE")), gz), "Nassriya").country == "IRQ"


def test_a_compass_part_of_a_known_area_votes_as_the_area(gz: Gazetteer) -> None:
    assert name_votes("Isiolo South", gz) == {"KEN": 1.0}
    text = "Bandits attacked a homestead in Qqvillage, Marakwet East, on Sunday."
    places = find_places(text, ents(text, ("Qqvillage", "GPE"), ("Marakwet East", "LOC")), gz)
    assert place(places, "Marakwet East").country == "KEN"
