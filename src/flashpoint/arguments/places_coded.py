"""A coder's own word on where an event is placed: event notes (ACLED's among them) say so when the
place written is not one the coder could locate ("clashed in X (coded as Y at geoprecision 2)",
"in X regency, coded as Y district", "location coded as Y with GP2"). The place named there is
the event's location, before any other place of its paragraph, at the precision written with it,
else 2 (a place coded for another one the coder could not locate)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..normalize.places_cues import CODED_CUE
from ..records import Place

# "at geoprecision 2", "at geo precision 3", "with GP2", "(GP 1)": the precision the coder gave,
# within a few words after the place.
_PRECISION_AFTER = re.compile(
    r"^[^.;()]{0,40}?\b(?:geo[\s-]?precision|GP)\s*(?:of\s+|=\s*)?([1-4])\b", re.IGNORECASE)


def coded_places(text: str, places: Sequence[Place], start: int, end: int) -> list[Place]:
    """The located places between `start` and `end` that the text says the event is coded as, at
    or in ("coded as Y", "coded at Y", "coded in Y district")."""
    return [p for p in places if start <= p.start and p.end <= end and (p.lat is not None or p.country)
            and p.feature not in ("country", "region")
            and CODED_CUE.search(text[max(0, p.start - 40):p.start])]


def coded_precision(text: str, p: Place) -> int | None:
    """The precision the coder wrote after the place ("coded as Y at geoprecision 2": 2), if any."""
    m = _PRECISION_AFTER.match(text[p.end:p.end + 60])
    return int(m.group(1)) if m else None
