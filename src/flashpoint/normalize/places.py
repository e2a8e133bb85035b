"""Find and resolve place mentions in news text (an offline geoparser).

`find_places` takes the text and its named-entity mentions (spaCy GPE/LOC/FAC/NORP labels) and
returns every place mention as a `Place`: the model's place entities, capitalised gazetteer names
the model missed, country adjectives ("Iraqi forces" -> Iraq), landmarks ("the Baghdad airport"),
border areas ("the Iraq-Syria border") and names it cannot resolve (kept, with no coordinates).

Names are resolved with document context: candidates in countries (and states, provinces) the
text names are preferred unless a namesake elsewhere is far larger; otherwise the most populous
wins. Areas written after a name ("X (Abala, Tillaberi)", "X district, Y regency, Z province")
narrow its candidates and, for a village the gazetteer lacks, give its location (`places_admin`).

Modules: `places_gazetteer` builds and caches the index (with `places_sources`), `places_lookup`
looks names up, `places_mentions` finds mentions, `places_admin` reads admin chains; this module
resolves them (`find_places`, `resolve_spans`, `resolve`).

ACLED geo-precision: 1 the town itself; 2 near/outside/N km from a town, its outskirts, a
district or landmark of it; 3 a region or province (admin1, border area); 4 the country only.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from flashpoint.normalize.countries import iso3_for_name
from flashpoint.normalize.places_admin import AdminChain, admin_chain, named_town_of_country, within_chain
from flashpoint.normalize.places_gazetteer import Candidate, name_key
from flashpoint.normalize.places_lookup import Gazetteer, weight
from flashpoint.normalize.places_mentions import (
    ADMIN_AFTER,
    AFTER_LANDMARK,
    AFTER_NEAR,
    BEFORE_LANDMARK,
    BEFORE_NEAR,
    CAP_WORD,
    LANDMARK_NOUN,
    NOT_PLACES,
    TITLES,
    Raw,
    country_of_word,
    raw_mentions,
)
from flashpoint.normalize.places_vote import (
    compass_base,
    drop_far_namesakes,
    latent_countries,
    near_bonus,
    near_points,
)
from flashpoint.records import Mention, Place

__all__ = ["Candidate", "Gazetteer", "find_places", "resolve", "resolve_spans"]

# A namesake in a country the text names wins unless the best-known one is this many times larger
# ("Paris" in a Texas story is Paris, Texas; "Moscow" in a US story is still Moscow, Russia).
CONTEXT_FACTOR = 200.0
# A further factor for namesakes in a US state the text names.
ADMIN1_FACTOR = 20.0
# A town outside every country the text names must be at least this big.
OUT_OF_CONTEXT_MIN_POPULATION = 50_000
# ... and a spelling-variant match there, at least this big even when the model tagged the name.
VARIANT_MIN_POPULATION = 10_000
# ... and, when the text names no country at all, at least this big.
VARIANT_NO_CONTEXT_MIN_POPULATION = 100_000
# A city this big keeps its own name's place when the one area written after it lies elsewhere.
CHAIN_OVERRIDE_POPULATION = 100_000
# Capitalised names the model did not tag are accepted only for places at least this big
# (or this big inside a country the text names): small towns are named like common words.
UNTAGGED_MIN_POPULATION = 100_000
UNTAGGED_MIN_POPULATION_IN_CONTEXT = 5_000
# After a locative cue ("in", "near", "struck") a smaller town is enough.
CUED_MIN_POPULATION = 10_000

_FEATURE_PRECISION = {"country": 4, "admin1": 3, "admin2": 3, "region": 4, "city": 1, "landmark": 2}


@dataclass(frozen=True, slots=True)
class _Context:
    countries: frozenset[str]
    admin1: frozenset[str]
    # Coordinates of the text's other towns (first pass): a namesake near them is the one meant.
    near: tuple[tuple[float, float], ...] = ()


def _plausible(c: Candidate, ctx: _Context, tagged: bool, words: int = 1) -> bool:
    """Outside every country the text names: False for a small town (names the model did not tag
    as places) and for a spelling-variant match of a village ("Litri" is not Le Molay-Littry in
    a story set in Chad). In a text that names no country, False for a spelling-variant match
    of a one-word name to a town under `VARIANT_NO_CONTEXT_MIN_POPULATION` ("Miski" is not
    Myski, Russia; "N Guigmi" is still N'Guigmi)."""
    if c.feature not in ("city", "admin2") or c.country in ctx.countries:
        return True
    if not ctx.countries:
        # No country to go by: a town by another spelling only when it is a big city.
        return not c.variant or words > 1 or c.population >= VARIANT_NO_CONTEXT_MIN_POPULATION
    if tagged:
        # Even a name the model tags as a place is not a far-off village by another spelling.
        return not c.variant or c.population >= VARIANT_MIN_POPULATION
    return not c.variant and c.population >= OUT_OF_CONTEXT_MIN_POPULATION


def _choose(cands: Sequence[Candidate], ctx: _Context, tagged: bool = True, words: int = 1) -> Candidate | None:
    """The candidate with the best context-weighted population (`tagged`: the model tagged the
    name as a place; see `_plausible`)."""
    best: Candidate | None = None
    best_score = -math.inf
    for c in cands:
        if not _plausible(c, ctx, tagged, words):
            continue
        score = math.log(weight(c)) + near_bonus(c, ctx.near)
        if c.country in ctx.countries:
            score += math.log(CONTEXT_FACTOR)
            if c.admin1 and c.admin1 in ctx.admin1:
                score += math.log(ADMIN1_FACTOR)
        if score > best_score:
            best, best_score = c, score
    return best


def resolve(name: str, context_countries: Sequence[str], gazetteer: Gazetteer) -> Place | None:
    """Resolve one place name to its most likely gazetteer entry, preferring entries in the
    given countries (ISO3); None when the gazetteer does not know the name. The Place carries no
    text span (start = end = 0) and the precision of its feature."""
    iso = iso3_for_name(name)
    cands = gazetteer.lookup(name)
    if iso and not cands:
        country = gazetteer.country(iso)
        cands = [country] if country else []
    best = _choose(cands, _Context(frozenset(context_countries), frozenset()))
    if best is None:
        return None
    return _place_from(best, 0, 0, name, _FEATURE_PRECISION.get(best.feature, 4))


def _place_from(c: Candidate, start: int, end: int, text: str, precision: int,
                feature: str | None = None) -> Place:
    return Place(start=start, end=end, text=text, name=c.name, country=c.country, admin1=c.admin1,
                 lat=c.lat, lon=c.lon, geonames_id=c.geonames_id or None, feature=feature or c.feature,
                 precision=precision, population=c.population)



def _context(raws: Sequence[Raw], chains: dict[int, AdminChain], gazetteer: Gazetteer) -> _Context:
    """Countries and divisions the text names outright (country names, demonyms, state and
    province names, the areas of admin chains)."""
    countries: set[str] = set()
    admin1: set[str] = set()
    for r in raws:
        if r.country:
            countries.add(r.country)
        elif r.kind in ("toponym", "untagged", "cued"):
            cands = gazetteer.lookup_exact(r.text)
            if cands and cands[0].feature == "admin1":
                admin1.add(cands[0].name)
                admin1.add(cands[0].admin1 or cands[0].name)
                if cands[0].country:
                    countries.add(cands[0].country)
    for chain in chains.values():
        if chain.country:
            countries.add(chain.country)
            admin1.update(a.admin1 for a in chain.areas if a.admin1)
    return _Context(frozenset(countries), frozenset(admin1))


def _qualifier(text: str, end: int, gazetteer: Gazetteer) -> _Context | None:
    """The country or state named right after a place ("Paris, Texas", "Kirkuk, Iraq")."""
    m = re.match(rf",\s+((?:{CAP_WORD}\s+)*{CAP_WORD})", text[end:end + 60])
    if not m:
        return None
    word = m.group(1).rstrip(".")
    iso = iso3_for_name(word)
    if iso:
        return _Context(frozenset({iso}), frozenset())
    cands = gazetteer.lookup_exact(word)
    if cands and cands[0].feature == "admin1":
        return _Context(frozenset({cands[0].country or ""}), frozenset({cands[0].name}))
    return None


def _precision_for(text: str, start: int, end: int, feature: str) -> int:
    base = _FEATURE_PRECISION.get(feature, 1)
    if base == 1 and (BEFORE_NEAR.search(text[max(0, start - 60):start])
                      or AFTER_NEAR.match(text[end:end + 30])):
        return 2
    return base


def _landmark_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a landmark phrase built on the place at start:end, if any."""
    after = AFTER_LANDMARK.match(text[end:end + 80])
    named = after.group("named") if after else None
    if named and named.split()[0].casefold() in TITLES:
        after = None
    if after and after.group(0).strip():
        tail = after.group(0).rstrip()
        s = start
        if text[max(0, start - 4):start].lower() == "the ":
            s = start - 4
        return s, end + len(tail)
    before = BEFORE_LANDMARK.search(text[max(0, start - 80):start])
    if before:
        return start - (len(text[max(0, start - 80):start]) - before.start()), end
    return None


def find_places(text: str, entities: Sequence[Mention], gazetteer: Gazetteer) -> list[Place]:
    """Every place mention in `text`, in text order, without overlaps.

    Sources: the model's GPE/LOC/FAC entities, NORP entities that are country adjectives, and
    capitalised names the model missed that are country names, demonyms or well-known places.
    Demonyms become mentions of their country (feature "country", precision 4); landmarks
    ("the Baghdad airport", "Baghdad's Green Zone", "the US embassy in Kabul") take the
    coordinates of their town (feature "landmark", precision 2); border areas ("on the Iraq and
    Syria border") are feature "region" of the first country named, precision 3, no coordinates.
    Names the gazetteer does not know are kept with no coordinates (feature "unknown"; precision 1,
    or 2 after "near", as such names are mostly villages; 3 for LOC entities), unless areas written
    after them place them (the most specific area's coordinates; precision 2, or 3 at a province).
    Places inside organisation names ("the Toronto Star") are listed too.
    """
    raws = raw_mentions(text, entities, gazetteer)
    named_countries = _context(raws, {}, gazetteer).countries
    # A text that names no country: the country its place names agree on, if any.
    latent = frozenset() if named_countries else latent_countries(text, raws, gazetteer)
    chains: dict[int, AdminChain] = {}
    for r in raws:
        if r.kind in ("toponym", "untagged", "cued", "embedded") and (
                chain := admin_chain(text, r.end, gazetteer, named_countries or latent)):
            chains[r.start] = chain
    ctx = _context(raws, chains, gazetteer)
    if latent:
        ctx = _Context(ctx.countries | latent, ctx.admin1)
    # Words the model tags as (part of) a person or organisation elsewhere are not unknown places
    # ("Buhari" after "Muhammadu Buhari").
    named = {w for ent in entities if ent.label in ("PERSON", "ORG") for w in ent.text.split()}
    places = _resolve_all(text, raws, ctx, gazetteer, chains, named)
    if len(places) > 1:
        # Again, each name now preferring namesakes near the text's other towns.
        places = _resolve_all(text, raws, ctx, gazetteer, chains, named, places)
    # The areas of chains their names lie in (not of one a big city overrode) anchor the text.
    resolved = {p.start: p.country for p in places}
    anchors = [a for start, chain in chains.items() if resolved.get(start, chain.country) == chain.country
               for a in chain.areas]
    return drop_far_namesakes(places, anchors, ctx.countries)


def _resolve_all(text: str, raws: Sequence[Raw], ctx: _Context, gazetteer: Gazetteer,
                 chains: dict[int, AdminChain], named: set[str], first: Sequence[Place] = ()) -> list[Place]:
    """Each mention resolved, in text order, without overlaps (`first`: an earlier pass whose
    other towns' coordinates favour nearby namesakes)."""
    places: list[Place] = []
    last_end = -1
    for r in raws:
        if r.start < last_end:
            continue
        rctx = replace(ctx, near=near_points(first, r.text)) if first else ctx
        place = _resolve_raw(text, r, rctx, gazetteer, chains.get(r.start))
        if first and (place is None or place.lat is None):
            # A nearby namesake too small to take: the first pass's choice stands.
            place = next((p for p in first if p.start == r.start and p.lat is not None), place)
        if place is None or (place.lat is None and place.country is None and r.text in named):
            continue
        if place.start < last_end:
            if place.feature != "landmark":
                continue
            # A landmark phrase ("the US embassy in Kabul") absorbs the places inside it.
            while places and places[-1].end > place.start:
                places.pop()
        places.append(place)
        last_end = place.end
    return places


_GENERIC_SUFFIX = re.compile(
    r"\s+(city|town|village|district|sub-?district|regency|province|county|sub-?county|state|region|"
    r"municipality|prefecture|department|commune|ward|island|governorate|division|locality|area)$",
    re.IGNORECASE)
_ADMIN_WORDS = frozenset({"province", "state", "region", "governorate", "prefecture", "department"})


def resolve_spans(text: str, spans: Sequence[tuple[int, int]], gazetteer: Gazetteer,
                  entities: Sequence[Mention] = ()) -> list[Place]:
    """Resolve toponyms someone else found (a gold annotation, another recogniser): one Place per
    span, in the order given, with the span's own offsets and text. Country names, acronyms and
    demonyms ("Iraqi") resolve to their country. The context is that of `find_places` over the
    spans and, when given, the text's entities (countries named, admin chains after a span).
    A span the gazetteer does not know gives a Place with no coordinates (feature "unknown")."""
    raws = [_span_raw(text, s, e, gazetteer) for s, e in spans]
    found = raw_mentions(text, entities, gazetteer) if entities else []
    chains = {r.start: c for r in raws if r.kind == "toponym" and (c := admin_chain(text, r.end, gazetteer))}
    ctx = _context([*raws, *found], chains, gazetteer)
    first = [_resolve_raw(text, r, ctx, gazetteer, chains.get(r.start)) for r in raws]
    others = [p for p in first if p is not None]
    out: list[Place] = []
    for r, before in zip(raws, first, strict=True):
        near = near_points(others, r.text)
        place = _resolve_raw(text, r, replace(ctx, near=near), gazetteer, chains.get(r.start))
        if (place is None or place.lat is None) and before is not None and before.lat is not None:
            place = before
        if place is None or place.start != r.start or place.end != r.end:
            base = place or Place(start=r.start, end=r.end, text=r.text, name=r.text, country=None, precision=1)
            place = replace(base, start=r.start, end=r.end, text=r.text)
        out.append(place)
    return out


def _span_raw(text: str, start: int, end: int, gazetteer: Gazetteer) -> Raw:
    """A given span as a mention: a country mention when it names or qualifies one."""
    surface = text[start:end]
    iso = country_of_word(surface)
    if iso and not any(c.feature == "admin1" and c.country == iso for c in gazetteer.lookup_exact(surface)):
        return Raw(start, end, surface, "country", "GPE", country=iso)
    return Raw(start, end, surface, "toponym", "GPE")


def _in_area_fallback(r: Raw, chain: AdminChain) -> Place:
    """A place the gazetteer cannot put inside its written areas, located at the most specific
    of them: precision 2 at a town or district, 3 at a province (ACLED's rule for villages
    missing from its gazetteer)."""
    area = chain.areas[0]
    precision = 3 if area.feature == "admin1" else 2
    return _place_from(area, r.start, r.end, r.text, precision)


def _resolve_raw(text: str, r: Raw, ctx: _Context, gazetteer: Gazetteer,
                 chain: AdminChain | None = None) -> Place | None:
    if r.kind == "border":
        name = re.sub(r"^(?:the\s+)", "", r.text, flags=re.IGNORECASE)
        return Place(start=r.start, end=r.end, text=r.text, name=name, country=r.country, feature="region",
                     precision=3)
    if r.kind == "region":
        regions = [c for c in gazetteer.lookup_exact(r.text) if c.feature == "region"]
        if not regions:
            return None
        return _place_from(regions[0], r.start, r.end, r.text, 3 if regions[0].country else 4)
    if r.kind == "embedded":
        # Inside a name: countries, demonyms and well-known places only.
        kind = "country" if r.country else "untagged"
        span = _landmark_span(text, r.start, r.end)
        if not r.country and span is not None and _ROAD_NAME.search(text[span[0]:span[1]]) \
                and not re.match(r"\s+[A-Z]", text[span[1]:span[1] + 3]):
            return None  # "Baru Road", "Mombasa Road": a road named after a place, not in it
        return _resolve_raw(text, replace(r, kind=kind), ctx, gazetteer, chain)
    if r.kind == "country" and r.country:
        c = gazetteer.country(r.country)
        if c is None:
            return Place(start=r.start, end=r.end, text=r.text, name=None, country=r.country,
                         feature="country", precision=4)
        return _place_from(c, r.start, r.end, r.text, 4)
    if r.kind in ("toponym", "cued", "untagged", "embedded") and not any(ch.isupper() for ch in r.text):
        return None  # "the canton of X": a common noun the model tagged, not a place's name
    if r.kind == "cued":
        iso = country_of_word(r.text)
        if iso:
            return _resolve_raw(text, Raw(r.start, r.end, r.text, "country", country=iso), ctx, gazetteer)
    cands = gazetteer.lookup(r.text) if r.kind in ("toponym", "cued") else gazetteer.lookup_exact(r.text)
    generic = _GENERIC_SUFFIX.search(r.text)
    if not cands and generic and generic.start() > 2:
        # "Makassar city", "Narok County", "Toboali district": the name without its kind.
        cands = gazetteer.lookup(r.text[:generic.start()])
        if generic.group(1).lower() in _ADMIN_WORDS:
            cands = [c for c in cands if c.feature in ("admin1", "admin2")] or cands
    if not cands and r.kind in ("toponym", "cued") and ctx.countries and chain is None:
        # A misspelled town of a country the text points to ("Nygeri" in a Kenyan story); a name
        # with areas written after it is rather a village placed at its areas.
        cands = gazetteer.lookup_fuzzy(r.text, ctx.countries)
    part_of = not cands and r.kind in ("toponym", "cued") and bool(ctx.countries)
    if part_of:
        # "West Kisaran", "Narok North", "the Laikipia Plateau": part of a known town's or area's land.
        cands = compass_base(r.text, ctx.countries, gazetteer)
    if chain is not None:
        inside = [c for c in cands if within_chain(c, chain)] or named_town_of_country(
            r.text, text[r.end:r.end + 20], cands, chain)
        if inside or not cands or len(chain.areas) > 1 or chain.areas[0].feature == "admin1" \
                or cands[0].population < CHAIN_OVERRIDE_POPULATION:
            cands = inside
            if not cands:
                return _in_area_fallback(r, chain)
        else:
            chain = None  # a city, and one small area elsewhere ("Yogyakarta (Java)" is not in Java, Georgia)
    qualifier = _qualifier(text, r.end, gazetteer)
    if qualifier is not None:
        narrowed = [c for c in cands if c.country in qualifier.countries
                    and (not qualifier.admin1 or c.admin1 in qualifier.admin1)]
        cands = narrowed or cands
    if _AFTER_TOWN.search(text[max(0, r.start - 40):r.start]):
        # "Tacoma, Washington": after a town, a name that is also a US state is the state.
        cands = [c for c in cands if c.feature == "admin1" and c.country == "USA"] or cands
    if ADMIN_AFTER.match(text[r.end:r.end + 20]):
        # "Kirkuk province": the division, not its capital, when the gazetteer has it.
        cands = [c for c in cands if c.feature == "admin1"] or cands
    best = _choose(cands, qualifier or ctx, tagged=r.kind == "toponym", words=len(r.text.split()))
    if r.kind == "untagged" and (best is None or not (chain or _untagged_ok(best, ctx))):
        return None
    if r.kind == "cued" and (best is None or not (chain or _untagged_ok(best, ctx, CUED_MIN_POPULATION))):
        return None
    if best is None and (r.label == "FAC" or re.search(rf"{LANDMARK_NOUN}s?$", r.text)):
        inner = _town_inside(r.text, ctx, gazetteer)
        if inner is not None:
            return _place_from(inner, r.start, r.end, r.text, 2, feature="landmark")
    if best is None:
        if r.label == "FAC":
            return Place(start=r.start, end=r.end, text=r.text, name=r.text, country=None,
                         feature="landmark", precision=2)
        precision = 3 if r.label == "LOC" else _precision_for(text, r.start, r.end, "city")
        return Place(start=r.start, end=r.end, text=r.text, name=r.text, country=None, precision=precision)
    if best.feature == "city":
        span = _landmark_span(text, r.start, r.end)
        if span is not None:
            s, e = span
            return _place_from(best, s, e, text[s:e], 2, feature="landmark")
    precision = _precision_for(text, r.start, r.end, best.feature)
    if best.feature == "region" and best.country:
        precision = 3
    if part_of:
        precision = max(precision, 2)
    return _place_from(best, r.start, r.end, r.text, precision)


_AFTER_TOWN = re.compile(r"\b[A-Z][\w.'\u2019-]+,\s+$")
# A road is named after where it leads or after a person, not after the town it runs through.
# (A ring road runs round its town: "the Maputo Ring Road".)
_ROAD_NAME = re.compile(r"(?<!Ring )\b(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Highway|Boulevard|Jalan|Jl)\.?$",
                        re.IGNORECASE)


def _town_inside(name: str, ctx: _Context, gazetteer: Gazetteer) -> Candidate | None:
    """The town a landmark's name starts or ends with ("Baghdad International Airport")."""
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        for part in (" ".join(words[:n]), " ".join(words[-n:])):
            if not part[:1].isupper() or name_key(part) in NOT_PLACES:
                continue
            best = _choose([c for c in gazetteer.lookup_exact(part) if c.feature == "city"], ctx)
            if best is not None and (best.population >= 50_000 or best.country in ctx.countries):
                return best
    return None


def _untagged_ok(best: Candidate, ctx: _Context, min_population: int = UNTAGGED_MIN_POPULATION) -> bool:
    """Whether a name the model did not tag as a place is taken as one: countries, states, big
    towns, and towns in a country the text names."""
    if best.feature in ("country", "admin1"):
        return True
    if best.population >= min_population:
        return True
    return best.country in ctx.countries and best.population >= UNTAGGED_MIN_POPULATION_IN_CONTEXT


def refine(place: Place, **changes: Any) -> Place:
    """A copy of a Place with fields changed (for callers that adjust precision or span)."""
    return replace(place, **changes)

