"""The demo corpus (demo/docs) and its gold events (demo/gold) are well formed and consistent.

Documents are read with flashpoint's own readers, so gold anchors are checked against exactly
the text the pipeline sees (for HTML, the main text trafilatura extracts).
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import subprocess
import sys
from typing import Any

import pytest

from flashpoint.read import read_inputs
from flashpoint.records import Document

ROOT = pathlib.Path(__file__).resolve().parents[1]
DOCS = ROOT / "demo" / "docs"
GOLD = ROOT / "demo" / "gold"
SHARED_SCHEMA = ROOT.parent / "shared" / "schema" / "event.schema.json"

# ACLED event types and sub-types as in shared/schema/event.schema.json (a fixed taxonomy).
EVENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments", "Other"}
ACLED_TYPES = EVENT_TYPES - {"Other"}
SUB_EVENT_TYPES = {
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Chemical weapon",
    "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
    "Grenade", "Sexual violence", "Attack", "Abduction/forced disappearance", "Peaceful protest",
    "Protest with intervention", "Excessive force against protesters", "Violent demonstration",
    "Mob violence", "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory",
    "Other",
}
PRECISIONS = {"day", "week", "month", "year", "unknown"}
FORBID_KEYS = {"event_type", "actor1_country", "country", "date_within", "evidence_within",
               "evidence_overlaps"}


def _documents() -> dict[str, Document]:
    paths = sorted(str(p) for p in DOCS.iterdir() if p.suffix in (".txt", ".html", ".htm", ".jsonl"))
    docs: dict[str, Document] = {}
    for item in read_inputs(paths):
        assert isinstance(item, Document), f"demo document could not be read: {item}"
        docs[item.id] = item
    return docs


def _gold_files() -> list[pathlib.Path]:
    return sorted(GOLD.glob("*.gold.jsonl"))


def _rows() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in _gold_files():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                out.append((f"{path.name}:{n}", json.loads(line)))
    return out


DOCUMENTS = _documents()
ROWS = _rows()
EVENTS = [(w, r) for w, r in ROWS if r.get("kind") == "event"]
NEGATIVES = [(w, r) for w, r in ROWS if r.get("kind") == "negative"]


def _ids(rows: list[tuple[str, dict[str, Any]]]) -> list[str]:
    return [w for w, _ in rows]


def test_corpus_has_at_least_twenty_documents_in_three_formats() -> None:
    assert len(DOCUMENTS) >= 20
    suffixes = {p.suffix for p in DOCS.iterdir()}
    assert {".txt", ".html", ".jsonl"} <= suffixes


def test_every_document_has_a_gold_file_and_every_gold_file_a_document() -> None:
    gold_ids = {p.name.removesuffix(".gold.jsonl") for p in _gold_files()}
    assert gold_ids == set(DOCUMENTS)


@pytest.mark.parametrize("where,row", ROWS, ids=_ids(ROWS))
def test_gold_line_names_its_document_and_a_valid_anchor(where: str, row: dict[str, Any]) -> None:
    assert row["kind"] in ("event", "negative")
    assert row["id"] and isinstance(row["id"], str)
    assert where.startswith(row["doc_id"] + ".gold.jsonl"), "gold line in the wrong file"
    text = DOCUMENTS[row["doc_id"]].text
    start, end = row["anchor"]
    assert 0 <= start < end <= len(text)
    assert text[start:end].strip() == text[start:end], "anchor should not start or end in white space"


def test_gold_ids_are_unique_within_a_document() -> None:
    seen: set[tuple[str, str]] = set()
    for where, row in ROWS:
        key = (row["doc_id"], row["id"])
        assert key not in seen, f"duplicate gold id at {where}"
        seen.add(key)


def _check_count(c: dict[str, Any] | None) -> None:
    if c is None:
        return
    assert set(c) <= {"low", "high", "also_low"}
    low, high = c["low"], c.get("high")
    assert isinstance(low, int) and low >= 0
    assert high is None or (isinstance(high, int) and low <= high)
    for other in c.get("also_low", []):
        assert isinstance(other, int) and other >= 0 and (high is None or other <= high)


@pytest.mark.parametrize("where,row", EVENTS, ids=_ids(EVENTS))
def test_gold_event_fields_are_valid(where: str, row: dict[str, Any]) -> None:
    assert isinstance(row["required"], bool)
    assert row["event_type"] and set(row["event_type"]) <= EVENT_TYPES
    assert set(row.get("sub_event_type") or []) <= SUB_EVENT_TYPES
    if not row["required"]:
        assert isinstance(row.get("near"), int) and row["near"] > 0
        return
    assert row["sub_event_type"], "a required event names its accepted sub-types"
    date = row["date"]
    assert date is not None and date["precision"] in PRECISIONS
    assert set(date.get("precision_any", [date["precision"]])) <= PRECISIONS
    if date["precision"] == "unknown":
        # no expression dates the event: it must not be given the publication date
        assert date["start"] is None and date["end"] is None
    else:
        start, end = dt.date.fromisoformat(date["start"]), dt.date.fromisoformat(date["end"])
        assert start <= end
    countries = row["country"] if isinstance(row["country"], list) else [row["country"]]
    assert all(isinstance(c, str) and len(c) == 3 and c.isupper() for c in countries)
    if row.get("place"):
        p = row["place"]
        assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 and p["radius_km"] > 0
    for key in ("fatalities", "injuries", "arrests"):
        _check_count(row.get(key))
    a1 = row.get("actor1_country")
    assert a1 is None or (len(a1) == 3 and a1.isupper())


@pytest.mark.parametrize("where,row", NEGATIVES, ids=_ids(NEGATIVES))
def test_gold_negative_names_an_anchor_and_valid_conditions(where: str, row: dict[str, Any]) -> None:
    start, end = row["anchor"]
    assert end > start
    forbid = row["forbid"]
    assert set(forbid) <= FORBID_KEYS
    assert set(forbid.get("event_type", [])) <= EVENT_TYPES
    text_len = len(DOCUMENTS[row["doc_id"]].text)
    for key in ("evidence_within", "evidence_overlaps"):
        if key in forbid:
            a, b = forbid[key]
            assert 0 <= a < b <= text_len
    if "date_within" in forbid:
        lo, hi = (dt.date.fromisoformat(d) for d in forbid["date_within"])
        assert lo <= hi


def test_required_gold_covers_all_six_acled_event_types() -> None:
    covered = {t for _, r in EVENTS if r["required"] and len(r["event_type"]) == 1 for t in r["event_type"]}
    assert covered >= ACLED_TYPES


def test_gold_covers_every_date_precision_and_all_kinds_of_negative() -> None:
    precisions = {r["date"]["precision"] for _, r in EVENTS if r["required"]}
    assert {"day", "week", "month"} <= precisions
    assert len(NEGATIVES) >= 20


def test_jsonl_documents_carry_their_publication_date() -> None:
    for path in DOCS.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert set(row) <= {"id", "text", "published", "url", "title"}
            dt.date.fromisoformat(row["published"])


@pytest.mark.parametrize("path", sorted(DOCS.glob("*.htm*")), ids=lambda p: p.name)
def test_html_main_text_is_the_same_with_trafilatura_defaults(path: pathlib.Path) -> None:
    """Anchors hold whichever trafilatura settings a reader picks: default and precise extraction agree."""
    import trafilatura

    html = path.read_text(encoding="utf-8")
    assert trafilatura.extract(html, include_comments=False) == DOCUMENTS[path.stem].text


def test_gold_files_are_what_make_gold_writes() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "demo" / "make_gold.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(not SHARED_SCHEMA.exists(), reason="../shared is not present")
def test_taxonomy_here_matches_the_shared_schema() -> None:
    schema = json.loads(SHARED_SCHEMA.read_text(encoding="utf-8"))
    assert set(schema["properties"]["event_type"]["enum"]) == EVENT_TYPES
    assert set(schema["properties"]["sub_event_type"]["enum"]) - {None} == SUB_EVENT_TYPES
