"""Who acted against whom: actor1, actor2 and associates of a candidate event, named as ACLED
names them, and the actors ACLED's codebook implies when the text names none."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..detect_found import FINDING_VERBS
from ..normalize.actors import backers, category_actor_name, normalize_actor, state_actor_name
from ..normalize.countries import country_name, iso3_for_name
from ..records import Actor
from .context import DocContext
from .syntax import ARGUMENT_PREPS, agent, children, is_passive, phrase, prep_objects, subject, support_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..detect import Candidate, Trigger

CONSEQUENCES = frozenset({"kill", "injure", "destroy"})
# Objects that are what was fired, not who was fired at ("fired shots at the patrol").
SHOT_WORDS = frozenset({"shot", "shots", "round", "rounds", "bullet", "bullets", "fire", "gunfire", "gunshot",
                        "gunshots", "salvo", "volley", "warning"})
# A person named by a civilian role in a group ("a party member", "a party's local secretary", "a
# delegate", "two Fulani men"): as victims ACLED codes such people as civilians, not as the group.
ROLE_NOUNS = frozenset({"member", "supporter", "delegate", "secretary", "official", "candidate", "activist",
                        "cadre", "councillor", "councilor", "voter", "sympathizer", "sympathiser", "politician",
                        "representative", "man", "men", "woman", "women", "relative", "wife", "son", "daughter"})


# Verbs whose subject underwent the act ("died in custody").
UNDERGOER_VERBS = frozenset({"die"})


def _actor_tokens(doc: Doc, t: Trigger) -> tuple[list[Token], list[Token]]:
    """Tokens heading the initiator and the target phrases of one trigger."""
    tok = doc[t.root]
    a1: list[Token] = []
    a2: list[Token] = []
    if t.verbal:
        if _misread_participle(tok):
            # "presumed ISGS militants abducted and executed a chief", parsed as if "presumed" were
            # the verb: the noun before the participle did it, its object underwent it.
            a1.append(tok.head)
            a2.extend(o for v in [tok, *children(tok, "conj")] for o in children(v, "dobj"))
        elif is_passive(tok):
            by = _passive_agent(tok)
            if by is not None:
                a1.append(by)
            a2.extend(children(tok, "nsubjpass"))
            if tok.dep_ in ("acl", "amod"):
                a2.append(tok.head)
        elif t.category == "kill" and tok.lemma_.lower() in FINDING_VERBS:
            # "residents found five bodies": who found them did not kill them.
            pass
        elif tok.lemma_.lower() in UNDERGOER_VERBS or _reduced_passive(tok):
            # "two prisoners died in custody", "one driver was killed, several passengers wounded":
            # who died or was hurt is the victim, not the doer.
            subj = subject(tok)
            a2.extend([subj] if subj is not None else [])
            # "died in police custody": whose custody it was names who held them.
            a1.extend(c for o in doc[t.start_tok:t.end_tok] if o.lemma_.lower() in ("custody", "detention")
                      for c in o.children if c.dep_ in ("compound", "poss", "amod"))
        else:
            subj = subject(tok)
            relative = any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in tok.children)
            if subj is not None and not (relative and t.category in CONSEQUENCES):
                a1.append(subj)
            # the parser reads some objects as datives ("ambushed Nigerien soldiers 3km from ...")
            a2.extend(children(tok, "dobj") + children(tok, "dative"))
            if not a2:
                a2.extend(_misread_object(tok))
        victims = [x for x in a2 if x.lemma_.lower() not in SHOT_WORDS]
        # "beat two traders at the barracks": with the victims named, what follows "at" is where.
        preps = ARGUMENT_PREPS - {"at"} if victims else ARGUMENT_PREPS
        a2.extend(prep_objects(tok, preps))
        receivers = [o for h in [tok, *children(tok, "dobj")] for o in prep_objects(h, frozenset({"to"}))]
        if t.category == "disrupted" and tok.lemma_.lower() in ("hand", "surrender") and receivers:
            # "villagers handed over their guns to the army": who took the weapons disrupted their use.
            a1, a2 = receivers, a1 + a2
    else:
        a1.extend(children(tok, "poss"))
        for p in children(tok, "prep"):
            if p.lower_ == "by" or (p.lower_ == "of" and t.category in ("attack", "clash")):
                # "an attack by militants", "an attack of Islamist militiamen"
                a1.extend(children(p, "pobj"))
            elif p.lower_ == "between":
                # "clashes between X and Y"
                a1, a2 = _between(p, a1, a2)
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in ONSET_VERBS:
            # "fighting broke out between X and Y", "clashes erupted between X and Y"
            for p in children(tok.head, "prep"):
                if p.lower_ == "between":
                    a1, a2 = _between(p, a1, a2)
        a1.append(tok)  # the phrase itself: "U.S. airstrikes", "Houthi missile attack"
        verb = support_verb(tok)
        if verb is not None:
            # "militants conducted an IED attack": the doer of the light verb did the act.
            doer = agent(verb) if is_passive(verb) else subject(verb)
            if doer is not None:
                a1.append(doer)
        for c in tok.children:
            # "an IED planted by militants", "a bomb thrown by unknown people"
            if c.dep_ == "acl" and c.tag_ == "VBN":
                by = agent(c)
                if by is not None:
                    a1.append(by)
        a2.extend(prep_objects(tok, ARGUMENT_PREPS))
        if tok.dep_ in ("nsubj",) and tok.head.pos_ == "VERB":
            a2.extend(children(tok.head, "dobj"))
    return a1, a2


# Verbs that say an act began or took place, whose "between" names its sides ("fighting broke out between").
ONSET_VERBS = frozenset({"break", "erupt", "occur", "ensue", "flare", "happen", "take", "start", "begin",
                         "continue", "resume", "report"})


def _misread_participle(verb: Token) -> bool:
    """A past form the parser hung on the noun just before it as a participle ("militants abducted"
    after "presumed" read as the verb), though it has an object of its own and no agent: an
    active verb whose subject is that noun."""
    if verb.dep_ != "acl" or verb.i != verb.head.i + 1 or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" for v in [verb, *children(verb, "conj")] for c in v.children)


def _reduced_passive(verb: Token) -> bool:
    """A past participle with a subject of its own, coordinated with a passive verb: a passive with
    its "were" left out ("houses were burnt and a number of people abducted", "one driver was killed,
    several passengers wounded")."""
    return (verb.tag_ == "VBN" and verb.dep_ == "conj" and is_passive(verb.head)
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and any(c.dep_ == "nsubj" for c in verb.children))


def _between(prep: Token, a1: list[Token], a2: list[Token]) -> tuple[list[Token], list[Token]]:
    """The sides named after "between": the first is actor1, the ones coordinated with it actor2."""
    sides = children(prep, "pobj")
    return a1 + sides, a2 + [c for s in sides for c in s.children if c.dep_ == "conj"]


def _passive_agent(verb: Token) -> Token | None:
    """The agent of a passive verb, or of the passive verbs coordinated with it, which share it:
    "was beaten and injured by police", "was shot by soldiers and killed"."""
    by = agent(verb)
    if by is not None:
        return by
    linked = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"]
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        linked.append(verb.head)
        linked.extend(c for c in verb.head.children if c.dep_ == "conj" and c.tag_ == "VBN" and c is not verb)
    return next((by for v in linked if (by := agent(v)) is not None), None)


def _misread_object(tok: Token) -> list[Token]:
    """The object the parser made the subject of a clause after the verb ("ambushed troops near X
    situated 3 km from Y" read as "troops ... situated"): that subject, when it follows the verb at once."""
    return [s for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i
            for s in c.children if s.dep_ == "nsubj" and s.left_edge.i == tok.i + 1]


def _country_actor(span: Span, loc_country: str | None) -> Actor | None:
    """A state named as the one who acted ("Iran's airstrikes", "Israel might strike"): its forces."""
    for ent in span.ents:
        if ent.label_ == "GPE":
            iso = iso3_for_name(ent.text)
            name = country_name(iso) if iso else None
            if iso and name:
                forces = "the United States" if iso == "USA" else name
                return Actor(f"Military Forces of {forces}", "state_forces", iso)
    return None


def _actor_from(ctx: DocContext, tok: Token, role: str, loc_country: str | None, *, self_phrase: bool,
                appos: bool = False) -> Actor | None:
    doc = ctx.doc
    span = phrase(doc, tok, appos=appos)
    if self_phrase:
        # For a trigger noun only its left modifiers name the actor ("U.S. airstrikes").
        span = doc[span.start:tok.i + 1]
    text = span.text
    for alias, full in ctx.aliases.items():
        if alias in text.split():
            text = text.replace(alias, full)
    actor = normalize_actor(text, ctx.actors, location_country=loc_country, start=span.start_char,
                            end=span.end_char)
    if actor is None:
        actor = _country_actor(span, loc_country) if not self_phrase or len(span) > 1 else None
    if actor is None:
        return None
    return replace(actor, role=role, text=span.text, start=span.start_char, end=span.end_char)


def find_actors(ctx: DocContext, cand: Candidate, loc_country: str | None
                ) -> tuple[list[Actor], frozenset[str]]:
    """actor1, actor2 and associated actors of a candidate, and the head lemmas of its targets.
    The act's own triggers speak first; a protest in the same clause is its setting or target."""
    doc = ctx.doc
    actor1: Actor | None = None
    targets: list[Actor] = []
    assoc: list[Actor] = []
    target_nouns: set[str] = set()
    ordered = sorted(cand.triggers, key=lambda t: (t.category == "protest" and len(cand.triggers) > 1,
                                                   t.category in CONSEQUENCES, -t.rank))
    for t in ordered:
        a1_toks, a2_toks = _actor_tokens(doc, t)
        for tok in a1_toks:
            if actor1 is not None:
                break
            actor1 = _actor_from(ctx, tok, "actor1", loc_country, self_phrase=tok.i == t.root)
            if actor1 is not None:
                span_text = phrase(doc, tok).text
                for iso in backers(span_text):
                    name = country_name(iso)
                    if name and iso != actor1.country:
                        assoc.append(Actor(f"Government of {name}", "government", iso, span_text,
                                           role="assoc_actor1"))
        for tok in a2_toks:
            target_nouns.add(tok.lemma_.lower())
            target_nouns.add(tok.lower_)
            # "killed X, the commander of Y, and Z": each name and apposition may name the target.
            parts = [tok] + [c for c in tok.children if c.dep_ in ("appos", "conj")]
            parts += [g for c in parts[1:] for g in c.children if g.dep_ == "appos"]
            # "the commander of the Quds Force of Iran's IRGC": the groups a person belongs to
            parts += [o for part in list(parts) for o in _of_objects(part)]
            for part in parts:
                target_nouns.add(part.lemma_.lower())
                found = _actor_from(ctx, part, "actor2", loc_country, self_phrase=False)
                if found is not None:
                    found = _as_victim(found, part, loc_country)
                if found is not None and all(found.name != x.name for x in targets):
                    targets.append(found)
    if actor1 is not None and cand.categories & VIOLENT_ACTS and not cand.categories & NON_VIOLENT_ACTS:
        actor1 = _communal(actor1, loc_country)
    out = [actor1] if actor1 is not None else []
    if targets:
        # A named group or force says more than a person, and a person more than a category.
        targets.sort(key=_target_rank)
        out.append(targets[0])
        out.extend(replace(x, role="assoc_actor2") for x in targets[1:3])
        # "the Iranian-backed Kataib Hezbollah militia": the backing state is associated with the target.
        span_text = targets[0].text or ""
        for iso in backers(span_text):
            name = country_name(iso)
            if name and iso != targets[0].country:
                assoc.append(Actor(f"Government of {name}", "government", iso, span_text, role="assoc_actor2"))
    return out + assoc, frozenset(target_nouns)


# Herders who attack or fight act as a community's militia: ACLED codes them as a communal militia
# (an identity militia), as victims they stay civilians.
PASTORAL_WORDS = frozenset({"herders", "herder", "herdsmen", "herdsman", "pastoralists", "pastoralist"})


VIOLENT_ACTS = frozenset({"clash", "attack", "kill", "injure", "riot", "destroy", "abduct"})
NON_VIOLENT_ACTS = frozenset({"protest", "crackdown", "arrest"})
# Unorganised crowds who fight or attack (students, youths, traders, residents): ACLED's rioters.
CROWD_WORDS = frozenset({"students", "student", "pupils", "youths", "youth", "residents", "traders", "vendors",
                         "sellers", "drivers", "riders", "refugees", "migrants", "mourners", "supporters", "fans",
                         "workers", "employees", "factions", "motorists", "passengers"})

MEN_WORDS = frozenset({"men", "man"})


def _communal(actor: Actor, loc_country: str | None) -> Actor:
    """Herders or pastoralists named as the doer of violence, as ACLED names them when no group is
    named: a communal militia; students, youths, traders and the like: rioters; men: an armed group."""
    words = set((actor.text or "").lower().split())
    if actor.kind != "civilians":
        return actor
    country = actor.country or loc_country
    if words & PASTORAL_WORDS:
        return replace(actor, kind="identity_militia",
                       name=category_actor_name("Unidentified Communal Militia", country), country=country)
    if words & CROWD_WORDS:
        return replace(actor, kind="rioters", name=category_actor_name("Rioters", country), country=country)
    if words & MEN_WORDS:
        # "three men attacked a trader": unnamed men who attack are, as ACLED codes them, an
        # unidentified armed group (a crowd that attacks is named as one: "residents", "a mob").
        return replace(actor, kind="political_militia",
                       name=category_actor_name("Unidentified Armed Group", country), country=country)
    return actor


PARTY_WORDS = frozenset({"party", "parti", "partai"})


def _as_victim(actor: Actor, head: Token, loc_country: str | None) -> Actor:
    """A target named by a civilian role ("a party member", "two Fulani men") rather than as the
    armed group itself or its fighters: civilians of the event's country. "members of X" stays X."""
    if actor.kind == "political_militia" and PARTY_WORDS & set(actor.name.lower().replace(":", " ").split()):
        # "a candidate of the X Party was stabbed": a party's people are not its armed wing.
        country = actor.country or loc_country
        return replace(actor, kind="civilians", name=category_actor_name("Civilians", country), country=country)
    if actor.kind not in ("political_militia", "identity_militia") or head.lemma_.lower() not in ROLE_NOUNS:
        return actor
    # "a Frelimo member" names a party's member; "militia members" are its fighters.
    named_before = any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in head.children)
    if head.lemma_.lower() == "member" and not named_before:
        return actor
    country = actor.country or loc_country
    return replace(actor, kind="civilians", name=category_actor_name("Civilians", country), country=country)


