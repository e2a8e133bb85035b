"""Every event the pipeline produces for the demo corpus validates against the project's copy of
the schema, and that copy matches the shared contract when it is present."""

from __future__ import annotations

import json
import pathlib
from importlib import resources

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _schema() -> dict:
    return json.loads(resources.files("flashpoint.data").joinpath("event.schema.json").read_text("utf-8"))


def test_project_schema_matches_the_shared_contract(shared):
    assert _schema() == json.loads((shared / "schema" / "event.schema.json").read_text("utf-8"))


@pytest.mark.slow
def test_every_demo_event_validates_against_the_schema(pipeline):
    import jsonschema

    from flashpoint.read import read_inputs
    from flashpoint.records import Document

    validator = jsonschema.Draft202012Validator(_schema(), format_checker=jsonschema.FormatChecker())
    docs = [d for d in read_inputs(sorted(str(p) for p in (ROOT / "demo" / "docs").iterdir()))
            if isinstance(d, Document)]
    assert len(docs) >= 20
    n = 0
    for doc in docs:
        for event in pipeline.extract(doc):
            record = event.to_dict()
            errors = sorted(validator.iter_errors(record), key=str)
            assert not errors, f"{doc.id}: {errors[0].message} in {record}"
            for ev in record["evidence"]:
                assert doc.text[ev["start"]:ev["end"]] == ev["text"]
            n += 1
    assert n > 40
