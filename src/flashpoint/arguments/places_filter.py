"""Place mentions that are not where an event is (read before `find_location` weighs places):
namesakes abroad in a source with a known country, organisations' acronyms, countries acting as
governments, towns the text puts in another country; and the locative phrases of a nominal
trigger's verb, which are."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..normalize.countries import iso3_for_demonym, iso3_for_name
from ..normalize.places_cues import is_village
from ..normalize.places_gazetteer import name_key
from ..records import Place
from .context import DocContext
from .syntax import root_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..detect import Candidate


def not_a_site(ctx: DocContext, p: Place) -> bool:
    """Whether the mention cannot be where an event is: a stray namesake in a source with a known
    country (`stray_namesake`), an organisation's acronym (`org_acronym`), a country acting as its
    government (`country_as_agent`) or a town the text puts in another country (`contradicted`)."""
    text = ctx.text
    return stray_namesake(ctx, p) or org_acronym(text, p) or country_as_agent(ctx, p) \
        or contradicted(ctx, p) or after_article(ctx, p) or country_ending_a_name(text, p)


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def after_article(ctx: DocContext, p: Place) -> bool:
    """Whether a name heads a phrase after "a"/"an" ("travelling on a Toyota."): a thing or a
    kind, not a place. A name qualifying a noun there is a place ("a Nairobi suburb", "an Isiolo
    school"), as is a country's adjective ("a Kenyan town")."""
    text = ctx.text
    if iso3_for_demonym(p.text) is not None or not _ARTICLE_BEFORE.search(text[max(0, p.start - 4):p.start]):
        return False
    root = root_at(ctx.doc, p.start, p.end)
    return root is not None and ctx.doc[root].pos_ == "PROPN" \
        and ctx.doc[root].dep_ not in ("compound", "amod", "nmod", "poss")


_COMPASS = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                      "northeast", "northwest", "southeast", "southwest", "upper", "lower", "greater"})


def country_ending_a_name(text: str, p: Place) -> bool:
    """Whether a longer capitalised name was read as a country because its last word names one
    ("Kware Saba": an estate or a village; not "Northern Kenya", a compass word, nor a country's own
    longer name, "South Sudan", "Republic of Kenya"). A country's name after another name ("PT
    Freeport Indonesia") is left to the name rules."""
    if p.feature != "country" or iso3_for_demonym(p.text) is not None or p.text.isupper():
        return False
    words = p.text.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words) and iso3_for_name(p.text) is None \
        and words[0].lower() not in _COMPASS


# A town abroad this large is named for itself ("Mogadishu", "Mombasa"), not as a namesake of a
# village of the source's country that the gazetteer lacks.
STRAY_MAX_POPULATION = 100_000


def stray_namesake(ctx: DocContext, p: Place) -> bool:
    """Whether, in a source with a known country (`ctx.focus`), the place is a namesake abroad that
    nothing else of the text points to: outside the focus countries and the countries the text
    names (names, demonyms), and a town below `STRAY_MAX_POPULATION`, a place the text calls a
    village (not a province abroad of the same name), or one matched by another of its names or
    spellings ("Deli" is not Delhi). The geoparser prefers the focus countries' namesakes; a
    village it does not know there resolves to a namesake elsewhere (a Kenyan village to a town of
    Papua New Guinea), which is not where the source's event is."""
    if not ctx.focus or p.country is None or p.feature in ("country", "region"):
        return False
    if p.country in {q.country for q in ctx.focus} \
            or p.country in {q.country for q in ctx.places if q.feature == "country"}:
        return False
    text = ctx.text
    return p.population < STRAY_MAX_POPULATION or is_village(text, p.start, p.end) \
        or name_key(p.name or "") not in name_key(p.text)


# "PAN: National Mandate Party", "PAN (Partai Amanat Nasional)": letters spelled out as a name.
_SPELLED_OUT = re.compile(r"(?::\s+|\s*\(\s*)[A-Z][\w'\u2019-]*\s+[A-Z]")


def org_acronym(text: str, p: Place) -> bool:
    """Whether the place is a country code that the text spells out as an organisation's name
    (letters followed by ": Two Capitalised" words or "(Two Capitalised ..."): a party's or
    group's acronym, not a country."""
    return p.feature == "country" and p.text.isupper() and len(p.text) <= 4 \
        and bool(_SPELLED_OUT.match(text, p.end))


def country_as_agent(ctx: DocContext, p: Place) -> bool:
    """Whether the place is a country's name that is the subject of a verb ("Russia denied it",
    "Kenya and Uganda signed a deal"): its government acting, not a site."""
    if p.feature != "country" or iso3_for_demonym(p.text) is not None or p.text.isupper():
        return False
    return subject_of_a_verb(ctx, p)


