"""Builds the CP-SAT model of one period from a PlanningProblem and a list of rules.

Two layers of variables:
- x[person, shift]: the person stands on the shift. Only ELIGIBLE pairs get a variable
  (problem.why_ineligible: qualifications, absences, offered times, refusals, places for
  volunteers, contract days), so a rule never forbids what never existed; on big problems
  volunteers are narrowed further to the activities they know or want
  (problem.candidate_pairs);
- staffed[shift]: the shift gets its professionals. Not staffed: nobody on it, at a heavy
  price (weights.unstaffed_shift), so the rest of the period is still planned.
Day-level literals (works[person, day]) are made on demand by the rules that need them.

Every rule returns its cost terms (Penalty); the objective is assembled once, here, from
that list. With `trace=True` each hard constraint carries an enforcement literal per
(rule, person) or (rule, shift), collected in `assumptions`, so an infeasible model can be
traced back to named rules, people and shifts (planner.explain).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import ClassVar, Protocol

from ortools.sat.python import cp_model

from planner.domain import Person, Shift
from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.solver.heap import no_collection
from planner.solver.problem import PlanningProblem


class Kind(StrEnum):
    HARD = "hard"
    SOFT = "soft"


@dataclass(frozen=True)
class Penalty:
    """A cost term: `weight` x value of `expr` (an integer >= 0 in every solution)."""

    rule: RuleId
    expr: cp_model.LinearExprT
    weight: int
    reason: Reason  # what a coordinator reads when this term costs something, as data


class Rule(Protocol):
    name: ClassVar[RuleId]
    kind: ClassVar[Kind]

    def build(self, ctx: BuildContext) -> Iterable[Penalty]: ...


class SoftRule(Rule, Protocol):
    """A soft rule: its penalties cost `weight` each; weight 0 switches it off."""

    @property
    def weight(self) -> int: ...


@dataclass(frozen=True)
class Tag:
    """What an enforcement literal stands for: a rule, and the person or shift it is about."""

    rule: RuleId
    person_id: str | None = None
    shift_id: str | None = None


class BuildContext:
    """What a rule's build() gets: the problem, the model and the variables, with helpers."""

    def __init__(self, problem: PlanningProblem, *, trace: bool = False) -> None:
        self.problem = problem
        self.model = cp_model.CpModel()
        self.trace = trace
        self.assumptions: dict[int, Tag] = {}
        self._enforcers: dict[Tag, cp_model.IntVar] = {}
        self._works: dict[tuple[str, date], cp_model.IntVar] = {}
        self.vars: dict[tuple[str, str], cp_model.IntVar] = {}
        self.by_person: dict[str, list[tuple[Shift, cp_model.IntVar]]] = {}
        self.by_shift: dict[str, list[tuple[Person, cp_model.IntVar]]] = {}
        self.staffed: dict[str, cp_model.IntVar] = {}
        # Construction follows the problem's sorted order, so the same input always gives
        # the same model (a condition for reproducible rosters).
        for shift in problem.shifts:
            self.staffed[shift.id] = self.model.new_bool_var(f"staffed[{shift.id}]")
            self.by_shift[shift.id] = []
        for person in problem.people:
            mine = self.by_person.setdefault(person.id, [])
            for shift in problem.candidate_pairs[person.id]:
                var = self.model.new_bool_var(f"x[{person.id},{shift.id}]")
                self.vars[(person.id, shift.id)] = var
                mine.append((shift, var))
                self.by_shift[shift.id].append((person, var))

    # -- variables -------------------------------------------------------------------
    def x(self, person: Person | str, shift: Shift | str) -> cp_model.IntVar | None:
        """The person-on-shift literal, None when the pair is not eligible."""
        pid = person if isinstance(person, str) else person.id
        sid = shift if isinstance(shift, str) else shift.id
        return self.vars.get((pid, sid))

    def on_shift(self, shift: Shift, *, professionals: bool) -> list[cp_model.IntVar]:
        return [v for p, v in self.by_shift[shift.id] if p.is_professional == professionals]

    def shifts_of(self, person: Person) -> list[tuple[Shift, cp_model.IntVar]]:
        return self.by_person[person.id]

    def works(self, person: Person, day: date) -> cp_model.IntVar | None:
        """True exactly when the person has a shift starting on that local day; None when
        they cannot have one."""
        key = (person.id, day)
        if key not in self._works:
            lits = [v for s, v in self.by_person[person.id] if s.local_date == day]
            if not lits:
                return None
            work = self.model.new_bool_var(f"works[{person.id},{day}]")
            self.model.add_max_equality(work, lits)
            self._works[key] = work
        return self._works[key]

    # -- hard constraints with tracing ---------------------------------------------
    def enforcer(self, rule: RuleId, person: Person | None = None, shift: Shift | None = None):
        """The enforcement literal of (rule, person, shift) when tracing, else None."""
        if not self.trace:
            return None
        tag = Tag(rule, person.id if person else None, shift.id if shift else None)
        lit = self._enforcers.get(tag)
        if lit is None:
            lit = self.model.new_bool_var(f"enforce[{tag.rule},{tag.person_id},{tag.shift_id}]")
            self._enforcers[tag] = lit
            self.assumptions[lit.index] = tag
        return lit

    def require(
        self,
        constraint: cp_model.Constraint,
        rule: RuleId,
        person: Person | None = None,
        shift: Shift | None = None,
    ) -> cp_model.Constraint:
        lit = self.enforcer(rule, person, shift)
        if lit is not None:
            constraint.only_enforce_if(lit)
        return constraint

    def at_most_one(
        self,
        lits: Sequence[cp_model.IntVar],
        rule: RuleId,
        person: Person | None = None,
        shift: Shift | None = None,
    ) -> None:
        if len(lits) < 2:
            return
        if self.trace:  # at_most_one takes no enforcement literal; a sum does
            self.require(self.model.add(sum(lits) <= 1), rule, person, shift)
        else:
            self.model.add_at_most_one(lits)


