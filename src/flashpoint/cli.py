"""The command line: a thin layer over the Python API (see CONTRACT.md for the outside contract).

Standard output carries results only; skips, progress and warnings go to standard error.
Exit status: 0 when the run finished (even with skipped documents), 1 when no input could be
read at all, 2 for a usage error.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

import click

from .errors import FlashpointError, UsageError
from .read import FORMATS, read_inputs
from .records import Document, Event, Skip

FORMAT_OPTION = click.Choice(["jsonl", "csv", "table"])


def _published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param_hint="--published") from None


def _country(_ctx: click.Context, _param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """`--country` values as ISO3 codes (`read.focus_countries`); a bad one is a usage error."""
    from .read import focus_countries

    try:
        return focus_countries(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


COUNTRY_HELP = ("ISO3 code (or name) of a country the sources cover, e.g. KEN; repeat or comma-separate "
                "for several. Texts naming no country are read as set there; events with no place are "
                "located in it at country level. A JSONL line's own `country` field wins.")


class _Run:
    """Counts what a command read and reports skips on standard error."""

    def __init__(self) -> None:
        self.read = 0
        self.skipped = 0

    def documents(self, inputs: tuple[str, ...], input_format: str, published: dt.date | None,
                  country: tuple[str, ...] = ()) -> Iterator[Document]:
        for item in read_inputs(list(inputs), input_format, published, country=country):
            if isinstance(item, Skip):
                self.skip(item)
            else:
                self.read += 1
                yield item

    def skip(self, item: Skip) -> None:
        self.skipped += 1
        click.echo(f"skipped {item.doc_id}: {item.reason}", err=True)

    def exit_code(self) -> int:
        return 1 if self.read == 0 else 0


def _open_output(path: str | None) -> IO[str]:
    if path is None or path == "-":
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as err:
        raise UsageError(f"cannot write {path}: {err.strerror}; check the folder exists and is writable") from err


def _pipeline(settings_path: str | None, model: str | None = None) -> Any:
    from .pipeline import Pipeline
    from .settings import load_settings

    pipe = Pipeline(load_settings(settings_path, model=model))
    if model is not None:
        pipe.model  # noqa: B018 - a model file that cannot be read is a usage error, before any document
    return pipe


# ---------------------------------------------------------------- formatting

CSV_COLUMNS = ["event_id", "doc_id", "event_date", "end_date", "time_precision", "event_type", "sub_event_type",
               "actor1", "inter1", "assoc_actor_1", "actor2", "inter2", "country", "admin1", "location",
               "latitude", "longitude", "geo_precision", "fatalities", "injuries", "arrests", "factuality",
               "source", "trigger", "evidence"]


def _names(e: Event, role: str) -> str:
    return "; ".join(a.name for a in e.actors_in(role))


def _kinds(e: Event, role: str) -> str:
    return "; ".join(a.kind or "" for a in e.actors_in(role))


def _best(c: Any) -> str:
    v = c.best if c.best is not None else c.low
    return "" if v is None else str(v)


def csv_row(e: Event) -> dict[str, Any]:
    return {
        "event_id": e.event_id, "doc_id": e.doc_id,
        "event_date": e.date.start.isoformat() if e.date.start else "",
        "end_date": e.date.end.isoformat() if e.date.end else "", "time_precision": e.date.precision,
        "event_type": e.event_type, "sub_event_type": e.sub_event_type or "",
        "actor1": _names(e, "actor1"), "inter1": _kinds(e, "actor1"), "assoc_actor_1": _names(e, "assoc_actor1"),
        "actor2": _names(e, "actor2"), "inter2": _kinds(e, "actor2"), "country": e.location.country or "",
        "admin1": e.location.admin1 or "", "location": e.location.name or "",
        "latitude": "" if e.location.lat is None else e.location.lat,
        "longitude": "" if e.location.lon is None else e.location.lon,
        "geo_precision": e.location.precision, "fatalities": _best(e.fatalities), "injuries": _best(e.injuries),
        "arrests": _best(e.arrests), "factuality": e.factuality,
        "source": e.attribution.source if e.attribution else "", "trigger": e.trigger or "",
        "evidence": " | ".join(x.text.replace("\n", " ") for x in e.evidence),
    }


def _count_text(c: Any) -> str:
    if c.low is None and c.best is None:
        return "-"
    if c.high is not None and c.high != c.low:
        return f"{c.low}-{c.high}"
    if c.high is None:
        return f"{c.best if c.best is not None else c.low}+"
    return str(c.low)


def table(rows: list[list[str]], header: list[str]) -> str:
    """A plain-text table, columns padded to their widest cell."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)))
    return "\n".join(lines)


