"""Gold reading and scoring, with hand-built gold rows and predictions whose score we know."""

from __future__ import annotations

import importlib.util
import json
import pathlib
import random
from typing import Any

import pytest

from flashpoint.evaluate.gold import (
    anchor_distance,
    check_fields,
    format_gold_score,
    is_compatible,
    read_gold,
    score_gold,
    violates,
)

SHARED = pathlib.Path(__file__).resolve().parents[2].parent / "shared"
DOC = "harbour-report"


def gold_event(gid: str, **over: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": gid, "doc_id": DOC, "kind": "event", "required": True, "anchor": [100, 140],
        "event_type": ["Battles"], "sub_event_type": ["Armed clash"],
        "date": {"start": "2022-03-10", "end": "2022-03-10", "precision": "day"},
        "country": "KEN", "place": None, "actor1_country": None, "actor2_any": None,
        "fatalities": {"low": 3, "high": 3}, "injuries": None, "arrests": None,
    }
    row.update(over)
    return row


def pred(**over: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "doc_id": DOC, "event_type": "Battles", "sub_event_type": "Armed clash",
        "date": {"start": "2022-03-10", "end": "2022-03-10", "precision": "day"},
        "location": {"country": "KEN", "lat": -4.05, "lon": 39.66},
        "actors": [], "fatalities": {"low": 3, "best": 3, "high": 3},
        "injuries": {"low": None, "high": None}, "arrests": {"low": None, "high": None},
        "factuality": "asserted", "evidence": [{"doc_id": DOC, "start": 105, "end": 130, "text": "clash"}],
    }
    row.update(over)
    return row


def test_read_gold_reads_files_and_folders_skipping_blank_lines(tmp_path: pathlib.Path) -> None:
    lines = [json.dumps(gold_event("e1")), "", json.dumps(gold_event("e2"))]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "notes.txt").write_text("not gold")
    assert [r["id"] for r in read_gold([tmp_path])] == ["e1", "e2"]
    assert [r["id"] for r in read_gold([tmp_path / "a.jsonl"])] == ["e1", "e2"]


def test_read_gold_names_the_bad_line(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(gold_event("e1")) + "\n{oops\n")
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        read_gold([path])


def test_a_matching_prediction_is_a_true_positive_with_its_fields_checked() -> None:
    score = score_gold([gold_event("e1")], [pred()])
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    assert score.precision == score.recall == score.f1 == 1.0
    assert {k: (v.correct, v.total) for k, v in score.fields.items()} == {
        "sub_event_type": (1, 1), "date": (1, 1), "fatalities": (1, 1), "injuries": (1, 1), "arrests": (1, 1)}


@pytest.mark.parametrize("change", [
    {"event_type": "Riots"},
    {"location": {"country": "TZA"}},
    {"date": {"start": "2022-03-12", "end": None, "precision": "day"}},
    {"date": {"start": None, "end": None, "precision": "unknown"}},
])
def test_an_incompatible_prediction_is_a_miss_and_a_false_positive(change: dict[str, Any]) -> None:
    score = score_gold([gold_event("e1")], [pred(**change)])
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)
    assert score.missed == [f"{DOC}:e1"]
    assert score.false_positives[0].startswith(f"{DOC}:")


@pytest.mark.parametrize("start,end,ok", [
    ("2022-03-09", None, True),   # one day early is tolerated
    ("2022-03-11", None, True),   # one day late too
    ("2022-03-05", "2022-03-09", True),   # a range that reaches the tolerance
    ("2022-03-05", "2022-03-08", False),
])
def test_dates_pair_within_one_day(start: str, end: str | None, ok: bool) -> None:
    p = pred(date={"start": start, "end": end, "precision": "day"})
    assert is_compatible(p, gold_event("e1")) is ok


def test_date_start_only_ignores_the_gold_end() -> None:
    g = gold_event("e1", date={"start": "2022-03-10", "end": "2022-03-20", "precision": "day"},
                   date_start_only=True)
    assert is_compatible(pred(date={"start": "2022-03-11", "end": None}), g)
    assert not is_compatible(pred(date={"start": "2022-03-15", "end": None}), g)


