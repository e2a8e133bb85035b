"""Backers ("Iranian-backed", "pro-Saudi") and aliases a text declares ("the Popular Mobilization
Forces (PMF)", "Ansar Allah (also known as the Houthis)"). Part of `flashpoint.normalize.actors`."""

from __future__ import annotations

import re

from flashpoint.normalize import countries

from .actors_dictionary import _fold_text

# ---------------------------------------------------------------------------------------------------
# Backers and aliases
# ---------------------------------------------------------------------------------------------------

_BACKER_PRO = re.compile(r"\bpro-\s?(?P<words>[\w.']+(?:\s[\w.']+)?)")
_BACKER_ADJ = re.compile(
    r"(?P<words>(?:[\w.']+\s)?[\w.']+?)\s?-\s?(?:backed|sponsored|orchestrated|supported|funded|aligned|"
    r"allied|armed|trained|affiliated|linked|financed|equipped|proxy)(?![\w-])"
)


def _country_of(words: str) -> str | None:
    """ISO3 of a country name or demonym."""
    return countries.iso3_for_demonym(words) or countries.iso3_for_name(words)


def _backer_spans(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, ISO3 or None) of each "X-backed" / "pro-X" modifier in `text`. Two-word countries
    ("pro-Saudi Arabia", "United States-backed") are tried before one word."""
    folded = _fold_text(text)
    out = []
    for m in _BACKER_PRO.finditer(folded):
        words = m.group("words").split()
        if len(words) == 2 and _country_of(" ".join(words)):
            out.append((m.start(), m.end(), _country_of(" ".join(words))))
        else:
            out.append((m.start(), m.start("words") + len(words[0]), _country_of(words[0])))
    for m in _BACKER_ADJ.finditer(folded):
        words = m.group("words").split()
        if len(words) == 2 and _country_of(" ".join(words)):
            out.append((m.start("words"), m.end(), _country_of(" ".join(words))))
        else:
            out.append((m.end("words") - len(words[-1]), m.end(), _country_of(words[-1])))
    return sorted(out)


def backers(phrase: str) -> list[str]:
    """ISO3 codes of the states an actor phrase says back it: "Iranian-backed", "pro-Iranian",
    "Iran-sponsored", "U.S.-orchestrated" ... In order of mention, without repeats; [] if none."""
    out: list[str] = []
    for _, _, iso in _backer_spans(phrase):
        if iso and iso not in out:
            out.append(iso)
    return out


_ALIAS_NAME = r"((?:[A-Z][\w'’ʿ.-]*|al-[\w'’ʿ-]+|[Aa]l|of|for|and|the|in|de|des|du|la|wa|wal|ul)" \
              r"(?:[ ](?:[A-Z0-9][\w'’ʿ.-]*|al-[\w'’ʿ-]+|al|of|for|and|the|in|de|des|du|la|wa|wal|ul|el))*)"
_ALSO = r"(?:also known as|also called|a\.k\.a\.?|aka|known as|better known as|formerly known as|" \
        r"also referred to as|referred to as|dubbed)"
_PAREN_ALSO = re.compile(_ALIAS_NAME + r"\s*\(\s*" + _ALSO + r"\s+(?:the\s+)?([^()]+?)\s*\)")
_COMMA_ALSO = re.compile(_ALIAS_NAME + r",\s*" + _ALSO + r"\s+(?:the\s+)?" + _ALIAS_NAME)
_PAREN_ACRONYM = re.compile(_ALIAS_NAME[:-1] + r"(?:\s(?:group|movement|militia|organi[sz]ation))?)"
                            r"\s*\(\s*([A-Z][A-Za-z0-9-]{1,11})\s*\)")
_SMALL = frozenset({"of", "for", "and", "the", "in", "de", "des", "du", "la", "wa", "wal", "ul"})


def _trim_name(name: str) -> str:
    """Drop leading and trailing small words ("the", "and")."""
    words = name.strip().split()
    while words and words[0].lower() in _SMALL:
        words.pop(0)
    while words and words[-1].lower() in _SMALL:
        words.pop()
    return " ".join(words)


def _acronymish(text: str) -> bool:
    """One word of at least two capitals, or a capital and a digit ("PMF", "ISWAP", "M23")."""
    upper = sum(ch.isupper() for ch in text)
    return " " not in text and (upper >= 2 or (upper >= 1 and any(ch.isdigit() for ch in text)))


def _name_for_acronym(name: str, acronym: str) -> str:
    """The part of a capitalised run that an acronym abbreviates: the shortest tail whose capitalised
    words' initials spell it ("Fighters of the Popular Mobilization Forces" + "PMF" -> "Popular
    Mobilization Forces"), else the longest tail starting with the acronym's first letter, else all."""
    words = name.split()
    letters = "".join(ch for ch in acronym if ch.isalpha()).upper()
    for i in range(len(words) - 1, -1, -1):
        initials = "".join(w[0] for w in words[i:] if w[:1].isupper()).upper()
        if initials == letters and words[i][:1].isupper():
            return " ".join(words[i:])
    for i, word in enumerate(words):
        if word[:1].upper() == letters[:1]:
            return _trim_name(" ".join(words[i:]))
    return name


def find_aliases(text: str) -> dict[str, str]:
    """Aliases declared in a text -> the full names they stand for.

    "the Popular Mobilization Forces (PMF)" gives {"PMF": "Popular Mobilization Forces"};
    "Ansar Allah (also known as the Houthis)" and "Ansar Allah, also known as Houthis" give
    {"Houthis": "Ansar Allah"}: the later form maps to the earlier one, except that an acronym always
    maps to the spelled-out name. First declaration wins.
    """
    out: dict[str, str] = {}

    def add(alias: str, full: str) -> None:
        alias, full = _trim_name(alias), _trim_name(full)
        if not alias or not full or alias == full:
            return
        if _acronymish(full) and not _acronymish(alias):
            alias, full = full, alias
        out.setdefault(alias, full)

    folded = text.replace("\u2019", "'")
    for m in _PAREN_ALSO.finditer(folded):
        add(m.group(2), m.group(1))
    for m in _COMMA_ALSO.finditer(folded):
        add(m.group(2), m.group(1))
    for m in _PAREN_ACRONYM.finditer(folded):
        full, acro = _trim_name(m.group(1)), m.group(2)
        if full and _acronymish(acro) and " " in full:
            # Names translated from another language ("JNIM") keep the whole capitalised run.
            add(acro, _name_for_acronym(full, acro))
    return out
