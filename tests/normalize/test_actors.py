"""Actor normalisation: ACLED-style names, kinds and countries from noun phrases (sentences written here)."""

from __future__ import annotations

import csv
import pathlib

import pytest

from flashpoint.normalize.actors import (
    ActorDictionary,
    backers,
    category_actor_name,
    find_aliases,
    normalize_actor,
    state_actor_name,
)

REPO = pathlib.Path(__file__).resolve().parents[2]
ACLED_DIR = REPO.parent / "shared" / "data" / "dev" / "acled"


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


# (phrase, location_country, expected name, expected kind, expected country)
CASES = [
    # United States: nationality + force noun, agencies, the Pentagon.
    ("U.S. airstrikes", "IRQ", "Military Forces of the United States", "state_forces", "USA"),
    ("American troops", "SYR", "Military Forces of the United States", "state_forces", "USA"),
    ("US forces", None, "Military Forces of the United States", "state_forces", "USA"),
    ("the Pentagon", None, "Military Forces of the United States", "state_forces", "USA"),
    ("a U.S. drone strike", "SOM", "Military Forces of the United States", "state_forces", "USA"),
    # Iraq: military, police, government.
    ("Iraqi security forces", None, "Military Forces of Iraq", "state_forces", "IRQ"),
    ("the Iraqi army", None, "Military Forces of Iraq", "state_forces", "IRQ"),
    ("two soldiers", "IRQ", "Military Forces of Iraq", "state_forces", "IRQ"),
    ("police", "IRQ", "Police Forces of Iraq", "state_forces", "IRQ"),
    ("three policemen", "IRQ", "Police Forces of Iraq", "state_forces", "IRQ"),
    ("police officers", "KEN", "Police Forces of Kenya", "state_forces", "KEN"),
    ("anti-riot police", "IDN", "Police Forces of Indonesia", "state_forces", "IDN"),
    ("the Iraqi government", None, "Government of Iraq", "government", "IRQ"),
    ("Iraqi authorities", None, "Government of Iraq", "government", "IRQ"),
    ("government troops", "SYR", "Military Forces of Syria", "state_forces", "SYR"),
    # Demonym + force noun for any country.
    ("Kenyan soldiers", "SOM", "Military Forces of Kenya", "state_forces", "KEN"),
    ("Chadian troops", "NER", "Military Forces of Chad", "state_forces", "TCD"),
    ("Nigerien gendarmes", None, "Military Forces of Niger", "state_forces", "NER"),
    ("Israeli warplanes", "LBN", "Military Forces of Israel", "state_forces", "ISR"),
    ("Russian air strikes", "SYR", "Military Forces of Russia", "state_forces", "RUS"),
    ("the Saudi-led coalition", "YEM", "Military Forces of Saudi Arabia", "state_forces", "SAU"),
    ("Congolese soldiers", None, "Military Forces of the Democratic Republic of Congo", "state_forces",
     "COD"),
    # Iran's Revolutionary Guards.
    ("Islamic Revolutionary Guard Corps", None, "Military Forces of Iran (Islamic Revolutionary Guard Corps)",
     "state_forces", "IRN"),
    ("the IRGC", "IRQ", "Military Forces of Iran (Islamic Revolutionary Guard Corps)", "state_forces", "IRN"),
    ("Iran's Quds Force", None, "Military Forces of Iran (Islamic Revolutionary Guard Corps) Quds Force",
     "state_forces", "IRN"),
    # Named armed groups, with their home state whatever the event country.
    ("Iranian-backed Kataib Hezbollah militia", "IRQ", "Kataib Hezbollah", "political_militia", "IRQ"),
    ("fighters of Kata’ib Hizballah", "SYR", "Kataib Hezbollah", "political_militia", "IRQ"),
    ("the Popular Mobilization Forces", None, "Popular Mobilization Forces", "political_militia", "IRQ"),
    ("al-Hashd al-Sha’bi", None, "Popular Mobilization Forces", "political_militia", "IRQ"),
    ("al-Hashd al-Shaʿbi", None, "Popular Mobilization Forces", "political_militia", "IRQ"),
    ("al-Hashd al-Sha'bi units", None, "Popular Mobilization Forces", "political_militia", "IRQ"),
    ("PMF fighters", "IRQ", "Popular Mobilization Forces", "political_militia", "IRQ"),
    ("Hezbollah", "SYR", "Hezbollah", "political_militia", "LBN"),
    ("Lebanese Hezbollah", None, "Hezbollah", "political_militia", "LBN"),
    ("Al-Shabaab militants", "KEN", "Al Shabaab", "rebel_group", "SOM"),
    ("members of al-Shabab", "SOM", "Al Shabaab", "rebel_group", "SOM"),
    ("Boko Haram insurgents", "NGA", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
     "rebel_group", "NGA"),
    ("ISWAP fighters", "NGA", "Islamic State (West Africa)", "rebel_group", "NGA"),
    ("Islamic State West Africa Province", "TCD", "Islamic State (West Africa)", "rebel_group", "NGA"),
    ("JNIM militants", "BFA", "JNIM: Group for Support of Islam and Muslims", "rebel_group", "MLI"),
    ("the Houthis", "YEM", "Ansar Allah", "rebel_group", "YEM"),
    ("Pakistani Taliban", None, "TTP: Tehreek-i-Taliban Pakistan", "rebel_group", "PAK"),
    ("the Taliban", "AFG", "Taliban", "rebel_group", "AFG"),
    ("Free Papua Movement rebels", "IDN", "TPNPB: West Papua National Liberation Army", "rebel_group", "IDN"),
    ("M23 rebels", "COD", "M23: March 23 Movement", "rebel_group", "COD"),
    ("Wagner Group mercenaries", "MLI", "Wagner Group", "external_forces", "RUS"),
    ("UN peacekeepers", "MLI", "United Nations", "external_forces", None),
    # Islamic State takes the country of the event.
    ("ISIS", "IRQ", "Islamic State (Iraq)", "rebel_group", "IRQ"),
    ("Daesh militants", "SYR", "Islamic State (Syria)", "rebel_group", "SYR"),
    ("Islamic State fighters", None, "Islamic State", "rebel_group", None),
    # Crowds.
    ("protesters", "IRQ", "Protesters (Iraq)", "protesters", "IRQ"),
    ("hundreds of demonstrators", "KEN", "Protesters (Kenya)", "protesters", "KEN"),
    ("students protesting", "IDN", "Protesters (Indonesia)", "protesters", "IDN"),
    ("striking teachers", "NGA", "Protesters (Nigeria)", "protesters", "NGA"),
    ("supporters of the new governor", "KEN", "Protesters (Kenya)", "protesters", "KEN"),
    ("rioters", "KEN", "Rioters (Kenya)", "rioters", "KEN"),
    ("an angry mob", "MOZ", "Rioters (Mozambique)", "rioters", "MOZ"),
    ("angry residents", "KEN", "Rioters (Kenya)", "rioters", "KEN"),
    # Civilians: the country where they are, not their nationality.
    ("civilians", "IRQ", "Civilians (Iraq)", "civilians", "IRQ"),
    ("villagers", "NER", "Civilians (Niger)", "civilians", "NER"),
    ("a woman", "KEN", "Civilians (Kenya)", "civilians", "KEN"),
    ("a man", "TCD", "Civilians (Chad)", "civilians", "TCD"),
    ("an American contractor", "IRQ", "Civilians (Iraq)", "civilians", "IRQ"),
    ("two journalists", "SYR", "Civilians (Syria)", "civilians", "SYR"),
    ("farmers", "NGA", "Civilians (Nigeria)", "civilians", "NGA"),
    ("families of soldiers", "IRQ", "Civilians (Iraq)", "civilians", "IRQ"),
    ("aid workers", "SSD", "Civilians (South Sudan)", "civilians", "SSD"),
    # Unnamed armed men.
    ("gunmen", "NGA", "Unidentified Armed Group (Nigeria)", "political_militia", "NGA"),
    ("unidentified armed men", "NER", "Unidentified Armed Group (Niger)", "political_militia", "NER"),
    ("assailants", "KEN", "Unidentified Armed Group (Kenya)", "political_militia", "KEN"),
    ("suspected bandits", "NGA", "Unidentified Armed Group (Nigeria)", "political_militia", "NGA"),
    ("a pro-Iranian militia", "IRQ", "Unidentified Armed Group (Iraq)", "political_militia", "IRQ"),
    # Unnamed insurgents.
    ("militants", "MOZ", "Unidentified Rebel Group (Mozambique)", "rebel_group", "MOZ"),
    ("suspected insurgents", "MOZ", "Unidentified Rebel Group (Mozambique)", "rebel_group", "MOZ"),
    ("jihadists", "MLI", "Unidentified Rebel Group (Mali)", "rebel_group", "MLI"),
    ("rebels", "CAF", "Unidentified Rebel Group (Central African Republic)", "rebel_group", "CAF"),
    # Communal and ethnic militias.
    ("Fulani militia", "NGA", "Fulani Ethnic Militia (Nigeria)", "identity_militia", "NGA"),
    ("Pokot ethnic militia", "KEN", "Pokot Ethnic Militia (Kenya)", "identity_militia", "KEN"),
    ("armed Turkana raiders", "KEN", "Turkana Ethnic Militia (Kenya)", "identity_militia", "KEN"),
    ("Dozo hunters", "MLI", "Dozo Communal Militia (Mali)", "identity_militia", "MLI"),
    ("vigilantes", "NGA", "Unidentified Communal Militia (Nigeria)", "identity_militia", "NGA"),
    ("a Garre clan militia", "KEN", "Garre Clan Militia (Kenya)", "identity_militia", "KEN"),
    ("Kurdish militia", "SYR", "Kurdish Ethnic Militia (Syria)", "identity_militia", "SYR"),
    # People named with a title.
    ("President Donald Trump", None, "Donald Trump", "person", None),
    ("U.S. President Donald Trump", None, "Donald Trump", "person", "USA"),
    ("Iraqi Prime Minister Adil Abdul-Mahdi", None, "Adil Abdul-Mahdi", "person", "IRQ"),
    # ACLED-format names are kept as written (without their date suffix).
    ("Police Forces of Kenya (2013-) General Service Unit", "KEN",
     "Police Forces of Kenya General Service Unit", "state_forces", "KEN"),
    ("Government of Chad (1990-)", "TCD", "Government of Chad", "government", "TCD"),
    ("Tama Ethnic Militia (Chad)", "TCD", "Tama Ethnic Militia (Chad)", "identity_militia", "TCD"),
    ("Protesters (International)", "KEN", "Protesters (International)", "protesters", None),
    # Weapons name state forces only with the state named; the state may follow "of".
    ("Israeli drones", "LBN", "Military Forces of Israel", "state_forces", "ISR"),
    ("soldiers of the Malian army", "BFA", "Military Forces of Mali", "state_forces", "MLI"),
    # Coordinated actors: the first conjunct, unless a name spans the "and".
    ("Malian soldiers and Wagner mercenaries", "MLI", "Military Forces of Mali", "state_forces", "MLI"),
    ("Justice and Equality Movement fighters", "SDN", "JEM: Justice and Equality Movement", "rebel_group",
     "SDN"),
    ("Iran's supreme leader Ayatollah Ali Khamenei", None, "Ali Khamenei", "person", "IRN"),
    ("an angry crowd", "IRQ", "Rioters (Iraq)", "rioters", "IRQ"),
    ("a crowd of demonstrators", "IRQ", "Protesters (Iraq)", "protesters", "IRQ"),
    ("a group of rioters", "KEN", "Rioters (Kenya)", "rioters", "KEN"),
    ("around ten unidentified men", "NER", "Unidentified Armed Group (Niger)", "political_militia", "NER"),
    # Capitalised names of groups not in the dictionary.
    ("the Northern Liberation Front for Justice", "TCD", "Northern Liberation Front for Justice",
     "rebel_group", "TCD"),
    ("supporters of the Green Valley Democratic Party", "KEN", "Green Valley Democratic Party",
     "political_militia", "KEN"),
    ("the Armed Forces of Mali", "NER", "Military Forces of Mali", "state_forces", "MLI"),
    # A people with no state of that name: an identity militia; a country named alone: its government.
    ("Kurdish forces", "SYR", "Kurdish Ethnic Militia (Syria)", "identity_militia", "SYR"),
    ("Somali forces", "SOM", "Military Forces of Somalia", "state_forces", "SOM"),
    ("the United States", "IRQ", "Government of the United States", "government", "USA"),
]


