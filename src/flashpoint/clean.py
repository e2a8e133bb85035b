"""Cleaning without shifting offsets.

Cleaning never edits the text: it returns masks (spans to ignore) and a same-length copy of
the text in which masked characters are blanked, so every offset found in the copy is an
offset into the document as read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .records import Document

# Paragraphs that appeal to the reader rather than report: fundraising, sharing, newsletters.
_BOILERPLATE = re.compile(
    r"\b(?:please (?:consider )?donat|donations? (?:are|is) |make a donation|standing order|"
    r"bank account details|share this(?: article| story| page)?|share on (?:facebook|twitter|x)\b|"
    r"sign up (?:for|to) (?:our|the) newsletter|subscribe to (?:our|the) newsletter|newsletter sign-?up|"
    r"follow us on|click here to|all rights reserved|cookie (?:policy|settings)|"
    r"if you (?:like|liked|enjoyed) this article|support (?:our|independent) journalism|"
    r"read more:|related articles?:)",
    re.IGNORECASE,
)
_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")
_LINE = re.compile(r"[^\n]+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_FOOTNOTE_MARK = re.compile(r"\[(?:\d{1,3}|[a-z]|note \d+)\]")
_FOOTNOTE_LINE = re.compile(r"^[ \t]*\[\d{1,3}\][^\n]*$", re.MULTILINE)
# Bracketed annotations such as "[size=no report]" carry metadata, not prose.
_ANNOTATION = re.compile(r"\[[a-z_ ]{1,20}=[^\]\n]{0,120}\]", re.IGNORECASE)
_WS = re.compile(r"\s+")
# A first line without closing punctuation, followed by the story: a headline or a kicker.
_HEADLINE = re.compile(r"[ \t]*([^\n]{3,150}?[^.!?:\"'\u201d\s])[ \t]*\n\s*(?=\S)")
# A wire dateline opening the story: "GOMA, Democratic Republic of Congo, 14 November 2023 (Wire) -".
# It says where and when the report was filed, not where or when the events happened.
_DATELINE = re.compile(
    r"\A\s*[A-Z][A-Z\u00C0-\u00DE .'/-]{2,40}(?:,\s*[A-Z][\w .'-]{1,40}?){0,2}"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)?"
    r"\s*(?:\([^)\n]{1,40}\))?\s*[-\u2013\u2014]{1,2}\s")


@dataclass(frozen=True, slots=True)
class Mask:
    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class Cleaned:
    masks: tuple[Mask, ...]
    text: str
    """Same length as the document text; masked characters blanked, line breaks inside a
    paragraph turned into spaces so the parser reads each paragraph as running prose."""

    def is_masked(self, start: int, end: int) -> bool:
        return any(m.start <= start and end <= m.end for m in self.masks)


# A text with no blank line whose lines are this long on average writes one paragraph a line (the
# main text of a web page, a feed's body): its lines are not a hard-wrapped paragraph's.
_LINE_PARAGRAPH_CHARS = 120


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of `text`: runs of lines separated by blank lines, or each line when
    no blank line separates any and the lines are paragraph-long (`_LINE_PARAGRAPH_CHARS`)."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and not _BLANK_LINE.search(text.strip()) \
            and sum(len(line) for line in lines) / len(lines) >= _LINE_PARAGRAPH_CHARS:
        pattern = _LINE
    else:
        pattern = _PARAGRAPH
    out = []
    for m in pattern.finditer(text):
        block = m.group()
        if not block.strip():
            continue
        lead = len(block) - len(block.lstrip())
        trail = len(block) - len(block.rstrip())
        out.append((m.start() + lead, m.end() - trail))
    return out


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip().lower()


def _repeated_paragraphs(text: str, spans: list[tuple[int, int]]) -> list[Mask]:
    """Paragraphs that repeat another one, or the start of a longer one (a teaser repeated as
    the opening of the body). The shorter copy, or the later of two equal copies, is masked."""
    normed = [_norm(text[a:b]) for a, b in spans]
    masks = []
    for i, ni in enumerate(normed):
        if len(ni) < 60:
            continue
        for j, nj in enumerate(normed):
            if i == j or len(nj) < len(ni):
                continue
            if nj.startswith(ni) and (len(nj) > len(ni) or j < i):
                masks.append(Mask(spans[i][0], spans[i][1], "repeated paragraph"))
                break
    return masks


def clean(doc: Document) -> Cleaned:
    """Masks for boilerplate paragraphs, repeated paragraphs, footnote markers and notes."""
    text = doc.text
    spans = paragraphs(text)
    masks: list[Mask] = []
    for a, b in spans:
        if _BOILERPLATE.search(text[a:b]):
            masks.append(Mask(a, b, "boilerplate"))
    masks.extend(_repeated_paragraphs(text, spans))
    first = spans[0][0] if spans else 0
    headline = _HEADLINE.match(text, first)
    if headline and headline.end() < len(text.rstrip()):
        # A headline restates the lead; its present-tense summary would count the event twice.
        masks.append(Mask(first, headline.end(1), "headline"))
        first = headline.end()
    dateline = _DATELINE.match(text[first:first + 160])
    if dateline:
        masks.append(Mask(first, first + dateline.end(), "dateline"))
    masks.extend(Mask(m.start(), m.end(), "footnote") for m in _FOOTNOTE_LINE.finditer(text))
    masks.extend(Mask(m.start(), m.end(), "footnote marker") for m in _FOOTNOTE_MARK.finditer(text))
    masks.extend(Mask(m.start(), m.end(), "annotation") for m in _ANNOTATION.finditer(text))
    masks.sort(key=lambda m: (m.start, m.end))
    chars = list(text)
    for m in masks:
        for k in range(m.start, m.end):
            if chars[k] != "\n":
                chars[k] = " "
    # Hard-wrapped lines inside a paragraph: a single newline becomes a space.
    out = "".join(chars)
    out = re.sub(r"(?<=[^\n])\n(?=[^\n])", " ", out)
    return Cleaned(tuple(masks), out)
