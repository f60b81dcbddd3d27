"""The greedy first roster keeps every hard rule: CP-SAT starts from it."""

from __future__ import annotations

from planner.check import check_roster
from planner.domain import Assignment, Roster
from planner.solver.greedy import greedy_roster
from tests.builders import MONDAY, activity, assign, professional, roster, shift
from tests.scheduler.support import generated, problem


def test_a_generated_organisation_gets_a_valid_complete_first_roster(tmp_path):
    org, absences, shifts, p = generated(tmp_path, 15, 150, seed=3, weeks=2)
    period = p.period
    pairs, unstaffed = greedy_roster(p)
    found = check_roster(
        org,
        period,
        shifts,
        Roster(
            period,
            tuple(Assignment(s, pid, p.role_of(p.people_by_id[pid])) for pid, s in pairs),
            {s: "-" for s in unstaffed},
        ),
        absences,
        p.settings,
    )
    assert found == []
    assert unstaffed == set()


def test_it_keeps_the_published_roster_where_it_still_holds():
    s = shift(activity("inloop"))
    els, piet = professional("els"), professional("piet", "Piet Claes", home_activity="inloop")
    p = problem([s], [els, piet], published=roster(assign(s, els)))
    pairs, _ = greedy_roster(p)
    assert pairs == {("els", s.id)}
    assert MONDAY == s.local_date


def test_the_first_roster_keeps_the_safeguards_on_a_demo_with_them(tmp_path):
    # The demo's night shelter heavy, four newcomers: the first roster breaks none of it.
    from datetime import date

    from fixtures import DEMO
    from planner.domain import Period
    from planner.io.folder import read_folder
    from planner.settings import settings_from_toml
    from planner.shifts import generate_shifts
    from planner.solver.problem import PlanningProblem

    folder = read_folder(DEMO)
    org, period = folder.organisation, Period(date(2026, 11, 30), 2)
    assert any(a.heavy for a in org.activities) and any(p.newcomer for p in org.people)
    shifts = generate_shifts(org, period)
    p = PlanningProblem.build(
        org, period, shifts, absences=folder.absences, settings=settings_from_toml(org.rules)
    )
    pairs, unstaffed = greedy_roster(p)
    found = check_roster(
        org,
        period,
        shifts,
        Roster(
            period,
            tuple(Assignment(s, pid, p.role_of(p.people_by_id[pid])) for pid, s in pairs),
            {s: "-" for s in unstaffed},
        ),
        folder.absences,
        p.settings,
    )
    assert found == []
    newcomer_ids = {q.id for q in org.people if q.newcomer}
    assert any(pid in newcomer_ids for pid, _ in pairs)
