"""Names that are, or hold, another kind of place than they first seem to.

* A country's name that is also a first-level division of another country the text is set in
  ("Georgia" beside "Atlanta" and "Ohio" is the US state): `divisions_not_countries`.
* A model-tagged place name of several words the gazetteer does not know, whose first or last
  words name a known place ("north west London", "the Republic of Armenia", "Western US",
  "St. Louis Police"): `known_part`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from flashpoint.normalize.countries import acronym_iso3, iso3_for_name
from flashpoint.normalize.places_choose import Context, choose
from flashpoint.normalize.places_gazetteer import Candidate, name_key
from flashpoint.normalize.places_lookup import Gazetteer
from flashpoint.normalize.places_mentions import LANDMARK_NOUN, NOT_PLACES, Raw
from flashpoint.records import Place


def divisions_not_countries(raws: list[Raw], gazetteer: Gazetteer, others: Sequence[Raw] = ()) -> list[Raw]:
    """`raws` with each country name that is also a first-level division of another country made a
    toponym when the text's other names point to that other country and none to the first
    ("Georgia" beside "Atlanta" and "Ohio" is the US state; beside "Tbilisi" the country). The
    other country counts when the text names another of its divisions or a town in that division
    (not the country itself: "U.S. envoys in Georgia"); the first when the text names it
    otherwise (a demonym, a town of it). `others`: further mentions of the text, for context."""
    out: list[Raw] = []
    for r in raws:
        if r.kind in ("country", "embedded") and r.country and iso3_for_name(r.text) == r.country:
            elsewhere = {c.country for c in gazetteer.lookup_exact(r.text)
                         if c.feature == "admin1" and c.country and c.country != r.country}
            key = name_key(r.text)
            homes = {_home(o, r.text, elsewhere, gazetteer) for o in (*raws, *others) if name_key(o.text) != key}
            if elsewhere & homes and r.country not in homes:
                r = replace(r, kind="toponym", label="GPE", country=None) if r.kind == "country" \
                    else replace(r, country=None)
        out.append(r)
    return out


def _home(r: Raw, division: str, elsewhere: set[str], gazetteer: Gazetteer) -> str | None:
    """The country a mention points to for `divisions_not_countries`: its own country for a
    country mention (not one of the `elsewhere` countries), the country of a division, of a town
    in `division`, or of a town outside the `elsewhere` countries."""
    if r.country:
        return r.country if r.country not in elsewhere else None
    cands = gazetteer.lookup_exact(r.text) if r.kind in ("toponym", "cued", "untagged") else []
    if not cands:
        return None
    top = cands[0]
    if top.feature == "admin1" or (top.feature == "city" and (top.admin1 == division or top.country not in elsewhere)):
        return top.country
    return None


# "the Republic of Armenia", "the Kingdom of Morocco": a country's formal name.
_FORMAL = re.compile(
    r"^(?:the\s+)?(?:(?:Federal|Islamic|People's|Democratic|Socialist|Arab|United)\s+)*"
    r"(?:Republic|Kingdom|State|Federation|Commonwealth|Principality|Sultanate|Emirate|Grand\s+Duchy)"
    r"\s+of\s+(?:the\s+)?(?P<name>.+)$", re.IGNORECASE)
# A town named as the first words of a longer name must be this big, or this big in a country
# the text names.
PART_MIN_POPULATION = 50_000
PART_MIN_POPULATION_IN_CONTEXT = 20_000
# Words that only say which part of the place that follows is meant ("north west London", "Far
# North Queensland", "Western US").
_QUALIFIER = re.compile(
    r"^(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-?east|north-?west|"
    r"south-?east|south-?west|north-?eastern|north-?western|south-?eastern|south-?western|far|upper|"
    r"lower|greater|inner|outer|downtown|rural|coastal|mainland)\s*)+(?:of(?:\s+the)?)?$", re.IGNORECASE)


# Before the last words of a name, the words that make them a place: "of" ("the University of
# Alberta", "the Bank of England") or a landmark's noun ("the British Embassy Tokyo").
_BEFORE_TAIL = re.compile(rf"(?:\bof(?:\s+the)?|\b{LANDMARK_NOUN})$")


def known_part(name: str, ctx: Context, gazetteer: Gazetteer) -> Candidate | None:
    """For a place name of several words the gazetteer does not know: the country its formal name
    names ("the Republic of Armenia"), else the known place its first words name ("Dubai World
    Trade Centre", "St. Louis Police": a country, a first-level division or a town of
    `PART_MIN_POPULATION` people), else the country its last words name ("Building Ireland") or
    the place they name after words that only say which part of it ("north west London", "Far
    North Queensland", a division first: "West Wales"), after "of" ("the University of Alberta")
    or after a landmark's noun ("the British Embassy Tokyo"); None otherwise. Other last words
    are mostly common nouns ("Thames Valley", "Paddock Hill Bend")."""
    formal = _FORMAL.match(name.strip())
    if formal:
        iso = iso3_for_name(formal.group("name"))
        return gazetteer.country(iso) if iso else None
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        head, tail = " ".join(words[:n]), " ".join(words[n:])
        if not _QUALIFIER.match(head):
            found = _part(head, ctx, gazetteer, towns=True)
            if found is not None:
                return found
        head, tail = " ".join(words[:-n]), " ".join(words[-n:])
        qualified = bool(_QUALIFIER.match(head))
        found = _part(tail, ctx, gazetteer, towns=qualified or bool(_BEFORE_TAIL.search(head)),
                      divisions_first=qualified)
        if found is not None:
            return found
    return None


def _part(part: str, ctx: Context, gazetteer: Gazetteer, towns: bool,
          divisions_first: bool = False) -> Candidate | None:
    """The country, or (`towns`) the division or big town, a part of a name names, if any
    (`divisions_first`: a division before a town of its name, "West Wales")."""
    part = part.strip(".,;:'\u2019\"")
    if not part[:1].isupper() or name_key(part) in NOT_PLACES:
        return None
    cands = [c for c in gazetteer.lookup_exact(part) if c.feature in ("admin1", "city")]
    iso = iso3_for_name(part) or acronym_iso3(part)
    if iso and not any(c.feature == "admin1" and c.country == iso for c in cands):
        return gazetteer.country(iso)  # "England", "Scotland" stay divisions
    if not towns:
        return None
    best = choose([c for c in cands if c.feature == "admin1"] or cands if divisions_first else cands, ctx)
    if best is None or best.alias:
        return None
    if best.feature == "admin1" or best.population >= PART_MIN_POPULATION or (
            best.country in ctx.countries and best.population >= PART_MIN_POPULATION_IN_CONTEXT):
        return best
    return None


# The last word of a site inside a town: a street, building or ground ("Royal Street", "the
# Carnegie Library", "Cloverhill District Court").
_SITE = re.compile(
    rf"(?:{LANDMARK_NOUN}|(?i:centre|center|court(?:house)?|hall|chapel|theat(?:re|er)|museum|library|"
    r"restaurant|office|building|tower|estate|club|academy|institute|arena|cemetery|graveyard|lane|drive|"
    r"boulevard|parade|terrace))s?$")


def sites_in_towns(places: Sequence[Place], agree: bool = False) -> list[Place]:
    """`places` (given spans, in text order or not) with each unresolved site the gazetteer lacks
    ("Royal Street", "the Carnegie Library") placed in the town named nearest to it in the text
    (feature "landmark", precision 2): a street or building lies in the town the text is about
    there. Sites with no town named are left as they are. `agree`: only towns of the country most
    of the places lie in, when most do (`agreeing_towns`)."""
    towns = [p for p in places if p.feature in ("city", "landmark") and p.lat is not None and p.lon is not None]
    agreeing = agreeing_towns(towns, places) if agree else towns
    out: list[Place] = []
    for p in places:
        if p.lat is None and towns and _SITE.search(p.text.strip()) and p.text[:1].isupper():
            p = _in_town(p, _nearest_town(p, towns, agreeing), precision=2)
        out.append(p)
    return out


def agreeing_towns(towns: Sequence[Place], places: Sequence[Place]) -> list[Place]:
    """`towns` in the country more than half of `places` with a country lie in, when there is one
    and it has towns: a town of another country among them is more often a wrong namesake than
    where the text's unknown sites are ("Percy" in France among a text's Irish places)."""
    counts = Counter(p.country for p in places if p.country)
    if not counts:
        return list(towns)
    top, n = counts.most_common(1)[0]
    if 2 * n <= sum(counts.values()):
        return list(towns)
    return [t for t in towns if t.country == top] or list(towns)


# A town this close to a site in the text names the site's own town ("the Palais in X", "X's
# airport"), whatever country the text's other places agree on.
SAME_PHRASE_CHARS = 40


def _nearest_town(p: Place, towns: Sequence[Place], agreeing: Sequence[Place]) -> Place:
    """The town named nearest `p` in the text: of `towns` when one is in `p`'s own phrase, else of
    `agreeing` (the towns of the text's agreed country, `agreeing_towns`)."""
    town = min(towns, key=lambda t: abs(t.start - p.start))
    if abs(town.start - p.start) <= SAME_PHRASE_CHARS or not agreeing:
        return town
    return min(agreeing, key=lambda t: abs(t.start - p.start))


def _in_town(p: Place, town: Place, precision: int) -> Place:
    """`p` (its span and text kept) located at `town`, as a landmark of it."""
    return replace(p, name=town.name, country=town.country, admin1=town.admin1, lat=town.lat, lon=town.lon,
                   geonames_id=town.geonames_id, feature="landmark", precision=precision,
                   population=town.population)


def unknown_spans_in_towns(places: Sequence[Place]) -> list[Place]:
    """Given spans (someone marked them as places) that the gazetteer does not know and that no
    site word explains ("the Cauvery", "Faubourg Marigny", "Wegmans") placed at the town named
    nearest them among the spans, at precision 3 (the area, not the point): a reader who does not
    know a name places it where the text is. With no town among the spans they stay unknown."""
    towns = [p for p in places if p.feature in ("city", "landmark") and p.precision <= 2
             and p.lat is not None and p.lon is not None]
    agreeing = agreeing_towns(towns, places)
    if not towns:
        return list(places)
    out: list[Place] = []
    for p in places:
        if p.lat is None and p.text.strip()[:1].isupper():
            p = _in_town(p, _nearest_town(p, towns, agreeing), precision=3)
        out.append(p)
    return out


_LIST_NAME = r"(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})"
_LIST_JOIN = r"(?:,|\s+and|\s+or|,\s+and|,\s+or)"
_LIST_BEFORE = re.compile(rf"{_LIST_NAME}{_LIST_JOIN}\s+$")
_LIST_AFTER = re.compile(rf"^{_LIST_JOIN}\s+{_LIST_NAME}")


def division_in_list(text: str, start: int, end: int, cands: Sequence[Candidate],
                     gazetteer: Gazetteer) -> list[Candidate]:
    """`cands` narrowed to first-level divisions when the name is listed with another division
    ("California or Washington", "Montana and Wyoming", "Wisconsin, Michigan") and its towns lie in
    other divisions (Washington, D.C.; Wyoming, Michigan); else `cands` unchanged. A division
    named like its own seat ("Nairobi", "Kano") is left to the usual weighing."""
    divisions = [c for c in cands if c.feature == "admin1"]
    if not divisions:
        return list(cands)
    names = {c.name for c in divisions} | {c.admin1 for c in divisions if c.admin1}
    if any(c.feature == "city" and c.admin1 in names for c in cands):
        return list(cands)
    before = _LIST_BEFORE.search(text[max(0, start - 60):start])
    after = _LIST_AFTER.match(text[end:end + 60])
    for m in (before, after):
        if m is None:
            continue
        other = gazetteer.lookup_exact(m.group("name"))
        if other and other[0].feature == "admin1" and any(other[0].country == c.country for c in divisions):
            return divisions
    return list(cands)


# A town named like a first-level division of its own country but lying in another division is
# taken for the division when the division has this many times its people and the town is smaller
# than this ("a judge in Wyoming" is the state, not Wyoming, Michigan; "Washington" stays the city).
STATE_OVER_TOWN_FACTOR = 5
STATE_OVER_TOWN_MAX_POPULATION = 100_000


def towns_not_states(cands: Sequence[Candidate]) -> list[Candidate]:
    """`cands` of a bare name without the towns that are a namesake of a division of their own
    country (by its own name) lying in another division and far smaller than it; a town inside the
    division of its name ("Meru", "Kano") is kept for the usual weighing."""
    divisions = [c for c in cands if c.feature == "admin1" and not c.alias]
    if not divisions:
        return list(cands)
    return [c for c in cands if not (
        c.feature == "city" and c.population < STATE_OVER_TOWN_MAX_POPULATION and any(
            d.country == c.country and c.admin1 != d.name and c.admin1 != d.admin1
            and d.population >= STATE_OVER_TOWN_FACTOR * c.population for d in divisions))]


def with_inner_provinces(ctx: Context, places: Sequence[Place]) -> Context:
    """`ctx` with the provinces (and their countries) resolved inside longer given spans ("the
    University of Ontario"): they set the context of the second pass of `resolve_spans`, as a
    province named alone does (`text_context`), so a later "London" is the Ontario town."""
    provinces = [p for p in places if p.feature == "admin1" and p.country and p.name
                 and name_key(p.text) != name_key(p.name)]
    return replace(ctx, countries=ctx.countries | {p.country for p in provinces if p.country},
                   admin1=ctx.admin1 | {p.admin1 or p.name for p in provinces if p.name})
