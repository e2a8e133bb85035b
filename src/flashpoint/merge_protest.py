"""A protest and how it was met, as one event.

ACLED codes a demonstration together with what happened at it as one event whose sub-type is the
most severe part of it: a peaceful protest, one the police intervened in (tear gas, dispersal,
arrests), one they met with lethal or injuring force ("Excessive force against protesters"), or
one whose crowd turned violent itself (stones, burning, looting, clashes: a "Violent
demonstration", which is a riot). A text often tells that in two mentions ("Hundreds of traders
marched to the county offices. Police dispersed them with tear gas."); those become one record.

A response that is told with a date of its own that differs, in another country or region, or
as happening elsewhere ("Meanwhile, in ...") stays an event of its own, and so does any act that
a protest is only about ("protested over the killing of a teacher": a reason, no main clause).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .records import Actor, Count, Event

if TYPE_CHECKING:
    from .merge import Mention

PEACEFUL_SUB = "Peaceful protest"
INTERVENTION = "Protest with intervention"
FORCE = "Excessive force against protesters"
VIOLENT_DEMO = "Violent demonstration"
# ACLED's order of severity among the sub-types of one demonstration: a crowd's own violence
# makes a riot whatever the police did (excessive force is force against *peaceful* protesters).
SEVERITY = (PEACEFUL_SUB, INTERVENTION, FORCE, VIOLENT_DEMO)
PROTEST_SUBS = frozenset(SEVERITY)
CROWD_KINDS = frozenset({"protesters", "rioters", "civilians"})
ARMED_KINDS = frozenset({"rebel_group", "political_militia", "identity_militia", "external_forces"})
CROWD_TARGETS = frozenset({
    "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "crowd", "crowds",
    "protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march", "marchers", "gathering",
    "group", "groups", "mob", "them", "they", "people", "participant", "participants", "student", "students",
    "youth", "youths", "resident", "residents", "villager", "villagers", "activist", "activists", "supporter",
    "supporters", "member", "members", "trader", "traders", "worker", "workers", "picket", "sit-in",
})
# What force is used with, not on whom ("fired tear gas at the crowd", "opened fire").
INSTRUMENTS = frozenset({"gas", "teargas", "canister", "canisters", "bullet", "bullets", "cannon", "cannons", "shot",
                         "shots", "fire", "air", "round", "rounds", "ammunition", "baton", "batons", "stick", "sticks"})
PRONOUNS = frozenset({"they", "them", "he", "she", "it", "we", "who"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
# PLOVER type and mode of each sub-type (as `classify.TAXONOMY` gives them).
PLOVER = {
    PEACEFUL_SUB: ("PROTEST", "demonstrate"),
    INTERVENTION: ("COERCE", "repression"),
    FORCE: ("ASSAULT", "firearms"),
    VIOLENT_DEMO: ("PROTEST", "riot"),
}


@dataclass(frozen=True, slots=True)
class _Group:
    mention: Mention
    event: Event
    last_sentence: int


def _hurt(ev: Event) -> bool:
    return any(bool(c.best or c.low) for c in (ev.fatalities, ev.injuries))


def _kinds(ev: Event) -> set[str | None]:
    return {a.kind for a in ev.actors}


def _response_sub(m: Mention, ev: Event) -> str | None:
    """The sub-type a protest takes on when `ev` (first told in `m`) is what happened at it, or
    None when it is no response to a crowd nor a crowd's own violence."""
    if ev.factuality != "asserted" or m.reason or (ev.trigger or "").lower().startswith("prevent"):
        # What a protest is about ("protested the arrest of their leader") is no part of it; "the
        # police prevented them from entering the building" keeps a protest peaceful.
        return None
    sub = ev.sub_event_type
    if ev.event_type == "Riots" and sub == VIOLENT_DEMO:
        return VIOLENT_DEMO if not _told_of_another(m) else None
    if ev.event_type == "Protests" and sub in (INTERVENTION, FORCE):
        # Excessive force is lethal force or force that seriously injured: without a toll the
        # police's tear gas or shots are an intervention.
        if not _at_the_crowd(m):
            return None
        return FORCE if _hurt(ev) else INTERVENTION
    if not ev.extra.get("main_clause") or m.after_clause:
        # Another kind of act joins a protest only when told in its own right, not as a
        # circumstance ("fired tear gas at students after another student had been stabbed").
        return None
    a1 = {a.kind for a in ev.actors_in("actor1")}
    if ev.event_type == "Riots" and sub == "Mob violence" or (
            ev.event_type == "Strategic developments" and sub == "Looting/property destruction"):
        return VIOLENT_DEMO if "state_forces" not in a1 and not _told_of_another(m) else None
    if sub == "Arrests":
        return INTERVENTION if _at_the_crowd(m) else None
    if ev.event_type == "Violence against civilians" and sub == "Attack":
        named = {a.kind for a in ev.actors_in("actor1") if a.text and a.text.lower() not in PRONOUNS}
        if named & {"protesters", "rioters"}:
            return VIOLENT_DEMO if not _told_of_another(m) else None  # the crowd beat or stoned someone
        # Police who beat or shot at the crowd, or hurt anyone at the protest; an unnamed doer only
        # when someone in the crowd was hurt.
        if "state_forces" in named and not _told_of_another(m) and (_hurt(ev) or _at_the_crowd(m)) or (
                not named and _hurt(ev) and _at_the_crowd(m)):
            return FORCE
        return None
    if ev.event_type == "Battles" and sub == "Armed clash":
        # Clashes with the police are a demonstration turned violent; armed groups' fighting is not.
        kinds = _kinds(ev)
        return VIOLENT_DEMO if "state_forces" in kinds and not kinds & ARMED_KINDS else None
    return None


