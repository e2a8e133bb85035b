"""How many: the tolls of a candidate's sentence that belong to it, by kind."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..detect import STATEMENT_CATEGORIES
from ..normalize.counts import is_thing, parse_count
from ..records import Count, Toll
from .context import DocContext
from .syntax import root_at, tree_distance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
        if owner is not cand or _what_is_protested(doc, cand, toll) or _of_an_earlier_act(doc, cand, toll) \
                or _accused_act(ctx.text, toll):
            continue
        by_kind.setdefault(toll.kind, []).append(toll.count)
        if toll.victim:
            victims.add(toll.victim)
    fatal = by_kind.get("fatalities", [])
    if sum(c.known for c in fatal) > 1:
        # 'killed four villagers; two of the victims were beheaded': the second is a share of the first
        by_kind["fatalities"] = [c for c in fatal if not _share_of_victims(ctx.text, c)]
    if not any(c.known for c in by_kind.get("fatalities", [])):
        parsed = _parsed_victims(doc, cand)
        if parsed is not None:
            by_kind["fatalities"] = [parsed]
    vague = [t for t in ctx.tolls.get(cand.sentence, []) if t.kind == "fatalities" and _unknown_plural(ctx.text, t)]
    carried = _carried(ctx, cand, candidates)
    for kind, counts in carried.items():
        if kind.startswith("+"):
            continue
        if kind not in by_kind or not any(c.known for c in by_kind[kind]):
            by_kind[kind] = counts + by_kind.get(kind, [])
        else:
            # 'killing two soldiers. Three attackers were also killed': ACLED counts every death
            by_kind[kind] += [c for c in carried.get("+" + kind, []) if c.known]
    out: dict[str, Count] = {}
    for kind, counts in by_kind.items():
        fresh = [c for c in counts if not c.cumulative and c.known]
        if fresh:
            out[kind] = _sum(fresh)
        else:
            known = [c for c in counts if c.known]
            out[kind] = known[0] if known else counts[0]
    if cand.main.category not in STATEMENT_CATEGORIES:
        coded, unknown_share = _coded_toll(ctx.text)
        told = any(t.kind == "fatalities" and t.count.known and t.count.high is not None and not t.count.cumulative
                   for tolls in ctx.tolls.values() for t in tolls)
        if coded is not None and not (unknown_share and told):
            # 'Two guards were killed and several soldiers too. Unknown fatalities coded as 3.': the
            # coded figure is then only the share told without a definite figure
            out["fatalities"] = coded
        elif not (out.get("fatalities") or Count()).known and _UNKNOWN_TOLL.search(ctx.text):
            out["fatalities"] = Count(plural=True)
    fat = out.get("fatalities")
    if fat is not None and not fat.known and any(t.count is fat or t.count == fat for t in vague):
        # deaths told without a figure ('killing people', 'an unknown number of dead'): the record
        # keeps null/null (the schema's rule) and marks the toll plural; an ACLED coding reads that
        # with ACLED's estimate (docs/COUNTS.md)
        out["fatalities"] = replace(fat, plural=True)
    return out, victims

# A coder's own word on the toll ("Fatalities coded as 3.", "Unknown fatalities coded at 10 pending
# confirmation."): the figure settled on for the note's event, authoritative like the size tag; not
# when it is shared out between several events ("... split across three events").
_CODED = re.compile(r"\b(?P<unknown>(?:unknown|unspecified|undisclosed)\s+)?fatalities\b[^.;]{0,40}?"
                    r"\b(?:coded|estimated|assessed|recorded)\s+(?:as|at)\s+"
                    r"(?P<figure>[0-9][0-9,]*|[a-z]+(?:[ -][a-z]+)?)\b(?P<rest>[^.;]*)", re.I)
_SHARED = re.compile(r"\b(?:split|divided|shared|spread|distributed|across)\b", re.I)
# 'Unknown fatalities.', 'The number of fatalities is unknown': deaths without a figure
_UNKNOWN_TOLL = re.compile(r"(?:^|[.;]\s+)(?:unknown|unspecified|undisclosed)\s+fatalities\s*[.;]"
                           r"|\bnumber\s+of\s+fatalities\s+(?:is|was|remains)\s+(?:unknown|unclear)\b", re.I)


def _coded_toll(text: str) -> tuple[Count | None, bool]:
    """The figure of a coder's note on the toll, when there is one and it is not shared out, and
    whether it codes deaths told without a figure ('Unknown fatalities coded as 3')."""
    for m in _CODED.finditer(text):
        if _SHARED.search(m.group("rest")):
            continue
        count = parse_count(m.group("figure"))
        if count is not None and count.known:
            return (Count(count.low, count.best, count.high, m.group("figure"), m.start("figure"), m.end("figure")),
                    m.group("unknown") is not None)
    return None, False


_OF_THE_VICTIMS = re.compile(r"\s+of\s+(?:the|these|those)\s+(?:victims|hostages|detainees|captives|dead)\b", re.I)


def _share_of_victims(text: str, count: Count) -> bool:
    """'two of the victims': a share of victims counted elsewhere."""
    return count.end is not None and _OF_THE_VICTIMS.match(text, count.end) is not None


_VAGUE_FIGURE = re.compile(r"\b(?:(?:an?\s+)?(?:unknown|unspecified|undisclosed|unconfirmed|undetermined)\s+number"
                           r"|a\s+number|numerous|many)\b", re.I)
_DEFINITE = frozenset({"the", "these", "those", "their", "his", "her", "its", "our", "both", "all"})


def _unknown_plural(text: str, toll: Toll) -> bool:
    """A toll of deaths that names more than one victim but no figure ('killing civilians', 'some
    people were killed', 'an unknown number of fatalities'); not one that points back at victims
    already counted ('the victims died', 'both were killed')."""
    c = toll.count
    if c.known or c.high is not None:
        return False
    if c.text and _VAGUE_FIGURE.search(c.text):
        return True
    span = text[toll.start:toll.end]
    words = re.findall(r"[A-Za-z'-]+", span)
    if not words or words[0].lower() in _DEFINITE or any(w.lower() in _DEFINITE for w in words[:3]):
        return False
    plural = [w for w in words if w.lower().endswith("s") and w.lower() not in ("was", "is", "has", "his", "its")
              or w.lower() in ("people", "men", "women", "children", "police")]
    return bool(plural) and not any(w.lower() in ("he", "she", "him", "her", "one", "a", "an") for w in words)


_DEATH_OF = re.compile(r"\b(?:deaths?|killings?|murders?|assassinations?|lynchings?|shootings?)\s+of\s+"
                       r"(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?", re.IGNORECASE)
_DEATH_OF_BEFORE = re.compile(_DEATH_OF.pattern + r"$", re.IGNORECASE)


def _of_an_earlier_act(doc: Doc, cand: Candidate, toll: Toll) -> bool:
    """The toll is told in a clause the event follows or precedes ("police killed 9 insurgents after
    ten people were beheaded"): that clause is another act, with its own toll."""
    r = root_at(doc, toll.start, toll.end)
    if r is None:
        return False
    roots = {t.root for t in cand.triggers}
    tok = doc[r]
    for _ in range(8):
        if tok.head.i == tok.i or tok.i in roots:
            return False
        if tok.dep_ == "advcl" and tok.head.i in roots and any(
                c.dep_ == "mark" and c.lower_ in ("after", "before") for c in tok.children):
            return True
        tok = tok.head
    return False


# What someone is suspected, accused or punished for, or what an act avenges ("lynched a man suspected
# of killing two children", "arrested for murdering a chief", "in retaliation for the killing of a
# herder", "students attacked a man they believed murdered a colleague"): a killing before the event.
_ACCUSED = re.compile(
    r"\b(?:suspected|accused|accusations?|charged|convicted|arrested|detained|jailed|wanted|blamed|responsible"
    r"|connection|linked|guilty)\s+(?:of|for|with|in)\s+(?:(?:the|having|have|had|being|be)\s+)*"
    r"(?:(?:allegedly|reportedly)\s+)?$"
    r"|\b(?:behind|avenge|avenging|revenge\s+for|retaliation\s+for|retribution\s+for)\s+(?:the\s+)?$"
    r"|\bsuspects?\s+in\s+[^.;]{0,80}$"
    # 'searching for the men who killed three herders', 'in pursuit of those who murdered a chief'
    r"|\b(?:pursuit\s+of|search(?:ing|ed)?\s+for|hunt(?:ing|ed)?\s+(?:for|down)|looking\s+for|track(?:ing|ed)?"
    r"\s+down|to\s+find)\s+(?:[\w-]+\s+){0,4}who\s+(?:had\s+)?(?:(?:allegedly|reportedly)\s+)?$"
    r"|\b(?:arrested|detained|charged|convicted|jailed|sentenced|wanted|prosecuted|tried)\b[^.;]{0,40}\bfor\s+"
    r"(?:(?:the|having)\s+)?$", re.I)
# 'the clash broke out after two herders were murdered', 'rioted after a driver was shot dead by a
# guard': a killing whose victims open an 'after' clause is what led to the event, another act with
# its own record; not the event's own earlier deed ('abducted two doctors after killing their guard')
_AFTER_CLAUSE = re.compile(r"\bafter\s+(?:(?:the|a|an|their|his|her|its|some)\s+)?$", re.I)
# 'a man they believed murdered a colleague': a killing verb right after 'believed'/'thought'
_BELIEVED = re.compile(r"\b(?:believed|thought|suspected)\s+(?:to\s+have\s+)?$", re.I)


def _accused_act(text: str, toll: Toll) -> bool:
    """The toll is of an act someone is suspected, accused or punished for, or that the event
    avenges: a killing told as the reason for the event, not one of its deaths."""
    if toll.kind != "fatalities":
        return False
    before = text[max(0, toll.start - 120):toll.start]
    if _ACCUSED.search(before) or (_AFTER_CLAUSE.search(before)
                                   and not re.match(r"[a-z]+ing\b", text[toll.start:], re.I)):
        return True
    return _BELIEVED.search(before) is not None and re.match(r"[a-z]+(?:ed|ing)\b", text[toll.start:]) is not None


def _what_is_protested(doc: Doc, cand: Candidate, toll: Toll) -> bool:
    """The toll is that of the act a protest is about ("protested the killing of five people",
    "marched over the deaths of two students"): it is no toll of the protest."""
    if cand.main.category != "protest" or toll.kind not in ("fatalities", "injuries"):
        return False
    before = doc.text[max(0, toll.start - 30):toll.start]
    if _DEATH_OF.match(doc.text, toll.start) or _DEATH_OF_BEFORE.search(before):
        # 'to commemorate the death of four students', 'demanding an inquiry into the killing of a
        # man': a death a protest names as a noun is what it is about; deaths in a protest are
        # told with verbs ('police shot dead two protesters')
        return True
    r = root_at(doc, toll.start, toll.end)
    protest = doc[cand.main.root]
    if r is None:
        return False
    tok = doc[r]
    for _ in range(6):
        if tok.head.i == tok.i:
            return False
        if tok.head.i == protest.i:
            # reached the protest through its object or a preposition ("over", "against")
            return tok.dep_ in ("dobj", "prep", "pobj", "advcl")
        tok = tok.head
    return False


def _parsed_victims(doc: Doc, cand: Candidate) -> Count | None:
    """The victims of a killing verb by the parse, where the token rules found none: the subject of a
    passive ("two men who had stolen a goat were lynched") or the object of an active ("villagers
    killed a suspected thief"), counted by its numeral or its singular determiner."""
    verbs = []
    for trig in cand.triggers:
        if not trig.verbal:
            continue
        root = doc[trig.root]
        verbs += [v for v in (root, *(c for c in root.children if c.dep_ == "conj"))
                  if trig.category == "kill" and v is root or v.lemma_.lower() in _KILLING]
    for verb in verbs:
        if verb.dep_ == "xcomp" or any(c.dep_ in ("neg", "aux") and c.lower_ in ("not", "n't", "never", "to")
                                       or c.lower_ in ("nearly", "almost") for c in verb.children):
            continue  # 'tried to lynch a suspect', 'nearly killed him': nobody died
        # 'were chased, lynched and shot dead': coordinated verbs share the first one's subject
        subject_of = verb
        while subject_of.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in subject_of.children):
            subject_of = subject_of.head
        args = [c for c in subject_of.children if c.dep_ == "nsubjpass"] + [
            c for c in verb.children if c.dep_ == "dobj"]
        for arg in args:
            count = _np_count(doc, arg)
            if count is not None:
                return count
    return None


_KILLING = frozenset({"kill", "murder", "execute", "lynch", "behead", "assassinate", "slay", "massacre"})


def _np_count(doc: Doc, noun: Token) -> Count | None:
    # 'a 17-year-old' parses with the adjective 'old' as its head
    aged = noun.lower_ == "old" and noun.i > 0 and doc[noun.i - 1].text == "-"
    if (noun.pos_ not in ("NOUN", "PROPN") and not aged) or is_thing(noun.lower_) or is_thing(noun.lemma_):
        return None
    span = doc[noun.left_edge.i:noun.i + 1]
    if noun.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "nummod" for c in noun.children):
        return None  # 'killed civilians': the kind without a figure, which the token rules already give
    if noun.pos_ == "PROPN" and noun.ent_type_ != "PERSON":
        return None
    count = parse_count(span.text)
    if count is None and noun.pos_ == "PROPN":
        count = Count(1, 1, 1, span.text)
    if count is None:
        if not any(c.lower_ in ("a", "an", "one") for c in noun.children if c.dep_ in ("det", "nummod")):
            return None
        count = Count(1, 1, 1, span.text)
    return Count(count.low, count.best, count.high, span.text, span.start_char, span.end_char)


