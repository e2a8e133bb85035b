"""Country names that are another country's division, known places inside unknown names, lists
of divisions, names inside organisation names and far namesakes (sentences written for these
tests)."""

from __future__ import annotations

import math

from flashpoint.normalize.places import Gazetteer, find_places, resolve, resolve_spans
from flashpoint.normalize.places_admin import admin_chain
from flashpoint.normalize.places_choose import Context
from flashpoint.normalize.places_parts import known_part, sites_in_towns, unknown_spans_in_towns
from flashpoint.records import Place
from support.places import ents, place


def _km(lat: float | None, lon: float | None, point: tuple[float, float]) -> float:
    assert lat is not None and lon is not None
    p1, p2 = math.radians(lat), math.radians(point[0])
    dl = math.radians(point[1] - lon)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def test_a_country_name_beside_another_countrys_divisions_is_the_division(gz: Gazetteer) -> None:
    text = "Guardsmen from the Georgia National Guard flew from Atlanta to Columbus, Ohio, on Friday."
    places = find_places(text, ents(text, ("the Georgia National Guard", "ORG"), ("Atlanta", "GPE"),
                                    ("Columbus", "GPE"), ("Ohio", "GPE")), gz)
    georgia = place(places, "Georgia")
    assert georgia.country == "USA" and georgia.feature == "admin1"


def test_a_country_name_beside_its_own_towns_stays_the_country(gz: Gazetteer) -> None:
    text = "Crowds marched in Georgia from Tbilisi to Batumi as U.S. envoys arrived."
    places = find_places(text, ents(text, ("Georgia", "GPE"), ("Tbilisi", "GPE"), ("Batumi", "GPE"),
                                    ("U.S.", "GPE")), gz)
    assert place(places, "Georgia").country == "GEO"
    text = "U.S. envoys arrived in Georgia on Monday."
    places = find_places(text, ents(text, ("U.S.", "GPE"), ("Georgia", "GPE")), gz)
    assert place(places, "Georgia").country == "GEO"


def test_gold_spans_take_a_country_name_as_the_division_too(gz: Gazetteer) -> None:
    text = "The firm has offices in Dayton, Ohio and Atlanta, Georgia."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Dayton", "Ohio", "Atlanta", "Georgia")]
    out = resolve_spans(text, spans, gz)
    assert out[3].country == "USA" and out[3].feature == "admin1"


def test_a_formal_country_name_is_the_country(gz: Gazetteer) -> None:
    text = "The envoy of the Republic of Armenia presented his letters on Monday."
    places = find_places(text, ents(text, ("the Republic of Armenia", "GPE")), gz)
    armenia = place(places, "Republic of Armenia")
    assert armenia.country == "ARM" and armenia.feature == "country"


def test_an_unknown_name_takes_the_known_place_its_words_name(gz: Gazetteer) -> None:
    text = "A man from north west London and a woman from the Western US were held."
    places = find_places(text, ents(text, ("north west London", "GPE"), ("the Western US", "GPE")), gz)
    london = place(places, "north west London")
    assert london.country == "GBR" and london.precision == 2
    assert place(places, "Western US").country == "USA"


def test_known_part_reads_first_words_after_of_and_after_landmark_nouns(gz: Gazetteer) -> None:
    ctx = Context(frozenset(), frozenset())
    dubai = known_part("Dubai Racing Carnival", ctx, gz)
    assert dubai is not None and dubai.country == "ARE"
    england = known_part("East of England", ctx, gz)
    assert england is not None and england.country == "GBR" and england.feature == "admin1"
    tokyo = known_part("British Embassy Tokyo", ctx, gz)
    assert tokyo is not None and tokyo.country == "JPN"


def test_common_nouns_at_the_end_of_a_name_are_not_towns(gz: Gazetteer) -> None:
    ctx = Context(frozenset({"USA", "GBR"}), frozenset())
    assert known_part("Thames Valley", ctx, gz) is None  # not Valley, Alabama
    assert known_part("Paddock Hill Bend", ctx, gz) is None  # not Bend, Oregon
    assert known_part("South East Asian", ctx, gz) is None  # a compass word alone is no division


def test_a_list_of_divisions_is_not_a_town_and_its_area(gz: Gazetteer) -> None:
    text = "The unit has flown to Alaska, Hawaii and Florida this year."
    assert admin_chain(text, text.index(", Hawaii"), gz, name="Alaska") is None
    places = find_places(text, ents(text, ("Alaska", "GPE"), ("Hawaii", "GPE"), ("Florida", "GPE")), gz)
    alaska = place(places, "Alaska")
    assert alaska.name == "Alaska" and alaska.lat is not None and alaska.lat > 55
    # A town before its state is still read as in it.
    text = "Firefighters were called to Salem, Oregon on Monday."
    chain = admin_chain(text, text.index(", Oregon"), gz, name="Salem")
    assert chain is None or chain.country == "USA"


