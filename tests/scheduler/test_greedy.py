"""The greedy first roster keeps every hard rule: CP-SAT starts from it."""

from __future__ import annotations

from datetime import date

from fixtures.generate import generate_organisation, write_folder
from planner.check import check_roster
from planner.domain import Assignment, Period, Roster
from planner.greedy import greedy_roster
from planner.io.folder import read_folder
from planner.problem import PlanningProblem
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from tests.builders import MONDAY, activity, assign, professional, roster, shift
from tests.scheduler.support import problem


def test_a_generated_organisation_gets_a_valid_complete_first_roster(tmp_path):
    write_folder(generate_organisation(15, 150, seed=3), tmp_path / "org")
    loaded = read_folder(tmp_path / "org")
    org, period = loaded.organisation, Period(date(2026, 11, 30), 2)
    shifts = generate_shifts(org, period)
    p = PlanningProblem.build(
        org, period, shifts, absences=loaded.absences, settings=settings_from_toml(org.rules)
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
        loaded.absences,
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
