"""Running evaluations and reporting them: ACLED notes and the project's gold documents.

Both runners take the extraction as a callable `extract_fn(doc) -> list[Event]`, so they measure
whatever pipeline they are given and know nothing of how it is built. An exception raised by
`extract_fn` for one document is recorded (and the document counted as missed) rather than ending
a run over thousands of notes; the report lists such errors so they are not silently lost.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import random
import textwrap
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..records import Document, Event
from .acled import AcledNote, read_acled
from .gold import GoldScore, read_gold, score_gold
from .metrics import (
    FIELDS,
    MISSED,
    AcledMetrics,
    ClassScore,
    NoteResult,
    check_note,
    primary_event,
    score_notes,
)

ExtractFn = Callable[[Document], list[Event]]
Progress = Callable[[int, int], None]

_FIELD_NOTES: dict[str, str] = {
    "detected": "a primary event was found",
    "actor1_kind": "ACLED inter1 among predicted actor1 kinds",
    "actor1_country": "only notes whose actor1 names a country",
    "fatalities": "predicted best, else low, else 3 if plural, else 0",
    "date": "predicted date.start == event_date",
    "date_precision": "time_precision 1/2/3 = day/week/month",
    "country": "location.country == iso3",
    "within_25km": "haversine to ACLED lat/lon",
    "within_100km": "haversine to ACLED lat/lon",
    "geo_precision": "location.precision == geo_precision",
}


# ---------------------------------------------------------------------------------------------
# Choosing notes


def _csv_files(paths: Iterable[str | pathlib.Path]) -> list[pathlib.Path]:
    """The CSV files named; a directory stands for its `*.csv` files, sorted by name."""
    out: list[pathlib.Path] = []
    for raw in paths:
        path = pathlib.Path(raw)
        out.extend(sorted(path.glob("*.csv")) if path.is_dir() else [path])
    return out


def _wanted(note: AcledNote, countries: set[str] | None) -> bool:
    if not countries:
        return True
    return (note.iso3 or "").lower() in countries or note.country.lower() in countries


def split_quota(total: int, sizes: Sequence[int]) -> list[int]:
    """How many items to draw from each group so that `total` is spread as evenly as the groups
    allow: equal shares (earlier groups take the remainder), and a group too small for its share
    gives the shortfall to the others. Never more than a group holds, nor than `total`."""
    quota = [0] * len(sizes)
    left = min(total, sum(sizes))
    while left > 0:
        open_groups = [i for i, size in enumerate(sizes) if quota[i] < size]
        share, extra = divmod(left, len(open_groups))
        for rank, i in enumerate(open_groups):
            take = min(share + (1 if rank < extra else 0), sizes[i] - quota[i])
            quota[i] += take
            left -= take
    return quota


def select_notes(paths: Iterable[str | pathlib.Path], *, sample: int | None = None, seed: int = 0,
                 countries: Iterable[str] | None = None) -> list[AcledNote]:
    """The notes to evaluate: all of them, or a seeded random sample of `sample` notes spread evenly
    over the files (see `split_quota`). `countries` keeps notes whose ISO3 or country name is
    listed (case-insensitive). Notes come back in file order, then row order."""
    wanted = {c.strip().lower() for c in countries} if countries else None
    groups = [[n for n in read_acled(path) if _wanted(n, wanted)] for path in _csv_files(paths)]
    if sample is None:
        return [note for group in groups for note in group]
    rng = random.Random(seed)
    chosen: list[AcledNote] = []
    for group, take in zip(groups, split_quota(sample, [len(g) for g in groups]), strict=True):
        chosen.extend(group[i] for i in sorted(rng.sample(range(len(group)), take)))
    return chosen


# ---------------------------------------------------------------------------------------------
# ACLED evaluation


@dataclass(slots=True)
class AcledReport:
    """The result of an ACLED run: aggregates, every note's result, and how the run was set up."""

    metrics: AcledMetrics
    results: list[NoteResult] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    sample: int | None = None
    seed: int = 0
    countries: list[str] | None = None
    seconds: float = 0.0
    focus_from_export: bool = False

    @property
    def errors(self) -> list[str]:
        return [f"{r.note.doc_id}: {r.error}" for r in self.results if r.error]

    def to_dict(self, *, notes: bool = False) -> dict[str, Any]:
        """The JSON form; with `notes=True` every note's gold, prediction and checks as well."""
        out: dict[str, Any] = {
            "files": list(self.files), "sample": self.sample, "seed": self.seed,
            "countries": self.countries, "focus_from_export": self.focus_from_export,
            "seconds": round(self.seconds, 2),
            "accuracy_over": "all notes with a gold value; a note with no primary event counts as wrong",
            **self.metrics.to_dict(),
            "errors": self.errors,
        }
        if notes:
            out["notes_detail"] = [r.to_dict() for r in self.results]
        return out


