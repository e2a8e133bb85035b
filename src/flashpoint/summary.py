"""A summary of extracted events a person can read at a glance (`python -m flashpoint.summary FILE`)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any


def _count(c: dict[str, Any] | None) -> int:
    if not c or c.get("cumulative"):
        return 0
    v = c.get("best") if c.get("best") is not None else c.get("low")
    return int(v or 0)


def summarize(events: Sequence[dict[str, Any]]) -> str:
    """Totals by type, sub-type and factuality, tolls of asserted events, and one line per event."""
    asserted = [e for e in events if e.get("factuality") == "asserted"]
    docs = {e["doc_id"] for e in events}
    lines = [f"{len(events)} events from {len(docs)} documents "
             f"({len(asserted)} asserted, {len(events) - len(asserted)} flagged)", ""]
    by_type = Counter((e["event_type"], e.get("sub_event_type") or "-") for e in asserted)
    lines.append("asserted events by ACLED type / sub-type")
    for (t, s), n in sorted(by_type.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"  {n:4d}  {t} / {s}")
    flagged = Counter(e["factuality"] for e in events if e.get("factuality") != "asserted")
    if flagged:
        lines.append("flagged: " + ", ".join(f"{k} {v}" for k, v in sorted(flagged.items())))
    killed = sum(_count(e.get("fatalities")) for e in asserted)
    injured = sum(_count(e.get("injuries")) for e in asserted)
    arrested = sum(_count(e.get("arrests")) for e in asserted)
    dated = sum(1 for e in asserted if (e.get("date") or {}).get("start"))
    placed = sum(1 for e in asserted if (e.get("location") or {}).get("lat") is not None)
    lines.append(f"tolls of asserted events: {killed} killed, {injured} injured, {arrested} arrested "
                 "(conservative best figures)")
    lines.append(f"dated: {dated}/{len(asserted)}; with coordinates: {placed}/{len(asserted)}")
    lines.append("")
    for e in asserted:
        loc = e.get("location") or {}
        where = loc.get("name") or loc.get("country") or "?"
        when = (e.get("date") or {}).get("start") or "?"
        a1 = next((a["name"] for a in e.get("actors", []) if a["role"] == "actor1"), "-")
        lines.append(f"  {e['doc_id'][:22]:22s} {when:10s} {(e.get('sub_event_type') or e['event_type'])[:34]:34s} "
                     f"{where[:22]:22s} {a1[:34]}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m flashpoint.summary EVENTS.jsonl", file=sys.stderr)
        return 2
    try:
        with open(args[0], encoding="utf-8") as f:
            events = [json.loads(line) for line in f if line.strip()]
    except (OSError, json.JSONDecodeError) as err:
        print(f"error: cannot read {args[0]}: {err}; give the JSONL output of flashpoint extract", file=sys.stderr)
        return 1
    print(summarize(events))
    return 0


if __name__ == "__main__":
    sys.exit(main())
