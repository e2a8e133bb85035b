"""Place finding and resolution against the offline gazetteer (sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.normalize.places import Gazetteer, find_places, resolve
from flashpoint.normalize.places_gazetteer import cache_dir
from flashpoint.records import Mention
from support.places import ents, place


def test_load_reads_the_cache_instead_of_rebuilding(monkeypatch: pytest.MonkeyPatch) -> None:
    from flashpoint.normalize import places_gazetteer

    places_gazetteer.load_index()  # builds and caches on a first run

    def no_build() -> None:
        raise AssertionError("the cached index should have been read")

    monkeypatch.setattr(places_gazetteer, "build_index", no_build)
    assert places_gazetteer.load_index()


@pytest.mark.parametrize(
    ("name", "country"),
    [("Kirkuk", "IRQ"), ("Mogadishu", "SOM"), ("Maiduguri", "NGA"), ("Kabul", "AFG"),
     ("Nassriya", "IRQ"), ("An Nasiriyah", "IRQ"), ("Falluja", "IRQ"), ("Aleppo", "SYR"),
     ("Sao Paulo", "BRA"), ("São Paulo", "BRA")],
)
def test_resolve_finds_towns_and_spelling_variants(gz: Gazetteer, name: str, country: str) -> None:
    p = resolve(name, [], gz)
    assert p is not None and p.country == country and p.feature == "city" and p.lat is not None


def test_resolve_prefers_candidates_in_context_countries(gz: Gazetteer) -> None:
    paris_fr = resolve("Paris", [], gz)
    paris_us = resolve("Paris", ["USA"], gz)
    assert paris_fr is not None and paris_fr.country == "FRA"
    assert paris_us is not None and paris_us.country == "USA"


def test_resolve_keeps_far_larger_namesake_over_context(gz: Gazetteer) -> None:
    p = resolve("Moscow", ["USA"], gz)
    assert p is not None and p.country == "RUS"


def test_resolve_country_has_centroid_not_capital(gz: Gazetteer) -> None:
    p = resolve("Iraq", [], gz)
    assert p is not None and p.feature == "country" and p.country == "IRQ" and p.precision == 4
    assert p.geonames_id and p.lat is not None and p.lon is not None
    assert abs(p.lat - 33.3) > 0.1 or abs(p.lon - 44.4) > 0.1  # not Baghdad


def test_resolve_unknown_name_gives_none(gz: Gazetteer) -> None:
    assert resolve("Qwzxplontiville", [], gz) is None


def test_us_state_is_admin1_with_precision_3(gz: Gazetteer) -> None:
    p = resolve("Oklahoma", [], gz)
    assert p is not None and p.feature == "admin1" and p.precision == 3 and p.country == "USA"


def test_city_in_same_country_as_context_by_document(gz: Gazetteer) -> None:
    text = "Police in Paris arrested two men, the Texas sheriff's office said."
    places = find_places(text, ents(text, ("Paris", "GPE"), ("Texas", "GPE")), gz)
    assert place(places, "Paris").country == "USA"
    assert place(places, "Paris").admin1 == "Texas"


def test_city_followed_by_state_is_narrowed_to_that_state(gz: Gazetteer) -> None:
    text = "A crowd marched through Paris, Texas, on Sunday."
    places = find_places(text, ents(text, ("Paris", "GPE"), ("Texas", "GPE")), gz)
    assert place(places, "Paris").admin1 == "Texas"


def test_same_name_without_context_is_the_big_city(gz: Gazetteer) -> None:
    text = "Thousands of protesters gathered in Paris against the pension reform."
    places = find_places(text, ents(text, ("Paris", "GPE")), gz)
    assert place(places, "Paris").country == "FRA"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen attacked a checkpoint near Kirkuk on Tuesday.", "Kirkuk"),
        ("A bomb exploded outside Mosul late on Friday.", "Mosul"),
        ("Fighting was reported 20 km north of Kirkuk.", "Kirkuk"),
        ("Shells landed on the outskirts of Aleppo.", "Aleppo"),
        ("Shells landed on Aleppo's outskirts overnight.", "Aleppo"),
        ("Troops massed close to Kherson before dawn.", "Kherson"),
    ],
)
def test_near_a_town_is_precision_2_and_span_is_the_toponym(gz: Gazetteer, text: str, name: str) -> None:
    places = find_places(text, ents(text, (name, "GPE")), gz)
    p = place(places, name)
    assert p.precision == 2 and p.feature == "city"
    assert text[p.start:p.end] == name


def test_town_itself_is_precision_1(gz: Gazetteer) -> None:
    text = "Two soldiers were killed in Kirkuk on Tuesday."
    p = place(find_places(text, ents(text, ("Kirkuk", "GPE")), gz), "Kirkuk")
    assert p.precision == 1 and p.country == "IRQ"


@pytest.mark.parametrize(
    ("text", "word", "iso3"),
    [
        ("Iraqi forces said the attack was repelled.", "Iraqi", "IRQ"),
        ("Saudi jets struck targets overnight.", "Saudi", "SAU"),
        ("The Congolese army launched an offensive.", "Congolese", "COD"),
        ("Nigerien soldiers patrolled the area.", "Nigerien", "NER"),
        ("Kenyan police fired tear gas.", "Kenyan", "KEN"),
    ],
)
def test_demonyms_are_country_mentions(gz: Gazetteer, text: str, word: str, iso3: str) -> None:
    places = find_places(text, ents(text, (word, "NORP")), gz)
    p = place(places, word)
    assert p.feature == "country" and p.country == iso3 and p.precision == 4


def test_demonyms_found_even_when_model_missed_them(gz: Gazetteer) -> None:
    text = "Later that day Somali troops and Ethiopian advisers withdrew."
    places = find_places(text, [], gz)
    assert place(places, "Somali").country == "SOM"
    assert place(places, "Ethiopian").country == "ETH"


def test_pro_prefixed_demonym_is_not_a_country_mention(gz: Gazetteer) -> None:
    text = "Later, pro-Iranian militias denied any role."
    places = find_places(text, ents(text, ("pro-Iranian", "NORP")), gz)
    assert places == []


def test_kurdish_is_not_a_country(gz: Gazetteer) -> None:
    text = "Later, Kurdish fighters advanced."
    assert find_places(text, ents(text, ("Kurdish", "NORP")), gz) == []


@pytest.mark.parametrize(
    ("text", "tagged", "span", "city"),
    [
        ("A rocket hit the Baghdad airport on Monday.", [("Baghdad", "GPE")],
         "the Baghdad airport", "Baghdad"),
        ("Two rockets landed in Baghdad's Green Zone overnight.", [("Baghdad", "GPE")],
         "Baghdad's Green Zone", "Baghdad"),
        ("Protesters gathered outside the US embassy in Kabul.", [("US", "GPE"), ("Kabul", "GPE")],
         "the US embassy in Kabul", "Kabul"),
        ("A car bomb exploded near Kabul International Airport.", [("Kabul International Airport", "FAC")],
         "Kabul International Airport", "Kabul"),
    ],
)
def test_landmarks_take_their_town_coordinates(
    gz: Gazetteer, text: str, tagged: list[tuple[str, str]], span: str, city: str
) -> None:
    places = find_places(text, ents(text, *tagged), gz)
    p = place(places, span)
    assert p.feature == "landmark" and p.precision == 2 and p.name == city
    town = resolve(city, [], gz)
    assert town is not None and (p.lat, p.lon) == (town.lat, town.lon)
    assert len(places) == 1


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Clashes erupted on the Iraq and Syria border overnight.", "IRQ"),
        ("Smugglers were stopped at the Syria-Iraq border.", "SYR"),
        ("Troops deployed along Kenya's border with Somalia.", "KEN"),
        ("Refugees crossed the border between Chad and Sudan.", "TCD"),
    ],
)
def test_border_areas_are_regions_of_the_first_country(gz: Gazetteer, text: str, iso3: str) -> None:
    places = find_places(text, [], gz)
    borders = [p for p in places if p.feature == "region"]
    assert len(borders) == 1 and borders[0].country == iso3 and borders[0].precision == 3


def test_unknown_village_is_listed_without_coordinates(gz: Gazetteer) -> None:
    text = "Militants torched homes in the village of Qwzxplonti on Sunday, Nigerian police said."
    places = find_places(text, ents(text, ("Nigerian", "NORP")), gz)
    p = place(places, "Qwzxplonti")
    assert p.lat is None and p.lon is None and p.feature == "unknown" and p.country is None


def test_unknown_tagged_place_is_listed(gz: Gazetteer) -> None:
    text = "Gunmen raided Xqoltibari at dawn."
    p = place(find_places(text, ents(text, ("Xqoltibari", "GPE")), gz), "Xqoltibari")
    assert p.lat is None and p.name == "Xqoltibari"


def test_variant_spelling_tagged_by_model_resolves_via_alternate_names(gz: Gazetteer) -> None:
    text = "Three soldiers were killed in Nassriya, southern Iraq."
    places = find_places(text, ents(text, ("Nassriya", "GPE"), ("Iraq", "GPE")), gz)
    p = place(places, "Nassriya")
    assert p.country == "IRQ" and p.name == "Nasiriyah"


def test_untagged_well_known_city_is_found_but_common_words_are_not(gz: Gazetteer) -> None:
    text = "The police said that in March, protests spread from Lagos to other cities."
    places = find_places(text, [], gz)
    assert [p.text for p in places] == ["Lagos"]


def test_place_mistagged_as_person_after_locative_cue(gz: Gazetteer) -> None:
    text = "Coalition jets struck Sanaa overnight."
    places = find_places(text, ents(text, ("Sanaa", "PERSON")), gz)
    assert place(places, "Sanaa").country == "YEM"


def test_person_names_are_not_places(gz: Gazetteer) -> None:
    text = "Officials said Jackson Florence would meet the delegation."
    assert find_places(text, ents(text, ("Jackson Florence", "PERSON")), gz) == []


def test_country_acronyms_and_the_prefix(gz: Gazetteer) -> None:
    text = "The U.S. and the United Kingdom condemned the attack; the DRC did not."
    places = find_places(text, ents(text, ("U.S.", "GPE"), ("the United Kingdom", "GPE")), gz)
    assert [p.country for p in places] == ["USA", "GBR", "COD"]
    assert places[1].text == "United Kingdom"


def test_lowercase_us_is_not_the_united_states(gz: Gazetteer) -> None:
    assert find_places("They told us to leave.", [], gz) == []


def test_places_are_in_text_order_without_overlap(gz: Gazetteer) -> None:
    text = "Fighting spread from Aleppo to Idlib and Hama, Syrian state media said."
    places = find_places(text, ents(text, ("Aleppo", "GPE"), ("Idlib", "GPE"), ("Hama", "GPE"),
                                    ("Syrian", "NORP")), gz)
    assert [p.text for p in places] == ["Aleppo", "Idlib", "Hama", "Syrian"]
    assert all(a.end <= b.start for a, b in zip(places, places[1:], strict=False))
    assert all(p.country == "SYR" for p in places)


def test_region_names_are_not_towns(gz: Gazetteer) -> None:
    text = "The group is active across Africa and the Middle East."
    places = find_places(text, ents(text, ("Africa", "LOC"), ("the Middle East", "LOC")), gz)
    assert [p.feature for p in places] == ["region", "region"]


def test_find_places_reads_every_mention_of_a_long_article(gz: Gazetteer) -> None:
    para = ("Iraqi forces clashed with gunmen near Kirkuk on Tuesday, while rockets hit the Baghdad airport. "
            "Protesters in Basra and Najaf demanded jobs, and Saudi officials met in Riyadh. ")
    text = para * 50  # about 9,000 characters
    mentions = []
    for surface, label in (("Kirkuk", "GPE"), ("Baghdad", "GPE"), ("Basra", "GPE"), ("Najaf", "GPE"),
                           ("Riyadh", "GPE"), ("Iraqi", "NORP"), ("Saudi", "NORP")):
        start = 0
        while (i := text.find(surface, start)) >= 0:
            mentions.append(Mention(i, i + len(surface), surface, label))
            start = i + 1
    mentions.sort(key=lambda m: m.start)
    places = find_places(text, mentions, gz)
    assert len(places) >= 300


@pytest.mark.parametrize(
    ("text", "tagged", "span", "name", "country"),
    [
        ("Fighting continued in Anbar province overnight.", [("Anbar", "GPE")], "Anbar", "Anbar", "IRQ"),
        ("Insurgents attacked a base in Borno State.", [("Borno State", "GPE")], "Borno State", "Borno",
         "NGA"),
        ("Airstrikes hit Helmand again.", [("Helmand", "GPE")], "Helmand", "Helmand", "AFG"),
        ("Militia fighters clashed in Kirkuk province.", [("Kirkuk", "GPE")], "Kirkuk", "Kirkuk Governorate",
         "IRQ"),
        ("Rebels advanced in North Kivu.", [("North Kivu", "GPE")], "North Kivu", "North Kivu", "COD"),
    ],
)
def test_provinces_are_admin1_with_precision_3(
    gz: Gazetteer, text: str, tagged: list[tuple[str, str]], span: str, name: str, country: str
) -> None:
    p = place(find_places(text, ents(text, *tagged), gz), span)
    assert p.feature == "admin1" and p.precision == 3 and p.name == name and p.country == country
    assert p.lat is not None


@pytest.mark.parametrize(("town", "admin1"), [("Mosul", "Nineveh"), ("Maiduguri", "Borno"),
                                              ("Bunia", "Ituri"), ("Dallas", "Texas"), ("Kirkuk", "Kirkuk")])
def test_towns_carry_their_province_name(gz: Gazetteer, town: str, admin1: str) -> None:
    p = resolve(town, [], gz)
    assert p is not None and p.admin1 == admin1


def test_city_named_like_its_province_is_the_city(gz: Gazetteer) -> None:
    p = resolve("Baghdad", [], gz)
    assert p is not None and p.feature == "city" and p.admin1 == "Baghdad"


def test_country_part_with_its_own_row_is_admin1(gz: Gazetteer) -> None:
    text = "Thousands marched in Scotland while settlers clashed with villagers in the West Bank."
    places = find_places(text, ents(text, ("Scotland", "GPE"), ("the West Bank", "GPE")), gz)
    assert [(p.text, p.feature, p.country) for p in places] == [
        ("Scotland", "admin1", "GBR"), ("West Bank", "admin1", "PSE")]


def test_us_state_abbreviation_qualifies_a_town(gz: Gazetteer) -> None:
    text = "Police in Springfield, Ill., arrested 12 protesters."
    places = find_places(text, ents(text, ("Springfield", "GPE"), ("Ill.", "GPE")), gz)
    assert place(places, "Springfield").admin1 == "Illinois"
    assert place(places, "Ill").feature == "admin1"


def test_capitalised_dateline_is_a_place(gz: Gazetteer) -> None:
    text = "MOGADISHU (Reuters) - A car bomb killed five people on Saturday."
    places = find_places(text, ents(text, ("Reuters", "ORG")), gz)
    assert place(places, "MOGADISHU").country == "SOM"


def test_region_adjective_is_a_region_mention(gz: Gazetteer) -> None:
    text = "The European envoy left for talks."
    p = place(find_places(text, ents(text, ("European", "NORP")), gz), "European")
    assert p.feature == "region" and p.country is None and p.precision == 4


def test_country_mistagged_as_org_is_still_a_country(gz: Gazetteer) -> None:
    text = "Officials in the DPRK rejected the statement."
    p = place(find_places(text, ents(text, ("DPRK", "ORG")), gz), "DPRK")
    assert p.country == "PRK" and p.feature == "country"


def test_unknown_name_used_for_a_person_elsewhere_is_dropped(gz: Gazetteer) -> None:
    text = "Zorbalak Qintu spoke on Monday. Later Qintu visited troops."
    mentions = [Mention(0, 13, "Zorbalak Qintu", "PERSON"), Mention(38, 43, "Qintu", "GPE")]
    assert text[38:43] == "Qintu"
    assert find_places(text, mentions, gz) == []


def test_cache_dir_follows_xdg_cache_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "flashpoint"


def test_places_reads_a_town_landmark_with_modifiers_before_its_name():
    from flashpoint.normalize.places import Gazetteer, find_places
    from flashpoint.records import Mention

    text = "Crowds entered Kabul's heavily guarded Green Zone on Monday."
    ents = [Mention(15, 20, "Kabul", "GPE"), Mention(39, 49, "Green Zone", "GPE")]
    places = find_places(text, ents, Gazetteer.load())
    zone = [p for p in places if "Green Zone" in p.text]
    assert zone and zone[0].country == "AFG" and zone[0].feature == "landmark"


def test_a_town_after_of_at_the_end_of_an_organisation_name(gz: Gazetteer) -> None:
    text = "Students at the University of Eldoret marched on Monday."
    places = find_places(text, ents(text, ("the University of Eldoret", "ORG")), gz)
    assert any(p.country == "KEN" and p.name == "Eldoret" for p in places)


def test_a_sentence_initial_cue_does_not_hide_the_town(gz: Gazetteer) -> None:
    text = "In Mombasa, traders closed their shops."
    places = find_places(text, ents(text, ("Mombasa", "ORG")), gz)
    assert place(places, "Mombasa").country == "KEN"


def test_a_division_the_model_took_for_a_person(gz: Gazetteer) -> None:
    text = "Tamil Nadu said it would appeal the ruling."
    places = find_places(text, ents(text, ("Tamil Nadu", "PERSON")), gz)
    assert place(places, "Tamil Nadu").feature == "admin1"


def test_a_small_town_followed_by_its_areas_without_a_cue(gz: Gazetteer) -> None:
    text = "The prisoner was being taken to Adre (Ouaddai, Assoungha) when he ran."
    places = find_places(text, ents(text, ("Adre", "PERSON")), gz)
    assert place(places, "Adre").country == "TCD"


def test_a_country_with_a_possessive_inside_an_organisation_name(gz: Gazetteer) -> None:
    text = "Peru\u2019s Mining Council published new figures."
    places = find_places(text, ents(text, ("Peru\u2019s Mining Council", "ORG")), gz)
    assert place(places, "Peru").country == "PER"
