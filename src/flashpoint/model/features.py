"""Feature strings of a candidate event, the same at training and at prediction time.

Words: lower-cased lemmas of the event's own sentence (`w:`), and of the other sentences of its
paragraph (`c:`), which often say what the first one leaves out ("Two of the protesters were
shot."). Stop words, numbers and punctuation are left out: they carry little about the kind of act.
Rules: what the rule classifier found (`rule:`, `type:`), the trigger families (`main:`, `cat:`),
the actors' kinds (`a1:`, `a2:`) and whether someone was hurt or a demonstration is the setting.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..classify import Classification, Facts

MAX_WORD_LEN = 30


def _word(tok: Token) -> str | None:
    """The feature word of a token, or None when it says nothing about the act."""
    if tok.is_stop or tok.is_punct or tok.is_space or tok.like_num or not tok.text[:1].isalpha():
        return None
    lemma = (tok.lemma_ or tok.text).lower()
    return lemma[:MAX_WORD_LEN] if lemma else None


def word_features(sentence: Iterable[Token], context: Iterable[Token] = ()) -> list[str]:
    """`w:` lemmas of the event's sentence and `c:` lemmas of its paragraph's other sentences,
    each once, plus `b:` pairs of neighbouring sentence words ("tear gas", "armed clash")."""
    out: dict[str, None] = {}
    prev: str | None = None
    for tok in sentence:
        word = _word(tok)
        if word is None:
            prev = None if tok.is_punct else prev
            continue
        out["w:" + word] = None
        if prev is not None:
            out[f"b:{prev}_{word}"] = None
        prev = word
    for tok in context:
        word = _word(tok)
        if word is not None:
            out["c:" + word] = None
    return list(out)


def rule_features(facts: Facts, rule: Classification) -> list[str]:
    """What the rule classifier saw and concluded, as features."""
    out = [f"rule:{rule.sub_event_type or rule.event_type}", f"type:{rule.event_type}", f"main:{facts.main}",
           f"a1:{facts.actor1_kind or 'none'}", f"a2:{facts.actor2_kind or 'none'}"]
    out += [f"cat:{c}" for c in sorted(facts.categories)]
    out += [f"near:{c}" for c in sorted(facts.nearby)]
    if facts.lethal:
        out.append("lethal")
    if facts.protest_context:
        out.append("protest_context")
    out += [f"target:{n}" for n in sorted(facts.target_nouns)[:8]]
    out += [f"cue:{c}" for c in sorted(facts.cues)]
    return out


def event_features(sentence: Span | Iterable[Token], context: Iterable[Token], facts: Facts,
                   rule: Classification) -> list[str]:
    """Every feature of one candidate event: `bias`, its words and the rules' findings."""
    return ["bias", *word_features(sentence, context), *rule_features(facts, rule)]


def sentence_and_context(doc: Doc, sentence_spans: Sequence[tuple[int, int]], sentence_paragraph: Sequence[int],
                         k: int) -> tuple[Span | None, list[Token]]:
    """Sentence `k` of a parsed document (character spans in `sentence_spans`) and the tokens of the
    other sentences of its paragraph."""
    def span(i: int) -> Span | None:
        start, end = sentence_spans[i]
        return doc.char_span(start, end, alignment_mode="expand")

    paragraph = sentence_paragraph[k] if k < len(sentence_paragraph) else 0
    context: list[Token] = []
    for i in range(len(sentence_spans)):
        if i != k and (sentence_paragraph[i] if i < len(sentence_paragraph) else 0) == paragraph:
            other = span(i)
            if other is not None:
                context.extend(other)
    return span(k), context
