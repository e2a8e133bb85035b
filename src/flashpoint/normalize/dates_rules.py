"""Rules of the time-expression normaliser: one regex per kind of expression and a handler that turns
a match into `TimeExpr`s normalised against the publication date.

A handler returns [] to reject a match (the caller then retries one character further on), so the
regexes may over-generate and the handlers decide. `dates.find_dates` runs every rule and keeps the
longest non-overlapping expressions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Final

from flashpoint.normalize import dates_lex as lx
from flashpoint.records import TimeExpr

Handler = Callable[[re.Match[str], dt.date | None], list[TimeExpr]]
ONE_DAY: Final = dt.timedelta(days=1)
# A year-less date is read forward when its next occurrence is this near (else the last occurrence).
FORWARD_DAYS: Final = 60
FORWARD_MONTHS: Final = 2

# ---------------------------------------------------------------- regex pieces
_WD_NAMES = "|".join(w.capitalize() + "|" + w.upper() for w in lx.WEEKDAYS)
WD: Final = rf"(?P<wd>{_WD_NAMES})"
MON: Final = r"(?P<mon>[A-Z][a-z]{2,9}|[A-Z]{3,9})"
DAY_TAIL: Final = r"(?:st|nd|rd|th)?(?![\d:])(?!,\d)(?!\.\d)"


def year_re(name: str = "year") -> str:
    """A year 1800-2100 written in four digits, not part of a longer number or a decade ("1990s")."""
    return rf"(?P<{name}>(?:1[89]\d\d|20\d\d|2100))(?!\d)(?!,\d)(?!s\b)"


def day_re(name: str = "day") -> str:
    """A day of the month, 1-31, with an optional ordinal suffix."""
    return rf"(?P<{name}>[0-3]?\d){DAY_TAIL}"


YEAR: Final = year_re()
DAY: Final = day_re()
# A time of day folded into the day it modifies: "the early morning of 3 January".
TOD: Final = (r"(?:(?:the\s+)?(?:early\s+|late\s+|small\s+)?(?:morning|afternoon|evening|night|hours)"
              r"\s+of\s+)?")
WDP: Final = rf"(?:{WD},?\s+(?:the\s+)?)?"
SINCE: Final = r"(?P<since>)"  # "since X" is handled once for all rules, in dates._add_since
MOD: Final = (r"(?P<mod>(?:the\s+)?(?:end|beginning|start|middle|turn|close)\s+of\s+"
              r"|(?:[Ee]arly|[Ll]ate|[Mm]id|[Ee]arlier|[Ll]ater)(?:\s+in)?\s+|[Mm]id-)?")
NUM: Final = (r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|a\s+couple\s+of|a\s+few|several|many|some"
              r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five"
              r"|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
              r"|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|a|an)")
UNIT: Final = r"(?P<unit>second|minute|hour|day|night|week|fortnight|month|year|decade|century|centurie)"

# Words after a 4-digit number that show it counts things ("2000 troops"), so it is no year.
COUNT_NOUNS: Final = frozenset({
    "people", "persons", "troops", "soldiers", "protesters", "protestors", "demonstrators", "civilians",
    "men", "women", "children", "refugees", "fighters", "militants", "rebels", "police", "policemen",
    "officers", "students", "workers", "residents", "families", "homes", "houses", "buildings",
    "villages", "members", "supporters", "migrants", "prisoners", "detainees", "casualties", "deaths",
    "dead", "killed", "wounded", "injured", "votes", "voters", "dollars", "euros", "pounds", "tons",
    "tonnes", "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "acres",
    "hectares", "cases", "units", "vehicles", "cars", "rounds", "rockets", "missiles", "shells", "bombs",
    "times", "percent", "per", "additional", "more", "extra", "new", "armed", "other", "others",
    "strong", "youths", "farmers", "personnel", "staff", "marines", "guards", "people's", "of",
})
_S_WORDS_OK: Final = frozenset({"was", "is", "has", "as", "his", "its", "this", "thus", "always", "unless",
                                "us", "whereas", "afterwards", "towards", "across"})
# Words before "of"/"by"/"from" + number that make the number a quantity ("a total of 2000").
QUANT_BEFORE: Final = frozenset({
    "total", "number", "group", "crowd", "force", "contingent", "sum", "toll", "tally", "estimated",
    "increase", "increased", "rose", "risen", "fell", "fallen", "dropped", "declined", "grew", "up",
    "down", "jumped", "cut", "reduced", "raised", "climbed", "out", "some", "least", "than", "average",
    "maximum", "minimum", "deployment", "army", "batch", "team", "convoy", "march", "rally", "gathering",
})
_FUTURE_CUES: Final = frozenset({"will", "'ll", "shall", "scheduled", "slated", "due", "planned", "plan",
                                 "plans", "expected", "upcoming", "set", "going"})
_WORD_RE: Final = re.compile(r"[A-Za-z']+")


# ---------------------------------------------------------------- helpers
def make(m: re.Match[str], start: int, end: int, value: str, first: dt.date | None, last: dt.date | None,
         precision: str) -> TimeExpr:
    """A TimeExpr over text[start:end] of the matched string, a trailing full stop trimmed unless it
    closes an abbreviation ("Jan.")."""
    text = m.string
    while end > start and text[end - 1] in " ,":
        end -= 1
    if text[end - 1] == "." and end - start > 1:
        word = _WORD_RE.findall(text[start:end - 1])
        if not word or word[-1].lower() not in lx.MONTH_ABBREVIATIONS:
            end -= 1
    return TimeExpr(start, end, text[start:end], value, first, last, precision)


def day_expr(m: re.Match[str], start: int, end: int, d: dt.date) -> TimeExpr:
    return make(m, start, end, d.isoformat(), d, d, "day")


def month_expr(m: re.Match[str], start: int, end: int, year: int, month: int) -> TimeExpr:
    return make(m, start, end, f"{year:04d}-{month:02d}", dt.date(year, month, 1), lx.month_end(year, month),
                "month")


def year_expr(m: re.Match[str], start: int, end: int, year: int) -> TimeExpr:
    return make(m, start, end, f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def since_expr(e: TimeExpr, pub: dt.date | None) -> TimeExpr:
    """"since X": from the start of X up to publication (or X's end when unknown); value stays X's."""
    end = pub if pub is not None and e.start_date is not None and pub >= e.start_date else e.end_date
    return TimeExpr(e.start, e.end, e.text, e.value, e.start_date, end, e.precision)


def future_cue(text: str, start: int) -> bool:
    """True when one of the five words before `start` (same sentence) points forward ("will be held on",
    "scheduled for"), so a year-less date is read as the next one rather than the last one."""
    before = re.split(r"[.!?\n]", text[max(0, start - 60):start])[-1]
    return any(w.lower() in _FUTURE_CUES for w in _WORD_RE.findall(before)[-5:])


def prev_word(text: str, pos: int) -> str:
    """The word just before `pos`, lower-cased ('' when none)."""
    words = _WORD_RE.findall(text[max(0, pos - 30):pos])
    return words[-1].lower() if words else ""


def next_word(text: str, pos: int) -> str:
    """The word just after `pos` (after spaces), as written ('' when punctuation or the end comes first)."""
    m = re.match(r"\s*([A-Za-z'%]+)", text[pos:pos + 40])
    return m.group(1) if m else ""


def counts_things(text: str, end: int, strict: bool = True) -> bool:
    """True when the number ending at `end` is followed by what it counts ("2000 troops", "1999 more").
    `strict` also takes any plural-looking word ("1990 elections") as a counted noun."""
    if text[end:end + 1] == "%" or re.match(r"\s*(?:-|–)\s*\d", text[end:end + 5]):
        return True
    w = next_word(text, end)
    if not w or not w[0].islower():
        return False
    return w in COUNT_NOUNS or (strict and w.endswith("s") and len(w) > 3 and w not in _S_WORDS_OK)


# ---------------------------------------------------------------- absolute dates
def _resolve_month_day(m: re.Match[str], month: int, day: int, year: str | None,
                       pub: dt.date | None) -> tuple[str, dt.date | None] | None:
    """(value, date) of a month-day with an optional year; None when no such day exists."""
    if not 1 <= day <= 31:
        return None
    if year:
        d = lx.safe_date(int(year), month, day)
        return (d.isoformat(), d) if d else None
    if lx.safe_date(2000, month, day) is None:
        return None
    if pub is None:
        return f"XXXX-{month:02d}-{day:02d}", None
    d = lx.latest_month_day(month, day, pub, forward=future_cue(m.string, m.start()))
    ahead = lx.latest_month_day(month, day, pub, forward=True)
    if ahead is not None and (ahead - pub).days <= FORWARD_DAYS:
        d = ahead  # a date a few weeks ahead is far likelier meant than one almost a year back
    return (d.isoformat(), d) if d else None


def h_day_month(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"3 January 2020", "January 3, 2020", "Jan. 3", "Friday, 3 Janaury" (misspellings accepted)."""
    month = lx.month_number(m.group("mon"), fuzzy=True)
    if month is None:
        return []
    res = _resolve_month_day(m, month, int(m.group("day")), m.group("year"), pub)
    if res is None:
        return []
    value, d = res
    return [make(m, m.start(), m.end(), value, d, d, "day")]


def h_day_range(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"between 3 and 5 January", "from 3 to 5 January 2020", "January 3-5": one expression over the days."""
    month = lx.month_number(m.group("mon"), fuzzy=True)
    if month is None:
        return []
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    sep = m.group("sep").lower()
    if d1 >= d2 or (sep == "and" and not m.group("pre")):
        if sep in ("and", "or") and d1 != d2:
            return _two_days(m, month, pub)
        return []
    r1 = _resolve_month_day(m, month, d1, m.group("year"), pub)
    r2 = _resolve_month_day(m, month, d2, m.group("year"), pub)
    if r1 is None or r2 is None:
        return []
    if r1[1] is None or r2[1] is None:
        return [make(m, m.start(), m.end(), f"{r1[0]}/{r2[0]}", None, None, "day")]
    first, last = r1[1], r1[1] + dt.timedelta(days=d2 - d1)
    return [make(m, m.start(), m.end(), f"{first.isoformat()}/{last.isoformat()}", first, last, "day")]


def _two_days(m: re.Match[str], month: int, pub: dt.date | None) -> list[TimeExpr]:
    """"3 and 5 January", "January 3 and 5": two separate days sharing a month (and year)."""
    out = []
    for g, (start, end) in (("d1", (m.start(), m.end("d1"))), ("d2", (m.start("d2"), m.end()))):
        res = _resolve_month_day(m, month, int(m.group(g)), m.group("year"), pub)
        if res is None:
            return []
        out.append(make(m, start, end, res[0], res[1], res[1], "day"))
    return out


def h_numeric(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"15/06", "on 11/08", "17/04/2017": day first (the usage of the sources flashpoint reads), month
    first where the first number cannot be a month ("06/15") or where only that reading falls on or
    before the publication date. Without a year, a slash date needs a word before it that makes it a
    date ("on", "of", "since" ...) or must open a line ("15/02, Wajir: ..."); otherwise it is read as
    something else (a fraction, a score)."""
    first, second = int(m.group("d")), int(m.group("m"))
    year = m.group("y")
    line_start = m.start("d") == 0 or m.string[m.start("d") - 1] == "\n"
    if year is None and m.group("ctx") is None and not line_start:
        return []
    if year is not None and len(year) == 2:
        year = f"20{year}"
    readings = []
    for day, month in ((first, second), (second, first)):
        if 1 <= month <= 12 and 1 <= day <= 31 and (res := _resolve_month_day(m, month, day, year, pub)):
            readings.append(res)
    # Where both readings exist, a dated text cannot report a day after its own date
    # ("01/05/2012" in a note of 12 January 2012 is 5 January).
    possible = [r for r in readings if pub is None or r[1] is None or r[1] <= pub] or readings
    if not possible:
        return []
    value, d = possible[0]
    start = m.start("d")
    return [make(m, start, m.end(), value, d, d, "day")]


def h_iso(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"2019-12-27"."""
    d = lx.safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return [day_expr(m, m.start(), m.end(), d)] if d else []


def h_month_year(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"June 2019", "since May 2019", "earlier in June 2019", "mid-March 2020"."""
    month = lx.month_number(m.group("mon"), fuzzy=True)
    if month is None:
        return []
    e = month_expr(m, m.start(), m.end(), int(m.group("year")), month)
    return [since_expr(e, pub)] if m.group("since") else [e]


def h_month_rel_year(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"January this year", "June last year", "March of next year"."""
    month = lx.month_number(m.group("mon"), fuzzy=True)
    if month is None:
        return []
    if pub is None:
        return [make(m, m.start(), m.end(), f"XXXX-{month:02d}", None, None, "month")]
    year = pub.year + {"last": -1, "next": 1}.get(m.group("rel").lower(), 0)
    return [month_expr(m, m.start(), m.end(), year, month)]


def _month_year(month: int, rel: str, text: str, start: int, pub: dt.date) -> int:
    """Year of a year-less month: the latest not after publication, unless "next"/"this", a future cue or
    nearness (within FORWARD_MONTHS ahead) points forward."""
    if rel in ("last", "this past", "the previous"):
        return pub.year if month < pub.month else pub.year - 1
    if rel in ("next", "this coming", "the following"):
        return pub.year if month > pub.month else pub.year + 1
    if rel == "this":
        return pub.year
    if future_cue(text, start) or 0 < (month - pub.month) % 12 <= FORWARD_MONTHS:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year - 1 if month > pub.month else pub.year


def h_week_of_month(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"the first week of January (2020)", "the last week of December": seven days, valued by ISO week."""
    month = lx.month_number(m.group("mon"), fuzzy=True)
    n = lx.ORDINALS.get(m.group("ord").lower(), 5 if m.group("ord").lower() in ("last", "final") else 0)
    if month is None or not 1 <= n <= 5:
        return []
    if m.group("year"):
        year = int(m.group("year"))
    elif pub is None:
        return [make(m, m.start(), m.end(), f"XXXX-{month:02d}", None, None, "week")]
    else:
        year = _month_year(month, "", m.string, m.start(), pub)
    last_day = lx.month_end(year, month)
    if n == 5:  # "the last week of": the month's last seven days
        first = last_day - dt.timedelta(days=6)
    else:
        first = dt.date(year, month, 1) + dt.timedelta(days=7 * (n - 1))
    value = lx.week_span(first)[0]
    return [make(m, m.start(), m.end(), value, first, min(first + dt.timedelta(days=6), last_day), "week")]


def h_month(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """A month without a year ("in June", "last April", "next December"): the latest such month not after
    publication, unless "next"/"this"/a future cue points forward. "May" and abbreviations need a
    preposition or modifier before them, since they are also ordinary words and names."""
    word = m.group("mon")
    month = lx.month_number(word)
    if month is None:
        return []
    rel = (m.group("rel") or "").lower()
    context = rel or m.group("mod") or m.group("since") or prev_word(m.string, m.start()) in {
        "in", "since", "during", "until", "till", "by", "from", "through", "of", "to", "before", "after",
        "and", "or", "between", "early", "late", "mid"}
    if (word.lower().rstrip(".") in ("may",) or word.lower().rstrip(".") in lx.MONTH_ABBREVIATIONS) \
            and not context:
        return []
    if month == 3 and not context and next_word(m.string, m.end()).lower() in ("on", "for", "of", "to"):
        return []  # "the March on the capital": a march, not the month
    if pub is None:
        return [make(m, m.start(), m.end(), f"XXXX-{month:02d}", None, None, "month")]
    year = _month_year(month, rel, m.string, m.start(), pub)
    e = month_expr(m, m.start(), m.end(), year, month)
    return [since_expr(e, pub)] if m.group("since") else [e]


_YEAR_SPAN_CTX: Final = ("since", "fiscal", "the year", "early", "late", "mid", "end", "beginning",
                         "start", "middle", "turn", "close", "the end", "the beginning", "the start",
                         "the middle", "the turn", "the close", "calendar")


def h_year(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """A bare year in a date context: "in 2019", "since 2015", "by 2030", "fiscal 1990", "2019's"."""
    text = m.string
    ctx = " ".join((m.group("ctx") or "").lower().split())
    strong = ctx in ("since", "during", "until", "till", "before", "after", "fiscal", "calendar", "into") \
        or ctx.startswith(_YEAR_SPAN_CTX)
    if counts_things(text, m.end("year"), strict=not strong):
        return []
    if ctx in ("of", "by", "from", "in", "for") and prev_word(text, m.start()) in QUANT_BEFORE:
        return []
    if ctx == "by" and prev_word(text, m.start()).endswith("ed"):
        return []
    start = m.start() if ctx.startswith(_YEAR_SPAN_CTX) else m.start("year")
    e = year_expr(m, start, m.end("year"), int(m.group("year")))
    return [since_expr(e, pub)] if ctx == "since" else [e]


def h_year_range(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"between 2015 and 2018", "from 2015 to 2018", "2015-2018", "2019-20"; "2018 and 2019" without
    "between" gives two years."""
    text = m.string
    if counts_things(text, m.end()):
        return []
    y1 = int(m.group("y1"))
    raw2 = m.group("y2")
    y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
    sep = m.group("sep").lower()
    pre = (m.group("pre") or "").lower()
    if y2 <= y1 or y2 > 2100:
        return []
    if sep in ("and", "or", "to") and not pre:
        if len(raw2) != 4 or sep == "to" or prev_word(text, m.start()) not in (
                "in", "of", "during", "since", "between", "from", "fiscal", "until", "after", "before"):
            return []
        return [year_expr(m, m.start("y1"), m.end("y1"), y1), year_expr(m, m.start("y2"), m.end(), y2)]
    if pre == "between" and sep != "and":
        return []
    first, last = dt.date(y1, 1, 1), dt.date(y2, 12, 31)
    return [make(m, m.start(), m.end(), f"{y1:04d}/{y2:04d}", first, last, "year")]


def h_decade(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"the 1990s" -> 199X, "the '80s", "the nineties", "the mid-2000s", "since the 1990s"."""
    if m.group("cent"):
        century, dec = int(m.group("cent")), int(m.group("dec"))
    elif m.group("dec2"):
        dec = int(m.group("dec2"))
        century = 19 if dec >= 3 else 20
    else:
        if not m.group("the"):
            return []  # "in his forties" is an age
        century, dec = 19, lx.DECADE_WORDS[m.group("dword").lower()]
    first = century * 100 + dec * 10
    e = make(m, m.start(), m.end(), f"{first // 10:03d}X", dt.date(first, 1, 1), dt.date(first + 9, 12, 31),
             "decade")
    return [since_expr(e, pub)] if m.group("since") else [e]


def h_century(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"the 19th century" -> 18 (TimeML writes the hundreds), 1800-01-01..1899-12-31."""
    word = m.group("ord").lower()
    n = int(word[:-2]) if word[:-2].isdigit() else lx.ORDINALS.get(word)
    if n is None or not 15 <= n <= 21:
        return []
    first = (n - 1) * 100
    return [make(m, m.start(), m.end(), f"{n - 1:02d}", dt.date(first, 1, 1), dt.date(first + 99, 12, 31),
                 "century")]


# "on the 19th", "by the 3rd": a day of the month named by its ordinal alone
BARE_DAY: Final = (r"(?:(?<=\b[Oo]n\s)|(?<=\binto\s)|(?<=\buntil\s)|(?<=\btill\s))(?:the\s+)?"
                   r"(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"
                   r"(?!\s*(?:-|of\s+)?\s*(?:century|anniversary|floor|day|week|month|year|time|round|birthday"
                   r"|edition|session|[A-Z]))")


def h_bare_day(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"on the 19th": the latest such day not after publication (`anchor_bare_days` moves it into the
    month of a day the text named just before)."""
    day = int(m.group("d"))
    if not 1 <= day <= 31:
        return []
    if pub is None:
        return [make(m, m.start(), m.end(), f"XXXX-XX-{day:02d}", None, None, "day")]
    year, month = pub.year, pub.month
    for _ in range(3):
        d = lx.safe_date(year, month, day)
        if d is not None and d <= pub:
            return [day_expr(m, m.start(), m.end(), d)]
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return []


def anchor_bare_days(exprs: list[TimeExpr], pub: dt.date | None) -> list[TimeExpr]:
    """A bare ordinal day after a day the text names ("began on 15 January and carried into the
    16th") is in that day's month, or the next one when it is the smaller number."""
    out: list[TimeExpr] = []
    last: dt.date | None = None
    for e in exprs:
        if e.precision == "day" and e.start_date is not None and _BARE.fullmatch(e.text) and last is not None:
            day = e.start_date.day
            year, month = (last.year, last.month) if day >= last.day else (
                (last.year, last.month + 1) if last.month < 12 else (last.year + 1, 1))
            d = lx.safe_date(year, month, day)
            if d is not None and (pub is None or d <= pub):
                e = TimeExpr(e.start, e.end, e.text, d.isoformat(), d, d, "day")
        elif e.precision == "day" and e.end_date is not None:
            last = e.end_date
        out.append(e)
    return out


_BARE: Final = re.compile(r"(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?[0-3]?\d(?:st|nd|rd|th)")
