"""Misspelled place names one edit from a known name, within the text's countries (names written
for these tests)."""

from __future__ import annotations

import pytest

from flashpoint.normalize.places import Gazetteer, find_places
from flashpoint.normalize.places_admin import admin_chain
from flashpoint.normalize.places_fuzzy import edits, keys_near, within_one_edit
from support.places import ents, place


@pytest.mark.parametrize(("a", "b", "near"), [
    ("nanyuki", "nanyki", True),     # a letter dropped
    ("kitale", "kitalle", True),     # a letter added
    ("agadez", "agadex", True),      # a letter changed
    ("garissa", "garisas", True),    # two neighbours swapped
    ("garissa", "grisas", False),
    ("isiolo", "isiolo", True),
])
def test_one_edit(a: str, b: str, near: bool) -> None:
    assert within_one_edit(a, b) is near


def test_short_names_are_not_tried() -> None:
    assert keys_near("isilo", lambda k: True) == []
    assert keys_near("agadex", lambda k: k == "agadez") == ["agadez"]
    # Anywhere (no country to go by) only long names are tried.
    assert keys_near("agadex", lambda k: k == "agadez", any_country=True) == []
    assert "agadez" in edits("agadex")


def test_fuzzy_lookup_stays_in_the_given_countries(gz: Gazetteer) -> None:
    assert [c.name for c in gz.lookup_fuzzy("Nanyki", ["KEN"])][:1] == ["Nanyuki"]
    assert all(c.variant for c in gz.lookup_fuzzy("Nanyki", ["KEN"]))
    assert gz.lookup_fuzzy("Nanyki", ["NER"]) == []
    assert gz.lookup_fuzzy("Nanyki") == []  # anywhere: divisions only, and long names only


def test_a_misspelled_town_in_a_named_country(gz: Gazetteer) -> None:
    text = "In Kenya, police dispersed traders in Kitalle on Monday."
    p = place(find_places(text, ents(text, ("Kenya", "GPE"), ("Kitalle", "GPE")), gz), "Kitalle")
    assert p.name == "Kitale" and p.country == "KEN"


def test_a_misspelled_area_in_brackets(gz: Gazetteer) -> None:
    text = "In Niger, gunmen attacked Qqbaru (Agadex region) at night."
    chain = admin_chain(text, text.index(" (Agadex"), gz, frozenset({"NER"}))
    assert chain is not None and chain.country == "NER"
