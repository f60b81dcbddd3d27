"""Plan a tiny problem with the real rules and check the roster with the independent checker,
so each test states only the facts it is about."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from constraints.professional_cover import ProfessionalCover
from constraints.registry import rules_from_settings
from planner.check import check_roster
from planner.domain import Absence, Assignment, Period, Person, Roster, Shift
from planner.settings import HardSettings, RuleSettings, SoftWeights
from planner.solver.model import Rule, build_model
from planner.solver.problem import PlanningProblem
from planner.solver.search import SolveResult, solve, to_roster
from tests.builders import MONDAY, org


@dataclass
class Planned:
    problem: PlanningProblem
    result: SolveResult
    roster: Roster

    def on(self, shift: Shift) -> set[str]:
        """Ids of the people on the shift."""
        return {a.person_id for a in self.roster.assignments if a.shift_id == shift.id}

    def shifts_of(self, person: Person | str) -> list[str]:
        pid = person if isinstance(person, str) else person.id
        return sorted(a.shift_id for a in self.roster.assignments if a.person_id == pid)

    def cost(self, rule: str) -> int:
        rm_penalties = self.penalties
        return sum(
            p.weight * v
            for p, v in zip(rm_penalties, self.result.penalty_values, strict=True)
            if p.rule == rule
        )

    penalties: list = None  # type: ignore[assignment]


def problem(
    shifts: Sequence[Shift],
    people: Sequence[Person],
    *,
    absences: Iterable[Absence] = (),
    pinned: Iterable[Assignment] = (),
    published: Roster | None = None,
    history: Iterable[Assignment] = (),
    hard: HardSettings | None = None,
    weights: SoftWeights | None = None,
    period: Period | None = None,
) -> PlanningProblem:
    activities = {s.activity.id: s.activity for s in shifts}
    return PlanningProblem.build(
        org(list(activities.values()), people),
        period or Period(MONDAY),
        shifts,
        absences=absences,
        pinned=pinned,
        published=published,
        history=history,
        settings=RuleSettings(hard or HardSettings(), weights or SoftWeights()),
    )


def alone(*rules: Rule) -> list[Rule]:
    """Professional cover (which makes the staffed/unstaffed choice) and the rules given:
    a rule tested alone."""
    return [ProfessionalCover(), *rules]


def plan(
    p: PlanningProblem, rules: Sequence[Rule] | None = None, *, time_limit: float = 5.0
) -> Planned:
    """Solve to optimality (tiny instances) and assert the checker finds nothing wrong."""
    rules = list(rules) if rules is not None else rules_from_settings(p.settings)
    rm = build_model(p, rules)
    result = solve(rm, time_limit=time_limit, seed=0)
    assert result.status == "optimal", result.status
    roster = to_roster(p, result, {})
    found = check_roster(
        p.org,
        p.period,
        list(p.shifts),
        roster,
        p.absences,
        p.settings,
        pinned=p.pinned,
        outside=p.outside,
        history=p.history,
    )
    assert found == [], found
    planned = Planned(p, result, roster)
    planned.penalties = rm.penalties
    return planned


def generated(tmp_path, professionals: int, volunteers: int, *, seed: int, weeks: int):
    """A generated organisation read back from its folder, and its problem for `weeks` weeks
    from the demo's Monday: (organisation, absences, shifts, problem)."""
    from datetime import date

    from fixtures.generate import generate_organisation, write_folder
    from planner.io.folder import read_folder
    from planner.settings import settings_from_toml
    from planner.shifts import generate_shifts

    write_folder(generate_organisation(professionals, volunteers, seed=seed), tmp_path / "org")
    loaded = read_folder(tmp_path / "org")
    org, period = loaded.organisation, Period(date(2026, 11, 30), weeks)
    shifts = generate_shifts(org, period)
    p = PlanningProblem.build(
        org, period, shifts, absences=loaded.absences, settings=settings_from_toml(org.rules)
    )
    return org, loaded.absences, shifts, p
