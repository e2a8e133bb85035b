"""Subject-side toll triggers: the trigger that takes a counted phrase as its subject ("500 protesters
have been killed", "two were wounded", "the victim was taken to a clinic and died")."""

from __future__ import annotations

from collections.abc import Sequence

from .counts_lexicon import (
    _AUX,
    _CAS,
    _FAT,
    _NEED_PERSON_OBJECT,
    _NEGATIONS,
    _PRE_GAP,
    _TRIGGERS,
    _Lexicon,
    _trigger_at,
)
from .counts_numbers import _Quant
from .counts_tokens import _index, _match_phrases, _seq_at, _Tok


def _post_trigger(toks: Sequence[_Tok], j: int, lex: _Lexicon, text: str,
                  figures: dict[int, _Quant]) -> tuple[str, int, int] | None:
    """A trigger that takes the phrase ending at j as its subject -> (kind, trigger start, trigger end)."""
    k = j
    # parenthetical: ', including 3 children,' / ', the driver of the vehicle,' / '(...)'
    if k < len(toks) and toks[k].text in (",", "("):
        close = ")" if toks[k].text == "(" else ","
        m = k + 1
        while m < len(toks) and m - k <= 12 and toks[m].text != close:
            if _trigger_at(toks, m) and toks[m].low not in (
                    "dead", "wounded", "injured"):
                break
            if toks[m].text in (".", ";"):
                break
            m += 1
        if m < len(toks) and toks[m].text == close and m > k + 1:
            k = m + 1
    gap = 0
    saw_have = False
    while k < len(toks) and gap < 6:
        hit = _match_phrases(toks, k, _TRIGGERS_ANY)
        if hit is not None:
            kind, roles = _TRIGGERS_ANY_ROLES[hit[0]]
            if roles in ("post",
                         "both") or (roles == "pre" and kind == _CAS and toks[k].low.startswith("kill")
                                             and toks[k].low.endswith("ed")):
                trig_end = hit[1]
                if roles == "both" or (roles == "pre"):
                    if saw_have and not _seq_at(toks, k - 1, ("been",)):
                        return None  # 'militants have killed ...': active perfect
                    if gap == 0 and _object_follows(toks, trig_end, lex, figures):
                        return None  # 'two gunmen killed a policeman': active, the figure is the agent
                    if gap == 0 and toks[k].low in _NEED_PERSON_OBJECT:
                        return None
                if toks[k].low in ("held", "taken", "picked", "burned", "burnt", "beaten",
                                   "stabbed") and gap == 0:
                    return None  # '500 people held a rally' / 'burned 20 houses': needs a passive auxiliary
                if toks[k].low in ("bodies", "corpses", "dead") and gap > 0 and toks[k].low != "dead":
                    return None
                if toks[k].low in ("death", "die") and k > 0 and toks[k - 1].low == "to":
                    return None  # 'sentenced him to death', 'left to die'
                died = _died_after(toks, trig_end) if kind != _FAT else None
                if died is not None:
                    # 'was badly injured and later died': the victim is one of the dead
                    return _FAT, died[0], died[1]
                return kind, k, trig_end
            return None
        w = toks[k].low
        if w in _NEGATIONS:
            return None
        if w in ("have", "has", "had"):
            saw_have = True
        adverb = w.endswith("ly") and len(w) > 4 and w not in ("only", "early")
        # a coordinated participle after an auxiliary: 'were stopped and killed', 'were beaten and shot dead'
        participle = gap > 0 and w.endswith("ed") and _seq_at(toks, k + 1, ("and",))
        if w not in _AUX and not adverb and not participle:
            died = _died_after(toks, k) if gap > 0 and toks[k - 1].low in ("was", "were") else None
            if died is not None:
                # 'the victim was taken to a clinic after the beating and died'
                return _FAT, died[0], died[1]
            return None
        if w == "and" and not (toks[k - 1].low.endswith("ed") and gap > 1 or _seq_at(toks, k + 1, ("shot",))):
            return None
        gap += 1
        k += 1
    return None


_TRIGGERS_ANY = _index({k: " ".join(k) for k in _TRIGGERS})
_TRIGGERS_ANY_ROLES: dict[str, tuple[str, str]] = {" ".join(k): v for k, v in _TRIGGERS.items()}


def _object_follows(toks: Sequence[_Tok], k: int, lex: _Lexicon, figures: dict[int, _Quant]) -> bool:
    """True when a counted object follows position k (so the verb before it is active)."""
    while k < len(toks) and toks[k].low in _PRE_GAP:
        k += 1
    if k >= len(toks):
        return False
    t = toks[k]
    if t.person or t.low in ("him", "her", "them", "himself", "herself", "themselves", "us", "me"):
        return True
    if k in figures and not (figures[k].zero_pron):
        return True
    if t.low in ("a", "an", "the", "another", "his", "their", "two", "three", "several", "dozens", "scores"):
        return True
    return t.low in lex.person_plural and t.low not in ("others",)


# what may come between 'and' and 'died' ('and later died', 'and subsequently succumbed')
_DIED_ADVERBS = frozenset({"later", "then", "subsequently", "eventually", "finally", "also", "soon", "afterwards"})
_DIED = (("died",), ("succumbed",), ("passed", "away"), ("perished",))
# words that open another clause, whose subject is not the counted phrase's
# ('after the assault' is a phrase; 'after he fled' is caught by its pronoun)
_CLAUSE_OPENERS = frozenset({"who", "whom", "which", "that", "while", "whereas", "but", "when", "where",
                             "because", "he", "she", "they", "it", "we", "others", "i", "you"})


def _died_after(toks: Sequence[_Tok], k: int, reach: int = 14) -> tuple[int, int] | None:
    """The span of 'and (later) died' within `reach` tokens from k, in the same clause as the subject
    ('was taken to a clinic after the assault and died'); None when a figure, a punctuation mark or
    another clause comes first."""
    for m in range(k, min(k + reach, len(toks))):
        t = toks[m]
        if t.text in (".", ";", ",", ":", "(", ")") or t.low in _CLAUSE_OPENERS or t.text[0].isdigit():
            return None
        if t.low != "and":
            continue
        n = m + 1
        while n < len(toks) and (toks[n].low in _DIED_ADVERBS or toks[n].low.endswith("ly") and len(toks[n].low) > 4):
            n += 1
        for verb in _DIED:
            if _seq_at(toks, n, verb):
                return n, n + len(verb)
        return None
    return None
