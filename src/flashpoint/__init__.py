"""flashpoint: political violence and protest events, structured and sourced, from news text.

    >>> import flashpoint
    >>> events = flashpoint.extract(text, published="2020-01-03")

`extract` runs the default pipeline over one text; `Pipeline` runs corpora with settings and
resources of your own. Nothing heavy happens at import: models load on first use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .pipeline import Pipeline, default_pipeline
from .read.focus import focus_countries
from .records import (
    Actor,
    Attribution,
    Count,
    Document,
    Event,
    EventDate,
    Evidence,
    Location,
    Mention,
    Place,
    Sentence,
    Skip,
    TimeExpr,
    Toll,
)
from .settings import Settings, load_settings

__all__ = [
    "Actor", "Attribution", "Count", "Document", "Event", "EventDate", "Evidence", "Location", "Mention",
    "Pipeline", "Place", "Sentence", "Settings", "Skip", "TimeExpr", "Toll", "extract", "load_settings",
]
__version__ = "0.1.0"


def extract(text: str, published: str | dt.date | None = None, doc_id: str = "doc",
            country: str | Sequence[str] | None = None) -> list[Event]:
    """Event records described by `text`. `published` (a date or YYYY-MM-DD) anchors relative
    dates; without it flashpoint looks for a dateline or sign-off in the text. `country`: the
    country or countries the source covers (ISO3 codes or names, `Document.country`), used when
    the text names none; `ValueError` for an unknown one."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return default_pipeline().extract(
        Document(id=doc_id, text=text, published=published, country=focus_countries(country)))
