"""Which date governs an event: its own clause, then its sentence, then its paragraph; ranges from
days joined by 'and' and from durations that end on a reporting day; unknown when nothing governs."""

from __future__ import annotations

import datetime as dt

import pytest

from support.events import only

pytestmark = pytest.mark.slow



def test_days_joined_by_and_make_a_range(pipeline, events_of):
    e = only(events_of(pipeline, "On 13 and 14 February, two militias clashed in the hills.", "2024-03-08"))
    assert (e.date.start, e.date.end) == (dt.date(2024, 2, 13), dt.date(2024, 2, 14))


def test_a_bare_second_ordinal_extends_the_day(pipeline, events_of):
    e = only(events_of(pipeline, "On February 11th and 12th, armed clashes were reported in the valley.",
                        "2024-03-08"))
    assert (e.date.start, e.date.end) == (dt.date(2024, 2, 11), dt.date(2024, 2, 12))


def test_a_duration_ends_on_the_reporting_day(pipeline, events_of):
    # Published on a Friday: "on Tuesday" is 5 March; four days of fighting end then.
    e = only(events_of(pipeline, "Four days of fighting in the north have killed at least 45 people, "
                                  "local medics said on Tuesday.", "2024-03-08"))
    assert (e.date.start, e.date.end) == (dt.date(2024, 3, 2), dt.date(2024, 3, 5))
    assert e.fatalities.low == 45


def test_a_date_that_names_another_thing_does_not_govern(pipeline, events_of):
    e = only(events_of(pipeline, "On 12 January 2024, students marched against the 1998 treaty.", "2024-03-08"))
    assert e.date.start == dt.date(2024, 1, 12)


def test_numeric_day_month_dates_govern(pipeline, events_of):
    e = only(events_of(pipeline, "Traders protested in the market on 14/02 over new taxes.", "2024-03-08"))
    assert e.date.start == dt.date(2024, 2, 14)


def test_an_undated_event_stays_unknown(pipeline, events_of):
    e = only(events_of(pipeline, "Gunmen attacked a village near the river.", "2024-03-08"))
    assert e.date.start is None and e.date.precision == "unknown"


def test_an_approximate_day_is_known_to_the_week(pipeline, events_of):
    e = only(events_of(pipeline, "Around 12 February 2024, gunmen attacked a village near the river."))
    assert (e.date.start, e.date.precision) == (dt.date(2024, 2, 12), "week")


def test_a_weekday_after_a_stated_day_is_that_day(pipeline, events_of):
    e = only(events_of(pipeline, "12 February. Traders in the old market on Monday protested over new taxes.",
                        "2024-02-19"))
    assert e.date.start == dt.date(2024, 2, 12)


def test_a_duration_with_no_start_counts_back_from_publication(pipeline, events_of):
    # No date governs: "in four days" is the four days that end on the publication day.
    e = only(events_of(pipeline, "Clashes between two militias in the hills killed 40 people in four days.",
                        "2024-03-08"))
    assert (e.date.start, e.date.end) == (dt.date(2024, 3, 5), dt.date(2024, 3, 8))


def test_a_duration_after_a_start_date_bounds_the_range(pipeline, events_of):
    e = only(events_of(pipeline, "Fighting broke out on 2 March and killed 40 people in four days.", "2024-03-20"))
    assert (e.date.start, e.date.end) == (dt.date(2024, 3, 2), dt.date(2024, 3, 5))


@pytest.mark.parametrize("text, end", [
    ("On 2 March, traders protested for two days after the market closed.", dt.date(2024, 3, 3)),
    ("On 2 March, two gangs clashed for three days over a plot of land.", dt.date(2024, 3, 4)),
    ("On 2 March, fighting that lasted two weeks killed 30 people in the valley.", dt.date(2024, 3, 15)),
])
def test_a_duration_of_the_event_stretches_its_day(pipeline, events_of, text, end):
    e = only(events_of(pipeline, text, "2024-03-20"))
    assert (e.date.start, e.date.end) == (dt.date(2024, 3, 2), end)


@pytest.mark.parametrize("text", [
    "On 2 March, police arrested 12 members of a forum held to mark 20 years of regional autonomy.",
    "On 2 March, students held a rally in the capital commemorating 15 years of the reforms.",
    "On 2 March, nurses protested over 6-month delayed wages at the district hospital.",
    "On 2 March, nurses demonstrated over six months unpaid wages at the district hospital.",
    "On 2 March, dock workers marched to protest over the non-payment of their wages for 5 months.",
])
def test_a_span_the_sentence_tells_of_something_else_does_not_stretch_the_day(pipeline, events_of, text):
    e = only(events_of(pipeline, text, "2024-03-20"))
    assert (e.date.start, e.date.end) == (dt.date(2024, 3, 2), dt.date(2024, 3, 2))


def test_a_bare_ordinal_ends_a_range(pipeline, events_of):
    e = only(events_of(pipeline, "From February 11th - 13th, students demonstrated at the university.",
                        "2024-03-08"))
    assert (e.date.start, e.date.end) == (dt.date(2024, 2, 11), dt.date(2024, 2, 13))
