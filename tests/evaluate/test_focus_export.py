"""`flashpoint eval --focus-country-from-export`: each export's one country as the notes' source
country, refused for an export of several countries (invented notes, not ACLED's)."""

from __future__ import annotations

import csv
import pathlib
from collections.abc import Callable

import pytest

from flashpoint.evaluate import MixedCountriesError, export_countries, run_acled_eval
from flashpoint.records import Document, Event

COLUMNS = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "country", "iso3", "location",
           "latitude", "longitude", "geo_precision", "notes"]
ROWS = [
    {"event_id_cnty": "KEN90101", "event_date": "2021-03-05", "event_type": "Protests",
     "sub_event_type": "Peaceful protest", "country": "Kenya", "iso3": "KEN", "location": "Malindi",
     "latitude": "-3.2", "longitude": "40.1", "geo_precision": "1",
     "notes": "On 5 March 2021, boat owners marched to the county offices over new fees."},
    {"event_id_cnty": "NER90102", "event_date": "2021-07-19", "event_type": "Battles",
     "sub_event_type": "Armed clash", "country": "Niger", "iso3": "", "location": "Ayorou",
     "latitude": "14.7", "longitude": "0.9", "geo_precision": "2",
     "notes": "On 19 July 2021, soldiers fought gunmen near a ford; two were killed."},
]


def write_export(path: pathlib.Path, rows: list[dict[str, str]]) -> pathlib.Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _capture() -> tuple[list[Document], Callable[[Document], list[Event]]]:
    seen: list[Document] = []

    def extract(doc: Document) -> list[Event]:
        seen.append(doc)
        return []

    return seen, extract


def test_each_export_gives_its_one_country(tmp_path: pathlib.Path) -> None:
    kenya = write_export(tmp_path / "kenya.csv", [ROWS[0]])
    niger = write_export(tmp_path / "niger.csv", [ROWS[1]])
    assert export_countries([kenya, niger]) == {str(kenya): "KEN", str(niger): "NER"}


def test_an_export_of_several_countries_is_refused(tmp_path: pathlib.Path) -> None:
    mixed = write_export(tmp_path / "mixed.csv", ROWS[:2])
    with pytest.raises(MixedCountriesError, match="mixed.csv holds notes of 2 countries"):
        export_countries([mixed])
    seen, extract = _capture()
    with pytest.raises(MixedCountriesError):
        run_acled_eval([mixed], extract, focus_from_export=True)
    assert seen == []  # refused before any note is read as a document


def test_notes_get_their_export_country_only_when_asked(tmp_path: pathlib.Path) -> None:
    kenya = write_export(tmp_path / "kenya.csv", [ROWS[0], {**ROWS[0], "event_id_cnty": "KEN90009"}])
    seen, extract = _capture()
    report = run_acled_eval([kenya], extract, focus_from_export=True)
    assert [d.country for d in seen] == [("KEN",), ("KEN",)]
    assert report.focus_from_export and report.to_dict()["focus_from_export"] is True
    seen.clear()
    report = run_acled_eval([kenya], extract)
    assert [d.country for d in seen] == [(), ()] and not report.focus_from_export
