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

import re
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
                     "shelve", "delay", "pause", "defer", "end"), "cancelled"),
    **dict.fromkeys(("deny", "refute", "dismiss", "reject", "refrain", "fail", "avoid", "avert", "prevent",
                     "foil", "thwart", "stop", "block", "forbid", "ban"), "negated"),
    **dict.fromkeys(("urge", "demand", "ask", "request", "encourage", "imagine", "fear", "risk",
                     "if", "unless", "whether", "wish", "likely", "unlikely", "able", "possible",
                     "might"), "hypothetical"),
}
# Two-word governors whose second word carries the sense: "called off", "called on".
PHRASAL = {("call", "off"): "cancelled", ("call", "on"): "hypothetical", ("call", "for"): "hypothetical",
           ("back", "down"): "cancelled", ("hold", "off"): "cancelled", ("put", "off"): "cancelled"}
# Nouns that carry a claim or an intention: what they govern takes its factuality from the verb
# that acts on them ("denied reports of an assault", "abandoned plans to attack").
CLAIM_NOUNS = frozenset({"report", "claim", "allegation", "account", "rumour", "rumor", "suggestion",
                         "responsibility", "accusation", "charge"})
INTENT_NOUNS = {"plan": "planned", "intention": "planned", "bid": "planned", "preparation": "planned",
                "threat": "threatened", "promise": "threatened", "vow": "threatened", "pledge": "threatened",
                "ultimatum": "threatened"}
# Nouns for an act tried: only a verb that foils or denies them speaks for the act ("thwarted an
# attempt to bomb the bridge"); "an attempt to disperse the crowd" tells nothing of its own.
TRIED_NOUNS = frozenset({"attempt", "plot"})
# Words that make the subject of a clause nobody ("no missiles struck", "nobody attacked").
NOBODY = frozenset({"nobody", "none", "nothing"})
# Predicates that leave their subject possible only ("an offensive is possible").
POSSIBLE = {"possible": "hypothetical", "likely": "hypothetical", "unlikely": "hypothetical",
            "probable": "hypothetical", "imminent": "planned", "expected": "planned", "due": "planned"}
# A sentence that disputes its own claim ("... but footage shows no such attack") or leaves it
# unconfirmed ("... could not be verified").
DISPUTED = re.compile(r"\bno such\b|\bno (?:evidence|sign|trace|record)s? of\b|\bthere (?:was|is) no evidence\b",
                      re.I)
UNVERIFIED = re.compile(r"\b(?:could|can) ?not be (?:independently )?(?:verified|confirmed)\b|\bunverified\b"
                        r"|\bunconfirmed\b|\brumou?rs?\b", re.I)
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
                         "agree", "reach", "sign", "broker", "declare", "announce", "call", "join", "engage",
                         "involve", "result"})
# Verbs whose subject the text credits for the clause they govern; denying is a claim too.
ATTRIBUTING_EXTRA = frozenset({"deny", "insist", "admit", "acknowledge", "maintain"})
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
        # a preposition counts only right after the verb: "called for a strike", not "called a
        # strike for Tuesday"
        if (child.dep_ == "prt" or child.dep_ == "prep" and child.i == tok.i + 1) and \
                (lemma(tok), child.lower_) in PHRASAL:
            return PHRASAL[(lemma(tok), child.lower_)]
    return None


