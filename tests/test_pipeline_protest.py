"""The pipeline tells a protest and how it was met as one event (sentences written for these tests)."""

from __future__ import annotations

import pytest

from flashpoint.evaluate.metrics import primary_event

pytestmark = pytest.mark.slow


def _subs(events) -> list[str | None]:
    return [e.sub_event_type for e in events if e.factuality == "asserted"]


def test_a_march_dispersed_with_tear_gas_is_one_protest_with_intervention(pipeline, events_of) -> None:
    text = ("On 3 May 2023, hundreds of traders marched to the county offices in Nakuru town. "
            "Police dispersed them with tear gas.")
    events = events_of(pipeline, text, "2023-05-10")
    assert _subs(events) == ["Protest with intervention"]


def test_arrests_during_a_demonstration_join_it(pipeline, events_of) -> None:
    text = ("On 3 May 2023, a demonstration was held in Kisumu town, during which the police arrested "
            "20 demonstrators.")
    primary = primary_event(events_of(pipeline, text, "2023-05-10"))
    assert primary is not None and primary.sub_event_type == "Protest with intervention"


def test_protesters_shot_dead_by_police_make_excessive_force(pipeline, events_of) -> None:
    text = ("On 3 May 2023, residents held a protest in Kisumu town over the price of maize flour. "
            "The police opened fire on the protesters, killing two of them.")
    primary = primary_event(events_of(pipeline, text, "2023-05-10"))
    assert primary is not None and primary.sub_event_type == "Excessive force against protesters"
    assert primary.fatalities.best == 2


def test_a_reason_told_in_an_after_clause_is_no_response(pipeline, events_of) -> None:
    text = ("On 3 May 2023, students held a demonstration in Kisumu town after one of them was injured "
            "by a speeding car.")
    primary = primary_event(events_of(pipeline, text, "2023-05-10"))
    assert primary is not None and primary.sub_event_type == "Peaceful protest"


def test_a_dispersal_on_another_day_stays_apart(pipeline, events_of) -> None:
    text = ("On 3 May 2023, hundreds of traders marched to the county offices in Nakuru town. "
            "On 5 May 2023, police dispersed a crowd of students at the university with tear gas.")
    events = [e for e in events_of(pipeline, text, "2023-05-10") if e.factuality == "asserted"]
    assert sorted(str(e.date.start) for e in events) == ["2023-05-03", "2023-05-05"]


def test_the_words_that_set_a_sentence_apart_are_found() -> None:
    from flashpoint.pipeline import ELSEWHERE_RE, PEACEFUL_RE

    for sentence in ("Meanwhile, police dispersed students.", "In a separate incident, a man was shot.",
                     "Two days later, police arrested 12 people.", "The next day they marched again."):
        assert ELSEWHERE_RE.search(sentence), sentence
    assert not ELSEWHERE_RE.search("Police later dispersed them with tear gas.")
    assert PEACEFUL_RE.search("They held a peaceful protest.") and PEACEFUL_RE.search("They peacefully sat down.")
    assert not PEACEFUL_RE.search("A non-peaceful crowd gathered.")


def test_a_protest_called_peaceful_stays_peaceful(pipeline, events_of) -> None:
    text = ("On 3 May 2023, villagers held a peaceful protest in Kisumu town demanding a new road. "
            "They peacefully blocked the road for an hour.")
    primary = primary_event(events_of(pipeline, text, "2023-05-10"))
    assert primary is not None and primary.sub_event_type == "Peaceful protest"