def _at_the_crowd(m: Mention) -> bool:
    """The act was done to a crowd or to people in it ("dispersed them", "arrested 30 demonstrators"),
    or to no one the text names ("the police intervened"); not to someone a relative clause tells of
    ("demanding the release of a villager who was arrested")."""
    targets = m.targets - INSTRUMENTS
    return not targets or bool(targets & CROWD_TARGETS)


def _told_of_another(m: Mention) -> bool:
    """A relative clause about someone else ("for a journalist who was beaten by fans")."""
    return bool(m.targets & RELATIVE_PRONOUNS) and not m.targets & CROWD_TARGETS


def _is_protest(ev: Event, sub: str | None = None, m: Mention | None = None) -> bool:
    """A protest event that a response with sub-type `sub` can join: one told with a word of
    protest or done to a crowd (not "bandits fired in the air"); a mob's violence joins a demonstration, not a riot
    (one riot told twice or two, nothing says which)."""
    if sub == VIOLENT_DEMO and ev.event_type == "Riots" or (
            m is not None and ev.event_type == "Protests" and not m.protest and not m.targets & CROWD_TARGETS):
        return False
    return ev.factuality == "asserted" and ev.event_type in ("Protests", "Riots") and ev.sub_event_type in PROTEST_SUBS


def _compatible(p: _Group, r: Mention, b: Event, sub: str) -> bool:
    """Whether the response `b` first told in `r` (making the protest a `sub`) can be what happened
    at the protest of `p`."""
    a = p.event
    if r.elsewhere and r.sentence != p.mention.sentence:
        return False
    if sub == VIOLENT_DEMO and (p.mention.peaceful or r.peaceful):
        return False
    if b.event_type not in ("Protests", "Riots") and SEVERITY.index(sub) <= SEVERITY.index(a.sub_event_type or ""):
        # An act of another kind that adds nothing to how the protest was met stays an event of
        # its own ("... brutally suppressed the protests. Thousands have been arrested since").
        return False
    if a.date.start is not None and b.date.start is not None and a.date.start != b.date.start:
        return False
    if a.location.country and b.location.country and a.location.country != b.location.country:
        return False
    if a.location.admin1 and b.location.admin1 and a.location.admin1 != b.location.admin1:
        return False
    if r.sentence == p.mention.sentence:
        # A noun in the protest's own sentence is most often what it is about ("staged a rally
        # against the detention of activists"), unless it comes with a count of its own.
        return not r.nominal or any(c.known for c in (b.arrests, b.fatalities, b.injuries))
    if r.sentence < p.mention.sentence:
        return False
    return r.paragraph == p.mention.paragraph or r.sentence <= p.last_sentence + 1


