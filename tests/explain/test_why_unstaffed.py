"""Why a shift is unstaffed, in one sentence naming people and rules."""

from datetime import timedelta

import pytest

from planner.domain import Period
from planner.explain import unstaffed_reasons, why_unstaffed, why_unstaffed_in
from planner.i18n.explanations import unstaffed_sentence, unstaffed_text
from planner.i18n.words import Words
from planner.settings import HardSettings
from tests.builders import (
    MONDAY,
    absence,
    activity,
    assign,
    at,
    org,
    professional,
    roster,
    shift,
    volunteer,
)

pytestmark = pytest.mark.usefixtures("english")

TUESDAY = MONDAY + timedelta(days=1)
NIGHT = activity(
    "nachtopvang", "Nachtopvang", start="20:00", end="08:00", qualifications=("social_worker",)
)
DAY = activity("inloop", "Inloop", start="09:00", end="17:00")  # 8 h
SW = ("social_worker",)


def _explain(shifts, people, *assignments, absences=(), target=None, hard=None):
    target = target or shifts[0]
    activities = {s.activity.id: s.activity for s in shifts}
    r = roster(*assignments, unstaffed={target.id: ""})
    organisation = org(list(activities.values()), people)
    return unstaffed_sentence(
        target.id,
        why_unstaffed_in(
            organisation,
            Period(MONDAY),
            shifts,
            r,
            absences,
            hard or HardSettings(),
            target,
        ),
        Words.of(organisation),
    )


def test_each_qualified_professional_with_the_rule_that_stops_them_and_a_count_of_the_rest():
    els = professional("els", "Els Vermeulen", qualifications=SW)
    bart = professional("bart", "Bart Claes", qualifications=SW)
    wim = professional("wim", "Wim Jacobs", qualifications=SW, hours_per_week=38)
    others = [professional(f"p{i}", f"Piet Nr{i}") for i in range(5)]
    night = shift(NIGHT, TUESDAY)
    late = shift(activity("avond", "Avond", start="14:00", end="22:00"), TUESDAY)
    wim_week = [shift(DAY, MONDAY + timedelta(days=d)) for d in (0, 3, 4, 5)]  # 32 h
    text = _explain(
        [night, late, *wim_week],
        [els, bart, wim, *others],
        assign(late, bart),
        *(assign(s, wim) for s in wim_week),
        absences=[absence("els")],
        target=night,
    )
    assert text == (
        "Nachtopvang Tue 1 Dec 20:00: no professional free - Bart Claes works Avond Tue 1 Dec 14:00 "
        "at the same time, Els Vermeulen on leave, Wim Jacobs reached 38 h a week "
        "(44 h in the week of Mon 30 Nov), 5 others lack social worker"
    )


def test_rest_after_a_late_shift_is_named():
    bart = professional("bart", "Bart Claes", qualifications=SW)
    early = shift(activity("ontbijt", "Ontbijt", start="07:00", end="09:00"), TUESDAY)
    late = shift(activity("avond", "Avond", start="17:00", end="23:00"))
    text = _explain([early, late], [bart], assign(late, bart), target=early)
    assert text == (
        "Ontbijt Tue 1 Dec 07:00: no professional free - Bart Claes needs rest after "
        "Avond Mon 30 Nov 17:00 (8 h, at least 11 h)"
    )


def test_one_of_two_professionals_free():
    els = professional("els", "Els Vermeulen")
    bart = professional("bart", "Bart Claes")
    s = shift(activity("inloop", "Inloop", professionals=2))
    text = _explain([s], [els, bart], absences=[absence("bart")])
    assert text == (
        "Inloop Mon 30 Nov 09:00: only 1 of the 2 professionals free (Els Vermeulen) - "
        "Bart Claes on leave"
    )


def test_nobody_alone_without_a_free_volunteer():
    els = professional("els", "Els Vermeulen", qualifications=SW)
    jan = volunteer("jan", "Jan Peeters", per_week=0)
    act = activity(
        "nachtopvang", "Nachtopvang", start="20:00", end="08:00", volunteers_max=2, min_people=2
    )
    s = shift(act)
    text = _explain([s], [els, jan])
    assert text == (
        "Nachtopvang Mon 30 Nov 20:00: nobody alone: needs 2 people, only Els Vermeulen free "
        "and no volunteer - Jan Peeters at the limit they set: 0 shifts a week"
    )


def test_a_free_professional_is_said_to_be_free():
    els = professional("els", "Els Vermeulen")
    s = shift()
    assert _explain([s], [els]) == (
        "Inloop Mon 30 Nov 09:00: left unstaffed although Els Vermeulen could take it "
        "(the solver stopped before it found a roster with them)"
    )


def test_reasons_for_every_unstaffed_shift_at_once():
    els = professional("els", "Els Vermeulen")
    a, b = shift(), shift(DAY, TUESDAY)
    leave = absence("els", at(MONDAY, "00:00"), at(TUESDAY, "00:00"))
    r = roster(assign(b, els), unstaffed={a.id: ""})
    organisation = org([a.activity, DAY], [els])
    found = unstaffed_reasons(organisation, Period(MONDAY), [a, b], r, [leave], HardSettings())
    words = Words.of(organisation)
    assert {sid: unstaffed_text(why, words) for sid, why in found.items()} == {
        a.id: "no professional free - Els Vermeulen on leave"
    }


