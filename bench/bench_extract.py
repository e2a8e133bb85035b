"""Articles per second of `flashpoint extract` over the demo corpus, beside spaCy's full small
pipeline over the same texts, measured in one run (`make bench`). Writes docs/BENCHMARKS.md."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pathlib
import platform
import statistics
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(pathlib.Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {os.cpu_count()} cores{mem}, {system}, Python {platform.python_version()}"


def timed(fn, items, rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for it in items:
            fn(it)
        out.append(time.perf_counter() - t0)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", default=str(ROOT / "demo" / "docs"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--output", default=None, help="markdown file to write (default: print only)")
    a = ap.parse_args()

    import spacy

    from flashpoint import Document, Pipeline
    from flashpoint.clean import clean
    from flashpoint.nlp import entities
    from flashpoint.normalize.dates import find_dates
    from flashpoint.normalize.places import find_places
    from flashpoint.read import read_inputs

    docs = [d for d in read_inputs(sorted(str(p) for p in pathlib.Path(a.docs).iterdir()))
            if isinstance(d, Document)]
    chars = sum(len(d.text) for d in docs)
    pipe = Pipeline()
    t0 = time.perf_counter()
    pipe.extract(docs[0])  # loads the model, gazetteer, actor dictionary and lexicon
    load_s = time.perf_counter() - t0

    full = spacy.load(pipe.settings.nlp_model)
    full(docs[0].text)

    ours = timed(pipe.extract, docs, a.rounds)
    theirs = timed(lambda d: full(d.text), docs, a.rounds)
    cleaned = [(d, clean(d)) for d in docs]
    parsed = [(d, c, pipe.nlp(c.text)) for d, c in cleaned]
    parse_only = timed(lambda d: pipe.nlp(clean(d).text), docs, a.rounds)
    places = timed(lambda x: find_places(x[1].text, entities(x[2]), pipe.gazetteer), parsed, a.rounds)
    dates = timed(lambda x: find_dates(x[1].text, pipe.publication_date(x[0])), parsed, a.rounds)
    after_parse = timed(lambda x: pipe.extract(x[0], x[2]), parsed, a.rounds)
    # Event location (which place belongs to each event, `arguments.find_location`): the time
    # after the parse less that time with every event left unlocated.
    import flashpoint.arguments as arguments
    from flashpoint.records import Location

    find_location = arguments.find_location
    arguments.find_location = lambda *_, **__: Location()
    try:
        unlocated = timed(lambda x: pipe.extract(x[0], x[2]), parsed, a.rounds)
    finally:
        arguments.find_location = find_location
    locating_ms = max(0.0, 1000 * (statistics.median(after_parse) - statistics.median(unlocated)) / len(docs))

    def rate(ts: list[float]) -> float:
        return len(docs) / statistics.median(ts)

    def ms(ts: list[float]) -> float:
        return 1000 * statistics.median(ts) / len(docs)

    rows = [
        ("flashpoint extract (whole pipeline)", rate(ours), ms(ours)),
        ("spaCy en_core_web_sm, full pipeline", rate(theirs), ms(theirs)),
        ("  of which: cleaning + spaCy parse", rate(parse_only), ms(parse_only)),
        ("  of which: everything after the parse", rate(after_parse), ms(after_parse)),
        ("    place finding and resolution", rate(places), ms(places)),
        ("    event location (each event's place among them)", 1000 / locating_ms if locating_ms else 0.0,
         locating_ms),
        ("    date finding and resolution", rate(dates), ms(dates)),
    ]
    today = dt.date.today().isoformat()
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`.venv/bin/python bench/bench_extract.py --output docs/BENCHMARKS.md`).",
        "",
        f"- date: {today}",
        f"- machine: {machine()}",
        f"- corpus: `demo/docs` ({len(docs)} documents, {chars:,} characters, {chars / len(docs):,.0f} per document)",
        f"- rounds: {a.rounds}, median reported; one process, one core; start-up (model, gazetteer, "
        f"dictionaries) {load_s:.2f} s, not counted",
        "",
        "| what | articles/s | ms/article |",
        "| --- | ---: | ---: |",
    ]
    lines += [f"| {name} | {r:.1f} | {m:.1f} |" for name, r, m in rows]
    extra = 100 * (ms(ours) - ms(parse_only)) / ms(parse_only)
    lines += ["", f"Everything flashpoint adds to the spaCy parse costs {extra:.0f}% of the parse's time "
              f"(places {100 * ms(places) / ms(ours):.0f}% and dates {100 * ms(dates) / ms(ours):.0f}% "
              "of the whole)."]
    place_ms = ms(places) + locating_ms
    lines += ["", f"Places in all (finding and resolving toponyms, then each event's place) take {place_ms:.1f} "
              f"ms an article, {100 * place_ms / ms(ours):.0f}% of the whole: they add "
              f"{100 * place_ms / (ms(ours) - place_ms):.0f}% to extraction without them."]
    text = "\n".join(lines) + "\n"
    print(text)
    if a.output:
        pathlib.Path(a.output).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