def test_country_may_be_a_list_of_accepted_codes() -> None:
    g = gold_event("e1", country=["KEN", "SOM"])
    assert is_compatible(pred(location={"country": "SOM"}), g)
    assert not is_compatible(pred(location={"country": "ETH"}), g)


def test_near_limits_how_far_evidence_may_lie_from_the_anchor() -> None:
    g = gold_event("e1", near=50)
    close = pred(evidence=[{"doc_id": DOC, "start": 170, "end": 190, "text": "x"}])   # 30 after
    far = pred(evidence=[{"doc_id": DOC, "start": 300, "end": 320, "text": "x"}])     # 160 after
    assert anchor_distance(close, g, DOC) == 30
    assert anchor_distance(far, g, DOC) == 160
    assert score_gold([g], [close]).tp == 1
    assert score_gold([g], [far]).tp == 0


def test_a_prediction_without_evidence_pairs_only_when_no_near_is_set() -> None:
    bare = pred(evidence=[])
    assert score_gold([gold_event("e1")], [bare]).tp == 1
    assert score_gold([gold_event("e1", near=400)], [bare]).tp == 0


def test_the_closest_prediction_takes_the_event_and_the_other_is_false() -> None:
    near = pred(evidence=[{"doc_id": DOC, "start": 110, "end": 120, "text": "x"}],
                fatalities={"low": 3, "high": 3})
    far = pred(evidence=[{"doc_id": DOC, "start": 600, "end": 620, "text": "x"}],
               fatalities={"low": 9, "high": 9})
    score = score_gold([gold_event("e1")], [far, near])
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)
    assert score.fields["fatalities"].correct == 1


def test_required_events_are_paired_before_optional_ones() -> None:
    optional = gold_event("opt", required=False, anchor=[100, 140])
    required = gold_event("req", anchor=[900, 950])
    score = score_gold([optional, required], [pred()])
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_a_prediction_on_an_optional_event_is_neither_rewarded_nor_false() -> None:
    score = score_gold([gold_event("opt", required=False)], [pred()])
    assert (score.tp, score.fp, score.fn) == (0, 0, 0)
    assert score.fields == {}


def test_flagged_predictions_and_other_documents_are_not_scored() -> None:
    negated = pred(factuality="negated")
    elsewhere = pred(doc_id="another-doc")
    score = score_gold([gold_event("e1")], [negated, elsewhere])
    assert (score.tp, score.fp, score.fn) == (0, 0, 1)


@pytest.mark.parametrize("gold_count,pred_count,ok", [
    (None, {"low": None, "high": None}, True),
    (None, {"low": 0, "high": 0}, False),          # the text gives no number: inventing one is wrong
    ({"low": 3, "high": 3}, {"low": 3, "high": 3}, True),
    ({"low": 3, "high": None}, {"low": 3, "high": 5}, False),
    ({"low": 3, "high": 5, "also_low": [4]}, {"low": 4, "high": 5}, True),
])
def test_counts_must_match_exactly(gold_count: Any, pred_count: Any, ok: bool) -> None:
    checks = check_fields(pred(fatalities=pred_count), gold_event("e1", fatalities=gold_count))
    assert checks["fatalities"] is ok


def test_field_checks_for_place_actors_date_and_attribution() -> None:
    g = gold_event("e1", place={"lat": -4.05, "lon": 39.67, "radius_km": 10}, actor1_country="SOM",
                   actor2_any=["Harbour Guard"], attribution="county police",
                   date={"start": "2022-03-10", "end": "2022-03-10", "precision": "day",
                         "precision_any": ["day", "week"]})
    good = pred(actors=[{"role": "actor1", "name": "Raiders", "country": "SOM"},
                        {"role": "actor2", "name": "guards", "text": "the harbour guard unit"}],
                attribution={"source": "the County Police commander"},
                date={"start": "2022-03-10", "end": None, "precision": "week"})
    assert check_fields(good, g) == {"sub_event_type": True, "date": True, "place": True, "fatalities": True,
                                     "injuries": True, "arrests": True, "actor1": True, "actor2": True,
                                     "attribution": True}
    bad = pred(location={"country": "KEN", "lat": -1.28, "lon": 36.82},
               actors=[{"role": "actor2", "name": "Raiders", "country": "SOM"}],
               date={"start": "2022-03-10", "end": None, "precision": "month"})
    checks = check_fields(bad, g)
    assert not any(checks[k] for k in ("place", "actor1", "actor2", "attribution", "date"))


