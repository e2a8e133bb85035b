"""Whether a trigger tells its act as a verb does (`flashpoint.detect_verbal`); sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.slow


def _verbal(pipeline, text: str) -> dict[str, bool]:
    from flashpoint.detect import find_triggers
    from flashpoint.records import Document

    a = pipeline.analyse(Document("t", text, dt.date(2024, 3, 8)))
    return {t.text: t.verbal for t in find_triggers(a.doc, pipeline.lexicon, a.cleaned)}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Victims of a flood protest in Kisumu.", "protest"),                           # indefinite article
    ("Riots in the town over alleged fraud in the election.", "Riots"),            # participle after "over"
    ("Youths joined the crowd in looting the shops of the market.", "looting"),     # how the crowd acted
    ("Residents protested by blocking the road to the quarry.", "blocking the road"),
])
def test_act_told_as_a_verb_would(pipeline, text: str, trigger: str) -> None:
    assert _verbal(pipeline, text).get(trigger) is True, _verbal(pipeline, text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The protest in Kisumu.", "protest"),                       # a definite article points back
    ("He was accused of storming the office.", "storming"),      # an act named, not told
    # an indefinite article outside a subject's "of" phrase keeps a noun a noun
    ("On 3 May, a group of party supporters, riding motorcycles ploughed into a rival rally in the town.", "rally"),
])
def test_act_named_not_told(pipeline, text: str, trigger: str) -> None:
    assert _verbal(pipeline, text).get(trigger) is False, _verbal(pipeline, text)
