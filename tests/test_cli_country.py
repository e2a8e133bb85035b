"""`--country` (the source's country) on `extract` and `places`, and `eval --focus-country-from-export`."""

from __future__ import annotations

import csv
import json
import pathlib
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow
NOTE = "Unknown gunmen attacked a bus on Monday, killing three passengers."


def fp(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    exe = pathlib.Path(sys.executable).with_name("flashpoint")
    return subprocess.run([str(exe), *args], input=stdin, capture_output=True, text=True, timeout=300)


def test_extract_locates_a_placeless_event_in_the_given_country() -> None:
    r = fp("extract", "-", "--published", "2024-03-08", "--country", "ken", stdin=NOTE)
    assert r.returncode == 0, r.stderr
    [row] = [json.loads(line) for line in r.stdout.splitlines()]
    assert (row["location"]["country"], row["location"]["precision"]) == ("KEN", 4)
    r = fp("extract", "-", "--published", "2024-03-08", stdin=NOTE)
    [row] = [json.loads(line) for line in r.stdout.splitlines()]
    assert row["location"]["country"] is None


@pytest.mark.parametrize("command", ["extract", "places"])
def test_a_bad_country_is_a_usage_error_that_says_what_to_give(command: str) -> None:
    r = fp(command, "-", "--country", "KXN", stdin=NOTE)
    assert r.returncode == 2 and r.stdout == ""
    assert "KXN" in r.stderr and "alpha-3" in r.stderr and "Traceback" not in r.stderr


def test_places_accepts_a_country() -> None:
    r = fp("places", "-", "--country", "KEN,SOM", "--format", "jsonl", stdin="Traders marched in Garissa.")
    assert r.returncode == 0, r.stderr
    assert [json.loads(line)["country"] for line in r.stdout.splitlines()] == ["KEN"]


def test_eval_refuses_focus_from_an_export_of_several_countries(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "mixed.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["event_id_cnty", "event_date", "country", "iso3", "notes"])
        writer.writeheader()
        writer.writerow({"event_id_cnty": "A1", "event_date": "2021-01-02", "country": "Kenya", "iso3": "KEN",
                         "notes": "Traders marched through the market."})
        writer.writerow({"event_id_cnty": "B1", "event_date": "2021-01-03", "country": "Niger", "iso3": "NER",
                         "notes": "Gunmen attacked a village."})
    r = fp("eval", str(path), "--focus-country-from-export")
    assert r.returncode == 2 and "2 countries" in r.stderr and "Traceback" not in r.stderr
    r = fp("eval", str(tmp_path), "--gold", str(tmp_path), "--focus-country-from-export")
    assert r.returncode == 2 and "ACLED CSV" in r.stderr
