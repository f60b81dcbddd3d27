"""The safeguards' side of the greedy first roster (planner/solver/greedy.py): whether one
more person may join the people already on a shift, so the first roster keeps these hard
rules too and the search can start from it."""

from __future__ import annotations

from collections.abc import Sequence

from planner.domain import Person, Shift
from planner.solver.problem import PlanningProblem


class Safeguards:
    def __init__(self, problem: PlanningProblem) -> None:
        self.p = problem

    def newcomer(self, person: Person, shift: Shift) -> bool:
        return self.p.is_newcomer(person, shift.activity.id)

    def mentors(self, shift: Shift, on: Sequence[Person]) -> bool:
        """Someone on the shift may mentor a newcomer of its activity."""
        lets_pros = shift.activity.staffing.professionals_mentor
        return any(
            (q.is_professional and lets_pros) or (q.is_volunteer and not self.newcomer(q, shift))
            for q in on
        )

    def may_join(self, person: Person, shift: Shift, on: Sequence[Person]) -> bool:
        """Adding `person` to `on` keeps the shift's safeguards: a newcomer only beside a
        mentor (the newcomers rule)."""
        return not self.newcomer(person, shift) or self.mentors(shift, on)

    def experienced_first(self, people: list[Person], shift: Shift) -> list[Person]:
        """Newcomers after the others (a stable sort): a mentor is placed before them."""
        return sorted(people, key=lambda q: self.newcomer(q, shift))