def _extract(extract_fn: ExtractFn, doc: Document) -> tuple[list[Event], str | None]:
    try:
        return list(extract_fn(doc)), None
    except Exception as err:  # one failing note must not end a run; it is reported
        return [], f"{type(err).__name__}: {err}"


class MixedCountriesError(ValueError):
    """An export given as one country's feed holds notes of several countries."""


def export_countries(files: Iterable[str | pathlib.Path]) -> dict[str, str]:
    """Each ACLED export's one country (ISO3), read from all its rows, for evaluating as a national
    feed would be read (`Document.country`). A file is the source, not a note: its country is the
    same for every note, so no note's own coding is passed on. `MixedCountriesError` when a file
    holds notes of several countries (or of none known), as its country would then be per-note gold."""
    out: dict[str, str] = {}
    for path in files:
        found = {note.iso3 or note.country for note in read_acled(path)}
        if len(found) != 1 or not all(found):
            shown = ", ".join(sorted(c or "?" for c in found)) or "none"
            raise MixedCountriesError(
                f"{path} holds notes of {len(found)} countries ({shown}); --focus-country-from-export needs "
                "one export per country: split the file by country, or evaluate without the option")
        out[str(path)] = found.pop()
    return out


def evaluate_notes(notes: Sequence[AcledNote], extract_fn: ExtractFn,
                   progress: Progress | None = None, focus: dict[str, str] | None = None) -> list[NoteResult]:
    """Run `extract_fn` on each note (as a Document with the note's id, text and published date)
    and compare its primary event with ACLED's coding. `focus`: an export's file name -> its
    country (`export_countries`), given to that file's notes as `Document.country`."""
    results: list[NoteResult] = []
    for done, note in enumerate(notes, start=1):
        country = (focus[note.source_file],) if focus and note.source_file in focus else ()
        doc = Document(id=note.doc_id, text=note.text, published=note.published, country=country)
        events, error = _extract(extract_fn, doc)
        results.append(check_note(note, primary_event(events), error))
        if progress is not None:
            progress(done, len(notes))
    return results


