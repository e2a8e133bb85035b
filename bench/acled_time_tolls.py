"""Date and fatalities on ACLED notes, overall and on the notes whose text states them.

    .venv/bin/python bench/acled_time_tolls.py ../shared/data/dev/acled/*.csv [--sample N] [--seed S]
        [--published-after DAYS]

The overall figures are those of `flashpoint eval` (a note without a primary event counts as wrong).
Beside them: the same checks over the notes that state a date (a day, week or month expression
that is not a duration: `find_dates`) and over the notes whose primary event was found. Whether a
note states a date is read from its text alone. `--published-after` overrides the eval's
publication date (event date + 7 days) to show how a bare weekday ("on Monday") fares when the
text is dated as news is (the next day).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence

import flashpoint.evaluate.acled as acled
from flashpoint.evaluate.report import run_acled_eval
from flashpoint.normalize.dates import find_dates
from flashpoint.pipeline import Pipeline

DATED = frozenset({"day", "week", "month"})


def states_a_date(text: str, published: dt.date) -> bool:
    return any(e.precision in DATED for e in find_dates(text, published))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--sample", type=int, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--published-after", type=int, default=None)
    args = parser.parse_args(argv)
    if args.published_after is not None:
        acled.PUBLISHED_AFTER = dt.timedelta(days=args.published_after)
    report = run_acled_eval(args.inputs, Pipeline().extract, sample=args.sample, seed=args.seed)
    rows = {
        "all notes": report.results,
        "notes stating a date": [r for r in report.results if states_a_date(r.note.text, r.note.published)],
        "notes with a primary event": [r for r in report.results if r.event is not None],
    }
    print(f"notes {len(report.results)}  ({report.seconds:.0f} s)")
    for label, results in rows.items():
        cells = []
        for name in ("fatalities", "date", "date_precision"):
            checked = [r.checks.get(name) for r in results if r.checks.get(name) is not None]
            cells.append(f"{name} {sum(bool(c) for c in checked) / len(checked) if checked else 0:.3f}")
        print(f"{label:28} n={len(results):5}  " + "  ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
