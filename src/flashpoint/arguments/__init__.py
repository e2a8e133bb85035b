"""Arguments of a candidate event: who acted against whom, where, when, and with what toll.

Each argument is looked for where it governs the event: the trigger's own clause first, then
its sentence, then its paragraph. Nothing falls back to the publication date or a capital.
One module per argument: actors.py, places.py, dates.py, tolls.py; syntax.py holds the
parse helpers they share.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Count
from .actors import complete_actors, default_actor, find_actors
from .context import Arguments, DocContext
from .dates import find_date, with_duration
from .places import find_location
from .tolls import tolls_for

if TYPE_CHECKING:
    from ..detect import Candidate

__all__ = ["Arguments", "DocContext", "complete_actors", "default_actor", "find_actors", "find_arguments", "find_date",
           "find_location", "tolls_for"]


def find_arguments(ctx: DocContext, cand: Candidate, candidates: Sequence[Candidate]) -> Arguments:
    """Everything the text says about one candidate event."""
    date, own_date, duration = find_date(ctx, cand, candidates)
    first_loc = find_location(ctx, cand, [], candidates)
    actors, targets = find_actors(ctx, cand, first_loc.country)
    a1_spans = [(a.start, a.end) for a in actors if a.role == "actor1" and a.start is not None
                and a.end is not None]
    location = find_location(ctx, cand, a1_spans, candidates) if a1_spans else first_loc
    counts, victims = tolls_for(ctx, cand, candidates)
    return Arguments(
        actors=tuple(actors),
        date=with_duration(date, duration),
        location=location,
        fatalities=counts.get("fatalities", Count()),
        injuries=counts.get("injuries", Count()),
        arrests=counts.get("arrests", Count()),
        participants=counts.get("participants", Count()),
        target_nouns=frozenset(targets | {v.split()[-1].rstrip("s") for v in victims}),
        own_date=own_date,
        own_toll=any(c.known for c in counts.values()),
        duration=duration,
    )

