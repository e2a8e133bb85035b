"""Country names, aliases, demonyms and codes."""

from __future__ import annotations

import pytest

from flashpoint.normalize.countries import (
    all_countries,
    country_name,
    iso3_for_demonym,
    iso3_for_iso2,
    iso3_for_name,
)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Iraq", "IRQ"), ("iraq", "IRQ"), ("the United States", "USA"), ("The United States", "USA"),
        ("U.S.", "USA"), ("US", "USA"), ("USA", "USA"), ("America", "USA"), ("UK", "GBR"),
        ("Britain", "GBR"), ("DRC", "COD"), ("Ivory Coast", "CIV"), ("Côte d’Ivoire", "CIV"),
        ("Burma", "MMR"), ("Myanmar", "MMR"), ("Congo-Brazzaville", "COG"), ("the Gambia", "GMB"),
        ("Swaziland", "SWZ"), ("Czechia", "CZE"), ("Iraq.", "IRQ"), ("  south   sudan ", "SSD"),
        ("UAE", "ARE"), ("Turkiye", "TUR"), ("Niger", "NER"), ("Nigeria", "NGA"),
    ],
)
def test_iso3_for_name_reads_names_aliases_and_abbreviations(name: str, iso3: str) -> None:
    assert iso3_for_name(name) == iso3


@pytest.mark.parametrize("text", ["us", "car", "Kurdistan", "Baghdad", "", "Iraqi"])
def test_iso3_for_name_rejects_non_country_text_and_lowercase_acronyms(text: str) -> None:
    assert iso3_for_name(text) is None


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("Iraqi", "IRQ"), ("Iraqis", "IRQ"), ("Iranian", "IRN"), ("Saudi", "SAU"), ("American", "USA"),
        ("British", "GBR"), ("Emirati", "ARE"), ("Burmese", "MMR"), ("Congolese", "COD"),
        ("Nigerien", "NER"), ("Nigerian", "NGA"), ("Lebanese", "LBN"), ("Syrian", "SYR"),
        ("Israeli", "ISR"), ("Kenyan", "KEN"), ("Chadian", "TCD"), ("Mozambican", "MOZ"),
        ("Indonesian", "IDN"), ("Somali", "SOM"), ("Filipino", "PHL"), ("Afghan", "AFG"),
        ("U.S.", "USA"), ("South Sudanese", "SSD"), ("Palestinian", "PSE"),
    ],
)
def test_iso3_for_demonym_maps_exact_adjectives_and_people_nouns(word: str, iso3: str) -> None:
    assert iso3_for_demonym(word) == iso3


@pytest.mark.parametrize("word", ["pro-Iranian", "anti-American", "Kurdish", "Arab", "Iraq", "us"])
def test_iso3_for_demonym_rejects_prefixed_and_non_country_words(word: str) -> None:
    assert iso3_for_demonym(word) is None


@pytest.mark.parametrize(
    ("iso3", "name"),
    [("USA", "United States"), ("IRQ", "Iraq"), ("COD", "Democratic Republic of Congo"),
     ("COG", "Republic of Congo"), ("GBR", "United Kingdom"), ("PSE", "Palestine"), ("usa", "United States")],
)
def test_country_name_gives_acled_short_names(iso3: str, name: str) -> None:
    assert country_name(iso3) == name


def test_country_name_and_iso2_reject_unknown_codes() -> None:
    assert country_name("XXX") is None
    assert iso3_for_iso2("QQ") is None


@pytest.mark.parametrize(("iso2", "iso3"), [("IQ", "IRQ"), ("us", "USA"), ("CD", "COD"), ("XK", "XKX")])
def test_iso3_for_iso2(iso2: str, iso3: str) -> None:
    assert iso3_for_iso2(iso2) == iso3


def test_table_covers_all_iso_countries_with_unique_codes() -> None:
    rows = all_countries()
    assert len(rows) >= 249
    assert len({r.iso3 for r in rows}) == len(rows)
    assert all(len(r.iso2) == 2 and len(r.iso3) == 3 for r in rows)
    # Every country name maps back to its own code.
    assert all(iso3_for_name(r.name) == r.iso3 for r in rows)
