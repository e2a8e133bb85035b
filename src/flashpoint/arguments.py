"""Arguments of a candidate event: who acted against whom, where, when, and with what toll.

Each argument is looked for where it governs the event: the trigger's own clause first, then
its sentence, then its paragraph. Nothing falls back to the publication date or a capital.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .normalize.actors import (
    ActorDictionary,
    backers,
    category_actor_name,
    normalize_actor,
    state_actor_name,
)
from .normalize.countries import country_name, iso3_for_demonym, iso3_for_name
from .normalize.dates import duration_days
from .records import Actor, Count, EventDate, Location, Place, TimeExpr, Toll

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .detect import Candidate, Trigger

# Nouns whose country modifier says where something happened ("Saudi oil facilities"), as
# opposed to whose it was ("Iranian-backed militia", "U.S. soldiers", "the U.S. embassy").
SITE_NOUNS = frozenset({
    "facility", "facilities", "base", "installation", "refinery", "field", "plant", "airport", "port",
    "town", "village", "city", "territory", "soil", "position", "camp", "oil", "pipeline",
    "province", "region", "district", "coast", "waters", "capital", "countryside", "mine",
    "military", "army", "checkpoint", "outpost", "barracks", "site", "basis",
})
FEATURE_RANK = {"landmark": 6, "city": 6, "admin2": 5, "admin1": 4, "region": 2, "country": 1, "unknown": 0}
PRECISION = {"day": "day", "week": "week", "month": "month", "quarter": "month", "half": "month",
             "season": "month", "year": "year", "decade": "year", "century": "year"}
ARGUMENT_PREPS = frozenset({"on", "against", "at", "into", "upon", "toward", "towards", "with"})
CONSEQUENCES = frozenset({"kill", "injure", "destroy"})


@dataclass(frozen=True, slots=True)
class DocContext:
    """What argument finding reads: the parse and every span-level fact found in the document."""

    doc: Doc
    sentence_spans: Sequence[tuple[int, int]]
    sentence_paragraph: Sequence[int]
    dates: Sequence[TimeExpr]
    places: Sequence[Place]
    persons: Sequence[tuple[int, int]]
    tolls: dict[int, list[Toll]]
    """Tolls per sentence index."""
    actors: ActorDictionary
    aliases: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Arguments:
    actors: tuple[Actor, ...]
    date: EventDate
    location: Location
    fatalities: Count
    injuries: Count
    arrests: Count
    participants: Count
    target_nouns: frozenset[str]
    own_date: bool
    own_toll: bool
    duration: int | None

    def actor_kind(self, role: str) -> str | None:
        for a in self.actors:
            if a.role == role:
                return a.kind
        return None


# ---------------------------------------------------------------- syntax helpers

def phrase(doc: Doc, tok: Token, *, appos: bool = False) -> Span:
    """The noun phrase headed by `tok`: its left modifiers and its "of" complements, without
    relative clauses or participles (and without appositions unless asked)."""
    lo, hi = _compact_bounds(tok, appos)
    return doc[lo:hi + 1]


def _compact_bounds(tok: Token, appos: bool) -> tuple[int, int]:
    left = min([tok.i] + [t.i for c in tok.lefts for t in c.subtree if c.dep_ != "punct"])
    right = tok.i
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if not objs:
                break
            right = max(right, _compact_bounds(objs[0], appos)[1])
        elif c.dep_ in ("compound", "flat", "nmod", "nummod") or (
                appos and c.dep_ in ("appos", "conj", "cc", "punct")):
            right = max(right, max(t.i for t in c.subtree))
        else:
            break
    return left, right


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"))


def _subject(verb: Token, depth: int = 0) -> Token | None:
    subj = _children(verb, "nsubj")
    if subj:
        s = subj[0]
        if s.tag_ == "WDT" or s.lower_ in ("which", "that", "who"):
            return verb.head if verb.dep_ == "relcl" else None
        return s
    if depth < 3 and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return _subject(verb.head, depth + 1)
    if verb.dep_ == "relcl":
        return verb.head
    return None


def _agent(verb: Token) -> Token | None:
    for a in _children(verb, "agent"):
        objs = _children(a, "pobj")
        if objs:
            return objs[0]
    return None


# Objects of "at"/"on" that say when or on whose say-so, not whom: "at the order of", "on the eve of".
NOT_TARGETS = frozenset({"order", "behest", "request", "instruction", "time", "hand", "end", "start", "height",
                         "scene", "eve", "night", "morning", "evening", "day", "dawn", "dusk", "moment", "least",
                         "most", "request", "invitation", "urging", "direction", "command"})


def _prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    out = []
    for p in _children(tok, "prep"):
        if p.lower_ in preps:
            out.extend(o for o in _children(p, "pobj") if o.lemma_.lower() not in NOT_TARGETS
                       and o.ent_type_ not in ("DATE", "TIME"))
    return out


def _tree_distance(doc: Doc, a: int, b: int) -> int:
    path_a = [a]
    t = doc[a]
    while t.head.i != t.i:
        t = t.head
        path_a.append(t.i)
    pos = {k: n for n, k in enumerate(path_a)}
    t = doc[b]
    steps = 0
    while t.i not in pos:
        if t.head.i == t.i:
            return 99
        t = t.head
        steps += 1
    return steps + pos[t.i]


def _root_at(doc: Doc, start: int, end: int) -> int | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def _clause_chars(doc: Doc, cand: Candidate, others: Sequence[Candidate] = ()) -> set[int]:
    """Character offsets of the candidate's clause: its triggers' subtrees, less the subtrees of
    other candidates' triggers inside them."""
    own = {t.i for trig in cand.triggers for t in doc[trig.root].subtree}
    for c in others:
        if c is cand or c.sentence != cand.sentence:
            continue
        for trig in c.triggers:
            if trig.root in own:
                own -= {t.i for t in doc[trig.root].subtree}
    return {doc[i].idx for i in own}


