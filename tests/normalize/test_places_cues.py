"""Place names recognised by their position when the model tagged them as persons or
organisations or missed them: before a local noun, as a journey's end, as the ends of a route
(sentences written for these tests)."""

from __future__ import annotations

from flashpoint.normalize.places import Gazetteer, find_places
from flashpoint.normalize.places_cues import place_position, route_end_at, route_ends
from flashpoint.records import Mention
from support.places import ents, place


def test_local_nouns_and_journey_ends_are_place_positions() -> None:
    text = "Traders burned the Qqtown market and marched from Qqa to Qqb."
    assert place_position(text, text.index("Qqtown"), text.index("Qqtown") + 6)
    assert place_position(text, text.index("Qqb"), text.index("Qqb") + 3)
    assert not place_position(text, text.index("Qqa"), text.index("Qqa") + 3)
    text = "Supporters of the Qqtown MP and Qqtown residents."
    assert place_position(text, text.index("Qqtown"), text.index("Qqtown") + 6)
    assert not place_position("Qqname said on Monday.", 0, 6)


def test_route_ends_in_both_word_orders() -> None:
    text = "A bus hit a mine on the Qqone Hills-Qqtwo road, and another on the axis Qqthree-Qqfour."
    ends = [(text[s:e], k) for s, e, k in route_ends(text)]
    assert ends == [("Qqone Hills", 1), ("Qqtwo", 2), ("Qqthree", 1), ("Qqfour", 2)]
    assert route_end_at(text, text.index("Qqtwo"), text.index("Qqtwo") + 5) == 2
    assert route_end_at(text, text.index("Qqone"), text.index("Qqone") + 5) == 0  # not the whole end
    assert route_ends("An Iranian-backed militia attacked the base.") == []


def test_a_town_tagged_as_a_person_before_a_local_noun_is_a_place(gz: Gazetteer) -> None:
    text = "Youths burned down the Garissa market on Monday."
    p = place(find_places(text, ents(text, ("Garissa", "PERSON")), gz), "the Garissa market")
    assert p.country == "KEN" and p.feature == "landmark"
    text = "Supporters of the new Garissa governor clashed with police."
    assert place(find_places(text, ents(text, ("Garissa", "PERSON")), gz), "Garissa").country == "KEN"


def test_a_word_of_a_person_s_name_is_not_taken_before_a_local_noun(gz: Gazetteer) -> None:
    text = "Mary Garissa spoke to reporters. Garissa residents listened."
    second = text.rindex("Garissa")
    mentions = [*ents(text, ("Mary Garissa", "PERSON")), Mention(second, second + 7, "Garissa", "PERSON")]
    assert find_places(text, mentions, gz) == []


def test_an_untagged_town_before_a_school_or_market_is_taken(gz: Gazetteer) -> None:
    text = "Students of an Isiolo school walked out on Monday."
    p = place(find_places(text, [], gz), "Isiolo school")
    assert p.country == "KEN"


def test_the_end_of_a_journey_tagged_as_a_person_is_a_place(gz: Gazetteer) -> None:
    text = "A bus travelling from Qqvillage to Mandera was attacked."
    places = find_places(text, ents(text, ("Qqvillage", "PERSON"), ("Mandera", "PERSON")), gz)
    assert place(places, "Mandera").country == "KEN"


def test_the_known_ends_of_a_route_tagged_as_a_facility_are_places(gz: Gazetteer) -> None:
    text = "Herders blocked the Nandi Hills-Qqvillage road on Friday."
    places = find_places(text, ents(text, ("the Nandi Hills-Qqvillage", "FAC")), gz)
    hills = place(places, "Nandi Hills")
    assert hills.country == "KEN" and hills.precision == 2 and hills.feature == "city"
    text = "A mine hit a car on the Garsen-Lamu road."
    places = find_places(text, ents(text, ("the Garsen-Lamu road", "FAC")), gz)
    assert [p.text for p in places] == ["Garsen", "Lamu"]


def test_a_demonym_tagged_as_a_person_is_its_country(gz: Gazetteer) -> None:
    text = "Nigerien soldiers repelled the attack."
    assert place(find_places(text, ents(text, ("Nigerien", "PERSON")), gz), "Nigerien").country == "NER"


def test_an_ethnic_group_tagged_as_a_group_is_not_a_town(gz: Gazetteer) -> None:
    text = "Arab herders and farmers clashed near a well."
    assert find_places(text, ents(text, ("Arab", "NORP")), gz) == []


def test_a_town_tagged_as_a_name_with_its_areas_is_cut_before_them(gz: Gazetteer) -> None:
    text = "Gunmen attacked the village of Qqvillage (Qqcommune, Tillabery) on Monday."
    places = find_places(text, ents(text, ("Qqvillage (Qqcommune,", "FAC"), ("Tillabery", "ORG")), gz)
    village = place(places, "Qqvillage")
    assert village.country == "NER" and village.lat is not None


