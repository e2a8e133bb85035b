"""Choosing among a name's namesakes (see `places.find_places`): the text's context (countries and
provinces it names or agrees on), how big a town outside it must be, and when a name the model
did not tag as a place is taken as one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from flashpoint.normalize.countries import iso3_for_demonym, iso3_for_name
from flashpoint.normalize.places_admin import AdminChain
from flashpoint.normalize.places_gazetteer import Candidate
from flashpoint.normalize.places_lookup import Gazetteer, weight
from flashpoint.normalize.places_mentions import CAP_WORD, Raw
from flashpoint.normalize.places_vote import near_bonus

# A namesake in a country the text names wins unless the best-known one is this many times larger
# ("Paris" in a Texas story is Paris, Texas; "Moscow" in a US story is still Moscow, Russia).
CONTEXT_FACTOR = 200.0
# A further factor for namesakes in a US state the text names.
ADMIN1_FACTOR = 20.0
# A town outside every country the text names must be at least this big.
OUT_OF_CONTEXT_MIN_POPULATION = 50_000
# ... and, when the model tagged it as a place, at least this big in a text that names a country
# or province by its name (not only a nationality: "French troops", "a U.S. vehicle").
TAGGED_ABROAD_MIN_POPULATION = 50_000
# ... and a spelling-variant match there, at least this big even when the model tagged the name.
VARIANT_MIN_POPULATION = 100_000
# ... and, when the text names no country at all, at least this big.
VARIANT_NO_CONTEXT_MIN_POPULATION = 100_000
# A place the text calls a village ("the village of X") is never a town this big.
VILLAGE_MAX_POPULATION = 50_000
# A city this big keeps its own name's place when the one area written after it lies elsewhere.
CHAIN_OVERRIDE_POPULATION = 100_000
# Capitalised names the model did not tag are accepted only for places at least this big
# (or this big inside a country the text names): small towns are named like common words.
UNTAGGED_MIN_POPULATION = 100_000
UNTAGGED_MIN_POPULATION_IN_CONTEXT = 5_000
# After a locative cue ("in", "near", "struck") a smaller town is enough.
CUED_MIN_POPULATION = 10_000
# ... and, in a country the text names, any town the gazetteer lists with this many people.
CUED_MIN_POPULATION_IN_CONTEXT = 1_000



@dataclass(frozen=True, slots=True)
class Context:
    countries: frozenset[str]
    admin1: frozenset[str]
    # Coordinates of the text's other towns (first pass): a namesake near them is the one meant.
    near: tuple[tuple[float, float], ...] = ()
    # Countries of `countries` the text does not name, only agrees on (`latent_countries`).
    latent: frozenset[str] = frozenset()
    # Countries of `countries` the text names by a place's name (a country's own name, not a
    # nationality or an acronym, a province, an admin chain) or agrees on.
    placed: frozenset[str] = frozenset()


def plausible(c: Candidate, ctx: Context, tagged: bool, words: int = 1) -> bool:
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
        # Even a name the model tags as a place is not a far-off town by another spelling, nor a
        # small town abroad when the text names where it is set ("Sultan" beside Abeche and
        # Ouaddai is not Sultan, Washington).
        return (not c.variant or c.population >= VARIANT_MIN_POPULATION) \
            and (not ctx.placed or c.population >= TAGGED_ABROAD_MIN_POPULATION)
    return not c.variant and c.population >= OUT_OF_CONTEXT_MIN_POPULATION


def choose(cands: Sequence[Candidate], ctx: Context, tagged: bool = True, words: int = 1) -> Candidate | None:
    """The candidate with the best context-weighted population (`tagged`: the model tagged the
    name as a place; see `_plausible`). In a text that names no country but is set in one (its
    source's country or the one its places agree on, `Context.latent`), a place there known by
    the name itself beats any place abroad matched only by another of its names or spellings
    ("Namanga" in a Kenyan feed is the Kenyan town, not Namangan, Uzbekistan, however small)."""
    best: Candidate | None = None
    best_score = -math.inf
    own_at_home = any(c.country in ctx.latent and not (c.alias or c.variant) for c in cands)
    for c in cands:
        if not plausible(c, ctx, tagged, words):
            continue
        if own_at_home and (c.alias or c.variant) and c.country is not None and c.country not in ctx.countries:
            continue
        score = math.log(weight(c)) + near_bonus(c, ctx.near)
        if c.country in ctx.countries:
            score += math.log(CONTEXT_FACTOR)
            if c.admin1 and c.admin1 in ctx.admin1:
                score += math.log(ADMIN1_FACTOR)
        if score > best_score:
            best, best_score = c, score
    return best


def text_context(raws: Sequence[Raw], chains: dict[int, AdminChain], gazetteer: Gazetteer, text: str = "") -> Context:
    """Countries and divisions the text names outright (country names, demonyms, state and
    province names, the areas of admin chains)."""
    countries: set[str] = set()
    placed: set[str] = set()
    admin1: set[str] = set()
    for r in raws:
        if r.country:
            countries.add(r.country)
            if r.kind == "country" and r.label != "NORP" and iso3_for_demonym(r.text) is None \
                    and not r.text.isupper() and "." not in r.text and text[r.end:r.end + 1] != "-":
                placed.add(r.country)  # "in Kenya", not "Kenyan", "U.S. troops", "Somalia-based"
        elif r.kind in ("toponym", "untagged", "cued"):
            cands = gazetteer.lookup_exact(r.text)
            if cands and cands[0].feature == "admin1" and not _shared_division(cands):
                admin1.add(cands[0].name)
                admin1.add(cands[0].admin1 or cands[0].name)
                if cands[0].country:
                    countries.add(cands[0].country)
                    placed.add(cands[0].country)
    for chain in chains.values():
        if chain.country:
            countries.add(chain.country)
            placed.add(chain.country)
            admin1.update(a.admin1 for a in chain.areas if a.admin1)
    return Context(frozenset(countries), frozenset(admin1), placed=frozenset(placed))


# A division of another country with at least this share of the largest's weight makes the name
# shared ("North West" is a province of South Africa and a region of Cameroon).
SHARED_DIVISION_SHARE = 0.1


def _shared_division(cands: Sequence[Candidate]) -> bool:
    """Whether a division's name is as much another country's division's (by its own name): such
    a name tells neither country; the text's other names choose between them."""
    top = cands[0]
    return any(c.feature == "admin1" and c.country != top.country and not c.alias
               and weight(c) >= SHARED_DIVISION_SHARE * weight(top) for c in cands[1:])


def qualifier(text: str, end: int, gazetteer: Gazetteer) -> Context | None:
    """The country or state named right after a place ("Paris, Texas", "Kirkuk, Iraq")."""
    m = re.match(rf",\s+((?:{CAP_WORD}\s+)*{CAP_WORD})", text[end:end + 60])
    if not m:
        return None
    word = m.group(1).rstrip(".")
    iso = iso3_for_name(word)
    if iso:
        return Context(frozenset({iso}), frozenset())
    cands = gazetteer.lookup_exact(word)
    if cands and cands[0].feature == "admin1":
        return Context(frozenset({cands[0].country or ""}), frozenset({cands[0].name}))
    return None


def untagged_ok(best: Candidate, ctx: Context, min_population: int = UNTAGGED_MIN_POPULATION,
                 in_context: int = UNTAGGED_MIN_POPULATION_IN_CONTEXT) -> bool:
    """Whether a name the model did not tag as a place is taken as one: countries, states, big
    towns, and towns of `in_context` people in a country the text names (of
    `UNTAGGED_MIN_POPULATION_IN_CONTEXT` in one its names only agree on: a small namesake's own
    vote must not make it the text's country)."""
    if best.feature in ("country", "admin1"):
        return True
    if best.population >= min_population:
        return True
    if best.country not in ctx.countries:
        return False
    return best.population >= (UNTAGGED_MIN_POPULATION_IN_CONTEXT if best.country in ctx.latent else in_context)