# ---------------------------------------------------------------- actors

def _actor_tokens(doc: Doc, t: Trigger) -> tuple[list[Token], list[Token]]:
    """Tokens heading the initiator and the target phrases of one trigger."""
    tok = doc[t.root]
    a1: list[Token] = []
    a2: list[Token] = []
    if t.verbal:
        if _is_passive(tok):
            agent = _agent(tok)
            if agent is not None:
                a1.append(agent)
            a2.extend(_children(tok, "nsubjpass"))
            if tok.dep_ in ("acl", "amod"):
                a2.append(tok.head)
        else:
            subj = _subject(tok)
            relative = any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in tok.children)
            if subj is not None and not (relative and t.category in CONSEQUENCES):
                a1.append(subj)
            a2.extend(_children(tok, "dobj"))
        a2.extend(_prep_objects(tok, ARGUMENT_PREPS))
    else:
        a1.extend(_children(tok, "poss"))
        for p in _children(tok, "prep"):
            if p.lower_ == "by":
                a1.extend(_children(p, "pobj"))
            elif p.lower_ == "between":
                # "clashes between X and Y"
                sides = _children(p, "pobj")
                a1.extend(sides)
                a2.extend(c for s in sides for c in s.children if c.dep_ == "conj")
        a1.append(tok)  # the phrase itself: "U.S. airstrikes", "Houthi missile attack"
        a2.extend(_prep_objects(tok, ARGUMENT_PREPS))
        if tok.dep_ in ("nsubj",) and tok.head.pos_ == "VERB":
            a2.extend(_children(tok.head, "dobj"))
    return a1, a2


def _country_actor(span: Span, loc_country: str | None) -> Actor | None:
    """A state named as the one who acted ("Iran's airstrikes", "Israel might strike"): its forces."""
    for ent in span.ents:
        if ent.label_ == "GPE":
            iso = iso3_for_name(ent.text)
            name = country_name(iso) if iso else None
            if iso and name:
                forces = "the United States" if iso == "USA" else name
                return Actor(f"Military Forces of {forces}", "state_forces", iso)
    return None


def _actor_from(ctx: DocContext, tok: Token, role: str, loc_country: str | None, *, self_phrase: bool,
                appos: bool = False) -> Actor | None:
    doc = ctx.doc
    span = phrase(doc, tok, appos=appos)
    if self_phrase:
        # For a trigger noun only its left modifiers name the actor ("U.S. airstrikes").
        span = doc[span.start:tok.i + 1]
    text = span.text
    for alias, full in ctx.aliases.items():
        if alias in text.split():
            text = text.replace(alias, full)
    actor = normalize_actor(text, ctx.actors, location_country=loc_country, start=span.start_char,
                            end=span.end_char)
    if actor is None:
        actor = _country_actor(span, loc_country) if not self_phrase or len(span) > 1 else None
    if actor is None:
        return None
    return replace(actor, role=role, text=span.text, start=span.start_char, end=span.end_char)