def run_acled_eval(paths: Iterable[str | pathlib.Path], extract_fn: ExtractFn, *, sample: int | None = None,
                   seed: int = 0, countries: Iterable[str] | None = None,
                   progress: Progress | None = None, focus_from_export: bool = False) -> AcledReport:
    """Evaluate `extract_fn` on ACLED notes from the CSV files (or folders of them) in `paths`.

    `sample`: a seeded random sample of that many notes, spread evenly over the files; `countries`:
    ISO3 codes or names to keep; `progress(done, total)` is called after each note;
    `focus_from_export`: each note is given its export's one country as the source's country
    (`export_countries`; `MixedCountriesError` for a file of several countries). Off by default:
    the headline scores read each note with no knowledge of its source.
    """
    files = [str(p) for p in _csv_files(paths)]
    focus = export_countries(files) if focus_from_export else None
    country_list = list(countries) if countries else None
    notes = select_notes(files, sample=sample, seed=seed, countries=country_list)
    began = time.perf_counter()
    results = evaluate_notes(notes, extract_fn, progress, focus)
    return AcledReport(metrics=score_notes(results), results=results, files=files, sample=sample, seed=seed,
                       countries=country_list, seconds=time.perf_counter() - began,
                       focus_from_export=focus_from_export)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], left: Sequence[int] = (0,)) -> list[str]:
    """Rows as aligned text columns: the columns in `left` left-aligned, the others right-aligned."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        padded = [f"{c:<{w}}" if i in left else f"{c:>{w}}"
                  for i, (c, w) in enumerate(zip(cells, widths, strict=True))]
        return "  ".join(padded).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def _class_rows(table: dict[str, ClassScore]) -> list[list[str]]:
    return [[name, str(c.gold), str(c.predicted), str(c.tp), f"{c.precision:.3f}", f"{c.recall:.3f}",
             f"{c.f1:.3f}"] for name, c in sorted(table.items(), key=lambda kv: (-kv[1].gold, kv[0]))]


# Short column names for the confusion table, so it fits a terminal.
_ABBREVIATIONS: dict[str, str] = {
    "Battles": "Bat", "Explosions/Remote violence": "Exp", "Violence against civilians": "VAC",
    "Protests": "Pro", "Riots": "Rio", "Strategic developments": "Str", "Other": "Oth", MISSED: "none",
}


def format_report(report: AcledReport) -> str:
    """A plain-text report: the run, per-field accuracy with counts, per-class P/R for event type
    and sub-type, and the gold x predicted event-type confusion table."""
    m = report.metrics
    rate = m.notes / report.seconds if report.seconds else 0.0
    lines = [
        f"ACLED notes: {m.notes} from {len(report.files)} file(s)"
        + (f", sample={report.sample} seed={report.seed}" if report.sample is not None else "")
        + (f", countries={','.join(report.countries)}" if report.countries else "")
        + (", focus country from each export" if report.focus_from_export else "")
        + f"; {report.seconds:.1f}s ({rate:.1f} notes/s)",
        "Accuracy is over ALL notes with a gold value: a note with no primary event counts as wrong.",
        "",
    ]
    field_rows = []
    for name in FIELDS:
        tally = m.fields.get(name)
        if tally is None:
            continue
        field_rows.append([name, f"{tally.accuracy:.3f}", f"{tally.correct}/{tally.total}",
                           _FIELD_NOTES.get(name, "")])
    lines += _table(["field", "accuracy", "correct/total", "note"], field_rows, left=(0, 3))
    for title, table in (("event_type", m.event_types), ("sub_event_type", m.sub_event_types)):
        lines += ["", f"per-class {title}:"]
        lines += _table(["class", "gold", "pred", "tp", "P", "R", "F1"], _class_rows(table))
    seen = set(m.confusion) | {p for row in m.confusion.values() for p in row}
    columns = [*sorted(seen - {MISSED}), MISSED]
    lines += ["", "confusion (rows: ACLED event_type, columns: predicted):"]
    header = ["gold \\ pred", *(_ABBREVIATIONS.get(c, c[:4]) for c in columns)]
    rows = [[gold, *(str(m.confusion[gold].get(c, 0)) for c in columns)] for gold in sorted(m.confusion)]
    lines += _table(header, rows)
    legend = [f"{_ABBREVIATIONS[c]}={c}" for c in columns if c in _ABBREVIATIONS]
    lines += textwrap.wrap(", ".join(legend), width=100, initial_indent="  ", subsequent_indent="  ")
    if report.errors:
        lines += ["", f"extraction errors ({len(report.errors)}):"]
        lines += [f"  {e}" for e in report.errors[:20]]
        if len(report.errors) > 20:
            lines.append(f"  ... and {len(report.errors) - 20} more")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Gold evaluation (the demo corpus and the seed)


def _read_documents(items: Iterable[Document | str | pathlib.Path],
                    published: dt.date | None) -> tuple[list[Document], list[str]]:
    """Documents given directly, or read from files (a folder stands for its files, sorted)."""
    docs: list[Document] = []
    skipped: list[str] = []
    paths: list[str] = []
    for item in items:
        if isinstance(item, Document):
            docs.append(item)
            continue
        path = pathlib.Path(item)
        if path.is_dir():
            paths.extend(str(p) for p in sorted(path.iterdir()) if p.is_file() and not p.name.startswith("."))
        else:
            paths.append(str(path))
    if paths:
        from ..read import read_inputs  # imported here: readers pull in HTML tooling

        for got in read_inputs(paths, published=published):
            if isinstance(got, Document):
                docs.append(got)
            else:
                skipped.append(f"{got.doc_id}: {got.reason}")
    return docs, skipped


def run_gold_eval(docs: Iterable[Document | str | pathlib.Path], gold_paths: Iterable[str | pathlib.Path],
                  extract_fn: ExtractFn, *, published: dt.date | None = None) -> GoldScore:
    """Extract events from `docs` (Documents, files or folders) and score them against the gold
    JSONL files (or folders of them) in `gold_paths`. `published` is the fallback publication date
    for files that carry none. Unreadable documents, extraction errors and gold documents missing
    from the inputs are listed in `skipped`."""
    documents, skipped = _read_documents(docs, published)
    predicted: list[dict[str, Any]] = []
    for doc in documents:
        events, error = _extract(extract_fn, doc)
        if error:
            skipped.append(f"{doc.id}: {error}")
        predicted.extend(e.to_dict() for e in events)
    gold_rows = read_gold(gold_paths)
    given = {doc.id for doc in documents}
    # A gold document that was not among the inputs would silently count as all misses: say so.
    for doc_id in sorted({row["doc_id"] for row in gold_rows} - given):
        skipped.append(f"{doc_id}: has gold events but was not among the documents")
    score = score_gold(gold_rows, predicted)
    score.skipped.extend(skipped)
    return score
