"""Event dates, round 3: a bracketed gloss after a date, a day told later in the paragraph, a date
that opens the document, days given as bounds or reports (week precision), '(month of)'."""

from __future__ import annotations

import datetime as dt

import pytest

from support.events import only

pytestmark = pytest.mark.slow


def test_a_bracketed_range_glosses_the_date_before_it(pipeline, events_of):
    e = only(events_of(pipeline, "Around 2 March 2024 (from 28 February - 4 March), soldiers raided two "
                                  "hamlets in the hills and killed five herders.", "2024-03-08"))
    assert e.date.start == dt.date(2024, 3, 2)
    assert e.date.precision == "week"


def test_a_day_told_later_in_the_paragraph_dates_the_story(pipeline, events_of):
    e = only(events_of(pipeline, "Two rival cattle camps clashed near the river over grazing land. The "
                                  "quarrel had turned violent on 03/03 at dusk.", "2024-03-08"))
    assert e.date.start == dt.date(2024, 3, 3)


def test_no_date_anywhere_stays_unknown(pipeline, events_of):
    e = only(events_of(pipeline, "Two rival cattle camps clashed near the river over grazing land.",
                       "2024-03-08"))
    assert e.date.start is None


def test_an_opening_date_governs_a_later_paragraph(pipeline, events_of):
    text = ("On 4 March 2024, soldiers clashed with rebels near the border town.\n\n"
            "Separately, gunmen ambushed a bus on the northern highway.")
    events = events_of(pipeline, text, "2024-03-08")
    assert events and all(e.date.start == dt.date(2024, 3, 4) for e in events)


@pytest.mark.parametrize("opening", ["As reported on 4 March 2024,", "On or before 4 March 2024,",
                                     "Assumed on 4 March 2024,"])
def test_a_reported_or_bounded_day_is_known_to_the_week(pipeline, events_of, opening):
    e = only(events_of(pipeline, f"{opening} soldiers clashed with rebels near the border town.", "2024-03-08"))
    assert (e.date.start, e.date.precision) == (dt.date(2024, 3, 4), "week")


def test_one_of_two_days_is_known_to_the_week(pipeline, events_of):
    e = only(events_of(pipeline, "On 4 or 5 March 2024, soldiers clashed with rebels near the border town.",
                       "2024-03-08"))
    assert (e.date.start, e.date.precision) == (dt.date(2024, 3, 4), "week")


def test_month_of_gloss_gives_month_precision(pipeline, events_of):
    e = only(events_of(pipeline, "Around 15 February 2024 (month of), soldiers clashed with rebels near the "
                                  "border town.", "2024-03-08"))
    assert e.date.precision == "month"


def test_a_plain_day_stays_a_day(pipeline, events_of):
    e = only(events_of(pipeline, "On 4 March 2024, soldiers clashed with rebels near the border town.",
                       "2024-03-08"))
    assert (e.date.start, e.date.precision) == (dt.date(2024, 3, 4), "day")
