"""Where: the place of a candidate event, from its clause, else its sentence, else its paragraph;
never a capital by default."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..normalize.countries import iso3_for_demonym
from ..records import Location, Place
from .context import DocContext
from .syntax import clause_chars, root_at

if TYPE_CHECKING:

    from ..detect import Candidate

SITE_NOUNS = frozenset({
    "facility", "facilities", "base", "installation", "refinery", "field", "plant", "airport", "port",
    "town", "village", "city", "territory", "soil", "position", "camp", "oil", "pipeline",
    "province", "region", "district", "coast", "waters", "capital", "countryside", "mine",
    "military", "army", "checkpoint", "outpost", "barracks", "site", "basis",
})

FEATURE_RANK = {"landmark": 6, "city": 6, "admin2": 5, "admin1": 4, "region": 2, "country": 1, "unknown": 0}

def _usable_place(ctx: DocContext, p: Place, excluded: Sequence[tuple[int, int]]) -> bool:
    doc = ctx.doc
    text = doc.text
    if any(a <= p.start and p.end <= b for a, b in excluded):
        return False
    after = text[p.end:p.end + 1]
    before = text[max(0, p.start - 4):p.start].lower()
    if after == "-" or before.endswith("pro-") or before.endswith("anti-"):
        return False
    root = root_at(doc, p.start, p.end)
    if root is None:
        return True
    tok = doc[root]
    is_modifier = tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.pos_ in ("NOUN", "PROPN")
    if is_modifier or iso3_for_demonym(p.text) is not None:
        head = tok.head
        return is_modifier and (head.lemma_.lower() in SITE_NOUNS or head.lower_ in SITE_NOUNS)
    return True


def _best_place(places: Sequence[Place], anchor: int) -> Place | None:
    if not places:
        return None
    return max(places, key=lambda p: (p.country is not None, FEATURE_RANK.get(p.feature, 0)
                                      if p.lat is not None or p.country else -1, -abs(p.start - anchor)))


def find_location(ctx: DocContext, cand: Candidate, excluded: Sequence[tuple[int, int]],
                  others: Sequence[Candidate] = ()) -> Location:
    """The place of the event: in its clause, else its sentence, else its paragraph."""
    doc = ctx.doc
    s_start, s_end = ctx.sentence_spans[cand.sentence]
    clause = clause_chars(doc, cand, others)
    para = ctx.sentence_paragraph[cand.sentence]
    usable = [p for p in ctx.places if _usable_place(ctx, p, excluded) and (p.country or p.lat is not None)]
    levels: list[list[Place]] = [
        [p for p in usable if p.start in clause],
        [p for p in usable if s_start <= p.start and p.end <= s_end],
    ]
    same_para = [k for k, pi in enumerate(ctx.sentence_paragraph) if pi == para and k != cand.sentence]
    before = [k for k in same_para if k < cand.sentence][::-1]
    after = [k for k in same_para if k > cand.sentence]
    for k in before + after:
        a, b = ctx.sentence_spans[k]
        levels.append([p for p in usable if a <= p.start and p.end <= b])
    for level in levels:
        best = _best_place(level, cand.main.start)
        if best is not None:
            country = best.country
            return Location(country=country, precision=best.precision if best.lat is not None else 4,
                            name=best.name, admin1=best.admin1, lat=best.lat, lon=best.lon,
                            geonames_id=best.geonames_id, text=best.text)
    return Location()


