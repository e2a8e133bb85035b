"""Merging mentions of one event within a document, on hand-built records (no model needed)."""

from __future__ import annotations

import datetime as dt

from flashpoint.merge import Mention, merge_mentions
from flashpoint.records import Count, Event, EventDate, Evidence, Location


def _event(start: int, event_type: str = "Violence against civilians", sub: str | None = "Attack", *,
           killed: Count | None = None, day: dt.date | None = None, end: dt.date | None = None,
           factuality: str = "asserted", country: str | None = "KEN") -> Event:
    date = EventDate(day, end or day, "day" if day else "unknown")
    return Event("d", event_type, sub, (Evidence("d", start, start + 5, "x" * 5),), date=date,
                 location=Location(country=country), fatalities=killed or Count(), factuality=factuality)


def _mention(ev: Event, sentence: int, *, paragraph: int = 0, consequence: bool = False, anaphoric: bool = False,
             anchored: bool = True, own_date: bool = False, head: str = "attack") -> Mention:
    return Mention(ev, sentence, paragraph, consequence, anaphoric, anchored, own_date, head)


def test_merge_joins_a_toll_told_in_the_next_sentence_to_the_event_before_it():
    act = _event(0, day=dt.date(2024, 3, 2))
    toll = _event(40, killed=Count(12, 12, None, "at least 12"))
    [merged] = merge_mentions([_mention(act, 0, own_date=True), _mention(toll, 1, consequence=True)])
    assert merged.fatalities.low == 12 and len(merged.evidence) == 2


def test_merge_keeps_a_toll_in_another_paragraph_apart():
    act = _event(0, day=dt.date(2024, 3, 2))
    toll = _event(400, killed=Count(3, 3, 3, "three"))
    out = merge_mentions([_mention(act, 0, own_date=True), _mention(toll, 5, paragraph=1, consequence=True)])
    assert len(out) == 2


def test_merge_drops_a_running_total_over_many_events():
    total = _event(0, killed=Count(6001, 6000, None, "more than 6,000"), day=dt.date(2017, 10, 1),
                   end=dt.date(2024, 3, 1))
    assert merge_mentions([_mention(total, 0, consequence=True, own_date=True)]) == []


def test_merge_joins_an_anaphor_to_its_event():
    act = _event(0, "Explosions/Remote violence", "Remote explosive/landmine/IED", day=dt.date(2024, 3, 2))
    again = _event(90, "Explosions/Remote violence", "Remote explosive/landmine/IED")
    [merged] = merge_mentions([_mention(act, 0, own_date=True), _mention(again, 3, anaphoric=True, head="blast")])
    assert len(merged.evidence) == 2


def test_merge_drops_an_anaphor_with_nothing_to_point_back_to():
    again = _event(90)
    assert merge_mentions([_mention(again, 3, anaphoric=True, anchored=False)]) == []


def test_merge_joins_two_mentions_of_one_dated_event():
    a = _event(0, day=dt.date(2024, 3, 2))
    b = _event(300, day=dt.date(2024, 3, 2))
    [merged] = merge_mentions([_mention(a, 0, own_date=True), _mention(b, 9, paragraph=2, own_date=True)])
    assert len(merged.evidence) == 2


def test_merge_never_joins_a_flagged_act_to_what_happened():
    done = _event(0, day=dt.date(2024, 3, 2))
    threat = _event(100, day=dt.date(2024, 3, 2), factuality="threatened")
    out = merge_mentions([_mention(done, 0, own_date=True), _mention(threat, 2, own_date=True)])
    assert [e.factuality for e in out] == ["asserted", "threatened"]


def test_merge_replaces_a_convention_estimate_with_a_stated_figure():
    act = _event(0, day=dt.date(2024, 3, 2), killed=Count(3, 3, None, None))
    toll = _event(40, killed=Count(12, 12, None, "at least 12"))
    [merged] = merge_mentions([_mention(act, 0, own_date=True), _mention(toll, 1, consequence=True)])
    assert merged.fatalities.low == 12


def test_merge_keeps_a_stated_three():
    act = _event(0, day=dt.date(2024, 3, 2), killed=Count(3, 3, 3, "three"))
    toll = _event(40, killed=Count(12, 12, None, "at least 12"))
    [merged] = merge_mentions([_mention(act, 0, own_date=True), _mention(toll, 1, consequence=True)])
    assert merged.fatalities.best == 3


def test_a_peaceful_protest_has_no_toll():
    protest = _event(0, "Protests", "Peaceful protest", day=dt.date(2024, 3, 2), killed=Count(1, 1, 1, "a man"))
    [out] = merge_mentions([_mention(protest, 0, own_date=True, head="protest")])
    assert not out.fatalities.known


def test_merge_keeps_an_event_told_as_separate_apart_from_one_of_the_same_kind_and_day():
    # "Gunmen attacked a bus on 2 March. In a separate incident the same day, gunmen attacked a market."
    a = _event(0, day=dt.date(2024, 3, 2))
    b = _event(80, day=dt.date(2024, 3, 2))
    separate = Mention(b, 1, 0, False, False, True, True, "attack", elsewhere=True)
    assert len(merge_mentions([_mention(a, 0, own_date=True), separate])) == 2
