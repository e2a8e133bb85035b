"""Whether a trigger word tells its act as a verb does (`Trigger.verbal`): a finite or clausal
verb, or a noun that an existential "there were", a verbless headline or a misparse leaves as the
sentence's only report of the act. The tense, modals and negation of a verbal trigger speak for the
event; a noun may point back to an act told before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["FINITE_TAGS", "NOMINAL_DEPS", "is_verbal"]

NOMINAL_DEPS = frozenset({"pcomp", "pobj", "poss", "compound", "amod", "nsubj", "nsubjpass", "dobj",
                          "appos", "attr"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _existential(root: Token) -> bool:
    """"There were clashes ...": the noun after an existential 'be' with no negation or modal
    asserts the act as a verb would."""
    head = root.head
    return (root.dep_ in ("attr", "nsubj") and head.lemma_.lower() == "be"
            and any(c.dep_ == "expl" for c in head.children)
            and not any(c.dep_ in ("neg", "aux") for c in head.children)
            and not any(c.lower_ in ("no", "any") for c in root.children))


def _verbless(sent: Span) -> bool:
    """The sentence has no main verb: no verb at its root, no finite verb outside a relative clause."""
    relative = {d.i for t in sent if t.dep_ == "relcl" for d in t.subtree}
    finite = [t for t in sent if t.tag_ in FINITE_TAGS and t.i not in relative and not _participle_after_preposition(t)]
    if not finite and sent.root.tag_ in FINITE_TAGS:
        return True  # the root was that participle: "Protests in X following reported abuses."
    return not (sent.root.pos_ in ("VERB", "AUX") or finite)


def _participle_after_preposition(tok: Token) -> bool:
    """A past form right after a preposition is a participle used as an adjective, whatever its
    tag: "following reported abuses", "over alleged fraud"."""
    if tok.tag_ != "VBD" or tok.i == tok.sent.start:
        return False
    before = tok.doc[tok.i - 1]
    return before.pos_ == "ADP" or (before.tag_ == "VBG" and before.dep_ == "prep")


def _misread_past(root: Token) -> bool:
    """A past verb the tagger read as a participle before its object, in a sentence left with no
    verb ("residents of the town hurled stones at the police", parsed as "hurled stones" with
    "residents" the root): the verb tells its act."""
    if root.tag_ != "VBN" or root.dep_ != "amod" or root.i == root.sent.start or root.head.i <= root.i:
        return False
    before = root.doc[root.i - 1]
    # (The subject may end in a bracket: "residents of X (Province) hurled stones".)
    return (before.pos_ in ("NOUN", "PROPN") or before.lower_ in (")", "]")) and _verbless(root.sent)


def _headline(root: Token) -> bool:
    """A sentence with no finite verb ("Protests in Kisii over the results.", "Residents of X
    protest over the road", where the tagger reads the verb as a noun) tells its act as a verb
    would; a noun with an article or possessive still points back."""
    # A finite verb inside a relative clause ("... a water source which was fenced off") is no main verb.
    if not _verbless(root.sent):
        return False
    dets = [c for c in root.children if c.dep_ in ("det", "poss")]
    # The tagger hangs the article of a subject's "of" phrase on the verb it misreads as a noun
    # ("Residents of a coastal town protest.", "Victims of a flood protest in X."); any other
    # article or possessive makes the noun a noun ("ploughed into a rally").
    return not dets or (all(d.lower_ in ("a", "an") for d in dets) and _subject_of_phrase(root))


def _subject_of_phrase(root: Token) -> bool:
    """`root` stands in the "of" phrase of a plural noun: "Residents of a town protest", or, read as
    a modifier of the next noun, "Residents of a town protest evictions"."""
    noun = root
    while noun.dep_ in ("nmod", "compound") and noun.head.i > noun.i:
        noun = noun.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.tag_ in ("NNS", "NNPS")


MEANS_PREPS = frozenset({"in", "by"})


def _means_of_act(root: Token) -> bool:
    """A gerund after "in" or "by" on a verb tells how that verb's subject acted ("led youths in
    storming the polling station", "protested by blocking the road"), as a verb would; after
    other prepositions it names an act ("accused of storming", "arrested for looting")."""
    prep = root.head
    return (root.dep_ == "pcomp" and prep.lower_ in MEANS_PREPS and prep.head.pos_ == "VERB"
            and not any(c.dep_ == "poss" for c in root.children))


def is_verbal(root: Token) -> bool:
    """The trigger word tells its act as a verb does: a finite or clausal verb, or a noun that an
    existential "there were" or a verbless report asserts (see `Trigger.verbal`)."""
    if root.pos_ not in ("VERB", "AUX"):
        return root.pos_ in ("NOUN", "PROPN") and (_existential(root) or _headline(root))
    if root.tag_ == "VBG" and (root.dep_ in NOMINAL_DEPS or any(c.dep_ == "poss" for c in root.children)):
        return _means_of_act(root)
    return not (root.tag_ == "VBN" and root.dep_ == "amod") or _misread_past(root)
