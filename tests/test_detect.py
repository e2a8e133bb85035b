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