def find_actors(ctx: DocContext, cand: Candidate, loc_country: str | None
                ) -> tuple[list[Actor], frozenset[str]]:
    """actor1, actor2 and associated actors of a candidate, and the head lemmas of its targets.
    The act's own triggers speak first; a protest in the same clause is its setting or target."""
    doc = ctx.doc
    actor1: Actor | None = None
    targets: list[Actor] = []
    assoc: list[Actor] = []
    target_nouns: set[str] = set()
    ordered = sorted(cand.triggers, key=lambda t: (t.category == "protest" and len(cand.triggers) > 1,
                                                   t.category in CONSEQUENCES, -t.rank))
    for t in ordered:
        a1_toks, a2_toks = _actor_tokens(doc, t)
        for tok in a1_toks:
            if actor1 is not None:
                break
            actor1 = _actor_from(ctx, tok, "actor1", loc_country, self_phrase=tok.i == t.root)
            if actor1 is not None:
                span_text = phrase(doc, tok).text
                for iso in backers(span_text):
                    name = country_name(iso)
                    if name and iso != actor1.country:
                        assoc.append(Actor(f"Government of {name}", "government", iso, span_text,
                                           role="assoc_actor1"))
        for tok in a2_toks:
            target_nouns.add(tok.lemma_.lower())
            target_nouns.add(tok.lower_)
            # "killed X, the commander of Y, and Z": each name and apposition may name the target.
            parts = [tok] + [c for c in tok.children if c.dep_ in ("appos", "conj")]
            parts += [g for c in parts[1:] for g in c.children if g.dep_ == "appos"]
            # "the commander of the Quds Force of Iran's IRGC": the groups a person belongs to
            parts += [o for part in list(parts) for o in _of_objects(part)]
            for part in parts:
                target_nouns.add(part.lemma_.lower())
                found = _actor_from(ctx, part, "actor2", loc_country, self_phrase=False)
                if found is not None and all(found.name != x.name for x in targets):
                    targets.append(found)
    out = [actor1] if actor1 is not None else []
    if targets:
        # A named group or force says more than a person, and a person more than a category.
        targets.sort(key=_target_rank)
        out.append(targets[0])
        out.extend(replace(x, role="assoc_actor2") for x in targets[1:3])
    return out + assoc, frozenset(target_nouns)


def _of_objects(tok: Token, depth: int = 2) -> list[Token]:
    out: list[Token] = []
    for p in _children(tok, "prep"):
        if p.lower_ == "of":
            for o in _children(p, "pobj"):
                out.append(o)
                if depth > 1:
                    out.extend(_of_objects(o, depth - 1))
    return out


def _target_rank(actor: Actor) -> int:
    named = _names_someone(actor.text or "") and not actor.name.startswith(("Unidentified", "Civilians"))
    if named and actor.kind not in ("person", "civilians", "protesters", "rioters"):
        return 0
    if actor.kind == "person":
        return 1
    return 2 if named else 3


def _names_someone(text: str) -> bool:
    """The words name a particular group or person: a capitalised word after the first."""
    words = text.split()
    return any(w[:1].isupper() for w in words[1:]) or (bool(words) and words[0][:1].isupper()
                                                       and words[0].lower() not in ("the", "a", "an"))


def default_actor(kind_hint: str, country: str | None, role: str) -> Actor | None:
    """The actor ACLED codes when the text names none: the crowd of a protest or riot, the
    police of the country for arrests and crackdowns."""
    if kind_hint == "protesters":
        return Actor(category_actor_name("Protesters", country), "protesters", country, None, role=role)
    if kind_hint == "rioters":
        return Actor(category_actor_name("Rioters", country), "rioters", country, None, role=role)
    if kind_hint == "police":
        return Actor(state_actor_name("police", country), "state_forces", country, None, role=role)
    if kind_hint == "civilians":
        return Actor(category_actor_name("Civilians", country), "civilians", country, None, role=role)
    return None


# ---------------------------------------------------------------- places

