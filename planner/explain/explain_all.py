"""Sentences a coordinator reads when a shift stays unstaffed or no roster is possible at all.

Why a shift is unstaffed is worked out on the finished roster with the independent checker
(planner/check/checker.py): for each professional who holds the qualifications, the first rule that
stops them; the others are counted. An infeasible model is traced with CP-SAT's assumptions
(planner/solver/model.py tags each hard constraint with (rule, person, shift)), shrunk to a minimal
conflicting set by re-solving without each member, and verified by re-solving without the
whole set.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planner.check import RosterView, Violation, check_roster, why_not_in
from planner.domain import (
    Absence,
    Assignment,
    Organisation,
    Period,
    Person,
    Role,
    Roster,
    Shift,
)
from planner.errors import PlannerError
from planner.i18n.format import hours_text, shift_label
from planner.settings import HardSettings, RuleSettings
from planner.solver.problem import PlanningProblem


def why_unstaffed(problem: PlanningProblem, roster: Roster, shift: Shift) -> str:
    """Why a shift of the problem's roster is unstaffed: 'no professional free - Els
    Vermeulen on leave, Bart Claes needs rest after Inloop di 1 dec 09:00 (...), 5 others lack
    social_worker'. This is the reason saved with the shift; shown next to the shift it reads
    as the issue's sentence, see unstaffed_sentence."""
    return _why_unstaffed(_view(problem, roster), problem.org, shift)


def unstaffed_reasons_of(problem: PlanningProblem, roster: Roster) -> dict[str, str]:
    """Shift id -> why_unstaffed for every unstaffed shift of a problem's roster."""
    view = _view(problem, roster)
    return {
        sid: _why_unstaffed(view, problem.org, view.shifts[sid])
        for sid in roster.unstaffed
        if sid in view.shifts
    }


def _view(problem: PlanningProblem, roster: Roster) -> RosterView:
    """The checker's view of a problem's roster. Published work just around the period
    counts, as it does in the model: without it a reason would miss 'needs rest after
    Sunday's night' and blame the solver instead."""
    return RosterView.build(
        problem.org,
        problem.period,
        list(problem.shifts),
        roster,
        problem.absences,
        problem.settings,
        problem.outside,
    )


def why_unstaffed_in(
    org: Organisation,
    period: Period,
    shifts: Sequence[Shift],
    roster: Roster,
    absences: Iterable[Absence],
    settings: RuleSettings | HardSettings,
    shift: Shift,
    outside: Iterable[tuple[Shift, Assignment]] = (),
) -> str:
    """why_unstaffed from domain objects, with published work around the period (`outside`)."""
    view = RosterView.build(org, period, shifts, roster, absences, settings, outside)
    return _why_unstaffed(view, org, shift)


def unstaffed_sentence(shift: Shift, reason: str) -> str:
    """'Nachtopvang di 1 dec 20:00: no professional free - ...'"""
    return f"{shift_label(shift)}: {reason}"


def unstaffed_reasons(
    org: Organisation,
    period: Period,
    shifts: Sequence[Shift],
    roster: Roster,
    absences: Iterable[Absence],
    settings: RuleSettings | HardSettings,
    outside: Iterable[tuple[Shift, Assignment]] = (),
) -> dict[str, str]:
    """Shift id -> why_unstaffed, for every unstaffed shift of the roster (indexes built once)."""
    view = RosterView.build(org, period, shifts, roster, absences, settings, outside)
    return {
        sid: _why_unstaffed(view, org, view.shifts[sid])
        for sid in roster.unstaffed
        if sid in view.shifts
    }


def _why_unstaffed(view: RosterView, org: Organisation, shift: Shift) -> str:
    staffing = shift.activity.staffing
    needed = staffing.qualifications
    professionals = sorted((p for p in org.people if p.is_professional), key=lambda p: p.name)
    qualified = [p for p in professionals if needed <= p.qualifications]
    blocked: dict[str, list[str]] = {}  # reason -> names, so "A, B and C on leave" reads short
    free: list[Person] = []
    for p in qualified:
        if any(a.person_id == p.id for a in view.on(shift.id)):
            free.append(p)  # already on it: counts as available
            continue
        reasons = why_not_in(view, shift.id, p.id, Role.PROFESSIONAL)
        if reasons:
            blocked.setdefault(reasons[0].reason, []).append(p.name)
        else:
            free.append(p)
    parts = [f"{_and(names)} {reason}" for reason, names in blocked.items()]
    others = len(professionals) - len(qualified)
    if others:
        parts.append(
            f"{others} others lack {_needs(needed)}"
            if others > 1
            else f"1 other lacks {_needs(needed)}"
        )
    if len(free) < staffing.professionals:
        if not free:
            head = "no professional free"
        else:
            names = ", ".join(p.name for p in free)
            head = f"only {len(free)} of the {staffing.professionals} professionals free ({names})"
        if not professionals:
            return "no professional in the organisation"
        return head + (f" - {', '.join(parts)}" if parts else "")
    return _short_of_people(view, org, shift, free)


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _needs(needed: frozenset[str]) -> str:
    names = sorted(needed)
    return names[0] if len(names) == 1 else "one of " + ", ".join(names)


