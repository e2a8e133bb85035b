"""Reading ACLED CSV exports, on small exports written here (invented notes, not ACLED's)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import pathlib

import pytest

from flashpoint.evaluate.acled import actor_country, country_iso3, parse_acled_date, read_acled

COLUMNS = ["data_id", "iso", "event_id_cnty", "event_date", "year", "time_precision", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "country", "admin1", "location", "latitude", "longitude", "geo_precision", "notes",
           "fatalities", "iso3"]

ROWS = [
    {"event_id_cnty": "KEN90001", "event_date": "20210305", "time_precision": "1",
     "event_type": "Protests", "sub_event_type": "Peaceful protest", "actor1": "Protesters (Kenya)",
     "inter1": "6", "actor2": "", "inter2": "0", "country": "Kenya", "admin1": "Coast",
     "location": "Malindi", "latitude": "-3.2192", "longitude": "40.1169", "geo_precision": "1",
     "notes": "On 5 March 2021, fishermen marched through the town centre over\nnew landing fees.",
     "fatalities": "0", "iso3": "KEN"},
    {"event_id_cnty": "NER90002", "event_date": "2021-07-19", "time_precision": "2",
     "event_type": "Battles", "sub_event_type": "Armed clash",
     "actor1": "Military Forces of Niger (2021-)", "inter1": "1",
     "actor2": "Unidentified Armed Group (Niger)", "inter2": "3", "country": "Niger",
     "admin1": "Tillaberi", "location": "Ayorou", "latitude": "14.73", "longitude": "0.92",
     "geo_precision": "2", "notes": "On Jul 19, soldiers fought gunmen near a river crossing; 4 killed.",
     "fatalities": "4", "iso3": ""},
    {"event_id_cnty": "IDN90003", "event_date": "3 January 2020", "time_precision": "1",
     "event_type": "Riots", "sub_event_type": "Mob violence", "actor1": "Rioters (Indonesia)",
     "inter1": "5", "country": "Indonesia", "latitude": "-6.2", "longitude": "106.8",
     "geo_precision": "1", "notes": "", "fatalities": "", "iso3": "IDN"},
]


def write_export(path: pathlib.Path, rows: list[dict[str, str]], *, bom: bool = False) -> pathlib.Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in COLUMNS})
    path.write_text(buffer.getvalue(), encoding="utf-8-sig" if bom else "utf-8")
    return path


@pytest.mark.parametrize("bom", [True, False])
def test_read_acled_reads_notes_with_their_coded_fields(tmp_path: pathlib.Path, bom: bool) -> None:
    notes = list(read_acled(write_export(tmp_path / "export.csv", ROWS, bom=bom)))
    assert [n.doc_id for n in notes] == ["KEN90001", "NER90002"]   # the row without a note is skipped
    first = notes[0]
    assert first.text.startswith("On 5 March 2021, fishermen") and "\n" in first.text
    assert first.event_date == dt.date(2021, 3, 5)
    assert (first.event_type, first.sub_event_type) == ("Protests", "Peaceful protest")
    assert (first.inter1, first.actor1_kind, first.actor1_country) == (6, "protesters", "KEN")
    assert (first.latitude, first.longitude, first.geo_precision) == (-3.2192, 40.1169, 1)
    assert (first.fatalities, first.iso3, first.time_precision) == (0, "KEN", 1)


def test_publication_date_is_the_day_after_the_event(tmp_path: pathlib.Path) -> None:
    notes = list(read_acled(write_export(tmp_path / "export.csv", ROWS)))
    assert [n.published for n in notes] == [dt.date(2021, 3, 6), dt.date(2021, 7, 20)]


def test_iso3_is_derived_from_the_country_when_the_export_lacks_it(tmp_path: pathlib.Path) -> None:
    second = list(read_acled(write_export(tmp_path / "export.csv", ROWS)))[1]
    assert second.iso3 == "NER"
    assert (second.actor1_kind, second.actor1_country, second.inter2) == ("state_forces", "NER", 3)


@pytest.mark.parametrize("text", ["20201226", "2020-12-26", "26 December 2020", "26 Dec 2020",
                                  "December 26, 2020", " 26-December-2020 "])
def test_parse_acled_date_reads_every_export_form(text: str) -> None:
    assert parse_acled_date(text) == dt.date(2020, 12, 26)


def test_parse_acled_date_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="event_date"):
        parse_acled_date("last Tuesday")


def test_a_bad_date_names_the_file_and_row(tmp_path: pathlib.Path) -> None:
    path = write_export(tmp_path / "broken.csv", [{**ROWS[0], "event_date": "soon"}])
    with pytest.raises(ValueError, match=r"broken.csv, row 1"):
        list(read_acled(path))


@pytest.mark.parametrize("actor,code", [
    ("Police Forces of Kenya (2013-2022)", "KEN"),
    ("Military Forces of Democratic Republic of Congo (2019-)", "COD"),
    ("Military Forces of Rwanda (2000-)", "RWA"),
    ("Rioters (Indonesia)", "IDN"),
    ("Unidentified Communal Militia (Chad)", "TCD"),
    ("Protesters (International)", None),
    ("Islamic State (West Africa)", None),
    ("A Made-Up Liberation Front", None),
])
def test_actor_country_reads_the_country_in_an_acled_actor_name(actor: str, code: str | None) -> None:
    assert actor_country(actor) == code


@pytest.mark.parametrize("name,code", [("Kenya", "KEN"), ("ivory coast", "CIV"), ("eSwatini", "SWZ"),
                                       ("Nowhere Land", None), ("", None)])
def test_country_iso3_knows_acled_spellings(name: str, code: str | None) -> None:
    assert country_iso3(name) == code


SHARED_ACLED = pathlib.Path(__file__).resolve().parents[2].parent / "shared" / "data" / "dev" / "acled"


@pytest.mark.shared
@pytest.mark.skipif(not SHARED_ACLED.is_dir(), reason="../shared is absent")
def test_every_shared_export_reads_with_dates_and_kinds() -> None:
    for path in sorted(SHARED_ACLED.glob("*.csv")):
        notes = list(read_acled(path))
        assert notes, path
        assert all(n.iso3 and len(n.iso3) == 3 for n in notes)
        assert all(n.actor1_kind for n in notes)
        assert all(n.published - n.event_date == dt.timedelta(days=1) for n in notes)