@dataclass
class RosterModel:
    """The built model: what the solver runs and what the caller reads back."""

    problem: PlanningProblem
    ctx: BuildContext
    rules: list[Rule]
    penalties: list[Penalty] = field(default_factory=list)

    @property
    def model(self) -> cp_model.CpModel:
        return self.ctx.model

    @property
    def assumptions(self) -> dict[int, Tag]:
        return self.ctx.assumptions

    def size(self) -> dict[str, int]:
        proto = self.model.proto
        return {
            "variables": len(proto.variables),
            "constraints": len(proto.constraints),
            "assignment_variables": len(self.ctx.vars),
            "shifts": len(self.problem.shifts),
            "people": len(self.problem.people),
        }


def build_model(
    problem: PlanningProblem, rules: Sequence[Rule], *, trace: bool = False, hint: bool = True
) -> RosterModel:
    """The model of the problem under the rules. `hint`: start the search from the published
    roster when there is one, else from a quick greedy roster (planner.solver.greedy).
    Nothing built here is garbage: no cyclic collection runs meanwhile (planner/solver/heap.py)."""
    with no_collection():
        return _build(problem, rules, trace=trace, hint=hint)


def _build(
    problem: PlanningProblem, rules: Sequence[Rule], *, trace: bool, hint: bool
) -> RosterModel:
    ctx = BuildContext(problem, trace=trace)
    penalties: list[Penalty] = []
    for rule in rules:
        penalties.extend(p for p in rule.build(ctx) if p.weight)
    if trace:
        ctx.model.add_assumptions(list(ctx._enforcers.values()))
    else:
        ctx.model.minimize(objective(penalties))
        if hint:
            _hint(problem, ctx)
    return RosterModel(problem, ctx, list(rules), penalties)


def objective(penalties: Iterable[Penalty]) -> cp_model.LinearExprT:
    """The weighted sum of every cost term: the one place the objective is assembled."""
    terms = list(penalties)
    return cp_model.LinearExpr.weighted_sum([p.expr for p in terms], [p.weight for p in terms])


def _hint(problem: PlanningProblem, ctx: BuildContext) -> None:
    """Start from a quick greedy roster (planner.solver.greedy), so a big model has a complete
    roster at once; when re-planning, that roster keeps whatever of the published one still
    holds."""
    from planner.solver.greedy import greedy_roster

    pairs, unstaffed = greedy_roster(problem)
    for key, var in ctx.vars.items():
        ctx.model.add_hint(var, key in pairs)
    for sid, var in ctx.staffed.items():
        ctx.model.add_hint(var, sid not in unstaffed)
