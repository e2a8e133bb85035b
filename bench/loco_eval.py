"""Leave-one-country-out evaluation of a model trained with `flashpoint train`: for each ACLED
export, train on the others and score sub-event type (and event type) on it, then average.

Each note is read once by the rule pipeline (the features `flashpoint train` uses); a note where
the rules find no event counts as wrong, as in `flashpoint eval`. The model is fitted as
`flashpoint train --acled` fits it (`train.train_examples`) and its label chosen as the pipeline
chooses it (`model.choice.choose_label`: the margin over the rules' label, statements kept out of
scope, arrests against a demonstration's arrests left to the rules). The features can be kept with
`--cache` so that later runs only train and score (delete the cache when the features change).

Beside the model's scores it prints the rules' label alone (`rules`) and how often the rules' or
the model's own label is right (`either`: no choice between the two can do better), and the time
the model's decision takes per note; `--confusions N` lists each country's commonest errors.

    .venv/bin/python bench/loco_eval.py ../shared/data/dev/acled/*.csv [--cache out/loco.tsv]
"""

from __future__ import annotations

import argparse
import csv
import pathlib
import sys
import time
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parents[1]
NO_EVENT = "rule:none"


def extract_examples(paths: list[str]) -> list[tuple[str, str, list[str]]]:
    """(file, label, features) for every note of every file, parsing in batches."""
    from flashpoint import Pipeline
    from flashpoint.classify import label_of
    from flashpoint.clean import clean
    from flashpoint.evaluate.acled import read_acled
    from flashpoint.records import Document
    from flashpoint.train import document_features, rules_pipeline

    rules = rules_pipeline(Pipeline())
    out: list[tuple[str, str, list[str]]] = []
    for path in paths:
        notes = list(read_acled(path))
        docs = [Document(id=n.doc_id, text=n.text, published=n.published) for n in notes]
        parsed = rules.nlp.pipe((clean(d).text for d in docs), batch_size=64)
        for note, doc, tokens in zip(notes, docs, parsed, strict=True):
            out.append((pathlib.Path(path).stem, label_of(note.event_type, note.sub_event_type),
                        list(document_features(rules, doc, tokens))))
        print(f"  {path}: {len(notes)} notes", file=sys.stderr)
    return out


def _short(label: str) -> str:
    """A label's sub-event type ("Armed clash"), or the label itself when it has none."""
    return label.partition("|")[2] or label


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("csv", nargs="+", help="ACLED exports, one per country")
    ap.add_argument("--cache", help="TSV of extracted features: read when it exists, else written")
    ap.add_argument("--confusions", type=int, default=0, metavar="N",
                    help="also list each held-out country's N commonest errors (gold -> chosen)")
    a = ap.parse_args()

    from flashpoint.classify import STRUCTURAL_PAIR
    from flashpoint.model.choice import choose_label, rule_label
    from flashpoint.train import train_examples

    began = time.perf_counter()
    cache = pathlib.Path(a.cache) if a.cache else None
    if cache is not None and cache.exists():
        with open(cache, encoding="utf-8", newline="") as handle:
            rows = [(r[0], r[1], r[2].split(" ")) for r in csv.reader(handle, delimiter="\t")]
    else:
        rows = extract_examples(a.csv)
        if cache is not None:
            with open(cache, "w", encoding="utf-8", newline="") as handle:
                csv.writer(handle, delimiter="\t").writerows(
                    (f, lab, " ".join(s.replace(" ", "_") for s in x)) for f, lab, x in rows)
    extracted = time.perf_counter() - began

    files = sorted({f for f, _, _ in rows})
    print(f"leave-one-country-out over {len(rows)} notes in {len(files)} files "
          f"(features in {extracted:.0f}s)")
    print(f"{'held out':<24} {'notes':>6} {'sub_event':>9} {'event_type':>10} {'rules':>6} {'either':>6}")
    scores: list[tuple[float, float, float, float]] = []
    deciding = 0.0
    for held in files:
        model = train_examples([(x, lab) for f, lab, x in rows if f != held])
        test = [(lab, x) for f, lab, x in rows if f == held]
        sub_ok = type_ok = rules_ok = either_ok = 0
        confused: Counter[tuple[str, str]] = Counter()
        for lab, x in test:
            if NO_EVENT in x:
                confused[(lab, "no event")] += 1
                continue  # nothing detected: wrong, as in `flashpoint eval`
            # The cache writes spaces in features as "_"; labels have none.
            rule = rule_label(x).replace("_", " ")
            start = time.perf_counter()
            guess = choose_label(model, x, rule, STRUCTURAL_PAIR)
            deciding += time.perf_counter() - start
            sub_ok += guess == lab
            type_ok += guess.split("|")[0] == lab.split("|")[0]
            rules_ok += rule == lab
            either_ok += lab in (rule, model.predict(x)[0])
            if guess != lab:
                confused[(lab, guess)] += 1
        n = len(test)
        scores.append((sub_ok / n, type_ok / n, rules_ok / n, either_ok / n))
        print(f"{held:<24} {n:>6} " + " ".join(f"{v:>{w}.3f}" for v, w in zip(scores[-1], (9, 10, 6, 6), strict=True)))
        for (gold, guess), count in confused.most_common(a.confusions):
            print(f"    {count:>4}  {_short(gold)} -> {_short(guess)}")
    means = [sum(s[k] for s in scores) / len(scores) for k in range(4)]
    print(f"{'mean over countries':<24} {'':>6} "
          + " ".join(f"{v:>{w}.3f}" for v, w in zip(means, (9, 10, 6, 6), strict=True)))
    print(f"(rules: the rules' label alone; either: the rules' or the model's own label is right, the best any "
          f"choice between the two could do)\nthe model's decision took {1e6 * deciding / len(rows):.0f} us a note")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