def negative(**forbid: Any) -> dict[str, Any]:
    return {"id": "neg", "doc_id": DOC, "kind": "negative", "anchor": [0, 1], "forbid": forbid}


@pytest.mark.parametrize("forbid,hit", [
    ({"event_type": ["Battles"], "evidence_overlaps": [120, 200]}, True),
    ({"event_type": ["Riots"], "evidence_overlaps": [120, 200]}, False),
    ({"evidence_within": [100, 140]}, True),
    ({"evidence_within": [110, 140]}, False),
    ({"country": "KEN", "date_within": ["2022-03-01", "2022-03-31"]}, True),
    ({"country": "KEN", "date_within": ["2022-04-01", "2022-04-30"]}, False),
    ({"actor1_country": "SOM"}, False),
])
def test_negative_rules_need_every_condition(forbid: dict[str, Any], hit: bool) -> None:
    assert violates(pred(), negative(**forbid), DOC) is hit
    score = score_gold([negative(**forbid)], [pred()])
    assert score.negatives_violated == ([f"{DOC}:neg"] if hit else [])


def test_negatives_ignore_flagged_predictions() -> None:
    score = score_gold([negative(evidence_within=[0, 1000])], [pred(factuality="hypothetical")])
    assert score.negatives_violated == []


def test_score_to_dict_and_text_report() -> None:
    score = score_gold([gold_event("e1"), gold_event("e2", anchor=[800, 820], near=10)], [pred()])
    out = score.to_dict()
    assert (out["tp"], out["fn"], out["recall"]) == (1, 1, 0.5)
    assert out["field_counts"]["fatalities"] == [1, 1]
    json.dumps(out)
    text = format_gold_score(score)
    assert "P=1.000 R=0.500" in text
    assert f"{DOC}:e2" in text


# --- agreement with the shared reference scorer, on random predictions around the shared gold ----

@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared is absent")
def test_score_gold_agrees_with_the_reference_scorer() -> None:
    spec = importlib.util.spec_from_file_location("reference_score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    gold = read_gold([SHARED / "gold"])
    events = [g for g in gold if g.get("kind") == "event"]
    types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"]
    for seed in range(60):
        rng = random.Random(seed)
        preds = []
        for _ in range(rng.randint(0, 40)):
            g = rng.choice(events)
            a, b = g["anchor"]
            shift = rng.choice([0, 0, 150, -500, 3000])
            countries = g.get("country") or ["IRQ"]
            countries = countries if isinstance(countries, list) else [countries]
            start = (g.get("date") or {}).get("start") or "2020-01-01"
            preds.append({
                "doc_id": g["doc_id"], "event_type": rng.choice([*g["event_type"], rng.choice(types)]),
                "sub_event_type": rng.choice([*(g.get("sub_event_type") or []), None]),
                "date": {"start": start, "end": None, "precision": rng.choice(["day", "month"])},
                "location": {"country": rng.choice([*countries, "USA"]), "lat": 33.3, "lon": 44.4},
                "actors": [{"role": rng.choice(["actor1", "actor2"]), "name": "United States",
                            "country": "USA"}],
                "fatalities": rng.choice([{"low": None, "high": None}, {"low": 1, "high": 1}]),
                "factuality": rng.choice(["asserted", "asserted", "negated"]),
                "evidence": [{"doc_id": g["doc_id"], "start": max(0, a + shift), "end": max(1, b + shift)}],
            })
        mine = score_gold(gold, preds).to_dict()
        mine.pop("skipped")
        assert mine == reference.score(gold, preds), seed
