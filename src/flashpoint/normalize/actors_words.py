"""Word classes for actors the text does not name ("soldiers", "gunmen", "protesters"), and the
capitalised names that read as armed groups. Part of `flashpoint.normalize.actors`."""

from __future__ import annotations

from collections.abc import Sequence

from flashpoint.normalize import countries

from .actors_dictionary import _key, _Token, _tokens

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
    # Party and candidate supporters: a crowd (ACLED codes them as protesters, or as rioters when
    # they turn violent), never the forces of the politician they support; a named group before or
    # after them ("Hezbollah supporters", "supporters of the X Party") is the actor instead.
    "supporters": _words("supporters", "supporter", "party supporters"),
    # Words that make a civilian noun a protester ("students protesting", "striking workers").
    "protesting": _words("protesting", "demonstrating", "striking", "rallying", "marching", "picketing"),
    "rioters": _words("rioters", "rioter", "mob", "mobs", "looters", "looter", "vandals", "lynch mob",
                      "arsonists"),
    "angry": _words("angry", "irate", "enraged", "furious", "rioting", "rowdy", "unruly", "riotous", "violent"),
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
