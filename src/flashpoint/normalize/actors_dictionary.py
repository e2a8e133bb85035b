"""The actor dictionary: word tokens and matching keys, named actors and their aliases
(`data/actors.tsv` and user files in its format), ethnic group names (`data/actors_ethnic.tsv`).
See docs/ACTORS.md for the formats. Part of `flashpoint.normalize.actors`."""

from __future__ import annotations

import pathlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from flashpoint.normalize import countries

KINDS: frozenset[str] = frozenset({
    "state_forces", "rebel_group", "political_militia", "identity_militia", "rioters", "protesters",
    "civilians", "external_forces", "government", "organization", "person",
})
LOCATION = "*"
"""Country column value meaning "the country where the event happens"."""

# ---------------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------------

# Apostrophe-like characters in transliterations ("Sha’bi", "Shaʿbi", "Sha`bi") are folded to "'".
_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bf\u02bb\u02bc\u02be`\u00b4\u2032"})
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
# "U.S." and "U.N." stay one token; other words split on everything but letters, digits and apostrophes.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:'[^\W_]+)*")


@dataclass(frozen=True, slots=True)
class _Token:
    text: str  # as written (apostrophes folded)
    key: str  # casefolded, no dots, apostrophes or accents: the matching key
    start: int
    end: int


def _fold_text(text: str) -> str:
    """Fold apostrophe and dash variants (same length, so offsets keep)."""
    return text.translate(_APOSTROPHES).translate(_DASHES)


def _key(word: str) -> str:
    """Matching key of one word: casefolded, accents, dots and apostrophes removed."""
    word = unicodedata.normalize("NFKD", word)
    word = "".join(ch for ch in word if not unicodedata.combining(ch))
    return word.replace(".", "").replace("'", "").casefold()


def _tokens(text: str) -> list[_Token]:
    """Word tokens of `text` with their offsets into it."""
    folded = _fold_text(text)
    out = []
    for m in _TOKEN.finditer(folded):
        word = m.group()
        # A possessive "'s" is not part of the name ("Iran's army").
        if word.endswith("'s") and len(word) > 2:
            word = word[:-2]
        out.append(_Token(word, _key(word), m.start(), m.start() + len(word)))
    return out


def _is_acronym(alias: str) -> bool:
    """Aliases written in capitals ("ADF", "KIA", "M23", "U.N.") only match as written, in capitals,
    because many are ordinary words in lower case."""
    letters = [ch for ch in alias if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and " " not in alias.strip()


# ---------------------------------------------------------------------------------------------------
# Dictionary
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One named actor: normalised name (may hold "{country}"), kind, home ISO3 ("*" = event country)."""

    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class ActorDictionary:
    """Named actors and their aliases, indexed by token sequence.

    Built by `load()`: the packaged `data/actors.tsv`, one generated "Military Forces of X",
    "Police Forces of X" and "Government of X" entry per country, then user files (later rows add
    aliases to an entry of the same name, or replace an alias another entry had).
    """

    entries: tuple[ActorEntry, ...]
    ethnic: dict[tuple[str, ...], str] = field(default_factory=dict)
    _folded: dict[tuple[str, ...], ActorEntry] = field(default_factory=dict, repr=False)
    _exact: dict[tuple[str, ...], ActorEntry] = field(default_factory=dict, repr=False)
    _max_len: int = 1

    @classmethod
    def load(cls, extra: Sequence[pathlib.Path] = ()) -> ActorDictionary:
        """The packaged dictionary plus user files in the `actors.tsv` format (see docs/ACTORS.md)."""
        entries = list(_packaged_entries())
        for path in extra:
            entries.extend(parse_actor_rows(pathlib.Path(path).read_text(encoding="utf-8-sig"), str(path)))
        return cls.build(entries, _packaged_ethnic())

    @classmethod
    def build(cls, entries: Iterable[ActorEntry], ethnic: dict[tuple[str, ...], str] | None = None
              ) -> ActorDictionary:
        """A dictionary from entries; same-name entries are merged (aliases added, later kind/country win)."""
        merged: dict[str, ActorEntry] = {}
        for entry in entries:
            old = merged.get(entry.name)
            if old is not None:
                entry = ActorEntry(entry.name, entry.kind, entry.country, old.aliases + entry.aliases)
            merged[entry.name] = entry
        folded: dict[tuple[str, ...], ActorEntry] = {}
        exact: dict[tuple[str, ...], ActorEntry] = {}
        max_len = 1
        for entry in merged.values():
            for alias in (_strip_template(entry.name), *entry.aliases):
                toks = _tokens(alias)
                if not toks:
                    continue
                max_len = max(max_len, len(toks))
                if _is_acronym(alias):
                    exact[tuple(t.text.replace(".", "") for t in toks)] = entry
                else:
                    folded[tuple(t.key for t in toks)] = entry
        return cls(tuple(merged.values()), dict(ethnic or {}), folded, exact, max_len)

    def entry(self, name: str) -> ActorEntry | None:
        """The entry whose normalised name (or alias) is exactly `name`."""
        toks = _tokens(name)
        hit = self._folded.get(tuple(t.key for t in toks))
        return hit or self._exact.get(tuple(t.text.replace(".", "") for t in toks))

    def match(self, toks: Sequence[_Token]) -> tuple[ActorEntry, int, int] | None:
        """The longest alias found in `toks` (earliest on ties): (entry, first token, end token)."""
        for n in range(min(self._max_len, len(toks)), 0, -1):
            for i in range(len(toks) - n + 1):
                window = toks[i:i + n]
                hit = self._folded.get(tuple(t.key for t in window))
                if hit is None:
                    hit = self._exact.get(tuple(t.text.replace(".", "") for t in window))
                if hit is not None:
                    return hit, i, i + n
        return None

    def ethnic_match(self, toks: Sequence[_Token]) -> tuple[str, int, int] | None:
        """The longest ethnic group name in `toks`: (group name, first token, end token)."""
        for n in (3, 2, 1):
            for i in range(len(toks) - n + 1):
                hit = self.ethnic.get(tuple(t.key for t in toks[i:i + n]))
                if hit is not None:
                    return hit, i, i + n
        return None


def _strip_template(name: str) -> str:
    return name.replace("({country})", "").replace("{country}", "").strip()


def parse_actor_rows(text: str, source: str = "actors.tsv") -> list[ActorEntry]:
    """Rows of an actors file: tab-separated name, kind, country, aliases; '#' lines and the header
    line (first cell "name") are skipped. Raises ValueError naming the file and line on a bad row."""
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if cells[0] == "name":
            continue
        cells += [""] * (4 - len(cells))
        name, kind, country, aliases = cells[:4]
        if not name or kind not in KINDS:
            raise ValueError(f"{source}:{lineno}: need a name and one of the kinds {sorted(KINDS)}")
        out.append(ActorEntry(name, kind, country.upper() if country and country != LOCATION else
                              (LOCATION if country == LOCATION else None),
                              tuple(a.strip() for a in aliases.split("|") if a.strip())))
    return out


def _with_the(name: str) -> str:
    """Country name as ACLED writes it after "of": "the United States", "the Philippines"."""
    if re.match(r"(United|Republic|Democratic Republic|Central African|Czech|Dominican)\b", name) or \
            re.search(r"(Islands|Philippines|Netherlands|Bahamas|Maldives|Comoros)$", name):
        return "the " + name
    return name


@lru_cache(maxsize=1)
def _packaged_entries() -> tuple[ActorEntry, ...]:
    """Generated per-country state entries, then `data/actors.tsv` (read once)."""
    generated = []
    for row in countries.all_countries():
        of = _with_the(row.name)
        generated.append(ActorEntry(f"Military Forces of {of}", "state_forces", row.iso3))
        generated.append(ActorEntry(f"Police Forces of {of}", "state_forces", row.iso3))
        generated.append(ActorEntry(f"Government of {of}", "government", row.iso3))
    text = resources.files("flashpoint.data").joinpath("actors.tsv").read_text(encoding="utf-8")
    return tuple(generated) + tuple(parse_actor_rows(text))


@lru_cache(maxsize=1)
def _packaged_ethnic() -> dict[tuple[str, ...], str]:
    """`data/actors_ethnic.tsv`: token keys of each group name and alias -> group name."""
    text = resources.files("flashpoint.data").joinpath("actors_ethnic.tsv").read_text(encoding="utf-8")
    out: dict[tuple[str, ...], str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        cells = line.split("\t") + ["", ""]
        for form in [cells[0], *cells[2].split("|")]:
            if form.strip():
                out[tuple(t.key for t in _tokens(form))] = cells[0].strip()
    return out


@lru_cache(maxsize=1)
def _ethnic_countries() -> dict[str, tuple[str, ...]]:
    text = resources.files("flashpoint.data").joinpath("actors_ethnic.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        cells = line.split("\t") + ["", ""]
        out[cells[0].strip()] = tuple(c.strip().upper() for c in cells[1].split("|") if c.strip())
    return out


def ethnic_group(name: str) -> str | None:
    """The ethnic group of `data/actors_ethnic.tsv` a name or adjective names ("Arabs" -> "Arab")."""
    return _packaged_ethnic().get(tuple(t.key for t in _tokens(name)))


def ethnic_countries(group: str) -> tuple[str, ...]:
    """The countries where an ethnic group of `data/actors_ethnic.tsv` mostly lives, the main one
    first (empty for a name not in the file)."""
    return _ethnic_countries().get(group, ())


@lru_cache(maxsize=1)
def default_dictionary() -> ActorDictionary:
    """The packaged dictionary, built once."""
    return ActorDictionary.load()