def _carried(ctx: DocContext, cand: Candidate, candidates: Sequence[Candidate]) -> dict[str, list[Count]]:
    """Tolls told in the sentences that follow the candidate's, in its paragraph, before any other
    sentence tells an event ("Gunmen attacked the village. Four people died."): no event of their
    own claims them, so they belong to the events of the last sentence that told one (or, at the start
    of a paragraph, of the first sentence that tells one). Running totals
    ("bringing the toll to 300") are not carried."""
    told = {c.sentence for c in candidates if c.main.category not in STATEMENT_CATEGORIES}
    if cand.main.category in STATEMENT_CATEGORIES:
        return {}
    para = ctx.sentence_paragraph[cand.sentence]
    same_para = [k for k, p in enumerate(ctx.sentence_paragraph) if p == para]
    # the sentences that follow, up to the next that tells an event
    carried = []
    k = cand.sentence + 1
    while k in same_para and k not in told:
        carried.append(k)
        k += 1
    # and, for the paragraph's first telling sentence, those before it ("Violence between two
    # camps left one person dead. Houses were burned during the clash."); a protest does not take
    # them, since the deaths told before a protest are what it is usually about
    before = [k for k in same_para if k < cand.sentence]
    if cand.main.category != "protest" and not any(k in told for k in before):
        carried += before
    out: dict[str, list[Count]] = {}
    for k in carried:
        for toll in ctx.tolls.get(k, []):
            if not toll.count.cumulative and not _accused_act(ctx.text, toll):
                out.setdefault(toll.kind, []).append(toll.count)
                if _ADDS.search(ctx.text[toll.start:toll.end]) and not re.match(
                        r"(?i)(?:the|these|those)\b", toll.count.text or ""):
                    out.setdefault("+" + toll.kind, []).append(toll.count)
    return out


# "Three attackers were also killed", "two more died in hospital": deaths added to those told before
_ADDS = re.compile(r"\b(?:also|too|as\s+well|additional|another|further|more(?!\s+than)|other)\b", re.I)


def _toll_distance(doc: Doc, c: Candidate, toll: Toll) -> int:
    for t in c.triggers:
        if toll.start <= t.start < toll.end or t.start <= toll.start < t.end:
            return 0
    r = root_at(doc, toll.start, toll.end)
    if r is None:
        return 99
    return 1 + min(tree_distance(doc, r, t.root) for t in c.triggers)


