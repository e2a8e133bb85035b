"""Metrics over ACLED notes: one primary predicted event per note, compared field by field with
the row ACLED coded from that note.

Every accuracy is computed over all notes that have a gold value for the field: a note where
nothing was detected counts as wrong for every field, so the numbers read as "how often the
pipeline gives ACLED's answer", not "how often it is right when it says something".
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..records import Event
from .acled import UNKNOWN_PLURAL_FATALITIES, AcledNote
from .gold import FieldScore, haversine_km

OUT_OF_SCOPE = "Other"
MISSED = "(none)"
NEAR_KM = 25.0
FAR_KM = 100.0

# ACLED's time_precision codes (1 day, 2 week, 3 month) as the schema's date precisions.
TIME_PRECISIONS: dict[int, str] = {1: "day", 2: "week", 3: "month"}

# The fields reported, in the order the report lists them.
FIELDS: tuple[str, ...] = (
    "detected", "event_type", "sub_event_type", "actor1_kind", "actor1_country", "fatalities",
    "date", "date_precision", "country", "within_25km", "within_100km", "geo_precision",
)


def _first_evidence_start(event: Event) -> float:
    return min((e.start for e in event.evidence), default=math.inf)


def _own_right(event: Event) -> bool:
    """The event is told in a main clause, not as a reason or background ("demanding justice for
    a youth killed by police"); events made without that mark count as told in their own right."""
    return bool(event.extra.get("main_clause", True))


def primary_event(events: Sequence[Event]) -> Event | None:
    """The event a note is about: among asserted events in ACLED's scope (type other than
    'Other'), a dated one (`date.start`) before an undated one; then the one whose death toll the
    note gives (`fatalities.known`) in a clause of its own (`_own_right`); then the one told first
    (lowest first evidence start); ties go to the more confident one (None counts as 0), then to
    list order. An 'Other' event is chosen, the same way, only when no asserted event is in
    scope; None when nothing is asserted.

    Why: a note leads with the event it codes and tells its aftermath (arrests, a protest over it)
    or its background after it; ACLED's fatalities are those of the event coded, so an event that
    carries a death toll is that event, unless the toll is told as a reason or background ("a
    protest over the deaths of two people in last year's riot"). How fully an event is told (its
    confidence) says little about which one the note is about: an aftermath often names its own
    doer and count ("police arrested 12 people")."""
    asserted = [e for e in events if e.factuality == "asserted"]
    in_scope = [e for e in asserted if e.event_type != OUT_OF_SCOPE]
    pool = in_scope or asserted
    if not pool:
        return None
    ranked = sorted(enumerate(pool), key=lambda item: (*_primary_rank(item[1]), item[0]))
    return ranked[0][1]


def _primary_rank(e: Event) -> tuple[bool, bool, float, float]:
    """`primary_event`'s order, lowest first. A toll told as background (`_own_right` false) ranks
    its event no higher than one without a toll: on all 9,852 ACLED dev notes, letting it do so
    cost 0.0015 of event-type and 0.0018 of date accuracy (docs/EVALUATION.md)."""
    toll = e.fatalities.known
    return (e.date.start is None, not (toll and _own_right(e)), _first_evidence_start(e), -(e.confidence or 0.0))


def predicted_fatalities(event: Event) -> int:
    """The single figure compared with ACLED's `fatalities`: best, else low, else ACLED's estimate
    for deaths of several told without a figure (`Count.plural`), else 0.

    ACLED writes 0 when a note reports no deaths, so a prediction that gives no number is read
    as 0 too, not as a miss."""
    count = event.fatalities
    if count.best is not None:
        return count.best
    if count.low is not None:
        return count.low
    return UNKNOWN_PLURAL_FATALITIES if count.plural else 0


def _distance_km(note: AcledNote, event: Event) -> float | None:
    loc = event.location
    if note.latitude is None or note.longitude is None or loc.lat is None or loc.lon is None:
        return None
    return haversine_km(note.latitude, note.longitude, loc.lat, loc.lon)


@dataclass(frozen=True, slots=True)
class NoteResult:
    """One note's primary event and, per field, whether it agrees with ACLED.

    `checks[field]` is True/False, or None when ACLED gives no value to compare with (for example
    an actor1 whose name carries no country); a missed note has False wherever a gold value exists.
    """

    note: AcledNote
    event: Event | None
    checks: dict[str, bool | None]
    distance_km: float | None = None
    error: str | None = None

    @property
    def predicted_type(self) -> str:
        return self.event.event_type if self.event else MISSED

    @property
    def predicted_sub_type(self) -> str:
        return (self.event.sub_event_type or MISSED) if self.event else MISSED

    def to_dict(self) -> dict[str, Any]:
        note = self.note
        return {
            "doc_id": note.doc_id,
            "gold": {"event_type": note.event_type, "sub_event_type": note.sub_event_type,
                     "actor1_kind": note.actor1_kind, "actor1_country": note.actor1_country,
                     "fatalities": note.fatalities, "date": note.event_date.isoformat(),
                     "country": note.iso3, "lat": note.latitude, "lon": note.longitude,
                     "geo_precision": note.geo_precision},
            "predicted": self.event.to_dict() if self.event else None,
            "checks": dict(self.checks),
            "distance_km": None if self.distance_km is None else round(self.distance_km, 1),
            "error": self.error,
        }


def _gold_or_none(gold: Any, check: Callable[[], bool]) -> bool | None:
    return None if gold is None else check()


def check_note(note: AcledNote, event: Event | None, error: str | None = None) -> NoteResult:
    """Compare one note's primary event (None when nothing was detected) with ACLED's coding."""
    has_place = note.latitude is not None and note.longitude is not None
    if event is None:
        golds: dict[str, Any] = {
            "detected": True, "event_type": note.event_type or None,
            "sub_event_type": note.sub_event_type or None, "actor1_kind": note.actor1_kind,
            "actor1_country": note.actor1_country, "fatalities": note.fatalities,
            "date": note.event_date, "date_precision": TIME_PRECISIONS.get(note.time_precision or 0),
            "country": note.iso3, "within_25km": has_place or None, "within_100km": has_place or None,
            "geo_precision": note.geo_precision,
        }
        missed = {name: (None if golds[name] is None else False) for name in FIELDS}
        return NoteResult(note, None, missed, None, error)

    kinds = {a.kind for a in event.actors_in("actor1")}
    countries = {a.country for a in event.actors_in("actor1")}
    distance = _distance_km(note, event)
    gold_precision = TIME_PRECISIONS.get(note.time_precision or 0)
    checks: dict[str, bool | None] = {
        "detected": True,
        "event_type": _gold_or_none(note.event_type or None, lambda: event.event_type == note.event_type),
        "sub_event_type": _gold_or_none(note.sub_event_type or None,
                                        lambda: event.sub_event_type == note.sub_event_type),
        "actor1_kind": _gold_or_none(note.actor1_kind, lambda: note.actor1_kind in kinds),
        "actor1_country": _gold_or_none(note.actor1_country, lambda: note.actor1_country in countries),
        "fatalities": _gold_or_none(note.fatalities, lambda: predicted_fatalities(event) == note.fatalities),
        "date": event.date.start == note.event_date,
        "date_precision": _gold_or_none(gold_precision, lambda: event.date.precision == gold_precision),
        "country": _gold_or_none(note.iso3, lambda: event.location.country == note.iso3),
        "within_25km": None if not has_place else (distance is not None and distance <= NEAR_KM),
        "within_100km": None if not has_place else (distance is not None and distance <= FAR_KM),
        "geo_precision": _gold_or_none(note.geo_precision,
                                       lambda: event.location.precision == note.geo_precision),
    }
    return NoteResult(note, event, checks, distance, error)


@dataclass(slots=True)
class ClassScore:
    """Precision and recall of one class (an event type or sub-type) over notes."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "predicted": self.predicted, "gold": self.gold,
                "precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3)}


@dataclass(slots=True)
class AcledMetrics:
    """Aggregates over notes: field accuracies, per-class P/R, and gold x predicted event types
    (the predicted column `(none)` holds the notes where nothing was detected)."""

    notes: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {name: FieldScore() for name in FIELDS})
    event_types: dict[str, ClassScore] = field(default_factory=dict)
    sub_event_types: dict[str, ClassScore] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, result: NoteResult) -> None:
        """Count one note's result in every aggregate."""
        self.notes += 1
        for name, ok in result.checks.items():
            if ok is None:
                continue
            tally = self.fields.setdefault(name, FieldScore())
            tally.correct += int(ok)
            tally.total += 1
        note = result.note
        _count_class(self.event_types, note.event_type, result.predicted_type if result.event else None)
        _count_class(self.sub_event_types, note.sub_event_type,
                     result.event.sub_event_type if result.event else None)
        row = self.confusion.setdefault(note.event_type, {})
        row[result.predicted_type] = row.get(result.predicted_type, 0) + 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "notes": self.notes,
            "fields": {k: {"accuracy": round(v.accuracy, 3), "correct": v.correct, "total": v.total}
                       for k, v in self.fields.items()},
            "event_types": {k: v.to_dict() for k, v in sorted(self.event_types.items())},
            "sub_event_types": {k: v.to_dict() for k, v in sorted(self.sub_event_types.items())},
            "confusion": {g: dict(sorted(row.items())) for g, row in sorted(self.confusion.items())},
        }


def _count_class(table: dict[str, ClassScore], gold: str, predicted: str | None) -> None:
    if gold:
        table.setdefault(gold, ClassScore()).gold += 1
    if predicted is not None:
        table.setdefault(predicted, ClassScore()).predicted += 1
        if predicted == gold:
            table[gold].tp += 1


def score_notes(results: Iterable[NoteResult]) -> AcledMetrics:
    """Aggregate note results into `AcledMetrics`."""
    metrics = AcledMetrics()
    for result in results:
        metrics.add(result)
    return metrics
