"""Helpers for tests that run the pipeline."""

from __future__ import annotations


def only(events):
    """The first event of a non-empty list (the tests' texts tell one event)."""
    assert events, "no event"
    return events[0]
