"""Readers: one per input format, all giving `Document(id, text, published, url, title, country)`.

`read_inputs` walks the paths a user gave and yields documents or `Skip` records; it never
raises for one bad document, so a run over a corpus goes on past it.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import IO

from ..errors import InputError
from ..records import Document, Skip
from .focus import focus_countries
from .html import read_html
from .jsonl import read_jsonl_lines
from .text import decode_bytes

FORMATS = ("auto", "text", "html", "jsonl")

__all__ = ["FORMATS", "detect_format", "focus_countries", "read_bytes_as", "read_inputs"]


def detect_format(name: str) -> str:
    """The format CONTRACT.md assigns to a file name: by extension, plain text otherwise."""
    lower = name.lower()
    if lower.endswith(".jsonl"):
        return "jsonl"
    if lower.endswith((".html", ".htm")):
        return "html"
    return "text"


def _doc_id_for(path: str) -> str:
    if path == "-":
        return "stdin"
    name = pathlib.Path(path).name
    return name.split(".", 1)[0] if "." in name else name


def read_bytes_as(data: bytes, doc_id: str, fmt: str, published: dt.date | None = None,
                  source: str | None = None, country: tuple[str, ...] = ()) -> Iterator[Document | Skip]:
    """Documents from the raw bytes of one input (a file or standard input); `source` names
    the input in skip messages (the file name). `country`: the countries the source covers
    (`Document.country`), for documents that do not give their own (a JSONL `country` field)."""
    try:
        if fmt == "jsonl":
            yield from read_jsonl_lines(decode_bytes(data, doc_id), source or doc_id, published, country)
        elif fmt == "html":
            yield replace(read_html(data, doc_id, published), country=country)
        else:
            yield Document(id=doc_id, text=decode_bytes(data, doc_id), published=published, country=country)
    except InputError as err:
        yield Skip(err.doc_id, err.reason)


def read_inputs(paths: list[str], fmt: str = "auto", published: dt.date | None = None,
                stdin: IO[bytes] | None = None, country: tuple[str, ...] = ()) -> Iterator[Document | Skip]:
    """Every document in `paths` (`-` is standard input), in order; unreadable ones as `Skip`.
    `published` and `country` (ISO3 codes, see `focus_countries`) apply to documents without their own."""
    for path in paths:
        doc_id = _doc_id_for(path)
        this_fmt = fmt if fmt != "auto" else ("text" if path == "-" else detect_format(path))
        try:
            data = (stdin or sys.stdin.buffer).read() if path == "-" else pathlib.Path(path).read_bytes()
        except OSError as err:
            yield Skip(doc_id, f"cannot read {path}: {err.strerror or err}; check the path and permissions")
            continue
        yield from read_bytes_as(data, doc_id, this_fmt, published, pathlib.Path(path).name, country)
