"""How many: the tolls of a candidate's sentence that belong to it, by kind."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Count, Toll
from .context import DocContext
from .syntax import root_at, tree_distance

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..detect import Candidate

def _sum(counts: Sequence[Count]) -> Count:
    if len(counts) == 1:
        return counts[0]
    lows = [c.low for c in counts]
    highs = [c.high for c in counts]
    bests = [c.best if c.best is not None else c.low for c in counts]
    low = sum(x for x in lows if x is not None) if any(x is not None for x in lows) else None
    high = sum(x for x in highs if x is not None) if all(x is not None for x in highs) else None
    best = sum(x for x in bests if x is not None) if any(x is not None for x in bests) else None
    text = "; ".join(c.text for c in counts if c.text)
    return Count(low, best, high, text or None, min(c.start or 0 for c in counts),
                 max(c.end or 0 for c in counts))


def tolls_for(ctx: DocContext, cand: Candidate, candidates: Sequence[Candidate]
              ) -> tuple[dict[str, Count], set[str]]:
    """Tolls of the candidate's sentence that belong to it (the nearest candidate trigger),
    by kind, and the nouns they count."""
    doc = ctx.doc
    same = [c for c in candidates if c.sentence == cand.sentence and c.main.category not in
            ("threaten", "accuse", "sanction")]
    by_kind: dict[str, list[Count]] = {}
    victims: set[str] = set()
    for toll in ctx.tolls.get(cand.sentence, []):
        owner = min(same, key=lambda c: _toll_distance(doc, c, toll)) if same else cand
        if owner is not cand:
            continue
        by_kind.setdefault(toll.kind, []).append(toll.count)
        if toll.victim:
            victims.add(toll.victim)
    out: dict[str, Count] = {}
    for kind, counts in by_kind.items():
        fresh = [c for c in counts if not c.cumulative and c.known]
        if fresh:
            out[kind] = _sum(fresh)
        else:
            known = [c for c in counts if c.known]
            out[kind] = known[0] if known else counts[0]
    return out, victims


def _toll_distance(doc: Doc, c: Candidate, toll: Toll) -> int:
    for t in c.triggers:
        if toll.start <= t.start < toll.end or t.start <= toll.start < t.end:
            return 0
    r = root_at(doc, toll.start, toll.end)
    if r is None:
        return 99
    return 1 + min(tree_distance(doc, r, t.root) for t in c.triggers)