@pytest.mark.parametrize(("phrase", "where", "name", "kind", "country"), CASES, ids=[c[0] for c in CASES])
def test_normalize_actor_gives_acled_name_kind_and_country(
    dictionary: ActorDictionary, phrase: str, where: str | None, name: str, kind: str, country: str | None
) -> None:
    actor = normalize_actor(phrase, dictionary, location_country=where)
    assert actor is not None
    assert (actor.name, actor.kind, actor.country) == (name, kind, country)


@pytest.mark.parametrize("phrase", ["the rain", "the building", "Kia cars", "a statement", "yesterday", "",
                                    "a drone strike", "rockets", "the U.S. embassy"])
def test_normalize_actor_returns_none_when_phrase_names_no_actor(
    dictionary: ActorDictionary, phrase: str
) -> None:
    assert normalize_actor(phrase, dictionary, location_country="IRQ") is None


def test_normalize_actor_keeps_text_and_offsets(dictionary: ActorDictionary) -> None:
    actor = normalize_actor("Kenyan police officers", dictionary, start=10, end=32)
    assert actor is not None
    assert (actor.text, actor.start, actor.end) == ("Kenyan police officers", 10, 32)


def test_acronyms_match_only_in_capitals(dictionary: ActorDictionary) -> None:
    kia = normalize_actor("the KIA", dictionary, location_country="MMR")
    assert kia is not None and kia.name == "KIA: Kachin Independence Army"
    assert normalize_actor("kia", dictionary, location_country="MMR") is None


