"""ACLED type, sub-type and actors of events told in sentences written for these tests, through the
whole pipeline with the packaged model."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    ("Police fired tear gas to disperse students protesting against fee increases in Nairobi on Monday.",
     "Protest with intervention"),
    ("On 3 May 2023, residents of Gao held a peaceful march against insecurity.", "Peaceful protest"),
    ("On 3 May 2023, villagers lynched a suspected thief in Kisumu.", "Mob violence"),
    ("On 3 May 2023, suspected militants abducted four traders near Diffa.", "Abduction/forced disappearance"),
    ("On 3 May 2023, a roadside bomb exploded near a military convoy outside Mopti, killing two soldiers.",
     "Remote explosive/landmine/IED"),
    ("On 3 May 2023, soldiers clashed with rebels near Goma, and six fighters were killed.", "Armed clash"),
    ("On 3 May 2023, police arrested three men suspected of belonging to the armed group in Mombasa.", "Arrests"),
    ("On 3 May 2023, the army defused an explosive device planted on the road to Diffa.", "Disrupted weapons use"),
    ("On 3 May 2023, protesters in Dakar burned tyres and threw stones at police.", "Violent demonstration"),
]


@pytest.mark.parametrize(("text", "sub"), CASES)
def test_sentence_gets_its_acled_sub_type(pipeline, events_of, text: str, sub: str) -> None:
    events = [e for e in events_of(pipeline, text, "2023-05-10") if e.factuality == "asserted"]
    assert sub in {e.sub_event_type for e in events}, [(e.sub_event_type, e.trigger) for e in events]


def test_backed_militia_is_normalised_with_its_backer_associated(pipeline, events_of) -> None:
    text = "On 2 January 2020, U.S. airstrikes killed 25 fighters of the Iranian-backed Kataib Hezbollah militia."
    (event,) = [e for e in events_of(pipeline, text, "2020-01-03") if e.event_type != "Other"]
    roles = {(a.role, a.name, a.kind) for a in event.actors}
    assert ("actor1", "Military Forces of the United States", "state_forces") in roles
    assert ("actor2", "Kataib Hezbollah", "political_militia") in roles
    assert ("assoc_actor2", "Government of Iran", "government") in roles


def test_unnamed_attackers_are_acled_unidentified_armed_group(pipeline, events_of) -> None:
    text = "On 3 May 2023, a landmine exploded under a truck near Ouallam, Niger, killing four passengers."
    events = [e for e in events_of(pipeline, text, "2023-05-10") if e.event_type != "Other"]
    assert any(a.kind == "political_militia" and a.name.startswith("Unidentified Armed Group")
               for e in events for a in e.actors_in("actor1"))


def test_rules_only_setting_switches_the_model_off() -> None:
    from flashpoint import Pipeline
    from flashpoint.settings import Settings

    assert Pipeline(Settings(rules_only=True)).model is None
    assert Pipeline().model is not None
