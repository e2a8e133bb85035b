"""What argument finding reads (DocContext) and what it gives (Arguments)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..normalize.actors import ActorDictionary
from ..records import Actor, Count, EventDate, Location, Place, TimeExpr, Toll

if TYPE_CHECKING:
    from spacy.tokens import Doc



@dataclass(frozen=True, slots=True)
class DocContext:
    """What argument finding reads: the parse and every span-level fact found in the document."""

    doc: Doc
    sentence_spans: Sequence[tuple[int, int]]
    sentence_paragraph: Sequence[int]
    dates: Sequence[TimeExpr]
    places: Sequence[Place]
    persons: Sequence[tuple[int, int]]
    tolls: dict[int, list[Toll]]
    """Tolls per sentence index."""
    actors: ActorDictionary
    aliases: dict[str, str] = field(default_factory=dict)
    focus: Sequence[Place] = ()
    """The countries the source covers (`Document.country`), as country-level places: where an
    event whose text gives it no place is located (`places.find_location`)."""
    text: str = ""
    """The parse's text, kept once: spaCy's `Doc.text` joins every token on each call."""

    def __post_init__(self) -> None:
        if not self.text:
            object.__setattr__(self, "text", self.doc.text)


@dataclass(frozen=True, slots=True)
class Arguments:
    actors: tuple[Actor, ...]
    date: EventDate
    location: Location
    fatalities: Count
    injuries: Count
    arrests: Count
    participants: Count
    target_nouns: frozenset[str]
    own_date: bool
    own_toll: bool
    duration: int | None

    def actor_kind(self, role: str) -> str | None:
        for a in self.actors:
            if a.role == role:
                return a.kind
        return None


