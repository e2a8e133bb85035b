"""Plain text: bytes decoded with the encoding they declare or that charset-normalizer finds."""

from __future__ import annotations

from ..errors import InputError


def decode_bytes(data: bytes, doc_id: str) -> str:
    """Decode a document's bytes. UTF-8 (with or without BOM) first, as most news text is;
    otherwise the best guess of charset-normalizer. Raises InputError for binary data."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(doc_id, "looks like a binary file, not text; give a text, HTML or JSONL file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(doc_id, "cannot detect the text encoding; convert the file to UTF-8")
    return str(best)
