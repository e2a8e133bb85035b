"""Assembles the stages and runs documents through them.

read -> clean -> nlp -> detect -> classify -> arguments -> factuality -> merge. Resources (the
spaCy model, the gazetteer, the actor dictionary, the trigger lexicon) are loaded once, on
first use, and can be passed in instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from . import nlp as nlp_mod
from .arguments import DocContext, complete_actors, find_arguments
from .arguments.places import country_place
from .classify import (
    PARTISAN_NOUNS,
    REASON_WORDS,
    Facts,
    classify_with,
    nearby_categories,
    told_in_own_right,
    trigger_modifiers,
)
from .clean import Cleaned, clean, paragraphs
from .detect import (
    CONSEQUENCE_CATEGORIES,
    STATEMENT_CATEGORIES,
    Candidate,
    Lexicon,
    find_triggers,
    group_triggers,
)
from .errors import FlashpointError
from .factuality import attribution_of, factuality_of, light_verb, told_in_past
from .merge import Mention as EventMention
from .merge import merge_mentions
from .model import LinearModel, load_default_model
from .model.features import sentence_and_context
from .normalize.actors import ActorDictionary, find_aliases
from .normalize.counts import find_tolls
from .normalize.dates import find_dates, find_publication_date
from .normalize.places import Gazetteer, find_places
from .records import Count, Document, Event, EventDate, Evidence, Place, Skip, TimeExpr, Toll
from .settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ANAPHORIC_DETS = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their", "such"})
# Words that set a sentence's event apart from the one told before it (`merge.Mention.elsewhere`).
ELSEWHERE_RE = re.compile(r"\b(?:meanwhile|elsewhere|separately|in\s+(?:a\s+)?separate|in\s+another|"
                          r"another\s+(?:group|crowd|protest|demonstration|rally|incident)|a\s+different|"
                          r"(?:the\s+)?(?:following|next)\s+(?:day|morning|evening|night|week)|the\s+day\s+after|"
                          r"(?:a|one|two|three|four|five|six|seven|several|few|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
                          r"(?:later|before|earlier|ago))\b",
                          re.I)
PEACEFUL_RE = re.compile(r"(?<!non-)(?<!non)(?<!not )\bpeace(?:ful(?:ly)?|ably)\b", re.I)
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


@dataclass(frozen=True, slots=True)
class Analysis:
    """A document after the text stages: what every later stage reads."""

    document: Document
    published: dt.date | None
    cleaned: Cleaned
    doc: Doc
    sentence_spans: list[tuple[int, int]]
    sentence_paragraph: list[int]
    dates: list[TimeExpr]
    places: list[Place]


class Pipeline:
    """flashpoint's pipeline. `extract(document)` gives its event records."""

    def __init__(self, settings: Settings | None = None, *, nlp: Language | None = None,
                 gazetteer: Gazetteer | None = None, actors: ActorDictionary | None = None,
                 lexicon: Lexicon | None = None) -> None:
        self.settings = settings or Settings()
        self._nlp = nlp
        self._gazetteer = gazetteer
        self._actors = actors
        self._lexicon = lexicon
        self._model: LinearModel | None = None

    # Resources load on first use so that importing flashpoint stays cheap.
    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = nlp_mod.load_model(self.settings.nlp_model)
        return self._nlp

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.load()
        return self._gazetteer

    @property
    def actors(self) -> ActorDictionary:
        if self._actors is None:
            self._actors = ActorDictionary.load(self.settings.actor_files)
        return self._actors

    @property
    def model(self) -> LinearModel | None:
        """The classification model: the settings' file, else the packaged one; None for rules only."""
        if self._model is None and not self.settings.rules_only:
            self._model = (LinearModel.load(self.settings.model) if self.settings.model
                           else load_default_model())
        return None if self.settings.rules_only else self._model

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            path = self.settings.trigger_file
            self._lexicon = Lexicon.load(path.read_text("utf-8") if path else None)
        return self._lexicon

    # ------------------------------------------------------------ stages

    def publication_date(self, document: Document) -> dt.date | None:
        """The JSONL field or --published, else a dateline or sign-off in the text."""
        if document.published is not None:
            return document.published
        found = find_publication_date(document.text)
        return found[0] if found else None

    def analyse(self, document: Document, parsed: Doc | None = None) -> Analysis:
        published = self.publication_date(document)
        cleaned = clean(document)
        doc = parsed if parsed is not None else self.nlp(cleaned.text)
        para_spans = paragraphs(document.text)
        starts = [a for a, _ in para_spans] or [0]
        sents = nlp_mod.sentences(doc, starts)
        mentions = nlp_mod.entities(doc)
        places = find_places(cleaned.text, mentions, self.gazetteer, focus=frozenset(document.country))
        dates = find_dates(cleaned.text, published)
        return Analysis(document, published, cleaned, doc, [(s.start, s.end) for s in sents],
                        [s.paragraph for s in sents], dates, places)

    def places(self, document: Document) -> list[Place]:
        cleaned = clean(document)
        doc = self.nlp(cleaned.text)
        return find_places(cleaned.text, nlp_mod.entities(doc), self.gazetteer, focus=frozenset(document.country))

    def dates(self, document: Document) -> list[TimeExpr]:
        return find_dates(clean(document).text, self.publication_date(document))

    def extract(self, document: Document, parsed: Doc | None = None) -> list[Event]:
        """Event records of one document, mentions of one event merged."""
        a = self.analyse(document, parsed)
        return self.events_from(a)

    def events_from(self, a: Analysis) -> list[Event]:
        doc = a.doc
        text = a.cleaned.text
        persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        tolls: dict[int, list[Toll]] = {}
        for k, (s, e) in enumerate(a.sentence_spans):
            in_sent = [p for p in persons if s <= p[0] and p[1] <= e]
            tolls[k] = find_tolls(text[s:e], s, in_sent)
        focus = [country_place(iso, self.gazetteer.country(iso)) for iso in a.document.country]
        ctx = DocContext(doc, a.sentence_spans, a.sentence_paragraph, a.dates, a.places, persons, tolls,
                         self.actors, find_aliases(text), focus)
        triggers = find_triggers(doc, self.lexicon, a.cleaned)
        candidates = group_triggers(doc, triggers, a.sentence_spans)
        mentions = [self._event(a, ctx, c, candidates) for c in candidates]
        events = [replace(e, actors=tuple(complete_actors(list(e.actors), e.event_type, e.sub_event_type,
                                                           e.location.country)))
                  for e in merge_mentions(mentions)]
        if not self.settings.include_flagged:
            events = [e for e in events if e.factuality == "asserted"]
        return [replace(e, confidence=_confidence(e)) for e in events]

    def _event(self, a: Analysis, ctx: DocContext, cand: Candidate, candidates: list[Candidate]) -> EventMention:
        doc = a.doc
        args = find_arguments(ctx, cand, candidates)
        main = cand.main
        actors = list(args.actors)
        kinds = {x.role: x.kind for x in actors}
        cats = cand.categories
        protest_context = "protest" in cats or kinds.get("actor2") == "protesters" or bool(
            args.target_nouns & {"protester", "protestor", "demonstrator", "protest", "demonstration"})
        facts = Facts(categories=cats, main=main.category, actor1_kind=_coercive(kinds.get("actor1")),
                      actor2_kind=kinds.get("actor2"), target_nouns=args.target_nouns,
                      lethal=_hurt(args.fatalities) or _hurt(args.injuries), protest_context=protest_context,
                      weapon_words=_weapon_words(doc, cand), trigger=main.text.lower(),
                      nearby=nearby_categories(doc, cand, candidates, a.sentence_paragraph),
                      modifiers=trigger_modifiers(doc, cand),
                      adjacent=nearby_categories(doc, cand, candidates, a.sentence_paragraph, window=1),
                      embedded=_embedded_categories(doc, cand, candidates),
                      actor1_head=_head_noun(next((x.text for x in actors if x.role == "actor1"), None)))
        sentence, context = sentence_and_context(doc, a.sentence_spans, a.sentence_paragraph, cand.sentence)
        cls, features = classify_with(self.model, facts, sentence if sentence is not None else (), context)
        if cls.event_type == "Riots":
            # Partisans who fought or wrecked are rioters (`classify.PARTISAN_NOUNS`).
            actors = [replace(x, kind="rioters") if x.role == "actor1" and x.kind == "political_militia"
                      and _head_noun(x.text) in PARTISAN_NOUNS else x for x in actors]
        actors = complete_actors(actors, cls.event_type, cls.sub_event_type, args.location.country)
        has_light = any(light_verb(doc, t) is not None for t in cand.triggers)
        own_anchor = args.own_date or args.own_toll or has_light
        fact = factuality_of(doc, cand, own_anchor)
        if fact == "asserted" and a.published and args.date.start and args.date.start > a.published:
            if told_in_past(doc, cand):
                # The grammar says it happened: a year-less date read forward belongs to the last
                # year ("On May 3, a child was killed"); a dated one stands as the text gives it.
                args = replace(args, date=_year_back(args.date, a.published))
            else:
                # What the text dates after its own publication, and does not tell as done, has
                # not happened yet.
                fact = "planned"
        s_start, s_end = a.sentence_spans[cand.sentence]
        sent = doc.char_span(s_start, s_end, alignment_mode="expand")
        attribution = attribution_of(doc, sent, main.root) if sent is not None else None
        start, end = cand.start, cand.end
        for kind_count in (args.fatalities, args.injuries, args.arrests):
            if kind_count.known and kind_count.start is not None and kind_count.end is not None:
                start, end = min(start, kind_count.start), max(end, kind_count.end)
        original = a.document.text
        event = Event(
            doc_id=a.document.id, event_type=cls.event_type, sub_event_type=cls.sub_event_type,
            evidence=(Evidence(a.document.id, start, end, original[start:end]),),
            plover_type=cls.plover_type, plover_mode=cls.plover_mode, date=args.date, location=args.location,
            actors=tuple(actors), fatalities=args.fatalities, injuries=args.injuries, arrests=args.arrests,
            participants=args.participants, factuality=fact, attribution=attribution, trigger=main.text,
            extra={"duration": args.duration, "features": features,
                   "main_clause": any(told_in_own_right(doc, t.root) for t in cand.triggers)},
        )
        head = doc[main.root]
        dets = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
        nominal = not cand.verbal
        anaphoric = nominal and bool(dets & ANAPHORIC_DETS) and not args.own_date and main.category not in (
            STATEMENT_CATEGORIES)
        statement = main.category in STATEMENT_CATEGORIES
        # A singular trigger noun with no determiner is most often a verb the tagger misread
        # ("students ... protest for unknown reasons").
        bare = nominal and head.tag_ == "NN" and not any(
            c.dep_ in ("det", "poss", "amod", "nummod") for c in head.children) and head.dep_ != "compound"
        anchored = (not nominal) or own_anchor or fact != "asserted" or bare
        if statement and not _about_an_act(doc, cand, candidates):
            # A statement is kept when it is about an act of violence or protest ("vowed to
            # strike", "condemned the killings"); that act is recorded with its own factuality.
            anchored = False
        if nominal and head.tag_ in ("NNS", "NNPS") and not (args.own_date or args.own_toll or has_light):
            anchored = fact != "asserted"
        protest_roots = frozenset(t.root for c in candidates if c.sentence == cand.sentence for t in c.triggers
                                  if t.category == "protest")
        return EventMention(event=event, sentence=cand.sentence, paragraph=a.sentence_paragraph[cand.sentence],
                            consequence_only=cats <= CONSEQUENCE_CATEGORIES, anaphoric=anaphoric,
                            anchored=anchored, own_date=args.own_date, head=head.lemma_.lower(),
                            definite_actor=any((x.text or "").lower().startswith(("the ", "these ", "those "))
                                               for x in actors if x.role == "actor1"),
                            elsewhere=ELSEWHERE_RE.search(a.cleaned.text[s_start:s_end]) is not None,
                            targets=args.target_nouns,
                            peaceful=PEACEFUL_RE.search(a.cleaned.text[s_start:s_end]) is not None,
                            reason=all(_told_as_reason(doc, t.root, protest_roots) for t in cand.triggers),
                            after_clause=all(_told_as_reason(doc, t.root, None) for t in cand.triggers),
                            nominal=nominal, protest="protest" in cats)

    # ------------------------------------------------------------ corpora

    def run(self, items: Iterable[Document | Skip]) -> Iterator[tuple[Document | Skip, list[Event]]]:
        """Each document with its events; a document that fails becomes a Skip with the reason."""
        for item in items:
            if isinstance(item, Skip):
                yield item, []
                continue
            try:
                yield item, self.extract(item)
            except FlashpointError as err:
                yield Skip(item.id, str(err)), []
            except (ValueError, IndexError, KeyError, TypeError, AttributeError) as err:
                yield Skip(item.id, f"internal error while extracting ({type(err).__name__}: {err}); "
                                    "please report it with the document"), []


