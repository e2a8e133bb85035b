"""A protest and how it was met become one event (merge_protest), on hand-built records."""

from __future__ import annotations

import datetime as dt

from flashpoint.merge import Mention, merge_mentions
from flashpoint.records import Actor, Count, Event, EventDate, Evidence, Location

DAY = dt.date(2024, 3, 2)


def _event(start: int, event_type: str, sub: str, *, day: dt.date | None = DAY, killed: Count | None = None,
           hurt: Count | None = None, actor1: Actor | None = None, main_clause: bool = True,
           factuality: str = "asserted", admin1: str | None = None) -> Event:
    date = EventDate(day, day, "day" if day else "unknown")
    actors = (actor1,) if actor1 else (Actor("Protesters (Kenya)", "protesters", "KEN", "traders"),)
    return Event("d", event_type, sub, (Evidence("d", start, start + 5, "x" * 5),), date=date,
                 location=Location(country="KEN", admin1=admin1), actors=actors, fatalities=killed or Count(),
                 injuries=hurt or Count(), factuality=factuality, extra={"main_clause": main_clause})


def _m(ev: Event, sentence: int, *, paragraph: int = 0, own_date: bool = False, targets: tuple[str, ...] = (),
       protest: bool = False, **flags: bool) -> Mention:
    return Mention(ev, sentence, paragraph, False, False, True, own_date, "x", targets=frozenset(targets),
                   protest=protest, **flags)


POLICE = Actor("Police Forces of Kenya", "state_forces", "KEN", "police")


def _protest(start: int = 0, sub: str = "Peaceful protest") -> Event:
    return _event(start, "Protests", sub)


def test_a_dispersal_told_after_a_protest_joins_it_as_an_intervention():
    # "Hundreds of traders marched to the county offices. Police dispersed them with tear gas."
    march = _m(_protest(), 0, own_date=True, protest=True)
    dispersal = _m(_event(60, "Protests", "Protest with intervention"), 1, targets=("them", "they", "gas"))
    [one] = merge_mentions([march, dispersal])
    assert one.sub_event_type == "Protest with intervention" and len(one.evidence) == 2


def test_the_crowds_own_violence_makes_a_violent_demonstration():
    # "Residents held a protest. They later blocked the highway and burned tyres."
    burning = _m(_event(50, "Riots", "Violent demonstration", actor1=Actor("Rioters", "rioters", "KEN", "They")), 1,
                 targets=("tyre", "tyres"))
    [one] = merge_mentions([_m(_protest(), 0, own_date=True, protest=True), burning])
    assert (one.event_type, one.sub_event_type) == ("Riots", "Violent demonstration")


def test_deaths_at_the_hands_of_those_who_intervene_make_it_excessive_force():
    # "Students demonstrated in the town. Police opened fire on them, killing two."
    shooting = _event(70, "Violence against civilians", "Attack", actor1=POLICE, killed=Count(2, 2, 2, "two"))
    [one] = merge_mentions([_m(_protest(), 0, own_date=True, protest=True), _m(shooting, 1, targets=("them",))])
    assert one.sub_event_type == "Excessive force against protesters"
    assert one.fatalities.best == 2


def test_arrests_of_the_protesters_make_it_a_protest_with_intervention():
    # "Residents demonstrated in the town. Police arrested 30 demonstrators."
    arrests = _event(50, "Strategic developments", "Arrests", actor1=POLICE)
    [one] = merge_mentions([_m(_protest(), 0, own_date=True, protest=True),
                            _m(arrests, 1, targets=("demonstrators", "demonstrator"))])
    assert one.sub_event_type == "Protest with intervention"


def test_a_peaceful_protests_reason_does_not_become_its_toll():
    # "Traders marched over the killing of two hawkers. Police killed a man at the march."
    protest = _event(0, "Protests", "Peaceful protest", killed=Count(2, 2, 2, "two"))
    shooting = _event(80, "Violence against civilians", "Attack", actor1=POLICE, killed=Count(1, 1, 1, "a man"))
    [one] = merge_mentions([_m(protest, 0, own_date=True, protest=True), _m(shooting, 1, targets=("man",))])
    assert one.sub_event_type == "Excessive force against protesters" and one.fatalities.best == 1


def test_a_response_with_another_date_stays_apart():
    # "On 2 March, traders marched. On 5 March, police dispersed another crowd."
    dispersal = _event(60, "Protests", "Protest with intervention", day=dt.date(2024, 3, 5))
    out = merge_mentions([_m(_protest(), 0, own_date=True, protest=True),
                          _m(dispersal, 1, own_date=True, targets=("crowd",))])
    assert [e.sub_event_type for e in out] == ["Peaceful protest", "Protest with intervention"]


def test_a_response_told_as_elsewhere_stays_apart():
    # "Traders marched in the town. Meanwhile, police dispersed students at the university."
    dispersal = _event(60, "Protests", "Protest with intervention")
    out = merge_mentions([_m(_protest(), 0, own_date=True, protest=True),
                          _m(dispersal, 1, targets=("students",), elsewhere=True)])
    assert len(out) == 2


