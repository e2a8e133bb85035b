"""Rules for calendar parts and relative expressions: quarters, halves, seasons, weekdays, "yesterday",
"two days ago", "last week", "recently", durations. Handlers follow the contract of `dates_rules`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from flashpoint.normalize import dates_lex as lx
from flashpoint.normalize import dates_rules as ru
from flashpoint.normalize.dates_rules import ONE_DAY, future_cue, make, since_expr
from flashpoint.records import TimeExpr

_NOT_AFTER_THE_UNIT: Final = frozenset({"of", "before", "after", "earlier", "ago", "later", "when", "that",
                                        "which", "in", "to", "since", "following"})
_REF_DAYS: Final = {"day": 7, "days": 7, "week": 21, "weeks": 21, "month": 90, "months": 90,
                    "year": 1095, "years": 1095, "decade": 3652, "decades": 3652}


def _quarter_or_half(m: re.Match[str], start: int, end: int, unit: str, n: int, year: int | None,
                     pub: dt.date | None) -> TimeExpr:
    """A quarter (Q1-Q4) or half (H1-H2) of `year`; without a year, the latest one begun by publication."""
    span = lx.quarter_span if unit == "Q" else lx.half_span
    if year is None:
        if pub is None:
            return make(m, start, end, f"XXXX-{unit}{n}", None, None, "quarter" if unit == "Q" else "half")
        year = pub.year if span(pub.year, n)[0] <= pub else pub.year - 1
    first, last = span(year, n)
    return make(m, start, end, f"{year:04d}-{unit}{n}", first, last, "quarter" if unit == "Q" else "half")


def _rel_year(rel: str | None, pub: dt.date | None) -> int | None:
    if pub is None or not rel:
        return None
    return pub.year + {"last": -1, "next": 1}.get(rel.lower(), 0)


def h_quarter(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"the third quarter of 1989" -> 1989-Q3, "third-quarter", "this year's first half", "the first half
    of 1998" -> 1998-H1, "Q3 2019"."""
    word = m.group("ord").lower()
    unit = "Q" if m.group("unit").lower() == "quarter" else "H"
    n = lx.ORDINALS.get(word) or (4 if unit == "Q" else 2)  # "final"/"last" quarter of a year
    if n > (4 if unit == "Q" else 2):
        return []
    year_txt = m.group("year") or m.group("pyear")
    year = int(year_txt) if year_txt else _rel_year(m.group("rel") or m.group("prel"), pub)
    if m.group("ago") and pub is not None and not year_txt:
        year = _rel_year("last", pub)
    if (m.group("rel") or m.group("prel")) and pub is None:
        year = None
    if word == "last" and not year_txt and not m.group("the") and not m.group("rel") and pub is not None:
        return [_previous_quarter(m, pub)]  # "last quarter" = the one before the current one
    return [_quarter_or_half(m, m.start(), m.end(), unit, n, year, pub)]


