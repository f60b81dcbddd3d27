"""Why no roster exists at all, as data: the rules (with their person or shift) that cannot
all hold together.

An infeasible model is traced with CP-SAT's assumptions (planner/solver/model.py tags each
hard constraint with (rule, person, shift)), shrunk to a minimal conflicting set by
re-solving without each member, and verified by re-solving without the whole set. The rules
are passed in (the service builds them from the organisation's settings), so this package
never imports the rule modules themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ortools.sat.python import cp_model

from planner.check import check_roster
from planner.dates import minutes
from planner.domain import Roster
from planner.errors import PlannerError
from planner.explain.unstaffed import explain_unstaffed, problem_view
from planner.message import msg, nmsg
from planner.reasons import Reason, UnstaffedReason, Verdict
from planner.rule_id import RuleId
from planner.solver.cpsat import new_solver
from planner.solver.model import Rule, Tag, build_model
from planner.solver.problem import PlanningProblem

# Shifts of a conflict are weighed as if unstaffed: who could fill them around the pins.
_NOT_YET = UnstaffedReason(Verdict.UNEXPLAINED)


@dataclass(frozen=True)
class Conflict:
    """Rules that cannot all hold together. `rules`: one Reason per conflicting (rule,
    person, shift), with the parameter its sentence names; `details`: the checker's
    findings on the pinned assignments involved; `shifts`: why the shifts involved cannot
    be filled; `verified`: re-solving without these gives a roster; `remains`: without them
    it is still infeasible (more conflicts)."""

    rules: tuple[Reason, ...]
    details: tuple[Reason, ...] = ()
    shifts: tuple[tuple[str, UnstaffedReason], ...] = ()
    verified: bool = False
    remains: bool = False


def minimal_conflict(
    problem: PlanningProblem,
    rules: Sequence[Rule],
    conflict: Iterable[Tag] = (),
    *,
    time_limit: float = 10.0,
) -> Conflict:
    """The first conflict of an infeasible planning problem; see conflicts."""
    return conflicts(problem, rules, conflict, time_limit=time_limit, most=1)[0]


def conflicts(
    problem: PlanningProblem,
    rules: Sequence[Rule],
    conflict: Iterable[Tag] = (),
    *,
    time_limit: float = 10.0,
    most: int = 3,
) -> list[Conflict]:
    """Trace an infeasible planning problem to minimal sets of conflicting (rule, person,
    shift) constraints: the first, then with it lifted the next, up to `most`. `conflict`:
    tags already found (planner.solver.search.find_conflict), to start from."""
    tracer = _Tracer(problem, rules, time_limit)
    status, core = tracer.start(tuple(conflict))
    if status != "infeasible" or not core:
        raise PlannerError(
            msg(
                "the planner could not prove why no roster exists "
                "(solver status {status}); try a longer time limit",
                status=status,
            )
        )
    found: list[Conflict] = []
    lifted: set[int] = set()
    while core and len(found) < most:
        core = tracer.shrink(core)
        lifted |= set(core)
        status, next_core = tracer.solve([i for i in tracer.everything if i not in lifted])
        tags = [tracer.tags[i] for i in core]
        found.append(
            Conflict(
                tuple(_tag_reason(problem, tag) for tag in tags),
                _pinned_details(problem, tags),
                _shift_details(problem, tags),
                verified=status == "feasible",  # with this and the ones before lifted
                remains=status == "infeasible",
            )
        )
        core = next_core if status == "infeasible" else []
    return found


class _Tracer:
    """The model rebuilt with an assumption literal per (rule, person, shift)
    (planner/solver/model.py, trace=True), solved with chosen assumptions."""

    def __init__(self, problem: PlanningProblem, rules: Sequence[Rule], time_limit: float):
        self.rm = build_model(problem, rules, trace=True)
        self.tags = self.rm.assumptions
        self.literals = {i: self.rm.model.get_bool_var_from_proto_index(i) for i in self.tags}
        self.everything = sorted(self.literals)
        self.time_limit = time_limit

    def solve(self, assumed: Iterable[int]) -> tuple[str, list[int]]:
        """'infeasible' with a sufficient core, 'feasible', or 'unknown' (time limit)."""
        model = self.rm.model
        model.clear_assumptions()
        model.add_assumptions([self.literals[i] for i in assumed])
        solver = new_solver()
        solver.parameters.num_workers = 1
        solver.parameters.cp_model_presolve = False  # keeps the core trustworthy
        solver.parameters.max_time_in_seconds = self.time_limit
        status = solver.solve(model)
        if status == cp_model.INFEASIBLE:
            core = [i for i in solver.sufficient_assumptions_for_infeasibility() if i in self.tags]
            return "infeasible", sorted(set(core))
        return ("feasible" if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else "unknown"), []

    def start(self, conflict: tuple[Tag, ...]) -> tuple[str, list[int]]:
        """A first core: the tags given when they still conflict, else a fresh one."""
        by_tag = {tag: i for i, tag in self.tags.items()}
        given = [by_tag[tag] for tag in conflict if tag in by_tag]
        if given and len(given) == len(conflict) and self.solve(given)[0] == "infeasible":
            return "infeasible", sorted(set(given))
        return self.solve(self.everything)

    def shrink(self, core: list[int]) -> list[int]:
        """Deletion filter: a member goes when the rest stays infeasible without it (an
        unknown answer keeps it), so every member left is needed for the conflict."""
        core = sorted(set(core))
        for index in list(core):
            if index not in core:
                continue  # already shrunk away with an earlier member
            trial = [i for i in core if i != index]
            status, smaller = self.solve(trial)
            if status == "infeasible":
                core = [i for i in trial if not smaller or i in set(smaller)]
        return core


def _tag_reason(problem: PlanningProblem, tag: Tag) -> Reason:
    """The tag as a reason, with the parameter its sentence names."""
    hard = problem.settings.hard
    values = {
        RuleId.REST_BETWEEN_SHIFTS: {"rest": minutes(hard.min_rest)},
        RuleId.MAX_CONSECUTIVE_DAYS: {"most": hard.max_consecutive_days},
        RuleId.MIN_CONSECUTIVE_DAYS_OFF: {"least": hard.min_consecutive_days_off},
    }.get(tag.rule, {})
    # `others` given, so that the values can only be the reason's values.
    return Reason.of(tag.rule, tag.person_id, tag.shift_id, "conflict", others=(), **values)


def _pinned_details(problem: PlanningProblem, tags: Sequence[Tag]) -> tuple[Reason, ...]:
    """The checker's findings on the pinned assignments in the conflict, on their own: the
    concrete clash (leave, rest, hours) behind 'X is pinned on Y'."""
    pins = [
        a
        for a in problem.pinned
        if any(t.rule is RuleId.PINNED_ASSIGNMENTS and t.person_id == a.person_id for t in tags)
    ]
    if not pins:
        return ()
    involved = {a.person_id for a in pins}
    found = check_roster(
        problem.org,
        problem.period,
        list(problem.shifts),
        Roster(problem.period, tuple(pins)),
        problem.absences,
        problem.settings,
        outside=problem.outside,
    )
    # Cover and nobody-alone are about the other people the solver would add: left out.
    return tuple(
        dict.fromkeys(
            v
            for v in found
            if v.person_id in involved and v.rule is not RuleId.KNOWN_PEOPLE_AND_SHIFTS
        )
    )


def _shift_details(
    problem: PlanningProblem, tags: Sequence[Tag]
) -> tuple[tuple[str, UnstaffedReason], ...]:
    """For a shift rule in the conflict, why its places cannot be filled around the pinned
    assignments: the same reason an unstaffed shift gets."""
    shift_rules = (
        RuleId.PROFESSIONAL_COVER,
        RuleId.NO_REPLACEMENT,
        RuleId.SUPERVISION,
        RuleId.MIN_PEOPLE,
    )
    ids = dict.fromkeys(t.shift_id for t in tags if t.rule in shift_rules and t.shift_id)
    if not ids:
        return ()
    pins = tuple(a for a in problem.pinned if a.shift_id in problem.shift_by_id)
    view = problem_view(problem, Roster(problem.period, pins, {sid: _NOT_YET for sid in ids}))
    return tuple(
        (sid, explain_unstaffed(view, problem.org, problem.shift_by_id[sid]))
        for sid in ids
        if sid in problem.shift_by_id
    )


class Unplannable(PlannerError):
    """Nothing could be saved: no roster exists (`conflicts`), or, planning strictly, some
    shifts cannot be staffed (`unstaffed`: shift id -> why). The edge words it
    (planner/i18n/reasons.py, unplannable_text); str() is a plain fallback."""

    def __init__(
        self,
        conflicts: tuple[Conflict, ...] = (),
        unstaffed: tuple[tuple[str, UnstaffedReason], ...] = (),
    ) -> None:
        self.conflicts = conflicts
        self.unstaffed = unstaffed
        if unstaffed:
            text = nmsg(
                "{n} shift cannot be staffed ({shifts}); nothing was saved",
                "{n} shifts cannot be staffed ({shifts}); nothing was saved",
                len(unstaffed),
                shifts=tuple(shift_id for shift_id, _why in unstaffed),
            )
        else:
            text = msg("no roster is possible: some rules cannot all hold together")
        super().__init__(text)