def _about_an_act(doc: Doc, cand: Candidate, candidates: list[Candidate]) -> bool:
    inside = {t.i for trig in cand.triggers for t in doc[trig.root].subtree}
    return any(t.root in inside for c in candidates if c is not cand and c.sentence == cand.sentence
               for t in c.triggers if t.category not in STATEMENT_CATEGORIES)


def _told_as_reason(doc: Doc, root: int, protests: frozenset[int] | None) -> bool:
    """The trigger at `root` is what another act is about: a word of reason or demand stands above
    it in its sentence ("demanding the release of students who were arrested", "protested the
    arrest of their leader"), or it is told in a clause of reason or time ("after ...") that hangs
    on a protest (one of the tokens `protests`; on any act when `protests` is None)."""
    tok = doc[root]
    steps = 0
    while tok.head.i != tok.i and steps < 12:
        marked = any(c.dep_ == "mark" and c.lemma_.lower() in REASON_WORDS for c in tok.children)
        if tok.dep_ == "advcl" and marked and (
                protests is None or tok.head.i in protests or any(c.i in protests for c in tok.head.children)):
            # "students held a demonstration after one of them was injured"
            return True
        coordinated = tok.dep_ == "conj"
        tok = tok.head
        steps += 1
        if tok.lemma_.lower() in REASON_WORDS and not coordinated:
            return True
    return False