def event_table_row(e: Event) -> list[str]:
    place = e.location.name or e.location.country or "?"
    if e.location.country and e.location.name:
        place = f"{e.location.name}, {e.location.country}"
    date = e.date.start.isoformat() if e.date.start else "?"
    if e.date.end and e.date.end != e.date.start:
        date += f"..{e.date.end.isoformat()}"
    evidence = e.evidence[0].text.replace("\n", " ")
    return [e.doc_id[:24], date, f"{e.event_type} / {e.sub_event_type or '-'}"[:58], place[:28],
            _names(e, "actor1")[:36] or "-", _names(e, "actor2")[:30] or "-", _count_text(e.fatalities),
            _count_text(e.injuries), _count_text(e.arrests), e.factuality,
            (evidence[:50] + "...") if len(evidence) > 50 else evidence]


EVENT_HEADER = ["doc", "date", "type / sub-type", "place", "actor1", "actor2", "killed", "injured", "arrested",
                "factuality", "evidence"]


def write_records(out: IO[str], fmt: str, records: Iterable[dict[str, Any]], header: list[str] | None = None,
                  table_row: Callable[[dict[str, Any]], list[str]] | None = None) -> None:
    if fmt == "jsonl":
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
            out.flush() if out is sys.stdout else None
        return
    rows = list(records)
    if fmt == "csv":
        cols = header or (list(rows[0]) if rows else [])
        w = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
        return
    assert table_row is not None and header is not None
    out.write(table([table_row(r) for r in rows], header) + "\n")


# ---------------------------------------------------------------- commands

