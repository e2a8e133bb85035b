"""Quantity phrases -> Count, and tolls (killed, injured, arrested, missing, participants) in sentences."""

from __future__ import annotations

import csv
import pathlib
import re

import pytest

from flashpoint.normalize.counts import find_tolls, parse_count
from flashpoint.records import Count, Toll

SHARED = pathlib.Path(__file__).resolve().parents[2].parent / "shared"
GTD = SHARED / "data" / "dev" / "gtd" / "gtd_iraq_2012-2014.csv"


# ------------------------------------------------------------------------------------------ parse_count


@pytest.mark.parametrize(
    ("phrase", "low", "best", "high"),
    [
        ("4", 4, 4, 4),
        ("4 soldiers", 4, 4, 4),
        ("10,000", 10000, 10000, 10000),
        ("1,500,000", 1500000, 1500000, 1500000),
        ("1.5 million", 1500000, 1500000, 1500000),
        ("2 million", 2000000, 2000000, 2000000),
        ("two", 2, 2, 2),
        ("twenty-five", 25, 25, 25),
        ("a hundred", 100, 100, 100),
        ("two hundred", 200, 200, 200),
        ("two hundred and fifty", 250, 250, 250),
        ("three thousand five hundred", 3500, 3500, 3500),
        ("a dozen", 12, 12, 12),
        ("two dozen", 24, 24, 24),
        ("half a dozen", 6, 6, 6),
        ("a couple of", 2, 2, 2),
        ("at least 1500", 1500, 1500, None),
        ("no fewer than 30", 30, 30, None),
        ("30 or more", 30, 30, None),
        ("30+", 30, 30, None),
        ("over 19,000", 19001, 19000, None),
        ("more than 19,000", 19001, 19000, None),
        ("over a hundred", 101, 100, None),
        ("more than a dozen", 13, 12, None),
        ("between 8000 and 10,000", 8000, 8000, 10000),
        ("from 20 to 30", 20, 20, 30),
        ("8 to 10", 8, 8, 10),
        ("8-10", 8, 8, 10),
        ("two or three", 2, 2, 3),
        ("about 50", 50, 50, 50),
        ("around 50", 50, 50, 50),
        ("some 50", 50, 50, 50),
        ("an estimated 50", 50, 50, 50),
        ("roughly 2,000", 2000, 2000, 2000),
        ("up to 30", None, 30, 30),
        ("as many as 30", None, 30, 30),
        ("nearly 50", None, 49, 49),
        ("almost 50", None, 49, 49),
        ("fewer than 15", None, None, 14),
        ("thousands", 2000, 2000, None),
        ("hundreds", 200, 200, None),
        ("dozens", 24, 24, None),
        ("scores", 40, 40, None),
        ("tens of thousands", 20000, 20000, None),
        ("hundreds of thousands", 200000, 200000, None),
        ("several", 3, 3, None),
        ("several hundred", 300, 300, None),
        ("a few", 3, 3, None),
        ("a few thousand", 3000, 3000, None),
        ("dozens of activists", 24, 24, None),
        ("one", 1, 1, 1),
        ("a", 1, 1, 1),
        ("no one", 0, 0, 0),
        ("nobody", 0, 0, 0),
    ],
)
def test_parse_count_reads_figures_bounds_and_vague_words(
    phrase: str, low: int | None, best: int | None, high: int | None
) -> None:
    c = parse_count(phrase)
    assert c is not None
    assert (c.low, c.best, c.high) == (low, best, high)


@pytest.mark.parametrize("phrase", ["many", "numerous", "a number of", "an unknown number of"])
def test_parse_count_gives_unknown_figure_for_vague_words_without_number(phrase: str) -> None:
    c = parse_count(phrase)
    assert c is not None and not c.known and c.high is None


@pytest.mark.parametrize("phrase", ["", "the", "soldiers", "yesterday", "killed", "5 km", "3 days"])
def test_parse_count_returns_none_for_non_quantities(phrase: str) -> None:
    assert parse_count(phrase) is None