def _short_of_people(view: RosterView, org: Organisation, shift: Shift, free: list[Person]) -> str:
    """Enough professionals are free, so something else kept the shift empty: nobody alone
    (min_people) without a free volunteer, or the solver stopped before it found them."""
    staffing = shift.activity.staffing
    names = ", ".join(p.name for p in free)
    if staffing.min_people > staffing.professionals and len(free) < staffing.min_people:
        # Put the free professionals on it, then ask who could join them.
        crew = [Assignment(shift.id, p.id, Role.PROFESSIONAL) for p in free]
        others = [a for a in view.assignments if a.shift_id != shift.id]
        staffed = RosterView(view.facts, view.shifts, (*others, *crew), view.unstaffed - {shift.id})
        blocked: dict[str, list[str]] = {}
        joining = 0
        for v in sorted((p for p in org.people if p.is_volunteer), key=lambda p: p.name):
            reasons = why_not_in(staffed, shift.id, v.id, Role.VOLUNTEER)
            if reasons:
                blocked.setdefault(reasons[0].reason, []).append(v.name)
            else:
                joining += 1
        parts = [f"{_and(names)} {reason}" for reason, names in blocked.items()]
        if len(free) + joining < staffing.min_people:
            head = (
                f"nobody alone: needs {staffing.min_people} people, only {names} free "
                "and no volunteer"
            )
            return head + (f" - {', '.join(parts)}" if parts else "")
    return (
        f"left unstaffed although {names} could take it "
        "(the solver stopped before it found a roster with them)"
    )


# -- infeasible models ------------------------------------------------------------------

RULE_WORDS = {
    "professional_cover": "{shift} needs its qualified professionals",
    "no_replacement": "{shift}: volunteers are never there without its professionals",
    "supervision": "{shift}: volunteers stay within what its professionals can supervise, and nobody is alone",
    "no_overlap": "{person} cannot be in two places at once",
    "rest_between_shifts": "{person} needs {min_rest} rest between shifts",
    "pinned_assignments": "{person} is pinned on {shift}",
    "hours_per_day": "{person} works at most their hours a day",
    "hours_per_week": "{person} works at most their contract hours a week",
    "max_consecutive_days": "{person} works at most {max_days} days in a row",
    "min_consecutive_days_off": "{person} has at least {min_off} days off in a row",
    "max_working_weekends": "{person} works a limited number of weekends",
    "forbidden_successions": "{person} has no forbidden succession (e.g. a morning after a night)",
    "volunteer_limits": "{person} keeps to the limits they set",
}


@dataclass(frozen=True)
class Conflict:
    """Why no roster exists: the rules (with their person or shift) that cannot all hold."""

    sentences: tuple[str, ...]  # one per conflicting rule, person and shift
    details: tuple[str, ...] = ()  # the checker's words on its pins and shifts
    verified: bool = False  # re-solving without these rules gives a roster
    remains: bool = False  # re-solving without them is still infeasible: more conflicts

    @property
    def text(self) -> str:
        lines = ["No roster is possible: these rules cannot all hold together:"]
        lines += [f"- {s}" for s in self.sentences]
        lines += [f"  {d}" for d in self.details]
        if self.remains:
            lines.append("(other conflicts remain once these are lifted)")
        elif not self.verified:
            lines.append("(lifting these was not verified within the time limit)")
        return "\n".join(lines)


def explain_infeasible(
    problem: PlanningProblem, conflict=(), rules=None, *, time_limit=10.0, most: int = 3
) -> str:
    """What a user reads instead of a bare INFEASIBLE: each conflict found (at most `most`),
    each minimal and verified."""
    found = conflicts(problem, conflict, rules, time_limit=time_limit, most=most)
    return "\n".join(c.text for c in found)


def minimal_conflict(
    problem: PlanningProblem, conflict=(), rules=None, *, time_limit: float = 10.0
) -> Conflict:
    """The first conflict of an infeasible planning problem; see conflicts."""
    return conflicts(problem, conflict, rules, time_limit=time_limit, most=1)[0]


