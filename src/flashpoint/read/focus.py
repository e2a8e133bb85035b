"""The countries a source covers (`Document.country`): from a JSONL `country` field or `--country`."""

from __future__ import annotations

from collections.abc import Iterable

from ..normalize.countries import country, iso3_for_name

FOCUS_HELP = ("give ISO 3166-1 alpha-3 codes such as KEN or NER (or country names), one per value "
              "or comma-separated")


def focus_countries(value: str | Iterable[str] | None | object) -> tuple[str, ...]:
    """ISO3 codes, upper-case and without repeats, in the order given, from an ISO3 code, a country
    name ("Kenya") or several of them (a list, or one string comma-separated: "KEN,SOM"); `()` for
    None or an empty value. `ValueError` naming the bad value and what to give instead otherwise."""
    if value is None:
        return ()
    if isinstance(value, str):
        items = value.split(",")
    elif not isinstance(value, list | tuple | set | frozenset):
        raise ValueError(f"country must be a string or a list of strings, got {value!r}; {FOCUS_HELP}")
    else:
        items = []
        for item in value:
            if not isinstance(item, str):
                raise ValueError(f"country must be a string or a list of strings, got {item!r}; {FOCUS_HELP}")
            items.extend(item.split(","))
    out: list[str] = []
    for raw in items:
        word = raw.strip()
        if not word:
            continue
        code = word.upper() if len(word) == 3 and word.isalpha() and country(word) else iso3_for_name(word)
        if code is None:
            raise ValueError(f"unknown country {word!r}; {FOCUS_HELP}")
        if code not in out:
            out.append(code)
    return tuple(out)
