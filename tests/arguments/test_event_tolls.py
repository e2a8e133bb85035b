"""Which tolls belong to an event: those of its own sentence, those of the sentences after it that
tell no event of their own, and the victims a killing verb takes by the parse."""

from __future__ import annotations

import pytest

from support.events import only

pytestmark = pytest.mark.slow



def test_a_toll_in_the_next_sentence_joins_the_event(pipeline, events_of):
    e = only(events_of(pipeline, "On 5 March 2024, gunmen attacked a village near the river. Four people died "
                                  "and two were wounded."))
    assert (e.fatalities.best, e.injuries.best) == (4, 2)


def test_a_running_total_is_not_carried(pipeline, events_of):
    e = only(events_of(pipeline, "On 5 March 2024, gunmen attacked a village near the river. The death toll "
                                  "from the insurgency has risen to 300 since 2019."))
    assert e.fatalities.best != 300


def test_a_relative_clause_between_victims_and_verb(pipeline, events_of):
    e = only(events_of(pipeline, "On 5 March 2024, two men who had stolen a goat were chased, beaten and "
                                  "lynched by villagers."))
    assert e.fatalities.best == 2


def test_any_singular_object_of_a_killing_verb_is_one_victim(pipeline, events_of):
    e = only(events_of(pipeline, "On 5 March 2024, suspected militants killed a blacksmith in the village."))
    assert e.fatalities.best == 1


def test_an_aged_victim_is_one(pipeline, events_of):
    e = only(events_of(pipeline, "On 5 March 2024, a police officer shot and killed a 17-year-old."))
    assert e.fatalities.best == 1


def test_a_toll_before_the_first_event_of_a_paragraph_joins_it(pipeline, events_of):
    e = only(events_of(pipeline, "On 5 March 2024, violence between two camps in the village left one person "
                                  "dead and three injured. Houses were burned during the clash."))
    assert (e.fatalities.best, e.injuries.best) == (1, 3)


def test_a_protest_does_not_take_the_deaths_it_commemorates(pipeline, events_of):
    events = events_of(pipeline, "On 5 March 2024, students held a protest in the capital to commemorate the "
                                 "death of three classmates last year.")
    protest = next(e for e in events if e.event_type == "Protests")
    assert protest.fatalities.best is None


def test_a_toll_of_an_earlier_act_in_an_after_clause_stays_out(pipeline, events_of):
    e = only(events_of(pipeline, "On 5 March 2024, soldiers killed 6 rebels in the hills after ten villagers "
                                  "were beheaded during the week."))
    assert e.fatalities.best == 6
