"""Reading CASE-style labelled snippets (CASE 2021 shared task 2: fine-grained ACLED event
classes) as notes, and scoring them on event type and sub-type only.

Format: tab-separated, one snippet a line, `text<TAB>label` (a header line `text<TAB>label` is
allowed). The label is a CASE code (`ARMED_CLASH`, `PEACE_PROTEST`, ...) or an ACLED sub-event type
name ("Armed clash"). Snippets carry no date, place or toll, so only detection, event type and
sub-event type are scored; `published` stands in for the missing publication date.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import random
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from ..records import Document
from .acled import AcledNote
from .metrics import AcledMetrics, NoteResult, primary_event

if TYPE_CHECKING:
    from ..records import Event
    from .report import AcledReport

B, E, V = "Battles", "Explosions/Remote violence", "Violence against civilians"
P, R, S = "Protests", "Riots", "Strategic developments"
CASE_CODES: dict[str, tuple[str, str]] = {
    "ABDUCT_DISSAP": (V, "Abduction/forced disappearance"), "AGREEMENT": (S, "Agreement"),
    "AIR_STRIKE": (E, "Air/drone strike"), "ARMED_CLASH": (B, "Armed clash"), "ARREST": (S, "Arrests"),
    "ART_MISS_ATTACK": (E, "Shelling/artillery/missile attack"), "ATTACK": (V, "Attack"),
    "CHANGE_TO_GROUP_ACT": (S, "Change to group/activity"), "CHEM_WEAP": (E, "Chemical weapon"),
    "DISR_WEAP": (S, "Disrupted weapons use"), "FORCE_AGAINST_PROTEST": (P, "Excessive force against protesters"),
    "GOV_REGAINS_TERIT": (B, "Government regains territory"), "GRENADE": (E, "Grenade"),
    "HQ_ESTABLISHED": (S, "Headquarters or base established"), "MOB_VIOL": (R, "Mob violence"),
    "NON_STATE_ACTOR_OVERTAKES_TER": (B, "Non-state actor overtakes territory"),
    "NON_VIOL_TERRIT_TRANSFER": (S, "Non-violent transfer of territory"), "OTHER": (S, "Other"),
    "PEACE_PROTEST": (P, "Peaceful protest"), "PROPERTY_DISTRUCT": (S, "Looting/property destruction"),
    "PROTEST_WITH_INTER": (P, "Protest with intervention"), "REM_EXPLOS": (E, "Remote explosive/landmine/IED"),
    "SEX_VIOL": (V, "Sexual violence"), "SUIC_BOMB": (E, "Suicide bomb"), "VIOL_DEMONSTR": (R, "Violent demonstration"),
}
SCORED = ("detected", "event_type", "sub_event_type")


def case_label(label: str) -> tuple[str, str]:
    """ACLED type and sub-type of a CASE code or an ACLED sub-event type name; `ValueError` otherwise."""
    code = label.strip()
    if code.upper() in CASE_CODES:
        return CASE_CODES[code.upper()]
    for event_type, sub in CASE_CODES.values():
        if sub.lower() == code.lower():
            return event_type, sub
    raise ValueError(f"unknown event class {label!r}; use a CASE code (ARMED_CLASH, ...) or an ACLED sub-event type")


def read_case(path: str | pathlib.Path, published: dt.date | None = None) -> Iterator[AcledNote]:
    """Every labelled snippet of a CASE-style TSV file, as a note (placeholders for the fields a
    snippet lacks). A line with an unknown label raises `ValueError` naming the file and line."""
    name = str(path)
    day = published or dt.date.today()
    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            text, sep, label = line.rstrip("\n").rpartition("\t")
            if not sep or not text.strip() or (number == 1 and label.strip().lower() == "label"):
                continue
            try:
                event_type, sub = case_label(label)
            except ValueError as err:
                raise ValueError(f"{name}, line {number}: {err}") from err
            yield AcledNote(doc_id=f"{pathlib.Path(name).stem}:{number}", text=text, published=day, event_date=day,
                            time_precision=None, event_type=event_type, sub_event_type=sub, actor1="",
                            assoc_actor1="", inter1=None, actor2="", inter2=None, country="", iso3=None, admin1="",
                            location="", latitude=None, longitude=None, geo_precision=None, fatalities=None,
                            source_file=name)


def check_case(note: AcledNote, event: Event | None, error: str | None = None) -> NoteResult:
    """One snippet's primary event compared on detection, event type and sub-type only."""
    if event is None:
        return NoteResult(note, None, {name: False for name in SCORED}, None, error)
    return NoteResult(note, event, {"detected": True, "event_type": event.event_type == note.event_type,
                                    "sub_event_type": event.sub_event_type == note.sub_event_type}, None, error)


def sample_notes(notes: list[AcledNote], sample: int | None, seed: int) -> list[AcledNote]:
    """All notes, or a seeded random sample of `sample` of them in their original order."""
    if sample is None or sample >= len(notes):
        return notes
    rng = random.Random(seed)
    return [notes[i] for i in sorted(rng.sample(range(len(notes)), sample))]


def run_case_eval(paths: Iterable[str | pathlib.Path], extract_fn: Callable[[Document], list[Event]], *,
                  sample: int | None = None, seed: int = 0, published: dt.date | None = None,
                  progress: Callable[[int, int], None] | None = None) -> AcledReport:
    """Score `extract_fn` on CASE-style TSV files: detection, event type and sub-type per snippet."""
    files = [str(p) for p in paths]
    notes = sample_notes([n for f in files for n in read_case(f, published)], sample, seed)
    began = time.perf_counter()
    metrics = AcledMetrics(fields={})
    results: list[NoteResult] = []
    for done, note in enumerate(notes, start=1):
        try:
            events, error = extract_fn(Document(id=note.doc_id, text=note.text, published=note.published)), None
        except Exception as err:  # one failing snippet must not end the run; it is reported
            events, error = [], f"{type(err).__name__}: {err}"
        result = check_case(note, primary_event(events), error)
        results.append(result)
        metrics.add(result)
        if progress is not None:
            progress(done, len(notes))
    from .report import AcledReport  # report imports the readers' neighbours; import late

    return AcledReport(metrics=metrics, results=results, files=files, sample=sample, seed=seed,
                       seconds=time.perf_counter() - began)
