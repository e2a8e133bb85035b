"""Actor normalisation: a noun phrase that names who acted (or who was targeted) -> an ACLED-style actor.

Names follow ACLED conventions ("Military Forces of the United States", "Police Forces of Kenya",
"Government of Iraq", "Protesters (Iraq)", "Unidentified Armed Group (Niger)", "Fulani Ethnic Militia
(Chad)", "Al Shabaab"), without ACLED's date suffixes ("(2013-)"). Named groups, agencies and their aliases
come from `data/actors.tsv` (plus user files in the same format); ethnic group names for identity militias
from `data/actors_ethnic.tsv`; countries, demonyms and country names from `flashpoint.normalize.countries`.
See docs/ACTORS.md for the data formats and the decisions taken (kinds, countries, unnamed actors).

Everything is dictionary look-ups over word tokens: no parser, no model. Data is read once, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from flashpoint.normalize import countries
from flashpoint.records import Actor

from .actors_aliases import _backer_spans, backers, find_aliases
from .actors_dictionary import (
    KINDS,
    LOCATION,
    ActorDictionary,
    ActorEntry,
    _fold_text,
    _strip_template,
    _Token,
    _tokens,
    _with_the,
    default_dictionary,
    parse_actor_rows,
)
from .actors_words import _CUT, _DETERMINERS, _OF, _classify, _countries_in, _proper_group, _words

__all__ = ["KINDS", "LOCATION", "ActorDictionary", "ActorEntry", "backers", "category_actor_name",
           "default_dictionary", "find_aliases", "normalize_actor", "parse_actor_rows", "state_actor_name"]


# ---------------------------------------------------------------------------------------------------
# ACLED-format names ("Police Forces of Kenya (2013-) General Service Unit")
# ---------------------------------------------------------------------------------------------------

_DATES = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")
_STATE_NAME = re.compile(r"^(?:Former\s+)?(Military Forces|Police Forces|Government) of (?:the )?(.+)$")
_GROUP_NAME = re.compile(r"^(Protesters|Rioters|Civilians|Unidentified Armed Group|Private Security Forces|"
                         r"Islamist Militia|Gang Militia)\s*\((.+)\)$")
_IDENTITY_NAME = re.compile(r"^(.+?) (Ethnic|Communal|Clan|Sub-Clan|Tribal) Militia(?:\s*\((.+)\))?$")
_MILITIA_NAME = re.compile(r"^(.+?) Militia(?:\s*\((.+)\))?$")
_ACRONYM_NAME = re.compile(r"^(?:Former\s+)?([A-Z0-9][A-Za-z0-9/&.-]*(?: \([A-Za-z]+\))?): (.+)$")
_GROUP_KINDS = {"Protesters": "protesters", "Rioters": "rioters", "Civilians": "civilians",
                "Unidentified Armed Group": "political_militia", "Private Security Forces": "external_forces",
                "Islamist Militia": "political_militia", "Gang Militia": "political_militia"}


def _iso_in(name: str | None) -> str | None:
    if not name or name == "International":
        return None
    return countries.iso3_for_name(name)


def _canonical(phrase: str, dictionary: ActorDictionary) -> tuple[str, str, str | None] | None:
    """(name, kind, country) when `phrase` is already an ACLED-style actor name; None otherwise."""
    text = _DATES.sub("", phrase.strip()).strip()
    if not text:
        return None
    m = _STATE_NAME.match(text)
    if m:
        # The country is the longest run of leading words that names one ("Kenya General Service Unit").
        words = m.group(2).split("(")[0].split()
        iso = next((_iso_in(" ".join(words[:k])) for k in range(len(words), 0, -1)
                    if _iso_in(" ".join(words[:k]))), None)
        if iso:
            return text, "government" if m.group(1) == "Government" else "state_forces", iso
    m = _GROUP_NAME.match(text)
    if m:
        return text, _GROUP_KINDS[m.group(1)], _iso_in(m.group(2))
    m = _IDENTITY_NAME.match(text)
    if m:
        return text, "identity_militia", _iso_in(m.group(3))
    m = _ACRONYM_NAME.match(text)
    if m:
        entry = dictionary.entry(m.group(2)) or dictionary.entry(m.group(1))
        if entry is not None:
            return text, entry.kind, None if entry.country == LOCATION else entry.country
        # Parties and movements written "ACRONYM: Name" are mostly political militias in ACLED.
        return text, "political_militia", None
    m = _MILITIA_NAME.match(text)
    if m and not dictionary.entry(text):
        return text, "political_militia", _iso_in(m.group(2))
    return None


# ---------------------------------------------------------------------------------------------------
# normalize_actor
# ---------------------------------------------------------------------------------------------------


def _label(iso3: str | None) -> str | None:
    return countries.country_name(iso3) if iso3 else None


def _paren(base: str, iso3: str | None) -> str:
    """ "Protesters (Iraq)"; just "Protesters" when the country is unknown."""
    name = _label(iso3)
    return f"{base} ({name})" if name else base


_BRANCHES = {"military": ("Military Forces of", "Unidentified Military Forces"),
             "police": ("Police Forces of", "Unidentified Police Forces"),
             "government": ("Government of", "Unidentified Government")}


def state_actor_name(branch: str, iso3: str | None) -> str:
    """ACLED name of a state's "military", "police" or "government": "Military Forces of the United
    States", "Police Forces of Kenya", "Government of Iraq"; "Unidentified Military Forces" (etc.)
    when the country is unknown. Raises KeyError for another branch."""
    prefix, unknown = _BRANCHES[branch]
    label = _label(iso3)
    return f"{prefix} {_with_the(label)}" if label else unknown


def category_actor_name(base: str, iso3: str | None) -> str:
    """ACLED name of an unnamed actor in a country: ("Protesters", "IRQ") -> "Protesters (Iraq)";
    just `base` when the country is unknown."""
    return _paren(base, iso3)


def _fill(entry: ActorEntry, location_country: str | None) -> tuple[str, str | None]:
    """Entry name and country with "{country}" / "*" resolved against the event's country."""
    country = location_country if entry.country == LOCATION else entry.country
    if "{country}" not in entry.name:
        return entry.name, country
    label = _label(country)
    if label is None:
        return _strip_template(entry.name), country
    return entry.name.replace("{country}", label), country