def _common(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option("--input-format", type=click.Choice(FORMATS), default="auto", show_default=True,
                     help="auto: by extension (.jsonl, .html/.htm, anything else text).")(f)
    f = click.option("--output", "-o", type=str, default=None, help="Write here instead of standard output.")(f)
    f = click.argument("inputs", nargs=-1, required=True)(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="flashpoint")
def main() -> None:
    """flashpoint: political violence and protest events from news text."""


@main.command()
@_common
@click.option("--published", type=str, default=None, help="Publication date YYYY-MM-DD for inputs without one.")
@click.option("--format", "fmt", type=FORMAT_OPTION, default="jsonl", show_default=True)
@click.option("--settings", "settings_path", type=str, default=None, help="A TOML settings file.")
@click.option("--asserted-only", is_flag=True, help="Leave out negated, hypothetical, threatened, ... events.")
@click.option("--model", "model", type=str, default=None, help="A classification model made by `flashpoint train`.")
@click.option("--country", "country", multiple=True, callback=_country, help=COUNTRY_HELP)
def extract(inputs: tuple[str, ...], input_format: str, output: str | None, published: str | None, fmt: str,
            settings_path: str | None, asserted_only: bool, model: str | None, country: tuple[str, ...]) -> None:
    """Event records for every document in INPUTS (files or - for standard input)."""
    run = _Run()
    pipe = _pipeline(settings_path, model)
    out = _open_output(output)
    docs = run.documents(inputs, input_format, _published(published), country)

    def events() -> Iterator[Event]:
        for item, evs in pipe.run(docs):
            if isinstance(item, Skip):
                run.skip(item)
                continue
            for e in evs:
                if not asserted_only or e.factuality == "asserted":
                    yield e

    if fmt == "jsonl":
        write_records(out, fmt, (e.to_dict() for e in events()))
    elif fmt == "csv":
        write_records(out, fmt, (csv_row(e) for e in events()), header=CSV_COLUMNS)
    else:
        rows = [event_table_row(e) for e in events()]
        out.write(table(rows, EVENT_HEADER) + "\n")
    sys.exit(run.exit_code())


@main.command()
@_common
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--country", "country", multiple=True, callback=_country, help=COUNTRY_HELP)
def places(inputs: tuple[str, ...], input_format: str, output: str | None, fmt: str,
           country: tuple[str, ...]) -> None:
    """Every place mention in INPUTS, resolved against the offline gazetteer."""
    run = _Run()
    pipe = _pipeline(None)
    out = _open_output(output)
    rows: Iterator[dict[str, Any]] = (p.to_dict(d.id) for d in run.documents(inputs, input_format, None, country)
                                      for p in _guard(run, d, pipe.places))
    header = ["doc_id", "start", "end", "text", "name", "country", "admin1", "lat", "lon", "geonames_id", "feature"]
    write_records(out, fmt, rows, header, lambda r: [str(r[h]) if r[h] is not None else "-" for h in header])
    sys.exit(run.exit_code())


@main.command()
@_common
@click.option("--published", type=str, default=None, help="Publication date YYYY-MM-DD for inputs without one.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
def dates(inputs: tuple[str, ...], input_format: str, output: str | None, published: str | None, fmt: str) -> None:
    """Every time expression in INPUTS, normalised TimeML-style against the publication date."""
    run = _Run()
    pipe = _pipeline(None)
    out = _open_output(output)
    rows = (t.to_dict(d.id) for d in run.documents(inputs, input_format, _published(published))
            for t in _guard(run, d, pipe.dates))
    header = ["doc_id", "start", "end", "text", "value", "start_date", "end_date", "precision"]
    write_records(out, fmt, rows, header, lambda r: [str(r[h]) if r[h] is not None else "-" for h in header])
    sys.exit(run.exit_code())


def _guard(run: _Run, doc: Document, fn: Callable[[Document], list[Any]]) -> list[Any]:
    try:
        return fn(doc)
    except FlashpointError as err:
        run.skip(Skip(doc.id, str(err)))
    except (ValueError, IndexError, KeyError, TypeError) as err:
        run.skip(Skip(doc.id, f"internal error ({type(err).__name__}: {err}); please report it"))
    return []


@main.command(name="eval")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--gold", "gold_paths", multiple=True, help="Gold JSONL files or folders (for document inputs).")
@click.option("--sample", type=int, default=None, help="Score a seeded random sample of N ACLED notes.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--published", type=str, default=None, help="Publication date for documents without one.")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--settings", "settings_path", type=str, default=None, help="A TOML settings file.")
@click.option("--model", "model", type=str, default=None, help="A classification model made by `flashpoint train`.")
@click.option("--focus-country-from-export", "focus_from_export", is_flag=True,
              help="ACLED CSV: give each note its export's country as the source's country (Document.country), "
                   "as a national feed would; every file must hold one country. Off by default.")
def eval_cmd(inputs: tuple[str, ...], gold_paths: tuple[str, ...], sample: int | None, seed: int,
             published: str | None, as_json: bool, settings_path: str | None, model: str | None,
             focus_from_export: bool) -> None:
    """Score extraction on a labelled set: ACLED CSV exports (.csv), or documents with --gold."""
    from . import evaluate

    pipe = _pipeline(settings_path, model)
    csvs = [p for p in inputs if p.lower().endswith((".csv", ".tsv"))]
    others = [p for p in inputs if p not in csvs]
    if csvs and others:
        raise click.UsageError("give either ACLED/GTD CSV or CASE TSV files, or documents with --gold, not both")
    if csvs:
        def progress(done: int, total: int) -> None:
            if done % 50 == 0 or done == total:
                click.echo(f"  {done}/{total} notes", err=True)
        tsvs = [p for p in csvs if p.lower().endswith(".tsv")]
        gtds = [p for p in csvs if p not in tsvs and evaluate.is_gtd(p)]
        if focus_from_export and (tsvs or gtds):
            raise click.UsageError("--focus-country-from-export applies to ACLED CSV exports only")
        if tsvs or gtds:
            if len(tsvs or gtds) != len(csvs):
                raise click.UsageError("give files of one kind at a time: ACLED CSV, GTD CSV or CASE TSV")
            injuries = ""
            if tsvs:
                report = evaluate.run_case_eval(tsvs, pipe.extract, sample=sample, seed=seed,
                                                published=_published(published), progress=progress)
            else:
                report, (right, total) = evaluate.run_gtd_eval(gtds, pipe.extract, sample=sample, seed=seed,
                                                               progress=progress)
                injuries = f"\ninjuries (GTD wounded): {right / total if total else 0:.3f} ({right}/{total})"
            click.echo(json.dumps(report.to_dict(), indent=2) if as_json
                       else evaluate.format_report(report) + injuries)
            return
        try:
            report = evaluate.run_acled_eval(csvs, pipe.extract, sample=sample, seed=seed, progress=progress,
                                             focus_from_export=focus_from_export)
        except evaluate.MixedCountriesError as err:
            raise click.UsageError(str(err)) from None
        click.echo(json.dumps(report.to_dict(), indent=2) if as_json else evaluate.format_report(report))
        return
    if focus_from_export:
        raise click.UsageError("--focus-country-from-export applies to ACLED CSV exports only")
    if not gold_paths:
        raise click.UsageError("documents need their gold events: add --gold PATH (a .jsonl file or folder)")
    score = evaluate.run_gold_eval(list(others), list(gold_paths), pipe.extract, published=_published(published))
    click.echo(json.dumps(score.to_dict(), indent=2) if as_json else evaluate.format_gold_score(score))


@main.command()
@click.option("--acled", "acled", multiple=True, help="Labelled ACLED CSV exports (or folders of them).")
@click.option("--sentences", is_flag=True, help="Train on flashpoint's own written sentences (the packaged model).")
@click.option("--country", "countries", multiple=True, help="Keep only notes of these countries (ISO3 or name).")
@click.option("--output", "-o", "output", type=str, required=True, help="Where to write the model (JSON).")
@click.option("--settings", "settings_path", type=str, default=None, help="A TOML settings file.")
def train(acled: tuple[str, ...], sentences: bool, countries: tuple[str, ...], output: str,
          settings_path: str | None) -> None:
    """Train the classification model on labelled ACLED notes and write it to --output; use it with
    `extract --model` or `eval --model`."""
    from . import train as train_mod

    if bool(acled) == sentences:
        raise click.UsageError("give either --acled CSV... or --sentences")
    pipe = _pipeline(settings_path)

    def progress(done: int, total: int) -> None:
        if done % 200 == 0 or done == total:
            click.echo(f"  {done}/{total} notes", err=True)

    model = (train_mod.train_default(pipe) if sentences
             else train_mod.train_acled(pipe, list(acled), countries=countries or None, progress=progress))
    model.save(output)
    click.echo(f"wrote {output}: {len(model.labels)} classes, {len(model.weights)} features, "
               f"trained on {model.trained_on}", err=True)


def run() -> None:
    """Entry point that turns flashpoint's own errors into clean messages."""
    try:
        main(standalone_mode=True)
    except FlashpointError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2 if isinstance(err, UsageError) else 1)


if __name__ == "__main__":
    run()

