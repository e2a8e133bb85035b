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
looks names up, `places_mentions` finds mentions (with the words of `places_words` and the
positional cues of `places_cues`), `places_admin` reads admin chains, `places_choose` weighs
namesakes against the text's context, `places_parts` reads names that hold or are another kind of
place ("Georgia" the US state, "north west London", "Royal Street" in the text's town); this
module resolves them (`find_places`, `resolve_spans`, `resolve`).

ACLED geo-precision: 1 the town itself; 2 near/outside/N km from a town, its outskirts, a
district or landmark of it; 3 a region or province (admin1, border area); 4 the country only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from flashpoint.normalize.actors_dictionary import ethnic_countries, ethnic_group
from flashpoint.normalize.countries import iso3_for_name
from flashpoint.normalize.places_admin import (
    AdminChain,
    admin_chain,
    named_town_of_country,
    near_district,
    within_chain,
)
from flashpoint.normalize.places_choose import (
    CHAIN_OVERRIDE_POPULATION,
    CUED_MIN_POPULATION,
    CUED_MIN_POPULATION_IN_CONTEXT,
    VILLAGE_MAX_POPULATION,
    Context,
    choose,
    qualifier,
    text_context,
    untagged_ok,
)
from flashpoint.normalize.places_cues import is_village, landmark_span, local_compass_names, route_end_at
from flashpoint.normalize.places_gazetteer import Candidate, name_key
from flashpoint.normalize.places_lookup import Gazetteer
from flashpoint.normalize.places_mentions import (
    ADMIN_AFTER,
    AFTER_NEAR,
    BEFORE_NEAR,
    LANDMARK_NOUN,
    NOT_PLACES,
    Raw,
    country_of_word,
    raw_mentions,
)
from flashpoint.normalize.places_parts import (
    division_in_list,
    divisions_not_countries,
    known_part,
    sites_in_towns,
    towns_not_states,
    unknown_spans_in_towns,
    with_inner_provinces,
)
from flashpoint.normalize.places_vote import (
    compass_base,
    drop_far_namesakes,
    drop_span_namesakes,
    latent_countries,
    near_points,
)
from flashpoint.records import Mention, Place

__all__ = ["Candidate", "Gazetteer", "find_places", "resolve", "resolve_spans"]

_FEATURE_PRECISION = {"country": 4, "admin1": 3, "admin2": 3, "region": 4, "city": 1, "landmark": 2}


def resolve(name: str, context_countries: Sequence[str], gazetteer: Gazetteer) -> Place | None:
    """Resolve one place name to its most likely gazetteer entry, preferring entries in the
    given countries (ISO3); None when the gazetteer does not know the name. The Place carries no
    text span (start = end = 0) and the precision of its feature."""
    iso = iso3_for_name(name)
    cands = gazetteer.lookup(name)
    if iso and not cands:
        country = gazetteer.country(iso)
        cands = [country] if country else []
    best = choose(cands, Context(frozenset(context_countries), frozenset()))
    if best is None:
        return None
    return _place_from(best, 0, 0, name, _FEATURE_PRECISION.get(best.feature, 4))


def _place_from(c: Candidate, start: int, end: int, text: str, precision: int,
                feature: str | None = None) -> Place:
    return Place(start=start, end=end, text=text, name=c.name, country=c.country, admin1=c.admin1,
                 lat=c.lat, lon=c.lon, geonames_id=c.geonames_id or None, feature=feature or c.feature,
                 precision=precision, population=c.population, seat=c.seat)


def _precision_for(text: str, start: int, end: int, feature: str) -> int:
    base = _FEATURE_PRECISION.get(feature, 1)
    if base == 1 and (BEFORE_NEAR.search(text[max(0, start - 60):start])
                      or AFTER_NEAR.match(text[end:end + 30])):
        return 2
    return base


def find_places(text: str, entities: Sequence[Mention], gazetteer: Gazetteer,
                focus: frozenset[str] = frozenset()) -> list[Place]:
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
    Places inside organisation names ("the Toronto Star") are listed too. A site the gazetteer
    cannot place ("Royal Street", "the Carnegie Library") is a landmark of the town named nearest
    to it, when the text names one.

    `focus`: ISO3 codes of the countries the source covers (a feed's or collection's country,
    `Document.country`). A text that names no country is read as being about them: their
    namesakes win, as a named country's would. A text that names a country is read as it is.
    """
    raws = divisions_not_countries(raw_mentions(text, entities, gazetteer), gazetteer)
    named_countries = text_context(raws, {}, gazetteer).countries
    # A text that names no country: the source's country, else the country its place names
    # agree on, if any.
    latent = frozenset() if named_countries else (focus or latent_countries(text, raws, gazetteer))
    chains: dict[int, AdminChain] = {}
    for r in raws:
        if r.kind in ("toponym", "untagged", "cued", "embedded") and (
                chain := admin_chain(text, r.end, gazetteer, named_countries or latent, r.text)):
            chains[r.start] = chain
    ctx = text_context(raws, chains, gazetteer, text)
    if latent:
        ctx = replace(ctx, countries=ctx.countries | latent, latent=latent, placed=ctx.placed | latent)
    # Words the model tags as (part of) a person or organisation elsewhere are not unknown places
    # ("Buhari" after "Muhammadu Buhari").
    named = {w for ent in entities if ent.label in ("PERSON", "ORG") for w in ent.text.split()}
    places = _resolve_all(text, raws, ctx, gazetteer, chains, named)
    if len(places) > 1:
        # Again, each name now preferring namesakes near the text's other towns.
        places = _resolve_all(text, raws, ctx, gazetteer, chains, named, places)
    # The areas of chains their names lie in (not of one a big city overrode) anchor the text; a
    # lone town in brackets or after a comma does not (it may be a translation, "Dozhd (Rain)",
    # or the next town of a list).
    resolved = {p.start: p.country for p in places}
    anchors = [a for start, chain in chains.items() if resolved.get(start, chain.country) == chain.country
               and (len(chain.areas) > 1 or chain.areas[0].feature != "city")
               for a in chain.areas]
    return sites_in_towns(drop_far_namesakes(places, anchors, ctx.countries, ctx.admin1))


def _resolve_all(text: str, raws: Sequence[Raw], ctx: Context, gazetteer: Gazetteer,
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
    r"\s+(city|town|township|village|district|sub-?district|regency|province|county|sub-?county|state|region|"
    r"municipality|prefecture|department|commune|ward|island|governorate|division|locality|area)$",
    re.IGNORECASE)
_ADMIN_WORDS = frozenset({"province", "state", "region", "governorate", "prefecture", "department"})


def resolve_spans(text: str, spans: Sequence[tuple[int, int]], gazetteer: Gazetteer,
                  entities: Sequence[Mention] = ()) -> list[Place]:
    """Resolve toponyms someone else found (a gold annotation, another recogniser): one Place per
    span, in the order given, with the span's own offsets and text. Country names, acronyms and
    demonyms ("Iraqi") resolve to their country. The context is that of `find_places` over the
    spans and, when given, the text's entities (countries named, admin chains after a span).
    A span the gazetteer does not know gives a Place with no coordinates (feature "unknown"),
    unless the spans name a town: a site (a street, building or ground: "Royal Street") is then a
    landmark of the nearest (`places_parts.sites_in_towns`), and any other name lies in the
    nearest town's area, precision 3 (`places_parts.unknown_spans_in_towns`)."""
    found = raw_mentions(text, entities, gazetteer) if entities else []
    raws = divisions_not_countries([_span_raw(text, s, e, gazetteer) for s, e in spans], gazetteer, found)
    found = divisions_not_countries(found, gazetteer, raws)  # (the text's own mentions of such a name)
    chains = {r.start: c for r in raws
              if r.kind == "toponym" and (c := admin_chain(text, r.end, gazetteer, name=r.text))}
    ctx = text_context([*raws, *found], chains, gazetteer, text)
    first = [_resolve_raw(text, r, ctx, gazetteer, chains.get(r.start)) for r in raws]
    others = [p for p in first if p is not None]
    ctx = with_inner_provinces(ctx, others)
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
    return unknown_spans_in_towns(sites_in_towns(drop_span_namesakes(out, ctx.countries), agree=True))


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


def _resolve_raw(text: str, r: Raw, ctx: Context, gazetteer: Gazetteer,
                 chain: AdminChain | None = None, own_name: bool = False) -> Place | None:
    """One mention resolved (`own_name`: a name inside a longer name, which names a town by the
    town's own name only: "the Bank of Mexico" does not name a town whose alternate name is "Bank")."""
    if r.kind == "border":
        name = re.sub(r"^(?:the\s+)", "", r.text, flags=re.IGNORECASE)
        return Place(start=r.start, end=r.end, text=r.text, name=name, country=r.country, feature="region",
                     precision=3)
    if r.kind == "region":
        regions = [c for c in gazetteer.lookup_exact(r.text) if c.feature == "region"]
        if not regions:
            return None
        return _place_from(regions[0], r.start, r.end, r.text, 3 if regions[0].country else 4)
    if r.kind in ("embedded", "untagged", "cued", "toponym") and not r.country \
            and (m := _DIVISION_NAMED_AFTER.match(text[r.end:r.end + 60])) \
            and not _COMPASS_AFTER.fullmatch(m.group(1)):
        # "Tanjung Priok district", "Kertak Baru Ulu sub-district": a division named by several
        # words, not a town named by its first one.
        return None
    if r.kind == "embedded":
        # Inside a name: countries, demonyms and well-known places only.
        kind = "country" if r.country else "untagged"
        span = landmark_span(text, r.start, r.end)
        if not r.country and span is not None and _ROAD_NAME.search(text[span[0]:span[1]]) \
                and not re.match(r"\s+[A-Z]", text[span[1]:span[1] + 3]):
            return None  # "Baru Road", "Mombasa Road": a road named after a place, not in it
        return _resolve_raw(text, replace(r, kind=kind), ctx, gazetteer, chain, own_name=True)
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
    if own_name:
        cands = [c for c in cands if not (c.alias and c.feature == "city")]
    generic = _GENERIC_SUFFIX.search(r.text)
    if not cands and generic and generic.start() > 2:
        # "Makassar city", "Narok County", "Toboali district": the name without its kind.
        cands = gazetteer.lookup(r.text[:generic.start()])
        if generic.group(1).lower() in _ADMIN_WORDS:
            cands = [c for c in cands if c.feature in ("admin1", "admin2")] or cands
    states = {(c.country, name_key(c.name)) for c in cands if c.feature == "admin1"}
    if states and not generic:
        # "a Delaware company": a bare name that is a state's and a county's (or a small town's
        # elsewhere) is the state; a county named after a state is written with its kind.
        cands = towns_not_states([c for c in cands
                                  if c.feature != "admin2" or (c.country, name_key(c.name)) not in states])
    if not cands:
        # "Southeast Sulawesi", "North Maluku": an English compass name of a division known by
        # its local name ("Sulawesi Tenggara", "Maluku Utara").
        base = r.text[:generic.start()] if generic and generic.start() > 2 else r.text
        cands = [c for alt in local_compass_names(base) for c in gazetteer.lookup_exact(alt)
                 if c.feature in ("admin1", "admin2")]
    if not cands and r.kind in ("toponym", "cued") and ctx.countries and chain is None:
        # A misspelled town of a country the text points to ("Nygeri" in a Kenyan story); a name
        # with areas written after it is rather a village placed at its areas.
        cands = gazetteer.lookup_fuzzy(r.text, ctx.countries)
    part_of = not cands and r.kind in ("toponym", "cued") and bool(ctx.countries)
    if part_of:
        # "West Kisaran", "Narok North", "the Laikipia Plateau": part of a known town's or area's land.
        cands = compass_base(r.text, ctx.countries, gazetteer)
        if not cands and generic and generic.start() > 2:  # "Central Jakarta City"
            cands = compass_base(r.text[:generic.start()], ctx.countries, gazetteer)
    if chain is not None:
        inside = [c for c in cands if within_chain(c, chain)] or named_town_of_country(
            r.text, text[r.end:r.end + 20], cands, chain)
        if inside or not cands or len(chain.areas) > 1 or chain.areas[0].feature == "admin1" \
                or cands[0].population < CHAIN_OVERRIDE_POPULATION or _DIVISION_AFTER.match(text[r.end:r.end + 30]):
            cands = near_district(inside, chain)
            if not cands:
                return _in_area_fallback(r, chain)
        else:
            # A city, and one small area elsewhere ("Yogyakarta (Java)" is not in Java, Georgia); not a
            # district named like a city ("Kuningan district (South Jakarta, ...)").
            chain = None
    group = ethnic_group(r.text)
    if group is not None and re.match(r"\s+[a-z]", text[r.end:r.end + 3]):
        # "Arab pastoralists", "Pokot raiders": a community's name used as an adjective names a
        # place only in its homelands ("Kisii traders"), not a namesake town elsewhere (Arab, Alabama).
        homes = ethnic_countries(group)
        cands = [c for c in cands if c.country in homes]
    if is_village(text, r.start, r.end):
        # "the village of Tire", "Olinda village": in a text set in named countries, a village there,
        # not a namesake town abroad; anywhere, not a town of 50,000 or a town matched only by an
        # alternate name or spelling abroad.
        cands = [c for c in cands if c.feature not in ("city", "admin2") or (
            (c.country in ctx.countries or not (ctx.countries or c.alias or c.variant))
            and c.population < VILLAGE_MAX_POPULATION)]
    if ctx.placed and (_DIVISION_AFTER.match(text[r.end:r.end + 30]) or _DIVISION_BEFORE.search(
            text[max(0, r.start - 40):r.start]) or _DIVISION_SUFFIX.search(r.text)):
        # "Palma district", "the district of X", "X ward" in a text set in named countries: a local
        # division there, not a town abroad unless a big city (a district takes its town's name).
        cands = [c for c in cands if c.feature not in ("city", "admin2") or c.country in ctx.countries
                 or c.population >= DIVISION_ABROAD_MIN_POPULATION]
    named_after = qualifier(text, r.end, gazetteer)
    if named_after is not None:
        narrowed = [c for c in cands if c.country in named_after.countries
                    and (not named_after.admin1 or c.admin1 in named_after.admin1)]
        cands = narrowed or cands
    if _AFTER_TOWN.search(text[max(0, r.start - 40):r.start]):
        # "Tacoma, Washington": after a town, a name that is also a US state is the state.
        cands = [c for c in cands if c.feature == "admin1" and c.country == "USA"] or cands
    cands = division_in_list(text, r.start, r.end, cands, gazetteer)
    if ADMIN_AFTER.match(text[r.end:r.end + 20]):
        # "Kirkuk province": the division, not its capital, when the gazetteer has it.
        cands = [c for c in cands if c.feature == "admin1"] or cands
    best = choose(cands, named_after or ctx, tagged=r.kind == "toponym", words=len(r.text.split()))
    if r.kind == "untagged" and (best is None or not (chain or untagged_ok(best, ctx))):
        return None
    if r.kind == "cued" and (best is None or not (
            chain or untagged_ok(best, ctx, CUED_MIN_POPULATION, CUED_MIN_POPULATION_IN_CONTEXT))):
        return None
    if best is None and (r.label == "FAC" or re.search(rf"{LANDMARK_NOUN}s?$", r.text)) \
            and not _ROAD_NAME.search(r.text) and not generic:
        # (A road is named after where it leads or a person: "Bourbon Street" is not in Bourbon; a
        # division or town written with its kind is named by all its words: "Tanjung Priok
        # district" is not a quarter of a town called Tanjung.)
        inner = _town_inside(r.text, ctx, gazetteer)
        if inner is not None:
            return _place_from(inner, r.start, r.end, r.text, 2, feature="landmark")
    if best is None and r.kind == "toponym" and r.label in ("GPE", "LOC") and " " in r.text.strip() \
            and not generic and not gazetteer.lookup(r.text):
        # "north west London", "the Republic of Armenia", "Western US": a known place in a name the
        # gazetteer does not know (not a namesake ruled out above, "Olinda village").
        part = known_part(r.text, ctx, gazetteer)
        if part is not None:
            return _place_from(part, r.start, r.end, r.text, max(2, _FEATURE_PRECISION.get(part.feature, 2)))
    if best is None:
        if r.label == "FAC":
            return Place(start=r.start, end=r.end, text=r.text, name=r.text, country=None,
                         feature="landmark", precision=2)
        precision = 3 if r.label == "LOC" else _precision_for(text, r.start, r.end, "city")
        return Place(start=r.start, end=r.end, text=r.text, name=r.text, country=None, precision=precision)
    if route_end_at(text, r.start, r.end):
        # "the Nyeri-Nyahururu road": on the road from or to the town, not a landmark in it.
        return _place_from(best, r.start, r.end, r.text, max(2, _FEATURE_PRECISION.get(best.feature, 1)))
    if best.feature == "city":
        span = landmark_span(text, r.start, r.end)
        if span is not None:
            s, e = span
            return _place_from(best, s, e, text[s:e], 2, feature="landmark")
    precision = _precision_for(text, r.start, r.end, best.feature)
    if best.feature == "region" and best.country:
        precision = 3
    if part_of:
        precision = max(precision, 2)
    return _place_from(best, r.start, r.end, r.text, precision)


# Local divisions named after their towns ("Palma district", "the district of Palma", "Kware Ward").
_LOCAL_DIVISION = r"(?:sub[\s-]?district|district|regency|sub[\s-]?county|ward|commune|municipality|constituency" \
    r"|administrative\s+post)"
_DIVISION_AFTER = re.compile(rf"^\s+{_LOCAL_DIVISION}\b", re.IGNORECASE)
_DIVISION_BEFORE = re.compile(rf"\b{_LOCAL_DIVISION}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_DIVISION_SUFFIX = re.compile(rf"\s{_LOCAL_DIVISION}$", re.IGNORECASE)
# A town abroad at least this big may still be the one a division written with its kind is named after.
DIVISION_ABROAD_MIN_POPULATION = 1_000_000
# Capitalised words and a division's kind after a name: the name is the first word of the division's.
# (A compass word there names a part of the place's own area: "Samburu North Sub County"; a capitalised
# word after the kind makes it a title or a body's name: "the X County Assistant District Attorney".)
_DIVISION_NAMED_AFTER = re.compile(
    r"((?:[ -][A-Z][\w'\u2019]*){1,3}?)\s+(?i:sub[\s-]?district|district|sub[\s-]?county|county|regency|province|"
    r"ward|village|constituency|municipality|commune|prefecture|locality|kecamatan|kelurahan)\b(?!\s+[A-Z])")
_COMPASS_AFTER = re.compile(r"[ -](?:North|South|East|West|Central|Nord|Sud|Est|Ouest|Centre|Utara|Selatan|Timur|"
                            r"Barat|Tengah)")
_AFTER_TOWN = re.compile(r"\b[A-Z][\w.'\u2019-]+,\s+$")
# A road is named after where it leads or after a person, not after the town it runs through.
# (A ring road runs round its town: "the Maputo Ring Road".)
_ROAD_NAME = re.compile(r"(?<!Ring )\b(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Highway|Boulevard|Jalan|Jl)\.?$",
                        re.IGNORECASE)


def _town_inside(name: str, ctx: Context, gazetteer: Gazetteer) -> Candidate | None:
    """The town a landmark's name starts or ends with ("Baghdad International Airport")."""
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        for part in (" ".join(words[:n]), " ".join(words[-n:])):
            if not part[:1].isupper() or name_key(part) in NOT_PLACES:
                continue
            # By the town's own name ("Far North Queensland" is not Pharr, Texas, "Far North").
            best = choose([c for c in gazetteer.lookup_exact(part) if c.feature == "city" and not c.alias], ctx)
            if best is not None and (best.population >= 50_000 or best.country in ctx.countries):
                return best
    return None


def refine(place: Place, **changes: Any) -> Place:
    """A copy of a Place with fields changed (for callers that adjust precision or span)."""
    return replace(place, **changes)

