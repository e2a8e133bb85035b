"""GeoNames reference points for countries and first-level divisions (`places_reference.tsv`).

A mention of a country or a province is reported where GeoNames puts it (the convention of
toponym resolution: geoparsers return GeoNames entries), while an event known only at that level
is coded where ACLED codes it (a country at its centre, a division at its seat). The gazetteer
build moves each listed entry to its reference point and keeps the point it had as its *seat*
(see `flashpoint.normalize.places_lookup.event_point`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from flashpoint.normalize.countries import iso3_for_name

# A division the gazetteer lacks is added with this size proxy (it ranks below real cities).
ADDED_DIVISION_RANK = 100_000


def apply_reference(entries: list[Any], names: list[list[str]], rows: Sequence[Sequence[str]],
                    key: Callable[[str], str]) -> dict[int, tuple[float, float]]:
    """Move the countries and divisions of `rows` (iso3, feature, name, aliases, lat, lon; an empty
    name is the country itself) to their reference points, keeping the point they had as their
    seat, and add the divisions the gazetteer lacks (not one named like a country: "Niger" must
    already be known as Niger State). A division row matches the country's division by any of its
    names or the row's (compared by `key`); the row's name and aliases become names of the entry.
    Returns entry index -> seat."""
    where: dict[tuple[str | None, str, str], int] = {}
    for i, (entry, entry_names) in enumerate(zip(entries, names, strict=True)):
        if entry[6] == "country":
            where.setdefault((entry[2], "country", ""), i)
        elif entry[6] == "admin1":
            for name in {*entry_names, entry[3] or entry[1]}:
                where.setdefault((entry[2], "admin1", key(name)), i)
    seats: dict[int, tuple[float, float]] = {}
    for iso3, feature, name, aliases, lat_s, lon_s in (r[:6] for r in rows if len(r) >= 6):
        try:
            lat, lon = float(lat_s), float(lon_s)
        except ValueError:
            continue
        alias_list = [a for a in aliases.split("|") if a]
        keys = [key(n) for n in (name, *alias_list)] if name else [""]
        found = next((where[k] for k in ((iso3, feature, x) for x in keys) if k in where), None)
        if found is None:
            if feature == "admin1" and name and not iso3_for_name(name):
                entries.append((0, name, iso3, name, lat, lon, "admin1", ADDED_DIVISION_RANK))
                names.append([name, *alias_list])
            continue
        idx = found
        entry = entries[idx]
        if entry[4] is not None and entry[5] is not None and (entry[4], entry[5]) != (lat, lon):
            seats[idx] = (entry[4], entry[5])
        entries[idx] = (*entry[:4], lat, lon, *entry[6:])
        names[idx].extend(n for n in (name, *alias_list) if n and n not in names[idx])
    return seats