def test_a_planned_roster_explains_its_unstaffed_shift():
    from tests.scheduler.support import plan, problem

    els = professional("els", "Els Vermeulen", qualifications=SW)
    bart = professional("bart", "Bart Claes")
    s = shift(NIGHT, TUESDAY)
    p = problem([s], [els, bart], absences=[absence("els")])
    planned = plan(p)
    assert planned.roster.assignments == ()
    assert unstaffed_text(why_unstaffed(p, planned.roster, s), Words.of(p.org)) == (
        "no professional free - Els Vermeulen on leave, 1 other lacks social worker"
    )


def test_people_stopped_by_the_same_rule_are_named_together():
    els = professional("els", "Els Vermeulen")
    bart = professional("bart", "Bart Claes")
    wim = professional("wim", "Wim Jacobs")
    s = shift()
    text = _explain(
        [s], [els, bart, wim], absences=[absence("els"), absence("bart"), absence("wim")]
    )
    assert text == (
        "Inloop Mon 30 Nov 09:00: no professional free - Bart Claes, Els Vermeulen and "
        "Wim Jacobs on leave"
    )


def test_published_work_just_before_the_period_is_named_as_the_reason():
    # Els worked the published Sunday night before the period; Monday's day shift starts an
    # hour after it ends. The planner would not put her on it, and the reason must say why.
    from planner.settings import RuleSettings
    from planner.solver.problem import PlanningProblem

    els = professional("els", "Els Vermeulen", qualifications=SW)
    sunday_night = shift(NIGHT, MONDAY - timedelta(days=1))
    monday = shift(
        activity("inloop", "Inloop", start="09:00", end="13:00", qualifications=SW), MONDAY
    )
    problem = PlanningProblem.build(
        org([NIGHT, monday.activity], [els]),
        Period(MONDAY),
        [monday],
        outside=[(sunday_night, assign(sunday_night, els))],
        settings=RuleSettings(),
    )

    reason = unstaffed_text(
        why_unstaffed(problem, roster(unstaffed={monday.id: ""}), monday), Words.of(problem.org)
    )

    assert "Els Vermeulen needs rest after Nachtopvang Sun 29 Nov 20:00" in reason


def test_a_mix_that_the_free_professionals_cannot_make_says_what_it_lacks():
    from planner.domain import Need

    mix = (Need(1, frozenset({"nurse"})), Need(1, frozenset({"social_worker"})))
    care = shift(activity("zorg", "Zorgspreekuur", professionals=2, needs=mix))
    els = professional("els", "Els Vermeulen", qualifications=SW)
    bart = professional("bart", "Bart Claes", qualifications=SW)

    assert _explain([care], [els, bart]) == (
        "Zorgspreekuur Mon 30 Nov 09:00: its mix needs 1 person with nurse, only 0 free"
    )


def test_a_mix_not_met_names_who_holds_it_and_why_each_cannot_come():
    from planner.domain import AbsenceKind, Need

    mix = (Need(1, frozenset({"nurse"})), Need(1, frozenset({"social_worker"})))
    care = shift(activity("zorg", "Zorgspreekuur", professionals=2, needs=mix))
    els = professional("els", "Els Vermeulen", qualifications=SW)
    bart = professional("bart", "Bart Claes", qualifications=SW)
    nora = professional("nora", "Nora Peeters", qualifications=("nurse",))
    nele = professional("nele", "Nele Smet", qualifications=("nurse",))
    sick = absence("nele", kind=AbsenceKind.SICKNESS)

    text = _explain([care], [els, bart, nora, nele], absences=[absence("nora"), sick])

    assert text == (
        "Zorgspreekuur Mon 30 Nov 09:00: its mix needs 1 person with nurse, only 0 free - "
        "Nele Smet sick, Nora Peeters on leave"
    )


def test_a_language_a_volunteer_brings_names_the_volunteers_who_speak_it():
    from dataclasses import replace

    from planner.domain import Among, Need

    arabic = (Need(1, frozenset({"arabic"}), among=Among.VOLUNTEERS),)
    cafe = shift(activity("taal", "Taalcafé", volunteers_max=2, needs=arabic))
    els = professional("els", "Els Vermeulen")
    samira = replace(volunteer("samira", "Samira Haddad", refuses=("taal",)), languages={"arabic"})
    jan = volunteer("jan", "Jan Peeters")

    text = _explain([cafe], [els, samira, jan])

    assert text == (
        "Taalcafé Mon 30 Nov 09:00: its mix needs 1 person with arabic, only 0 free - "
        "Samira Haddad does not do Taalcafé (their own choice)"
    )


def test_a_newcomer_volunteer_without_a_mentor_is_the_reason_nobody_joins_at_night():
    night = shift(
        activity(
            "nachtopvang", "Nachtopvang", start="20:00", end="08:00", min_people=2, volunteers_max=1
        )
    )
    els = professional("els", "Els Vermeulen")
    nora = volunteer("nora", "Nora Nieuw", newcomer=True)

    assert _explain([night], [els, nora]) == (
        "Nachtopvang Mon 30 Nov 20:00: nobody alone: needs 2 people, only Els Vermeulen free "
        "and no volunteer - Nora Nieuw is new to Nachtopvang: needs an experienced volunteer "
        "on Nachtopvang Mon 30 Nov 20:00"
    )
