"""HTML pages: the main text through trafilatura; offsets refer to that extracted text."""

from __future__ import annotations

import datetime as dt
import logging

from ..errors import InputError
from ..records import Document
from .text import decode_bytes


def read_html(data: bytes, doc_id: str, published: dt.date | None = None) -> Document:
    """The page's main text (boilerplate, navigation and comments left out by trafilatura),
    with its title, URL and date when the page's metadata gives them."""
    import trafilatura

    # trafilatura logs extraction trouble as warnings; a bad page becomes our InputError instead.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    html = decode_bytes(data, doc_id)
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    # A page with no article yields at most a menu word or two.
    if not text or len(text.strip()) < 25:
        raise InputError(doc_id, "no article text found in the HTML page; give the article's own page "
                                 "or its text as a .txt file")
    title = url = None
    page_date = None
    meta = trafilatura.extract_metadata(html)
    if meta is not None:
        title, url = meta.title, meta.url
        if meta.date:
            try:
                page_date = dt.date.fromisoformat(meta.date[:10])
            except ValueError:
                page_date = None
    return Document(id=doc_id, text=text, published=published or page_date, url=url, title=title)