def _embedded_categories(doc: Doc, cand: Candidate, candidates: list[Candidate]) -> frozenset[str]:
    """Trigger families of the other candidates whose triggers lie inside `cand`'s triggers' parse
    subtrees ("dispersed youths who had barricaded the road": riot inside the dispersal)."""
    inside = {t.i for trig in cand.triggers for t in doc[trig.root].subtree}
    return frozenset(t.category for c in candidates if c is not cand and c.sentence == cand.sentence
                     for t in c.triggers if t.root in inside)


def _weapon_words(doc: Doc, cand: Candidate) -> frozenset[str]:
    """Words of the doer and the instrument of the candidate's acts ("jets struck", "with drones")."""
    words: set[str] = set()
    for t in cand.triggers:
        tok = doc[t.root]
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass", "agent", "compound", "amod") or (
                    child.dep_ == "prep" and child.lower_ in ("with", "by", "from")):
                words.update(x.lower_ for x in child.subtree)
    return frozenset(words)


YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|'\d\d\b")


def _year_back(date: EventDate, published: dt.date) -> EventDate:
    """`date` a year earlier when its words name no year and that puts it on or before `published`."""
    if date.start is None or YEAR_RE.search(date.text or ""):
        return date
    start, end = _minus_year(date.start), _minus_year(date.end or date.start)
    return replace(date, start=start, end=end) if start <= published else date


