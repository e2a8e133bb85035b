"""Misspelt trigger words (`flashpoint.detect_typos`); sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.detect_typos import is_english, one_edit, regular


@pytest.mark.parametrize(("a", "b", "near"), [
    ("demonstated", "demonstrated", True),   # a letter left out
    ("behaded", "beheaded", True),
    ("attecked", "attacked", True),          # a letter changed
    ("assualted", "assaulted", True),        # two letters swapped
    ("protested", "protested", False),       # the same word is no typo
    ("demolished", "demonstrated", False),
])
def test_one_edit(a: str, b: str, near: bool) -> None:
    assert one_edit(a, b) is near


@pytest.mark.parametrize("word", ["attached", "protected", "matched", "tallied", "returnees", "abductee"])
def test_real_words_and_their_inflections_are_english(word: str) -> None:
    assert is_english(word)


@pytest.mark.parametrize("word", ["demonstated", "behaded", "intercommmunal"])
def test_misspellings_are_not_english(word: str) -> None:
    assert not is_english(word)


def test_only_regular_spellings_of_a_form_are_corrected_to() -> None:
    assert regular("abducted", "abduct") and regular("clashes", "clash")
    assert not regular("abductes", "abduct") and not regular("condemnd", "condemn")


def _triggers(pipeline, text: str) -> list[tuple[str, str]]:
    from flashpoint.detect import find_triggers
    from flashpoint.records import Document

    a = pipeline.analyse(Document("t", text, dt.date(2024, 3, 8)))
    return [(t.text, t.category) for t in find_triggers(a.doc, pipeline.lexicon, a.cleaned)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "category"), [
    ("On 3 May, shopkeepers demonstated against the new market fees in Kisumu.", "protest"),
    ("On 3 May, gunmen behaded two farmers near the river.", "kill"),
    ("On 3 May, intercommmunal violence over grazing land broke out in the district.", "clash"),
])
def test_misspelt_trigger_is_found(pipeline, text: str, category: str) -> None:
    assert category in {c for _, c in _triggers(pipeline, text)}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "On 3 May, the company attached a new trailer to the truck.",  # "attacked" is one letter away
    "On 3 May, the court protected the rights of the tenants.",    # so is "protested"
    "On 3 May, Demonstrators Hall hosted a concert.",              # a name is never corrected
])
def test_real_words_are_not_corrected(pipeline, text: str) -> None:
    assert not any(c in ("attack", "protest") for _, c in _triggers(pipeline, text)), _triggers(pipeline, text)
