"""Word and kind classes the classification rules (`classify.py`) read: armed and crowd kinds,
weapon words, what a seizure took, barricade words, suspects, partisans, protest nouns."""

from __future__ import annotations

ARMED_KINDS = frozenset({"state_forces", "rebel_group", "political_militia", "identity_militia",
                         "external_forces"})
# Armed actors that civilians can only fight, not mob (gangs and unnamed armed men, which the
# dictionary files under political militias, may be suspects a crowd lynches).
FIGHTING_KINDS = frozenset({"state_forces", "rebel_group", "identity_militia", "external_forces"})
STATE_KINDS = frozenset({"state_forces", "government"})
CROWD = frozenset({"protesters", "rioters", "civilians"})
ARMED_ACTS = frozenset({"attack", "kill", "clash", "abduct", "air", "shelling", "ied", "territory"})
# Weapons named as the doer or the instrument of an attack ("jets struck", "attacked with drones").
AIR_WORDS = frozenset({"aircraft", "jet", "jets", "warplane", "warplanes", "drone", "drones", "helicopter",
                       "helicopters", "gunship", "gunships", "bomber", "bombers", "airstrike", "air force",
                       "plane", "planes", "uav", "uavs"})
SHELL_WORDS = frozenset({"rocket", "rockets", "missile", "missiles", "mortar", "mortars", "artillery", "shell",
                         "shells", "howitzer", "howitzers", "tank", "tanks"})
ARMED_NOUNS = frozenset({
    "soldier", "troop", "army", "military", "police", "policeman", "officer", "force", "militant", "fighter",
    "rebel", "insurgent", "militia", "militiaman", "guard", "jihadist", "gunman", "base", "checkpoint",
    "position", "outpost", "barrack", "convoy", "patrol", "post", "camp", "unit", "commander", "personnel",
    "combatant", "mercenary", "contractor", "garrison", "battalion", "brigade", "regiment",
    "basis", "bases", "troops", "soldiers", "forces",
    "ranger", "reservist", "gendarme", "gendarmerie", "sentry", "commando", "marine", "paratrooper",
})
# What a seizure took: a place (territory), weapons, people, or anything else (looting).
PLACE_NOUNS = frozenset({"town", "village", "city", "district", "area", "locality", "base", "camp", "post",
                         "outpost", "position", "headquarters", "territory", "region", "port", "island",
                         "airport", "border", "crossing", "hill", "road", "zone", "control", "garrison"})
WEAPON_NOUNS = frozenset({"weapon", "weapons", "arm", "arms", "firearm", "firearms", "gun", "guns", "rifle",
                          "rifles", "ammunition", "explosive", "explosives", "bomb", "bombs", "grenade",
                          "grenades", "cache", "launcher", "launchers", "rpg", "ak-47", "pistol", "pistols"})
PERSON_NOUNS = frozenset({"people", "person", "civilian", "civilians", "man", "men", "woman", "women", "child",
                          "children", "hostage", "hostages", "driver", "villager", "villagers", "resident",
                          "residents", "passenger", "passengers", "worker", "workers", "girl", "boy"})
# What a road is blocked with that makes the blockade violent ("blocked the road with burning tyres
# and rocks"): ACLED codes such barricades as violent demonstrations, a crowd merely standing in the
# road as a protest.
BARRICADE_WORDS = frozenset({"tyres", "tires", "tyre", "tire", "stones", "stone", "rocks", "rock", "logs",
                             "log", "trees", "tree", "branches", "boulders", "debris", "bonfires", "burning"})
# Homes a crowd burns: its victims are the people who live there (mob violence).
HOME_NOUNS = frozenset({"house", "houses", "home", "homes", "hut", "huts", "residence"})
ROAD_NOUNS = frozenset({"road", "roads", "street", "streets", "highway", "highways", "route", "junction"})
# Attack words that, with arrests, tell how the arrests were made rather than violence done.
RAID_WORDS = ("raid", "storm", "target", "strike", "struck", "ambush", "attack", "assault", "invad")
# Searches by security forces: with no one hurt, taken or seized, a security measure.
SEARCH_WORDS = ("raid", "search", "sweep", "swept", "comb")
# People suspected of a crime or of witchcraft, the usual victims of popular justice.
SUSPECT_NOUNS = frozenset({"thief", "thieves", "robber", "robbers", "burglar", "burglars", "witch", "witches",
                           "sorcerer", "sorcerers", "criminal", "criminals", "rapist",
                           "pickpocket", "pickpockets", "housebreaker", "kidnapper", "kidnappers"})
# Followers of a party or a politician: ACLED codes them, when they fight or wreck, as rioters (an
# unorganised crowd), not as the party's militia.
PARTISAN_NOUNS = frozenset({"supporters", "supporter", "loyalists", "partisans", "sympathisers", "sympathizers"})
# What an interception of people or vehicles is, by the other acts told with it, most telling first.
INTERCEPT_FALLBACK = ("kill", "attack", "clash", "abduct", "arrest", "riot", "destroy", "seize", "protest",
                      "crackdown")
PROTESTER_HEADS = frozenset({"protesters", "protestors", "demonstrators", "marchers", "strikers"})
PROTEST_NOUNS = frozenset({"protester", "protestor", "demonstrator", "protest", "demonstration", "rally",
                           "march", "marcher", "uprising", "crowd", "sit-in", "strike", "striker"})
