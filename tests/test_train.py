"""`flashpoint train` on a small ACLED-format export written here, and the written sentences."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from flashpoint.classify import TAXONOMY
from flashpoint.cli import main
from flashpoint.train import ACLED_MARGIN, read_sentences

pytestmark = pytest.mark.slow

ROWS = [
    ("20230503", "Protests", "Peaceful protest", "On 3 May 2023, teachers marched in Dakar to demand unpaid wages."),
    ("20230504", "Riots", "Mob violence", "On 4 May 2023, villagers beat a suspected thief to death in Thies."),
    ("20230505", "Battles", "Armed clash", "On 5 May 2023, soldiers clashed with gunmen near Kolda."),
    ("20230506", "Protests", "Peaceful protest", "On 6 May 2023, students protested in Ziguinchor over fees."),
]


def test_written_sentences_cover_every_acled_sub_type() -> None:
    assert {label.split("|")[1] for label, _ in read_sentences()} == set(TAXONOMY)


def test_train_writes_a_model_that_eval_and_extract_use(tmp_path) -> None:
    export = tmp_path / "acled.csv"
    with open(export, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["event_id_cnty", "event_date", "event_type", "sub_event_type", "country", "notes", "inter1"])
        for k, (day, etype, sub, note) in enumerate(ROWS):
            out.writerow([f"SEN{k}", day, etype, sub, "Senegal", note, "6"])
    model = tmp_path / "model.json"
    runner = CliRunner()
    result = runner.invoke(main, ["train", "--acled", str(export), "--output", str(model)])
    assert result.exit_code == 0, result.output
    data = json.loads(model.read_text())
    assert data["format"] == "flashpoint-linear-1" and "Riots|Mob violence" in data["labels"]
    # A trained model, like the packaged one, must beat the rules by a margin to overrule them.
    assert data["margin"] == ACLED_MARGIN > 0
    scored = runner.invoke(main, ["eval", str(export), "--model", str(model), "--json"])
    assert scored.exit_code == 0, scored.output
    assert json.loads(scored.stdout)["notes"] == 4
    doc = tmp_path / "doc.txt"
    doc.write_text("On 7 May 2023, nurses marched in Dakar to demand better pay.", encoding="utf-8")
    extracted = runner.invoke(main, ["extract", str(doc), "--model", str(model), "--published", "2023-05-08"])
    assert extracted.exit_code == 0


def test_train_needs_data_to_train_on(tmp_path) -> None:
    result = CliRunner().invoke(main, ["train", "--output", str(tmp_path / "m.json")])
    assert result.exit_code == 2


def test_a_model_file_that_cannot_be_read_stops_before_any_document(tmp_path) -> None:
    from flashpoint.errors import UsageError

    doc = tmp_path / "doc.txt"
    doc.write_text("Nurses marched in Dakar.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(doc), "--model", str(tmp_path / "missing.json")])
    assert isinstance(result.exception, UsageError)