def test_parse_count_keeps_the_quantity_text() -> None:
    c = parse_count("at least 1500 protesters")
    assert c is not None and c.text == "at least 1500"


# ------------------------------------------------------------------------------------------- find_tolls


def _spans(sentence: str, names: tuple[str, ...], offset: int = 0) -> list[tuple[int, int]]:
    out = []
    for n in names:
        i = sentence.index(n)
        out.append((i + offset, i + len(n) + offset))
    return out


def _figures(tolls: list[Toll]) -> list[tuple[str, int | None, int | None, int | None]]:
    return sorted((t.kind, t.count.low, t.count.best, t.count.high) for t in tolls)


Expected = list[tuple[str, int | None, int | None, int | None]]


@pytest.mark.parametrize(
    ("sentence", "names", "expected"),
    [
        # active voice, coordinated verbs
        (
            "The rebels killed 14 and injured 30 militia members near the border.",
            (),
            [("fatalities", 14, 14, 14), ("injuries", 30, 30, 30)],
        ),
        (
            "Troops killed 12 militants and wounded 3 others in the raid.",
            (),
            [("fatalities", 12, 12, 12), ("injuries", 3, 3, 3)],
        ),
        ("Police detained 40 people after the march.", (), [("arrests", 40, 40, 40)]),
        ("Security forces rounded up dozens of students on Friday.", (), [("arrests", 24, 24, None)]),
        ("Gunmen kidnapped 3 engineers working on the dam.", (), [("missing", 3, 3, 3)]),
        (
            "The blast, which killed a Canadian engineer and wounded 4 local guards, shook the town.",
            (),
            [("fatalities", 1, 1, 1), ("injuries", 4, 4, 4)],
        ),
        (
            "Bandits raided the market, killing three traders, including a woman.",
            (),
            [("fatalities", 3, 3, 3)],
        ),
        ("Soldiers shot dead two smugglers at the crossing.", (), [("fatalities", 2, 2, 2)]),
        ("The militia abducted two aid workers and a driver.", (), [("missing", 3, 3, 3)]),
        ("Police arrested the organiser of the sit-in.", (), [("arrests", 1, 1, 1)]),
        ("The army killed the commander of the unit.", (), [("fatalities", 1, 1, 1)]),
        ("Insurgents have killed 30 soldiers this month.", (), [("fatalities", 30, 30, 30)]),
        ("Two gunmen killed a policeman outside the bank.", (), [("fatalities", 1, 1, 1)]),
        ("The bomber blew himself up, killing himself and 6 others.", (), [("fatalities", 7, 7, 7)]),
        # passive voice and intransitives
        (
            "Officials said 300 demonstrators have been killed and over 12,000 injured since the unrest.",
            (),
            [("fatalities", 300, 300, 300), ("injuries", 12001, 12000, None)],
        ),
        ("At least 1200 demonstrators were killed in four days.", (), [("fatalities", 1200, 1200, None)]),
        (
            "Between 600 and 900 mostly young students have been arrested.",
            (),
            [("arrests", 600, 600, 900)],
        ),
        ("Nine people died when the bus was set alight.", (), [("fatalities", 9, 9, 9)]),
        ("Four policemen were shot dead at a checkpoint.", (), [("fatalities", 4, 4, 4)]),
        ("Two were wounded by stray bullets.", (), [("injuries", 2, 2, 2)]),
        (
            "One soldier was killed and others injured in the ambush.",
            (),
            [("fatalities", 1, 1, 1), ("injuries", None, None, None)],
        ),
        (
            "Six people were killed and 14 injured in the explosion.",
            (),
            [("fatalities", 6, 6, 6), ("injuries", 14, 14, 14)],
        ),
        (
            "At least seven people were killed, eleven people were injured, and a shop was damaged.",
            (),
            [("fatalities", 7, 7, None), ("injuries", 11, 11, 11)],
        ),
        (
            "Three soldiers and two civilians were killed and five soldiers were injured.",
            (),
            [("fatalities", 5, 5, 5), ("injuries", 5, 5, 5)],
        ),
        ("A 25-year-old man was killed in the shooting.", (), [("fatalities", 1, 1, 1)]),
        ("A teacher was abducted on her way home.", (), [("missing", 1, 1, 1)]),
        ("Twelve fishermen are missing after the attack.", (), [("missing", 12, 12, 12)]),
        ("Two of them were later released, while 5 remain in custody.", (), [("arrests", 5, 5, 5)]),
        ("One of the attackers died in the blast.", (), [("fatalities", 1, 1, 1)]),
        ("At least one person, the owner of the shop, was killed.", (), [("fatalities", 1, 1, None)]),
        ("17 more were injured in the stampede.", (), [("injuries", 17, 17, 17)]),
        ("Some 200 supporters were detained overnight.", (), [("arrests", 200, 200, 200)]),
        ("Nearly 50 villagers were killed in the raid.", (), [("fatalities", None, 49, 49)]),
        ("Up to 30 people may have died.", (), [("fatalities", None, 30, 30)]),
        # result phrases and nouns
        (
            "The fighting left 12 dead and 20 wounded.",
            (),
            [("fatalities", 12, 12, 12), ("injuries", 20, 20, 20)],
        ),
        (
            "The clashes caused 8 deaths and dozens of injuries.",
            (),
            [("fatalities", 8, 8, 8), ("injuries", 24, 24, None)],
        ),
        ("The bodies of 7 herders were found in the bush.", (), [("fatalities", 7, 7, 7)]),
        ("Police reported 45 arrests.", (), [("arrests", 45, 45, 45)]),
        # listed victims
        (
            "Soldiers killed Juma Otieno, Peter Kamau and at least six others.",
            ("Juma Otieno", "Peter Kamau"),
            [("fatalities", 8, 8, None)],
        ),
        (
            "Gunmen killed Juma Otieno and Peter Kamau.",
            ("Juma Otieno", "Peter Kamau"),
            [("fatalities", 2, 2, 2)],
        ),
        ("Juma Otieno, a teacher, was arrested on Monday.", ("Juma Otieno",), [("arrests", 1, 1, 1)]),
        (
            "Assailants shot and killed Peter Kamau, a trader, in the market.",
            ("Peter Kamau",),
            [("fatalities", 1, 1, 1)],
        ),
        # zero and casualties
        ("No one was hurt in the attack.", (), [("injuries", 0, 0, 0)]),
        ("There were no casualties.", (), [("fatalities", 0, 0, 0), ("injuries", 0, 0, 0)]),
        (
            "The blast caused 12 casualties.",
            (),
            [("fatalities", None, None, 12), ("injuries", None, None, 12)],
        ),
        # participants
        ("Thousands of protesters marched to parliament.", (), [("participants", 2000, 2000, None)]),
        ("A crowd of about 500 gathered outside the court.", (), [("participants", 500, 500, 500)]),
        ("Over a hundred farmers protested against the land sale.", (), [("participants", 101, 100, None)]),
        ("Around 300 students staged a sit-in at the university.", (), [("participants", 300, 300, 300)]),
        (
            "Hundreds of demonstrators blocked the highway and police arrested 20 of them.",
            (),
            [("arrests", 20, 20, 20), ("participants", 200, 200, None)],
        ),
        ("Traders held a protest over taxes. [size=around 60]", (), [("participants", 60, 60, 60)]),
        # cumulative
        ("The death toll rose to 300 on Sunday.", (), [("fatalities", 300, 300, 300)]),
    ],
)
def test_find_tolls_reads_kinds_and_figures(
    sentence: str, names: tuple[str, ...], expected: Expected
) -> None:
    assert _figures(find_tolls(sentence, 0, _spans(sentence, names))) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "4,000 French troops are in the region and 2000 more are on their way.",
        "The protests began in 2019 and have continued since 2015.",
        "The 5th Brigade moved north.",
        "The government pledged $5 million in aid.",
        "The meeting started at 5 p.m. on Tuesday.",
        "The camp lies 30 km from the border.",
        "Elections are due on 12 March.",
        "The militants burned 20 houses and 4 vehicles.",
        "Police seized 40 bags of cannabis.",
        "The group has about 2,000 fighters in the region.",
        "This was one of five similar attacks on the same day.",
        "The rebels threatened to kill 10 hostages.",
        "Police said nobody claimed the attack.",
    ],
)
def test_find_tolls_ignores_numbers_that_are_not_tolls(sentence: str) -> None:
    assert find_tolls(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "names", "expected"),
    [
        (
            "About 400 nurses, including union leaders, held a peaceful protest outside the ministry.",
            (),
            [("participants", 400, 400, 400)],
        ),
        ("Dozens of traders staged a sit-in at the market.", (), [("participants", 24, 24, None)]),
        ("Six students were arbitrarily arrested during the march.", (), [("arrests", 6, 6, 6)]),
        (
            "At least eight travellers were stopped and killed by the gunmen.",
            (),
            [("fatalities", 8, 8, None)],
        ),
        (
            "Peter Kamau, a senior official of the ruling party in the county, was shot and killed.",
            ("Peter Kamau",),
            [("fatalities", 1, 1, 1)],
        ),
        ("In addition to the bomber, nine people were killed.", (), [("fatalities", 10, 10, 10)]),
        ("The raid left some 10 000 residents homeless and 3 dead.", (), [("fatalities", 3, 3, 3)]),
        (
            "Gunmen opened fire, killing and injuring 20 people.",
            (),
            [("fatalities", None, None, 20), ("injuries", None, None, 20)],
        ),
        ("No arrests were made.", (), [("arrests", 0, 0, 0)]),
        ("A dozen soldiers are missing after the ambush.", (), [("missing", 12, 12, 12)]),
        ("Hundreds of people fled after two civilians were beheaded.", (), [("fatalities", 2, 2, 2)]),
        ("Police said three suspects had been taken into custody.", (), [("arrests", 3, 3, 3)]),
        ("The rebels took five soldiers hostage and killed two.", (), [("fatalities", 2, 2, 2)]),
    ],
)
def test_find_tolls_reads_protests_adverbs_appositions_and_additions(
    sentence: str, names: tuple[str, ...], expected: Expected
) -> None:
    assert _figures(find_tolls(sentence, 0, _spans(sentence, names))) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Members of Alumni 212 held a protest in the capital.",
        "The court sentenced him to death.",
        "Relatives marked the 2004 death of the leader.",
        "The convoy travelled along Route 66 for 40 minutes.",
        "The group of 20 gunmen attacked the post.",
    ],
)
def test_find_tolls_ignores_names_sentences_and_armed_groups(sentence: str) -> None:
    assert [t for t in find_tolls(sentence) if t.kind != "fatalities" or t.count.known] == []


