"""Where an event is when the text names no place of it: the home country of the state forces,
parties and communities the text names (`find_location`'s last fallbacks, country only)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..normalize.actors_dictionary import ActorDictionary, _tokens, ethnic_countries
from ..normalize.countries import country_name, iso3_for_demonym
from ..records import Place
from .context import DocContext

# Actor kinds whose dictionary country is where they act: a state's forces, parties and local militias.
_HOME_KINDS = frozenset({"state_forces", "political_militia"})


@lru_cache(maxsize=16)
def _home_actor_countries(text: str, actors: ActorDictionary, kinds: frozenset[str] = _HOME_KINDS) -> frozenset[str]:
    """The countries of the actors of `kinds` (`_HOME_KINDS`) named in the text."""
    toks = _tokens(text)
    found: set[str] = set()
    i = 0
    while i < len(toks):
        hit = actors.match(toks[i:i + 8])
        if hit is None or hit[1] != 0:
            i += 1
            continue
        entry, _, end = hit
        if entry.kind in kinds and entry.country and len(entry.country) == 3 \
                and not _ambiguous_actor(entry.name, actors):
            found.add(entry.country)
        i += end
    return frozenset(found)


def _letters(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalpha())


@lru_cache(maxsize=256)
def _ambiguous_actor(name: str, actors: ActorDictionary) -> bool:
    """Whether one of the actor's names is within two letters of a name of an actor of another
    country ("Ahlu Sunna Wal Jamaa" names groups in Somalia and in Mozambique): its country is then
    no evidence of where it acts."""
    entry = actors.entry(name)
    if entry is None or not entry.country:
        return False
    keys = {k for k in (_letters(a) for a in (entry.name, *entry.aliases)) if len(k) >= 8}
    for other in actors.entries:
        if other.country == entry.country or not other.country or len(other.country) != 3:
            continue
        for alias in (other.name, *other.aliases):
            b = _letters(alias)
            if any(abs(len(b) - len(a)) <= 2 and _within_two(a, b) for a in keys):
                return True
    return False


def _within_two(a: str, b: str) -> bool:
    """Levenshtein distance of at most 2 (banded)."""
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        lo, hi = max(1, i - 2), min(len(b), i + 2)
        for j in range(1, len(b) + 1):
            if j < lo or j > hi:
                cur[j] = 3
                continue
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
        if min(cur) > 2:
            return False
        prev = cur
    return prev[-1] <= 2


def actor_country(ctx: DocContext) -> list[Place]:
    """The country of the named state forces and parties or local militias of the text (see
    `_HOME_KINDS`), when they all agree; empty otherwise."""
    found = _home_actor_countries(ctx.text, ctx.actors)
    if len(found) != 1:
        return []
    iso = next(iter(found))
    return [Place(text=iso, start=0, end=0, name=country_name(iso) or iso, country=iso, feature="country",
                  precision=4)]


# A community living in more states than this says nothing of where it acts.
ETHNIC_MAX_COUNTRIES = 2


@lru_cache(maxsize=16)
def _ethnic_home(text: str, actors: ActorDictionary) -> str | None:
    """The country where all the communities the text names live (`data/actors_ethnic.tsv`):
    the one they share, or, when each lives in at most `ETHNIC_MAX_COUNTRIES` states, the first
    group's main one among those they share; None when they name none or share none."""
    toks = _tokens(text)
    lists: list[tuple[str, ...]] = []
    i = 0
    while i < len(toks):
        for n in (3, 2, 1):
            group = actors.ethnic.get(tuple(t.key for t in toks[i:i + n]))
            if group is not None:
                if (countries := ethnic_countries(group)) and not _inside_proper_name(text, toks, i, actors):
                    lists.append(countries)
                i += n
                break
        else:
            i += 1
    if not lists:
        return None
    shared = [iso for iso in lists[0] if all(iso in other for other in lists[1:])]
    if len(shared) == 1 or (shared and all(len(c) <= ETHNIC_MAX_COUNTRIES for c in lists)):
        return shared[0]
    return None


_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "upper", "lower", "greater",
                            "northern", "southern", "eastern", "western"})


def _inside_proper_name(text: str, toks: Sequence[Any], i: int, actors: ActorDictionary) -> bool:
    """Whether the community's name at token `i` ends a longer proper name ("Dan Turkana", a village):
    the word before it is capitalised, on the same line, not a sentence's first word, not a
    community's or country's name ("Borana and Somali", "Kenyan Somali") and not a compass word
    ("North Pokot" is the community's own land)."""
    if i == 0:
        return False
    prev = toks[i - 1]
    between = text[prev.end:toks[i].start]
    if not prev.text[:1].isupper() or between.strip() or "\n" in between:
        return False
    if actors.ethnic.get((prev.key,)) is not None or iso3_for_demonym(prev.text) is not None \
            or prev.key in _COMPASS_WORDS:
        return False
    return not re.search(r"[.!?:;]\s*$", text[max(0, prev.start - 3):prev.start]) and prev.start > 0


def ethnic_country(ctx: DocContext) -> list[Place]:
    """The home country of the communities the text names (see `_ethnic_home`), country only."""
    iso = _ethnic_home(ctx.text, ctx.actors)
    if iso is None:
        return []
    return [Place(text=iso, start=0, end=0, name=country_name(iso) or iso, country=iso, feature="country",
                  precision=4)]


# A town abroad this big may still be where the parties of a text act (a capital, a city where talks
# are held); a smaller one is a local village's namesake.
FOREIGN_NAMESAKE_MAX_POPULATION = 1_000_000
# Parties and local militias act at home (a state's forces are often deployed abroad).
_PARTY_KINDS = frozenset({"political_militia"})


def foreign_namesake(ctx: DocContext, p: Place) -> bool:
    """Whether a town is a namesake abroad of a place where the text's parties and local militias act
    (`_PARTY_KINDS`, all of one country): it lies in another country, one no other place of the
    text lies in (no country, province, demonym or town), it has no areas written after it, and it
    has fewer than `FOREIGN_NAMESAKE_MAX_POPULATION` people ("supporters of a party rioted in X" is
    at home, not at a small X abroad). A text with a source country (`ctx.focus`) is read by it
    instead."""
    if ctx.focus or p.feature not in ("city", "landmark", "admin2") or p.country is None \
            or p.population >= FOREIGN_NAMESAKE_MAX_POPULATION or ctx.text[p.end:p.end + 2].strip().startswith("("):
        return False
    if any(q.country == p.country for q in ctx.places if q.start != p.start):
        return False
    # Last, as the dearest test: it reads every actor named in the text.
    home = _home_actor_countries(ctx.text, ctx.actors, _PARTY_KINDS)
    return len(home) == 1 and p.country not in home
