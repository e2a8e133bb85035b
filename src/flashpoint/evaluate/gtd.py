"""Reading Global Terrorism Database (GTD) CSV extracts as labelled notes.

A row's `summary` is the text; `killed` and `wounded`, `date`, `country`, `latitude`/`longitude`
and `group_name` are the gold. GTD has no ACLED sub-event type, but some of its attack and weapon
types name one without doubt (a suicide bombing, a kidnapping, a bombing by explosives); the others
(armed assault: an attack on civilians or a clash with armed men?) are left without a gold type and
are not counted for it. Rows become `AcledNote`s so that `flashpoint eval` scores them the same way.

Columns read: date (YYYY-MM-DD) or year/month/day, summary, killed, wounded, country, city, latitude,
longitude, group_name, attack_type, weapon_type, suicide. Rows without a summary are skipped.
"""

from __future__ import annotations

import csv
import datetime as dt
import pathlib
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from ..records import Document
from .acled import PUBLISHED_AFTER, AcledNote, country_iso3
from .metrics import NoteResult, score_notes

if TYPE_CHECKING:
    from ..records import Event
    from .report import AcledReport

E = "Explosions/Remote violence"
V = "Violence against civilians"
# GTD attack type -> (ACLED event type, sub-event type), where the mapping is unambiguous.
ATTACK_TYPES: dict[str, tuple[str, str]] = {
    "Hostage Taking (Kidnapping)": (V, "Abduction/forced disappearance"),
    "Assassination": (V, "Attack"),
}


def gtd_classes(attack_type: str, weapon_type: str, suicide: str) -> tuple[str, str]:
    """ACLED type and sub-type a GTD row stands for, or ("", "") when GTD's coding leaves it open."""
    if suicide.strip() == "1" and attack_type == "Bombing/Explosion":
        return E, "Suicide bomb"
    if attack_type == "Bombing/Explosion" and weapon_type == "Explosives":
        return E, "Remote explosive/landmine/IED"
    return ATTACK_TYPES.get(attack_type, ("", ""))


def _number(value: str | None) -> int | None:
    text = (value or "").strip()
    try:
        return int(float(text)) if text else None
    except ValueError:
        return None


def _float(value: str | None) -> float | None:
    text = (value or "").strip()
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _date(row: dict[str, str]) -> dt.date:
    if (row.get("date") or "").strip():
        return dt.date.fromisoformat(row["date"].strip()[:10])
    return dt.date(int(row["year"]), int(row["month"]), int(row["day"]))


def is_gtd(path: str | pathlib.Path) -> bool:
    """The CSV file has GTD's `summary` column (and not ACLED's `notes`)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle), [])
    except OSError:
        return False
    return "summary" in header and "notes" not in header


def read_gtd(path: str | pathlib.Path) -> Iterator[AcledNote]:
    """Every row of a GTD CSV extract that has a summary, as a note with GTD's coding as gold.

    The summary's leading "MM/DD/YYYY:" is kept: it is part of the text a user would have. A row
    whose date cannot be read raises `ValueError` naming the file and row."""
    name = str(path)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=1):
            text = row.get("summary") or ""
            if not text.strip():
                continue
            try:
                day = _date(row)
            except (ValueError, KeyError, TypeError) as err:
                raise ValueError(f"{name}, row {number}: unreadable date ({err})") from err
            event_type, sub = gtd_classes(row.get("attack_type", ""), row.get("weapon_type", ""),
                                          row.get("suicide", ""))
            country = (row.get("country") or "").strip()
            yield AcledNote(
                doc_id=f"{pathlib.Path(name).stem}:{number}", text=text, published=day + PUBLISHED_AFTER,
                event_date=day, time_precision=1, event_type=event_type, sub_event_type=sub,
                actor1=(row.get("group_name") or "").strip(), assoc_actor1="", inter1=None, actor2="",
                inter2=None, country=country, iso3=country_iso3(country), admin1=(row.get("state") or "").strip(),
                location=(row.get("city") or "").strip(), latitude=_float(row.get("latitude")),
                longitude=_float(row.get("longitude")), geo_precision=None, fatalities=_number(row.get("killed")),
                source_file=name,
            )


def gtd_wounded(path: str | pathlib.Path) -> dict[str, int | None]:
    """Note id -> GTD's `wounded`, for scoring injuries beside fatalities."""
    out: dict[str, int | None] = {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=1):
            if (row.get("summary") or "").strip():
                out[f"{pathlib.Path(str(path)).stem}:{number}"] = _number(row.get("wounded"))
    return out



def injuries_accuracy(results: Iterable[NoteResult], wounded: dict[str, int | None]) -> tuple[int, int]:
    """(correct, total) of predicted injuries against GTD's `wounded` (a missed note is wrong; no
    figure predicted reads as 0, as for fatalities)."""
    correct = total = 0
    for r in results:
        gold = wounded.get(r.note.doc_id)
        if gold is None:
            continue
        total += 1
        if r.event is not None:
            c = r.event.injuries
            got = c.best if c.best is not None else (c.low if c.low is not None else 0)
            correct += got == gold
    return correct, total


def run_gtd_eval(paths: Iterable[str | pathlib.Path], extract_fn: Callable[[Document], list[Event]], *,
                 sample: int | None = None, seed: int = 0,
                 progress: Callable[[int, int], None] | None = None) -> tuple[AcledReport, tuple[int, int]]:
    """Score `extract_fn` on GTD CSV extracts as on ACLED notes, and injuries against `wounded`
    ((correct, total) beside the report)."""
    from .case import sample_notes
    from .report import AcledReport, evaluate_notes

    files = [str(p) for p in paths]
    notes = sample_notes([n for f in files for n in read_gtd(f)], sample, seed)
    wounded: dict[str, int | None] = {}
    for f in files:
        wounded.update(gtd_wounded(f))
    began = time.perf_counter()
    results = evaluate_notes(notes, extract_fn, progress)
    report = AcledReport(metrics=score_notes(results), results=results, files=files, sample=sample, seed=seed,
                         seconds=time.perf_counter() - began)
    return report, injuries_accuracy(results, wounded)