def test_a_town_in_a_province_the_text_names_is_not_a_far_namesake(gz: Gazetteer) -> None:
    text = "Boise, Idaho, heats its offices from the ground. In Klamath Falls, Oregon, a brewery does too."
    places = find_places(text, ents(text, ("Boise", "ORG"), ("Idaho", "GPE"), ("Klamath Falls", "PERSON"),
                                    ("Oregon", "GPE")), gz)
    klamath = place(places, "Klamath Falls")
    assert klamath.country == "USA" and klamath.lat is not None


def test_a_lone_bracketed_translation_anchors_nothing(gz: Gazetteer) -> None:
    text = "Russian officials attacked the channel Dozhd (Rain) and likened the women to a Hollywood star's accusers."
    places = find_places(text, ents(text, ("Russian", "NORP"), ("Dozhd", "ORG"), ("Hollywood", "GPE")), gz)
    hollywood = place(places, "Hollywood")
    assert hollywood.country == "USA" and hollywood.lat is not None


def test_a_name_inside_a_name_is_a_town_by_its_own_name_only(gz: Gazetteer) -> None:
    text = "The Bank of Japan and the Federal Reserve in Washington held rates."
    places = find_places(text, ents(text, ("The Bank of Japan", "ORG"), ("the Federal Reserve", "ORG"),
                                    ("Washington", "GPE")), gz)
    assert "Bank" not in [p.text for p in places]  # not Portsmouth, whose alternate name it is
    assert place(places, "Japan").country == "JPN"


def test_alberta_is_reported_at_its_geonames_point_and_keeps_its_seat(gz: Gazetteer) -> None:
    alberta = resolve("Alberta", [], gz)
    assert alberta is not None and _km(alberta.lat, alberta.lon, (52.3, -117.5)) < 20
    text = "Wildfires spread across Alberta on Sunday."
    found = place(find_places(text, ents(text, ("Alberta", "GPE")), gz), "Alberta")
    assert found.seat is not None and _km(found.seat[0], found.seat[1], (53.55, -113.47)) < 20  # Edmonton


def test_bc_is_british_columbia(gz: Gazetteer) -> None:
    text = "The new BC office in Nelson opened on Monday."
    spans = [(text.index("BC"), text.index("BC") + 2), (text.index("Nelson"), text.index("Nelson") + 6)]
    bc, nelson = resolve_spans(text, spans, gz)
    assert bc.feature == "admin1" and bc.country == "CAN"
    assert nelson.country == "CAN"


def test_a_street_the_gazetteer_lacks_lies_in_the_town_named_nearest(gz: Gazetteer) -> None:
    text = "Police in New Orleans closed Bourbon Street and Chartres Hall on Friday."
    places = find_places(text, ents(text, ("New Orleans", "GPE"), ("Bourbon Street", "FAC"),
                                    ("Chartres Hall", "FAC")), gz)
    street = place(places, "Bourbon Street")
    assert street.name == "New Orleans" and street.feature == "landmark" and street.precision == 2
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Bourbon Street", "New Orleans", "Chartres Hall")]
    out = resolve_spans(text, spans, gz)
    assert out[0].name == "New Orleans" and out[2].name == "New Orleans"


def test_a_site_with_no_town_named_stays_unknown(gz: Gazetteer) -> None:
    text = "Crowds filled Bourbon Street on Friday."
    places = find_places(text, ents(text, ("Bourbon Street", "FAC")), gz)
    assert place(places, "Bourbon Street").lat is None


def test_a_given_span_the_gazetteer_lacks_lies_in_the_area_of_the_nearest_town(gz: Gazetteer) -> None:
    text = "Ferries from Qqvarnholm reach Bergen before the Qqselbu mill closes."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Qqvarnholm", "Bergen", "Qqselbu")]
    first, bergen, mill = resolve_spans(text, spans, gz)
    assert bergen.country == "NOR" and bergen.feature == "city"
    for p in (first, mill):
        assert (p.lat, p.lon, p.country) == (bergen.lat, bergen.lon, "NOR") and p.precision == 3
    assert (first.start, first.end, first.text) == (spans[0][0], spans[0][1], "Qqvarnholm")


def test_an_unknown_name_found_in_raw_text_is_not_placed_by_its_neighbours(gz: Gazetteer) -> None:
    text = "Ferries from Qqvarnholm reach Bergen on Monday."
    places = find_places(text, ents(text, ("Qqvarnholm", "GPE"), ("Bergen", "GPE")), gz)
    assert place(places, "Qqvarnholm").lat is None


def test_a_name_listed_with_states_is_the_state(gz: Gazetteer) -> None:
    text = "Buyers came from states such as Oregon or Washington, and from Montana and Wyoming."
    places = find_places(text, ents(text, ("Oregon", "GPE"), ("Washington", "GPE"), ("Montana", "GPE"),
                                    ("Wyoming", "GPE")), gz)
    assert place(places, "Washington").feature == "admin1"
    wyoming = place(places, "Wyoming")
    assert wyoming.feature == "admin1" and wyoming.admin1 == "Wyoming"
    # A division named like its own seat stays the town.
    text = "Riots hit Nairobi and Kiambu on Monday."
    places = find_places(text, ents(text, ("Nairobi", "GPE"), ("Kiambu", "GPE")), gz)
    assert place(places, "Nairobi").feature == "city"


