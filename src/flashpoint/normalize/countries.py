"""Country names, aliases, demonyms and ISO codes (from `data/countries.tsv`).

All look-ups are case-insensitive, ignore a leading "the", surrounding punctuation and
repeated whitespace, and return ISO 3166-1 alpha-3 codes. The table is read once, on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Country:
    """One row of `countries.tsv`."""

    iso2: str
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Tables:
    by_iso3: dict[str, Country]
    by_iso2: dict[str, str]
    by_name: dict[str, str]
    by_demonym: dict[str, str]
    acronyms: dict[str, str]


_THE = re.compile(r"^the\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# Curly apostrophes and dashes are folded so "Côte d’Ivoire" matches "Côte d'Ivoire".
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-"})


def normalize_key(text: str) -> str:
    """The look-up key of a name: casefolded, quotes/dashes folded, whitespace collapsed,
    surrounding punctuation (except a final '.' of an abbreviation) and a leading 'the' removed."""
    key = _SPACES.sub(" ", text.translate(_FOLD)).strip().strip(",;:!?\"()[]{}")
    key = _THE.sub("", key).casefold()
    # "U.S." keeps its dots, but "Iraq." at a sentence end does not.
    if key.endswith(".") and not re.search(r"(?:^|\.)[a-z]\.$", key):
        key = key[:-1]
    return key


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split("|") if part.strip())


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    """Read `countries.tsv` once; names and aliases win over nothing, first row wins on clashes."""
    text = resources.files("flashpoint.data").joinpath("countries.tsv").read_text(encoding="utf-8")
    by_iso3: dict[str, Country] = {}
    by_iso2: dict[str, str] = {}
    by_name: dict[str, str] = {}
    by_demonym: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    header_seen = False
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        cols = (line.split("\t") + ["", "", "", "", ""])[:5]
        row = Country(cols[0], cols[1], cols[2], _split(cols[3]), _split(cols[4]))
        by_iso3[row.iso3] = row
        by_iso2[row.iso2] = row.iso3
        # The official name beats an alias of another country ("Congo" is the Republic's alias only).
        by_name[normalize_key(row.name)] = row.iso3
    for row in by_iso3.values():
        for alias in row.aliases:
            # Short all-capital aliases ("US", "CAR", "PNG") are words in lower case ("us", "car"),
            # so they match only as written, in capitals.
            if _is_acronym(alias):
                acronyms.setdefault(alias.replace(".", ""), row.iso3)
            else:
                by_name.setdefault(normalize_key(alias), row.iso3)
        for dem in row.demonyms:
            if _is_acronym(dem):
                acronyms.setdefault(dem.replace(".", ""), row.iso3)
            else:
                by_demonym.setdefault(normalize_key(dem), row.iso3)
    return _Tables(by_iso3, by_iso2, by_name, by_demonym, acronyms)


def _is_acronym(alias: str) -> bool:
    """True for aliases written as capital initials: "US", "U.S.", "DRC", "U.A.E."."""
    letters = alias.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 4


def acronym_iso3(text: str) -> str | None:
    """ISO3 for a capital-letter country acronym as written ("US", "U.S.", "DRC"); None for
    other text, including the same letters in lower case ("us")."""
    stripped = text.strip()
    return _tables().acronyms.get(stripped.replace(".", "")) if _is_acronym(stripped) else None


def iso3_for_name(name: str) -> str | None:
    """ISO3 code of a country named by its name, alias or code ("Iraq", "the United States",
    "U.S.", "USA", "UK", "DRC", "Burma"); None when the text is not a country name."""
    if not name:
        return None
    tables = _tables()
    key = normalize_key(name)
    found = tables.by_name.get(key) or acronym_iso3(_THE.sub("", name.strip()))
    if found:
        return found
    upper = name.strip().upper()
    if len(upper) == 3 and upper in tables.by_iso3 and name.strip().isupper():
        return upper
    return None


def iso3_for_demonym(word: str) -> str | None:
    """ISO3 code for a country adjective or people noun ("Iraqi", "Saudis", "Congolese" -> COD,
    "Nigerien" -> NER, "Nigerian" -> NGA). Only exact demonyms match: "pro-Iranian" and
    "Kurdish" (no country) give None."""
    if not word:
        return None
    return _tables().by_demonym.get(normalize_key(word)) or acronym_iso3(word)


def country_name(iso3: str) -> str | None:
    """The short English name ACLED uses for a country ("United States", "Democratic Republic
    of Congo"), or None for an unknown code."""
    row = _tables().by_iso3.get(iso3.strip().upper()) if iso3 else None
    return row.name if row else None


def iso3_for_iso2(iso2: str) -> str | None:
    """ISO3 code for an ISO 3166-1 alpha-2 code ("IQ" -> "IRQ"), None if unknown."""
    return _tables().by_iso2.get(iso2.strip().upper()) if iso2 else None


def country(iso3: str) -> Country | None:
    """The full table row of a country by ISO3 code."""
    return _tables().by_iso3.get(iso3.strip().upper()) if iso3 else None


def all_countries() -> tuple[Country, ...]:
    """Every row of the table, in file order."""
    return tuple(_tables().by_iso3.values())


def name_table() -> dict[str, str]:
    """Normalised country name/alias key -> ISO3 (a copy; for matchers that scan text)."""
    return dict(_tables().by_name)


def demonym_table() -> dict[str, str]:
    """Normalised demonym key -> ISO3 (a copy; for matchers that scan text)."""
    return dict(_tables().by_demonym)