def _usable_place(ctx: DocContext, p: Place, excluded: Sequence[tuple[int, int]]) -> bool:
    doc = ctx.doc
    text = doc.text
    if any(a <= p.start and p.end <= b for a, b in excluded):
        return False
    after = text[p.end:p.end + 1]
    before = text[max(0, p.start - 4):p.start].lower()
    if after == "-" or before.endswith("pro-") or before.endswith("anti-"):
        return False
    root = _root_at(doc, p.start, p.end)
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
    clause = _clause_chars(doc, cand, others)
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


# ---------------------------------------------------------------- dates

def _event_date(expr: TimeExpr) -> EventDate | None:
    if expr.start_date is None or expr.precision not in PRECISION:
        return None
    return EventDate(expr.start_date, expr.end_date or expr.start_date, PRECISION[expr.precision], expr.text)


def find_date(ctx: DocContext, cand: Candidate, others: Sequence[Candidate]
              ) -> tuple[EventDate, bool, int | None]:
    """The date that governs the event, whether its own clause gives it, and a duration in
    days when the sentence gives one ("killed in four days")."""
    doc = ctx.doc
    s_start, s_end = ctx.sentence_spans[cand.sentence]
    in_sent = [d for d in ctx.dates if s_start <= d.start and d.end <= s_end]
    duration = None
    for d in in_sent:
        if d.value.startswith("P"):
            duration = duration_days(d)
    roots = [t.root for t in cand.triggers]
    rivals = [t.root for c in others if c is not cand and c.sentence == cand.sentence for t in c.triggers]
    scored = []
    for d in in_sent:
        ev = _event_date(d)
        if ev is None:
            continue
        r = _root_at(doc, d.start, d.end)
        if r is None:
            continue
        mine = min(_tree_distance(doc, r, k) for k in roots)
        theirs = min((_tree_distance(doc, r, k) for k in rivals), default=99)
        if theirs < mine:
            continue
        scored.append((mine, abs(d.start - cand.main.start), ev))
    if scored:
        scored.sort(key=lambda x: (x[0], x[1]))
        dist, _, ev = scored[0]
        return ev, dist <= 4, duration
    para = ctx.sentence_paragraph[cand.sentence]
    earlier = [k for k, pi in enumerate(ctx.sentence_paragraph) if pi == para and k < cand.sentence][::-1]
    for k in earlier:
        a, b = ctx.sentence_spans[k]
        found = [ev for d in ctx.dates if a <= d.start and d.end <= b if (ev := _event_date(d)) is not None]
        if found:
            return found[0], False, duration
    return EventDate(), False, duration


def with_duration(date: EventDate, days: int | None) -> EventDate:
    """A day-precise start stretched over a stated duration ("broke out on November 15 ...
    killed in four days": 15 to 18 November)."""
    if days and days > 1 and date.start is not None and date.precision == "day":
        return EventDate(date.start, date.start + dt.timedelta(days=days - 1), date.precision, date.text)
    return date


# ---------------------------------------------------------------- tolls

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
    r = _root_at(doc, toll.start, toll.end)
    if r is None:
        return 99
    return 1 + min(_tree_distance(doc, r, t.root) for t in c.triggers)


def find_arguments(ctx: DocContext, cand: Candidate, candidates: Sequence[Candidate]) -> Arguments:
    """Everything the text says about one candidate event."""
    date, own_date, duration = find_date(ctx, cand, candidates)
    first_loc = find_location(ctx, cand, [], candidates)
    actors, targets = find_actors(ctx, cand, first_loc.country)
    a1_spans = [(a.start, a.end) for a in actors if a.role == "actor1" and a.start is not None
                and a.end is not None]
    location = find_location(ctx, cand, a1_spans, candidates) if a1_spans else first_loc
    counts, victims = tolls_for(ctx, cand, candidates)
    return Arguments(
        actors=tuple(actors),
        date=with_duration(date, duration),
        location=location,
        fatalities=counts.get("fatalities", Count()),
        injuries=counts.get("injuries", Count()),
        arrests=counts.get("arrests", Count()),
        participants=counts.get("participants", Count()),
        target_nouns=frozenset(targets | {v.split()[-1].rstrip("s") for v in victims}),
        own_date=own_date,
        own_toll=any(c.known for c in counts.values()),
        duration=duration,
    )
