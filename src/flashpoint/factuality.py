"""Factuality (did it happen, or was it only threatened, planned, cancelled, imagined or denied?)
and attribution (who the text credits for the claim).

Verbs speak for themselves: their negation, modals and the verbs that govern them
("vowed to strike", "called off the offensive"). A noun ("the airstrikes") takes its
factuality from its own modifiers ("a planned attack") and from verbs that act on it directly
("cancelled an assault", "threatened strikes"); a light verb ("launched an attack", "staged a
protest") lends the noun its own factuality. Negating some other verb ("decided not to respond
to the airstrikes") says nothing about whether the airstrikes happened.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .detect import inflections
from .records import Attribution

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .detect import Candidate, Trigger

MODALS = {"might": "hypothetical", "may": "hypothetical", "could": "hypothetical", "would": "hypothetical",
          "should": "hypothetical", "can": "hypothetical", "must": "hypothetical", "will": "planned",
          "shall": "planned", "'ll": "planned", "wo": "planned"}
GOVERNING = {
    **dict.fromkeys(("threaten", "vow", "warn", "promise", "pledge", "swear"), "threatened"),
    **dict.fromkeys(("plan", "intend", "prepare", "aim", "schedule", "organize", "organise", "mean",
                     "expect", "want", "seek", "propose", "consider", "decide", "agree", "call",
                     "announce", "set", "hope", "due", "poised", "ready", "scheduled", "slated", "going",
                     "expected", "about"), "planned"),
    **dict.fromkeys(("cancel", "abort", "postpone", "suspend", "scrap", "abandon", "halt", "drop",
                     "shelve", "delay"), "cancelled"),
    **dict.fromkeys(("deny", "refute", "dismiss", "reject", "refrain", "fail", "avoid", "avert", "prevent",
                     "foil", "thwart", "stop", "block", "forbid", "ban"), "negated"),
    **dict.fromkeys(("urge", "demand", "ask", "request", "encourage", "imagine", "fear", "risk",
                     "if", "unless", "whether", "wish", "likely", "unlikely", "able", "possible",
                     "might"), "hypothetical"),
}
# Two-word governors whose second word carries the sense: "called off", "called on".
PHRASAL = {("call", "off"): "cancelled", ("call", "on"): "hypothetical", ("call", "for"): "hypothetical",
           ("back", "down"): "cancelled", ("hold", "off"): "cancelled"}
NOUN_MODIFIERS = {
    **dict.fromkeys(("planned", "proposed", "intended", "scheduled", "upcoming", "imminent", "future"),
                    "planned"),
    **dict.fromkeys(("possible", "potential", "hypothetical", "feared", "looming", "would-be"), "hypothetical"),
    **dict.fromkeys(("threatened",), "threatened"),
    **dict.fromkeys(("cancelled", "canceled", "aborted", "postponed", "called-off"), "cancelled"),
    **dict.fromkeys(("foiled", "thwarted", "averted", "failed", "prevented"), "negated"),
}
LIGHT_VERBS = frozenset({"launch", "carry", "conduct", "stage", "hold", "mount", "lead", "make", "issue",
                         "unleash", "perpetrate", "commit", "break", "erupt", "occur", "take", "happen",
                         "continue", "organize", "organise", "begin", "start", "resume", "escalate",
                         "intensify", "wage", "order", "see", "witness", "undertake", "execute", "face",
                         "agree", "reach", "sign", "broker", "declare", "announce", "call", "join"})
REPORTING = frozenset({"say", "report", "state", "claim", "announce", "confirm", "tell", "allege", "add",
                       "note", "according", "write", "declare", "insist", "assert", "accuse", "blame"})


@lru_cache(maxsize=1)
def _surface_lemmas() -> dict[str, str]:
    words = set(LIGHT_VERBS) | set(GOVERNING) | set(REPORTING)
    return {form: w for w in sorted(words, key=len, reverse=True) for form in inflections(w)}


def lemma(tok: Token) -> str:
    """The token's lemma, mended where the tagger's fails ("staged" read as "stag")."""
    return _surface_lemmas().get(tok.lower_, tok.lemma_.lower())


def _phrasal(tok: Token) -> str | None:
    for child in tok.children:
        if child.dep_ in ("prt", "prep") and (lemma(tok), child.lower_) in PHRASAL:
            return PHRASAL[(lemma(tok), child.lower_)]
    return None


def _own_marks(tok: Token) -> str | None:
    """Negation, modals and 'if' on a verb itself."""
    for child in tok.children:
        if child.dep_ == "neg":
            return "negated"
        if child.dep_ == "aux" and child.lower_ in MODALS:
            return MODALS[child.lower_]
        if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
            return "hypothetical"
    if tok.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in tok.children):
        return "hypothetical"
    return None


def _verbal_factuality(tok: Token, depth: int = 0) -> str:
    """A verb's own marks first, then the verbs that govern it through infinitive or
    clausal complements ("vowed to strike", "decided not to respond")."""
    own = _own_marks(tok)
    if own is not None:
        return own
    if depth > 3:
        return "asserted"
    head = tok.head
    if head.i == tok.i:
        return "asserted"
    if tok.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "dobj", "pobj", "conj"):
        word = lemma(head)
        if head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head
            word = lemma(head)
        phrasal = _phrasal(head)
        if phrasal is not None:
            return phrasal
        if word in GOVERNING and tok.dep_ not in ("conj", "advcl"):
            return GOVERNING[word]
        if head.pos_ in ("VERB", "AUX") and (tok.dep_ in ("xcomp", "conj") or
                                             (tok.dep_ == "ccomp" and word not in REPORTING)):
            return _verbal_factuality(head, depth + 1)
    return "asserted"


COLLECTIVE = frozenset({"wave", "series", "spate", "string", "round", "campaign", "number", "host", "barrage",
                        "volley", "salvo", "flurry", "rash", "surge", "chain"})


def _nominal_factuality(tok: Token, has_own_anchor: bool) -> str:
    # "a fresh wave of strikes would ...": the collective noun stands in the sentence for the acts.
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in COLLECTIVE:
        tok = tok.head.head
    for rel in tok.children:
        # "a truce that could take effect on Saturday"
        if rel.dep_ in ("relcl", "acl") and rel.pos_ in ("VERB", "AUX"):
            marks = _own_marks(rel)
            if marks in ("hypothetical", "planned", "negated"):
                return marks
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod")}
    if dets & {"another", "any", "future", "new", "further"} and tok.head.pos_ in ("VERB", "AUX"):
        marks = _own_marks(tok.head)
        if marks in ("hypothetical", "planned"):
            return marks
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
        governor = _phrasal(tok.head) or GOVERNING.get(lemma(tok.head))
        if governor in ("cancelled", "negated", "threatened"):
            return governor
    for child in tok.children:
        if child.dep_ in ("amod", "compound") and child.lower_ in NOUN_MODIFIERS:
            return NOUN_MODIFIERS[child.lower_]
    head = tok.head
    via_prep = False
    if tok.dep_ in ("pobj", "pcomp") and head.pos_ == "ADP" and head.lower_ in ("of", "for"):
        # "the threat of strikes", "plans for an offensive"
        noun = head.head
        if noun.lemma_.lower() in ("threat", "plan", "risk", "prospect", "possibility", "fear", "call", "warning",
                                   "idea", "proposal", "option", "danger", "prospect", "demand"):
            return {"threat": "threatened", "plan": "planned", "warning": "threatened"}.get(
                noun.lemma_.lower(), "hypothetical")
        head = noun.head if noun.dep_ in ("dobj", "pobj") else head
        via_prep = True
    if not via_prep and tok.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "pobj") and head.pos_ in ("VERB", "AUX"):
        word = lemma(head)
        phrasal = _phrasal(head)
        if phrasal is not None:
            return phrasal
        if word in GOVERNING and tok.dep_ in ("dobj", "nsubjpass"):
            return GOVERNING[word]
        if word in LIGHT_VERBS:
            return _verbal_factuality(head)
        if word in REPORTING or tok.dep_ in ("nsubj", "nsubjpass"):
            verdict = _verbal_factuality(head)
            if verdict != "negated" and (verdict == "asserted" or not has_own_anchor):
                return verdict
        elif not has_own_anchor:
            marks = _own_marks(head)
            if marks in ("hypothetical", "planned"):
                return marks
    return "asserted"


def factuality_of(doc: Doc, cand: Candidate, has_own_anchor: bool) -> str:
    """The candidate's factuality, read off its most telling trigger."""
    verdicts: list[str] = []
    for t in _ordered(cand):
        tok = doc[t.root]
        verdict = _verbal_factuality(tok) if t.verbal else _nominal_factuality(tok, has_own_anchor)
        verdicts.append(verdict)
        if verdict != "asserted":
            return verdict
    return "asserted"


