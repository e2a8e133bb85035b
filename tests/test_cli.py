"""The command line as CONTRACT.md defines it: formats, standard output kept clean, exit codes."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow
ROOT = pathlib.Path(__file__).resolve().parents[1]
REPORT = ("KANO, Nigeria, March 9 (Wire) - Gunmen killed four villagers near Kano on Friday, police said.\n\n"
          "Residents protested in the city on Saturday against the killings.")


def fp(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    exe = pathlib.Path(sys.executable).with_name("flashpoint")
    return subprocess.run([str(exe), *args], input=stdin, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> pathlib.Path:
    p = tmp_path_factory.mktemp("in") / "kano-report.txt"
    p.write_text(REPORT, encoding="utf-8")
    return p


def test_extract_jsonl_prints_only_json_objects(report):
    r = fp("extract", str(report), "--published", "2024-03-09", "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and all(row["doc_id"] == "kano-report" for row in rows)
    killing = next(row for row in rows if row["event_type"] == "Violence against civilians")
    assert killing["fatalities"]["low"] == 4 and killing["date"]["start"] == "2024-03-08"


def test_extract_reads_standard_input_and_writes_csv_and_table(report):
    r = fp("extract", "-", "--published", "2024-03-09", "--format", "csv", stdin=REPORT)
    assert r.returncode == 0 and r.stdout.startswith("event_id,doc_id,event_date")
    t = fp("extract", str(report), "--format", "table")
    assert t.returncode == 0 and "Violence against civilians" in t.stdout


def test_extract_skips_a_bad_document_and_goes_on(report, tmp_path):
    bad = tmp_path / "broken.jsonl"
    bad.write_text('{"id": "ok", "text": "Soldiers clashed with rebels in Goma on 2 May 2023."}\n{oops\n')
    r = fp("extract", str(report), str(bad), str(tmp_path / "missing.txt"), "--format", "jsonl")
    assert r.returncode == 0
    assert "skipped broken.jsonl:2" in r.stderr and "skipped missing" in r.stderr
    assert "Traceback" not in r.stderr
    docs = {json.loads(line)["doc_id"] for line in r.stdout.splitlines()}
    assert {"kano-report", "ok"} <= docs


def test_extract_exits_1_when_nothing_could_be_read(tmp_path):
    r = fp("extract", str(tmp_path / "missing.txt"))
    assert r.returncode == 1 and "Traceback" not in r.stderr


@pytest.mark.parametrize("args", [["extract"], ["extract", "x.txt", "--format", "xml"],
                                  ["extract", "x.txt", "--published", "yesterday"], ["nonsense"]])
def test_usage_errors_exit_2(args):
    r = fp(*args)
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_places_and_dates_commands(report):
    p = fp("places", str(report), "--format", "jsonl")
    rows = [json.loads(line) for line in p.stdout.splitlines()]
    kano = next(r for r in rows if r["text"] == "Kano")
    assert kano["country"] == "NGA" and kano["lat"] is not None
    assert REPORT[kano["start"]:kano["end"]] == "Kano"
    d = fp("dates", str(report), "--published", "2024-03-09", "--format", "jsonl")
    values = {json.loads(line)["text"]: json.loads(line)["value"] for line in d.stdout.splitlines()}
    assert values.get("Saturday") == "2024-03-09" and values.get("Friday") == "2024-03-08"
