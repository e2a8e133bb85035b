"""Event triggers and candidate events.

Triggers come from a lexicon (`data/triggers.tsv`) matched on lemmas. Triggers that the parse
links (a strike noun that is the subject of "killed", a verb and its "killing" participle, a
protest that is the object of "suppressed") form one candidate event; the most specific
trigger names it.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from .detect_typos import TypoIndex
from .detect_verbal import NOMINAL_DEPS, is_verbal
from .detect_words import demonstration_subject, denied, enforcer_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .clean import Cleaned

STATEMENT_CATEGORIES = frozenset({"threaten", "accuse", "sanction"})
# Categories that report a consequence of another event (its toll, its damage) rather than
# an event of their own when the parse links them to one.
CONSEQUENCE_CATEGORIES = frozenset({"kill", "injure", "destroy"})
# Words on the path between two triggers that mark two events rather than one:
# "airstrikes in response to the attack", "protests after the killing".
# Causal links join two acts of violence ("stormed a base, sparking a gun battle") but separate
# violence from the protest it provokes ("the killing sparked protests").
CAUSAL = frozenset({"prompt", "spark", "trigger", "provoke", "cause", "lead"})
PROTEST_FAMILY = frozenset({"protest", "riot", "crackdown"})
BLOCKERS = frozenset({
    "respond", "response", "retaliate", "retaliation", "revenge", "avenge", "follow", "after",
    "before", "since", "amid", "despite", "condemn", "denounce",
    "protest", "against", "oppose", "over", "blame", "accuse", "attribute", "claim", "deny", "than",
    "while", "whereas", "meanwhile", "separately", "elsewhere", "later", "earlier", "then", ";",
    "where", "those", "similar", "like", "unlike", "compare",
    # What a crowd demands is not what happened: "demonstrated, demanding the arrest of ...".
    "demand", "urge", "call", "seek", "ask", "want", "request",
    # A cause or a charge is another act: "closed the border due to violence", "arrested for
    # involvement in the clashes".
    "due", "because", "involvement", "suspect", "charge",
})

@dataclass(frozen=True, slots=True)
class TriggerEntry:
    words: tuple[str, ...]
    pos: str
    category: str
    rank: int


@dataclass(frozen=True, slots=True)
class Trigger:
    start_tok: int
    end_tok: int
    root: int
    """Index of the syntactic head of the trigger's words."""
    start: int
    end: int
    text: str
    category: str
    rank: int
    verbal: bool
    """A finite or clausal verb (its tense, modals and negation speak for the event), as
    opposed to a noun or a gerund used as one."""
    determined: bool = False
    """A noun with a definite article, a demonstrative or a possessive ("the attack", "their
    protest"), which may point back to an act told before."""


@dataclass(frozen=True, slots=True)
class Candidate:
    triggers: tuple[Trigger, ...]
    sentence: int
    """Index into the document's sentence list."""

    @property
    def main(self) -> Trigger:
        return max(self.triggers, key=lambda t: (t.rank, -t.start))

    @property
    def categories(self) -> frozenset[str]:
        return frozenset(t.category for t in self.triggers)

    @property
    def start(self) -> int:
        return min(t.start for t in self.triggers)

    @property
    def end(self) -> int:
        return max(t.end for t in self.triggers)

    @property
    def verbal(self) -> bool:
        """An act told by a verb. A toll verb counts when no noun of the candidate points back:
        "militia members attack and kill two herders" tells its act, "the attack killed two" points
        to one told before."""
        if any(t.verbal for t in self.triggers if t.category not in CONSEQUENCE_CATEGORIES):
            return True
        return any(t.verbal for t in self.triggers) and not any(
            t.determined for t in self.triggers if not t.verbal)


