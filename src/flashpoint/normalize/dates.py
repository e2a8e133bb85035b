"""Time expressions in news text, found by rules and normalised TimeML-style against the publication date.

`find_dates` gives every expression ("3 January 2020", "last Friday", "the third quarter of 1989",
"two days ago", "for two weeks", "between 3 and 5 January"); `find_publication_date` reads the date a
document states for itself (dateline or sign-off line); `duration_days` turns "P2W" into 14.

Rules live in `dates_rules` (absolute dates, years, decades) and `dates_rel` (quarters, seasons,
weekdays, relative and vague expressions, durations); word lists and calendar arithmetic in `dates_lex`.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Final

from flashpoint.normalize import dates_lex as lx
from flashpoint.normalize import dates_rel as rel
from flashpoint.normalize import dates_rules as ru
from flashpoint.normalize.dates_rules import DAY, MOD, MON, NUM, SINCE, TOD, UNIT, WD, WDP, YEAR, Handler
from flashpoint.records import TimeExpr

__all__ = ["find_dates", "find_publication_date", "duration_days"]

_SEP: Final = r"\s*(?P<sep>-|–|—|to|and|or|until|till|through)\s*"
_PRE: Final = r"(?:(?P<pre>[Bb]etween|[Ff]rom)\s+)?"
_PATTERNS: Final[tuple[tuple[str, Handler], ...]] = (
    (r"\b(?P<y>(?:1[89]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)", ru.h_iso),
    (r"(?:(?P<ctx>\b(?:[Oo]n|[Oo]f|[Aa]|[Tt]he|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]ated|[Bb]efore|[Aa]fter"
     r"|[Bb]etween|(?<!\s\d\s)(?<!\s\d\d\s)and)\s+)|\()?"
     r"(?<![\d/.])(?P<d>[0-3]?\d)/(?P<m>[0-3]?\d)(?:/(?P<y>(?:19|20)?\d\d))?(?![\d/])", ru.h_numeric),
    (rf"\b{TOD}{WDP}(?:the\s+)?{DAY}\s+(?:of\s+)?{MON}\.?(?:,?\s+{YEAR})?\b", ru.h_day_month),
    (rf"\b{TOD}{WDP}{MON}\.?\s+(?:the\s+)?{DAY}(?:,?\s+{YEAR})?\b", ru.h_day_month),
    (rf"\b{DAY}-{MON}-{YEAR}\b", ru.h_day_month),
    (rf"\b{_PRE}(?:the\s+)?{ru.day_re('d1')}{_SEP}(?:the\s+)?{ru.day_re('d2')}\s+(?:of\s+)?{MON}\.?"
     rf"(?:,?\s+{YEAR})?\b", ru.h_day_range),
    (rf"\b{_PRE}{MON}\.?\s+{ru.day_re('d1')}{_SEP}{ru.day_re('d2')}(?:,?\s+{YEAR})?\b", ru.h_day_range),
    (rf"\b(?:[Tt]he\s+)?(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+{MON}\.?"
     rf"(?:,?\s+{YEAR})?\b", ru.h_week_of_month),
    (rf"\b{SINCE}{MOD}{MON}\.?,?\s+(?:of\s+)?{YEAR}", ru.h_month_year),
    (rf"\b{SINCE}{MOD}{MON}\.?(?:\s+of)?\s+(?P<rel>this|last|next)\s+year\b", ru.h_month_rel_year),
    (rf"\b{SINCE}{MOD}(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|the\s+previous"
     rf"|the\s+following)\s+)?{MON}\b\.?", ru.h_month),
    (r"\b(?P<ctx>[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Oo]f|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter"
     r"|[Ff]or|[Ii]nto|[Ff]iscal|[Cc]alendar|(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]he|\w+['’]s)(?=\s+\d{4}\s+[A-Za-z])|(?:[Tt]he\s+)?year|[Ee]arly|[Ll]ate|[Mm]id-?|(?:the\s+)?(?:end|beginning|start"
     rf"|middle|turn|close)\s+of|[Ee]arlier\s+in|[Ll]ater\s+in)(?:\s+|(?<=-)){YEAR}", ru.h_year),
    (rf"(?P<ctx>)\b{YEAR}(?=['’]s\b)", ru.h_year),
    (rf"\b{_PRE}{ru.year_re('y1')}{_SEP}(?P<y2>(?:1[89]|20)\d\d|\d\d)(?!\d)(?!,\d)", ru.h_year_range),
    (rf"(?<!\w){SINCE}(?P<the>[Tt]he\s+)?{MOD}(?:(?P<cent>1[89]|20)(?P<dec>\d)0s|['’](?P<dec2>\d)0s"
     r"|(?P<dword>[Tt]wenties|[Tt]hirties|[Ff]orties|[Ff]ifties|[Ss]ixties|[Ss]eventies|[Ee]ighties"
     r"|[Nn]ineties))\b", ru.h_decade),
    (rf"(?<!\w)(?:the\s+)?{MOD}(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|[a-z]+(?:-first)?)[\s-]+[Cc]entury\b",
     ru.h_century),
    (rf"\b(?:{ru.year_re('pyear')}(?:['’]s)?\s+|(?P<prel>[Tt]his|[Ll]ast|[Nn]ext)\s+year['’]s\s+)?"
     r"(?P<the>[Tt]he\s+)?(?:(?P<ago>year[-\s](?:earlier|ago))\s+)?(?:(?:fiscal|calendar)[\s-]+)?(?P<ord>first|second|third|fourth|final|last|1st"
     r"|2nd|3rd|4th|First|Second|Third|Fourth|Final|Last)[\s-]+(?:fiscal[\s-]+)?(?P<unit>quarter|half)"
     r"(?:\s+of\s+(?:the\s+)?(?:(?:fiscal|calendar)\s+)?(?:year\s+)?"
     rf"(?:{YEAR}|(?P<rel>this|last|next)\s+year))?\b", rel.h_quarter),
    (rf"\b(?P<unit>[QH])(?P<n>[1-4])(?:(?:\s+|-|/)?{YEAR})?\b", rel.h_quarter_code),
    (r"\b(?P<det>[Tt]he\s+latest|[Tt]he\s+current|[Tt]he\s+previous|[Tt]he\s+past|[Tt]he\s+last"
     r"|[Tt]he\s+coming|[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)\s+(?:fiscal\s+)?quarter\b"
     r"(?!\s+(?:where|of|which|that|whose|near)\b)", rel.h_rel_quarter),
    (rf"(?<!\w){SINCE}(?:(?P<det>[Mm]id-|(?:[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Ll]ast|[Nn]ext|[Tt]he"
     r"|[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id)(?=\s))\s*)?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all"
     rf"|[Ww]inter)\b(?:,?\s+(?:of\s+)?{YEAR})?", rel.h_season),
    (rf"\b{TOD}(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Tt]he\s+previous"
     rf"|[Tt]he\s+following|[Pp]revious|[Ff]ollowing|[Cc]oming|[Oo]n|[Ee]arly|[Ll]ate)\s+)?{WD}(?![sS]\b)"
     r"(?:\s+(?:morning|afternoon|evening|night))?\b", rel.h_weekday),
    (r"(?<!\w)(?P<w>(?:(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?(?:[Tt]oday|[Tt]onight"
     r"|[Tt]his\s+(?:morning|afternoon|evening)|[Yy]esterday(?:\s+(?:morning|afternoon|evening|night))?"
     r"|[Tt]omorrow(?:\s+(?:morning|afternoon|evening|night))?|[Ll]ast\s+night|[Oo]vernight|[Tt]he\s+day\s+before"
     r"\s+yesterday|[Tt]he\s+day\s+after\s+tomorrow))\b", rel.h_rel_day),
    (rf"(?i:\b{NUM}\s+{UNIT}s?\s+(?P<dir>ago|earlier|from\s+now|hence)\b)", rel.h_ago),
    (r"\b(?:[Tt]he\s+)?[Yy]ear[-\s](?:earlier|ago)(?:\s+(?:quarter|period))?\b", rel.h_year_ago_adj),
    (r"\b(?P<mod>(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|(?:[Tt]he\s+)?(?:end|beginning|start|middle|rest"
     r"|remainder)\s+of)\s+)?(?P<rel>[Ll]ast|[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Nn]ext|[Tt]he\s+past"
     r"|[Tt]he\s+last|[Tt]he\s+previous|[Tt]he\s+current|[Tt]he\s+coming|[Tt]he\s+next|[Tt]he\s+following"
     r"|[Tt]he)\s+(?P<unit>week|weekend|month|year|decade)\b(?!-)", rel.h_rel_unit),
    (r"(?i:\b(?:(?:in\s+|over\s+|during\s+)?the\s+(?:past|last|previous)\s+(?:several|few|couple\s+of)\s+"
     r"(?:days|weeks|months|years)|(?:in|over)\s+the\s+(?:coming|next)\s+(?:few\s+|several\s+)?"
     r"(?:days|weeks|months|years)|the\s+(?:coming|next)\s+few\s+(?:days|weeks|months|years)"
     r"|in\s+the\s+days\s+ahead|(?:in\s+|over\s+|during\s+)?recent\s+(?:days|weeks|months|years|decades|times)"
     r"|recently|lately|previously|formerly|(?:in\s+)?the\s+past|recent|(?:right\s+|just\s+)?now|currently"
     r"|current|at\s+present|presently|at\s+the\s+moment|nowadays|these\s+days"
     r"|(?:in\s+)?the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|soon|shortly)\b)", rel.h_vague),
    (rf"(?i:\b(?:(?P<prep>for|in|within|over|during|after|lasting|spanning)\s+)?(?:(?:the|a|an)\s+)?"
     rf"(?:(?P<pos>first|past|last|next|coming|previous|following)\s+)?{NUM}[\s-]+{UNIT}s?(?P<long>-long)?\b)",
     rel.h_duration),
    (r"(?i:\b(?P<prep>for|over|in|within)\s+(?:many\s+)?(?P<unit>hour|day|week|month|year|decade)s\b)",
     rel.h_duration),
    (ru.BARE_DAY, ru.h_bare_day),
)
_RANGE_GAP: Final = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*$")
_RANGE_PRE: Final = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+$")
_SINCE_PRE: Final = re.compile(r"\b[Ss]ince\s+$")
_HAS_YEAR: Final = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


_DAY_GAP: Final = r"\d\s*(?:-|–|—|to|and|or|until|till|through)\s*(?:the\s+)?\d"
_YEARISH: Final = r"(?:1[89]|20)\d\d"
_UNITS: Final = r"second|minute|hour|day|night|week|fortnight|month|year|decade|centur"
# A cheap test per rule (same order as _PATTERNS): a text without it cannot match, so the rule is skipped.
_GATES: Final = (
    r"\d{4}-\d", r"\d/\d", r"\d", r"\d", r"\d-[a-z]", _DAY_GAP, _DAY_GAP, r"week\s+of", _YEARISH,
    r"(?:this|last|next)\s+year",
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", _YEARISH, _YEARISH, _YEARISH, r"0s\b|ties\b",
    "century", "quarter|half", r"\b[qh][1-4]\b", "quarter", "spring|summer|autumn|fall|winter", r"day\b",
    r"today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|tomorrow|last\s+night|overnight",
    r"ago|earlier|from\s+now|hence", r"year.(?:earlier|ago)", "week|month|year|decade", "", _UNITS, _UNITS,
    r"the\s+[0-3]?\d(?:st|nd|rd|th)",
)


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern[str], Handler, re.Pattern[str] | None], ...]:
    """The compiled rules with their gates, built once on first use."""
    return tuple((re.compile(p), h, re.compile(g, re.IGNORECASE) if g else None)
                 for (p, h), g in zip(_PATTERNS, _GATES, strict=True))


def _candidates(text: str, pub: dt.date | None) -> list[tuple[TimeExpr, int]]:
    """Every expression any rule accepts, with the rule's rank (earlier rules win ties)."""
    out: list[tuple[TimeExpr, int]] = []
    for rank, (pattern, handler, gate) in enumerate(_rules()):
        if gate is not None and gate.search(text) is None:
            continue
        pos = 0
        while pos <= len(text):
            m = pattern.search(text, pos)
            if m is None:
                break
            try:
                found = [e for e in handler(m, pub) if e.end > e.start] if m.end() > m.start() else []
            except (ValueError, OverflowError):  # arithmetic past the calendar's ends ("1000000 years ago")
                found = []
            out.extend((e, rank) for e in found)
            pos = m.end() if found else m.start() + 1
    return out


