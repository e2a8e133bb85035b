"""Every command and every setting is documented in the README (after datasette's test_docs)."""

from __future__ import annotations

import dataclasses
import pathlib

README = (pathlib.Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    from flashpoint.cli import main

    for name in main.commands:
        assert f"flashpoint {name}" in README, name


def test_every_setting_is_in_the_readme():
    from flashpoint.settings import Settings

    for f in dataclasses.fields(Settings):
        assert f"`{f.name}`" in README, f.name
