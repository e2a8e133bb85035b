"""The TimeML reader and scorer, on a snippet written for these tests; the TimeBank measurement when
../shared is present."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from flashpoint.evaluate.timeml import main, read_timeml, score_timeml

SNIPPET = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-03">20200103</TIMEX3></DCT>
<TEXT>
Protesters <EVENT eid="e1" class="OCCURRENCE">gathered</EVENT> in the square <TIMEX3 tid="t1" type="DATE" \
value="2020-01-02">yesterday</TIMEX3>, a week after the <TIMEX3 tid="t2" type="DATE" value="2019-12-27">\
December 27</TIMEX3> clashes. The sit-in lasted <TIMEX3 tid="t3" type="DURATION" value="P3D">three days\
</TIMEX3> and ended <TIMEX3 tid="t4" type="DATE" value="2019-W52">last week</TIMEX3>.
</TEXT>
</TimeML>
"""
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "dev" / "timeml"


@pytest.fixture
def snippet(tmp_path: Path) -> Path:
    path = tmp_path / "test0001.tml"
    path.write_text(SNIPPET, encoding="utf-8")
    return path


def test_read_timeml_gives_text_dct_and_gold_spans(snippet: Path) -> None:
    doc_id, text, dct, gold = read_timeml(snippet)
    assert doc_id == "TEST0001"
    assert dct == dt.date(2020, 1, 3)
    assert "<" not in text and "Protesters gathered in the square yesterday" in text
    assert [(g.text, g.type, g.value) for g in gold] == [
        ("yesterday", "DATE", "2020-01-02"), ("December 27", "DATE", "2019-12-27"),
        ("three days", "DURATION", "P3D"), ("last week", "DATE", "2019-W52"),
    ]
    for g in gold:
        assert text[g.start:g.end] == g.text


def test_score_timeml_counts_recall_precision_and_values(snippet: Path) -> None:
    scores = score_timeml([snippet])
    assert scores["gold_dates"] == 3
    assert scores["recall"] == 1.0
    assert scores["precision"] == 1.0
    assert scores["value_accuracy"] == 1.0


def test_score_timeml_lists_errors_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "bad.tml"
    path.write_text(SNIPPET.replace('value="2019-12-27"', 'value="2018-12-27"'), encoding="utf-8")
    errors: list[str] = []
    scores = score_timeml([path], errors)
    assert scores["value_accuracy"] == pytest.approx(2 / 3)
    assert len(errors) == 1 and errors[0].startswith("VALUE")


def test_main_prints_the_scores(snippet: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(snippet.parent)]) == 0
    out = capsys.readouterr().out
    assert "recall" in out and "value_accuracy" in out


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is absent")
def test_timebank_scores_reach_the_targets() -> None:
    scores = score_timeml(sorted(SHARED.rglob("*.tml")))
    assert scores["documents"] > 100
    assert scores["recall"] >= 0.92  # measured 0.944
    assert scores["value_accuracy"] >= 0.84  # measured 0.852
    assert scores["precision"] >= 0.90  # measured 0.923
