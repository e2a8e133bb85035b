"""Event location from a coder's own word ("coded as X at geoprecision 2"), from a town standing for
the regency named after it, and from the first located place of a chain of areas that a province
closes (sentences written for these tests)."""

from __future__ import annotations

import pytest

from flashpoint.arguments.places_coded import coded_places, coded_precision
from flashpoint.records import Place
from support.events import first_location


def _at(text: str, name: str, **kw) -> Place:
    start = text.index(name)
    return Place(start=start, end=start + len(name), text=name, name=name, country="TCD", lat=1.0, lon=1.0,
                 feature="city", precision=1, **kw)


def test_a_coded_place_and_its_written_precision() -> None:
    text = "Herders clashed near Qqtown (coded as Qqseat at geo precision 3). Two died."
    coded = _at(text, "Qqseat")
    other = _at(text, "Qqtown")
    assert coded_places(text, [other, coded], 0, len(text)) == [coded]
    assert coded_precision(text, coded) == 3
    assert coded_precision("Raiders hit Qqhamlet (coded as Qqseat with GP2).", _at(
        "Raiders hit Qqhamlet (coded as Qqseat with GP2).", "Qqseat")) == 2


def test_fatalities_coded_as_a_number_name_no_place() -> None:
    text = "Gunmen attacked Qqtown. Unknown fatalities coded as 3."
    assert coded_places(text, [_at(text, "Qqtown")], 0, len(text)) == []


@pytest.mark.slow
def test_the_coded_place_is_the_event_s(pipeline):
    loc = first_location(pipeline, "On 9 May 2021, bandits killed a herder in the area of Qqkari "
                                   "(coded as Bol at geoprecision 3).")
    assert loc.name == "Bol" and loc.country == "TCD" and loc.precision == 3


@pytest.mark.slow
def test_a_coded_place_without_a_written_precision_is_precision_2(pipeline):
    loc = first_location(pipeline, "On 9 May 2021, rebels shot a teacher in Nduga regency, Papua province, "
                                   "coded as Kenyam district.")
    assert loc.name == "Kenyam" and loc.country == "IDN" and loc.precision == 2


@pytest.mark.slow
def test_a_coded_name_of_two_words_is_read_whole(pipeline):
    loc = first_location(pipeline, "On 9 May 2021, soldiers clashed with militants in the villages of Am Qqa "
                                   "and Am Qqb (coded as Goz Beida at geo precision 2).")
    assert loc.country == "TCD" and loc.name == "Goz Beida" and loc.precision == 2


@pytest.mark.slow
def test_a_regency_named_after_its_seat_is_placed_at_the_seat(pipeline):
    loc = first_location(pipeline, "On 3 March 2024, farmers held a protest in Jember regency, East Java "
                                   "province, against the price of fertiliser.")
    assert loc.name == "Jember" and loc.country == "IDN" and loc.lat is not None and loc.lat < -8


@pytest.mark.slow
def test_a_province_closing_a_chain_gives_way_to_the_chain_s_town(pipeline):
    loc = first_location(pipeline, "On 6 July 2020, many people held a peaceful protest in Qqlor sub-district, "
                                   "Qqbaru district, Purbalingga Regency, Central Java province, opposing a bill.")
    assert loc.name == "Purbalingga" and loc.precision in (1, 2)


@pytest.mark.slow
def test_a_village_with_its_areas_in_brackets_is_placed_at_them(pipeline):
    # The parser may hang the village's name on the last word of its bracketed areas.
    loc = first_location(pipeline, "On 17 April 2021, militants fired on boats carrying Chadian soldiers in the "
                                   "area of Qqlitra (Mamdi, Lac), killing two soldiers.")
    assert loc.country == "TCD" and loc.precision == 3 and loc.lat is not None


def test_a_village_placed_at_its_district_is_told_from_a_part_of_a_town() -> None:
    from flashpoint.arguments.places import placed_at_areas

    village = Place(start=0, end=7, text="Qqkampi", name="Abala", country="NER", lat=14.9, lon=3.4,
                    feature="city", precision=2)
    part = Place(start=0, end=15, text="Central Jakarta", name="Jakarta", country="IDN", lat=-6.2, lon=106.8,
                 feature="city", precision=2)
    assert placed_at_areas(village) and not placed_at_areas(part)


@pytest.mark.slow
def test_a_named_village_placed_at_its_district_town_claims_no_exact_point(pipeline):
    # The coordinates are the town's, not the village's: precision 2, named or near.
    for where in ("in Qqbrani district", "near Qqbrani village"):
        loc = first_location(pipeline, f"On 29 July 2020, villagers threw rocks at a post {where}, "
                                       "Manokwari Regency, West Papua province.")
        assert loc.name == "Manokwari" and loc.precision == 2


@pytest.mark.slow
def test_a_small_namesake_abroad_before_a_big_city_is_a_place_of_the_city(pipeline):
    loc = first_location(pipeline, "On 3 June 2021, police shot dead a suspect in Lavington, Nairobi.")
    assert loc.country == "KEN" and loc.name == "Nairobi"



@pytest.mark.slow
def test_a_village_known_only_by_its_province_is_at_the_province_s_point_not_its_seat(pipeline):
    loc = first_location(pipeline, "On 2 May 2021, soldiers shot a farmer in Qqbuni village, Qqlolo district, "
                                   "Qqyama regency, Papua province.")
    assert loc.country == "IDN" and loc.precision == 3 and loc.lat is not None and loc.lon is not None
    assert loc.lon < 139.5  # Papua's own point, not Jayapura (140.7 E) on the coast
    whole = first_location(pipeline, "On 2 May 2021, students held protests across Papua province.")
    assert whole.lon is not None and whole.lon > 140  # an event of the whole province: its seat
