"""ACLED event type and sub-type, and a PLOVER type and mode, for a candidate event.

The trigger family says what kind of act it was; who did it to whom decides among ACLED's
neighbouring classes: an attack on armed men is an armed clash, on unarmed people an attack on
civilians, on protesters excessive force; arrests during a demonstration belong to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from .classify_context import REASON_WORDS, SUBORDINATE_DEPS, nearby_categories, told_in_own_right, trigger_modifiers
from .classify_cues import paragraph_cues
from .classify_facts import B, Classification, E, Facts, P, R, S, V
from .classify_labels import TAXONOMY, from_label, label_of
from .classify_sides import CROWD_SIDE_NOUNS, DEMONSTRATOR_SIDES, crowd_sides, doer_heads, rival_crowds, side_heads
from .classify_strategic import settled_by_parse
from .classify_words import (  # the rules' word classes, re-exported
    AIR_WORDS,
    ARMED_ACTS,
    ARMED_KINDS,
    ARMED_NOUNS,
    BARRICADE_WORDS,
    CROWD,
    FIGHTING_KINDS,
    HOME_NOUNS,
    INTERCEPT_FALLBACK,
    PARTISAN_NOUNS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    PROTEST_NOUNS,
    PROTESTER_HEADS,
    RAID_WORDS,
    ROAD_NOUNS,
    SEARCH_WORDS,
    SHELL_WORDS,
    STATE_KINDS,
    SUSPECT_NOUNS,
    WEAPON_NOUNS,
)
from .model.choice import choose_label
from .model.features import event_features

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .model.linear import LinearModel

__all__ = ["PARTISAN_NOUNS", "REASON_WORDS", "SUBORDINATE_DEPS", "TAXONOMY", "Classification", "Facts", "classify",
           "classify_with", "from_label", "label_of", "nearby_categories", "told_in_own_right", "trigger_modifiers"]


_FIXED = {
    "air": (E, "Air/drone strike", "FIGHT", "aerial"),
    "shelling": (E, "Shelling/artillery/missile attack", "FIGHT", "artillery"),
    "ied": (E, "Remote explosive/landmine/IED", "ASSAULT", "explosives"),
    "suicide": (E, "Suicide bomb", "ASSAULT", "explosives"),
    "grenade": (E, "Grenade", "ASSAULT", "explosives"),
    "chemical": (E, "Chemical weapon", "ASSAULT", "cbrn"),
    "clash": (B, "Armed clash", "FIGHT", "small-arms"),
    "abduct": (V, "Abduction/forced disappearance", "ASSAULT", "abduct"),
    "sexual": (V, "Sexual violence", "ASSAULT", "sexual"),
    "agreement": (S, "Agreement", "AGREE", None),
    "disrupted": (S, "Disrupted weapons use", "FIGHT", "intercept"),
    "destroy": (S, "Looting/property destruction", "COERCE", "destroy"),
    "base": (S, "Headquarters or base established", "MOBILIZE", None),
    "withdraw": (S, "Non-violent transfer of territory", "RETREAT", None),
    "change": (S, "Change to group/activity", "MOBILIZE", None),
    "displace": (S, "Other", "MOBILIZE", None),
    "threaten": ("Other", None, "THREATEN", None),
    "accuse": ("Other", None, "ACCUSE", None),
    "sanction": ("Other", None, "SANCTION", None),
}


def _armed_target(f: Facts) -> bool:
    """The victims were armed: an armed actor, or armed men or their posts named, or fire told as
    exchanged ("a shootout", "returned fire"); unless the target is named as civilians ("fired on
    civilians at a checkpoint") or told as unarmed or off duty ("shot dead an off-duty soldier":
    no one could fight back)."""
    if f.actor2_kind == "civilians" or "unarmed_victims" in f.cues:
        return False
    return f.actor2_kind in ARMED_KINDS or bool(f.target_nouns & ARMED_NOUNS) or bool(
        f.cues & {"armed_victims", "fire_exchanged"})


def _protest_target(f: Facts) -> bool:
    return f.actor2_kind == "protesters" or bool(f.target_nouns & PROTEST_NOUNS)


def _crowd_violence(f: Facts) -> Classification:
    """Violence by a crowd: a violent demonstration where a demonstration is the setting, else
    mob violence (ACLED codes unorganised violent crowds, protesters or not, as rioters)."""
    barricade = bool(f.target_nouns & ROAD_NOUNS and f.weapon_words & BARRICADE_WORDS)
    # A crowd the text calls protesters ("demonstrators clashed with police") is demonstrating.
    protesters = f.actor1_head in PROTESTER_HEADS or bool(f.sides & DEMONSTRATOR_SIDES)
    if "mob_justice" in f.cues and not f.protest_context:
        # Lynching, vigilantes, witchcraft accusations: a crowd punishing those it suspects.
        return Classification(R, "Mob violence", "ASSAULT", "primitive-weapons")
    # A crowd that "rioted" rose against something (a decision, a result, the police); when no
    # civilians were its victims it demonstrated violently.
    rose = "rioted" in f.cues and not (f.actor2_kind == "civilians" or f.target_nouns & (PERSON_NOUNS | HOME_NOUNS))
    if f.protest_context or "protest" in f.nearby or barricade or protesters or rose or "protest_words" in f.cues:
        # Roads barricaded with burning tyres or rocks: a demonstration, whether or not it names a cause.
        return Classification(R, "Violent demonstration", "PROTEST", "riot")
    return Classification(R, "Mob violence", "ASSAULT", "primitive-weapons")


def _seizure(f: Facts) -> Classification | None:
    """What a seizure of something other than a place is: weapons seized disrupt their use, goods
    and animals taken are looting, people taken are abducted. None for places and control."""
    nouns = f.target_nouns
    if "control" in f.trigger or nouns & PLACE_NOUNS or not nouns:
        return None
    if nouns & WEAPON_NOUNS:
        return Classification(S, "Disrupted weapons use", "SEIZE", "weapons")
    if nouns & PERSON_NOUNS:
        return Classification(V, "Abduction/forced disappearance", "ASSAULT", "abduct")
    return Classification(S, "Looting/property destruction", "COERCE", "seize")


def _protest(f: Facts) -> Classification:
    """A demonstration, by what happened in it (its own clause first, then its paragraph)."""
    cats = f.categories
    if "peaceful" in f.modifiers or "peacefully" in f.modifiers:
        # The text says so: what else happened nearby was not the demonstration's doing.
        if cats & {"crackdown", "arrest"}:
            return Classification(P, "Protest with intervention", "COERCE", "repression")
        return Classification(P, "Peaceful protest", "PROTEST", "demonstrate")
    # Crowds that riot, destroy, fight or seize goods (a truck, a building) turn violent.
    violent = {"riot", "destroy", "clash", "seize", "territory"}
    barricade = bool(f.weapon_words & BARRICADE_WORDS)
    if (barricade or f.modifiers & {"violent", "violently"} or f.actor1_kind == "rioters" or cats & violent
            or f.nearby & violent or f.cues & {"turned_violent", "crowd_damage"}):
        # (Also a demonstration that "turned violent" or "degenerated into" clashes, and one whose
        # paragraph tells of running battles, bonfires, burning tyres or destroyed property.)
        # Protesters who turn to violence make a violent demonstration, whatever the police then do.
        return Classification(R, "Violent demonstration", "PROTEST", "riot")
    if cats & {"attack", "kill", "injure"}:
        if f.actor1_kind in ("protesters", "rioters", "civilians"):
            return Classification(R, "Violent demonstration", "PROTEST", "riot")
        return Classification(P, "Excessive force against protesters", "ASSAULT", "firearms")
    if (cats | f.nearby | f.embedded) & {"crackdown", "arrest"}:
        # (Also the intervention told inside the demonstration's own clause: "a demonstration was
        # held, during which 32 demonstrators were arrested", "gathered before being dispersed".)
        if f.lethal and "crackdown" in cats:
            return Classification(P, "Excessive force against protesters", "ASSAULT", "firearms")
        return Classification(P, "Protest with intervention", "COERCE", "repression")
    return Classification(P, "Peaceful protest", "PROTEST", "demonstrate")


def classify(f: Facts) -> Classification:
    """The ACLED type and sub-type of a candidate described by `f`."""
    if f.actor1_kind == "political_militia" and f.actor1_head in PARTISAN_NOUNS and f.main in (
            "clash", "riot", "destroy"):
        # "supporters of two candidates clashed", "the MP's supporters torched a car": a crowd.
        f = replace(f, actor1_kind="rioters")
    if f.main == "disrupted" and f.trigger.startswith("intercept") and not (
            f.target_nouns & (WEAPON_NOUNS | AIR_WORDS | SHELL_WORDS)):
        # "intercepted a truck", "intercepted a burial": people or vehicles stopped, not weapons.
        rest = [c for c in INTERCEPT_FALLBACK if c in f.categories]
        if rest:
            return classify(replace(f, main=rest[0], categories=f.categories - {"disrupted"}))
        if f.lethal or f.nearby & {"kill", "injure"}:
            # "intercepted a vehicle ... One passenger was killed": the stop was an attack.
            return _violence(replace(f, main="attack", categories=f.categories - {"disrupted"}))
        if f.actor1_kind in CROWD or f.protest_context:
            return _protest(replace(f, main="protest", categories=frozenset({"protest"})))
    if f.main == "clash" and "rival_crowds" in f.cues and not {f.actor1_kind, f.actor2_kind} & FIGHTING_KINDS:
        # "supporters of two aspirants clashed at the rally", "two rival camps fought": rioters
        # against rioters (`classify_sides.rival_crowds`), not a demonstration nor a battle.
        return Classification(R, "Mob violence", "ASSAULT", "primitive-weapons")
    if f.main == "clash" and crowd_sides(f.sides):
        # "students clashed with police", "two rival groups clashed", "police and protesters engaged
        # in running battles": unorganised crowds fighting each other or the police are rioters,
        # not an armed group (an armed clash needs one).
        if f.actor1_kind is None:
            f = replace(f, actor1_kind="rioters")
        elif f.actor1_kind in STATE_KINDS and f.actor2_kind is None:
            f = replace(f, actor2_kind="rioters")
    if f.main in ("attack", "kill", "injure") and f.actor1_kind is None and f.sides and f.sides <= CROWD_SIDE_NOUNS:
        # "students assaulted a lecturer", "a man was beaten by traders": a crowd's violence.
        f = replace(f, actor1_kind="rioters")
    main = f.main
    cats = f.categories
    crowd_actor = f.actor1_kind in CROWD
    if main in ("attack", "kill", "ied", "clash") and f.weapon_words & AIR_WORDS:
        return Classification(*_FIXED["air"])
    if main in ("attack", "kill", "clash") and f.weapon_words & SHELL_WORDS:
        return Classification(*_FIXED["shelling"])
    hurt = bool(cats & {"kill", "attack", "injure"}) or f.lethal
    if main == "riot" and f.trigger.startswith("lynch"):
        # A lynching is a crowd's act whoever is named as doing it: ACLED codes it as mob violence.
        return Classification(R, "Mob violence", "ASSAULT", "primitive-weapons")
    if main in ("riot", "destroy") and f.actor1_kind is None and (f.nearby | (cats - {main})) & ARMED_ACTS and not (
            "protest" in f.nearby or f.protest_context or f.trigger.startswith("riot") or "ston" in f.trigger
            or "protest_words" in f.cues):
        # "Houses were burnt" after an attack on the village, "killing three people and burning
        # houses": part of that attack, not a riot (stones are a crowd's weapon, though).
        return _violence(f)
    if main in ("riot", "destroy") and f.actor1_kind in ARMED_KINDS - {"identity_militia"} and (
            f.nearby & {"attack", "kill"}):
        # Armed men who burnt houses in a paragraph that tells their attack or killings: ACLED
        # codes the attack, the burning is part of it.
        return _violence(f)
    if main == "destroy" and crowd_actor:
        return _crowd_violence(f)
    if main == "arrest" and (cats | f.nearby) & {"kill", "attack"} and not (
            f.protest_context or "protest" in f.nearby):
        # People beaten, tortured or killed by those who held them, whether the paragraph tells it
        # in the next sentence or later ("He was later tortured in custody"): ACLED codes the violence.
        return _violence(f)
    if main == "abduct" and (cats & {"kill", "injure"} or f.nearby & {"kill"} or (
            "attack" in cats and not f.target_nouns & PLACE_NOUNS)):
        # People killed, wounded or beaten as well as taken ("shot and kidnapped a trader"), in the
        # same clause or later in the paragraph ("abducted five men. Four were executed"): ACLED
        # codes the graver act, the attack. A village attacked where people were taken, no one
        # hurt, stays the abduction.
        return _violence(f)
    if main == "destroy" and hurt:
        return _violence(f)
    if main == "ied" and not hurt and (cats & {"seize", "territory", "destroy", "disrupted"}
                                       or f.actor1_kind in STATE_KINDS):
        # "police confiscated four bombs", "destroyed two bombs": the bombs never went off; security
        # forces who set off a bomb, nobody hurt, destroyed it ("police detonated a bomb planted at a
        # mosque").
        return Classification(*_FIXED["disrupted"])
    if main in ("seize", "territory", "disrupted") and (cats & {"kill", "clash", "injure"} or "clash" in f.nearby) and (
            main == "disrupted" or f.target_nouns & WEAPON_NOUNS):
        # "killed four militants and recovered weapons", "wounding him and seizing his weapon", weapons
        # seized after a clash: ACLED codes the fight, the seizure is its outcome.
        return _violence(f)
    if main == "seize":
        return _seizure(f) or Classification(S, "Looting/property destruction", "COERCE", "seize")
    sides = {f.actor1_kind, f.actor2_kind}
    if main == "clash" and f.actor1_kind in ("protesters", "rioters") and (
            f.actor2_kind in CROWD or (f.actor2_kind is None and f.actor1_head in PARTISAN_NOUNS)) and not (
            f.target_nouns & ARMED_NOUNS or f.actor1_head in PROTESTER_HEADS):
        # Two crowds fighting each other ("rival supporters clashed at a rally", "residents of two
        # villages fought"): mob violence, even at a rally; it is directed at no authority. (Crowds
        # the text calls demonstrators are demonstrating, whoever they fight.)
        return Classification(R, "Mob violence", "ASSAULT", "primitive-weapons")
    if main == "clash" and (sides & {"protesters", "rioters"} or f.protest_context
                            or sides == {"state_forces", "civilians"}):
        # A crowd fighting the police or another crowd, or unarmed people (traders, residents)
        # fighting the police: a riot, not a battle. Communities that clash
        # ("farmers and herders clashed") are coded by ACLED as communal militias: an armed clash.
        return _crowd_violence(f)
    if main == "change" and (cats & {"kill", "injure"} or f.lethal):
        # "a boy was fatally wounded by police enforcing the curfew": the violence is the event, the
        # curfew its setting.
        return _violence(f)
    if main in _FIXED:
        return Classification(*_FIXED[main])
    if main == "territory":
        seized = _seizure(f)
        if seized is not None:
            return seized
        if f.actor1_kind in STATE_KINDS:
            return Classification(B, "Government regains territory", "FIGHT", "occupy")
        return Classification(B, "Non-state actor overtakes territory", "FIGHT", "occupy")
    if main == "protest":
        return _protest(f)
    if main == "riot":
        if f.trigger.startswith(("barricad", "block")):
            # A crowd barricading or blocking roads is demonstrating, even when the text names no
            # cause; ACLED's codebook lists road-blocking among a violent demonstration's acts.
            return Classification(R, "Violent demonstration", "PROTEST", "riot")
        if f.actor1_kind in ARMED_KINDS - {"identity_militia"}:
            if cats & {"kill", "injure"}:
                # Houses burnt by an armed group that also killed or wounded: the attack is the event.
                return _violence(f)
            return Classification(S, "Looting/property destruction", "COERCE", "seize")
        return _crowd_violence(f)
    # (A party's members dispersed by the police are a crowd: the group's name alone is no armed target.)
    fought = f.target_nouns & ARMED_NOUNS or f.actor2_kind in ARMED_KINDS - {"political_militia"}
    if main == "crackdown" and (f.nearby & {"clash", "attack"} or fought) and not (
            f.protest_context or "protest" in f.nearby | cats | f.embedded or f.actor2_kind in CROWD):
        # Forces that "intervened" or "dispersed" armed men after an attack or a clash, with no
        # demonstration told: they fought them, no crowd was repressed.
        return _violence(f)
    if main == "crackdown":
        # Police dispersing "a rowdy crowd", "violent protesters": the crowd's violence is the event.
        if (cats | f.embedded) & {"riot", "destroy"} or f.actor2_kind == "rioters" or f.cues & {
                "turned_violent", "crowd_damage"} or (f.nearby & {"riot", "destroy", "clash"} and (
                "protest" in cats | f.nearby | f.embedded or f.protest_context)):
            # ("The protesters were dispersed ... following running battles": the crowd fought.)
            return Classification(R, "Violent demonstration", "PROTEST", "riot")
        if "clash" in cats and not fought:
            # "police clashed with the crowd they dispersed": the crowd fought back, a riot.
            return _crowd_violence(f)
        if f.lethal or cats & {"attack", "kill", "injure"}:
            return Classification(P, "Excessive force against protesters", "ASSAULT", "firearms")
        return Classification(P, "Protest with intervention", "COERCE", "repression")
    if main == "arrest":
        # "have been arrested since then": a later round-up, not the demonstration's own arrests.
        later = bool(f.modifiers & {"have", "since", "after"})
        if "protest" in cats or ("protest" in f.adjacent and not later):
            if f.nearby & {"riot", "destroy"}:
                return Classification(R, "Violent demonstration", "PROTEST", "riot")
            return Classification(P, "Protest with intervention", "COERCE", "arrest")
        if "riot" in f.adjacent and not later and not f.adjacent & ARMED_ACTS:
            # Stone-throwers arrested: ACLED codes the riot, with the arrests as its outcome.
            return _crowd_violence(f)
        return Classification(S, "Arrests", "COERCE", "arrest")
    if main == "attack" and f.trigger.startswith(SEARCH_WORDS) and f.actor1_kind in STATE_KINDS and not (
            f.lethal or ((cats - {"attack"}) | f.nearby) & (ARMED_ACTS | {"arrest", "seize", "disrupted", "injure"})):
        # Security forces who raided or searched a place, no one hurt, taken or seized: a security
        # measure (ACLED's change to group/activity), not an attack.
        return Classification(*_FIXED["change"])
    if "arrest" in cats and not f.lethal and "kill" not in cats and not (
            main == "attack" and not f.trigger.startswith(RAID_WORDS)):
        # A raid that ends in arrests is the arrests; a beating or torture in custody is an attack.
        return Classification(S, "Arrests", "COERCE", "arrest")
    return _violence(f)


def _violence(f: Facts) -> Classification:
    """An attack, a killing or a wounding: who was on the receiving end decides."""
    crowd_actor = f.actor1_kind in CROWD
    if _protest_target(f) or f.protest_context:
        if crowd_actor or f.nearby & {"riot", "destroy"}:
            # The crowd threw stones or burnt barricades: a violent demonstration, whatever force
            # the police then used (ACLED keeps excessive force for peaceful crowds).
            return Classification(R, "Violent demonstration", "PROTEST", "riot")
        if f.actor1_kind in STATE_KINDS or f.actor1_kind is None:
            return Classification(P, "Excessive force against protesters", "ASSAULT", "firearms")
        return Classification(V, "Attack", "ASSAULT", "firearms")
    if "mob_justice" in f.cues and f.actor1_kind not in STATE_KINDS | {"rebel_group", "external_forces"}:
        # A lynching, vigilantes or a witchcraft accusation with no organised armed doer: popular
        # justice, which ACLED codes as mob violence.
        return Classification(R, "Mob violence", "ASSAULT", "primitive-weapons")
    if f.actor1_kind == "civilians" and f.actor2_kind in FIGHTING_KINDS:
        # "villagers killed two militants who entered the village": people who fight an armed
        # group act as a community's militia, as ACLED codes them; an armed clash.
        return Classification(B, "Armed clash", "FIGHT", "small-arms")
    if crowd_actor:
        return _crowd_violence(f)
    if f.actor1_kind is None and f.target_nouns & SUSPECT_NOUNS and not f.weapon_words & (AIR_WORDS | SHELL_WORDS):
        # "a suspected thief was beaten to death": with no armed doer named, popular justice on
        # a suspect, which ACLED codes as mob violence.
        return Classification(R, "Mob violence", "ASSAULT", "primitive-weapons")
    if f.trigger.startswith(("die", "tortur", "execut")):
        # "died in custody", "was tortured by policemen", "executed a soldier taken prisoner": a
        # detainee or a captive cannot fight, whoever he was.
        return Classification(V, "Attack", "ASSAULT", "firearms")
    armed_doer = f.actor1_kind is None or f.actor1_kind in ARMED_KINDS
    if _armed_target(f) and armed_doer:
        return Classification(B, "Armed clash", "FIGHT", "small-arms")
    if armed_doer and "clash" in f.nearby | f.categories:
        # An attack the text says was fought ("... were repulsed in clashes with the police"):
        # the two sides fought, an armed clash, even when civilians also died in it.
        return Classification(B, "Armed clash", "FIGHT", "small-arms")
    return Classification(V, "Attack", "ASSAULT", "firearms")




STRUCTURAL_PAIR = frozenset({"Arrests", "Protest with intervention"})


def classify_with(model: LinearModel | None, facts: Facts, sentence: Iterable[Token],
                  context: Iterable[Token] = ()) -> tuple[Classification, tuple[str, ...]]:
    """The rules' classification, refined by `model` when one is given, and the features the model
    saw. Statements (threats, accusations, sanctions) stay outside ACLED's scope whatever the model
    says: the model only chooses among ACLED's classes for acts. Whether arrests happened during a
    demonstration is read off the parse (a protest in the same clause): the words around them cannot
    overrule that (`STRUCTURAL_PAIR`). The decision is `model.choice.choose_label`, which the
    leave-one-country-out benchmark makes too. The paragraph's cues (`classify_cues`, and rival
    crowds read off a fight's sides) are added to `facts` here, where the tokens are."""
    if not facts.sides and (facts.actor1_kind is None and facts.main in ("clash", "attack", "kill", "injure") or (
            facts.main == "clash" and facts.actor2_kind is None)):
        sentence = list(sentence)
        heads = side_heads if facts.main == "clash" else doer_heads
        facts = replace(facts, sides=heads(sentence, facts.trigger))
    sentence, context = list(sentence), list(context)
    cues = facts.cues | paragraph_cues(sentence, context)
    if facts.main == "clash" and rival_crowds(facts.sides or side_heads(sentence, facts.trigger)):
        cues |= {"rival_crowds"}
    facts = replace(facts, cues=cues)
    rule = classify(facts)
    settled = settled_by_parse(facts, rule.sub_event_type, sentence, context)  # (`classify_strategic`)
    if settled == "disrupted":
        rule = Classification(*_FIXED["disrupted"])
    features = tuple(event_features(sentence, context, facts, rule))
    if model is None or settled:
        return rule, features
    label = choose_label(model, features, label_of(rule.event_type, rule.sub_event_type), STRUCTURAL_PAIR)
    return from_label(label, rule), features
