"""What classification (rules and the statistical model, with its features) costs within extraction:
the time spent in `classify_with`, `nearby_categories` and `trigger_modifiers`, as a share of the
whole `Pipeline.extract`, over the demo corpus and a sample of ACLED notes when ../shared is present.

    .venv/bin/python bench/classify_cost.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import pathlib
import random
import time
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
ACLED = ROOT.parent / "shared" / "data" / "dev" / "acled"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--notes", type=int, default=300, help="ACLED notes to add to the demo documents")
    a = ap.parse_args()

    from flashpoint import Document, Pipeline
    from flashpoint import pipeline as pipeline_mod
    from flashpoint.read import read_inputs

    docs = [d for d in read_inputs(sorted(str(p) for p in (ROOT / "demo" / "docs").iterdir()))
            if isinstance(d, Document)]
    if ACLED.exists():
        from flashpoint.evaluate import read_acled

        notes = [n for f in sorted(ACLED.glob("*.csv")) for n in read_acled(f)]
        for n in random.Random(0).sample(notes, min(a.notes, len(notes))):
            docs.append(Document(n.doc_id, n.text, n.published))
    pipe = Pipeline()
    pipe.extract(docs[0])  # loads every resource
    spent = [0.0]
    names = ("classify_with", "nearby_categories", "trigger_modifiers")
    originals = {name: getattr(pipeline_mod, name) for name in names}

    def timed(fn: Any) -> Any:
        def run(*args: Any, **kw: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kw)
            finally:
                spent[0] += time.perf_counter() - t0
        return run

    for name, fn in originals.items():
        setattr(pipeline_mod, name, timed(fn))
    try:
        t0 = time.perf_counter()
        for _ in range(a.rounds):
            for d in docs:
                pipe.extract(d)
        total = time.perf_counter() - t0
    finally:
        for name, fn in originals.items():
            setattr(pipeline_mod, name, fn)
    rest = total - spent[0]
    print(f"{len(docs)} documents x {a.rounds} rounds: extraction {total:.2f}s, of which classification "
          f"{spent[0]:.2f}s; classification adds {100 * spent[0] / rest:.1f}% to the rest of extraction")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