IRREGULAR = {
    "strike": ("struck", "stricken"), "shoot": ("shot",), "fight": ("fought",), "take": ("took", "taken"),
    "break": ("broke", "broken"), "throw": ("threw", "thrown"), "beat": ("beaten",), "hold": ("held",),
    "lead": ("led",), "set": ("sets", "setting"), "burn": ("burnt",), "slay": ("slew", "slain"),
    "bring": ("brought",), "blow": ("blew", "blown"), "withdraw": ("withdrew", "withdrawn"),
    "overrun": ("overran",), "retake": ("retook", "retaken"), "rape": ("raped", "raping", "rapes"),
}


def inflections(word: str) -> set[str]:
    """The word and its regular inflections, so a trigger matches where the tagger's lemma fails
    ("raped" lemmatised as "rap", "struck" tagged as an auxiliary)."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if word.endswith("y"):
        forms.update({word[:-1] + "ies", word[:-1] + "ied"})
    if len(word) > 2 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    forms.update(IRREGULAR.get(word, ()))
    return forms


class Lexicon:
    """Trigger entries indexed by the forms of their first word."""

    def __init__(self, entries: Iterable[TriggerEntry]) -> None:
        self.by_first: dict[str, list[TriggerEntry]] = {}
        self.forms: dict[str, set[str]] = {}
        for e in entries:
            for w in e.words:
                self.forms.setdefault(w, inflections(w))
            for form in self.forms[e.words[0]]:
                self.by_first.setdefault(form, []).append(e)
        for lst in self.by_first.values():
            lst.sort(key=lambda e: -len(e.words))
        self.typos = TypoIndex((f, w) for w, fs in self.forms.items() for f in fs if f in self.by_first)

    @classmethod
    def load(cls, text: str | None = None) -> Lexicon:
        """The packaged lexicon, or one given as TSV text in the same format."""
        if text is None:
            text = resources.files("flashpoint.data").joinpath("triggers.tsv").read_text("utf-8")
        rows = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        reader = csv.DictReader(rows, delimiter="\t")
        return cls(TriggerEntry(tuple(r["phrase"].lower().split()), r["pos"], r["category"], int(r["rank"]))
                   for r in reader)


def _word_ok(tok: Token, word: str, forms: set[str]) -> bool:
    return tok.lemma_.lower() == word or tok.lower_ in forms


def _pos_ok(tok: Token, pos: str) -> bool:
    if pos == "*":
        return tok.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")
    if pos == "NOUN":
        return tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "VERB" and tok.tag_ == "VBG"
                                                  and tok.dep_ in NOMINAL_DEPS)
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


FILLERS = frozenset({"a", "an", "the", "their", "its", "his", "her", "our", "new", "temporary", "military"})


QUOTES = frozenset({"``", "''"})
"""Quotation marks, which may stand between the words of a phrase: "went on a 'rampage'"."""

GAP = "_"
"""A slot in a phrase for the object of its verb: "set _ alight" matches "set two houses alight"."""
GAP_MAX = 4


def _match_words(doc: Doc, i: int, words: tuple[str, ...], forms: dict[str, set[str]], misspelt: bool = False
                 ) -> int | None:
    """End of a match of `words` starting at token i; articles and possessives may stand between
    the words of a phrase ("set up a base", "handed over their camp"), as may quotation marks; a gap
    slot takes one to four words that are neither punctuation nor verbs, though a participle may
    follow the first ("set the houses on fire", "set two trucks carrying goods on fire"). `misspelt`:
    the first word is taken as matched (`detect_typos` found it)."""
    k = i
    for n, w in enumerate(words):
        if w == GAP:
            rest = words[n + 1:]
            for skip in range(1, GAP_MAX + 1):
                gap = doc[k:k + skip]
                if len(gap) < skip or any(t.is_punct or t.pos_ in ("AUX", "ADP", "SCONJ") or (
                        t.pos_ == "VERB" and (t is gap[0] or t.tag_ not in ("VBG", "VBN"))) for t in gap):
                    # (A participle may stand inside the object: "set two trucks carrying goods on fire".)
                    return None
                end = _match_words(doc, k + skip, rest, forms) if rest else k + skip
                if end is not None:
                    return end
            return None
        if n > 0:
            while k < len(doc) and (doc[k].lower_ in FILLERS or doc[k].tag_ in QUOTES) and w not in FILLERS \
                    and k - i < len(words) + 3:
                k += 1
        if k >= len(doc) or not (_word_ok(doc[k], w, forms[w]) or (misspelt and k == i)):
            return None
        k += 1
    return k


DEFINITE = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their", "such"})


def _modifier_of_phrase(tok: Token, entry: TriggerEntry) -> bool:
    """The first word of a noun phrase may be an adjective or participle ("explosive device",
    "general strike", "improvised explosive device", "intercommunal violence"), that of a verb
    phrase an adverb ("sexually assault")."""
    if entry.pos == "VERB" and len(entry.words) > 1 and entry.words[1] != GAP and tok.pos_ == "ADV":
        return True  # "sexually assaulted", "forcibly disappeared": an adverb first
    return entry.pos == "NOUN" and len(entry.words) > 1 and entry.words[1] != GAP and tok.pos_ in ("ADJ", "VERB")


def _gerund_of_other(tok: Token, entry: TriggerEntry) -> bool:
    """An -ing form matched to a noun entry that is not its lemma: "mining" is no "mine"."""
    word = entry.words[0]
    return (entry.pos == "NOUN" and tok.lower_.endswith("ing") and not word.endswith("ing")
            and tok.lemma_.lower() != word)


def find_triggers(doc: Doc, lexicon: Lexicon, cleaned: Cleaned | None = None) -> list[Trigger]:
    """Every lexicon trigger in the parsed text, longest match first, none overlapping,
    none inside a masked span."""
    out: list[Trigger] = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        entries = lexicon.by_first.get(tok.lemma_.lower(), []) + lexicon.by_first.get(tok.lower_, [])
        misspelt = False
        if not entries:
            # "demonstated", "behaded": a misspelt trigger word (see `detect_typos`)
            fixed = lexicon.typos.correct(tok)
            entries, misspelt = lexicon.by_first.get(fixed, []) if fixed else [], fixed is not None
        match: tuple[TriggerEntry, int] | None = None
        for e in sorted(set(entries), key=lambda e: -len(e.words)):
            if not (_pos_ok(tok, e.pos) or _modifier_of_phrase(tok, e)) or _gerund_of_other(tok, e):
                continue
            end = _match_words(doc, i, e.words, lexicon.forms, misspelt)
            if end is not None:
                match = (e, end)
                break
        if match is None or tok.ent_type_ in ("DATE", "TIME"):
            i += 1
            continue
        entry, end = match
        span = doc[i:end]
        if cleaned is not None and cleaned.is_masked(span.start_char, span.end_char):
            i = end
            continue
        root = span.root
        if entry.words[0] == "leave" and doc[i].dep_ in ("relcl", "acl"):
            # "an attack that left eight dead" tells the toll of an act told as background, not an act.
            i = end
            continue
        if entry.words[0] == "chase" and enforcer_subject(doc[i]):
            # "police chased the hawkers from the market": policing, not a crowd's violence.
            i = end
            continue
        if entry.words[0] in ("turn", "become") and not demonstration_subject(doc[i]):
            # "the protest turned violent" tells a riot; "the quarrel turned violent" the same quarrel.
            i = end
            continue
        if entry.category == "displace" and _displaced_as_victims(root):
            # "killed two IDPs", "an attack on a camp for displaced people": the victims of another act.
            i = end
            continue
        determined = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
                         for c in root.children)
        out.append(Trigger(i, end, root.i, span.start_char, span.end_char, span.text, entry.category,
                           entry.rank, is_verbal(root), determined))
        i = end
    from .detect_crowd import crowd_acts  # noqa: PLC0415 - they build on this module's triggers
    from .detect_engage import engagements  # noqa: PLC0415
    from .detect_found import found_things  # noqa: PLC0415
    from .detect_measures import measures  # noqa: PLC0415

    found = measures(doc, found_things(doc, out, cleaned), cleaned)
    return _without_aftermath(crowd_acts(doc, engagements(doc, found, cleaned), cleaned))


# Acts that drive people from their homes.
DRIVING_CATEGORIES = frozenset({"attack", "kill", "clash", "abduct", "air", "shelling", "ied", "suicide", "grenade",
                                "territory", "destroy", "riot", "sexual", "chemical"})


def _without_aftermath(triggers: list[Trigger]) -> list[Trigger]:
    """Displacement told after an act of violence the text tells first is that act's aftermath or
    the conflict's background ("Gunmen attacked the village. Residents fled", "... fighting has
    displaced two million since 2009"), not an event of its own; told first, it is the news
    ("IDPs arrived in the town after several attacks")."""
    first_act = min((t.start for t in triggers if t.category in DRIVING_CATEGORIES), default=None)
    if first_act is None:
        return triggers
    return [t for t in triggers if t.category != "displace" or t.start < first_act]


def _displaced_as_victims(root: Token) -> bool:
    """A displacement noun or adjective that names whom or what another act was done to (its object,
    a noun it modifies), not people who fled ("IDPs arrived", "a thousand of the displaced")."""
    if root.pos_ == "VERB" and root.dep_ != "amod":
        return False
    noun = root.head if root.dep_ == "amod" else root
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return False
    return noun.dep_ in ("dobj", "pobj", "compound", "poss", "nmod", "conj", "appos")


def _link(doc: Doc, trig: Trigger, roots: dict[int, Trigger], sent_start: int, sent_end: int) -> Trigger | None:
    """The trigger this one belongs with: the first trigger among its syntactic ancestors,
    unless a blocking word stands between them or both are separate nouns in a list."""
    tok = doc[trig.root]
    seen = 0
    relative = False
    causal = False
    described = -1
    while tok.head.i != tok.i and seen < 12:
        if tok.dep_ in ("relcl", "acl") and tok.pos_ == "VERB":
            relative = True
            described = tok.head.i if described < 0 else described
        prev, tok = tok, tok.head
        seen += 1
        if not (sent_start <= tok.i < sent_end):
            return None
        other = roots.get(tok.i)
        if other is not None and other is not trig:
            if other.category in STATEMENT_CATEGORIES or trig.category in STATEMENT_CATEGORIES:
                return None
            if prev.dep_ == "conj" and not trig.verbal and not other.verbal:
                return None
            # "Nyala, which the RSF seized last month": a relative clause tells an event of its own
            # unless it gives a consequence ("an attack which killed four") or the crowd that was
            # dispersed ("fired tear gas at supporters who tried to march").
            # So does a relative clause on a demonstration that tells how it went ("held a protest
            # that led to a riot", "a march which turned violent").
            told_how = trig.category in ("riot", "destroy") and other.category == "protest" and described == other.root
            if relative and trig.category not in CONSEQUENCE_CATEGORIES and not told_how and not (
                    trig.category == "protest" and other.category in ("crackdown", "attack", "arrest", "kill")):
                return None
            if causal and ((trig.category in PROTEST_FAMILY) != (other.category in PROTEST_FAMILY)):
                return None
            if other.category == "protest" and trig.category not in PROTEST_FAMILY and prev.dep_ in (
                    "dobj", "pobj"):
                # "protested the killings", "a protest over the shooting": what a crowd protests is
                # not what it did.
                return None
            return other
        lemma = tok.lemma_.lower()
        if lemma in CAUSAL:
            causal = True
        elif lemma in BLOCKERS:
            return None
    return None


def _blocked_between(doc: Doc, a: Trigger, b: Trigger) -> bool:
    """A blocking word stands in the text between two triggers."""
    lo, hi = (a.end_tok, b.start_tok) if a.start_tok < b.start_tok else (b.end_tok, a.start_tok)
    if denied(doc[a.root]) or denied(doc[b.root]):
        # "protests in the town; no reports of clashes": a denied act is not part of the other.
        return True
    mixed = (a.category in PROTEST_FAMILY) != (b.category in PROTEST_FAMILY)
    return any(doc[k].lemma_.lower() in BLOCKERS or doc[k].lower_ in BLOCKERS
               or (mixed and doc[k].lemma_.lower() in CAUSAL) for k in range(lo, hi))


def _fallback_link(trig: Trigger, earlier: Sequence[Trigger]) -> Trigger | None:
    """A verb the parse hangs on the sentence root ("... an assault by protesters entering the
    zone and breaking into the embassy") joins the nearest earlier event trigger."""
    if not earlier or STATEMENT_CATEGORIES & {trig.category, earlier[-1].category}:
        return None
    return earlier[-1]


def _finder(parent: dict[int, int]) -> Callable[[int], int]:
    """Union-find's find over `parent`, with path halving."""
    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    return find


def group_triggers(doc: Doc, triggers: Sequence[Trigger], sentence_spans: Sequence[tuple[int, int]]
                   ) -> list[Candidate]:
    """Candidates: triggers of one sentence joined when the parse links them."""
    candidates: list[Candidate] = []
    for s_idx, (s_start, s_end) in enumerate(sentence_spans):
        in_sent = [t for t in triggers if s_start <= t.start < s_end]
        if not in_sent:
            continue
        roots: dict[int, Trigger] = {}
        for t in in_sent:
            for k in range(t.start_tok, t.end_tok):
                roots[k] = t
        parent: dict[int, int] = {id(t): id(t) for t in in_sent}
        find = _finder(parent)

        tok_lo = doc.char_span(s_start, s_end, alignment_mode="expand")
        lo, hi = (tok_lo.start, tok_lo.end) if tok_lo is not None else (0, len(doc))
        for k, t in enumerate(in_sent):
            other = _link(doc, t, roots, lo, hi)
            if other is None and t.verbal and k > 0 and doc[t.root].dep_ == "conj":
                other = _fallback_link(t, in_sent[:k])
            if other is not None and not _blocked_between(doc, other, t):
                parent[find(id(t))] = find(id(other))
        # Subject and object of one verb, or a verb and its participle ("warplanes carried out
        # airstrikes ..., killing five") tell one event.
        for k, t in enumerate(in_sent):
            head = doc[t.root].head
            if head.pos_ not in ("VERB", "AUX") or head.i == t.root:
                continue
            for other in in_sent[:k]:
                o_head = doc[other.root].head
                # (A sentence's root is its own head: whether the root verb's object joins it is
                # `_link`'s decision, "protested the killing" being two acts.)
                if o_head.i == head.i and o_head.i != other.root and not _blocked_between(doc, other, t) and not (
                        other.category in STATEMENT_CATEGORIES or t.category in STATEMENT_CATEGORIES):
                    parent[find(id(t))] = find(id(other))
                    break
        groups: dict[int, list[Trigger]] = {}
        for t in in_sent:
            groups.setdefault(find(id(t)), []).append(t)
        for members in groups.values():
            candidates.append(Candidate(tuple(sorted(_labour_strikes(doc, members), key=lambda t: t.start)), s_idx))
    candidates.sort(key=lambda c: c.start)
    return candidates


def _labour_strikes(doc: Doc, members: list[Trigger]) -> list[Trigger]:
    """A strike told with a demonstration ("nurses, striking for two weeks, held a protest",
    "climate strikes") is a labour or protest strike, not an attack."""
    if not any(t.category == "protest" for t in members):
        return members
    return [Trigger(t.start_tok, t.end_tok, t.root, t.start, t.end, t.text, "protest", 45, t.verbal, t.determined)
            if t.category == "attack" and doc[t.root].lemma_.lower() in ("strike", "striking") else t
            for t in members]
