import datetime as dt
import io
import json

import pytest

from flashpoint.read import detect_format, read_inputs
from flashpoint.records import Document, Skip


def _read(tmp_path, name: str, data: bytes, **kw):
    p = tmp_path / name
    p.write_bytes(data)
    return list(read_inputs([str(p)], **kw))


@pytest.mark.parametrize("name,fmt", [("a.jsonl", "jsonl"), ("b.HTML", "html"), ("c.htm", "html"),
                                      ("d.txt", "text"), ("e", "text"), ("f.md", "text")])
def test_detect_format_goes_by_extension(name, fmt):
    assert detect_format(name) == fmt


def test_text_file_id_is_the_file_name_without_extension(tmp_path):
    [doc] = _read(tmp_path, "kabul-report.txt", b"Protesters gathered.")
    assert isinstance(doc, Document) and doc.id == "kabul-report"


def test_text_decodes_utf8_with_bom_and_legacy_encodings(tmp_path):
    [a] = _read(tmp_path, "a.txt", "\ufeffCafé attack".encode("utf-8"))
    assert a.text == "Café attack"
    [b] = _read(tmp_path, "b.txt", "Les manifestants ont défilé à Bamako devant la Cour suprême, "
                                   "malgré l'interdiction décrétée.".encode("latin-1"))
    assert "défilé" in b.text


def test_binary_file_is_skipped_with_a_reason(tmp_path):
    [s] = _read(tmp_path, "img.txt", b"\x89PNG\x00\x00\x00binary")
    assert isinstance(s, Skip) and "binary" in s.reason


def test_missing_file_is_a_skip_not_an_exception(tmp_path):
    [s] = list(read_inputs([str(tmp_path / "nope.txt")]))
    assert isinstance(s, Skip) and "cannot read" in s.reason


def test_jsonl_reads_fields_and_reports_bad_lines(tmp_path):
    lines = [json.dumps({"id": "x1", "text": "Troops clashed.", "published": "2021-05-02", "url": "u"}),
             "{not json", json.dumps({"text": "no id"}), json.dumps({"id": "x2", "text": "Ok.",
                                                                     "published": "May 2"})]
    out = _read(tmp_path, "feed.jsonl", "\n".join(lines).encode())
    docs = [o for o in out if isinstance(o, Document)]
    skips = [o for o in out if isinstance(o, Skip)]
    assert [d.id for d in docs] == ["x1"] and docs[0].published == dt.date(2021, 5, 2)
    assert len(skips) == 3
    assert any("YYYY-MM-DD" in s.reason for s in skips)


def test_jsonl_published_field_wins_over_the_flag(tmp_path):
    line = json.dumps({"id": "a", "text": "t", "published": "2020-01-03"})
    [d] = _read(tmp_path, "a.jsonl", line.encode(), published=dt.date(2021, 1, 1))
    assert d.published == dt.date(2020, 1, 3)


def test_stdin_is_read_as_text():
    [d] = list(read_inputs(["-"], stdin=io.BytesIO(b"Rioters burned tyres.")))
    assert d.id == "stdin" and d.text == "Rioters burned tyres."


def test_html_gives_the_article_text(tmp_path):
    html = ("<html><head><title>Clashes in the north</title></head><body><nav>Home | World | Sport</nav>"
            "<article><h1>Clashes in the north</h1><p>Fighting broke out on Monday between the army and "
            "rebels near the border town, officials said, and at least nine soldiers were killed in the "
            "clashes that lasted several hours.</p><p>The army said it had regained control of two "
            "villages after the fighting ended in the evening.</p></article>"
            "<footer>Share this article. Subscribe to our newsletter.</footer></body></html>")
    [d] = _read(tmp_path, "page.html", html.encode())
    assert isinstance(d, Document)
    assert "nine soldiers were killed" in d.text
    assert "Subscribe" not in d.text


def test_html_without_article_text_is_skipped(tmp_path):
    [s] = _read(tmp_path, "empty.html", b"<html><body><nav>Home</nav></body></html>")
    assert isinstance(s, Skip) and "no article text" in s.reason
