"""The evaluation gate on the seed article (../shared): every required event found, no false
positive, no gold negative violated, and every field at least 0.875, with or without --published."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.shared]
SEED = "soleimani-strike-2020-01-03"


@pytest.mark.parametrize("published", [dt.date(2020, 1, 3), None])
def test_seed_article_meets_the_gate(pipeline, shared, published):
    from flashpoint.evaluate import read_gold, score_gold
    from flashpoint.records import Document

    text = (shared / "corpus" / "seed" / f"{SEED}.txt").read_text(encoding="utf-8")
    events = pipeline.extract(Document(SEED, text, published))
    score = score_gold(read_gold([shared / "gold" / f"{SEED}.gold.jsonl"]), [e.to_dict() for e in events])
    assert score.fn == 0, score.missed
    assert score.fp == 0, score.false_positives
    assert not score.negatives_violated
    for field, value in score.to_dict()["fields"].items():
        assert value >= 0.875, (field, value)