def test_find_tolls_reads_the_new_figure_of_a_rising_toll() -> None:
    [toll] = find_tolls("The death tally rose from 80 to 100 overnight.")
    assert (toll.kind, toll.count.best, toll.count.cumulative) == ("fatalities", 100, True)


def test_find_tolls_takes_the_size_tag_as_the_protest_size() -> None:
    note = "Farmers held a protest about 300 metres from the office. [size=no report]"
    assert [t for t in find_tolls(note) if t.kind == "participants"] == []
    assert parse_count("no report") is None


def test_find_tolls_counts_an_aged_victim_once() -> None:
    tolls = find_tolls("A 25-year-old man was killed in the attack.")
    assert [(t.kind, t.count.best) for t in tolls] == [("fatalities", 1)]


def test_find_tolls_does_not_add_included_subsets() -> None:
    tolls = find_tolls("The attack killed 10 people, including 3 children.")
    assert [(t.kind, t.count.best) for t in tolls] == [("fatalities", 10)]
    tolls = find_tolls("Ten people, including 3 children, were killed.")
    assert [(t.kind, t.count.best) for t in tolls] == [("fatalities", 10)]


@pytest.mark.parametrize(
    ("sentence", "kind", "victim"),
    [
        ("The rebels killed 14 and injured 30 militia members.", "fatalities", "militia members"),
        ("The rebels killed 14 and injured 30 militia members.", "injuries", "militia members"),
        ("At least 1200 protesters were killed.", "fatalities", "protesters"),
        ("The blast wounded 4 U.S. soldiers.", "injuries", "soldiers"),
        ("Police detained 40 people.", "arrests", "people"),
        ("Six civilians were killed.", "fatalities", "civilians"),
        ("One police officer was killed.", "fatalities", "police officers"),
        ("Two were wounded.", "injuries", None),
        ("Troops killed 12 militants and wounded 3 others.", "injuries", None),
    ],
)
def test_find_tolls_reports_the_counted_noun(sentence: str, kind: str, victim: str | None) -> None:
    tolls = [t for t in find_tolls(sentence) if t.kind == kind]
    assert len(tolls) == 1 and tolls[0].victim == victim


