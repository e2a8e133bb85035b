"""Which tolls belong to an event: those of its own sentence, those of the sentences after it that
tell no event of their own, and the victims a killing verb takes by the parse."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _only(events):
    assert events, "no event"
    return events[0]


def test_a_toll_in_the_next_sentence_joins_the_event(pipeline, events_of):
    e = _only(events_of(pipeline, "On 5 March 2024, gunmen attacked a village near the river. Four people died "
                                  "and two were wounded."))
    assert (e.fatalities.best, e.injuries.best) == (4, 2)


def test_a_running_total_is_not_carried(pipeline, events_of):
    e = _only(events_of(pipeline, "On 5 March 2024, gunmen attacked a village near the river. The death toll "
                                  "from the insurgency has risen to 300 since 2019."))
    assert e.fatalities.best != 300


def test_a_relative_clause_between_victims_and_verb(pipeline, events_of):
    e = _only(events_of(pipeline, "On 5 March 2024, two men who had stolen a goat were chased, beaten and "
                                  "lynched by villagers."))
    assert e.fatalities.best == 2


def test_any_singular_object_of_a_killing_verb_is_one_victim(pipeline, events_of):
    e = _only(events_of(pipeline, "On 5 March 2024, suspected militants killed a blacksmith in the village."))
    assert e.fatalities.best == 1


def test_an_aged_victim_is_one(pipeline, events_of):
    e = _only(events_of(pipeline, "On 5 March 2024, a police officer shot and killed a 17-year-old."))
    assert e.fatalities.best == 1
