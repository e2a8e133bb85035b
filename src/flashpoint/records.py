"""Typed records that flow through the pipeline.

Every record that comes from the text carries the character span it came from
(`start`, `end` into the document's text as read), so evidence is built as data flows.
Records are frozen: a stage that refines one returns a new one (`dataclasses.replace`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

Factuality = Literal["asserted", "negated", "hypothetical", "threatened", "planned", "cancelled"]
FACTUALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "threatened", "planned", "cancelled")
TollKind = Literal["fatalities", "injuries", "arrests", "participants", "missing"]
ActorKind = Literal[
    "state_forces", "rebel_group", "political_militia", "identity_militia", "rioters", "protesters",
    "civilians", "external_forces", "government", "organization", "person",
]
Feature = Literal["country", "admin1", "admin2", "city", "landmark", "region", "unknown"]


@dataclass(frozen=True, slots=True)
class Document:
    """One input document: its text exactly as read (decoded file, JSON `text`, or HTML main text).

    `country`: ISO3 codes of the countries the source covers (its focus: a national paper, a feed
    or collection about one country), most important first; empty when unknown. It is context,
    not a claim about any event: a text that names no country is read as set there (namesakes of
    its places there win), and an event whose text gives it no place is located in the focus
    country at country level (precision 4). See `read.focus_countries` for the accepted forms."""

    id: str
    text: str
    published: dt.date | None = None
    url: str | None = None
    title: str | None = None
    country: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # One code as a string ("KEN", "ken,som") is taken as the tuple it stands for.
        value: object = self.country
        items = value.split(",") if isinstance(value, str) else list(self.country)
        codes = tuple(c.strip().upper() for c in items if c.strip())
        if codes != self.country:
            object.__setattr__(self, "country", codes)


@dataclass(frozen=True, slots=True)
class Skip:
    """A document that could not be processed, with a reason a person can act on."""

    doc_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention (spaCy label: GPE, ORG, PERSON, NORP, ...)."""

    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression normalised TimeML-style.

    `value` is the TimeML value (`2019-12-27`, `2019-12`, `2019-W52`, `PAST_REF`, ...);
    `start_date`/`end_date` bound the days it can denote (None when it denotes no calendar span);
    `precision` is the granularity of the expression: day, week, month, quarter, half, season,
    year, decade, century or unknown.
    """

    start: int
    end: int
    text: str
    value: str
    start_date: dt.date | None
    end_date: dt.date | None
    precision: str

    def to_dict(self, doc_id: str) -> dict[str, Any]:
        return {
            "doc_id": doc_id, "start": self.start, "end": self.end, "text": self.text,
            "value": self.value,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "precision": self.precision,
        }


@dataclass(frozen=True, slots=True)
class Count:
    """A figure as the text gives it (see the schema's `count`): low/high bound it, best is the
    conservative single figure. All None means the text gives no number (unknown, not zero);
    `plural` then marks a toll of several victims told without a figure ("killing villagers"), which
    an ACLED coding reads with ACLED's estimate (`evaluate.acled.UNKNOWN_PLURAL_FATALITIES`)."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    cumulative: bool = False
    plural: bool = False

    @property
    def known(self) -> bool:
        return self.low is not None or self.best is not None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"low": self.low, "best": self.best, "high": self.high, "text": self.text}
        if self.cumulative:
            out["cumulative"] = True
        if self.plural:
            out["plural"] = True
        return out


UNKNOWN_COUNT = Count()


@dataclass(frozen=True, slots=True)
class Toll:
    """A count of people of one kind (killed, injured, arrested, ...) found in a sentence."""

    kind: str
    count: Count
    start: int
    end: int
    victim: str | None = None
    """The noun counted, lower-cased ("protesters", "soldiers"), when the text names one."""


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention resolved (or not) against the gazetteer."""

    start: int
    end: int
    text: str
    name: str | None
    country: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    feature: str = "unknown"
    precision: int = 4
    population: int = 0
    seat: tuple[float, float] | None = None
    """Where an event known only at this place is coded, when that differs from (lat, lon): a
    division is reported at its GeoNames reference point but ACLED codes its events at its seat, a
    country's at its centre (see `normalize.places_lookup.event_point`). Not serialised."""

    def to_dict(self, doc_id: str) -> dict[str, Any]:
        return {
            "doc_id": doc_id, "start": self.start, "end": self.end, "text": self.text,
            "name": self.name, "country": self.country, "admin1": self.admin1,
            "lat": self.lat, "lon": self.lon, "geonames_id": self.geonames_id, "feature": self.feature,
        }


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    kind: str | None = None
    country: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    role: str = "actor1"

    def to_dict(self) -> dict[str, Any]:
        return {"role": self.role, "name": self.name, "kind": self.kind, "country": self.country,
                "text": self.text}


@dataclass(frozen=True, slots=True)
class Evidence:
    doc_id: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class EventDate:
    start: dt.date | None = None
    end: dt.date | None = None
    precision: str = "unknown"
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision, "text": self.text,
        }


UNKNOWN_DATE = EventDate()


@dataclass(frozen=True, slots=True)
class Location:
    country: str | None = None
    precision: int = 4
    name: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "admin1": self.admin1, "lat": self.lat,
                "lon": self.lon, "precision": self.precision, "geonames_id": self.geonames_id,
                "text": self.text}


UNKNOWN_LOCATION = Location()


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "text": self.text}


@dataclass(frozen=True)
class Event:
    """One event record; `to_dict()` gives the JSON form of `schema/event.schema.json`."""

    doc_id: str
    event_type: str
    sub_event_type: str | None
    evidence: tuple[Evidence, ...]
    plover_type: str | None = None
    plover_mode: str | None = None
    date: EventDate = UNKNOWN_DATE
    location: Location = UNKNOWN_LOCATION
    actors: tuple[Actor, ...] = ()
    fatalities: Count = UNKNOWN_COUNT
    injuries: Count = UNKNOWN_COUNT
    arrests: Count = UNKNOWN_COUNT
    participants: Count = UNKNOWN_COUNT
    factuality: str = "asserted"
    attribution: Attribution | None = None
    confidence: float | None = None
    trigger: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def event_id(self) -> str:
        """Stable across runs and machines: a hash of the document, type and first evidence span."""
        first = min(self.evidence, key=lambda e: (e.start, e.end))
        key = f"{self.doc_id}|{self.event_type}|{self.sub_event_type}|{first.start}|{first.end}"
        return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def actors_in(self, role: str) -> list[Actor]:
        return [a for a in self.actors if a.role == role]

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "plover": {"event_type": self.plover_type, "mode": self.plover_mode} if self.plover_type else None,
            "date": self.date.to_dict(),
            "location": self.location.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "fatalities": self.fatalities.to_dict(),
            "injuries": self.injuries.to_dict(),
            "arrests": self.arrests.to_dict(),
            "participants": self.participants.to_dict(),
            "factuality": self.factuality,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "evidence": [e.to_dict() for e in sorted(self.evidence, key=lambda e: (e.start, e.end))],
            "confidence": self.confidence,
            "trigger": self.trigger,
        }
