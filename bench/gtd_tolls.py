"""Killed and wounded through the whole pipeline on GTD summaries, where the summary states them.

    .venv/bin/python bench/gtd_tolls.py ../shared/data/dev/gtd/gtd_iraq_2012-2014.csv [--errors N]

Each summary runs through `Pipeline.extract` (publication date: the row's date + 7 days, as in
`flashpoint eval`); its primary event's `fatalities` and `injuries` (best, else low, else 0) are
compared with GTD's `killed` and `wounded`.

"States the count" is decided from the text alone, never from the gold row: the summary states
killed (wounded) when `find_tolls` finds, in any of its sentences, a fatalities (injuries) toll with
a figure (zero included: "no one was injured") that is not a running or multi-attack total
("bringing the toll to", "across the two attacks", "in total"). GTD splits coordinated attacks into
rows that share one summary's totals; such summaries say so ("one of five attacks", "across the
attacks"), which the cumulative test catches, so they do not count as stating the row's figure.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Sequence

from flashpoint.evaluate.gtd import gtd_wounded, read_gtd
from flashpoint.evaluate.metrics import primary_event
from flashpoint.normalize.counts import find_tolls
from flashpoint.pipeline import Pipeline
from flashpoint.records import Count, Document

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def states(text: str, kind: str) -> bool:
    """The summary gives a figure of this kind for its own attack (see the module docstring)."""
    for m in _SENTENCE.finditer(text):
        for toll in find_tolls(m.group(), m.start()):
            if toll.kind == kind and toll.count.best is not None and not toll.count.cumulative:
                return True
    return False


def figure(count: Count) -> int:
    return count.best if count.best is not None else (count.low or 0)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("csv")
    parser.add_argument("--errors", type=int, default=0, help="print this many misses per kind")
    args = parser.parse_args(argv)
    pipeline = Pipeline()
    wounded_gold = gtd_wounded(args.csv)
    notes = list(read_gtd(args.csv))
    began = time.perf_counter()
    tally = {"fatalities": [0, 0], "injuries": [0, 0]}
    misses: dict[str, list[str]] = {"fatalities": [], "injuries": []}
    for note in notes:
        event = primary_event(pipeline.extract(Document(note.doc_id, note.text, note.published)))
        for kind, gold in (("fatalities", note.fatalities), ("injuries", wounded_gold.get(note.doc_id))):
            if gold is None or not states(note.text, kind):
                continue
            predicted = figure(getattr(event, kind)) if event is not None else 0
            tally[kind][1] += 1
            tally[kind][0] += predicted == gold
            if predicted != gold and len(misses[kind]) < args.errors:
                misses[kind].append(f"{kind} gold={gold} pred={predicted} | {note.text[:220]}")
    seconds = time.perf_counter() - began
    print(f"summaries        {len(notes)}  ({seconds:.0f} s)")
    for kind, label in (("fatalities", "killed"), ("injuries", "wounded")):
        right, total = tally[kind]
        print(f"{label:8} stated {total:5}  exact {right:5}  accuracy {right / total if total else 0:.3f}")
    for kind in misses:
        for line in misses[kind]:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
