"""A measure decided is one taken, a truce announced is agreed, an attack foiled is a foiling that
happened (`flashpoint.factuality_decided`); sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _facts(pipeline, events_of, text):
    return {(e.sub_event_type, e.factuality) for e in events_of(pipeline, text, "2023-05-10")}


@pytest.mark.parametrize(("text", "taken"), [
    ("On 3 May 2023, the regional council decided to impose a curfew on the town.", True),
    ("On 3 May 2023, the president announced a unilateral ceasefire with the rebels.", True),
    ("On 3 May 2023, the governor ordered the closure of all markets in the province.", True),
    ("The governor will decide next week whether to impose a curfew.", False),
    ("The council has not decided to impose a curfew.", False),
    ("The president announced that the army will deploy to the north next month.", False),
])
def test_decisions(pipeline, events_of, text: str, taken: bool) -> None:
    facts = _facts(pipeline, events_of, text)
    assert facts
    assert any(f == "asserted" for _, f in facts) == taken, facts


def test_the_attack_foiled_is_no_attack_but_the_foiling_happened(pipeline, events_of) -> None:
    facts = _facts(pipeline, events_of, "On 3 May 2023, police foiled a suicide bombing at the stadium.")
    assert facts == {("Disrupted weapons use", "asserted")}
