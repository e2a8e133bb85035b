"""Primary events, per-note checks, aggregates, the runners and the reports, with fake extractors."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import pathlib
from collections import Counter
from typing import Any

import pytest

from flashpoint.evaluate import (
    check_note,
    format_gold_score,
    format_report,
    primary_event,
    run_acled_eval,
    run_gold_eval,
    select_notes,
)
from flashpoint.evaluate.acled import AcledNote
from flashpoint.evaluate.metrics import predicted_fatalities
from flashpoint.evaluate.report import split_quota
from flashpoint.records import Actor, Count, Document, Event, EventDate, Evidence, Location


def note(**over: Any) -> AcledNote:
    fields: dict[str, Any] = dict(
        doc_id="KEN91000", text="On 2 May 2021, traders blocked a highway near the market.",
        published=dt.date(2021, 5, 9), event_date=dt.date(2021, 5, 2), time_precision=1,
        event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Kenya)",
        assoc_actor1="", inter1=6, actor2="", inter2=None, country="Kenya", iso3="KEN", admin1="Nairobi",
        location="Nairobi", latitude=-1.2833, longitude=36.8167, geo_precision=1, fatalities=0)
    fields.update(over)
    return AcledNote(**fields)


def event(event_type: str = "Protests", *, start: int = 20, confidence: float | None = 0.5,
          factuality: str = "asserted", **over: Any) -> Event:
    fields: dict[str, Any] = dict(
        doc_id="KEN91000", event_type=event_type, sub_event_type="Peaceful protest",
        evidence=(Evidence("KEN91000", start, start + 10, "x" * 10),),
        date=EventDate(dt.date(2021, 5, 2), dt.date(2021, 5, 2), "day"),
        location=Location(country="KEN", precision=1, lat=-1.29, lon=36.82),
        actors=(Actor("traders", kind="protesters", country="KEN"),),
        factuality=factuality, confidence=confidence)
    fields.update(over)
    return Event(**fields)


# --- the primary event ---------------------------------------------------------------------------

def test_primary_event_is_the_one_told_first() -> None:
    # An aftermath told later ("police arrested 12 people") is no more the note's event for being
    # more fully told.
    first, later = event(confidence=0.3, start=5), event("Strategic developments", confidence=0.9, start=40)
    assert primary_event([later, first]) is first


def test_primary_event_is_the_one_with_the_death_toll() -> None:
    plain = event(start=5)
    deadly = event("Riots", start=40, fatalities=Count(low=2, best=2, high=2))
    assert primary_event([plain, deadly]) is deadly


def test_primary_event_prefers_a_toll_told_in_a_main_clause() -> None:
    # "... demanding justice for two people killed in last year's riot": that toll is background.
    main = event(start=60, fatalities=Count(low=1, best=1, high=1))
    reason = event("Riots", start=40, fatalities=Count(low=2, best=2, high=2), extra={"main_clause": False})
    assert primary_event([reason, main]) is main
    # ... and it does not lift the background event above one told before it ("held a protest
    # ... demanding an inquiry into two deaths")
    protest = event("Protests", start=5)
    assert primary_event([reason, protest]) is protest


def test_primary_event_prefers_a_dated_event() -> None:
    undated = event(start=5, date=EventDate(None, None, "unknown"))
    dated = event("Riots", start=40)
    assert primary_event([undated, dated]) is dated


def test_primary_event_ties_go_to_the_more_confident() -> None:
    low, high = event(confidence=0.6, start=10), event("Riots", confidence=0.8, start=10)
    assert primary_event([low, high]) is high


def test_primary_event_counts_missing_confidence_as_zero() -> None:
    unknown, some = event(confidence=None, start=10), event("Riots", confidence=0.1, start=10)
    assert primary_event([unknown, some]) is some


def test_primary_event_prefers_acled_scope_over_other() -> None:
    other, protest = event("Other", confidence=0.99), event(confidence=0.1)
    assert primary_event([other, protest]) is protest
    assert primary_event([other]) is other


def test_primary_event_ignores_flagged_events() -> None:
    assert primary_event([event(factuality="negated", confidence=1.0)]) is None
    assert primary_event([]) is None


@pytest.mark.parametrize("count,value", [
    (Count(low=2, best=3, high=5), 3), (Count(low=2), 2), (Count(), 0), (Count(plural=True), 3),
    (Count(low=5, plural=True), 5)])
def test_predicted_fatalities_reads_best_then_low_then_acled_estimate_then_zero(count: Count, value: int) -> None:
    assert predicted_fatalities(event(fatalities=count)) == value


# --- per-note checks -----------------------------------------------------------------------------

def test_check_note_agrees_on_every_field() -> None:
    result = check_note(note(), event())
    assert result.checks == {
        "detected": True, "event_type": True, "sub_event_type": True, "actor1_kind": True,
        "actor1_country": True, "fatalities": True, "date": True, "date_precision": True, "country": True,
        "within_25km": True, "within_100km": True, "geo_precision": True}
    assert result.distance_km is not None and result.distance_km < 2


def test_check_note_reports_each_disagreement() -> None:
    wrong = event("Riots", sub_event_type="Mob violence",
                  date=EventDate(dt.date(2021, 5, 1), None, "week"),
                  location=Location(country="TZA", precision=2, lat=-1.9, lon=36.8),   # ~68 km south
                  actors=(Actor("police", kind="state_forces", country="KEN"),),
                  fatalities=Count(low=1, best=1, high=1))
    checks = check_note(note(), wrong).checks
    assert checks["detected"] and checks["actor1_country"] and checks["within_100km"]
    assert not any(checks[k] for k in ("event_type", "sub_event_type", "actor1_kind", "fatalities", "date",
                                       "date_precision", "country", "within_25km", "geo_precision"))


def test_a_missed_note_is_wrong_wherever_acled_gives_a_value() -> None:
    checks = check_note(note(actor1="Protesters (International)"), None).checks
    assert checks["actor1_country"] is None     # no gold country to compare with
    assert checks["detected"] is False
    assert all(v is False for k, v in checks.items() if k != "actor1_country")


def test_a_prediction_without_coordinates_is_not_within_any_distance() -> None:
    checks = check_note(note(), event(location=Location(country="KEN"))).checks
    assert checks["within_25km"] is False and checks["within_100km"] is False


# --- sampling ------------------------------------------------------------------------------------

@pytest.mark.parametrize("total,sizes,expected", [
    (9, [10, 10, 10], [3, 3, 3]),
    (10, [10, 10, 10], [4, 3, 3]),
    (9, [1, 10, 10], [1, 4, 4]),
    (50, [3, 4, 5], [3, 4, 5]),
    (0, [3, 4], [0, 0]),
])
def test_split_quota_spreads_the_sample_evenly(total: int, sizes: list[int], expected: list[int]) -> None:
    assert split_quota(total, sizes) == expected


COLUMNS = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
           "inter1", "country", "iso3", "latitude", "longitude", "geo_precision", "fatalities", "notes"]


def write_export(path: pathlib.Path, prefix: str, country: str, iso3: str, n: int) -> pathlib.Path:
    """`n` invented notes; every third is a riot with a death, the rest peaceful protests."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for i in range(n):
        riot = i % 3 == 0
        told = "rioters burned tyres" if riot else "teachers marched"
        writer.writerow([
            f"{prefix}{i:04d}", f"202103{i % 28 + 1:02d}", "1", "Riots" if riot else "Protests",
            "Violent demonstration" if riot else "Peaceful protest", f"{'Rioters' if riot else 'Protesters'} "
            f"({country})", "5" if riot else "6", country, iso3, "1.0", "30.0", "1", "1" if riot else "0",
            f"On {i % 28 + 1} March 2021, {told} in town {i}."])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