def test_a_whole_town_name_tagged_as_an_organisation_after_in_is_not_cut(gz: Gazetteer) -> None:
    text = "Locals in Maine Soroa blocked roads on Monday."
    places = find_places(text, ents(text, ("Maine Soroa", "ORG")), gz)
    assert place(places, "Maine Soroa").country == "NER"


def test_a_quarter_of_a_town_is_a_landmark_of_it(gz: Gazetteer) -> None:
    text = "Gunmen abducted a trader in the Qqname quarter of N Guigmi on Monday."
    places = find_places(text, [], gz)
    assert any(p.country == "NER" and p.lat is not None for p in places)


def test_a_village_is_not_a_small_namesake_town_abroad(gz: Gazetteer) -> None:
    text = "Chadian soldiers entered the village of Tire on Monday."
    places = find_places(text, ents(text, ("Chadian", "NORP"), ("Tire", "GPE")), gz)
    assert place(places, "Tire").country is None


def test_residents_of_a_town_cue_it_even_at_a_sentence_start(gz: Gazetteer) -> None:
    text = "Residents of Muhoroni marched against the new tax."
    assert place(find_places(text, ents(text, ("Muhoroni", "PERSON")), gz), "Muhoroni").country == "KEN"


def test_a_township_and_a_beach_are_their_town(gz: Gazetteer) -> None:
    text = "A mob attacked a man in Molo Township, and bodies were found on a Kisumu beach."
    places = find_places(text, ents(text, ("Molo Township", "GPE"), ("Kisumu beach", "GPE")), gz)
    assert place(places, "Molo Township").name == "Molo"
    assert place(places, "Kisumu beach").feature == "landmark"


def test_an_english_compass_division_is_found_by_its_local_name(gz: Gazetteer) -> None:
    from flashpoint.normalize.places_cues import local_compass_names
    assert local_compass_names("Southeast Qqland") == ["Qqland Tenggara", "Qqland Sud-Est"]
    assert local_compass_names("Qqland") == [] and local_compass_names("north of it") == []
    text = "Farmers protested in Qqvillage district (Qqregency Regency, Southeast Sulawesi province)."
    places = find_places(text, ents(text, ("Qqvillage", "GPE"), ("Southeast Sulawesi", "GPE")), gz)
    assert place(places, "Southeast Sulawesi").country == "IDN"
    assert place(places, "Qqvillage").country == "IDN"


def test_a_village_is_never_a_town_of_fifty_thousand(gz: Gazetteer) -> None:
    text = "Gunmen attacked the village of Kaya on Monday."
    assert place(find_places(text, ents(text, ("Kaya", "GPE")), gz), "Kaya").lat is None
    text = "Gunmen attacked the town of Kaya on Monday."
    assert place(find_places(text, ents(text, ("Kaya", "GPE")), gz), "Kaya").country == "BFA"


def test_after_a_cue_a_small_town_of_a_named_country_is_taken(gz: Gazetteer) -> None:
    text = "In Kenya, rival supporters clashed at Marimanti on Monday."
    places = find_places(text, ents(text, ("Kenya", "GPE"), ("Marimanti", "PERSON")), gz)
    assert place(places, "Marimanti").country == "KEN"
    # ... but a small town's own vote does not make its country the text's.
    text = "Rival supporters clashed at Marimanti on Monday."
    assert find_places(text, ents(text, ("Marimanti", "PERSON")), gz) == []


def test_a_community_s_name_as_an_adjective_is_a_town_only_in_its_homelands(gz: Gazetteer) -> None:
    text = "Clashes broke out between Arab pastoralists and farmers near a well."
    assert all(p.country != "USA" for p in find_places(text, [], gz))
    text = "Kisii traders protested against new taxes."
    assert place(find_places(text, ents(text, ("Kisii", "ORG")), gz), "Kisii").country == "KEN"


def test_a_name_tagged_with_the_word_village_is_a_village(gz: Gazetteer) -> None:
    text = "In Mozambique, police shot a man in Olinda village on Monday."
    places = find_places(text, ents(text, ("Mozambique", "GPE"), ("Olinda village", "GPE")), gz)
    assert place(places, "Olinda village").country != "BRA"


def test_a_compass_part_of_a_city_written_with_its_kind_is_part_of_the_city(gz: Gazetteer) -> None:
    text = "Students protested in Central Jakarta City, Jakarta province, on Monday."
    places = find_places(text, ents(text, ("Central Jakarta City", "GPE"), ("Jakarta province", "GPE")), gz)
    p = place(places, "Central Jakarta City")
    assert p.name == "Jakarta" and p.precision == 2
