"""Trigger matching and grouping (the lexicon part needs no model; grouping reads a parse)."""

from __future__ import annotations

import pytest

from flashpoint.detect import Lexicon, inflections


@pytest.mark.parametrize("word,form", [("strike", "struck"), ("rape", "raped"), ("kidnap", "kidnapped"),
                                       ("clash", "clashes"), ("ally", "allied"), ("shoot", "shot")])
def test_inflections_cover_forms_a_tagger_may_not_lemmatise(word, form):
    assert form in inflections(word)


def test_lexicon_reads_its_documented_format():
    lex = Lexicon.load("# comment\nphrase\tpos\tcategory\trank\nair strike\t*\tair\t90\nriot\t*\triot\t65\n")
    assert {e.category for e in lex.by_first["air"]} == {"air"}
    assert "rioted" in lex.by_first and "rioting" in lex.by_first


@pytest.mark.slow
@pytest.mark.parametrize("text,groups", [
    ("Warplanes carried out airstrikes on the town, killing five people.", 1),
    ("Gunmen attacked a village and burned houses.", 1),
    ("Police arrested ten people after the attack on the market.", 2),
    ("The killing of the activist sparked protests in the capital.", 2),
])
def test_group_triggers_joins_what_the_parse_links(pipeline, text, groups):
    import datetime as dt

    from flashpoint.detect import find_triggers, group_triggers
    from flashpoint.records import Document

    a = pipeline.analyse(Document("t", text, dt.date(2024, 3, 8)))
    cands = group_triggers(a.doc, find_triggers(a.doc, pipeline.lexicon, a.cleaned), a.sentence_spans)
    assert len(cands) == groups, [[t.text for t in c.triggers] for c in cands]


def test_gap_slot_takes_the_object_of_a_phrase():
    lex = Lexicon.load("phrase\tpos\tcategory\trank\nset _ alight\tVERB\triot\t55\n")
    (entry,) = lex.by_first["set"]
    assert entry.words == ("set", "_", "alight")


def _triggers(pipeline, text):
    import datetime as dt

    from flashpoint.detect import find_triggers
    from flashpoint.records import Document

    a = pipeline.analyse(Document("t", text, dt.date(2024, 3, 8)))
    return a, find_triggers(a.doc, pipeline.lexicon, a.cleaned)


@pytest.mark.slow
@pytest.mark.parametrize("text,category", [
    ("On 2 March 2024, gunmen set three shops alight in the market.", "riot"),
    ("On 2 March 2024, the rebels set the granary on fire.", "riot"),
    ("On 2 March 2024, youths blocked the main road with logs.", "riot"),
    ("On 2 March 2024, the government declared a curfew in the province.", "change"),
    ("On 2 March 2024, a fight between two families left one man injured.", "clash"),
    ("On 2 March 2024, an explosive device went off near the market.", "ied"),
    ("On 2 March 2024, three men died in intercommunal violence near the well.", "clash"),
    ("On 2 March 2024, the students tore down the gate of the college.", "riot"),
    ("On 2 March 2024, soldiers repelled an attack on their base near the border.", "clash"),
])
def test_lexicon_finds_phrases_with_an_object_and_new_families(pipeline, text, category):
    _, found = _triggers(pipeline, text)
    assert category in {t.category for t in found}, [(t.text, t.category) for t in found]


@pytest.mark.slow
@pytest.mark.parametrize("text,category", [
    ("On 2 March 2024, soldiers found two grenades hidden in a hut.", "disrupted"),
    ("On 2 March 2024, an explosive device was discovered and defused near the bridge.", "disrupted"),
    ("On 2 March 2024, the bodies of three herders were found near the river.", "kill"),
])
def test_weapons_and_bodies_found_make_triggers(pipeline, text, category):
    _, found = _triggers(pipeline, text)
    assert category in {t.category for t in found}, [(t.text, t.category) for t in found]
    assert "ied" not in {t.category for t in found}


@pytest.mark.slow
def test_mining_is_no_landmine(pipeline):
    _, found = _triggers(pipeline, "On 2 March 2024, gunmen robbed workers at a gold mining site.")
    assert "ied" not in {t.category for t in found}


@pytest.mark.slow
@pytest.mark.parametrize("text,verbal", [
    ("There were protests against the tax in the capital.", True),
    ("There were no protests in the capital.", False),
    ("Students of Moi University protest over fees.", True),
    ("The protest ended at noon.", False),
])
def test_existential_and_verbless_sentences_tell_their_act(pipeline, text, verbal):
    _, found = _triggers(pipeline, text)
    protest = next(t for t in found if t.category == "protest")
    assert protest.verbal is verbal


@pytest.mark.slow
def test_toll_verb_makes_a_candidate_verbal_unless_a_noun_points_back(pipeline):
    from flashpoint.detect import group_triggers

    a, found = _triggers(pipeline, "Members of a militia attack and kill two herders near the river.")
    (cand,) = [c for c in group_triggers(a.doc, found, a.sentence_spans) if "kill" in c.categories]
    assert cand.verbal
    a, found = _triggers(pipeline, "The attack killed two herders near the river.")
    (cand,) = group_triggers(a.doc, found, a.sentence_spans)
    assert not cand.verbal


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Police arrested twelve men for involvement in the clashes near the market.",
    "The government closed the border due to the fighting in the north.",
])
def test_a_cause_or_charge_is_an_act_of_its_own(pipeline, text):
    from flashpoint.detect import group_triggers

    a, found = _triggers(pipeline, text)
    assert len(group_triggers(a.doc, found, a.sentence_spans)) == 2


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Nurses, striking for two weeks, hold a protest in Nairobi.",
    "On 2 March 2024, students demonstrated in Accra as part of the climate strikes.",
])
def test_a_strike_told_with_a_demonstration_is_no_attack(pipeline, text):
    from flashpoint.detect import group_triggers

    a, found = _triggers(pipeline, text)
    cands = group_triggers(a.doc, found, a.sentence_spans)
    assert all("attack" not in c.categories for c in cands if "protest" in c.categories)


@pytest.mark.slow
def test_what_a_crowd_protests_is_not_what_it_did(pipeline):
    from flashpoint.detect import group_triggers

    a, found = _triggers(pipeline, "Residents gathered in the market to protest a spate of killings by a gang.")
    cands = group_triggers(a.doc, found, a.sentence_spans)
    assert not any({"protest", "kill"} <= c.categories for c in cands)
