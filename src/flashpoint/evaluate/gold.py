"""Gold events: reading the project's gold JSONL and scoring predicted events against it.

The gold format is described in `shared/gold/README.md`; the scoring semantics follow the
shared reference scorer (`shared/eval/score.py`), so numbers from `flashpoint eval` and from that
script agree:

- Only predictions whose `factuality` is `asserted` (the default when absent) are paired with gold
  events; every prediction, asserted or not, is limited to documents that have gold rows.
- A prediction can pair with a gold event when it is *compatible* (accepted event type, accepted
  country, date range overlapping the gold range widened by one day) and some evidence span lies
  within the event's `near` characters of its anchor. Pairs are taken greedily: required events
  first, then the closest evidence, then file order.
- A prediction paired with a required event is a true positive and its fields are checked; one
  paired with an optional event counts for nothing; an unpaired asserted prediction is a false
  positive; an unpaired required event is a miss.
- A negative rule is violated when any asserted prediction meets all of its `forbid` conditions.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import pathlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Row = Mapping[str, Any]

# A prediction without evidence is infinitely far from every anchor; it may still pair with an
# event that sets no `near` limit (the reference scorer behaves the same way).
FAR = math.inf
EARTH_DIAMETER_KM = 12742.0


# ---------------------------------------------------------------------------------------------
# Reading


def read_gold(paths: Iterable[str | pathlib.Path]) -> list[dict[str, Any]]:
    """Every gold row (event or negative) from the JSONL files in `paths`, in file order.

    A directory stands for the `*.jsonl` files inside it, sorted by name. Blank lines are skipped;
    a malformed line raises `ValueError` naming the file and line.
    """
    rows: list[dict[str, Any]] = []
    for path in _expand(paths):
        for number, row in jsonl_rows(path):
            if not isinstance(row, dict) or "doc_id" not in row or "id" not in row:
                raise ValueError(f"{path}:{number}: a gold row needs `id` and `doc_id`")
            rows.append(row)
    return rows


def jsonl_rows(path: str | pathlib.Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) for every non-blank line of a JSONL file; `ValueError` naming
    the file and line for one that is not JSON."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}:{number}: not a JSON object: {err.msg}") from err


def _expand(paths: Iterable[str | pathlib.Path]) -> list[pathlib.Path]:
    out: list[pathlib.Path] = []
    for raw in paths:
        path = pathlib.Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.suffix == ".jsonl"))
        else:
            out.append(path)
    return out


# ---------------------------------------------------------------------------------------------
# Small helpers over the JSON forms


def _day(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def _listed(value: Any) -> list[Any]:
    """A gold value that may be one item or a list, as a list (empty for None)."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in degrees."""
    rad = math.pi / 180
    h = (math.sin((lat2 - lat1) * rad / 2) ** 2
         + math.cos(lat1 * rad) * math.cos(lat2 * rad) * math.sin((lon2 - lon1) * rad / 2) ** 2)
    return EARTH_DIAMETER_KM * math.asin(math.sqrt(min(1.0, h)))


def _pred_days(pred: Row) -> tuple[dt.date | None, dt.date | None]:
    """The predicted date range; an open end means the single start day."""
    date = pred.get("date") or {}
    start = _day(date.get("start"))
    return start, (_day(date.get("end")) or start)


def _pred_country(pred: Row) -> Any:
    return (pred.get("location") or {}).get("country")


def _actor1_countries(pred: Row) -> set[Any]:
    return {a.get("country") for a in pred.get("actors") or [] if a.get("role") == "actor1"}


def _spans(pred: Row, doc_id: str) -> list[tuple[int, int]]:
    """Evidence spans of `pred` that lie in document `doc_id` (evidence without a doc_id does)."""
    return [(int(e["start"]), int(e["end"])) for e in pred.get("evidence") or []
            if e.get("doc_id", doc_id) == doc_id]


def _overlaps(lo: dt.date, hi: dt.date, start: dt.date, end: dt.date) -> bool:
    return not (end < lo or start > hi)


# ---------------------------------------------------------------------------------------------
# Pairing


