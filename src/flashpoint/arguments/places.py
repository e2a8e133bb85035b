"""Where: the place of a candidate event, from its clause, else its sentence, else its paragraph;
never a capital by default."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING

from ..normalize.countries import country_name, iso3_for_demonym
from ..normalize.places_cues import place_position, route_end_at
from ..normalize.places_gazetteer import name_key
from ..normalize.places_words import AFTER_NEAR, BEFORE_NEAR
from ..records import Location, Place
from .context import DocContext
from .places_coded import coded_places, coded_precision
from .places_filter import (
    area_of_a_place,
    chain_start,
    foreign_demonym,
    grievance_place,
    head_of_area,
    light_verb_places,
    not_a_site,
)
from .places_home import actor_country, ethnic_country, foreign_namesake
from .syntax import clause_chars, root_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..detect import Candidate
    from ..normalize.places_gazetteer import Candidate as GazetteerEntry

SITE_NOUNS = frozenset({
    "facility", "facilities", "base", "installation", "refinery", "field", "plant", "airport", "port",
    "town", "village", "city", "territory", "soil", "position", "camp", "oil", "pipeline",
    "province", "region", "district", "coast", "waters", "capital", "countryside", "mine",
    "military", "army", "checkpoint", "outpost", "barracks", "site", "basis",
})
# A division named after its seat ("Jember regency", "Mbita sub-county"): the town's name stands for
# it (not a place before "'s": "Papua's Nduga regency" is the larger area).
DIVISION_NOUNS = frozenset({"regency", "county", "sub-county", "subcounty", "municipality"})

# Nouns for a state's own forces and officials: they act at home unless a place says otherwise.
STATE_FORCE_NOUNS = frozenset({
    "police", "policeman", "army", "soldier", "troop", "military", "force", "gendarme", "gendarmerie",
    "navy", "authority", "government", "official", "officer", "guard", "security", "regime",
})

FEATURE_RANK = {"landmark": 6, "city": 6, "admin2": 5, "admin1": 4, "region": 2, "country": 1, "unknown": 0}

_NAME_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "PERSON"})
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|into|outside|around|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _near_cued(text: str, p: Place) -> bool:
    """Whether the text puts the place near somewhere rather than in it ("near the airport")."""
    return bool(BEFORE_NEAR.search(text[max(0, p.start - 60):p.start]) or AFTER_NEAR.match(text[p.end:p.end + 30]))


@lru_cache(maxsize=4)
def _entities(doc: Doc) -> tuple[tuple[int, int, str], ...]:
    """The model's entities of a parse as (start, end, label) character spans: `Doc.ents` walks
    every token on each call, and location finding asks for them once per place and event."""
    return tuple((ent.start_char, ent.end_char, ent.label_) for ent in doc.ents)


def _inside_name(ctx: DocContext, p: Place) -> bool:
    """Whether the place is part of a longer organisation or other name ("the Washington Post",
    "Kenya Defence Forces"), unless a locative word comes before that name (the model sometimes
    tags a town and its surroundings as one ORG: "in Niamey (Ville de Niamey")."""
    text = ctx.text
    if route_end_at(text, p.start, p.end):
        return False  # "the Nyeri-Nyahururu road": the model often tags a route as a facility
    for start, end, label in _entities(ctx.doc):
        if label in _NAME_LABELS and start <= p.start and p.end <= end and (end - start) > (p.end - p.start) + 1:
            return not _LOCATIVE_BEFORE.search(text[max(0, start - 16):start])
    return False


def _read_as_name(ctx: DocContext, p: Place) -> bool:
    """Whether the model tagged exactly this town's name as an organisation, with no locative word
    or local noun around it ("members of AMAN", "on a Toyota"): another town of the text is likelier
    the site."""
    text = ctx.text
    if p.feature in ("country", "region") or place_position(text, p.start, p.end) \
            or _LOCATIVE_BEFORE.search(text[max(0, p.start - 16):p.start]):
        return False
    return any(label == "ORG" and abs(start - p.start) <= 4 and abs(end - p.end) <= 2
               for start, end, label in _entities(ctx.doc))


# "the Nyeri-Karatina road", "the Isiolo-Laikipia border": the first place of a route or a border
# between two areas is a place of the event (a hyphen otherwise marks a backer: "Iranian-backed").
_ROUTE_AFTER = re.compile(
    r"-[A-Z][\w'\u2019]*(?:\s[A-Z][\w'\u2019]*)?\s+(?i:road|highway|border|boundary|route|axis)\b")


def _usable_place(ctx: DocContext, p: Place, excluded: Sequence[tuple[int, int]]) -> bool:
    doc = ctx.doc
    text = ctx.text
    if any(a <= p.start and p.end <= b for a, b in excluded) or _away(text, p):
        return False
    after = text[p.end:p.end + 1]
    before = text[max(0, p.start - 4):p.start].lower()
    route = (after == "-" and bool(_ROUTE_AFTER.match(text[p.end:p.end + 60]))) \
        or route_end_at(text, p.start, p.end) > 0
    if (after == "-" and not route) or before.endswith("pro-") or before.endswith("anti-"):
        return False
    if _inside_name(ctx, p):
        return False
    root = root_at(doc, p.start, p.end)
    if root is None:
        return True
    tok = doc[root]
    # (Not a parse that hangs the place on a word of the areas bracketed after it: "Litri (Mamdi, Lac)".)
    is_modifier = tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") \
        and not (p.feature not in ("country", "region") and tok.head.idx > p.end
                 and re.search(r"[(,]", text[p.end:tok.head.idx]))
    if is_modifier or iso3_for_demonym(p.text) is not None:
        head = tok.head
        return is_modifier and (route or head.lemma_.lower() in SITE_NOUNS or head.lower_ in SITE_NOUNS
                                or (tok.dep_ != "poss" and head.lower_ in DIVISION_NOUNS))
    return True


# "raiders from X", "a senator from X": X is where someone comes from, not where the event is.
_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# "gunmen coming from Nigeria", "deported to Canada", "drove into Somalia", "near the border with
# Ethiopia": a country people come from or go to, or across a border, is not where the event is.
_AWAY = re.compile(r"\b(?:from|to|into|towards?|border\s+with)\s+(?:the\s+)?$", re.IGNORECASE)


def _away(text: str, p: Place) -> bool:
    """Whether the place is a country named as an origin, a destination or across a border."""
    return p.feature == "country" and iso3_for_demonym(p.text) is None \
        and bool(_AWAY.search(text[max(0, p.start - 24):p.start]))


def placed_at_areas(p: Place, province: bool = False) -> bool:
    """Whether the place is a name the gazetteer lacks located at the town or district of the areas
    written after it (`normalize.places`: precision 2, the area's name): "Qqkampi village (Abala,
    Tillaberi)" at Abala, not "Central Jakarta" at Jakarta (a part of a town it names); with
    `province`, one located at the province written after it (precision 3)."""
    features, precision = (("admin1",), 3) if province else (("city", "admin2"), 2)
    if p.feature not in features or p.precision != precision or p.lat is None or not p.name or not p.text:
        return False
    return name_key(p.name).split()[0] not in name_key(p.text).split()


def _is_origin(text: str, p: Place) -> bool:
    """Whether the place is introduced by "from" (an origin rather than the event's site)."""
    return bool(_ORIGIN.search(text[max(0, p.start - 12):p.start]))


def _best_place(places: Sequence[Place], anchor: int, text: str, ctx: DocContext | None = None) -> Place | None:
    """The most specific place with a country, places that are origins ("from X") and the ends
    of routes ("the X-Y road": X, then Y) last, then areas written in brackets after another place
    (`places_filter.area_of_a_place`), then towns the model read as
    organisations' names (`_read_as_name`, with `ctx`) below other towns but above countries,
    then, of equally specific places, one after a locative word ("in", "near", "outside", "of"),
    then the one nearest the trigger."""
    if not places:
        return None
    return max(places, key=lambda p: (p.country is not None, not _is_origin(text, p),
                                      -_route_rank(text, p),
                                      ctx is None or not area_of_a_place(text, p, ctx.places),
                                      0 if p.feature in ("country", "region") else
                                      1 if ctx is not None and _read_as_name(ctx, p) else 2,
                                      FEATURE_RANK.get(p.feature, 0) if p.lat is not None or p.country else -1,
                                      bool(_LOCATIVE_BEFORE.search(text[max(0, p.start - 16):p.start])),
                                      -abs(p.start - anchor)))


def _route_rank(text: str, p: Place) -> int:
    """0 for a place of its own, 1 for the first end of a route ("X" in "the X-Y road"), 2 for its
    second end: a route's known first end places an event on it (ACLED's rule)."""
    which = route_end_at(text, p.start, p.end)
    if which:
        return which
    return 1 if text[p.end:p.end + 1] == "-" else 0


def find_location(ctx: DocContext, cand: Candidate, excluded: Sequence[tuple[int, int]],
                  others: Sequence[Candidate] = ()) -> Location:
    """The place of the event: in its clause (with the locative phrases of a nominal trigger's
    verb), else its sentence, else its paragraph; then country-level fallbacks, the source's
    country (`ctx.focus`) among them. Mentions that are not sites (`places_filter.not_a_site`)
    and small towns abroad where the text's own forces and parties act at home
    (`places_home.foreign_namesake`) are left out first."""
    kept = [p for p in ctx.places if not not_a_site(ctx, p) and not foreign_namesake(ctx, p)]
    if len(kept) != len(ctx.places):
        ctx = replace(ctx, places=kept)
    doc = ctx.doc
    s_start, s_end = ctx.sentence_spans[cand.sentence]
    clause = clause_chars(doc, cand, others)
    # A nominal trigger's verb's locative phrases place it too, by their towns and areas (not by a
    # country named there: "in front of the embassy of X in Y").
    verb_phrases = light_verb_places(doc, cand, others)
    para = ctx.sentence_paragraph[cand.sentence]
    usable = [p for p in ctx.places if _usable_place(ctx, p, excluded) and (p.country or p.lat is not None)]
    # A place inside what a protest is about ("against the plan to build a port in X", "demanding
    # an inquiry into the killings in X") is where the grievance lies, not where the crowd is: it
    # places the event only after the other places and local bodies of its paragraph.
    grievance = [p for p in usable if s_start <= p.start and p.end <= s_end and grievance_place(doc, p, cand)]
    if grievance:
        usable = [p for p in usable if p not in grievance]
    para_spans = [span for k, span in enumerate(ctx.sentence_spans) if ctx.sentence_paragraph[k] == para]
    # First, the place the note says the event is coded at (`places_coded`).
    coded = coded_places(ctx.text, ctx.places, min(a for a, _ in para_spans), max(b for _, b in para_spans))
    levels: list[list[Place]] = [
        coded,
        [p for p in usable if p.start in clause
         or (p.start in verb_phrases and p.feature not in ("country", "region"))],
        [p for p in usable if s_start <= p.start and p.end <= s_end],
    ]
    same_para = [k for k, pi in enumerate(ctx.sentence_paragraph) if pi == para and k != cand.sentence]
    before = [k for k in same_para if k < cand.sentence][::-1]
    after = [k for k in same_para if k > cand.sentence]
    for k in before + after:
        a, b = ctx.sentence_spans[k]
        levels.append([p for p in usable if a <= p.start and p.end <= b])
    # Last, when the whole text names no town or province: the country whose own forces the
    # paragraph names ("Nigerien soldiers", "Kenyan police") acts at home, country only; never a
    # backer's adjective ("Iranian-backed").
    if not any(p.feature not in ("country", "region") for p in usable):
        p_start = min(a for k, (a, _) in enumerate(ctx.sentence_spans) if ctx.sentence_paragraph[k] == para)
        p_end = max(b for k, (_, b) in enumerate(ctx.sentence_spans) if ctx.sentence_paragraph[k] == para)
        levels.append([p for p in ctx.places
                       if p_start <= p.start and p.end <= p_end and _state_force_adjective(ctx, p)
                       and not foreign_demonym(ctx, p)])
    # The fallbacks below are read only when no level before them places the event (each walks
    # the whole text).
    fallbacks: list[Callable[[], list[Place]]] = [
        # A town that only qualifies a person in the paragraph ("Mombasa demonstrators", "Limuru
        # residents"): local people act at home.
        lambda: [p for p in _local_modifiers(ctx, para) if p not in grievance],
        # A town named inside an organisation's or a site's name ("Meru University students",
        # "the Inhambane Provincial Assembly"): local bodies mostly act at home.
        lambda: [p for p in _inside_names(ctx, para) if p not in grievance],
        # The towns of the nearest earlier paragraph that names one: a paragraph that names no
        # place tells more of the story told before it ("The ministry said 63 people had been
        # detained" after a lead on a protest in the capital).
        lambda: _earlier_paragraph_towns(ctx, para, usable),
        # The places of what the protest is about (see `grievance` above).
        lambda: grievance,
        # The country the document names most.
        lambda: _document_country(ctx),
        # The country the source covers (`Document.country`), country only: a national feed's
        # story that names no place is set in its country.
        lambda: _focus_country(ctx),
        # The home country of the state forces and parties the text names ("the Kenya Police",
        # "Renamo"), country only; never an armed group's (they cross borders).
        lambda: actor_country(ctx),
        # The home country of the communities the text names ("Pokot raiders", "Dadjo and Mouro
        # villagers"), when they live in few states (see `places_home.ethnic_country`).
        lambda: ethnic_country(ctx),
        # Last, the nationality or community of the people the text names ("Kenyan youths", "a
        # Malawian driver"): weak, as foreigners are often named by their nationality.
        lambda: _document_country(ctx, people=True),
    ]
    for level in chain(levels, (fallback() for fallback in fallbacks)):
        best = _best_place(level, cand.main.start, ctx.text, ctx)
        if best is not None:
            # A province closing a chain of areas: the chain's first located town (`chain_start`).
            best = chain_start(ctx.text, best, ctx.places) or best
            country = best.country
            if country is None:  # a region across borders ("the Lake Chad region"): the document's
                # country, else the home country of its state forces, parties or communities
                country = next((q.country for q in (*_document_country(ctx), *_focus_country(ctx),
                                                    *_forces_country(ctx),
                                                    *actor_country(ctx), *ethnic_country(ctx),
                                                    *_document_country(ctx, people=True))), None)
            # Coded where ACLED codes it: a division at its seat, not at its GeoNames point.
            from ..normalize.places_lookup import event_point
            lat, lon = event_point(best)
            if placed_at_areas(best, province=True):
                # A place the gazetteer lacks, known only by its province: the province's own point
                # (its middle, mostly) is nearer the place than the seat an event of the whole
                # province is coded at.
                lat, lon = best.lat, best.lon
            precision = best.precision if best.lat is not None else 4
            if best in coded:
                # The coder's own word, else 2: a place coded for another one it could not locate.
                precision = coded_precision(ctx.text, best) or 2
            elif head_of_area(ctx.text, best, ctx.places) is not None:
                precision = max(precision, 2)  # an area standing for a place in it it does not know
            elif best.feature == "landmark" and best.lat is not None and not _near_cued(ctx.text, best):
                # A street, building or quarter in a town the text names ("Moi Avenue, Mombasa",
                # "the Garissa Plaza"): ACLED codes the event at that town at precision 1.
                precision = 1
            return Location(country=country, precision=precision,
                            name=best.name, admin1=best.admin1, lat=lat, lon=lon,
                            geonames_id=best.geonames_id, text=best.text or None)
    return Location()


def country_place(iso3: str, entry: GazetteerEntry | None) -> Place:
    """A country as a country-level place (precision 4), for a source's country: at its gazetteer
    entry's point, with the entry's seat, the country's `places_centroids.tsv` centre, as the point
    an event known only at country level is coded at (`places_lookup.event_point`); without
    coordinates when the gazetteer has no entry."""
    name = country_name(iso3) or iso3
    if entry is None:
        return Place(text="", start=0, end=0, name=name, country=iso3, feature="country", precision=4)
    return Place(text="", start=0, end=0, name=entry.name or name, country=iso3, lat=entry.lat, lon=entry.lon,
                 geonames_id=entry.geonames_id or None, feature="country", precision=4, seat=entry.seat)


def _focus_country(ctx: DocContext) -> list[Place]:
    """The source's country (`ctx.focus`) as a country-level place; of several, the one the state
    forces, parties or communities the text names point to (`places_home.actor_country`,
    `places_home.ethnic_country`, `_document_country(people=True)`), else none (the event is not
    put in one of them by guess)."""
    if len(ctx.focus) <= 1:
        return list(ctx.focus)
    for hint in (*_forces_country(ctx), *actor_country(ctx), *ethnic_country(ctx),
                 *_document_country(ctx, people=True)):
        for q in ctx.focus:
            if q.country == hint.country:
                return [q]
    return []


def _plain_mention(ctx: DocContext, p: Place) -> bool:
    """Whether the place is a mention of its own, not part of a longer name, a backer's or an
    opponent's adjective ("Iranian-backed", "anti-Kenyan") or an origin ("from X")."""
    text = ctx.text
    if text[p.end:p.end + 1] == "-" or text[max(0, p.start - 5):p.start].lower().endswith(("pro-", "anti-")):
        return False
    return not _inside_name(ctx, p) and not _is_origin(text, p)


def _local_modifiers(ctx: DocContext, para: int) -> list[Place]:
    """Towns and areas of the paragraph that qualify people or things rather than name a site
    ("Kisii traders", "Samburu residents"); demonyms and countries are left out."""
    spans = [span for k, span in enumerate(ctx.sentence_spans) if ctx.sentence_paragraph[k] == para]
    if not spans:
        return []
    p_start, p_end = min(a for a, _ in spans), max(b for _, b in spans)
    return [p for p in ctx.places
            if p_start <= p.start and p.end <= p_end and p.lat is not None and p.country is not None
            and p.feature not in ("country", "region") and iso3_for_demonym(p.text) is None
            and _plain_mention(ctx, p)]


def _earlier_paragraph_towns(ctx: DocContext, para: int, usable: Sequence[Place]) -> list[Place]:
    """The located towns, districts and provinces of the nearest paragraph before `para` that
    names any (countries and regions left out)."""
    for earlier in range(para - 1, -1, -1):
        spans = [span for k, span in enumerate(ctx.sentence_spans) if ctx.sentence_paragraph[k] == earlier]
        if not spans:
            continue
        a, b = min(x for x, _ in spans), max(y for _, y in spans)
        towns = [p for p in usable if a <= p.start and p.end <= b and p.lat is not None
                 and p.feature not in ("country", "region")]
        if towns:
            return towns
    return []


def _inside_names(ctx: DocContext, para: int) -> list[Place]:
    """Towns and areas of the paragraph named inside a longer name ("Meru University", "the Kisumu
    County Assembly"); countries, regions, origins and "pro-"/"anti-" forms are left out."""
    spans = [span for k, span in enumerate(ctx.sentence_spans) if ctx.sentence_paragraph[k] == para]
    if not spans:
        return []
    p_start, p_end = min(a for a, _ in spans), max(b for _, b in spans)
    text = ctx.text
    return [p for p in ctx.places
            if p_start <= p.start and p.end <= p_end and p.lat is not None and p.country is not None
            and p.feature not in ("country", "region") and iso3_for_demonym(p.text) is None
            and _inside_name(ctx, p) and not _is_origin(text, p)
            and text[p.end:p.end + 1] != "-"
            and not text[max(0, p.start - 5):p.start].lower().endswith(("pro-", "anti-"))]


def _people_demonym(ctx: DocContext, p: Place) -> bool:
    """Whether the place is a country adjective or noun for people or things ("a Malawian driver",
    "Chinese workers", "Somalis"): their nationality or community, weaker evidence of where the
    event is than a country's forces ("Kenyan police") or sites ("a Kenyan town")."""
    if p.feature != "country" or iso3_for_demonym(p.text) is None or _state_force_adjective(ctx, p):
        return False
    root = root_at(ctx.doc, p.start, p.end)
    if root is None:
        return True
    tok = ctx.doc[root]
    return not (tok.dep_ in ("amod", "compound", "nmod")
                and (tok.head.lemma_.lower() in SITE_NOUNS or tok.head.lower_ in SITE_NOUNS))


def _document_country(ctx: DocContext, people: bool = False) -> list[Place]:
    """The mentions of the country the whole document names most (its resolved places, country
    names and demonyms; not origins, destinations or across a border (`_away`); demonyms of people
    (`_people_demonym`) only when `people`), for an event whose paragraph names no usable place;
    empty on a tie."""
    counts: Counter[str] = Counter()
    for p in ctx.places:
        if p.country is not None and _plain_mention(ctx, p) and not _away(ctx.text, p) \
                and (people or not _people_demonym(ctx, p)) and not foreign_demonym(ctx, p):
            counts[p.country] += 1
    if not counts:
        return []
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return []
    top = ranked[0][0]
    return [p for p in ctx.places if p.country == top and p.feature == "country" and _plain_mention(ctx, p)
            and not _away(ctx.text, p) and (people or not _people_demonym(ctx, p))] \
        or [Place(text=top, start=0, end=0, name=country_name(top) or top, country=top, feature="country",
                  precision=4)]


def _forces_country(ctx: DocContext) -> list[Place]:
    """The country adjectives of the text that qualify that country's forces ("Chadian troops"),
    when they all name one country; empty otherwise."""
    found = [p for p in ctx.places if _state_force_adjective(ctx, p)]
    return found if len({p.country for p in found}) == 1 else []


def _state_force_adjective(ctx: DocContext, p: Place) -> bool:
    """Whether the place is a country adjective qualifying that country's forces or officials."""
    if p.feature != "country" or p.country is None or iso3_for_demonym(p.text) is None:
        return False
    text = ctx.text
    if text[p.end:p.end + 1] == "-" or text[max(0, p.start - 5):p.start].lower().endswith(("pro-", "anti-")):
        return False
    root = root_at(ctx.doc, p.start, p.end)
    if root is None:
        return False
    tok = ctx.doc[root]
    return tok.dep_ in ("amod", "compound", "nmod") and tok.head.lemma_.lower() in STATE_FORCE_NOUNS