@pytest.fixture()
def exports(tmp_path: pathlib.Path) -> pathlib.Path:
    write_export(tmp_path / "alpha.csv", "AAA", "Kenya", "KEN", 30)
    write_export(tmp_path / "beta.csv", "BBB", "Niger", "NER", 6)
    return tmp_path


def test_select_notes_samples_evenly_across_files_and_repeats_with_the_seed(exports: pathlib.Path) -> None:
    chosen = select_notes([exports], sample=10, seed=3)
    assert Counter(n.doc_id[:3] for n in chosen) == {"AAA": 5, "BBB": 5}
    assert [n.doc_id for n in chosen] == [n.doc_id for n in select_notes([exports], sample=10, seed=3)]
    assert [n.doc_id for n in chosen] != [n.doc_id for n in select_notes([exports], sample=10, seed=4)]
    assert len(select_notes([exports], sample=20)) == 20      # the small file gives all it has


def test_select_notes_keeps_the_countries_asked_for(exports: pathlib.Path) -> None:
    assert {n.iso3 for n in select_notes([exports], countries=["ner"])} == {"NER"}
    assert len(select_notes([exports], countries=["Kenya"])) == 30


# --- the ACLED runner and report -----------------------------------------------------------------

def keyword_extract(doc: Document) -> list[Event]:
    """A fake pipeline: riots when tyres burn, protests when people march, nothing otherwise."""
    date = EventDate(doc.published - dt.timedelta(days=1) if doc.published else None, None, "day")
    if "burned" in doc.text:
        return [event("Riots", sub_event_type="Violent demonstration", date=date,
                      actors=(Actor("rioters", kind="rioters"),), fatalities=Count(low=1, best=1, high=1))]
    if "teachers" in doc.text and doc.id.endswith("1"):
        raise RuntimeError("tagger fell over")
    return []