def test_backer_adjectives_do_not_make_the_backer_the_actor(dictionary: ActorDictionary) -> None:
    actor = normalize_actor("U.S.-backed Syrian Democratic Forces", dictionary, location_country="SYR")
    assert actor is not None and actor.name == "SDF: Syrian Democratic Forces" and actor.country == "SYR"


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Iranian-backed Kataib Hezbollah militia", ["IRN"]),
    ("a pro-Iranian militia", ["IRN"]),
    ("Iran-sponsored groups", ["IRN"]),
    ("U.S.-backed forces", ["USA"]),
    ("Turkish-backed rebels and pro-Russian fighters", ["TUR", "RUS"]),
    ("Saudi Arabia-backed government forces", ["SAU"]),
    ("a Kremlin-orchestrated campaign", []),
    ("pro-government militia", []),
    ("Kenyan soldiers", []),
])
def test_backers_lists_states_named_as_backers(phrase: str, expected: list[str]) -> None:
    assert backers(phrase) == expected


def test_find_aliases_reads_acronyms_in_parentheses() -> None:
    text = "Fighters of the Popular Mobilization Forces (PMF) stormed the gate. The PMF later withdrew."
    assert find_aliases(text) == {"PMF": "Popular Mobilization Forces"}


def test_find_aliases_reads_also_known_as_in_parentheses() -> None:
    text = "Ansar Allah (also known as the Houthis) fired a missile on Monday."
    assert find_aliases(text)["Houthis"] == "Ansar Allah"