def subject_of_a_verb(ctx: DocContext, p: Place) -> bool:
    """Whether the place is the subject of a verb ("demanding that Nairobi drop its plan", "Nairobi
    announced"): mostly its authorities acting; it ranks below the other places of its level."""
    root = root_at(ctx.doc, p.start, p.end)
    if root is None:
        return False
    tok = ctx.doc[root]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX")


def contradicted(ctx: DocContext, p: Place) -> bool:
    """Whether the text puts the town in a country other than the one it resolved to: written
    after it, past a comma or bracket (and names between commas), comes that other country's name
    ("X, Mozambique" resolved to a namesake in Spain when the gazetteer lacks the Mozambican town),
    a city of `CONTRADICTING_CITY_POPULATION` or more after a smaller town ("City Park, Nairobi"),
    or two areas of one other country and none of its own ("X subdistrict, Y district, South
    Jakarta City, Jakarta province" resolved to a namesake in India). Those then locate the event,
    not the namesake. A list of places ("in Mogadishu, Kenya and Uganda") is no such chain."""
    if p.feature in ("country", "region") or p.country is None:
        return False
    text = ctx.text
    chain: list[Place] = []
    end = p.end
    for q in sorted((q for q in ctx.places if q.start >= p.end), key=lambda q: q.start):
        if len(chain) == 3 or not _CHAIN_GAP.fullmatch(text, end, q.start):
            break
        chain.append(q)
        end = q.end
    chain = [q for q in chain if q.country is not None and iso3_for_demonym(q.text) is None]
    if not chain or any(q.country == p.country for q in chain) or _LIST_GOES_ON.match(text, chain[0].end):
        return False
    if chain[0].feature == "country":
        return True
    if chain[0].feature == "city" and chain[0].population >= CONTRADICTING_CITY_POPULATION \
            and p.population < STRAY_MAX_POPULATION:
        return True  # "City Park, Nairobi": a park of Nairobi, not a small namesake town in Canada
    return len(chain) >= 2 and len({q.country for q in chain}) == 1


# A city this big written after a small town of another country puts it in the city's country.
CONTRADICTING_CITY_POPULATION = 1_000_000


def chain_start(text: str, area: Place, places: Sequence[Place]) -> Place | None:
    """For a province or district that closes a chain of areas ("X sub-district, Y district, Z
    regency, Province", "X district (Y regency, Province)"): the first located town or district
    of that chain in the area's country (a village the gazetteer lacks placed at its district's
    seat, a town standing for its regency), which says where in the area the event is. None when
    `area` closes no such chain or none of its places is located there."""
    if area.feature not in ("admin1", "admin2") or area.country is None:
        return None
    found: Place | None = None
    start = area.start
    for q in sorted((q for q in places if q.end <= area.start), key=lambda q: -q.end):
        if not _CHAIN_GAP.fullmatch(text, q.end, start):
            break
        start = q.start
        if q.country == area.country and q.lat is not None and q.feature in ("city", "landmark") \
                and (area.admin1 is None or q.admin1 is None or name_key(q.admin1) == name_key(area.admin1)):
            found = q
    return found


# Between a place and the next area of its chain: its kind ("X subdistrict"), a comma or bracket,
# then names between commas ("Y district, ").
_CHAIN_GAP = re.compile(
    r"(?:\s+(?i:sub-?district|district|village|town|city|regency|county|sub-?county|province|region|ward|area|"
    r"municipality|commune|department|locality))?\s*[,(]\s*(?:[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,2}\s*,\s*)*")
# "in Mogadishu, Kenya and Uganda": a list of places, not a town and its country.
_LIST_GOES_ON = re.compile(r"(?:,\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)*,?\s+(?:and|or|&)\s+[A-Z]")


def foreign_demonym(ctx: DocContext, p: Place) -> bool:
    """Whether, in a source with a known country (`ctx.focus`), the place is another country's
    adjective or people noun ("Russian forces", "Burkinabe aircraft", "Somali militants"): forces
    and people cross borders, so it is weaker evidence of where the event is than the source."""
    return bool(ctx.focus) and p.feature == "country" and iso3_for_demonym(p.text) is not None \
        and p.country not in {q.country for q in ctx.focus}


_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "along", "on"})


def light_verb_places(doc: Doc, cand: Candidate, others: Sequence[Candidate]) -> set[int]:
    """Character offsets of the locative phrases of the verb a nominal trigger is the object or
    subject of ("staged a protest in X", "held a demonstration outside the embassy in Y"): the
    parser attaches them to the verb, outside the noun's own words, but they say where the act
    was. Phrases holding another candidate's trigger are left out."""
    out: set[int] = set()
    taken = {t.root for c in others if c is not cand for t in c.triggers}
    for trig in cand.triggers:
        tok = doc[trig.root]
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("dobj", "nsubj", "nsubjpass") \
                or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        for child in tok.head.children:
            if child.dep_ == "prep" and child.lower_ in _LOCATIVE_PREPS:
                words = list(child.subtree)
                if not any(w.i in taken for w in words):
                    out.update(w.idx for w in words)
    return out