@pytest.mark.parametrize(
    ("sentence", "cumulative"),
    [
        ("The death toll rose to 300 on Sunday.", True),
        ("Another blast killed 4, bringing the death toll to 45.", True),
        ("The toll has risen to 45.", True),
        ("A total of 80 people have been killed since January.", True),
        ("At least 120 protesters have been killed so far.", True),
        ("Ten people were killed across the three attacks.", True),
        ("Ten people were killed and 40 injured across both of the attacks.", True),
        ("Ten people were killed in the attack.", False),
    ],
)
def test_find_tolls_flags_running_totals_as_cumulative(sentence: str, cumulative: bool) -> None:
    tolls = [
        t for t in find_tolls(sentence) if t.kind == "fatalities" and t.count.best in (300, 45, 80, 120, 10)
    ]
    assert tolls and all(t.count.cumulative == cumulative for t in tolls)


def test_find_tolls_returns_document_offsets() -> None:
    doc = "Heavy rain fell. Later, 12 people died in the clashes."
    start = doc.index("Later")
    sentence = doc[start:]
    [toll] = find_tolls(sentence, offset=start)
    assert doc[toll.start : toll.end] == "12 people died"
    assert toll.count.start is not None and toll.count.end is not None
    assert doc[toll.count.start : toll.count.end] == "12" == toll.count.text


