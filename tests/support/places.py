"""Helpers for place tests: mentions as a NER model would give them, and picking a place by text."""

from __future__ import annotations

from flashpoint.records import Mention, Place


def ents(text: str, *tagged: tuple[str, str]) -> list[Mention]:
    """Mentions for the first occurrence of each (surface, label) pair, as a NER model would give."""
    out = []
    for surface, label in tagged:
        start = text.index(surface)
        out.append(Mention(start, start + len(surface), surface, label))
    return out


def place(places: list[Place], text: str) -> Place:
    found = [p for p in places if p.text == text]
    assert found, f"{text!r} not in {[p.text for p in places]}"
    return found[0]
