"""Factuality and attribution: the project's labelled set (tests/data/factuality.jsonl, sentences
written for it) is classified through the whole pipeline at the pinned floors, and single sentences
pin the rules behind them."""

from __future__ import annotations

import pathlib
from collections import Counter

import pytest

from flashpoint.evaluate.factuality import CLASSES, read_factuality, same_source, score_factuality

DATA = pathlib.Path(__file__).parent / "data" / "factuality.jsonl"
ACCURACY_FLOOR = 0.9
SOURCE_FLOOR = 0.9


def test_factuality_set_is_balanced_over_classes_and_sources():
    items = read_factuality(DATA)
    assert len(items) >= 150
    per_class = Counter(i.factuality for i in items)
    assert set(per_class) == set(CLASSES)
    assert min(per_class.values()) >= 25
    sourced = Counter(i.factuality for i in items if i.source)
    assert all(sourced[c] >= 5 for c in CLASSES), sourced


def test_sources_match_ignoring_articles_and_longer_names():
    assert same_source("the interior ministry", "interior ministry")
    assert same_source("the ministry", "ministry of defence")
    assert same_source(None, None)
    assert not same_source("Reuters", None)
    assert not same_source(None, "police")


@pytest.mark.slow
def test_factuality_set_meets_its_floors(pipeline):
    score = score_factuality(read_factuality(DATA), pipeline.extract)
    assert score.accuracy >= ACCURACY_FLOOR, score.to_dict()["errors"]
    assert score.source_accuracy >= SOURCE_FLOOR, score.to_dict()["errors"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Nobody attacked the checkpoint near the river on Monday.", "attacked", "negated"),
    ("There were no clashes in the market on Friday, traders said.", "clashes", "negated"),
    ("The rebels will not attack the town, their leader said.", "attack", "negated"),
    ("The march through the old city will not go ahead.", "march", "cancelled"),
    ("The group abandoned plans to attack the pipeline.", "attack", "cancelled"),
    ("The police shelved plans for a raid on the warehouse.", "raid", "cancelled"),
    ("The unions paused their strike for a week.", "strike", "cancelled"),
    ("The rally was put off until the rains end.", "rally", "cancelled"),
    ("The commander warned that his men would attack the bridge.", "attack", "threatened"),
    ("The minister warned of airstrikes on the camps.", "airstrikes", "threatened"),
    ("Had the army not arrived, the gang would have attacked the village.", "attacked", "hypothetical"),
    ("An offensive on the valley is possible before winter.", "offensive", "hypothetical"),
    ("People fled in case the fighters attack again.", "attack", "hypothetical"),
    ("The army rejected reports of an assault on the northern garrison.", "assault", "negated"),
    ("The ministry said rebels had bombed a school, but satellite images show no such bombing.", "bombed",
     "negated"),
    ("Posts on social media claimed that jets had bombed a bakery, but the claim could not be verified.",
     "bombed", "hypothetical"),
    ("Dockers have called a strike for next Monday.", "strike", "planned"),
])
def test_factuality_of_single_sentences(pipeline, events_of, text, trigger, expected):
    from flashpoint.evaluate.factuality import scored_event

    event = scored_event(events_of(pipeline, text), trigger, text)
    assert event is not None
    assert event.factuality == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Troops detained six students at the campus, a spokesman for the university said.", "detained",
     "spokesman for the university"),
    ("The army denied that it had shelled the hospital.", "shelled", "army"),
    ("According to local radio, gunmen attacked a bus near the border.", "attacked", "local radio"),
])
def test_attribution_of_single_sentences(pipeline, events_of, text, trigger, source):
    from flashpoint.evaluate.factuality import scored_event

    event = scored_event(events_of(pipeline, text), trigger, text)
    assert event is not None and event.attribution is not None
    assert same_source(source, event.attribution.source)