def is_compatible(pred: Row, gold: Row) -> bool:
    """True when `pred` could be the gold event: type accepted, country accepted, dates overlap.

    The gold date range is widened by one day on each side; with `date_start_only` only the day
    after `start` is added at the end. A gold event with a date needs a predicted date.
    """
    if pred.get("event_type") not in gold.get("event_type", []):
        return False
    countries = _listed(gold.get("country"))
    if countries and _pred_country(pred) not in countries:
        return False
    gdate = gold.get("date") or {}
    g_start, g_end = _day(gdate.get("start")), _day(gdate.get("end"))
    if g_start is None and g_end is None:
        return True
    p_start, p_end = _pred_days(pred)
    if p_start is None or p_end is None:
        return False
    one = dt.timedelta(days=1)
    lo = g_start - one if g_start else dt.date.min
    last = g_start if (gold.get("date_start_only") and g_start) else (g_end or g_start)
    assert last is not None  # one of start/end is set here
    return _overlaps(lo, last + one, p_start, p_end)


def anchor_distance(pred: Row, gold: Row, doc_id: str) -> float:
    """Characters between the gold anchor and the nearest evidence span (0 when they touch)."""
    a_start, a_end = gold["anchor"]
    best = FAR
    for start, end in _spans(pred, doc_id):
        if start <= a_end and end >= a_start:
            return 0
        gap = start - a_end if start > a_end else a_start - end
        best = min(best, gap)
    return best


# ---------------------------------------------------------------------------------------------
# Field checks


def _count_matches(pred_count: Any, gold_count: Any) -> bool:
    """Gold None: the text gives no number, so the prediction must give none either.
    Otherwise the predicted low must be an accepted low and the highs must be equal."""
    pred_count = pred_count or {}
    if gold_count is None:
        return pred_count.get("low") is None and pred_count.get("high") is None
    lows = [gold_count.get("low"), *gold_count.get("also_low", [])]
    return pred_count.get("low") in lows and pred_count.get("high") == gold_count.get("high")


def check_fields(pred: Row, gold: Row) -> dict[str, bool]:
    """Each field the gold event scores, with whether `pred` gets it right."""
    out: dict[str, bool] = {}
    if gold.get("sub_event_type"):
        out["sub_event_type"] = pred.get("sub_event_type") in gold["sub_event_type"]
    gdate = gold.get("date") or {}
    if gdate.get("start"):
        pdate = pred.get("date") or {}
        precisions = gdate.get("precision_any") or [gdate.get("precision")]
        out["date"] = pdate.get("start") == gdate["start"] and pdate.get("precision") in precisions
    place = gold.get("place")
    if place:
        loc = pred.get("location") or {}
        lat, lon = loc.get("lat"), loc.get("lon")
        out["place"] = (lat is not None and lon is not None
                        and haversine_km(lat, lon, place["lat"], place["lon"]) <= place["radius_km"])
    for key in ("fatalities", "injuries", "arrests"):
        if key in gold:
            out[key] = _count_matches(pred.get(key), gold[key])
    if gold.get("actor1_country"):
        out["actor1"] = gold["actor1_country"] in _actor1_countries(pred)
    if gold.get("actor2_any"):
        said = " ".join(f"{a.get('name') or ''} {a.get('text') or ''}" for a in pred.get("actors") or []
                        if a.get("role") in ("actor2", "assoc_actor2")).lower()
        out["actor2"] = any(word.lower() in said for word in gold["actor2_any"])
    if gold.get("attribution"):
        source = ((pred.get("attribution") or {}).get("source") or "").lower()
        out["attribution"] = gold["attribution"].lower() in source
    return out


def violates(pred: Row, rule: Row, doc_id: str) -> bool:
    """True when `pred` meets every condition of the negative rule's `forbid`."""
    forbid = rule["forbid"]
    if "event_type" in forbid and pred.get("event_type") not in forbid["event_type"]:
        return False
    if "actor1_country" in forbid and forbid["actor1_country"] not in _actor1_countries(pred):
        return False
    if "country" in forbid and _pred_country(pred) != forbid["country"]:
        return False
    if "date_within" in forbid:
        p_start, p_end = _pred_days(pred)
        lo, hi = _day(forbid["date_within"][0]), _day(forbid["date_within"][1])
        if p_start is None or p_end is None or lo is None or hi is None:
            return False
        if not _overlaps(lo, hi, p_start, p_end):
            return False
    spans = _spans(pred, doc_id)
    if "evidence_within" in forbid:
        lo_c, hi_c = forbid["evidence_within"]
        if not spans or not all(lo_c <= s and e <= hi_c for s, e in spans):
            return False
    if "evidence_overlaps" in forbid:
        lo_c, hi_c = forbid["evidence_overlaps"]
        if not any(s < hi_c and e > lo_c for s, e in spans):
            return False
    return True


# ---------------------------------------------------------------------------------------------
# The score