def _ordered(cand: Candidate) -> list[Trigger]:
    # The naming trigger first, then the others in text order.
    main = cand.main
    return [main] + [t for t in cand.triggers if t is not main]


def light_verb(doc: Doc, t: Trigger) -> Token | None:
    """The light verb a nominal trigger is the object or subject of ("launched an attack",
    "clashes broke out"), when there is one."""
    tok = doc[t.root]
    head = tok.head
    if tok.dep_ in ("dobj", "nsubj", "nsubjpass") and lemma(head) in LIGHT_VERBS:
        return head
    if tok.dep_ == "pobj" and lemma(head.head) in LIGHT_VERBS and head.head.pos_ == "VERB":
        # "agreed to a ceasefire", "called for a strike"
        return head.head
    return None


def attribution_of(doc: Doc, sent: Span, trigger_root: int) -> Attribution | None:
    """Who the text credits: "according to X", or the subject of a reporting verb whose clause
    holds the trigger ("X said that ...", "..., the ministry said")."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                span = _compact(doc, objs[0])
                return Attribution(span.text, doc[tok.i:span.end].text)
    tok = doc[trigger_root]
    for _ in range(8):
        if tok.head.i == tok.i:
            break
        head = tok.head
        if head.lemma_.lower() in REPORTING and head.pos_ == "VERB" and tok.dep_ in ("ccomp", "dobj", "advcl",
                                                                                     "conj", "parataxis"):
            subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and subj[0].pos_ != "PRON":
                span = _compact(doc, subj[0])
                return Attribution(_strip_det(span.text), span.text)
        tok = head
    root = sent.root
    if root.lemma_.lower() in REPORTING and root.i > trigger_root:
        subj = [c for c in root.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if subj:
            span = _compact(doc, subj[0])
            return Attribution(_strip_det(span.text), span.text)
    return None


def _compact(doc: Doc, tok: Token) -> Span:
    """The noun phrase of a token without its relative clauses and appositions."""
    left = min([tok.i] + [t.i for c in tok.lefts for t in c.subtree])
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("prep",) and c.lower_ == "of" or c.dep_ in ("compound", "flat", "nmod"):
            right = max(right, max(t.i for t in c.subtree))
        else:
            break
    return doc[left:right + 1]


def _strip_det(text: str) -> str:
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(det):
            return text[len(det):]
    return text