def _core(toks: list[_Token]) -> tuple[list[_Token], list[_Token]]:
    """Split a noun phrase into the part before the first "of" and the part after it, both cut at the
    first preposition or relative word ("civilians in X" -> "civilians")."""
    cut = next((i for i, t in enumerate(toks) if t.key in _CUT and i > 0), len(toks))
    toks = toks[:cut]
    of = next((i for i, t in enumerate(toks) if t.key in _OF and i > 0), len(toks))
    return toks[:of], toks[of + 1:]


def _state(hits: list[tuple[str, int, int]]) -> str | None:
    """Which state branch a phrase names: 'mil', 'pol', 'gov' or None."""
    classes = [h[0] for h in hits]
    strong = [c for c in classes if c in ("mil", "pol")]
    if strong:
        # "police and soldiers": the first named branch.
        return strong[0]
    if "forces" in classes:
        return "mil"
    if "officers" in classes:
        return "pol"
    if "gov" in classes:
        return "gov"
    return None


_NAME_PARTICLES = frozenset({"al", "bin", "ibn", "de", "van", "von", "el", "abu", "bint"})


def _person(toks: list[_Token], hits: list[tuple[str, int, int]]) -> tuple[str, int, int, int] | None:
    """(name, index of the title, name start, name end) when the phrase is a title followed by a
    capitalised name."""
    titles = [h for h in hits if h[0] == "title"]
    for n, (_, i, j) in enumerate(titles):
        # "supreme leader Ayatollah Ali Khamenei": the name starts after the last title of a chain.
        while n + 1 < len(titles) and titles[n + 1][1] == j:
            n += 1
            j = titles[n][2]
        if j >= len(toks):
            continue
        rest = toks[j:]
        capitalised = all(t.text[:1].isupper() or t.key in _NAME_PARTICLES for t in rest)
        if capitalised and rest[-1].text[:1].isupper():
            if any(t.key in _CUT or t.key in _OF for t in rest):
                continue
            return " ".join(t.text for t in rest), i, rest[0].start, rest[-1].end
    return None