def h_quarter_code(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"Q3 2019", "2019 Q3", "H1 2020", "Q4"."""
    year = m.group("year")
    if m.group("unit").upper() == "H" and int(m.group("n")) > 2:
        return []
    return [_quarter_or_half(m, m.start(), m.end(), m.group("unit").upper(), int(m.group("n")),
                             int(year) if year else None, pub)]


def _previous_quarter(m: re.Match[str], pub: dt.date, delta: int = -1) -> TimeExpr:
    q = (pub.month - 1) // 3 + 1 + delta
    year = pub.year + (q - 1) // 4
    q = (q - 1) % 4 + 1
    first, last = lx.quarter_span(year, q)
    return make(m, m.start(), m.end(), f"{year:04d}-Q{q}", first, last, "quarter")


def h_rel_quarter(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"the quarter", "the latest quarter", "last quarter" -> the last quarter ended before publication
    (how results are reported); "this/the current quarter" -> the current one; "next quarter"."""
    det = " ".join(m.group("det").lower().split())
    if pub is None:
        return [make(m, m.start(), m.end(), "XXXX-QX", None, None, "quarter")]
    delta = 0 if det in ("this", "the current") else 1 if det in ("next", "the coming") else -1
    return [_previous_quarter(m, pub, delta)]


def _season_year(code: str, pub: dt.date, rel: str, text: str, start: int) -> int:
    """Year of the season meant by a year-less season word, relative to `pub`."""
    begun = pub.year if lx.season_span(pub.year, code)[0] <= pub else pub.year - 1
    first, last = lx.season_span(begun, code)
    if rel == "this":  # the season of the publication year (winter: the one spanning its start)
        return pub.year - 1 if code == "WI" and pub.month <= 2 else pub.year
    if rel in ("last", "this past"):
        return begun - 1 if first <= pub <= last else begun
    if rel in ("next", "this coming") or (rel not in ("last",) and future_cue(text, start)):
        return begun if pub < first else (begun if first <= pub <= last and rel != "next" else begun + 1)
    return begun


def h_season(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"summer 2019" -> 2019-SU, "last summer", "this spring", "the winter of 1994", "in the fall"."""
    det = " ".join((m.group("det") or "").lower().split())
    season = m.group("season").lower()
    code = lx.SEASONS[season]
    if not det and not m.group("year"):
        return []
    if season == "fall" and not m.group("year") \
            and (det in ("the", "in", "") or m.group("season")[0] == "F") \
            and re.match(r"\s+(?:of|in|from|by|on|to|at|and)\b", m.string[m.end():m.end() + 6]):
        return []  # "the fall of the city", "a fall in prices"
    before = m.string[max(0, m.start() - 30):m.start()].split()
    if m.group("year") and not det and m.group("season")[0].isupper() and before and before[-1][0].isupper():
        # "the Arab Spring of 2011": a named movement, so only the year is a date
        y = int(m.group("year"))
        return [make(m, m.start("year"), m.end("year"), f"{y:04d}", dt.date(y, 1, 1), dt.date(y, 12, 31),
                     "year")]
    if m.group("year"):
        year = int(m.group("year"))
    elif pub is None:
        return [make(m, m.start(), m.end(), f"XXXX-{code}", None, None, "season")]
    else:
        year = _season_year(code, pub, det, m.string, m.start())
    first, last = lx.season_span(year, code)
    start = m.start("season") if det in ("in", "during") else m.start()
    e = make(m, start, m.end(), f"{year:04d}-{code}", first, last, "season")
    return [since_expr(e, pub)] if m.group("since") else [e]


def h_weekday(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"Friday" / "on Friday" -> the nearest Friday not after publication (the day itself included);
    "last Friday" strictly before; "next Monday" strictly after; a future cue ("will meet on Monday")
    makes a bare weekday the nearest one not before publication."""
    wd = lx.weekday_number(m.group("wd"))
    if wd is None:
        return []
    rel = " ".join((m.group("rel") or "").lower().split())
    start = m.start("rel") if rel and rel not in ("on",) else m.start("wd")
    if pub is None:
        return [make(m, start, m.end(), f"XXXX-WXX-{wd + 1}", None, None, "day")]
    if rel in ("last", "this past", "the previous", "previous"):
        mode = "before"
    elif rel in ("next", "this coming", "the following", "following", "coming"):
        mode = "after"
    elif future_cue(m.string, m.start()):
        mode = "next"
    else:
        mode = "latest"
    d = lx.shift_weekday(pub, wd, mode)
    return [make(m, start, m.end(), d.isoformat(), d, d, "day")]


_REL_DAY: Final = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                   "yesterday": -1, "last night": -1, "overnight": -1, "tomorrow": 1, "the day before yesterday": -2,
                   "the day after tomorrow": 2}
_REL_DAY_REF: Final = {0: "PRESENT_REF", -1: "PAST_REF", -2: "PAST_REF", 1: "FUTURE_REF", 2: "FUTURE_REF"}


def h_rel_day(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"today", "tonight", "yesterday (morning)", "last night", "tomorrow", "earlier today"."""
    key = " ".join(m.group("w").lower().split())
    key = re.sub(r"^(?:early|late|earlier|later)\s+", "", key)
    key = re.sub(r"^(yesterday|tomorrow)\s+\w+$", r"\1", key)
    shift = _REL_DAY[key]
    if pub is None:
        return [make(m, m.start(), m.end(), _REL_DAY_REF[shift], None, None, "day")]
    d = pub + dt.timedelta(days=shift)
    return [make(m, m.start(), m.end(), d.isoformat(), d, d, "day")]


def _unit_expr(m: re.Match[str], unit: str, anchor: dt.date) -> TimeExpr:
    """The calendar week/month/year/decade containing `anchor`."""
    if unit == "week":
        value, first, last = lx.week_span(anchor)
        return make(m, m.start(), m.end(), value, first, last, "week")
    if unit == "weekend":
        sat = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
        value, _, _ = lx.week_span(sat)
        return make(m, m.start(), m.end(), value + "-WE", sat, sat + ONE_DAY, "week")
    if unit == "month":
        return make(m, m.start(), m.end(), f"{anchor.year:04d}-{anchor.month:02d}",
                    dt.date(anchor.year, anchor.month, 1), lx.month_end(anchor.year, anchor.month), "month")
    if unit == "decade":
        y = anchor.year // 10 * 10
        return make(m, m.start(), m.end(), f"{y // 10:03d}X", dt.date(y, 1, 1), dt.date(y + 9, 12, 31),
                    "decade")
    return make(m, m.start(), m.end(), f"{anchor.year:04d}", dt.date(anchor.year, 1, 1),
                dt.date(anchor.year, 12, 31), "year")


def _shift(pub: dt.date, unit: str, n: int) -> dt.date:
    """`pub` moved by `n` weeks/months/years/decades (day clamped to the month's length)."""
    if unit in ("week", "weekend"):
        return pub + dt.timedelta(days=7 * n)
    if unit == "day":
        return pub + dt.timedelta(days=n)
    months = {"month": 1, "year": 12, "decade": 120}[unit] * n
    y, mo = lx.add_months(pub.year, pub.month, months)
    return dt.date(y, mo, min(pub.day, lx.month_end(y, mo).day))


def h_rel_unit(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"last week" (ISO week, Monday-Sunday), "this month", "earlier this year", "next year", "the weekend",
    "the past year" (the twelve months up to publication, PAST_REF)."""
    rel = " ".join(m.group("rel").lower().split())
    rel = {"this past": "the past", "the last": "the past", "this coming": "next", "the following": "next",
           "the current": "this"}.get(rel, rel)
    unit = m.group("unit").lower()
    if rel == "the" and ru.next_word(m.string, m.end()).lower() in _NOT_AFTER_THE_UNIT:
        return []  # "the year before", "the week of the vote": anchored elsewhere
    if rel == "the past" and unit != "weekend":
        if pub is None:
            return [make(m, m.start(), m.end(), "PAST_REF", None, None, "unknown")]
        return [make(m, m.start(), m.end(), "PAST_REF", _shift(pub, unit, -1), pub, unit)]
    if rel in ("the coming", "the next") and unit != "weekend":
        if pub is None:
            return [make(m, m.start(), m.end(), "FUTURE_REF", None, None, "unknown")]
        return [make(m, m.start(), m.end(), "FUTURE_REF", pub, _shift(pub, unit, 1), unit)]
    n = -1 if rel in ("last", "the previous") else 1 if rel == "next" else 0
    if pub is None:
        ref = "PAST_REF" if n < 0 else "FUTURE_REF" if n > 0 else "PRESENT_REF"
        return [make(m, m.start(), m.end(), ref, None, None, "week" if unit == "weekend" else unit)]
    if unit == "weekend":
        sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)  # latest Saturday by publication
        in_weekend = pub.weekday() >= 5
        if n < 0:
            sat -= dt.timedelta(days=7 if in_weekend else 0)
        elif n > 0 or (rel == "this" and not in_weekend):
            sat += dt.timedelta(days=7)
        return [_unit_expr(m, unit, sat)]
    return [_unit_expr(m, unit, _shift(pub, unit, n))]


def h_ago(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"two days ago" (a day), "three weeks ago" (a week), "a year ago"/"a year earlier" (a year),
    "several years ago" (PAST_REF); "in two days"/"two days from now" forward."""
    forward = m.group("dir").lower() in ("later", "from now", "hence")
    unit = m.group("unit").lower()
    n = lx.parse_number(m.group("num"))
    if n is None or pub is None:
        return [make(m, m.start(), m.end(), "FUTURE_REF" if forward else "PAST_REF", None, None, "unknown")]
    if unit == "day":
        d = pub + dt.timedelta(days=n if forward else -n)
        return [make(m, m.start(), m.end(), d.isoformat(), d, d, "day")]
    if unit in ("week", "month", "year", "decade"):
        return [_unit_expr(m, unit, _shift(pub, unit, n if forward else -n))]
    return []


def h_year_ago_adj(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"year-earlier", "year-ago" (results of the year before publication)."""
    if pub is None:
        return [make(m, m.start(), m.end(), "PAST_REF", None, None, "year")]
    y = pub.year - 1
    return [make(m, m.start(), m.end(), f"{y:04d}", dt.date(y, 1, 1), dt.date(y, 12, 31), "year")]


def h_vague(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """PAST_REF ("recently", "in the past", "the past few months"), PRESENT_REF ("now", "currently"),
    FUTURE_REF ("soon", "in the future", "in the coming weeks"). A unit ("few months", "recent days")
    gives a span reaching to publication."""
    t = " ".join(m.group(0).lower().split())
    if any(w in t for w in ("future", "soon", "shortly", "coming", "next", "ahead")):
        ref = "FUTURE_REF"
    elif any(w in t for w in ("recent", "past", "previous", "lately", "last", "formerly")):
        ref = "PAST_REF"
    else:
        ref = "PRESENT_REF"
    unit = re.search(r"(days?|weeks?|months?|years?|decades?)$", t)
    if pub is None or unit is None or ref == "PRESENT_REF":
        return [make(m, m.start(), m.end(), ref, None, None, "unknown")]
    days = _REF_DAYS[unit.group(1)]
    lead = re.match(r"(?:in|over|during)\s+", m.group(0), re.IGNORECASE)
    start = m.start() + (lead.end() if lead else 0)
    if ref == "PAST_REF":
        first, last = pub - dt.timedelta(days=days), pub
    else:
        first, last = pub, pub + dt.timedelta(days=days)
    return [make(m, start, m.end(), ref, first, last, unit.group(1).rstrip("s"))]


def h_duration(m: re.Match[str], pub: dt.date | None) -> list[TimeExpr]:
    """"for two weeks" -> P2W, "three-day" -> P3D, "in four days" -> P4D, "48 hours" -> PT48H, "for weeks"
    -> PXW; "the past two weeks" -> PAST_REF over the fortnight before publication. A counted duration
    in days or longer spans the days that end on publication (`_counted_back`)."""
    gd = m.groupdict()
    unit = m.group("unit").lower()
    raw = gd.get("num") or None
    pos = (gd.get("pos") or "").lower()
    if raw is None:
        n: float | None = None
    elif raw.lower() in lx.VAGUE_NUMBERS or " ".join(raw.lower().split()) in lx.VAGUE_NUMBERS:
        n = None
    else:
        n = lx.parse_number(raw) if "." not in raw else float(raw)
        if n is None:
            return []
    if raw is not None and raw.lower() in ("a", "an", "one") \
            and not (gd.get("prep") or gd.get("long") or pos):
        return []  # "twice a day", "one day he left"
    if unit == "year" and not gd.get("long") \
            and re.match(r"[\s-]*(?:olds?|of age)\b", m.string[m.end():m.end() + 10]):
        return []  # an age: "a 25-year-old man"
    code = lx.UNIT_CODES["century" if unit == "centurie" else unit]
    if unit == "fortnight":
        n = None if n is None else 2 * n
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    timed = unit in ("second", "minute", "hour")
    value = f"PT{amount}{code}" if timed else f"P{amount}{code}"
    start = m.start("num") if raw is not None and not pos else m.start()
    if pos in ("past", "last", "previous", "next", "coming") and pub is not None:
        # "the past two weeks": the span up to publication; "the next 48 hours": the span after it
        lead = re.match(r"\w+\s+", m.group(0)) if gd.get("prep") else None
        start = m.start() + (lead.end() if lead else 0)
        if unit == "hour":
            days, precision = max(1, -(-int(n or 24) // 24)), "day"
        elif timed:
            days, precision = 1, "day"
        else:
            days, precision = int((n or 3) * lx.UNIT_DAYS[code]), "day" if code == "D" else unit
        span = dt.timedelta(days=days)
        if pos in ("next", "coming"):
            return [make(m, start, m.end(), "FUTURE_REF", pub, pub + span, precision)]
        return [make(m, start, m.end(), "PAST_REF", pub - span, pub, precision)]
    first, last = _counted_back(n, code, timed, pub)
    return [make(m, start, m.end(), value, first, last, "unknown")]


def _counted_back(n: float | None, code: str, timed: bool, pub: dt.date | None
                  ) -> tuple[dt.date | None, dt.date | None]:
    """The days a counted duration covers when nothing else anchors it: it ends on publication
    ("killed 40 people in four days", published 13 March: 10 to 13 March). Precision stays unknown,
    so an event takes this span only when no date of its own governs it."""
    if pub is None or n is None or timed or code not in ("D", "W"):  # months and years: no day span
        return None, None
    days = int(round(n * lx.UNIT_DAYS[code]))
    if days < 1:
        return None, None
    return pub - dt.timedelta(days=days - 1), pub