def conflicts(
    problem: PlanningProblem, conflict=(), rules=None, *, time_limit: float = 10.0, most: int = 3
) -> list[Conflict]:
    """Trace an infeasible planning problem to minimal sets of conflicting (rule, person,
    shift) constraints: the first, then with it lifted the next, up to `most`. `conflict`:
    planner.solver.model.Tag's already found (planner.solver.search.find_conflict), to start from; `rules`
    defaults to the organisation's rules."""
    tracer = _Tracer(problem, rules, time_limit)
    status, core = tracer.start(conflict)
    if status != "infeasible" or not core:
        raise PlannerError(
            "the planner could not prove why no roster exists "
            f"(solver status {status}); try a longer time limit"
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
                tuple(_tag_sentence(problem, tag) for tag in tags),
                _pinned_details(problem, tags) + _shift_details(problem, tags),
                verified=status == "feasible",  # with this and the ones before lifted
                remains=status == "infeasible",
            )
        )
        core = next_core if status == "infeasible" else []
    return found


class _Tracer:
    """The model rebuilt with an assumption literal per (rule, person, shift) (planner/solver/model.py,
    trace=True), solved with chosen assumptions. Imports the model code lazily: the checker
    never needs it."""

    def __init__(self, problem: PlanningProblem, rules, time_limit: float) -> None:
        from constraints.registry import rules_from_settings
        from planner.solver.model import build_model

        rules = list(rules) if rules is not None else rules_from_settings(problem.settings)
        self.rm = build_model(problem, rules, trace=True)
        self.tags = self.rm.assumptions
        self.literals = {i: self.rm.model.get_bool_var_from_proto_index(i) for i in self.tags}
        self.everything = sorted(self.literals)
        self.time_limit = time_limit

    def solve(self, assumed: Iterable[int]) -> tuple[str, list[int]]:
        """'infeasible' with a sufficient core, 'feasible', or 'unknown' (time limit)."""
        from ortools.sat.python import cp_model

        model = self.rm.model
        model.clear_assumptions()
        model.add_assumptions([self.literals[i] for i in assumed])
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        solver.parameters.cp_model_presolve = False  # keeps the core trustworthy
        solver.parameters.max_time_in_seconds = self.time_limit
        status = solver.solve(model)
        if status == cp_model.INFEASIBLE:
            core = [i for i in solver.sufficient_assumptions_for_infeasibility() if i in self.tags]
            return "infeasible", sorted(set(core))
        return ("feasible" if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else "unknown"), []

    def start(self, conflict) -> tuple[str, list[int]]:
        """A first core: the tags given when they still conflict, else a fresh one."""
        by_tag = {tag: i for i, tag in self.tags.items()}
        given = [by_tag.get(tag) for tag in conflict]
        if given and None not in given and self.solve(given)[0] == "infeasible":
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


def _tag_sentence(problem, tag) -> str:
    person = problem.people_by_id.get(tag.person_id) if tag.person_id else None
    shift = problem.shift_by_id.get(tag.shift_id) if tag.shift_id else None
    hard = problem.settings.hard
    template = RULE_WORDS.get(tag.rule, "rule {rule}" + (" for {person}" if person else ""))
    text = template.format(
        rule=tag.rule,
        person=person.name if person else "everyone",
        shift=shift_label(shift) if shift else "every shift",
        min_rest=hours_text(hard.min_rest.total_seconds() / 3600),
        max_days=hard.max_consecutive_days,
        min_off=hard.min_consecutive_days_off,
    )
    return text[0].upper() + text[1:]


def _pinned_details(problem, tags) -> tuple[str, ...]:
    """The checker's sentences about the pinned assignments in the conflict, on their own:
    the concrete clash (leave, rest, hours) behind 'X is pinned on Y'."""
    pins = [
        a
        for a in problem.pinned
        if any(t.rule == "pinned_assignments" and t.person_id == a.person_id for t in tags)
    ]
    if not pins:
        return ()
    involved = {a.person_id for a in pins}
    roster = Roster(problem.period, tuple(pins))
    found: list[Violation] = check_roster(
        problem.org,
        problem.period,
        list(problem.shifts),
        roster,
        problem.absences,
        problem.settings,
        outside=problem.outside,
    )
    # Cover and nobody-alone are about the other people the solver would add: left out.
    return tuple(
        dict.fromkeys(v.message for v in found if v.person_id in involved and v.rule != "unknown")
    )


def _shift_details(problem, tags) -> tuple[str, ...]:
    """For a shift rule in the conflict, why its places cannot be filled around the pinned
    assignments: the same sentence an unstaffed shift gets."""
    shift_rules = ("professional_cover", "no_replacement", "supervision")
    ids = dict.fromkeys(t.shift_id for t in tags if t.rule in shift_rules and t.shift_id)
    if not ids:
        return ()
    pins = tuple(a for a in problem.pinned if a.shift_id in problem.shift_by_id)
    view = _view(problem, Roster(problem.period, pins, {sid: "" for sid in ids}))
    return tuple(
        unstaffed_sentence(
            problem.shift_by_id[sid], _why_unstaffed(view, problem.org, problem.shift_by_id[sid])
        )
        for sid in ids
        if sid in problem.shift_by_id
    )