def normalize_actor(phrase: str, dictionary: ActorDictionary | None = None, *,
                    location_country: str | None = None, start: int | None = None,
                    end: int | None = None) -> Actor | None:
    """A noun phrase that names who acted or who was targeted -> Actor(name, kind, country, text=phrase,
    start, end). None when the phrase names no actor.

    Order of decisions: an ACLED-format name is taken as it is; then the head noun phrase (before a
    preposition; before "of" unless that part names nothing, as in "dozens of protesters") is read:
    a crowd or civilian head noun that follows a named group wins ("Hezbollah supporters" stays
    Hezbollah, "UN workers" are civilians); else a named group or agency from the dictionary; a title
    and a capitalised name (a person); state forces, police or government with the country named
    in the phrase (else `location_country`); then unnamed crowds, civilians, armed men, rebels and
    communal militias, whose country is `location_country` (else one named in the phrase).
    "X-backed"/"pro-X" modifiers are ignored here (see `backers`).
    """
    if dictionary is None:
        dictionary = default_dictionary()
    text = phrase.strip()
    if not text:
        return None

    def make(name: str, kind: str, country: str | None) -> Actor:
        return Actor(name=name, kind=kind, country=country, text=phrase, start=start, end=end)

    canon = _canonical(text, dictionary)
    if canon is not None:
        return make(*canon)

    # Blank out backer modifiers so "Iranian-backed" names neither the actor nor its country.
    folded = _fold_text(text)
    for b_start, b_end, _ in _backer_spans(folded):
        folded = folded[:b_start] + " " * (b_end - b_start) + folded[b_end:]
    toks = _tokens(folded)
    if not toks:
        return None
    left, right = _core(toks)
    # Words that only qualify another noun ("a group of", "angry") do not make "X" the head of "X of Y".
    left_hits = [h for h in _classify(left)
                 if h[0] not in ("islamist", "angry", "protesting", "militia_head", "supporters")]
    # "Malian soldiers and Wagner mercenaries": the first conjunct names the actor, unless a name spans
    # the conjunction ("Justice and Equality Movement").
    conj = next((i for i, t in enumerate(left) if t.key in ("and", "or") and i > 0), None)
    if conj is not None:
        whole = dictionary.match(left) or _proper_group(left)
        if whole is None or not whole[1] < conj < whole[2]:
            first = normalize_actor(folded[:left[conj].start], dictionary, location_country=location_country,
                                    start=start, end=end)
            if first is not None:
                return replace(first, text=phrase)
    names_left = left_hits or dictionary.match(left) or dictionary.ethnic_match(left) or _proper_group(left)
    core = left if (names_left or not right) else right
    if core is right and any(h[0] == "supporters" for h in _classify(left)) and not (
            dictionary.match(right) or _proper_group(right)):
        # "supporters of the governor": a crowd, not the governor's forces.
        core = left
    # "fighters of Hezbollah", "members of the PMF": the group after "of" is the actor.
    if core is left and right and dictionary.match(right) and not dictionary.match(left) and \
            not {h[0] for h in left_hits} & {"civilians", "protesters", "rioters", "gov", "title"}:
        core = right
    if not core:
        return None
    hits = _classify(core)
    classes = {h[0] for h in hits}
    matched = dictionary.match(core)
    if matched is None:
        # A capitalised group name not in the dictionary, named as written (to its end in the phrase).
        # The name may run past the head phrase ("Armed Forces of Mali", "Movement for Justice in Chad").
        group = _proper_group(toks)
        if group is not None and core[0].start <= toks[group[1]].start <= core[-1].start:
            kind, i, j = group
            at = next(k for k, t in enumerate(core) if t.start == toks[i].start)
            name = folded[toks[i].start:toks[j - 1].end]
            matched = (ActorEntry(name, kind, LOCATION), at, min(len(core), at + j - i))

    # A crowd or civilian head noun after a named group: the people, not the group.
    crowd_after = [h for h in hits if h[0] in ("protesters", "rioters", "civilians")
                   and (matched is None or h[1] >= matched[2])
                   and tuple(t.key for t in core[h[1]:h[2]]) not in _words("man", "men", "people", "persons")]
    if matched is not None and not crowd_after:
        entry, _, _ = matched
        name, country = _fill(entry, location_country)
        return make(name, entry.kind, country)

    # A country named alone ("the United States", "Iran") stands for its government.
    if not hits and len(core) <= 4:
        bare = " ".join(t.text for t in core if t.key != "the")
        iso = countries.iso3_for_name(bare) if bare else None
        if iso:
            return make(state_actor_name("government", iso), "government", iso)

    person = _person(core, hits)
    if person is not None:
        _, title_at, name_start, name_end = person
        found = _countries_in(core[:title_at], set())
        return make(folded[name_start:name_end], "person", found[0][1] if found else None)

    # The state may sit after "of" ("soldiers of the Malian army", "Military Forces of France").
    in_phrase = _countries_in(core if core is right else left + right, set())
    phrase_country = in_phrase[0][1] if in_phrase else None
    local = location_country or phrase_country

    if "rioters" in classes or ("angry" in classes and classes & {"protesters", "civilians"}):
        return make(_paren("Rioters", local), "rioters", local)
    if classes & {"protesters", "supporters"} or ("protesting" in classes and "civilians" in classes):
        return make(_paren("Protesters", local), "protesters", local)

    # Identity militias: an ethnic/clan name with a militia word, or a communal/clan/tribal militia.
    ethnic = dictionary.ethnic_match(core)
    militia_words = classes & {"militia_head", "communal", "clan", "tribal", "ethnic"}
    if ethnic is not None and "forces" in classes and not _countries_in(core[ethnic[1]:ethnic[2]], set()):
        # "Kurdish forces": a people without a state of that name; "Somali forces" stay state forces.
        militia_words = militia_words | {"forces"}
    if ethnic is not None and militia_words and not classes & {"mil", "pol"}:
        kind_word = "Clan" if "clan" in classes else "Communal" if "communal" in classes else "Ethnic"
        return make(_paren(f"{ethnic[0]} {kind_word} Militia", local), "identity_militia", local)
    for cls, word in (("clan", "Clan"), ("communal", "Communal"), ("tribal", "Tribal"), ("ethnic", "Ethnic")):
        if cls in classes:
            named = _group_name_before(core, hits, cls)
            base = f"{named} {word} Militia" if named else f"Unidentified {word} Militia"
            return make(_paren(base, local), "identity_militia", local)

    if phrase_country and "weapon" in classes:
        hits = [("mil", *h[1:]) if h[0] == "weapon" else h for h in hits]
    state = _state(hits)
    civ_head = _last_of(hits, ("civilians",))
    state_head = _last_of(hits, ("mil", "pol", "gov", "forces", "officers"))
    if state is not None and not (civ_head is not None and (state_head is None or civ_head > state_head)) \
            and not (classes & {"armed", "rebels"} and not classes & {"mil", "pol", "gov"}):
        country = phrase_country or location_country
        branch = {"gov": "government", "pol": "police"}.get(state, "military")
        return make(state_actor_name(branch, country), "government" if branch == "government" else
                    "state_forces", country)

    if "islamist" in classes and any(t.key in ("militia", "militias", "militiamen") for t in core):
        return make(_paren("Islamist Militia", local), "political_militia", local)
    armed_at = _last_of(hits, ("armed",))
    rebels_at = _last_of(hits, ("rebels",))
    if rebels_at is not None and (armed_at is None or rebels_at >= armed_at):
        return make(_paren("Unidentified Rebel Group", local), "rebel_group", local)
    if armed_at is not None:
        return make(_paren("Unidentified Armed Group", local), "political_militia", local)
    if "civilians" in classes:
        return make(_paren("Civilians", local), "civilians", local)
    return None


def _last_of(hits: list[tuple[str, int, int]], classes: tuple[str, ...]) -> int | None:
    """Start index of the last hit of one of `classes`, or None."""
    found = [h[1] for h in hits if h[0] in classes]
    return max(found) if found else None


def _group_name_before(toks: Sequence[_Token], hits: list[tuple[str, int, int]], cls: str) -> str | None:
    """The capitalised words just before a "clan militia"-like phrase ("Garre clan militia" -> "Garre")."""
    at = next(h[1] for h in hits if h[0] == cls)
    words: list[str] = []
    i = at - 1
    while i >= 0 and toks[i].text[:1].isupper() and toks[i].key not in _DETERMINERS:
        words.insert(0, toks[i].text)
        i -= 1
    return " ".join(words) or None
