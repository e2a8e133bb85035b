"""Training the classification model: on a user's labelled ACLED export (`flashpoint train --acled`)
or on the project's own written sentences (`data/model_sentences.tsv`, the packaged model).

An example is the primary event the rule pipeline finds in a note (see
`evaluate.metrics.primary_event`), its features (`model.features`), and the note's ACLED type and
sub-type as the label. A note where the rules find no event still teaches the words: its example has
the note's words and no rule features.
"""

from __future__ import annotations

import csv
import pathlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from importlib import resources
from typing import TYPE_CHECKING

from .classify import TAXONOMY, label_of
from .errors import UsageError
from .evaluate.acled import AcledNote
from .evaluate.metrics import primary_event
from .evaluate.report import select_notes
from .model.features import word_features
from .model.linear import LinearModel
from .records import Document

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .pipeline import Pipeline

Example = tuple[tuple[str, ...], str]
Progress = Callable[[int, int], None]
SENTENCES = "model_sentences.tsv"
# The packaged model learns from a few hundred sentences: it overrules the rules only when clearly
# surer (see `LinearModel.margin`).
DEFAULT_MARGIN = 0.2
# A model trained on ACLED exports keeps the same margin: trained on four countries and tested on the
# fifth, a single fit gained half a point or so over trusting the model outright (words that go with
# one class in the training countries, an armed group's name, overruled rules that were right). Margins
# per rule class chosen by an inner leave-one-country-out on the training countries, and a second model
# stacked on out-of-country probabilities, did no better (docs/CLASSIFICATION.md).
ACLED_MARGIN = 0.2
# Orders of the notes whose fits are averaged (`LinearModel.train`'s `shuffles`).
ACLED_SHUFFLES = 5


def rules_pipeline(pipeline: Pipeline) -> Pipeline:
    """The same pipeline and resources with the statistical model switched off, so that training
    sees what the rules alone find."""
    from .pipeline import Pipeline  # the pipeline imports this package's neighbours; import late

    return Pipeline(replace(pipeline.settings, rules_only=True), nlp=pipeline.nlp, gazetteer=pipeline.gazetteer,
                    actors=pipeline.actors, lexicon=pipeline.lexicon)


def document_features(pipeline: Pipeline, document: Document, parsed: Doc | None = None) -> tuple[str, ...]:
    """The features of a document's primary event under `pipeline` (use `rules_pipeline`), or its
    words alone when no event is found."""
    analysis = pipeline.analyse(document, parsed)
    event = primary_event(pipeline.events_from(analysis))
    if event is not None and event.extra.get("features"):
        return tuple(event.extra["features"])
    return ("bias", "rule:none", *word_features(analysis.doc))


def note_examples(pipeline: Pipeline, notes: Iterable[AcledNote], progress: Progress | None = None,
                  total: int = 0) -> Iterator[Example]:
    """One example per ACLED note: its primary event's features and its coded type and sub-type."""
    rules = rules_pipeline(pipeline)
    for done, note in enumerate(notes, start=1):
        doc = Document(id=note.doc_id, text=note.text, published=note.published)
        yield document_features(rules, doc), label_of(note.event_type, note.sub_event_type)
        if progress is not None:
            progress(done, total)


def train_acled(pipeline: Pipeline, paths: Sequence[str | pathlib.Path], *, countries: Iterable[str] | None = None,
                progress: Progress | None = None) -> LinearModel:
    """A model trained on every note of the ACLED CSV exports (or folders of them) in `paths`."""
    notes = select_notes(paths, countries=countries)
    if not notes:
        raise UsageError("no ACLED notes found in " + ", ".join(str(p) for p in paths)
                         + "; give CSV exports with a `notes` column")
    examples = list(note_examples(pipeline, notes, progress, len(notes)))
    return train_examples(examples, f"{len(examples)} ACLED notes from "
                          + ", ".join(pathlib.Path(p).name for p in paths))


def train_examples(examples: Sequence[tuple[Sequence[str], str]], trained_on: str = "") -> LinearModel:
    """The model `flashpoint train --acled` fits to ACLED examples (the leave-one-country-out
    benchmark fits the same)."""
    return LinearModel.train(examples, shuffles=ACLED_SHUFFLES, margin=ACLED_MARGIN, trained_on=trained_on)


def read_sentences(text: str | None = None) -> list[tuple[str, str]]:
    """(label, sentence) rows of the written training sentences (`data/model_sentences.tsv` unless
    `text` is given): tab-separated sub-event type and sentence, `#` comments."""
    if text is None:
        text = resources.files("flashpoint.data").joinpath(SENTENCES).read_text("utf-8")
    rows: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        sub, _, sentence = line.partition("\t")
        if sub not in TAXONOMY or not sentence.strip():
            raise UsageError(f"{SENTENCES}, line {number}: want 'sub-event type<TAB>sentence', got {line!r}")
        rows.append((label_of(TAXONOMY[sub][0], sub), sentence.strip()))
    return rows


def sentence_examples(pipeline: Pipeline, rows: Sequence[tuple[str, str]],
                      published: str = "2023-06-15") -> list[Example]:
    """Examples from written sentences, each read as a one-sentence document."""
    import datetime as dt

    rules = rules_pipeline(pipeline)
    day = dt.date.fromisoformat(published)
    return [(document_features(rules, Document(id=f"s{k}", text=sentence, published=day)), label)
            for k, (label, sentence) in enumerate(rows)]


def train_default(pipeline: Pipeline) -> LinearModel:
    """The packaged model: trained on the project's written sentences only."""
    rows = read_sentences()
    return LinearModel.train(sentence_examples(pipeline, rows), epochs=20, margin=DEFAULT_MARGIN,
                             trained_on=f"{len(rows)} sentences written for flashpoint ({SENTENCES})")


def write_examples(path: str | pathlib.Path, examples: Iterable[Example]) -> None:
    """Examples as TSV (label, space-separated features), to train again without re-extracting."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter="\t")
        for feats, label in examples:
            out.writerow([label, " ".join(f.replace(" ", "_") for f in feats)])