def test_find_tolls_maps_person_spans_from_document_offsets() -> None:
    doc = "In the north, gunmen killed Juma Otieno and Peter Kamau."
    start = doc.index("gunmen")
    persons = _spans(doc, ("Juma Otieno", "Peter Kamau"))
    [toll] = find_tolls(doc[start:], offset=start, persons=persons)
    assert (toll.kind, toll.count.best) == ("fatalities", 2)
    assert doc[toll.start : toll.end] == "killed Juma Otieno and Peter Kamau"


def test_find_tolls_returns_records() -> None:
    [toll] = find_tolls("Four soldiers were killed.")
    assert isinstance(toll, Toll) and isinstance(toll.count, Count)
    assert toll.count.to_dict() == {"low": 4, "best": 4, "high": 4, "text": "Four"}


# ------------------------------------------------------------------------------------------ shared data


def _sentences(text: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in re.finditer(r"[^.!?]+(?:[.!?]+|$)", text)]


@pytest.mark.shared
@pytest.mark.skipif(not GTD.exists(), reason="../shared is absent")
def test_find_tolls_matches_gtd_killed_and_wounded_when_stated() -> None:
    """Exact agreement with GTD counts on summaries where a (non-cumulative) toll is found."""
    with GTD.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for kind, col, floor in (("fatalities", "killed", 0.85), ("injuries", "wounded", 0.88)):
        stated = exact = 0
        for row in rows:
            if not row[col]:
                continue
            total = None
            for sent, off in _sentences(row["summary"]):
                for t in find_tolls(sent, off):
                    if t.kind == kind and not t.count.cumulative and t.count.best is not None:
                        total = (total or 0) + t.count.best
            if total is not None:
                stated += 1
                exact += total == int(float(row[col]))
        assert stated > len(rows) * 0.5
        assert exact / stated >= floor


