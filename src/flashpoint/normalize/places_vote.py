"""The country a text's place names agree on when the text names no country ("a latent country"),
and namesakes abroad that do not fit the text's areas.

Short local reports often name only towns and areas: "a clash at X, Moyale (Moyale, Marsabit)",
"students of Meru University". Each name the gazetteer knows votes for the countries its
namesakes lie in, in proportion to their size (a name found in one country only gives it a whole
vote); names inside organisation names, the parts of parenthesised area lists and untagged
capitalised names of several words or after a locative word vote too; a compass part of a known
area ("Narok North") votes as the area. The
country with at least `MIN_VOTE` votes and `MIN_MARGIN` times the runner-up's becomes the text's
context, as if the text had named it.

Once names are resolved, a small town abroad thousands of kilometres from every area the text's
admin chains name ("Palma" beside "(Nangade, Cabo Delgado)") is a local village's namesake: it
is left unresolved (`drop_far_namesakes`).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from flashpoint.normalize.places_gazetteer import Candidate, name_key
from flashpoint.normalize.places_lookup import Gazetteer, weight
from flashpoint.normalize.places_mentions import NOT_PLACES, Raw
from flashpoint.normalize.places_sources import km
from flashpoint.records import Place

# Votes the winning country needs (one name found only there, or most of two names' namesakes) ...
MIN_VOTE = 0.7
# ... and how many times the runner-up's votes.
MIN_MARGIN = 2.0

_VOTING_KINDS = frozenset({"toponym", "cued"})  # and some "embedded" and "untagged" (see `_names`)
_PAREN = re.compile(r"\(([^()\n]{2,120})\)")
_SPLIT = re.compile(r"\s*(?:,|;|/|\band\b)\s*")
_KIND_WORD = re.compile(
    r"\s+(?:sub-?county|sub-?district|district|regency|province|county|region|department|"
    r"prefecture|commune|state|division|ward|location|village|town|city)$", re.IGNORECASE)
_VOTE_FEATURES = frozenset({"city", "admin1", "admin2"})
# A known name and a landform after it ("the Laikipia Plateau", "Kerio Valley"): the name votes.
LANDFORM = re.compile(
    r"^(?P<a>[A-Z].{2,}?)\s+(?:Plateau|Valley|Hills?|Forest|Mountains?|Highlands?|Escarpment|Ranch|"
    r"Conservancy|Reserve|National\s+Park|Game\s+Reserve|Swamp|Plains?)$")


# Before a capitalised name no model tagged, the words that make it a place name.
_PLACE_BEFORE = re.compile(r"(?:,|\b(?:in|at|near|of|from|to|outside|around|between|and))\s+$", re.IGNORECASE)


def _names(text: str, raws: Sequence[Raw]) -> Iterable[tuple[str, bool]]:
    """The names that vote, each with whether it only names towns and provinces (not counties:
    a county inside an organisation's name is mostly a person's, "the Carter Center")."""
    for r in raws:
        if r.country:
            continue
        if r.kind in _VOTING_KINDS:
            yield r.text, False
        elif r.kind == "embedded" and r.label != "of":
            # The first words of a name ("Meru University"), not a place after "of" in it ("the
            # Department of Justice").
            yield r.text, True
        elif r.kind == "untagged" and (" " in r.text or _PLACE_BEFORE.search(text[max(0, r.start - 10):r.start])):
            # A name no model tagged votes when it has several words or follows a locative word
            # or a comma ("in Mariashoni, Molo"): a single capitalised word is too often a surname
            # or part of a group's name ("Boko Haram").
            yield r.text, False
    for m in _PAREN.finditer(text):
        for part in _SPLIT.split(m.group(1)):
            part = part.strip(" .'\"")
            if part[:1].isupper():
                yield part, False


def name_votes(name: str, gazetteer: Gazetteer, towns_only: bool = False) -> dict[str, float]:
    """One name's vote: each country's share of the weight of the name's namesakes (the largest
    namesake per country counts; `towns_only`: towns and provinces, not counties)."""
    name = _KIND_WORD.sub("", name.strip())
    landform = LANDFORM.match(name)
    if landform and not gazetteer.lookup_exact(name):
        name = landform.group("a")
    compass = _COMPASS.match(name)
    own_only = False
    if compass and not gazetteer.lookup_exact(name):
        # "Marakwet East", "Tibesti Ouest": a part of a known area votes as the area does (by the
        # area's own name only: an alternate name abroad is too weak a clue).
        name = compass.group("a") or compass.group("b") or ""
        own_only = True
    if len(name) < 3 or name_key(name) in NOT_PLACES:
        return {}
    best: dict[str, float] = {}
    for c in gazetteer.lookup_exact(name):
        if c.feature in _VOTE_FEATURES and c.country and not (towns_only and c.feature == "admin2") \
                and not (own_only and c.alias):
            best[c.country] = max(best.get(c.country, 0.0), weight(c))
    total = sum(best.values())
    return {iso: w / total for iso, w in best.items()} if total > 0 else {}


def latent_countries(text: str, raws: Sequence[Raw], gazetteer: Gazetteer) -> frozenset[str]:
    """The country the text's place names agree on (see the module doc), or an empty set."""
    votes: dict[str, float] = defaultdict(float)
    seen: set[str] = set()
    for name, towns_only in _names(text, raws):
        key = name_key(name)
        if key in seen:
            continue
        seen.add(key)
        for iso, share in name_votes(name, gazetteer, towns_only).items():
            votes[iso] += share
    if not votes:
        return frozenset()
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    top, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if score >= MIN_VOTE and score >= MIN_MARGIN * runner_up:
        return frozenset({top})
    return frozenset()


