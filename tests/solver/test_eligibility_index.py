"""Which shifts each person could stand on is worked out for everyone at once from indexes
(by kind of shift, offered window, place for volunteers); it must say exactly what asking
pair by pair says (why_ineligible), which is what the explanations and the checker use."""

from __future__ import annotations

from pathlib import Path

from planner.domain import Period
from planner.io.folder import read_folder
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.solver.problem import PlanningProblem
from tests.builders import MONDAY
from tests.scheduler.support import generated

DEMO = Path(__file__).resolve().parents[2] / "fixtures" / "demo"


def same_as_pair_by_pair(problem: PlanningProblem) -> None:
    indexed = problem.eligible_pairs
    for person in problem.people:
        one_by_one = [s for s in problem.shifts if problem.why_ineligible(person, s) is None]
        assert indexed[person.id] == one_by_one, person.id


def test_the_demo_every_pair_as_asked_one_by_one():
    # The demo's volunteers offer windows that meet (a whole Thursday and Friday cover a
    # night between them), refuse activities, are away; its professionals hold
    # qualifications, work on contract days only.
    loaded = read_folder(DEMO)
    org, period = loaded.organisation, Period(MONDAY, 2)
    problem = PlanningProblem.build(
        org,
        period,
        generate_shifts(org, period),
        absences=loaded.absences,
        settings=settings_from_toml(org.rules),
    )
    assert sum(len(v) for v in problem.eligible_pairs.values()) > 0
    same_as_pair_by_pair(problem)


def test_a_generated_organisation_every_pair_as_asked_one_by_one(tmp_path):
    *_, problem = generated(tmp_path, 8, 60, seed=11, weeks=1)
    same_as_pair_by_pair(problem)