@pytest.mark.parametrize("sentence,names,low", [
    ("Drones killed Ahmed Ali, top militia commander/founder of the Bravo group and at least six others.",
     ["Ahmed Ali"], 7),
    ("The strike killed Omar Said, the group's spokesman, and Ali Hassan, deputy commander of the brigade "
     "and at least four others.", ["Omar Said", "Ali Hassan"], 6),
])
def test_counts_adds_named_victims_with_appositions_to_the_others(sentence, names, low):
    persons = [(sentence.index(n), sentence.index(n) + len(n)) for n in names]
    [toll] = [t for t in find_tolls(sentence, 0, persons) if t.kind == "fatalities"]
    assert (toll.count.low, toll.count.high) == (low, None)


@pytest.mark.parametrize(("sentence", "best", "victim"), [
    ("Six men beat a shopkeeper to death in the market.", 1, "shopkeepers"),
    ("Villagers stoned two suspected thieves to death.", 2, "thieves"),
    ("A trader was fatally assaulted by a gang on the road.", 1, "traders"),
    ("The exchange of fire resulted in the death of 8 assailants.", 8, "assailants"),
    ("Gunmen killed a teacher and her three children.", 4, None),
])
def test_find_tolls_reads_split_and_noun_forms_of_killing(sentence, best, victim):
    [toll] = [t for t in find_tolls(sentence) if t.kind == "fatalities"]
    assert toll.count.best == best
    assert toll.victim == victim


def test_find_tolls_takes_a_singular_unknown_noun_after_killed_as_one_person():
    [toll] = [t for t in find_tolls("Militants killed a blacksmith near the well.") if t.kind == "fatalities"]
    assert (toll.count.low, toll.count.high) == (1, 1)


def test_find_tolls_leaves_animals_uncounted():
    assert not [t for t in find_tolls("The raiders killed two camels and a donkey.") if t.kind == "fatalities"]


def test_find_tolls_keeps_a_toll_whose_later_clause_tells_other_attacks():
    [toll] = [t for t in find_tolls("Insurgents killed 3 people in the town, days before they attacked again in "
                                    "two locations.") if t.kind == "fatalities"]
    assert not toll.count.cumulative


@pytest.mark.parametrize(
    ("sentence", "best", "victim"),
    [
        ("Soldiers killed four suspected ABC and/or XYZ militants near the border.", 4, "militants"),
        ("Soldiers killed three suspected ABC/XYZ fighters near the border.", 3, "fighters"),
        ("A member of the Chief of Tarwa's guard corps was killed in the raid.", 1, "members"),
        ("Villagers fatally assaulted a cattle thief near the river.", 1, "thieves"),
        ("A guard shot dead two of his colleagues at the depot.", 2, "colleagues"),
        ("Raiders killed and mutilated 3 herders overnight.", 3, "herders"),
        ("Raiders stormed the farm and one worker was decapitated.", 1, "workers"),
    ],
)
def test_find_tolls_reads_long_victim_phrases(sentence: str, best: int, victim: str) -> None:
    tolls = [t for t in find_tolls(sentence) if t.kind == "fatalities"]
    assert [(t.count.best, t.victim) for t in tolls] == [(best, victim)]