@dataclass(slots=True)
class FieldScore:
    """How often one field was right among the true positives that score it."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(slots=True)
class GoldScore:
    """Event-level precision/recall against gold, per-field accuracy over true positives, and the
    lists a person reads to see what went wrong (`doc:gold_id` for misses and violations)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields: dict[str, FieldScore] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    negatives_violated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """Documents the evaluation could not read or extract from (`doc_id: reason`)."""

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The JSON form; the keys of the reference scorer's `--json` output, plus `skipped`."""
        names = sorted(self.fields)
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
            "fields": {k: round(self.fields[k].accuracy, 3) for k in names},
            "field_counts": {k: [self.fields[k].correct, self.fields[k].total] for k in names},
            "negatives_violated": list(self.negatives_violated),
            "missed": list(self.missed),
            "false_positives": list(self.false_positives),
            "skipped": list(self.skipped),
        }


def _describe(pred: Row, doc_id: str) -> str:
    evidence = pred.get("evidence") or [{}]
    text = str(evidence[0].get("text") or "")[:80]
    start = (pred.get("date") or {}).get("start")
    return f"{doc_id}:{pred.get('event_type')}:{start}:{text!r}"


def _pair(golds: Sequence[Row], preds: Sequence[Row], doc_id: str) -> dict[int, int]:
    """Greedy one-to-one pairing, gold index -> prediction index (see the module docstring)."""
    candidates: list[tuple[int, float, int, int]] = []
    for gi, gold in enumerate(golds):
        near = gold.get("near")
        limit = FAR if near is None else float(near)
        for pi, pred in enumerate(preds):
            if not is_compatible(pred, gold):
                continue
            distance = anchor_distance(pred, gold, doc_id)
            if distance <= limit:
                candidates.append((0 if gold.get("required") else 1, distance, gi, pi))
    paired: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, gi, pi in sorted(candidates):
        if gi in paired or pi in taken:
            continue
        paired[gi] = pi
        taken.add(pi)
    return paired


def score_gold(gold_rows: Iterable[Row], predicted: Iterable[Row]) -> GoldScore:
    """Score predicted event dicts (schema JSON) against gold rows (events and negatives)."""
    events: dict[str, list[Row]] = {}
    negatives: dict[str, list[Row]] = {}
    for row in gold_rows:
        target = negatives if row.get("kind") == "negative" else events
        target.setdefault(row["doc_id"], []).append(row)
    docs = sorted(set(events) | set(negatives))
    by_doc: dict[str, list[Row]] = {doc: [] for doc in docs}
    for pred in predicted:
        if pred.get("doc_id") in by_doc:
            by_doc[pred["doc_id"]].append(pred)

    score = GoldScore()
    for doc in docs:
        asserted = [p for p in by_doc[doc] if p.get("factuality", "asserted") == "asserted"]
        golds = events.get(doc, [])
        paired = _pair(golds, asserted, doc)
        for gi, gold in enumerate(golds):
            if gi in paired:
                if gold.get("required"):
                    score.tp += 1
                    for name, ok in check_fields(asserted[paired[gi]], gold).items():
                        tally = score.fields.setdefault(name, FieldScore())
                        tally.correct += int(ok)
                        tally.total += 1
            elif gold.get("required"):
                score.fn += 1
                score.missed.append(f"{doc}:{gold['id']}")
        used = set(paired.values())
        for pi, pred in enumerate(asserted):
            if pi not in used:
                score.fp += 1
                score.false_positives.append(_describe(pred, doc))
        for rule in negatives.get(doc, []):
            if any(violates(p, rule, doc) for p in asserted):
                score.negatives_violated.append(f"{doc}:{rule['id']}")
    return score


def format_gold_score(score: GoldScore) -> str:
    """A plain-text report: one summary line, per-field accuracy with counts, then the lists."""
    lines = [
        f"events: P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f} "
        f"tp={score.tp} fp={score.fp} fn={score.fn} negatives_violated={len(score.negatives_violated)}",
    ]
    if score.fields:
        width = max(len(k) for k in score.fields)
        lines.append("fields (over true positives):")
        for name in sorted(score.fields):
            tally = score.fields[name]
            lines.append(f"  {name:<{width}}  {tally.accuracy:6.3f}  ({tally.correct}/{tally.total})")
    for title, items in (("missed", score.missed), ("false positives", score.false_positives),
                         ("negatives violated", score.negatives_violated), ("skipped", score.skipped)):
        if items:
            lines.append(f"{title}:")
            lines.extend(f"  {item}" for item in items)
    return "\n".join(lines)
