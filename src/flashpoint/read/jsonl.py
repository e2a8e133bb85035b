"""JSONL: one document per line, `{"id", "text", "published"?, "url"?, "title"?, "country"?}`.

`country`: the country or countries the source covers (an ISO3 code or country name, a
comma-separated string or a list of them; see `focus.focus_countries`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from ..records import Document, Skip
from .focus import focus_countries


def read_jsonl_lines(text: str, source: str, published: dt.date | None = None,
                     country: tuple[str, ...] = ()) -> Iterator[Document | Skip]:
    """Documents from JSONL text; a bad line becomes a Skip naming the file and line. `published`
    and `country` are used for lines without their own field."""
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skip(where, f"not valid JSON ({err.msg} at column {err.colno}); fix or remove the line")
            continue
        if not isinstance(row, dict):
            yield Skip(where, "a JSONL line must be an object with 'id' and 'text'")
            continue
        doc_id = row.get("id")
        body = row.get("text")
        if not isinstance(doc_id, str) or not doc_id:
            yield Skip(where, "missing string field 'id'; give every line an id")
            continue
        if not isinstance(body, str):
            yield Skip(doc_id, f"line {n} of {source} has no string field 'text'")
            continue
        date = published
        if row.get("published"):
            try:
                date = dt.date.fromisoformat(str(row["published"])[:10])
            except ValueError:
                yield Skip(doc_id, f"'published' must be YYYY-MM-DD, got {row['published']!r}")
                continue
        try:
            focus = focus_countries(row.get("country")) or country
        except ValueError as err:
            yield Skip(doc_id, f"line {n} of {source}: {err}")
            continue
        yield Document(id=doc_id, text=body, published=date,
                       url=row.get("url") if isinstance(row.get("url"), str) else None,
                       title=row.get("title") if isinstance(row.get("title"), str) else None,
                       country=focus)