def _select(cands: list[tuple[TimeExpr, int]]) -> list[TimeExpr]:
    """Longest expressions first, then earlier rules; drop any that overlap one already kept."""
    kept: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    for e, _ in sorted(cands, key=lambda c: (-(c[0].end - c[0].start), c[1], c[0].start)):
        if all(e.end <= s or e.start >= t for s, t in taken):
            kept.append(e)
            taken.append((e.start, e.end))
    return sorted(kept, key=lambda e: e.start)


def _with_year(e: TimeExpr, year: int) -> TimeExpr | None:
    """A year-less day or month expression moved into `year` (for "from 3 December to 5 January 2020")."""
    if e.start_date is None or e.end_date is None or e.precision not in ("day", "month"):
        return None
    first = lx.safe_date(year, e.start_date.month, e.start_date.day)
    if first is None:
        return None
    if e.precision == "day":
        return TimeExpr(e.start, e.end, e.text, first.isoformat(), first, first, "day")
    return TimeExpr(e.start, e.end, e.text, f"{year:04d}-{first.month:02d}", first,
                    lx.month_end(year, first.month), "month")


def _merge_ranges(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """Join "from X to Y", "between X and Y", "X - Y" into one expression spanning X's start to Y's end."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        b = exprs[i + 1] if i + 1 < len(exprs) else None
        merged = _try_merge(text, a, b) if b is not None else None
        if merged is not None:
            out.append(merged)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _try_merge(text: str, a: TimeExpr, b: TimeExpr) -> TimeExpr | None:
    gap = text[a.end:b.start]
    if not _RANGE_GAP.match(gap) or "\n" in gap:
        return None
    if a.start_date is None or b.start_date is None or b.end_date is None or _is_duration(a) or _is_duration(b):
        return None
    pre = _RANGE_PRE.search(text, max(0, a.start - 10), a.start)
    sep = gap.strip()
    if (sep == "and") != bool(pre and pre.group(0).lower().startswith("between")):
        return None
    if sep in ("to", "until", "till", "through") and not pre and a.precision != b.precision:
        return None
    if not _HAS_YEAR.search(a.text) and _HAS_YEAR.search(b.text) and a.start_date.year != b.start_date.year:
        moved = _with_year(a, b.start_date.year)
        if moved is not None and moved.start_date is not None and moved.start_date > b.start_date:
            moved = _with_year(a, b.start_date.year - 1)
        a = moved or a
    if a.start_date is None or a.start_date > b.end_date:
        return None
    start = pre.start() if pre else a.start
    precision = a.precision if a.precision == b.precision else "unknown"
    return TimeExpr(start, b.end, text[start:b.end], f"{a.value}/{b.value}", a.start_date, b.end_date,
                    precision)


def _is_duration(e: TimeExpr) -> bool:
    """A duration ("four days"): its span, counted back from publication, is no date to join or extend."""
    return e.value.startswith("P")


def _add_since(text: str, exprs: list[TimeExpr], pub: dt.date | None) -> list[TimeExpr]:
    """"since Friday", "since 3 January": the span runs on to publication."""
    out = []
    for e in exprs:
        pre = _SINCE_PRE.search(text, max(0, e.start - 8), e.start)
        if pre and e.start_date is not None and not _is_duration(e) and not e.text.lower().startswith("since"):
            e = ru.since_expr(TimeExpr(pre.start(), e.end, text[pre.start():e.end], e.value, e.start_date,
                                       e.end_date, e.precision), pub)
        out.append(e)
    return out


_YEAR_BACK: Final = re.compile(r"(?i)year[-\s](?:ago|earlier)|^last\s+year$")
_QUARTER_VALUE: Final = re.compile(r"^(\d{4})-Q([1-4])$")


def _near_quarter(text: str, q: TimeExpr, e: TimeExpr) -> bool:
    """`q` is in the sentence of `e`, or shortly before it (the sentence before)."""
    between = text[min(q.end, e.end):max(q.start, e.start)]
    if q.start > e.start:
        return not re.search(r"[.!?]\s", between)
    return len(between) < 250 and len(re.findall(r"[.!?]\s", between)) <= 1


def _anchor_year_back(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """"a year earlier"/"year-ago"/"last year" in a sentence about a quarter means that quarter a year
    before ("third-quarter profit rose from a year earlier" -> the third quarter of the year before)."""
    out = []
    for e in exprs:
        if _YEAR_BACK.search(e.text) and re.fullmatch(r"\d{4}", e.value):
            quarters = [q for q in exprs if (qm := _QUARTER_VALUE.match(q.value))
                        and int(qm.group(1)) == int(e.value) + 1 and _near_quarter(text, q, e)]
            if quarters:
                q = min(quarters, key=lambda q: abs(q.start - e.start))
                n, year = int(q.value[-1]), int(e.value)
                first, last = lx.quarter_span(year, n)
                e = TimeExpr(e.start, e.end, e.text, f"{year:04d}-Q{n}", first, last, "quarter")
        out.append(e)
    return out


def find_dates(text: str, published: dt.date | None) -> list[TimeExpr]:
    """Every time expression in `text`, sorted by start, non-overlapping, offsets into `text`, normalised
    against `published`. Without `published`, absolute expressions still resolve while relative ones get
    values like PAST_REF or XXXX-12-27 and no dates. Plain counts ("5300 troops") are never years: a
    4-digit number is a year only in a date context (after in/since/by/during/of/until..., or a month)."""
    if isinstance(published, dt.datetime):
        published = published.date()
    exprs = ru.anchor_bare_days(_anchor_year_back(text, _select(_candidates(text, published))), published)
    return _add_since(text, _merge_ranges(text, exprs), published)


# ---------------------------------------------------------------- publication date
_NAME: Final = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|de|el|al)){0,4}"  # capitalised words: a place
_TOP_PREFIX: Final = re.compile(
    r"^\s*(?:By\s+[^|\n]{1,40}[|·•]\s*)?"  # "By Jane Doe | "
    rf"(?:{_NAME},\s*){{0,2}}(?:{_NAME}\s*)?"  # "NAIROBI, Kenya"
    r"(?:\([\w .'’/-]{1,30}\)\s*)?(?:[-—–:|]+\s*)?"  # "(Reuters) -"
    r"(?:(?:Published|Posted|Updated|Last updated|First published|Date|Dated)(?:\s+on)?\s*:?\s*)?"
    r"(?:[A-Z][a-z]+day,?\s+)?$")
_TOP_SUFFIX: Final = re.compile(r"^\s*(?:[,(/—–:|-]|\d{1,2}[:.]\d\d|by\b|$)")
_BOTTOM_LINE: Final = re.compile(
    r"^\W*(?:[A-Z][\w&.'’ -]{1,30},\s+)?"  # "- Wire, 8 March 2024"
    r"(?:(?:Published|Posted|Updated|Last updated|First published|Date|Dated)(?:\s+on)?\s*:?\s*)?"
    r"(?:[A-Z][a-z]+day,?\s+)?$")
_BOTTOM_SUFFIX: Final = re.compile(
    r"^\s*(?:,?\s*\d{1,2}[:.]\d\d(?:\s*[APap]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?\W*$")
_PUBLISHED_ON: Final = re.compile(r"\b(?:first )?(?:published|posted)(?: on)?:?\s+", re.IGNORECASE)
_ABSOLUTE_DAY: Final = re.compile(r"^(?:\d{4}|XXXX)-\d\d-\d\d$")


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every non-blank line."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def _latest_year(text: str) -> int | None:
    """The latest year the text states in an absolute date expression (to date a year-less dateline)."""
    years = [e.start_date.year for e in find_dates(text, None)
             if e.start_date is not None and _HAS_YEAR.search(e.text)]
    return max(years) if years else None


def _line_date(text: str, offset: int, line: str, prefix: re.Pattern[str],
               suffix: re.Pattern[str]) -> tuple[dt.date, int, int] | None:
    for e in find_dates(line, None):
        if not _ABSOLUTE_DAY.match(e.value):
            continue
        if not prefix.match(line[:e.start]) or not suffix.match(line[e.end:]):
            return None
        if e.start_date is not None:
            return e.start_date, offset + e.start, offset + e.end
        year = _latest_year(text)
        month, day = int(e.value[5:7]), int(e.value[8:10])
        d = lx.safe_date(year, month, day) if year else None
        return (d, offset + e.start, offset + e.end) if d else None
    return None


def find_publication_date(text: str) -> tuple[dt.date, int, int] | None:
    """A publication date the document states itself, with its span: a dateline at the top ("BAGHDAD,
    Jan. 3 (Reuters) -", "3 January 2020 —", a date alone on one of the first lines) or a sign-off line
    near the end ("3 Janaury 2020" alone on a line, "Published: January 3, 2020"). A dateline without a
    year takes the latest year the text states; with none, it gives no date."""
    lines = _lines(text)
    for offset, line in lines[:5]:
        if offset > 600:
            break
        found = _line_date(text, offset, line, _TOP_PREFIX, _TOP_SUFFIX)
        if found:
            return found
    for offset, line in reversed(lines[-8:]):
        if len(text) - offset > 2000:
            continue
        found = _line_date(text, offset, line, _BOTTOM_LINE, _BOTTOM_SUFFIX) if len(line) <= 80 else None
        if found:
            return found
        # "This article was first published on 3 September 2023. ..."
        said = _PUBLISHED_ON.search(line)
        if said:
            for e in find_dates(line[said.end():said.end() + 40], None):
                if e.start == 0 and _ABSOLUTE_DAY.match(e.value) and e.start_date:
                    start = offset + said.end()
                    return e.start_date, start, start + e.end
    return None


# ---------------------------------------------------------------- durations
_DURATION: Final = re.compile(r"^P(?:(?P<n>\d+(?:\.\d+)?)(?P<u>DE|CE|D|W|M|Y)|T(?P<h>\d+(?:\.\d+)?)H)$")


def duration_days(expr: TimeExpr) -> int | None:
    """Days in a duration value: P4D -> 4, P2W -> 14, P1M -> 30, P1Y -> 365, PT48H -> 2; None for
    anything else (vague PXD, minutes, dates)."""
    m = _DURATION.match(expr.value)
    if m is None:
        return None
    if m.group("h"):
        return int(float(m.group("h")) // 24)
    return int(round(float(m.group("n")) * lx.UNIT_DAYS[m.group("u")]))