def test_run_acled_eval_scores_notes_over_all_of_them(exports: pathlib.Path) -> None:
    report = run_acled_eval([exports / "alpha.csv"], keyword_extract)
    m = report.metrics
    assert m.notes == 30
    assert (m.fields["detected"].correct, m.fields["detected"].total) == (10, 30)
    assert [m.fields[k].correct for k in ("event_type", "fatalities", "date")] == [10, 10, 10]
    riots, protests = m.event_types["Riots"], m.event_types["Protests"]
    assert (riots.precision, riots.recall) == (1.0, 1.0)
    assert (protests.predicted, protests.gold, protests.recall) == (0, 20, 0.0)
    assert m.confusion == {"Riots": {"Riots": 10}, "Protests": {"(none)": 20}}
    assert len(report.errors) == 2 and "tagger fell over" in report.errors[0]


def test_acled_report_formats_as_text_and_json(exports: pathlib.Path) -> None:
    report = run_acled_eval([exports], keyword_extract, sample=12, seed=1)
    text = format_report(report)
    for expected in ("ACLED notes: 12 from 2 file(s)", "counts as wrong", "event_type", "within_25km",
                     "per-class sub_event_type", "confusion", "Violent demonstration"):
        assert expected in text
    data = json.loads(json.dumps(report.to_dict(notes=True)))
    assert data["notes"] == 12 and len(data["notes_detail"]) == 12
    assert data["fields"]["detected"]["total"] == 12


# --- the gold runner -----------------------------------------------------------------------------

def test_run_gold_eval_scores_documents_against_gold_files(tmp_path: pathlib.Path) -> None:
    doc = Document(id="market-day", text="Police fired tear gas at traders on 2 May 2021 in Nairobi.",
                   published=dt.date(2021, 5, 3))
    gold = {"id": "g1", "doc_id": "market-day", "kind": "event", "required": True, "anchor": [0, 30],
            "event_type": ["Protests"], "sub_event_type": ["Protest with intervention"],
            "date": {"start": "2021-05-02", "end": "2021-05-02", "precision": "day"}, "country": "KEN",
            "fatalities": None}
    (tmp_path / "market-day.gold.jsonl").write_text(json.dumps(gold) + "\n")

    def extract(d: Document) -> list[Event]:
        return [event(doc_id=d.id, start=0, sub_event_type="Protest with intervention")]

    score = run_gold_eval([doc], [tmp_path], extract)
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    assert score.fields["sub_event_type"].correct == 1
    assert "F1=1.000" in format_gold_score(score)

    def broken(d: Document) -> list[Event]:
        raise ValueError("no model")

    failed = run_gold_eval([doc], [tmp_path], broken)
    assert failed.fn == 1 and failed.skipped == ["market-day: ValueError: no model"]


def test_run_gold_eval_reads_text_files_and_names_missing_documents(tmp_path: pathlib.Path) -> None:
    docs, gold_dir = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir()
    gold_dir.mkdir()
    (docs / "river-clash.txt").write_text("Herders and farmers clashed on 4 June 2022 near the river.\n")
    rows = [{"id": f"g-{doc_id}", "doc_id": doc_id, "kind": "event", "required": True, "anchor": [0, 40],
             "event_type": ["Battles"], "date": None, "country": None} for doc_id in ("river-clash", "lost")]
    (gold_dir / "all.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    seen: list[str] = []

    def extract(d: Document) -> list[Event]:
        seen.append(d.id)
        return [event("Battles", doc_id=d.id, start=10)]

    score = run_gold_eval([docs], [gold_dir], extract)
    assert seen == ["river-clash"]
    assert (score.tp, score.fp, score.fn) == (1, 0, 1)
    assert score.skipped == ["lost: has gold events but was not among the documents"]
