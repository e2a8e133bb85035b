"""Measure `find_dates` against TimeML gold (TimeBank / AQUAINT .tml files).

Each document's creation time (DCT) is the publication date. Against gold TIMEX3 of type DATE:
span recall (a gold DATE overlapped by a predicted expression), precision (a predicted expression
overlapping any gold TIMEX3 of any type: DATE, TIME, DURATION or SET) and value accuracy (over the
gold DATEs matched, the overlapping prediction's value equals the gold value).

    python -m flashpoint.evaluate.timeml DIR [--errors N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flashpoint.normalize.dates import find_dates
from flashpoint.records import TimeExpr


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A gold TIMEX3: its span in the document text, type (DATE, TIME, DURATION, SET) and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _flatten(elem: ET.Element, parts: list[str], offset: int, timexes: list[GoldTimex]) -> int:
    """Append the text under `elem` to `parts`, recording TIMEX3 spans; returns the new offset."""
    start = offset
    if elem.text:
        parts.append(elem.text)
        offset += len(elem.text)
    for child in elem:
        offset = _flatten(child, parts, offset, timexes)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    if _local(elem.tag) == "TIMEX3":  # text filled in once the whole document is joined
        timexes.append(GoldTimex(start, offset, "", elem.get("type", ""), elem.get("value", "")))
    return offset


def read_timeml(path: str | Path) -> tuple[str, str, dt.date | None, list[GoldTimex]]:
    """(doc_id, text of <TEXT>, creation date, gold TIMEX3s inside <TEXT> with offsets into that text)."""
    root = ET.parse(path).getroot()
    doc_id = Path(path).stem
    dct: dt.date | None = None
    text_elem: ET.Element | None = None
    for elem in root.iter():
        tag = _local(elem.tag)
        if tag == "DOCID" and elem.text and elem.text.strip():
            doc_id = elem.text.strip()
        elif tag == "DCT":
            for t in elem.iter():
                value = t.get("value", "")
                if _local(t.tag) == "TIMEX3" and len(value) >= 10:
                    try:
                        dct = dt.date.fromisoformat(value[:10])
                    except ValueError:
                        dct = None
        elif tag == "TEXT" and text_elem is None:
            text_elem = elem
    if text_elem is None:
        return doc_id, "", dct, []
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    _flatten(text_elem, parts, 0, timexes)
    text = "".join(parts)
    timexes = [GoldTimex(g.start, g.end, text[g.start:g.end], g.type, g.value) for g in timexes]
    return doc_id, text, dct, sorted(timexes, key=lambda g: g.start)


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _score_doc(text: str, dct: dt.date | None, gold: Sequence[GoldTimex]
               ) -> tuple[list[TimeExpr], list[tuple[GoldTimex, TimeExpr | None]]]:
    """Predictions for one document and, for each gold DATE, the prediction overlapping it most."""
    pred = find_dates(text, dct)
    pairs: list[tuple[GoldTimex, TimeExpr | None]] = []
    for g in gold:
        if g.type != "DATE":
            continue
        best = max(pred, key=lambda p: _overlap(p.start, p.end, g.start, g.end), default=None)
        if best is not None and _overlap(best.start, best.end, g.start, g.end) == 0:
            best = None
        pairs.append((g, best))
    return pred, pairs


def score_timeml(paths: Iterable[str | Path], errors: list[str] | None = None) -> dict[str, Any]:
    """Recall, precision and value accuracy of `find_dates` over TimeML files (see module doc).
    When `errors` is a list, a line per missed gold DATE, wrong value and spurious prediction is added."""
    n_docs = n_gold = n_matched = n_value = n_pred = n_pred_ok = 0
    for path in paths:
        doc_id, text, dct, gold = read_timeml(path)
        n_docs += 1
        pred, pairs = _score_doc(text, dct, gold)
        for g, p in pairs:
            n_gold += 1
            if p is None:
                if errors is not None:
                    errors.append(f"MISS  {doc_id} {g.text!r} {g.value}")
                continue
            n_matched += 1
            if p.value == g.value:
                n_value += 1
            elif errors is not None:
                errors.append(f"VALUE {doc_id} gold={g.text!r} {g.value} pred={p.text!r} {p.value} dct={dct}")
        for p in pred:
            n_pred += 1
            if any(_overlap(p.start, p.end, g.start, g.end) for g in gold):
                n_pred_ok += 1
            elif errors is not None:
                errors.append(f"SPUR  {doc_id} {p.text!r} {p.value}")
    return {
        "documents": n_docs,
        "gold_dates": n_gold,
        "predicted": n_pred,
        "recall": n_matched / n_gold if n_gold else 0.0,
        "precision": n_pred_ok / n_pred if n_pred else 0.0,
        "value_accuracy": n_value / n_matched if n_matched else 0.0,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="folder searched recursively for .tml files")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="also print N error lines")
    args = parser.parse_args(argv)
    paths = sorted(args.directory.rglob("*.tml"))
    if not paths:
        print(f"no .tml files under {args.directory}", file=sys.stderr)
        return 1
    errors: list[str] | None = [] if args.errors else None
    scores = score_timeml(paths, errors)
    for key, value in scores.items():
        print(f"{key:15s} {value:.3f}" if isinstance(value, float) else f"{key:15s} {value}")
    for line in (errors or [])[:args.errors]:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
