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

import pathlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from flashpoint.normalize import countries
from flashpoint.records import Actor

KINDS: frozenset[str] = frozenset({
    "state_forces", "rebel_group", "political_militia", "identity_militia", "rioters", "protesters",
    "civilians", "external_forces", "government", "organization", "person",
})
LOCATION = "*"
"""Country column value meaning "the country where the event happens"."""

# ---------------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------------

# Apostrophe-like characters in transliterations ("Sha’bi", "Shaʿbi", "Sha`bi") are folded to "'".
_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bf\u02bb\u02bc\u02be`\u00b4\u2032"})
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
# "U.S." and "U.N." stay one token; other words split on everything but letters, digits and apostrophes.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:'[^\W_]+)*")


@dataclass(frozen=True, slots=True)
class _Token:
    text: str  # as written (apostrophes folded)
    key: str  # casefolded, no dots, apostrophes or accents: the matching key
    start: int
    end: int


def _fold_text(text: str) -> str:
    """Fold apostrophe and dash variants (same length, so offsets keep)."""
    return text.translate(_APOSTROPHES).translate(_DASHES)


def _key(word: str) -> str:
    """Matching key of one word: casefolded, accents, dots and apostrophes removed."""
    word = unicodedata.normalize("NFKD", word)
    word = "".join(ch for ch in word if not unicodedata.combining(ch))
    return word.replace(".", "").replace("'", "").casefold()


def _tokens(text: str) -> list[_Token]:
    """Word tokens of `text` with their offsets into it."""
    folded = _fold_text(text)
    out = []
    for m in _TOKEN.finditer(folded):
        word = m.group()
        # A possessive "'s" is not part of the name ("Iran's army").
        if word.endswith("'s") and len(word) > 2:
            word = word[:-2]
        out.append(_Token(word, _key(word), m.start(), m.start() + len(word)))
    return out


def _is_acronym(alias: str) -> bool:
    """Aliases written in capitals ("ADF", "KIA", "M23", "U.N.") only match as written, in capitals,
    because many are ordinary words in lower case."""
    letters = [ch for ch in alias if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and " " not in alias.strip()


# ---------------------------------------------------------------------------------------------------
# Dictionary
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One named actor: normalised name (may hold "{country}"), kind, home ISO3 ("*" = event country)."""

    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class ActorDictionary:
    """Named actors and their aliases, indexed by token sequence.

    Built by `load()`: the packaged `data/actors.tsv`, one generated "Military Forces of X",
    "Police Forces of X" and "Government of X" entry per country, then user files (later rows add
    aliases to an entry of the same name, or replace an alias another entry had).
    """

    entries: tuple[ActorEntry, ...]
    ethnic: dict[tuple[str, ...], str] = field(default_factory=dict)
    _folded: dict[tuple[str, ...], ActorEntry] = field(default_factory=dict, repr=False)
    _exact: dict[tuple[str, ...], ActorEntry] = field(default_factory=dict, repr=False)
    _max_len: int = 1

    @classmethod
    def load(cls, extra: Sequence[pathlib.Path] = ()) -> ActorDictionary:
        """The packaged dictionary plus user files in the `actors.tsv` format (see docs/ACTORS.md)."""
        entries = list(_packaged_entries())
        for path in extra:
            entries.extend(parse_actor_rows(pathlib.Path(path).read_text(encoding="utf-8-sig"), str(path)))
        return cls.build(entries, _packaged_ethnic())

    @classmethod
    def build(cls, entries: Iterable[ActorEntry], ethnic: dict[tuple[str, ...], str] | None = None
              ) -> ActorDictionary:
        """A dictionary from entries; same-name entries are merged (aliases added, later kind/country win)."""
        merged: dict[str, ActorEntry] = {}
        for entry in entries:
            old = merged.get(entry.name)
            if old is not None:
                entry = ActorEntry(entry.name, entry.kind, entry.country, old.aliases + entry.aliases)
            merged[entry.name] = entry
        folded: dict[tuple[str, ...], ActorEntry] = {}
        exact: dict[tuple[str, ...], ActorEntry] = {}
        max_len = 1
        for entry in merged.values():
            for alias in (_strip_template(entry.name), *entry.aliases):
                toks = _tokens(alias)
                if not toks:
                    continue
                max_len = max(max_len, len(toks))
                if _is_acronym(alias):
                    exact[tuple(t.text.replace(".", "") for t in toks)] = entry
                else:
                    folded[tuple(t.key for t in toks)] = entry
        return cls(tuple(merged.values()), dict(ethnic or {}), folded, exact, max_len)

    def entry(self, name: str) -> ActorEntry | None:
        """The entry whose normalised name (or alias) is exactly `name`."""
        toks = _tokens(name)
        hit = self._folded.get(tuple(t.key for t in toks))
        return hit or self._exact.get(tuple(t.text.replace(".", "") for t in toks))

    def match(self, toks: Sequence[_Token]) -> tuple[ActorEntry, int, int] | None:
        """The longest alias found in `toks` (earliest on ties): (entry, first token, end token)."""
        for n in range(min(self._max_len, len(toks)), 0, -1):
            for i in range(len(toks) - n + 1):
                window = toks[i:i + n]
                hit = self._folded.get(tuple(t.key for t in window))
                if hit is None:
                    hit = self._exact.get(tuple(t.text.replace(".", "") for t in window))
                if hit is not None:
                    return hit, i, i + n
        return None

    def ethnic_match(self, toks: Sequence[_Token]) -> tuple[str, int, int] | None:
        """The longest ethnic group name in `toks`: (group name, first token, end token)."""
        for n in (3, 2, 1):
            for i in range(len(toks) - n + 1):
                hit = self.ethnic.get(tuple(t.key for t in toks[i:i + n]))
                if hit is not None:
                    return hit, i, i + n
        return None


def _strip_template(name: str) -> str:
    return name.replace("({country})", "").replace("{country}", "").strip()


def parse_actor_rows(text: str, source: str = "actors.tsv") -> list[ActorEntry]:
    """Rows of an actors file: tab-separated name, kind, country, aliases; '#' lines and the header
    line (first cell "name") are skipped. Raises ValueError naming the file and line on a bad row."""
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if cells[0] == "name":
            continue
        cells += [""] * (4 - len(cells))
        name, kind, country, aliases = cells[:4]
        if not name or kind not in KINDS:
            raise ValueError(f"{source}:{lineno}: need a name and one of the kinds {sorted(KINDS)}")
        out.append(ActorEntry(name, kind, country.upper() if country and country != LOCATION else
                              (LOCATION if country == LOCATION else None),
                              tuple(a.strip() for a in aliases.split("|") if a.strip())))
    return out


def _with_the(name: str) -> str:
    """Country name as ACLED writes it after "of": "the United States", "the Philippines"."""
    if re.match(r"(United|Republic|Democratic Republic|Central African|Czech|Dominican)\b", name) or \
            re.search(r"(Islands|Philippines|Netherlands|Bahamas|Maldives|Comoros)$", name):
        return "the " + name
    return name


@lru_cache(maxsize=1)
def _packaged_entries() -> tuple[ActorEntry, ...]:
    """Generated per-country state entries, then `data/actors.tsv` (read once)."""
    generated = []
    for row in countries.all_countries():
        of = _with_the(row.name)
        generated.append(ActorEntry(f"Military Forces of {of}", "state_forces", row.iso3))
        generated.append(ActorEntry(f"Police Forces of {of}", "state_forces", row.iso3))
        generated.append(ActorEntry(f"Government of {of}", "government", row.iso3))
    text = resources.files("flashpoint.data").joinpath("actors.tsv").read_text(encoding="utf-8")
    return tuple(generated) + tuple(parse_actor_rows(text))


@lru_cache(maxsize=1)
def _packaged_ethnic() -> dict[tuple[str, ...], str]:
    """`data/actors_ethnic.tsv`: token keys of each group name and alias -> group name."""
    text = resources.files("flashpoint.data").joinpath("actors_ethnic.tsv").read_text(encoding="utf-8")
    out: dict[tuple[str, ...], str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        cells = line.split("\t") + ["", ""]
        for form in [cells[0], *cells[2].split("|")]:
            if form.strip():
                out[tuple(t.key for t in _tokens(form))] = cells[0].strip()
    return out


@lru_cache(maxsize=1)
def default_dictionary() -> ActorDictionary:
    """The packaged dictionary, built once."""
    return ActorDictionary.load()


# ---------------------------------------------------------------------------------------------------
# Word classes for unnamed actors
# ---------------------------------------------------------------------------------------------------

def _words(*groups: str) -> frozenset[tuple[str, ...]]:
    """Token-key tuples of word groups, tokenised like phrases ("anti-riot police" is 3 tokens)."""
    return frozenset(tuple(t.key for t in _tokens(g)) for g in groups)


_CLASSES: dict[str, frozenset[tuple[str, ...]]] = {
    # State forces. "Strong" words decide the branch; weak ones ("forces", "officers") only by default.
    "mil": _words(
        "soldier", "soldiers", "troops", "troop", "army", "armies", "military", "militaries", "armed forces",
        "security forces", "navy",
        "naval forces", "air force", "marines", "commandos", "commando", "paratroopers", "special forces",
        "gendarmes", "gendarme", "gendarmerie", "national guard",
        "guardsmen", "border guards", "border guard", "coast guard", "defence forces", "defense forces",
        "servicemen", "serviceman", "service members", "servicemembers", "battalion", "coalition",
        "junta", "intelligence services", "security services",
        "counterterrorism forces", "counter-terrorism forces",
    ),
    # Weapons name state forces only with the state named in the phrase ("U.S. airstrikes", "Israeli
    # drones"): "a drone strike" alone says nothing of who struck.
    "weapon": _words(
        "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids", "drone", "drones",
        "drone strike", "drone strikes", "warplane", "warplanes", "jets", "fighter jets", "jet", "aircraft",
        "helicopter", "helicopters", "gunship", "gunships", "artillery", "shelling", "tanks", "strike",
        "strikes", "missile", "missiles", "sniper", "snipers", "bombardment", "bombing", "bombings",
    ),
    "pol": _words(
        "police", "policemen", "policeman", "policewoman", "policewomen", "police officers", "police officer",
        "cops", "cop", "constable", "constables", "riot police", "anti-riot police", "law enforcement",
        "prison guards", "prison guard", "prison wardens", "warders", "security agents", "gendarmerie police",
    ),
    "gov": _words(
        "government", "governments", "govt", "authorities", "regime", "administration", "ministry",
        "minister", "ministers", "president", "prime minister", "cabinet", "parliament", "officials",
        "official", "governor", "authority", "presidency", "state department",
    ),
    # Weak heads: they name state forces only with a country or a state word around them.
    "forces": _words("forces", "force", "personnel", "units", "unit", "patrol", "convoy"),
    "officers": _words("officers", "officer", "agents", "agent"),
    "protesters": _words(
        "protesters", "protester", "protestors", "protestor", "demonstrators", "demonstrator", "marchers",
        "strikers", "picketers", "crowd", "crowds", "rally", "sit-in", "demonstration", "demonstrations",
        "protest", "protests",
    ),
    # Words that make a civilian noun a protester ("students protesting", "striking workers").
    "protesting": _words("protesting", "demonstrating", "striking", "rallying", "marching", "picketing"),
    "rioters": _words("rioters", "rioter", "mob", "mobs", "looters", "looter", "vandals", "lynch mob",
                      "arsonists"),
    "angry": _words("angry", "irate", "enraged", "furious", "rioting"),
    "civilians": _words(
        "civilians", "civilian", "villagers", "villager", "residents", "resident", "locals", "local",
        "inhabitants", "farmers", "farmer", "herders", "herder", "herdsmen", "herdsman", "pastoralists",
        "fishermen", "fisherman", "woman", "women", "man", "men", "boy", "boys", "girl", "girls", "child",
        "children", "kids", "infant", "baby", "teenager", "teenagers", "teen", "teens", "youth", "youths",
        "people", "persons", "person", "family", "families", "couple", "contractor", "contractors",
        "worker", "workers", "labourers", "laborers", "labourer", "laborer", "employee", "employees",
        "journalist", "journalists", "reporter", "reporters", "photographer", "teacher", "teachers",
        "student", "students", "pupils", "schoolchildren", "passenger", "passengers", "motorist",
        "motorists", "driver", "drivers", "trader", "traders", "merchant", "merchants", "shopkeeper",
        "vendor", "vendors", "businessman", "businessmen", "businesswoman", "worshippers", "worshipers",
        "pilgrims", "refugees", "refugee", "migrants", "migrant", "idps", "displaced", "aid worker",
        "aid workers", "humanitarian workers", "doctor", "doctors", "nurse", "nurses", "health workers",
        "miner", "miners", "pastor", "priest", "priests", "imam", "imams", "monk", "monks", "nun", "nuns",
        "village chief", "chief", "elder", "elders", "tourist", "tourists", "patients", "patient",
        "prisoners", "prisoner", "detainees", "detainee", "hostage", "hostages", "bystander",
        "bystanders", "pedestrian", "pedestrians", "elderly", "widow", "citizen", "citizens", "voters",
        "lawyer", "lawyers", "activist", "activists", "passers-by", "passersby", "crew", "villages",
        "community", "communities", "population", "worshipper", "shepherd", "shepherds", "cattle herders",
        "members of the public", "pupil", "gold miners", "loggers", "hunters", "cleric", "clerics",
        "traditional leader", "traditional leaders", "village head", "public", "riders", "motorcyclists",
        "boda boda", "boda boda riders", "civil servants", "pensioners", "survivors", "relatives",
    ),
    # Unnamed armed men: ACLED's "Unidentified Armed Group", a political militia (inter code 3).
    "armed": _words(
        "gunmen", "gunman", "armed men", "armed man", "unidentified armed men", "unknown armed men",
        "unidentified men", "unknown men", "masked men", "armed group", "armed groups", "armed individuals",
        "armed assailants", "assailants", "assailant", "attackers", "attacker", "bandits", "bandit",
        "kidnappers", "kidnapper", "abductors", "hitmen", "hitman", "unknown assailants", "gang", "gangs",
        "gangsters", "gang members", "criminals", "robbers", "armed robbers", "poachers", "cattle rustlers",
        "rustlers", "raiders", "suicide bomber", "suicide bombers", "bomber", "bombers", "militia",
        "militias", "militiamen", "militiaman", "armed youths", "armed youth", "thugs", "cult members",
        "cultists", "perpetrators", "perpetrator", "unknown perpetrator", "unidentified perpetrator",
        "unknown perpetrators", "unidentified perpetrators", "killers", "unidentified group", "unknown group",
        "unidentified groups", "unidentified individuals", "unknown individuals", "unidentified individual",
        "unidentified actor", "unidentified actors", "unknown actors", "unidentified people",
        "unknown people", "unidentified persons", "unknown persons", "unidentified person",
        "drug traffickers", "traffickers", "smugglers", "pirates", "armed individual", "armed person",
        "armed persons", "armed civilians",
    ),
    # Unnamed insurgents: a rebel group in the country where they fight.
    "rebels": _words(
        "militants", "militant", "insurgents", "insurgent", "jihadists", "jihadist", "rebels", "rebel",
        "terrorists", "terrorist", "extremists", "extremist", "separatists", "separatist", "guerrillas",
        "guerrilla", "guerillas", "islamists", "mujahideen", "fighters", "fighter", "jihadi", "jihadis",
        "insurgency", "terror group", "terrorist group", "rebel group", "rebel groups",
    ),
    "islamist": _words("islamist", "jihadist", "islamic"),
    # Militia words that, with a group name, make an identity militia.
    "militia_head": _words("militia", "militias", "militiamen", "militiaman", "fighters", "gunmen", "raiders",
                           "warriors", "attackers", "youths", "vigilantes", "men", "armed men", "herders",
                           "herdsmen", "assailants", "group", "groups"),
    "communal": _words("communal militia", "communal militias", "community militia", "community militias",
                       "vigilantes", "vigilante", "vigilante group", "vigilante groups", "self-defense group",
                       "self-defence group", "self-defense groups", "self-defence groups", "local militia",
                       "local militias", "village militia", "defence group", "defense group",
                       "local defence group", "local defense group", "local defense forces",
                       "self-defense committee", "self-defence committee", "self-defense militia",
                       "self-defence militia", "self-defense militias", "self-defence militias"),
    "clan": _words("clan militia", "clan militias", "clan militiamen", "clansmen", "clan fighters"),
    "tribal": _words("tribal militia", "tribal militias", "tribesmen", "tribal fighters", "tribal gunmen"),
    "ethnic": _words("ethnic militia", "ethnic militias", "ethnic militiamen", "ethnic fighters"),
    "title": _words(
        "president", "vice president", "prime minister", "minister", "general", "gen", "lt gen", "maj gen",
        "brig gen", "colonel", "col", "commander", "governor", "senator", "ayatollah", "supreme leader",
        "king", "crown prince", "prince", "sheikh", "sheik", "cleric", "leader", "mayor", "spokesman",
        "spokesperson", "spokeswoman", "lawmaker", "mp", "secretary", "secretary of state", "ambassador",
        "judge", "emir", "chief", "field marshal", "marshal", "major", "captain", "lieutenant",
        "opposition leader", "pope", "premier", "chancellor", "speaker",
    ),
}
# Words that separate the head noun phrase from a trailing modifier ("civilians in Hezbollah areas").
_CUT = frozenset(_key(w) for w in (
    "in", "at", "near", "from", "who", "which", "that", "on", "during", "after", "while", "when", "inside",
    "outside", "across", "killed", "wounded", "injured", "arrested", "based", "loyal", "opposed",
    "against", "by", "with", "to", "into", "under", "allegedly", "reportedly", "whom", "whose",
))
_OF = frozenset({"of", "among", "including"})
_DETERMINERS = frozenset({"the", "a", "an", "some", "several", "many", "dozens", "hundreds", "thousands",
                          "scores", "tens", "two", "three", "few", "other", "his", "her", "their", "its"})


# Capitalised names of unknown groups: words that make a proper name a rebel group or a militia.
_REBEL_NAME_WORDS = frozenset(_key(w) for w in (
    "Liberation", "Revolutionary", "Resistance", "Rebel", "Rebels", "Insurgent", "Jihad", "Mujahideen",
    "Mujahidin", "Salvation", "Insurrection", "Guerrilla",
))
_GROUP_NAME_WORDS = frozenset(_key(w) for w in (
    "Movement", "Front", "Party", "Alliance", "Council", "Militia", "Brigade", "Brigades", "Youth",
    "Coalition", "Committee", "Defenders", "Army", "Forces", "Organisation", "Organization", "Battalion",
    "Battalions", "Mobilization", "Mobilisation",
))
_STATE_NAME_WORDS = frozenset(_key(w) for w in ("Army", "Forces", "Police", "Guard", "Navy", "Gendarmerie"))
_NOT_GROUP_NAME_WORDS = frozenset({"ethnic", "communal", "clan", "tribal", "unidentified", "unknown"})
_NAME_LINKS = frozenset({"of", "for", "and", "the", "in", "de", "du", "des", "la", "al", "wa", "el", "to"})


def _proper_group(toks: Sequence[_Token]) -> tuple[str, int, int] | None:
    """(kind, first token, end token) of a capitalised name that reads as an armed group or a political
    organisation not in the dictionary ("the Movement for Justice in Chad", "the Patriotic Front"):
    with a word like Liberation/Resistance a rebel group, with Movement/Front/Party/... a political
    militia. Names of state forces ("Nigerian Army", "Armed Forces of Mali") are left to the state rules."""
    i = 0
    while i < len(toks):
        if not toks[i].text[:1].isupper() or toks[i].key == "the":
            i += 1
            continue
        j = i + 1
        # A name runs over capitalised words and links separated by one space or hyphen (not "(").
        while j < len(toks) and toks[j].start - toks[j - 1].end <= 1 and (
                toks[j].text[:1].isupper() or toks[j].text[:1].isdigit() or toks[j].key in _NAME_LINKS):
            j += 1
        while j > i and toks[j - 1].key in _NAME_LINKS:
            j -= 1
        run = toks[i:j]
        caps = {t.key for t in run if t.text[:1].isupper()}
        titled = bool(_classify(run[:2])) and any(h[0] == "title" for h in _classify(run[:2]))
        if len(caps) >= 2 and not titled:
            statey = bool(caps & _STATE_NAME_WORDS) and bool(_countries_in(run, set()))
            if caps & _NOT_GROUP_NAME_WORDS:
                # "Pokot Ethnic Militia", "Unidentified Armed Group": the identity and unnamed rules.
                i = max(j, i + 1)
                continue
            if caps & _REBEL_NAME_WORDS:
                return "rebel_group", i, j
            if caps & _GROUP_NAME_WORDS and not statey and not caps & {"police", "guard", "navy"}:
                return "political_militia", i, j
        i = max(j, i + 1)
    return None


def _classify(toks: Sequence[_Token]) -> list[tuple[str, int, int]]:
    """Word-class hits in `toks`: (class, first token, end token), longest phrase first at each position.
    A token can belong to several classes ("president" is both a title and a government word)."""
    hits: list[tuple[str, int, int]] = []
    for cls, phrases in _CLASSES.items():
        i = 0
        while i < len(toks):
            for n in (4, 3, 2, 1):
                if i + n <= len(toks) and tuple(t.key for t in toks[i:i + n]) in phrases:
                    hits.append((cls, i, i + n))
                    i += n - 1
                    break
            i += 1
    hits.sort(key=lambda h: (h[1], -(h[2] - h[1])))
    return hits


# ---------------------------------------------------------------------------------------------------
# Backers and aliases
# ---------------------------------------------------------------------------------------------------

_BACKER_PRO = re.compile(r"\bpro-\s?(?P<words>[\w.']+(?:\s[\w.']+)?)")
_BACKER_ADJ = re.compile(
    r"(?P<words>(?:[\w.']+\s)?[\w.']+?)\s?-\s?(?:backed|sponsored|orchestrated|supported|funded|aligned|"
    r"allied|armed|trained|affiliated|linked|financed|equipped|proxy)(?![\w-])"
)


def _country_of(words: str) -> str | None:
    """ISO3 of a country name or demonym."""
    return countries.iso3_for_demonym(words) or countries.iso3_for_name(words)


def _backer_spans(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, ISO3 or None) of each "X-backed" / "pro-X" modifier in `text`. Two-word countries
    ("pro-Saudi Arabia", "United States-backed") are tried before one word."""
    folded = _fold_text(text)
    out = []
    for m in _BACKER_PRO.finditer(folded):
        words = m.group("words").split()
        if len(words) == 2 and _country_of(" ".join(words)):
            out.append((m.start(), m.end(), _country_of(" ".join(words))))
        else:
            out.append((m.start(), m.start("words") + len(words[0]), _country_of(words[0])))
    for m in _BACKER_ADJ.finditer(folded):
        words = m.group("words").split()
        if len(words) == 2 and _country_of(" ".join(words)):
            out.append((m.start("words"), m.end(), _country_of(" ".join(words))))
        else:
            out.append((m.end("words") - len(words[-1]), m.end(), _country_of(words[-1])))
    return sorted(out)


def backers(phrase: str) -> list[str]:
    """ISO3 codes of the states an actor phrase says back it: "Iranian-backed", "pro-Iranian",
    "Iran-sponsored", "U.S.-orchestrated" ... In order of mention, without repeats; [] if none."""
    out: list[str] = []
    for _, _, iso in _backer_spans(phrase):
        if iso and iso not in out:
            out.append(iso)
    return out


_ALIAS_NAME = r"((?:[A-Z][\w'’ʿ.-]*|al-[\w'’ʿ-]+|[Aa]l|of|for|and|the|in|de|des|du|la|wa|wal|ul)" \
              r"(?:[ ](?:[A-Z0-9][\w'’ʿ.-]*|al-[\w'’ʿ-]+|al|of|for|and|the|in|de|des|du|la|wa|wal|ul|el))*)"
_ALSO = r"(?:also known as|also called|a\.k\.a\.?|aka|known as|better known as|formerly known as|" \
        r"also referred to as|referred to as|dubbed)"
_PAREN_ALSO = re.compile(_ALIAS_NAME + r"\s*\(\s*" + _ALSO + r"\s+(?:the\s+)?([^()]+?)\s*\)")
_COMMA_ALSO = re.compile(_ALIAS_NAME + r",\s*" + _ALSO + r"\s+(?:the\s+)?" + _ALIAS_NAME)
_PAREN_ACRONYM = re.compile(_ALIAS_NAME[:-1] + r"(?:\s(?:group|movement|militia|organi[sz]ation))?)"
                            r"\s*\(\s*([A-Z][A-Za-z0-9-]{1,11})\s*\)")
_SMALL = frozenset({"of", "for", "and", "the", "in", "de", "des", "du", "la", "wa", "wal", "ul"})


def _trim_name(name: str) -> str:
    """Drop leading and trailing small words ("the", "and")."""
    words = name.strip().split()
    while words and words[0].lower() in _SMALL:
        words.pop(0)
    while words and words[-1].lower() in _SMALL:
        words.pop()
    return " ".join(words)


def _acronymish(text: str) -> bool:
    """One word of at least two capitals, or a capital and a digit ("PMF", "ISWAP", "M23")."""
    upper = sum(ch.isupper() for ch in text)
    return " " not in text and (upper >= 2 or (upper >= 1 and any(ch.isdigit() for ch in text)))


def _name_for_acronym(name: str, acronym: str) -> str:
    """The part of a capitalised run that an acronym abbreviates: the shortest tail whose capitalised
    words' initials spell it ("Fighters of the Popular Mobilization Forces" + "PMF" -> "Popular
    Mobilization Forces"), else the longest tail starting with the acronym's first letter, else all."""
    words = name.split()
    letters = "".join(ch for ch in acronym if ch.isalpha()).upper()
    for i in range(len(words) - 1, -1, -1):
        initials = "".join(w[0] for w in words[i:] if w[:1].isupper()).upper()
        if initials == letters and words[i][:1].isupper():
            return " ".join(words[i:])
    for i, word in enumerate(words):
        if word[:1].upper() == letters[:1]:
            return _trim_name(" ".join(words[i:]))
    return name


def find_aliases(text: str) -> dict[str, str]:
    """Aliases declared in a text -> the full names they stand for.

    "the Popular Mobilization Forces (PMF)" gives {"PMF": "Popular Mobilization Forces"};
    "Ansar Allah (also known as the Houthis)" and "Ansar Allah, also known as Houthis" give
    {"Houthis": "Ansar Allah"}: the later form maps to the earlier one, except that an acronym always
    maps to the spelled-out name. First declaration wins.
    """
    out: dict[str, str] = {}

    def add(alias: str, full: str) -> None:
        alias, full = _trim_name(alias), _trim_name(full)
        if not alias or not full or alias == full:
            return
        if _acronymish(full) and not _acronymish(alias):
            alias, full = full, alias
        out.setdefault(alias, full)

    folded = text.replace("\u2019", "'")
    for m in _PAREN_ALSO.finditer(folded):
        add(m.group(2), m.group(1))
    for m in _COMMA_ALSO.finditer(folded):
        add(m.group(2), m.group(1))
    for m in _PAREN_ACRONYM.finditer(folded):
        full, acro = _trim_name(m.group(1)), m.group(2)
        if full and _acronymish(acro) and " " in full:
            # Names translated from another language ("JNIM") keep the whole capitalised run.
            add(acro, _name_for_acronym(full, acro))
    return out


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


def _countries_in(toks: Sequence[_Token], skip: set[int]) -> list[tuple[int, str]]:
    """(token index, ISO3) of country names and demonyms in `toks`, longest first at each position."""
    out = []
    i = 0
    while i < len(toks):
        found = None
        for n in (4, 3, 2, 1):
            if i + n > len(toks) or any(j in skip for j in range(i, i + n)):
                continue
            words = " ".join(t.text for t in toks[i:i + n])
            iso = countries.iso3_for_demonym(words) or countries.iso3_for_name(words)
            if iso:
                found = (n, iso)
                break
        if found:
            out.append((i, found[1]))
            i += found[0]
        else:
            i += 1
    return out


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
                 if h[0] not in ("islamist", "angry", "protesting", "militia_head")]
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
    if "protesters" in classes or ("protesting" in classes and "civilians" in classes):
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