def test_a_response_in_another_region_stays_apart():
    protest = _event(0, "Protests", "Peaceful protest", admin1="Nakuru")
    dispersal = _event(60, "Protests", "Protest with intervention", admin1="Kisumu")
    assert len(merge_mentions([_m(protest, 0, own_date=True, protest=True), _m(dispersal, 1)])) == 2


def test_what_a_protest_is_about_is_no_part_of_it():
    # "Villagers protested demanding the release of a man who was arrested."
    arrest = _event(40, "Protests", "Protest with intervention")
    out = merge_mentions([_m(_protest(), 0, own_date=True, protest=True), _m(arrest, 0, targets=("who",))])
    assert out[0].sub_event_type == "Peaceful protest"
    reason = _event(40, "Violence against civilians", "Attack", actor1=POLICE, killed=Count(1, 1, 1, "a boy"),
                    main_clause=False)
    out = merge_mentions([_m(_protest(), 0, own_date=True, protest=True), _m(reason, 0, targets=("boy",))])
    assert out[0].sub_event_type == "Peaceful protest" and len(out) == 2


def test_a_protest_called_peaceful_is_not_made_violent():
    # "They held a peaceful protest. They peacefully blocked a road."
    blocking = _event(50, "Riots", "Violent demonstration")
    out = merge_mentions([_m(_protest(), 0, own_date=True, protest=True, peaceful=True),
                          _m(blocking, 1, targets=("road",), peaceful=True)])
    assert out[0].sub_event_type == "Peaceful protest"


def test_tear_gas_without_a_toll_is_an_intervention_not_excessive_force():
    gas = _event(60, "Protests", "Excessive force against protesters", actor1=POLICE)
    [one] = merge_mentions([_m(_protest(), 0, own_date=True, protest=True), _m(gas, 1, targets=("gas", "them"))])
    assert one.sub_event_type == "Protest with intervention"


def test_an_arrest_campaign_after_a_crackdown_stays_its_own_event():
    # "... forces brutally suppressed the protests, killing hundreds. Thousands have been arrested."
    crackdown = _event(0, "Protests", "Excessive force against protesters", killed=Count(300, 300, 300, "300"))
    arrests = _event(90, "Strategic developments", "Arrests", actor1=POLICE)
    out = merge_mentions([_m(crackdown, 0, own_date=True, protest=True), _m(arrests, 1, targets=("protesters",))])
    assert [e.sub_event_type for e in out] == ["Excessive force against protesters", "Arrests"]


def test_a_dispersal_told_first_joins_the_protest_in_its_sentence():
    # "Police dispersed protesters who were burning tyres on the highway."
    dispersal = _event(0, "Protests", "Protest with intervention")
    burning = _event(40, "Riots", "Violent demonstration")
    [one] = merge_mentions([_m(dispersal, 0, own_date=True, targets=("protesters",)), _m(burning, 0)])
    assert one.sub_event_type == "Violent demonstration"


def test_an_attack_that_sparked_a_protest_stays_apart():
    # "Police shot dead a hawker, sparking protests."
    shooting = _event(0, "Violence against civilians", "Attack", actor1=POLICE, killed=Count(1, 1, 1, "a hawker"))
    out = merge_mentions([_m(shooting, 0, own_date=True, targets=("hawker",)), _m(_protest(30), 0, protest=True)])
    assert [e.event_type for e in out] == ["Violence against civilians", "Protests"]


def test_a_mob_is_not_made_a_demonstration_by_a_shooting_that_is_no_protest():
    # "Bandits fired in the air in the village. Villagers lynched one of them."
    shots = _event(0, "Protests", "Protest with intervention")
    lynching = _event(50, "Riots", "Mob violence", actor1=Actor("Rioters", "rioters", "KEN", "Villagers"))
    out = merge_mentions([_m(shots, 0, own_date=True, targets=("air",)), _m(lynching, 1, targets=("one",))])
    assert [e.sub_event_type for e in out] == ["Protest with intervention", "Mob violence"]


def test_police_who_beat_the_crowd_make_excessive_force_without_a_count():
    # "Supporters marched through the town. The police kicked them and hit them with batons."
    beating = _event(60, "Violence against civilians", "Attack", actor1=POLICE)
    [one] = merge_mentions([_m(_protest(), 0, own_date=True, protest=True),
                            _m(beating, 1, targets=("them", "they", "batons"))])
    assert one.sub_event_type == "Excessive force against protesters"


def test_an_unnamed_attack_on_no_one_hurt_is_not_force_against_the_crowd():
    # "Workers held a protest. They also held a strike." (a strike misread as an attack)
    strike = _event(60, "Violence against civilians", "Attack",
                    actor1=Actor("Unidentified Armed Group (Kenya)", "political_militia", "KEN", None))
    out = merge_mentions([_m(_protest(), 0, own_date=True, protest=True), _m(strike, 1, targets=("they",))])
    assert out[0].sub_event_type == "Peaceful protest"


def test_a_noun_in_the_protests_own_sentence_is_what_it_is_about():
    # "Activists staged a rally against the detention of their leaders."
    detention = _event(40, "Protests", "Protest with intervention")
    out = merge_mentions([_m(_protest(), 0, own_date=True, protest=True), _m(detention, 0, nominal=True)])
    assert out[0].sub_event_type == "Peaceful protest"