def _of_objects(tok: Token, depth: int = 2) -> list[Token]:
    out: list[Token] = []
    for p in children(tok, "prep"):
        if p.lower_ == "of":
            for o in children(p, "pobj"):
                out.append(o)
                if depth > 1:
                    out.extend(_of_objects(o, depth - 1))
    return out


def _target_rank(actor: Actor) -> int:
    named = _names_someone(actor.text or "") and not actor.name.startswith(("Unidentified", "Civilians"))
    if named and actor.kind not in ("person", "civilians", "protesters", "rioters"):
        return 0
    if actor.kind == "person":
        return 1
    return 2 if named else 3


def _names_someone(text: str) -> bool:
    """The words name a particular group or person: a capitalised word after the first."""
    words = text.split()
    return any(w[:1].isupper() for w in words[1:]) or (bool(words) and words[0][:1].isupper()
                                                       and words[0].lower() not in ("the", "a", "an"))


def default_actor(kind_hint: str, country: str | None, role: str) -> Actor | None:
    """The actor ACLED codes when the text names none: the crowd of a protest or riot, the
    police of the country for arrests and crackdowns."""
    if kind_hint == "protesters":
        return Actor(category_actor_name("Protesters", country), "protesters", country, None, role=role)
    if kind_hint == "rioters":
        return Actor(category_actor_name("Rioters", country), "rioters", country, None, role=role)
    if kind_hint == "police":
        return Actor(state_actor_name("police", country), "state_forces", country, None, role=role)
    if kind_hint == "civilians":
        return Actor(category_actor_name("Civilians", country), "civilians", country, None, role=role)
    return None