def test_find_aliases_reads_also_known_as_after_comma() -> None:
    text = "Harakat al-Shabaab al-Mujahideen, also known as Al Shabaab, claimed the attack."
    assert find_aliases(text)["Al Shabaab"] == "Harakat al-Shabaab al-Mujahideen"


def test_find_aliases_maps_acronym_to_spelled_out_name_either_way() -> None:
    text = "JNIM, also known as Group for Support of Islam and Muslims, said it attacked the base."
    assert find_aliases(text) == {"JNIM": "Group for Support of Islam and Muslims"}


def test_find_aliases_takes_only_the_name_an_acronym_spells() -> None:
    text = ("Fighters of the Islamic State group (IS) and the Group for Support of Islam and Muslims "
            "(JNIM) met.")
    assert find_aliases(text) == {"IS": "Islamic State group",
                                  "JNIM": "Group for Support of Islam and Muslims"}


def test_find_aliases_ignores_plain_parentheses() -> None:
    assert find_aliases("Ten people (including two children) died in Kirkuk (Iraq).") == {}


def test_user_file_adds_actors_and_aliases(tmp_path: pathlib.Path) -> None:
    extra = tmp_path / "my_actors.tsv"
    extra.write_text(
        "# my groups\nname\tkind\tcountry\taliases\n"
        "Northern Valley Brigade\tpolitical_militia\tKEN\tNVB|the Valley Boys\n"
        "Hezbollah\tpolitical_militia\tLBN\tthe Resistance party\n",
        encoding="utf-8",
    )
    d = ActorDictionary.load([extra])
    actor = normalize_actor("the Valley Boys", d, location_country="KEN")
    assert actor is not None and (actor.name, actor.kind, actor.country) == (
        "Northern Valley Brigade", "political_militia", "KEN")
    nvb = normalize_actor("NVB gunmen", d)
    assert nvb is not None and nvb.name == "Northern Valley Brigade"
    merged = normalize_actor("the Resistance party", d)
    assert merged is not None and merged.name == "Hezbollah"
    old_alias = normalize_actor("Hizbollah", d)
    assert old_alias is not None and old_alias.name == "Hezbollah"