def _crowd_and_responder(protest: Event, response: Event) -> tuple[Actor, ...]:
    crowd = next((a for a in protest.actors if a.kind in CROWD_KINDS), None)
    responder = next((a for a in protest.actors if a.kind not in CROWD_KINDS and a.role in ("actor1", "actor2")),
                     None) or next((a for a in response.actors if a.kind not in CROWD_KINDS
                                    and a.role in ("actor1", "actor2")), None)
    main = [x for x in (replace(crowd, role="actor1") if crowd else None,
                        replace(responder, role="actor2") if responder else None) if x is not None]
    rest = [a for a in protest.actors if a.role not in ("actor1", "actor2")]
    return tuple(main + rest) if main else protest.actors


def join(protest: Event, response: Event, sub: str) -> Event:
    """`protest` with `response` told as part of it: the more severe sub-type, both evidences, and
    the response's tolls (a peaceful protest's own deaths are those it was about, not its toll)."""
    from .merge import absorb
    new_sub = max(protest.sub_event_type or PEACEFUL_SUB, sub, key=SEVERITY.index)
    base = protest
    if protest.sub_event_type in (PEACEFUL_SUB, INTERVENTION) and new_sub in (FORCE, VIOLENT_DEMO):
        base = replace(protest, fatalities=Count(), injuries=Count())
    merged = absorb(base, response)
    plover = PLOVER[new_sub]
    return replace(merged, event_type="Riots" if new_sub == VIOLENT_DEMO else "Protests", sub_event_type=new_sub,
                   plover_type=plover[0], plover_mode=plover[1], actors=_crowd_and_responder(protest, response))


def join_responses(kept: Sequence[tuple[Mention, Event]]) -> list[tuple[Mention, Event]]:
    """The events of a document with each protest's intervention, repression or violence joined to it."""
    groups: list[_Group] = []
    for m, ev in kept:
        sub = _response_sub(m, ev)
        if sub is not None:
            k = next((k for k in range(len(groups) - 1, -1, -1) if _is_protest(groups[k].event, sub, groups[k].mention)
                      and _compatible(groups[k], m, ev, sub)), None)
            if k is not None:
                g = groups[k]
                groups[k] = _Group(g.mention, join(g.event, ev, sub), max(g.last_sentence, m.sentence))
                continue
        if _is_protest(ev) and ev.sub_event_type in (PEACEFUL_SUB, VIOLENT_DEMO) and not m.elsewhere:
            # "Police dispersed protesters who were marching on parliament": the response told
            # first, the protest inside the same sentence.
            k = next((k for k in range(len(groups) - 1, -1, -1) if groups[k].mention.sentence == m.sentence
                      and groups[k].event.sub_event_type != PEACEFUL_SUB
                      and (groups[k].event.event_type in ("Protests", "Riots") or ev.sub_event_type == VIOLENT_DEMO
                           or groups[k].event.sub_event_type == "Arrests")
                      and (found := _response_sub(groups[k].mention, groups[k].event)) and found != ev.sub_event_type
                      and not (found == VIOLENT_DEMO and (m.peaceful or groups[k].mention.peaceful))), None)
            if k is not None:
                g = groups[k]
                sub = _response_sub(g.mention, g.event) or PEACEFUL_SUB
                groups[k] = _Group(g.mention, join(ev, g.event, sub), max(g.last_sentence, m.sentence))
                continue
        groups.append(_Group(m, ev, m.sentence))
    return [(g.mention, g.event) for g in groups]