def test_a_place_and_its_area_tagged_as_one_are_two_mentions(gz: Gazetteer) -> None:
    text = "The next round is at Thruxton, Hampshire in May, then in Lyon, France."
    places = find_places(text, ents(text, ("Thruxton, Hampshire", "GPE"), ("Lyon, France", "GPE")), gz)
    assert place(places, "Hampshire").feature == "admin2"
    assert place(places, "France").feature == "country"
    assert place(places, "Lyon").country == "FRA"


def test_a_village_missing_near_its_district_is_placed_at_the_district(gz: Gazetteer) -> None:
    # The gazetteer's only Thruxton lies in Herefordshire, far from Hampshire.
    text = "The next round is at Thruxton, Hampshire in May."
    thruxton = place(find_places(text, ents(text, ("Thruxton", "GPE"), ("Hampshire", "GPE")), gz), "Thruxton")
    assert thruxton.name == "Hampshire" and thruxton.precision == 2


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def test_a_given_county_far_outside_the_one_state_named_lies_in_the_text_s_town(gz: Gazetteer) -> None:
    text = "Deputies of Lincoln County drove the ballots to Ames in Iowa overnight."
    county, ames, iowa = resolve_spans(text, _spans(text, "Lincoln County", "Ames", "Iowa"), gz)
    assert ames.admin1 == "Iowa" and iowa.feature == "admin1"
    assert county.admin1 == "Iowa" and _km(county.lat, county.lon, (42.03, -93.62)) < 300


def test_a_given_small_town_far_abroad_from_the_province_named_lies_in_the_text_s_town(gz: Gazetteer) -> None:
    text = "Families moved from Soweto to Leiden after the floods, officials in Gauteng said."
    soweto, leiden, _ = resolve_spans(text, _spans(text, "Soweto", "Leiden", "Gauteng"), gz)
    assert soweto.country == "ZAF" and leiden.country == "ZAF" and leiden.precision == 3
    # A well-known city abroad stays itself.
    text = "Officials from Roraima spoke at a briefing in Geneva on Monday."
    _, geneva = resolve_spans(text, _spans(text, "Roraima", "Geneva"), gz)
    assert geneva.country == "CHE"


def test_a_province_inside_a_longer_given_span_sets_the_context(gz: Gazetteer) -> None:
    text = "Spain's envoy met a dean of the University of California in Los Angeles."
    _, _, town = resolve_spans(text, _spans(text, "Spain", "University of California", "Los Angeles"), gz)
    assert town.country == "USA"


def test_a_division_name_two_countries_share_is_the_one_of_the_text_s_other_division(gz: Gazetteer) -> None:
    text = "Mines in the North West and Limpopo provinces hired more workers."
    north_west, limpopo = resolve_spans(text, _spans(text, "North West", "Limpopo"), gz)
    assert limpopo.country == "ZAF" and north_west.country == "ZAF"


def test_a_given_country_name_beside_another_country_s_divisions_is_the_division(gz: Gazetteer) -> None:
    text = "Medics from Ohio and Texas will train with the Georgia National Guard this spring."
    entities = ents(text, ("Ohio", "GPE"), ("Texas", "GPE"), ("the Georgia National Guard", "ORG"))
    *_, georgia = resolve_spans(text, _spans(text, "Ohio", "Texas", "Georgia"), gz, entities)
    assert georgia.country == "USA" and georgia.feature == "admin1"


def _given(start: int, text: str, country: str | None = None, feature: str = "unknown",
           point: tuple[float, float] | None = None) -> Place:
    return Place(start=start, end=start + len(text), text=text, name=text, country=country,
                 lat=point[0] if point else None, lon=point[1] if point else None, feature=feature,
                 precision=1 if point else 4)


def test_an_unknown_given_span_lies_in_a_town_of_the_country_the_text_agrees_on() -> None:
    places = [_given(0, "Ireland", "IRL", "country", (53.0, -8.0)),
              _given(40, "Kilmore", "IRL", "city", (53.9, -7.4)),
              _given(300, "Oldtown", "FRA", "city", (48.9, -1.2)),
              _given(420, "Qqmillan"),
              _given(330, "Qqlanmor")]
    out = unknown_spans_in_towns(sites_in_towns(places, agree=True))
    # Far in the text from the foreign town, a name lies in the agreed country's town ...
    assert out[3].country == "IRL" and out[3].lat == 53.9
    # ... and in the foreign town when named in the same phrase.
    assert out[4].country == "FRA"


def test_a_bare_state_name_is_the_state_not_a_small_town_of_that_name_elsewhere(gz: Gazetteer) -> None:
    text = "A federal judge in Wyoming paused the rule on Monday."
    wyoming = place(find_places(text, ents(text, ("Wyoming", "GPE")), gz), "Wyoming")
    assert wyoming.feature == "admin1" and wyoming.admin1 == "Wyoming"
    # A town inside the division of its name is left to the usual weighing.
    text = "Traders in Kano closed their shops on Monday."
    assert place(find_places(text, ents(text, ("Kano", "GPE")), gz), "Kano").feature == "city"