def _minus_year(d: dt.date) -> dt.date:
    return d.replace(year=d.year - 1, day=28) if (d.month, d.day) == (2, 29) else d.replace(year=d.year - 1)


def _hurt(count: Count) -> bool:
    """Whether a toll says someone was hurt: a figure above zero ("No fatalities were reported" is
    a known count of zero, and nobody was hurt)."""
    return bool(count.best or count.low)


def _head_noun(text: str | None) -> str:
    """The head noun of an actor's words, lower case: the last word before "of" ("supporters of the
    MP"), else the last word ("the governor's supporters")."""
    words = (text or "").lower().replace("'s", " ").split()
    if "of" in words:
        words = words[:words.index("of")]
    return words[-1].strip(".,;:") if words else ""


def _coercive(kind: str | None) -> str | None:
    # Governments act through their forces: ACLED codes them as state forces.
    return "state_forces" if kind == "government" else kind


def _confidence(e: Event) -> float:
    score = 0.35
    score += 0.15 if e.date.start else 0.0
    score += 0.15 if e.location.country else 0.0
    score += 0.1 if e.actors_in("actor1") else 0.0
    score += 0.1 if (e.fatalities.known or e.injuries.known or e.arrests.known) else 0.0
    score += 0.1 if e.event_type != "Other" else 0.0
    return round(min(score, 1.0), 2)


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """A process-wide pipeline with default settings, made on first use."""
    return Pipeline()