def _own_marks(tok: Token) -> str | None:
    """Negation, modals and 'if' on a verb itself; a subject that is nobody ("no missiles struck")."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    # an inverted conditional: "Had the guards not intervened, ...", "Should an invasion happen, ..."
    if subjects and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "should", "were") and
                        c.i < subjects[0].i and c.i == tok.sent.start for c in tok.children):
        return "hypothetical"
    if _after_in_case(tok):
        return "hypothetical"  # "in case militants attack"
    modals = [c.lower_ for c in tok.children if c.dep_ == "aux" and c.lower_ in MODALS]
    if any(c.dep_ == "neg" for c in tok.children):
        if lemma(tok) == "go" and any(c.lower_ in ("ahead", "forward") for c in tok.children):
            return "cancelled"  # "the march will not go ahead"
        # "will not attack" says it will not happen; "may not attack" leaves it open
        return "hypothetical" if any(m in ("might", "may") for m in modals) else "negated"
    if modals:
        return MODALS[modals[0]]
    for child in tok.children:
        if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
            return "hypothetical"
    if tok.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in tok.children):
        return "hypothetical"
    for subject in subjects:
        if subject.lower_ in NOBODY or subject.lower_ == "one" and any(
                c.lower_ == "no" for c in subject.children) or any(
                c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
            return "negated"
    return None


def _after_in_case(tok: Token) -> bool:
    """The clause of `tok` opens with "in case", whichever way the parser attached the two words."""
    doc, left = tok.doc, tok.left_edge.i
    opening = [doc[i].lower_ for i in range(max(0, left - 2), min(len(doc), left + 2))]
    return any(opening[k:k + 2] == ["in", "case"] for k in range(len(opening) - 1))


def _noun_governor(noun: Token) -> str | None:
    """What the verb acting on a claim or plan noun says of it ("denied reports", "shelved plans")."""
    if noun.dep_ in ("dobj", "nsubjpass", "pobj") and noun.head.pos_ in ("VERB", "ADP"):
        verb = noun.head if noun.head.pos_ == "VERB" else noun.head.head
        governor = _phrasal(verb) or GOVERNING.get(lemma(verb))
        if governor in ("negated", "cancelled"):
            return governor
    return None


def _verbal_factuality(tok: Token, depth: int = 0) -> str:
    """A verb's own marks first, then the verbs that govern it through infinitive or
    clausal complements ("vowed to strike", "decided not to respond")."""
    own = _own_marks(tok)
    if own in ("hypothetical", "planned") and tok.dep_ == "ccomp" and tok.pos_ == "VERB" and GOVERNING.get(
            lemma(tok.head)) == "threatened" and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "shall")
                                                     for c in tok.children):
        return "threatened"  # "warned it would attack": the modal is the threat's own
    if own is not None:
        return own
    if depth > 3:
        return "asserted"
    if tok.dep_ in ("acl", "ccomp") and tok.head.pos_ == "NOUN":
        noun_word = tok.head.lemma_.lower()
        if noun_word in CLAIM_NOUNS or noun_word in INTENT_NOUNS or noun_word in TRIED_NOUNS:
            # "refuted claims that it had attacked", "abandoned plans to attack"
            governed = _noun_governor(tok.head)
            if governed is not None:
                return governed
            if noun_word in INTENT_NOUNS:
                return INTENT_NOUNS[noun_word]
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
        if word in GOVERNING and tok.dep_ not in ("conj", "advcl") and head.i < tok.i:
            # A governed clause follows its verb; one told before it ("students held a protest,
            # demanded ...") is a misparsed clause of its own.
            return GOVERNING[word]
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # "no one was hurt but the vehicle was damaged": a conjunct with its own subject.
            return "asserted"
        if head.pos_ in ("VERB", "AUX") and (tok.dep_ in ("xcomp", "conj") or
                                             (tok.dep_ == "ccomp" and word not in REPORTING and head.i < tok.i)):
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
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return "negated"  # "there were no clashes", "no attack took place"
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod")}
    if dets & {"another", "any", "future", "new", "further"} and tok.head.pos_ in ("VERB", "AUX"):
        marks = _own_marks(tok.head)
        if marks in ("hypothetical", "planned"):
            return marks
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
        governor = _phrasal(tok.head) or GOVERNING.get(lemma(tok.head))
        if governor in ("cancelled", "negated", "threatened"):
            return governor
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        # what befalls a planned act decides it: "the planned march will not go ahead"
        fate = _verbal_factuality(tok.head)
        if fate in ("cancelled", "negated"):
            return fate
    for child in tok.children:
        if child.dep_ in ("amod", "compound") and child.lower_ in NOUN_MODIFIERS:
            return NOUN_MODIFIERS[child.lower_]
    head = tok.head
    via_prep = False
    if tok.dep_ in ("pobj", "pcomp") and head.pos_ == "ADP" and head.lower_ in ("of", "for"):
        # "the threat of strikes", "plans for an offensive"
        noun = head.head
        if noun.pos_ == "VERB" and GOVERNING.get(lemma(noun)) in ("threatened", "cancelled", "negated"):
            return GOVERNING[lemma(noun)]  # "warned of airstrikes"
        if noun.lemma_.lower() in CLAIM_NOUNS or noun.lemma_.lower() in INTENT_NOUNS:
            governed = _noun_governor(noun)
            if governed is not None:
                return governed  # "rejected reports of an assault", "shelved plans for a raid"
        if noun.lemma_.lower() in ("threat", "plan", "risk", "prospect", "possibility", "fear", "call", "warning",
                                   "idea", "proposal", "option", "danger", "prospect", "demand"):
            return {"threat": "threatened", "plan": "planned", "warning": "threatened"}.get(
                noun.lemma_.lower(), "hypothetical")
        head = noun.head if noun.dep_ in ("dobj", "pobj") else head
        via_prep = True
    if (not via_prep and tok.dep_ == "pobj" and head.pos_ == "ADP" and head.head.pos_ == "VERB"
            and lemma(head.head) in LIGHT_VERBS):
        return _verbal_factuality(head.head)  # "may engage in clashes", "resulted in riots"
    if not via_prep and tok.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "pobj") and head.pos_ in ("VERB", "AUX"):
        word = lemma(head)
        phrasal = _phrasal(head)
        if phrasal is not None:
            return phrasal
        if word in GOVERNING and tok.dep_ in ("dobj", "nsubjpass") and not _done(head):
            return GOVERNING[word]
        if word in LIGHT_VERBS:
            return _verbal_factuality(head)
        predicate = next((c.lemma_.lower() for c in head.children if c.dep_ == "acomp"
                          and c.lemma_.lower() in POSSIBLE), None)
        if tok.dep_ == "nsubj" and predicate is not None:
            return POSSIBLE[predicate]  # "a ground offensive is possible"
        if word in REPORTING or tok.dep_ in ("nsubj", "nsubjpass"):
            verdict = _verbal_factuality(head)
            if verdict != "negated" and (verdict == "asserted" or not has_own_anchor):
                return verdict
        elif not has_own_anchor:
            marks = _own_marks(head)
            if marks in ("hypothetical", "planned"):
                return marks
    return "asserted"


# Governing verbs that, in the past tense, tell that what they govern took place: "organized a
# march" reports the march, "agreed a ceasefire" the agreement ("plan to organize" stays planned).
# "Set off a bomb" and "set a curfew" tell the act; "set to attack" plans it (no object).
DONE_WHEN_PAST = frozenset({"organize", "organise", "agree", "set"})


def _done(verb: Token) -> bool:
    if lemma(verb) == "set" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return True
    return lemma(verb) in DONE_WHEN_PAST and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in verb.children)))


PAST_AUX_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # was/were, has/have (been) before a participle


def told_in_past(doc: Doc, cand: Candidate) -> bool:
    """Whether the grammar tells the candidate as done: a verb trigger in the past tense ("clashed",
    "were killed", "have protested"), or a noun trigger whose governing verb is ("held a protest").
    A modal anywhere on the verb ("will have") makes it not."""
    for t in cand.triggers:
        tok = doc[t.root]
        if not t.verbal and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head
        aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(c.tag_ == "MD" for c in aux):
            continue
        # A participle heading its sentence with a subject is a past tense the tagger misread
        # ("residents ... protested over").
        if tok.tag_ == "VBD" or (tok.tag_ == "VBN" and (any(c.tag_ in PAST_AUX_TAGS for c in aux) or (
                tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children)))):
            return True
    return False


def factuality_of(doc: Doc, cand: Candidate, has_own_anchor: bool) -> str:
    """The candidate's factuality, read off its most telling trigger; a claim that its own sentence
    disputes ("... but footage shows no such attack") is negated, one it leaves unconfirmed
    hypothetical. A measure decided is one taken (`decided`); an attack foiled is a foiling that
    happened (`foiled_part`)."""
    from .factuality_decided import DECIDED_CATEGORIES, decided, foiled_part  # noqa: PLC0415 - builds on this module

    verdicts: list[tuple[Trigger, str]] = []
    for t in _ordered(cand):
        tok = doc[t.root]
        if foiled_part(doc, cand, t):
            continue
        verdict = _verbal_factuality(tok) if t.verbal else _nominal_factuality(tok, has_own_anchor)
        if verdict == "planned" and t.category in DECIDED_CATEGORIES and decided(tok):
            verdict = "asserted"
        verdicts.append((t, verdict))
    done = {t.root for t, v in verdicts if v == "asserted"}
    for t, verdict in verdicts:
        if verdict != "asserted" and not _under(doc, t.root, done):
            return verdict
    return _disputed(doc, cand) or "asserted"


def _under(doc: Doc, i: int, heads: set[int]) -> bool:
    """Whether token `i` hangs, in its sentence's parse, under one of `heads`: an act told inside
    one that happened ("were killed by police as they tried to halt the violence", "arrested
    students who were going to join a march") does not make that act unreal."""
    return any(h != i and doc[h].is_ancestor(doc[i]) for h in heads)


def _disputed(doc: Doc, cand: Candidate) -> str | None:
    tok = doc[cand.main.root]
    if not _claimed(tok):
        return None
    sent = tok.sent.text
    if DISPUTED.search(sent):
        return "negated"
    if UNVERIFIED.search(sent):
        return "hypothetical"
    return None


def _claimed(tok: Token) -> bool:
    """The act is told inside what someone said or claimed ("X claimed that jets had bombed")."""
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in ("ccomp", "conj") and lemma(tok.head) in REPORTING and tok.head.i < tok.i:
            return True
        tok = tok.head
    return False


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
        if head.lemma_.lower() in ATTRIBUTING and head.pos_ == "VERB" and tok.dep_ in (
                "ccomp", "dobj", "advcl", "conj", "parataxis"):
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
        if not any(c.dep_ == "nsubj" for c in root.children):
            return _source_before(doc, sent, root)
    return None


def _source_before(doc: Doc, sent: Span, verb: Token) -> Attribution | None:
    """"..., a spokesman for the police said" where the parse lost the subject: the words between
    the last comma and the reporting verb."""
    comma = max((t.i for t in sent if t.i < verb.i and t.text == ","), default=None)
    if comma is None or verb.i - comma < 2 or verb.i - comma > 8:
        return None
    span = doc[comma + 1:verb.i]
    if span[0].pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM") or any(t.pos_ == "VERB" for t in span):
        return None
    return Attribution(_strip_det(span.text), span.text)


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


ATTRIBUTING = REPORTING | ATTRIBUTING_EXTRA
