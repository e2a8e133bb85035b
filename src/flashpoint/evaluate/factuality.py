"""A factuality and attribution test set: reading it and scoring an extractor on it.

Format (JSONL, one sentence a line; `tests/data/factuality.jsonl` is the project's set):

    {"id": "negated-03", "text": "...", "published": "2021-03-10", "trigger": "bombing",
     "factuality": "negated", "source": "the ministry" | null}

`trigger` is the word (or the start of the phrase) that names the act the label is about; the
event scored is the one whose trigger or evidence holds that word, else the first event. A sentence
whose act yields no event counts as wrong. `source` is who the sentence credits for the claim
(null: nobody); it matches the predicted attribution when one contains the other once both are
lower-cased and stripped of leading articles and possessives.

Nothing here imports the pipeline: the extraction is passed in as `extract_fn(doc) -> list[Event]`.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..records import Document, Event
from .gold import jsonl_rows

ExtractFn = Callable[[Document], Iterable[Event]]
CLASSES = ("asserted", "negated", "hypothetical", "threatened", "planned", "cancelled")
_LEADING = re.compile(r"^(?:the|a|an|his|her|its|their|our)\s+", re.I)


@dataclass(frozen=True, slots=True)
class FactualityItem:
    """One labelled sentence."""

    id: str
    text: str
    published: dt.date | None
    trigger: str
    factuality: str
    source: str | None


@dataclass(frozen=True, slots=True)
class ItemResult:
    item: FactualityItem
    predicted: str | None
    """The scored event's factuality; None when no event names the act."""
    source: str | None

    @property
    def correct(self) -> bool:
        return self.predicted == self.item.factuality

    @property
    def source_correct(self) -> bool:
        return same_source(self.item.source, self.source)


@dataclass(slots=True)
class FactualityScore:
    results: list[ItemResult] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return sum(r.correct for r in self.results) / len(self.results) if self.results else 0.0

    @property
    def source_accuracy(self) -> float:
        return sum(r.source_correct for r in self.results) / len(self.results) if self.results else 0.0

    def per_class(self) -> dict[str, tuple[int, int]]:
        """Correct and total per gold class."""
        totals = Counter(r.item.factuality for r in self.results)
        right = Counter(r.item.factuality for r in self.results if r.correct)
        return {c: (right[c], totals[c]) for c in CLASSES if totals[c]}

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": len(self.results), "accuracy": round(self.accuracy, 3),
            "source_accuracy": round(self.source_accuracy, 3),
            "per_class": {c: {"correct": a, "total": b} for c, (a, b) in self.per_class().items()},
            "errors": [{"id": r.item.id, "gold": r.item.factuality, "predicted": r.predicted,
                        "gold_source": r.item.source, "source": r.source}
                       for r in self.results if not (r.correct and r.source_correct)],
        }


def read_factuality(path: str | pathlib.Path) -> list[FactualityItem]:
    """Every item of a factuality JSONL file; `ValueError` naming the line for a bad one."""
    items = []
    for number, row in jsonl_rows(path):
        try:
            label = row["factuality"]
            if label not in CLASSES:
                raise ValueError(f"unknown factuality {label!r}")
            published = dt.date.fromisoformat(row["published"]) if row.get("published") else None
            items.append(FactualityItem(str(row["id"]), row["text"], published, row["trigger"], label,
                                        row.get("source") or None))
        except (KeyError, TypeError, ValueError) as err:
            raise ValueError(f"{path}, line {number}: {err}") from err
    return items


def normalise_source(text: str | None) -> str:
    """A source name for comparison: lower case, without a leading article or possessive."""
    return _LEADING.sub("", (text or "").strip().lower())


def same_source(gold: str | None, predicted: str | None) -> bool:
    """Both absent, or one name contains the other ("ministry" and "the interior ministry")."""
    g, p = normalise_source(gold), normalise_source(predicted)
    if not g or not p:
        return not g and not p
    return g in p or p in g


def scored_event(events: Sequence[Event], trigger: str, text: str) -> Event | None:
    """The event that names the act: its trigger holds the word, else its evidence does."""
    word = trigger.lower()
    for e in events:
        if e.trigger and word in e.trigger.lower():
            return e
    for e in events:
        if e.trigger and e.trigger.lower().split()[0] in word:
            return e
    start = text.lower().find(word)
    for e in events:
        if any(ev.start <= start < ev.end for ev in e.evidence):
            return e
    return None


def score_factuality(items: Iterable[FactualityItem], extract_fn: ExtractFn) -> FactualityScore:
    """Run `extract_fn` on each sentence and compare the act's factuality and source with the label."""
    score = FactualityScore()
    for item in items:
        events = list(extract_fn(Document(item.id, item.text, item.published)))
        event = scored_event(events, item.trigger, item.text)
        source = event.attribution.source if event is not None and event.attribution is not None else None
        score.results.append(ItemResult(item, event.factuality if event is not None else None, source))
    return score
