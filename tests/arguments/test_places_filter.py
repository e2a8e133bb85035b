"""Mentions that are not where an event is, and the locative phrases of a nominal trigger's verb
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from flashpoint import Document
from flashpoint.arguments.places_filter import org_acronym
from flashpoint.records import Place

pytestmark = pytest.mark.slow


def _location(pipeline, text: str):
    events = pipeline.extract(Document("t", text, dt.date(2024, 3, 8)))
    assert len(events) == 1, events
    return events[0].location


def test_a_country_code_spelled_out_as_a_party_is_not_a_country() -> None:
    text = "Members of PAN: National Mandate Party rioted. PAN (Partai Amanat Nasional) met. PAN: Rioters fled."
    pan = [Place(start=i, end=i + 3, text="PAN", name="Panama", country="PAN", feature="country")
           for i in (11, 47, 80)]
    assert [org_acronym(text, p) for p in pan] == [True, True, False]


def test_a_party_acronym_does_not_place_a_riot(pipeline) -> None:
    loc = _location(pipeline, "Supporters of the PAN: National Mandate Party threw chairs at each other "
                              "during a party congress on Monday.")
    assert loc.country != "PAN"


def test_a_country_acting_as_a_government_is_not_the_site(pipeline) -> None:
    loc = _location(pipeline, "Soldiers clashed with insurgents near a remote camp on Monday, killing four. "
                              "Russia denied that its contractors took part.")
    assert loc.country != "RUS"


def test_a_town_the_text_puts_in_another_country_is_not_its_namesake(pipeline) -> None:
    loc = _location(pipeline, "A trader was shot dead in Tamarindo, Kenya, on Sunday.")
    assert (loc.country, loc.precision) == ("KEN", 4)


def test_where_a_protest_was_held_is_the_verb_s_locative_phrase(pipeline) -> None:
    loc = _location(pipeline, "On Tuesday, farmers held a demonstration in front of the governor's office in "
                              "Semarang to protest a dam planned in Sleman.")
    assert loc.name == "Semarang"


def test_a_list_of_places_is_not_a_town_and_its_country(pipeline) -> None:
    loc = _location(pipeline, "Protesters marched in Mogadishu, Kenya and Uganda on Friday against new taxes.")
    assert loc.country == "SOM"


def _context(pipeline, text: str):
    from flashpoint.arguments.context import DocContext

    a = pipeline.analyse(Document("t", text, dt.date(2024, 3, 8)))
    return DocContext(a.doc, a.sentence_spans, a.sentence_paragraph, a.dates, a.places, [], {}, pipeline.actors)


def test_a_place_after_a_locative_word_beats_a_verb_s_subject_nearer_the_trigger(pipeline) -> None:
    from flashpoint.arguments.places import _best_place
    from flashpoint.arguments.places_filter import subject_of_a_verb

    text = "Students marched in Kitui on Monday, demanding that Nairobi pay their fees."
    ctx = _context(pipeline, text)
    kitui, nairobi = (next(p for p in ctx.places if p.text == name) for name in ("Kitui", "Nairobi"))
    assert subject_of_a_verb(ctx, nairobi) and not subject_of_a_verb(ctx, kitui)
    assert _best_place([kitui, nairobi], text.index("demanding"), text, ctx) is kitui


def test_a_name_after_an_indefinite_article_is_a_thing(pipeline) -> None:
    loc = _location(pipeline, "On Monday, a trader travelling on a Toyota was shot dead by gunmen near a market.")
    assert loc.country is None


def test_a_country_s_name_ending_a_longer_name_is_no_country(pipeline) -> None:
    from flashpoint.arguments.places_filter import country_ending_a_name

    assert _location(pipeline, "Residents of Kware Saba protested against insecurity on Monday.").country is None
    text = "Gunmen in Kware Saba, Northern Kenya and the Republic of Kenya attacked."
    spans = [("Kware Saba", "Kware Saba"), ("Northern Kenya", "Northern Kenya"), ("Republic of Kenya", "Republic")]
    got = [country_ending_a_name(text, Place(start=text.index(word), end=text.index(word) + len(span),
                                             text=span, name="Kenya", country="KEN", feature="country"))
           for span, word in spans]
    assert got == [True, False, False]


def test_a_name_qualifying_a_noun_after_an_article_is_a_place(pipeline) -> None:
    loc = _location(pipeline, "On Monday, protesters burned tyres in a Nairobi suburb over rising prices.")
    assert loc.country == "KEN"


def _fake_ctx(text: str, places: list[Place]):
    from types import SimpleNamespace

    return SimpleNamespace(doc=SimpleNamespace(text=text), text=text, places=places, focus=())


def _at(text: str, word: str, country: str, name: str | None = None, feature: str = "city",
        lat: float = 1.0) -> Place:
    i = text.index(word)
    return Place(start=i, end=i + len(word), text=word, name=name or word, country=country, feature=feature,
                 lat=lat, lon=lat)


def test_a_town_followed_by_areas_of_another_country_is_a_wrong_namesake() -> None:
    from flashpoint.arguments.places_filter import contradicted

    text = "Farmers protested in Qqville subdistrict, Zzpur district, Southville City, Southland province."
    town = _at(text, "Qqville", "IND")
    city = _at(text, "Southville City", "IDN", "Southville")
    province = _at(text, "Southland province", "IDN", "Southland", "admin1")
    assert contradicted(_fake_ctx(text, [town, city, province]), town)  # type: ignore[arg-type]
    assert not contradicted(_fake_ctx(text, [town, city]), town)  # type: ignore[arg-type]  # one area: too weak
    home = replace(town, country="IDN")
    assert not contradicted(_fake_ctx(text, [home, city, province]), home)  # type: ignore[arg-type]
    text = "A trader was shot in Qqville, Kenya, on Sunday."
    town, kenya = _at(text, "Qqville", "CRI"), _at(text, "Kenya", "KEN", feature="country")
    assert contradicted(_fake_ctx(text, [town, kenya]), town)  # type: ignore[arg-type]


def test_the_first_area_written_beats_a_village_put_at_a_farther_one() -> None:
    from flashpoint.arguments.places_filter import area_of_a_place, first_area, head_of_area

    text = "Gunmen raided Qqvillage (Qqtown, Qqprovince) on Monday."
    head = _at(text, "Qqvillage", "NER", "Qqprovince", lat=2.0)  # the gazetteer lacks it: put at the province
    town, province = _at(text, "Qqtown", "NER"), _at(text, "Qqprovince", "NER", lat=2.0)
    places = [head, town, province]
    assert head_of_area(text, town, places) is head and head_of_area(text, head, places) is None
    assert first_area(text, head, places) is town
    assert [area_of_a_place(text, p, places) for p in places] == [True, False, True]
    # A village put at its first area keeps its place; the areas rank below it.
    placed = replace(head, name="Qqtown", lat=1.0, lon=1.0)
    places = [placed, town, province]
    assert [area_of_a_place(text, p, places) for p in places] == [False, True, True]
