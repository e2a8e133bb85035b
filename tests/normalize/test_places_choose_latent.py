"""`choose` in a text set in a country it does not name (its source's country or the one its places
agree on): a town there known by the name itself beats an alternate-name match abroad."""

from __future__ import annotations

from flashpoint.normalize.places_choose import Context, choose
from flashpoint.normalize.places_gazetteer import Candidate


def _c(country: str, population: int, alias: bool = False) -> Candidate:
    return Candidate(0, "Qqvale", country, None, 0.0, 0.0, "city", population, alias=alias)


def test_an_own_name_town_of_the_latent_country_beats_a_big_alias_match_abroad() -> None:
    home, abroad = _c("KEN", 0), _c("UZB", 700_000, alias=True)
    latent = Context(frozenset({"KEN"}), frozenset(), latent=frozenset({"KEN"}))
    assert choose([abroad, home], latent) is home


def test_without_a_latent_country_the_usual_weighing_holds() -> None:
    home, abroad = _c("KEN", 0), _c("UZB", 700_000, alias=True)
    # A named country's tiny namesake does not rule out a big city matched by another of its names.
    named = Context(frozenset({"KEN"}), frozenset())
    assert choose([abroad, home], named) is abroad
    # An own-name match abroad is weighed as before.
    big = _c("UZB", 700_000)
    latent = Context(frozenset({"KEN"}), frozenset(), latent=frozenset({"KEN"}))
    assert choose([big, home], latent) is big
