"""A date after publication: what the grammar tells as done stays asserted (a year-less date
goes back a year); what it does not is planned."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint import Document, Pipeline, Settings
from flashpoint.pipeline import _year_back
from flashpoint.records import EventDate


@pytest.fixture(scope="module")
def flagged():
    return Pipeline(Settings(include_flagged=True))


def _events(pipeline, text: str, published: str):
    return pipeline.extract(Document("t", text, dt.date.fromisoformat(published)))


def test_past_tense_with_a_yearless_date_ahead_goes_back_a_year(flagged):
    events = _events(flagged, "On May 3, a boy was killed by gunmen in Kisumu.", "2020-03-06")
    assert [(e.factuality, e.date.start) for e in events] == [("asserted", dt.date(2019, 5, 3))]


def test_past_tense_with_a_dated_day_ahead_keeps_the_day(flagged):
    events = _events(flagged, "On 12 June 2021, traders rioted in Kisumu and burned market stalls.", "2021-06-10")
    assert events and all(e.factuality == "asserted" and e.date.start == dt.date(2021, 6, 12) for e in events)


def test_noun_trigger_under_a_past_verb_is_told_as_done(flagged):
    events = _events(flagged, "Hundreds of traders held a protest in Eldoret on 14 March.", "2022-03-01")
    assert [(e.factuality, e.date.start) for e in events] == [("asserted", dt.date(2021, 3, 14))]


def test_future_tense_with_a_date_ahead_is_planned(flagged):
    events = _events(flagged, "Traders will protest in Eldoret on 14 March.", "2022-03-01")
    assert events and {e.factuality for e in events} == {"planned"}


def test_bare_date_ahead_without_a_past_verb_is_planned(flagged):
    events = _events(flagged, "A march by teachers in Kisumu on 20 May.", "2023-05-02")
    assert events and {e.factuality for e in events} == {"planned"}


def test_year_back_leaves_dates_that_name_their_year():
    date = EventDate(dt.date(2021, 6, 12), dt.date(2021, 6, 12), "day", "12 June 2021")
    assert _year_back(date, dt.date(2021, 6, 10)) == date
    leap = EventDate(dt.date(2024, 2, 29), dt.date(2024, 2, 29), "day", "February 29")
    assert _year_back(leap, dt.date(2024, 2, 1)).start == dt.date(2023, 2, 28)