# A town abroad this far from every area the text's admin chains name ...
FAR_KM = 2500.0
# ... and smaller than this is a namesake of a local place the gazetteer lacks ("Palma" in a
# report whose other places are "(Nangade, Cabo Delgado)" is not Palma de Mallorca).
FAR_MAX_POPULATION = 1_000_000


# A small town of the anchors' own country this far from all of them is a namesake too ("Ujung"
# in East Java for a district named "(..., Bulukumba regency, South Sulawesi province)").
FAR_VILLAGE_KM = 500.0
FAR_VILLAGE_MAX_POPULATION = 50_000


def drop_far_namesakes(places: Sequence[Place], anchors: Sequence[Candidate | Place],
                       countries: frozenset[str], admin1: frozenset[str] = frozenset(),
                       far_max_population: int = FAR_MAX_POPULATION) -> list[Place]:
    """`places` with each town outside `countries` that lies more than `FAR_KM` from every anchor
    area (the areas of the text's admin chains) and has fewer than `FAR_MAX_POPULATION` people,
    and each town of fewer than `FAR_VILLAGE_MAX_POPULATION` outside the one anchor province of
    its country and more than `FAR_VILLAGE_KM` from every anchor there, turned into an unresolved
    name (feature "unknown", no country or coordinates). A town in a province the text names
    (`admin1`: "Klamath Falls, Oregon" beside "Boise, Idaho") is kept."""
    points = [(a.lat, a.lon) for a in anchors
              if a.lat is not None and a.lon is not None and a.country in countries]
    if not points:
        return list(places)
    home = [(a.country, a.lat, a.lon) for a in anchors if a.lat is not None and a.lon is not None]
    provinces = {(a.country, a.admin1 or a.name) for a in anchors if a.feature == "admin1"}
    out: list[Place] = []
    for p in places:
        if p.feature not in ("city", "admin2", "landmark") or p.lat is None or p.lon is None:
            out.append(p)
            continue
        abroad = p.country not in countries and p.population < far_max_population \
            and all(km(p.lat, p.lon, lat, lon) > FAR_KM for lat, lon in points)
        same = [(lat, lon) for iso, lat, lon in home if iso == p.country]
        far_village = bool(same) and p.population < FAR_VILLAGE_MAX_POPULATION \
            and p.admin1 is not None and (p.country, p.admin1) not in provinces and p.admin1 not in admin1 \
            and sum(iso == p.country for iso, _ in provinces) == 1 \
            and all(km(p.lat, p.lon, lat, lon) > FAR_VILLAGE_KM for lat, lon in same)
        if abroad or far_village:
            p = replace(p, name=p.text, country=None, admin1=None, lat=None, lon=None, geonames_id=None,
                        feature="unknown", population=0)
        out.append(p)
    return out


