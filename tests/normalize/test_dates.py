"""Behaviour of the time-expression normaliser, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.normalize.dates import duration_days, find_dates, find_publication_date
from flashpoint.records import TimeExpr

PUB = dt.date(2020, 1, 3)  # a Friday
D = dt.date


def only(text: str, published: dt.date | None = PUB) -> TimeExpr:
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "start", "end", "precision"),
    [
        # absolute days
        (
            "Gunmen attacked a checkpoint on 3 January 2020.",
            "3 January 2020",
            "2020-01-03",
            D(2020, 1, 3),
            D(2020, 1, 3),
            "day",
        ),
        (
            "On January 3, 2020, students marched.",
            "January 3, 2020",
            "2020-01-03",
            D(2020, 1, 3),
            D(2020, 1, 3),
            "day",
        ),
        (
            "Police fired tear gas on Jan. 3 in the capital.",
            "Jan. 3",
            "2020-01-03",
            D(2020, 1, 3),
            D(2020, 1, 3),
            "day",
        ),
        ("The strike began on January 2.", "January 2", "2020-01-02", D(2020, 1, 2), D(2020, 1, 2), "day"),
        (
            "Militias clashed on December 27 near the border.",
            "December 27",
            "2019-12-27",
            D(2019, 12, 27),
            D(2019, 12, 27),
            "day",
        ),
        (
            "It followed a December 31 assault on the embassy.",
            "December 31",
            "2019-12-31",
            D(2019, 12, 31),
            D(2019, 12, 31),
            "day",
        ),
        (
            "The report is dated 2019-12-27.",
            "2019-12-27",
            "2019-12-27",
            D(2019, 12, 27),
            D(2019, 12, 27),
            "day",
        ),
        (
            "Two soldiers died on the 5th of December.",
            "the 5th of December",
            "2019-12-05",
            D(2019, 12, 5),
            D(2019, 12, 5),
            "day",
        ),
        (
            "Rebels seized the town on Friday, 27 December.",
            "Friday, 27 December",
            "2019-12-27",
            D(2019, 12, 27),
            D(2019, 12, 27),
            "day",
        ),
        (
            "In the early morning of January 2 a bomb exploded.",
            "the early morning of January 2",
            "2020-01-02",
            D(2020, 1, 2),
            D(2020, 1, 2),
            "day",
        ),
        # misspelt and abbreviated month names
        (
            "Villagers fled on 3 Janaury 2020.",
            "3 Janaury 2020",
            "2020-01-03",
            D(2020, 1, 3),
            D(2020, 1, 3),
            "day",
        ),
        (
            "A curfew was lifted on 14 Febuary 2019.",
            "14 Febuary 2019",
            "2019-02-14",
            D(2019, 2, 14),
            D(2019, 2, 14),
            "day",
        ),
        (
            "Looting was reported on Decmber 12.",
            "Decmber 12",
            "2019-12-12",
            D(2019, 12, 12),
            D(2019, 12, 12),
            "day",
        ),
        (
            "Talks collapsed on Sept. 11, 2019.",
            "Sept. 11, 2019",
            "2019-09-11",
            D(2019, 9, 11),
            D(2019, 9, 11),
            "day",
        ),
        (
            "The camp was shelled on 4 Dec 2019.",
            "4 Dec 2019",
            "2019-12-04",
            D(2019, 12, 4),
            D(2019, 12, 4),
            "day",
        ),
        # months, years, decades, centuries
        ("Protests have grown since June 2019.", "since June 2019", "2019-06", D(2019, 6, 1), PUB, "month"),
        ("The militia formed in June 2019.", "June 2019", "2019-06", D(2019, 6, 1), D(2019, 6, 30), "month"),
        (
            "Fighting resumed earlier in June 2019.",
            "earlier in June 2019",
            "2019-06",
            D(2019, 6, 1),
            D(2019, 6, 30),
            "month",
        ),
        ("Riots broke out in November.", "November", "2019-11", D(2019, 11, 1), D(2019, 11, 30), "month"),
        (
            "The ceasefire held until mid-November.",
            "mid-November",
            "2019-11",
            D(2019, 11, 1),
            D(2019, 11, 30),
            "month",
        ),
        ("Dozens were detained in May.", "May", "2019-05", D(2019, 5, 1), D(2019, 5, 31), "month"),
        (
            "The unrest started in March last year.",
            "March last year",
            "2019-03",
            D(2019, 3, 1),
            D(2019, 3, 31),
            "month",
        ),
        ("In 2019 the army moved into the valley.", "2019", "2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
        ("The group has been active since 2015.", "since 2015", "2015", D(2015, 1, 1), PUB, "year"),
        (
            "The war of the 1990s left deep scars.",
            "the 1990s",
            "199X",
            D(1990, 1, 1),
            D(1999, 12, 31),
            "decade",
        ),
        (
            "The fort dates from the 19th century.",
            "the 19th century",
            "18",
            D(1800, 1, 1),
            D(1899, 12, 31),
            "century",
        ),
        # weekdays
        ("On Friday, hundreds rallied outside parliament.", "Friday", "2020-01-03", PUB, PUB, "day"),
        (
            "On Tuesday, the governor imposed a curfew.",
            "Tuesday",
            "2019-12-31",
            D(2019, 12, 31),
            D(2019, 12, 31),
            "day",
        ),
        (
            "Gunmen killed a chief last Friday.",
            "last Friday",
            "2019-12-27",
            D(2019, 12, 27),
            D(2019, 12, 27),
            "day",
        ),
        (
            "Unions said they would strike next Monday.",
            "next Monday",
            "2020-01-06",
            D(2020, 1, 6),
            D(2020, 1, 6),
            "day",
        ),
        (
            "Opposition leaders will meet on Monday.",
            "Monday",
            "2020-01-06",
            D(2020, 1, 6),
            D(2020, 1, 6),
            "day",
        ),
        # relative days and calendar units
        (
            "Police said two people died yesterday.",
            "yesterday",
            "2020-01-02",
            D(2020, 1, 2),
            D(2020, 1, 2),
            "day",
        ),
        ("A second march is planned for today.", "today", "2020-01-03", PUB, PUB, "day"),
        (
            "The mayor was abducted two days ago.",
            "two days ago",
            "2020-01-01",
            D(2020, 1, 1),
            D(2020, 1, 1),
            "day",
        ),
        ("Troops withdrew last week.", "last week", "2019-W52", D(2019, 12, 23), D(2019, 12, 29), "week"),
        (
            "More clashes were reported this month.",
            "this month",
            "2020-01",
            D(2020, 1, 1),
            D(2020, 1, 31),
            "month",
        ),
        (
            "He was arrested earlier this month.",
            "earlier this month",
            "2020-01",
            D(2020, 1, 1),
            D(2020, 1, 31),
            "month",
        ),
        ("Strikes spread last month.", "last month", "2019-12", D(2019, 12, 1), D(2019, 12, 31), "month"),
        ("Attacks doubled last year.", "last year", "2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
        ("Elections are due this year.", "this year", "2020", D(2020, 1, 1), D(2020, 12, 31), "year"),
        (
            "Looting continued over the weekend.",
            "the weekend",
            "2019-W52-WE",
            D(2019, 12, 28),
            D(2019, 12, 29),
            "week",
        ),
        # quarters, halves, seasons
        (
            "Output fell in the third quarter of 1989.",
            "the third quarter of 1989",
            "1989-Q3",
            D(1989, 7, 1),
            D(1989, 9, 30),
            "quarter",
        ),
        (
            "Violence eased in the first half of 1998.",
            "the first half of 1998",
            "1998-H1",
            D(1998, 1, 1),
            D(1998, 6, 30),
            "half",
        ),
        (
            "Floods hit the camps in summer 2019.",
            "summer 2019",
            "2019-SU",
            D(2019, 6, 1),
            D(2019, 8, 31),
            "season",
        ),
        (
            "The rebels regrouped last summer.",
            "last summer",
            "2019-SU",
            D(2019, 6, 1),
            D(2019, 8, 31),
            "season",
        ),
        # vague references
        ("Several journalists were recently detained.", "recently", "PAST_REF", None, None, "unknown"),
        ("Such raids were common in the past.", "in the past", "PAST_REF", None, None, "unknown"),
        ("The town is currently under curfew.", "currently", "PRESENT_REF", None, None, "unknown"),
        ("More troops may be sent in the future.", "in the future", "FUTURE_REF", None, None, "unknown"),
        ("Talks will resume soon.", "soon", "FUTURE_REF", None, None, "unknown"),
        (
            "Kidnappings rose over the past few months.",
            "the past few months",
            "PAST_REF",
            D(2019, 10, 5),
            PUB,
            "month",
        ),
        # durations
        ("The siege ended in four days.", "four days", "P4D", D(2019, 12, 31), PUB, "unknown"),
        ("The road was closed for two weeks.", "two weeks", "P2W", D(2019, 12, 21), PUB, "unknown"),
        ("Unions began a three-day strike.", "three-day", "P3D", D(2020, 1, 1), PUB, "unknown"),
        # ranges
        (
            "Clashes took place between 3 and 5 January.",
            "between 3 and 5 January",
            "2020-01-03/2020-01-05",
            D(2020, 1, 3),
            D(2020, 1, 5),
            "day",
        ),
        (
            "The summit ran from 3 to 5 January 2020.",
            "from 3 to 5 January 2020",
            "2020-01-03/2020-01-05",
            D(2020, 1, 3),
            D(2020, 1, 5),
            "day",
        ),
        (
            "Sit-ins lasted from 28 December to 2 January.",
            "from 28 December to 2 January",
            "2019-12-28/2020-01-02",
            D(2019, 12, 28),
            D(2020, 1, 2),
            "day",
        ),
        (
            "The insurgency raged from 2014 to 2017.",
            "from 2014 to 2017",
            "2014/2017",
            D(2014, 1, 1),
            D(2017, 12, 31),
            "year",
        ),
    ],
)
def test_find_dates_reads_and_normalises(
    sentence: str, text: str, value: str, start: dt.date | None, end: dt.date | None, precision: str
) -> None:
    e = only(sentence)
    assert (e.text, e.value, e.start_date, e.end_date, e.precision) == (text, value, start, end, precision)
    assert sentence[e.start : e.end] == e.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The US sent 5300 U.S. troops to the region.",
        "Officials announced 14,000 additional troops.",
        "Some 2000 protesters gathered at the square.",
        "A total of 1990 people were displaced, officials said.",
        "The army deployed 2019 soldiers, a statement said.",
        "A 25-year-old man was shot dead by police.",
        "Prices rose by 2000 percent.",
        "May God protect them, the priest said.",
        "Thousands joined the March on the capital.",
    ],
)
def test_find_dates_ignores_counts_and_ordinary_words(sentence: str) -> None:
    assert find_dates(sentence, PUB) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Militants attacked on December 27.", "XXXX-12-27"),
        ("Police raided the office yesterday.", "PAST_REF"),
        ("Troops withdrew last week.", "PAST_REF"),
        ("The curfew was lifted on Friday.", "XXXX-WXX-5"),
        ("The clashes of 3 January 2020 left six dead.", "2020-01-03"),
        ("Unrest grew in June.", "XXXX-06"),
    ],
)
def test_find_dates_without_publication_date_keeps_relative_values_open(sentence: str, value: str) -> None:
    e = only(sentence, None)
    assert e.value == value
    if "X" in value or value.endswith("_REF"):
        assert e.start_date is None and e.end_date is None


def test_find_dates_returns_sorted_non_overlapping_spans() -> None:
    text = (
        "On 3 January 2020, two days after the New Year, gunmen attacked a market. Last week, "
        "since December 2019, troops had patrolled the area for two weeks."
    )
    found = find_dates(text, PUB)
    assert [e.text for e in found] == [
        "3 January 2020",
        "two days",
        "Last week",
        "since December 2019",
        "two weeks",
    ]
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    for e in found:
        assert text[e.start : e.end] == e.text


def test_find_dates_puts_a_bare_weekday_on_the_publication_day_itself() -> None:
    friday = dt.date(2019, 12, 27)
    assert only("Protesters marched on Friday.", friday).start_date == friday


def test_find_dates_reads_a_date_weeks_ahead_as_future() -> None:
    assert only("A run-off vote is set for February 9.").value == "2020-02-09"


@pytest.mark.parametrize(
    ("value", "days"),
    [("P4D", 4), ("P2W", 14), ("P1Y", 365), ("PT48H", 2), ("PXD", None), ("2020-01-03", None)],
)
def test_duration_days_counts_days(value: str, days: int | None) -> None:
    assert duration_days(TimeExpr(0, 1, "x", value, None, None, "unknown")) == days


def test_duration_days_of_found_durations() -> None:
    found = find_dates("The siege lasted for two weeks, after a three-day ultimatum.", PUB)
    assert [duration_days(e) for e in found] == [14, 3]


def test_a_counted_duration_ends_on_publication() -> None:
    e = only("Rebels shelled the town in four days.")
    assert (e.value, e.start_date, e.end_date, e.precision) == ("P4D", D(2019, 12, 31), PUB, "unknown")
    assert only("The strike lasted for weeks.").start_date is None  # no count, no span
    assert only("They marched in four days.", None).start_date is None  # no publication date


@pytest.mark.parametrize(
    ("document", "date", "span_text"),
    [
        ("BAGHDAD, Jan. 3, 2020 (Reuters) - Rockets hit the airport.", D(2020, 1, 3), "Jan. 3, 2020"),
        (
            "3 January 2020 — Protesters blocked the main road.\nPolice arrived later.",
            D(2020, 1, 3),
            "3 January 2020",
        ),
        (
            "Protests continued across the country.\nSecurity forces used tear gas.\n\n3 Janaury 2020\n",
            D(2020, 1, 3),
            "3 Janaury 2020",
        ),
        ("Published: January 5, 2021\nA bomb exploded in the market.", D(2021, 1, 5), "January 5, 2021"),
        (
            "NAIROBI, Jan. 3 (Reuters) - Police said the attack in December 2019 killed four.",
            D(2019, 1, 3),
            "Jan. 3",
        ),
        ("By Jane Okafor | March 2, 2021\nTraders shut their shops.", D(2021, 3, 2), "March 2, 2021"),
        (
            "Unrest in the north\n\nMAIDUGURI, Nigeria (AP) — Jan 3, 2020 — Gunmen struck.",
            D(2020, 1, 3),
            "Jan 3, 2020",
        ),
        ("Headline\nPosted on 14 July 2019 by editor\nStudents marched.", D(2019, 7, 14), "14 July 2019"),
    ],
)
def test_find_publication_date_reads_datelines_and_sign_offs(
    document: str, date: dt.date, span_text: str
) -> None:
    found = find_publication_date(document)
    assert found is not None
    assert found[0] == date
    assert document[found[1] : found[2]] == span_text


@pytest.mark.parametrize(
    "document",
    [
        "Police said that on 3 January 2020 - a Friday - the curfew began.",
        "Rebels attacked the town on 3 January 2020, killing four people.",
        "NAIROBI, Jan. 3 (Reuters) - Police dispersed the crowd.",
        "No date appears here at all.",
    ],
)
def test_find_publication_date_needs_a_stated_dateline(document: str) -> None:
    assert find_publication_date(document) is None


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The uprisings of the Arab Spring of 2011 spread fast.", "2011", "2011"),
        ("Three people died during the past 24 hours.", "the past 24 hours", "PAST_REF"),
        ("The log entry reads 3-Jan-2020.", "3-Jan-2020", "2020-01-03"),
        ("Exiles returned in January this year.", "January this year", "2020-01"),
        ("Curfews have been imposed since Friday.", "since Friday", "2020-01-03"),
        ("Fighting was reported in recent days.", "recent days", "PAST_REF"),
        ("The protest was held on Wednesday night.", "Wednesday night", "2020-01-01"),
        (
            "Violence flared between January and March 2019.",
            "between January and March 2019",
            "2019-01/2019-03",
        ),
        ("Raids intensified in the last week of December.", "the last week of December", "2019-W52"),
        ("Aid arrived in the first week of March 2019.", "the first week of March 2019", "2019-W09"),
    ],
)
def test_find_dates_reads_more_forms(sentence: str, text: str, value: str) -> None:
    e = only(sentence)
    assert (e.text, e.value) == (text, value)


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("Janaury", 1),
        ("Jaunary", 1),
        ("Febuary", 2),
        ("Feburary", 2),
        ("Apirl", 4),
        ("Agust", 8),
        ("Septmber", 9),
        ("Ocotber", 10),
        ("Novmber", 11),
        ("Decmber", 12),
        ("Decemeber", 12),
        ("Sept.", 9),
        ("Dec", 12),
        ("MARCH", 3),
        ("Marco", None),
        ("Mary", None),
        ("Julia", None),
        ("Jaguar", None),
        ("Adjust", None),
        ("Mayor", None),
    ],
)
def test_month_number_accepts_misspellings_but_not_lookalike_words(word: str, month: int | None) -> None:
    from flashpoint.normalize.dates_lex import month_number

    assert month_number(word, fuzzy=True) == month


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Traders protested on 14/12 over new taxes.", "14/12", "2019-12-14"),
    ("Two women were lynched on the evening of 02/01.", "02/01", "2020-01-02"),
    ("Rival supporters clashed on 17/04/2017 in the town.", "17/04/2017", "2017-04-17"),
    ("The report (dated 28/12) was published late.", "28/12", "2019-12-28"),
    ("Police say the raid on 12/25/2019 was legal.", "12/25/2019", "2019-12-25"),
    ("28/12, Mandera: gunmen attacked a bus.", "28/12", "2019-12-28"),
])
def test_find_dates_reads_day_month_numbers(sentence: str, text: str, value: str) -> None:
    e = only(sentence)
    assert (e.text, e.value, e.precision) == (text, value, "day")


@pytest.mark.parametrize("sentence", ["The score was 3/4 at half time.", "The line is open 24/7."])
def test_find_dates_leaves_other_slashes_alone(sentence: str) -> None:
    assert find_dates(sentence, PUB) == []
