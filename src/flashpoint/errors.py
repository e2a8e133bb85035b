"""Exception types. Each message says what went wrong and what to do about it."""

from __future__ import annotations


class FlashpointError(Exception):
    """Base class: every error flashpoint raises on purpose is one of these."""


class InputError(FlashpointError):
    """A document or input file cannot be read; the message names it and says what to do."""

    def __init__(self, doc_id: str, reason: str) -> None:
        super().__init__(f"{doc_id}: {reason}")
        self.doc_id = doc_id
        self.reason = reason


class UsageError(FlashpointError):
    """The caller asked for something that cannot work (a bad flag value, a missing file)."""


class ResourceError(FlashpointError):
    """A model, gazetteer or data file the pipeline needs is missing or broken."""
