"""Evaluation behind `flashpoint eval`: readers for labelled sets, metrics and reports.

- `gold`: the project's gold JSONL (`shared/gold` format) and its scorer (`score_gold`).
- `acled`: ACLED CSV exports read as notes with their coded fields (`read_acled`).
- `gtd`: Global Terrorism Database CSV extracts as notes (`read_gtd`, `run_gtd_eval`).
- `case`: CASE-style TSV snippets with an event class (`read_case`, `run_case_eval`).
- `metrics`: one primary event per note, compared field by field with ACLED (`check_note`).
- `report`: the runners (`run_acled_eval`, `run_gold_eval`) and plain-text reports.

Nothing here imports the pipeline: the extraction is passed in as `extract_fn(doc) -> list[Event]`.
"""

from __future__ import annotations

from .acled import AcledNote, read_acled
from .case import read_case, run_case_eval
from .gold import FieldScore, GoldScore, format_gold_score, read_gold, score_gold
from .gtd import is_gtd, read_gtd, run_gtd_eval
from .metrics import AcledMetrics, ClassScore, NoteResult, check_note, primary_event
from .report import (
    AcledReport,
    MixedCountriesError,
    export_countries,
    format_report,
    run_acled_eval,
    run_gold_eval,
    select_notes,
)

__all__ = [
    "AcledMetrics", "AcledNote", "AcledReport", "ClassScore", "FieldScore", "GoldScore", "MixedCountriesError",
    "NoteResult", "check_note", "export_countries", "format_gold_score", "format_report", "is_gtd",
    "primary_event", "read_acled", "read_case", "read_gold", "read_gtd", "run_acled_eval", "run_case_eval",
    "run_gold_eval", "run_gtd_eval", "score_gold", "select_notes",
]
