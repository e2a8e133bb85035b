"""Word lists and calendar arithmetic for the time-expression normaliser (`dates.py`).

Everything here is a pure function or an immutable table; nothing is loaded from disk.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import Final

MONTHS: Final = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
MONTH_ABBREVIATIONS: Final = MappingProxyType({
    "jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
})
# Real words and names within edit distance 2 of a month name; never read as a misspelt month.
NOT_MONTHS: Final = frozenset({
    "mary", "marc", "mark", "marcy", "match", "marsh", "marches", "julie", "julia", "juno", "jane",
    "june's", "mayo", "maya", "mays", "augusta", "augustus", "augustine", "member", "number", "octane",
    "debbie", "marchers", "marched", "aprils", "julian", "decent", "julius", "mayor", "march's",
    "jury", "just", "judy", "jung", "junta", "jule", "lune", "tune", "dune", "many", "mark's", "marry",
    "novel", "novem", "sept", "septum", "octave", "feb", "jan", "dec", "nov", "oct", "apr", "aug",
    "jaguar", "marco", "macy", "jude", "junk", "jute", "juge", "magy", "maoch", "mace", "maze",
})
WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS: Final = MappingProxyType({
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2,
})
# Vague quantities: the unit is known, the number is not ("several days" -> PXD).
VAGUE_NUMBERS: Final = frozenset({"a few", "few", "several", "some", "many", "the few"})
ORDINALS: Final = MappingProxyType({
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
})
DECADE_WORDS: Final = MappingProxyType({
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
})
SEASONS: Final = MappingProxyType({"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA",
                                   "winter": "WI"})
# Unit word -> TimeML duration letter, and days per unit (for duration_days and relative spans).
UNIT_CODES: Final = MappingProxyType({
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "fortnight": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
})
UNIT_DAYS: Final = MappingProxyType({"D": 1, "W": 7, "M": 30, "Y": 365, "DE": 3652, "CE": 36524})


def edit_distance(a: str, b: str) -> int:
    """Edit distance between two short strings, a swap of neighbouring letters counting as one edit."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            best = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, rows[-2][j - 2] + 1)
            row.append(best)
        rows.append(row)
    return rows[-1][-1]


def month_number(word: str, fuzzy: bool = False) -> int | None:
    """The month (1-12) a word names: full name, abbreviation ("Sept", "Dec."), or, when `fuzzy`,
    a misspelling of a full name ("Janaury", "Febuary", "Decmber": same first letter, length >= 4,
    edit distance 1 (a swap counts as one), or 2 between words of 6+ letters sharing two first letters).
    None when it names no month."""
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS.index(w) + 1
    if w in MONTH_ABBREVIATIONS:
        return MONTH_ABBREVIATIONS[w]
    if not fuzzy or len(w) < 4 or w in NOT_MONTHS or not w.isalpha():
        return None
    best: tuple[int, int] | None = None
    for i, name in enumerate(MONTHS, 1):
        # two edits only between long words ("Decmber"); the first two letters must agree ("Janaury")
        limit = 2 if len(w) >= 6 and len(name) >= 6 and name[:2] == w[:2] else 1
        if name[0] != w[0] or abs(len(name) - len(w)) > limit:
            continue
        d = edit_distance(w, name)
        if d <= limit and (best is None or d < best[0]):
            best = (d, i)
    return best[1] if best else None


def weekday_number(word: str) -> int | None:
    """0 for Monday .. 6 for Sunday; None when `word` is no weekday name."""
    w = word.lower()
    return WEEKDAYS.index(w) if w in WEEKDAYS else None


def parse_number(word: str) -> int | None:
    """An integer written in digits ("14", "1,000") or words ("two", "twenty-five", "a couple of");
    None for vague or unknown quantities."""
    w = " ".join(word.lower().replace(",", "").split())
    if w.isdigit():
        return int(w)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if "-" in w:
        tens, _, ones = w.partition("-")
        if tens in NUMBER_WORDS and ones in NUMBER_WORDS:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    return None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (30 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_end(year: int, month: int) -> dt.date:
    """Last day of a month."""
    nxt = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return nxt - dt.timedelta(days=1)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by `delta` months."""
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def week_span(day: dt.date) -> tuple[str, dt.date, dt.date]:
    """ISO week value ("2019-W52") and its Monday..Sunday."""
    y, w, _ = day.isocalendar()
    monday = day - dt.timedelta(days=day.weekday())
    return f"{y}-W{w:02d}", monday, monday + dt.timedelta(days=6)


def quarter_span(year: int, q: int) -> tuple[dt.date, dt.date]:
    """First and last day of quarter `q` (1-4) of `year`."""
    return dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q)


def half_span(year: int, h: int) -> tuple[dt.date, dt.date]:
    """First and last day of half `h` (1-2) of `year`."""
    return dt.date(year, 6 * h - 5, 1), month_end(year, 6 * h)


def season_span(year: int, code: str) -> tuple[dt.date, dt.date]:
    """Northern meteorological seasons; winter YEAR runs from December YEAR to February YEAR+1."""
    if code == "SP":
        return dt.date(year, 3, 1), dt.date(year, 5, 31)
    if code == "SU":
        return dt.date(year, 6, 1), dt.date(year, 8, 31)
    if code == "FA":
        return dt.date(year, 9, 1), dt.date(year, 11, 30)
    return dt.date(year, 12, 1), month_end(year + 1, 2)


def latest_month_day(month: int, day: int, pub: dt.date, forward: bool = False) -> dt.date | None:
    """The latest `month`/`day` not after `pub` (or, when `forward`, the earliest not before it)."""
    step = 1 if forward else -1
    for k in range(9):
        year = pub.year + step * k
        d = safe_date(year, month, day)
        if d is not None and ((d >= pub) if forward else (d <= pub)):
            return d
    return None


def shift_weekday(pub: dt.date, weekday: int, mode: str) -> dt.date:
    """The weekday relative to `pub`: 'latest' = nearest not after pub (pub itself included),
    'before' = strictly before, 'after' = strictly after, 'next' = nearest not before pub."""
    back = (pub.weekday() - weekday) % 7
    if mode == "latest":
        return pub - dt.timedelta(days=back)
    if mode == "before":
        return pub - dt.timedelta(days=back or 7)
    ahead = (weekday - pub.weekday()) % 7
    if mode == "after":
        return pub + dt.timedelta(days=ahead or 7)
    return pub + dt.timedelta(days=ahead)