CROWD_KINDS = frozenset({"protesters", "rioters", "civilians", None})
UNNAMED_ARMED_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def complete_actors(actors: list[Actor], event_type: str, sub: str | None, country: str | None) -> list[Actor]:
    """The actors ACLED's codebook implies, in its order: the crowd is actor1 of a protest (the
    police who intervene actor2), forces that fire on protesters are actor1 with the protesters as
    actor2, rioters are actor1 of a riot, the police make arrests. Unnamed ones are filled in."""
    out = [_as_forces(x) if x.kind == "government" and event_type != "Other" and x.role == "actor1" else x
           for x in actors]
    a1 = next((x for x in out if x.role == "actor1"), None)
    a2 = next((x for x in out if x.role == "actor2"), None)
    rest = [x for x in out if x is not a1 and x is not a2]
    crowd = {"Protests": "protesters", "Riots": "rioters"}.get(event_type)
    if sub == "Excessive force against protesters":
        if a1 is not None and a1.kind in CROWD_KINDS:
            crowd_actor = a1
            a1 = replace(a2, role="actor1") if a2 is not None else None
            a2 = replace(crowd_actor, role="actor2")
        a1 = a1 or default_actor("police", country, "actor1")
        a2 = _as_crowd(a2, "protesters", country, "actor2")
    elif crowd is not None:
        if a1 is not None and a1.kind not in CROWD_KINDS and a2 is not None and a2.kind in CROWD_KINDS:
            # "police dispersed a rowdy crowd": the crowd is actor1 of its riot, the police actor2.
            a1, a2 = replace(a2, role="actor1"), replace(a1, role="actor2")
        elif a1 is not None and a1.kind not in CROWD_KINDS and (sub == "Protest with intervention" or a2 is None):
            a2 = replace(a1, role="actor2")
            a1 = None
        a1 = _as_crowd(a1, crowd, country, "actor1")
        if sub == "Protest with intervention" and a2 is None:
            a2 = default_actor("police", country, "actor2")
    elif sub == "Armed clash":
        # Civilians who fight an armed clash ("villagers clashed with herders") are, as ACLED codes
        # them, a community's militia (actor2 may be the clash's victims, who stay civilians).
        a1 = _as_communal(a1, country)
    if sub == "Arrests" and a1 is None:
        a1 = default_actor("police", country, "actor1")
    if a1 is None and event_type in UNNAMED_ARMED_TYPES and sub not in ("Government regains territory",):
        # An act of armed violence whose doer the text does not name: ACLED's unidentified armed group.
        a1 = Actor(category_actor_name("Unidentified Armed Group", country), "political_militia", country,
                   None, role="actor1")
    return [x for x in (a1, a2) if x is not None] + rest


def _as_communal(actor: Actor | None, country: str | None) -> Actor | None:
    """Civilians named as a side of an armed clash: ACLED's unidentified communal militia."""
    if actor is None or actor.kind != "civilians":
        return actor
    country = actor.country or country
    return replace(actor, kind="identity_militia", name=category_actor_name("Unidentified Communal Militia", country),
                   country=country)


def _as_forces(actor: Actor) -> Actor:
    """A government that used force acted through its forces, as ACLED codes it."""
    name = state_actor_name("military", actor.country) if actor.country else actor.name
    return replace(actor, kind="state_forces", name=name)


def _as_crowd(actor: Actor | None, kind: str, country: str | None, role: str) -> Actor | None:
    """The crowd named as ACLED names it ("Protesters (Kenya)"), keeping the words of the text."""
    made = default_actor(kind, country, role)
    if actor is None or made is None:
        return made or actor
    if actor.kind == kind:
        return replace(actor, role=role)
    return replace(made, text=actor.text)
