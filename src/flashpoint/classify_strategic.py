"""Strategic developments the act rules (`classify.py`) would read as violence or arrests.

- Arrests made in the same act as a seizure of explosives ("arrested three suspects and seized
  bomb-making materials"): the bombs are the point; ACLED codes such a seizure as disrupted weapons
  use, not as arrests. (Guns seized with arrests stay arrests: the dev notes code them both ways.)
- A raid or search by security forces, no one hurt, taken or seized (`classify.SEARCH_WORDS`): a
  security measure, ACLED's change to group/activity, which the words around it cannot overrule.
- Displacement ("families fled their homes", "villagers were displaced", "IDPs arrived"): ACLED's
  strategic development "Other". Its triggers rank below every act's (`data/triggers.tsv`), so a
  clause that also tells the attack that caused it is that attack; a flight told after an act of
  violence is its aftermath, not an event (`detect._without_aftermath`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .classify import Facts

# Explosives and their making: what a seizure is about when it is told with arrests.
EXPLOSIVE_WORDS = frozenset({"bomb", "bombs", "explosive", "explosives", "grenade", "grenades", "detonator",
                             "detonators", "ied", "ieds", "tnt", "dynamite"})
HURT_CATEGORIES = frozenset({"kill", "attack", "injure", "clash"})
# ("seized bombs" may be read as a seizure of control, "territory", whose object `classify._seizure` then reads.)
SEIZING_CATEGORIES = frozenset({"seize", "disrupted", "territory"})


def explosives_seized_with_arrests(main: str, categories: frozenset[str], nearby: frozenset[str], lethal: bool,
                                   sentence: Iterable[Token]) -> bool:
    """Arrests told with a seizure (or defusing) in the same clause or paragraph (`nearby`), the
    paragraph's words (`sentence`) naming explosives, nobody hurt or fought: "arrested two men and
    seized bombs", "police arrested a suspect. Explosives were found in his house"."""
    if main != "arrest" or lethal or (categories | nearby) & HURT_CATEGORIES:
        return False
    if not (categories | nearby) & SEIZING_CATEGORIES:
        return False
    return any(t.lower_ in EXPLOSIVE_WORDS or t.lemma_.lower() in EXPLOSIVE_WORDS for t in sentence)


def settled_by_parse(facts: Facts, rule_sub: str | None, sentence: list[Token], context: list[Token]) -> str | None:
    """What the rules' reading of the parse settles, which the model may not overrule: "disrupted"
    (explosives seized with arrests), "measure" (a harmless raid or search kept as the rules coded
    it); None. (A flight told after the act that caused it is no event: `detect._without_aftermath`.)"""
    if rule_sub == "Arrests" and explosives_seized_with_arrests(
            facts.main, facts.categories, facts.nearby, facts.lethal, [*sentence, *context]):
        return "disrupted"
    if facts.main == "attack" and rule_sub == "Change to group/activity":
        return "measure"
    return None
