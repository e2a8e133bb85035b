"""GTD CSV and CASE-style TSV readers, on small files written here."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.evaluate import read_case, read_gtd, run_case_eval
from flashpoint.evaluate.case import case_label
from flashpoint.evaluate.gtd import gtd_classes, is_gtd
from flashpoint.records import Event, Evidence

GTD = (
    "date,country,state,city,latitude,longitude,group_name,attack_type,weapon_type,killed,wounded,suicide,summary\n"
    "2013-04-02,Iraq,Diyala,Baqubah,33.75,44.64,Unknown,Bombing/Explosion,Explosives,3.0,7.0,0,"
    "\"04/02/2013: A roadside bomb exploded near a market in Baqubah city, killing three people.\"\n"
    "2013-04-03,Iraq,Baghdad,Baghdad,33.3,44.4,Unknown,Armed Assault,Firearms,1.0,,0,"
    "\"04/03/2013: Gunmen shot dead a shop owner in Baghdad.\"\n"
    "2013-04-04,Iraq,Baghdad,Baghdad,33.3,44.4,Unknown,Armed Assault,Firearms,,,0,\n"
)


def test_gtd_rows_become_notes_with_gtd_gold(tmp_path) -> None:
    path = tmp_path / "gtd.csv"
    path.write_text(GTD, encoding="utf-8")
    assert is_gtd(path)
    notes = list(read_gtd(path))
    assert len(notes) == 2  # the row without a summary is skipped
    first, second = notes
    assert (first.event_type, first.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert first.fatalities == 3 and first.iso3 == "IRQ" and first.event_date == dt.date(2013, 4, 2)
    assert first.published > first.event_date
    assert second.sub_event_type == ""  # an armed assault may be an attack or a clash: no gold type


def test_gtd_suicide_bombings_and_kidnappings_map_to_acled() -> None:
    assert gtd_classes("Bombing/Explosion", "Explosives", "1")[1] == "Suicide bomb"
    assert gtd_classes("Hostage Taking (Kidnapping)", "Firearms", "0")[1] == "Abduction/forced disappearance"


def test_case_labels_accept_codes_and_acled_names() -> None:
    assert case_label("MOB_VIOL") == ("Riots", "Mob violence")
    assert case_label("peaceful protest") == ("Protests", "Peaceful protest")
    with pytest.raises(ValueError, match="unknown event class"):
        case_label("PICNIC")


def test_case_tsv_is_scored_on_type_and_sub_type_only(tmp_path) -> None:
    path = tmp_path / "case.tsv"
    path.write_text("text\tlabel\nStudents marched to the ministry.\tPEACE_PROTEST\n"
                    "A mob lynched a thief.\tMOB_VIOL\n", encoding="utf-8")
    assert [n.sub_event_type for n in read_case(path)] == ["Peaceful protest", "Mob violence"]

    def fake(doc):
        return [Event(doc.id, "Protests", "Peaceful protest", (Evidence(doc.id, 0, 5, doc.text[:5]),))]

    report = run_case_eval([path], fake)
    fields = report.metrics.to_dict()["fields"]
    assert set(fields) == {"detected", "event_type", "sub_event_type"}
    assert fields["sub_event_type"]["correct"] == 1 and fields["sub_event_type"]["total"] == 2