# A namesake this close to another town of the text is far likelier the one meant ("Edmonton"
# beside Enfield is the London district; "Edmonton, south of Cairns" the Queensland town) ...
NEAR_KM = 30.0
NEAR_FACTOR = 100.0
# ... and, less so, one within this distance.
AROUND_KM = 100.0
AROUND_FACTOR = 10.0


def near_points(places: Sequence[Place], name: str) -> tuple[tuple[float, float], ...]:
    """The coordinates of the towns, districts and landmarks among `places` not named `name`."""
    key = name_key(name)
    return tuple((p.lat, p.lon) for p in places
                 if p.lat is not None and p.lon is not None and p.feature in ("city", "admin2", "landmark")
                 and name_key(p.text) != key)


def near_bonus(c: Candidate, points: Sequence[tuple[float, float]]) -> float:
    """The log-weight a town or district candidate gains for lying near one of `points`."""
    if not points or c.feature not in ("city", "admin2") or c.lat is None or c.lon is None:
        return 0.0
    d = min(km(c.lat, c.lon, lat, lon) for lat, lon in points)
    if d <= NEAR_KM:
        return math.log(NEAR_FACTOR)
    return math.log(AROUND_FACTOR) if d <= AROUND_KM else 0.0


_COMPASS = re.compile(
    r"^(?:North|South|East|West|Central|Upper|Lower|Nord|Sud|Est|Ouest|Centre)[\s-]+(?P<a>.{3,})$"
    r"|^(?P<b>.{3,}?)[\s-]+(?:North|South|East|West|Central|Nord|Sud|Est|Ouest|Centre|Utara|Selatan|Timur|"
    r"Barat|Tengah)$")


def compass_base(name: str, countries: frozenset[str], gazetteer: Gazetteer) -> list[Candidate]:
    """For an unknown name made of a compass word and a known name ("West Kisaran", "Narok
    North", "Tibesti Ouest") or of a known name and a landform ("the Laikipia Plateau", "Kerio
    Valley", "Mau Forest"): the known name's towns and areas in the text's countries."""
    m = _COMPASS.match(name.strip()) or LANDFORM.match(name.strip())
    if not m:
        return []
    base = m.group("a") or m.group("b") or ""
    return [c for c in gazetteer.lookup_exact(base)
            if c.country in countries and c.feature in ("city", "admin1", "admin2")]


# A county of the anchors' country, outside its one named province and this far from it, is a
# namesake too (counties share names across states far more than towns do: "Montgomery County"
# in a text about one state's towns is that state's, which the gazetteer may lack).
FAR_COUNTY_MAX_POPULATION = 1_000_000
# Spans someone marked as places name well-known cities abroad more often than short local
# reports do ("a briefing in Geneva" in a report on Brazil): only a smaller town abroad is dropped.
SPAN_FAR_MAX_POPULATION = 150_000


def drop_span_namesakes(places: Sequence[Place], countries: frozenset[str]) -> list[Place]:
    """Given spans' places (`resolve_spans`) with far namesakes unresolved as in
    `drop_far_namesakes`, anchored by the provinces the spans name by their own name ("Iowa", not
    "Iowa House" or "the Mississippi River"): a town far abroad from them ("Delft" in a text
    naming Cape Town's province), or a small town or county of their country far outside the one
    province named ("Bourbon" in Indiana for a text naming Louisiana), is a local namesake the
    gazetteer lacks. The caller then places it in the town named nearest it."""
    anchors = [p for p in places if p.feature == "admin1" and p.lat is not None and p.lon is not None
               and p.name is not None and (name_key(p.text) == name_key(p.name) or " " not in p.text.strip())]
    if not anchors:
        return list(places)
    counties = [replace(p, population=min(p.population, FAR_VILLAGE_MAX_POPULATION - 1))
                if p.feature == "admin2" and p.population < FAR_COUNTY_MAX_POPULATION else p for p in places]
    kept = drop_far_namesakes(counties, anchors, countries | {a.country for a in anchors if a.country},
                              far_max_population=SPAN_FAR_MAX_POPULATION)
    return [p if k.feature == p.feature else k for p, k in zip(places, kept, strict=True)]