def head_of_area(text: str, p: Place, places: Sequence[Place]) -> Place | None:
    """The place whose areas are written in brackets after it, when `p` is one of them ("Town
    (Town, Province)", "Village (District, Province)", "Village [Other Name] (District, Province)"): that
    place is the site, the areas only locate it. None when `p` is not such an area."""
    opening = text.rfind("(", max(0, p.start - 120), p.start)
    if opening < 0 or ")" in text[opening:p.start]:
        return None
    before = text[:opening].rstrip()
    if before.endswith("]"):
        square = before.rfind("[")
        before = text[:square].rstrip() if square >= 0 else before
    return next((q for q in places if q.end == len(before) and q is not p), None)


def first_area(text: str, head: Place, places: Sequence[Place]) -> Place | None:
    """The first area in brackets after `head` (the most specific one written), when the gazetteer
    placed `head` elsewhere (a village it lacks, put at its province: "Village (Town, Province)"
    at the province) and that first written area is a town or district it knows: that
    area locates the event better. None otherwise."""
    if head.lat is None or (head.name or "") in head.text:
        return None
    areas = sorted((q for q in places if q.start > head.end and head_of_area(text, q, places) is head),
                   key=lambda q: q.start)
    if not areas or areas[0].lat is None or areas[0].feature not in ("city", "admin2") \
            or areas[0].name == head.name:
        return None
    opening = text.find("(", head.end, areas[0].start)
    # Only the first area written: a head put at an area left unread ("(Say, Tillaberi)" with "Say"
    # not read as a place) keeps its place.
    return areas[0] if opening >= 0 and not text[opening + 1:areas[0].start].strip() else None


def area_of_a_place(text: str, p: Place, places: Sequence[Place]) -> bool:
    """Whether the place ranks below its level's others as an area written in brackets after
    another place (`head_of_area`), or as a place the gazetteer put past its first area
    (`first_area`); the first area then ranks as the site."""
    if first_area(text, p, places) is not None:
        return True
    head = head_of_area(text, p, places)
    return head is not None and (head.country is not None or head.lat is not None) \
        and first_area(text, head, places) is not p


# Words that introduce what a protest is about: its demands and the acts it denounces (verbs), and
# the prepositions before a grievance told by a clause ("against the plan to build a port in X").
GRIEVANCE_VERBS = frozenset({
    "demand", "protest", "condemn", "denounce", "oppose", "reject", "decry", "criticize", "criticise",
})
GRIEVANCE_PREPS = frozenset({"against", "regarding", "concerning"})
# Trigger families whose event is a crowd's: a place in its grievance is not where the crowd is.
_CROWD_CATEGORIES = frozenset({"protest", "riot"})


def grievance_place(doc: Doc, p: Place, cand: Candidate) -> bool:
    """Whether a place of a protest's sentence lies in what the protest is about: going up the parse
    from the place, a verb of `GRIEVANCE_VERBS`, or a preposition of `GRIEVANCE_PREPS` above
    another verb, comes before the protest's trigger (or the verb it is the object of), and that
    trigger lies above it ("held a demonstration against the plan to build a port in X", "rallied
    to demand justice for the killings in X"); the object of a protest verb is one too ("protested
    the construction of a plant in X"). Not a place that hangs from the trigger first ("protested in
    X against the law"), nor one after a bare preposition ("a protest against evictions near X":
    mostly where the crowd is)."""
    if not cand.categories & _CROWD_CATEGORIES:
        return False
    root = root_at(doc, p.start, p.end)
    if root is None:
        return False
    main = doc[cand.main.root]
    tops = {main.i, main.head.i} if main.dep_ in ("dobj", "obj") else {main.i}
    objecting = main.pos_ == "VERB" and main.lemma_.lower() in GRIEVANCE_VERBS
    tok = doc[root]
    verb_below = False
    found = False
    for _ in range(20):
        if tok.i in tops:
            return found
        if tok.head.i == tok.i:
            return False
        if not found and objecting and tok.head.i == main.i and tok.dep_ in ("dobj", "obj"):
            return True
        tok = tok.head
        if tok.i in tops:
            return found
        found = found or (tok.pos_ == "VERB" and tok.lemma_.lower() in GRIEVANCE_VERBS) \
            or (tok.lower_ in GRIEVANCE_PREPS and verb_below)
        verb_below = verb_below or tok.pos_ in ("VERB", "AUX")
    return False
