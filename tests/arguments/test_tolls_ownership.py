"""Tolls, round 3: a killing someone is accused of is no toll of the event; deaths told without a
figure take ACLED's lowest plural estimate (3); a later exact figure replaces that estimate; a
peaceful protest carries no deaths."""

from __future__ import annotations

import pytest

from support.events import only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "On 5 March 2024, villagers lynched a herder suspected of killing two farmers.",
        "On 5 March 2024, a mob beat a man to death after he was accused of murdering a shopkeeper.",
        "On 5 March 2024, youths stoned a driver they believed murdered a pupil.",
    ],
)
def test_an_accused_killing_is_not_counted(pipeline, events_of, text):
    events = events_of(pipeline, text)
    assert events and max(e.fatalities.best or 0 for e in events) == 1


@pytest.mark.parametrize(
    "text",
    [
        "On 5 March 2024, militants raided a hamlet, burning huts and killing villagers.",
        "On 5 March 2024, militants raided a hamlet, resulting in an unknown number of deaths.",
    ],
)
def test_deaths_without_a_figure_stay_unknown_and_are_marked_plural(pipeline, events_of, text):
    e = only(events_of(pipeline, text))
    assert (e.fatalities.low, e.fatalities.best, e.fatalities.plural) == (None, None, True)
    assert e.to_dict()["fatalities"]["plural"] is True


def test_a_later_figure_replaces_the_estimate(pipeline, events_of):
    e = only(events_of(pipeline, "On 5 March 2024, militants raided a hamlet and beheaded villagers. At least "
                                  "nine villagers were killed."))
    assert e.fatalities.low == 9


def test_victims_already_counted_give_no_estimate(pipeline, events_of):
    events = events_of(pipeline, "On 5 March 2024, gunmen shot two traders at a market. One of the victims "
                                  "died in hospital.")
    assert not any(e.fatalities.plural for e in events)


def test_a_peaceful_protest_carries_no_deaths(pipeline, events_of):
    events = events_of(pipeline, "On 5 March 2024, hundreds of students held a peaceful protest in the city, "
                                 "demanding justice for a classmate. The factory wall collapsed on Monday, "
                                 "killing a watchman.")
    protests = [e for e in events if e.sub_event_type == "Peaceful protest"]
    assert protests and all(not e.fatalities.known for e in protests)


def test_deaths_told_as_added_are_summed(pipeline, events_of):
    e = only(events_of(pipeline, "On 5 March 2024, militants attacked an army post, killing two soldiers. Three "
                                  "attackers were also killed."))
    assert e.fatalities.best == 5


def test_a_repeated_toll_is_not_summed(pipeline, events_of):
    e = only(events_of(pipeline, "On 5 March 2024, militants attacked an army post, killing two soldiers. More "
                                  "than two people were killed, officials said."))
    assert e.fatalities.best != 5


def test_the_toll_of_what_a_suspect_is_suspected_in_is_not_counted(pipeline, events_of):
    events = events_of(pipeline, "On 5 March 2024, gunmen abducted a trader who was a suspect in the 2013 raid "
                                 "that left 68 people dead.")
    assert all(e.fatalities.best != 68 for e in events)
