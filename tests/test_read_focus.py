"""The source's country (`Document.country`): `focus_countries`, the JSONL `country` field and the
fallback the command line gives (`--country`)."""

from __future__ import annotations

import json

import pytest

from flashpoint.read import focus_countries, read_inputs
from flashpoint.records import Document, Skip


def test_focus_countries_reads_codes_names_and_lists() -> None:
    assert focus_countries("KEN") == ("KEN",)
    assert focus_countries("ken, som") == ("KEN", "SOM")
    assert focus_countries(["Kenya", "NER", "KEN"]) == ("KEN", "NER")  # repeats dropped, order kept
    assert focus_countries(None) == focus_countries("") == focus_countries([]) == ()


@pytest.mark.parametrize("bad", ["XYZ", "Atlantis", 42, ["KEN", 7]])
def test_focus_countries_names_the_bad_value_and_what_to_give(bad: object) -> None:
    with pytest.raises(ValueError, match="ISO 3166-1 alpha-3"):
        focus_countries(bad)


def test_a_document_has_no_country_unless_given() -> None:
    assert Document("d", "text").country == ()
    # One code given as a string is the one-code tuple, upper-cased.
    assert Document("d", "text", country="ken").country == ("KEN",)  # type: ignore[arg-type]
    assert Document("d", "text", country=("NER", "tcd")).country == ("NER", "TCD")


def test_jsonl_country_field_and_the_fallback(tmp_path) -> None:
    rows = [{"id": "a", "text": "Riot police fired tear gas.", "country": "NER"},
            {"id": "b", "text": "Traders marched.", "country": ["Kenya", "SOM"]},
            {"id": "c", "text": "Students protested."},
            {"id": "d", "text": "Farmers rallied.", "country": "Narnia"}]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    got = list(read_inputs([str(path)], country=("TCD",)))
    a, b, c, d = got
    assert isinstance(a, Document) and a.country == ("NER",)  # a line's own field wins
    assert isinstance(b, Document) and b.country == ("KEN", "SOM")
    assert isinstance(c, Document) and c.country == ("TCD",)  # the fallback for lines without one
    assert isinstance(d, Skip) and "Narnia" in d.reason and "feed.jsonl" in d.reason


def test_text_files_take_the_fallback_country(tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Gunmen attacked a bus.", encoding="utf-8")
    [doc] = read_inputs([str(path)], country=("MOZ",))
    assert isinstance(doc, Document) and doc.country == ("MOZ",)
    [plain] = read_inputs([str(path)])
    assert isinstance(plain, Document) and plain.country == ()