def test_user_file_with_bad_kind_is_rejected(tmp_path: pathlib.Path) -> None:
    extra = tmp_path / "bad.tsv"
    extra.write_text("Some Group\tterrorists\tKEN\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv:1"):
        ActorDictionary.load([extra])


@pytest.mark.parametrize(("branch", "iso3", "name"), [
    ("military", "USA", "Military Forces of the United States"),
    ("police", "KEN", "Police Forces of Kenya"),
    ("government", "COD", "Government of the Democratic Republic of Congo"),
    ("military", None, "Unidentified Military Forces"),
])
def test_state_actor_name_follows_acled_spelling(branch: str, iso3: str | None, name: str) -> None:
    assert state_actor_name(branch, iso3) == name


def test_category_actor_name_adds_country_in_parentheses() -> None:
    assert category_actor_name("Protesters", "IRQ") == "Protesters (Iraq)"
    assert category_actor_name("Rioters", None) == "Rioters"


def test_every_country_has_military_police_and_government_entries(dictionary: ActorDictionary) -> None:
    names = {e.name for e in dictionary.entries}
    for name in ("Military Forces of Kenya", "Police Forces of Kenya", "Government of Kenya",
                 "Military Forces of the United Kingdom", "Police Forces of Burkina Faso"):
        assert name in names


@pytest.mark.shared
@pytest.mark.skipif(not ACLED_DIR.is_dir(), reason="../shared is absent")
def test_acled_actor_names_get_their_acled_kind(dictionary: ActorDictionary) -> None:
    """Sanity check of coverage: an ACLED actor1 name, read back, gets the kind of its inter1 code.
    Inter code 1 (state forces) accepts government; code 8 (external forces) accepts state forces
    of a state other than the event's country."""
    inter = {"1": {"state_forces", "government"}, "2": {"rebel_group"}, "3": {"political_militia"},
             "4": {"identity_militia"}, "5": {"rioters"}, "6": {"protesters"}, "7": {"civilians"},
             "8": {"external_forces"}}
    total = right = 0
    for path in sorted(ACLED_DIR.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                if not row["actor1"] or row["inter1"] not in inter:
                    continue
                actor = normalize_actor(row["actor1"], dictionary, location_country=row["iso3"])
                kind = actor.kind if actor else None
                if actor and kind == "state_forces" and actor.country and actor.country != row["iso3"]:
                    kind = "external_forces"
                total += 1
                right += kind in inter[row["inter1"]]
    assert total > 0
    assert right / total > 0.9


def test_a_shared_acronym_takes_the_event_country(dictionary: ActorDictionary) -> None:
    # "ASWJ" names a Somali militia and Mozambique's insurgents alike: the event's country decides.
    moz = normalize_actor("ASWJ fighters", dictionary, location_country="MOZ")
    som = normalize_actor("ASWJ fighters", dictionary, location_country="SOM")
    assert (moz.country, som.country) == ("MOZ", "SOM")
    assert moz.kind == som.kind == "political_militia"
    # the spelled-out Somali name keeps its home country
    assert normalize_actor("Ahlu Sunna Wal Jamaa", dictionary, location_country="MOZ").country == "SOM"


@pytest.mark.parametrize("phrase", ["a rowdy crowd", "unruly protesters", "violent demonstrators"])
def test_a_crowd_called_rowdy_or_violent_is_rioters(dictionary: ActorDictionary, phrase: str) -> None:
    assert normalize_actor(phrase, dictionary, location_country="KEN").kind == "rioters"
