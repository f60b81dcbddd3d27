"""Who can cover a shift: everyone the hard rules allow to take a place on it (a place a
person hands on, or an open one), ranked by what it costs in the objective (continuity,
fairness, wishes, stability: every soft rule), with the why-not of the others.

The verdicts are the independent checker's, as for a hand-over (planner/check/exchange.py);
the cost is the model's own objective (planner/solver/costing.py): the roster with the
candidate on the shift against the roster as it is, over the weeks of the shift's month.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from constraints.registry import rules_from_settings
from planner.check.exchange import Cover, Move, covered, exchange_violations, exchanged
from planner.domain import Role
from planner.rule_id import RuleId
from planner.service import exchange
from planner.service.facts import load_facts
from planner.solver.costing import roster_cost
from planner.solver.model import RosterModel, build_model
from planner.solver.solution import Solution
from planner.storage.repository import Repository


def who_can_cover(
    repo: Repository, shift_id: str, giver: str | None = None, *, now: datetime
) -> list[Cover]:
    """Everyone not on the shift, for `giver`'s place (None: an open place of their kind):
    those allowed first, cheapest first (then by name), then the others by name with their
    reasons."""
    ctx = exchange.context_for(repo, [shift_id])
    on = {a.person_id for a in ctx.view.on(shift_id)}
    role = exchange.place_of(ctx, shift_id, giver).role if giver else None
    # Each finding about two shifts is filed under this one, so that it names the other:
    # 'needs rest before the night shift', never this very shift.
    view = ctx.view.focused(shift_id)
    found: list[Cover] = []
    for person in ctx.org.people:
        if person.id in on:
            continue
        own = Role.PROFESSIONAL if person.is_professional else Role.VOLUNTEER
        move = Move(shift_id, giver, person.id, role or own)
        reasons = tuple(dict.fromkeys(exchange_violations(view, [move])))
        found.append(Cover(person, move.role, reasons))
    allowed = [c for c in found if c.allowed]
    if allowed:
        allowed = _weighed(repo, ctx, shift_id, giver, allowed, now)
    others = sorted((c for c in found if not c.allowed), key=lambda c: c.person.name)
    return [*allowed, *others]


def _weighed(
    repo: Repository,
    ctx: exchange.ExchangeContext,
    shift_id: str,
    giver: str | None,
    allowed: list[Cover],
    now: datetime,
) -> list[Cover]:
    facts = load_facts(repo, ctx.period, now)
    problem = facts.problem
    planned = {s.id for s in problem.shifts}
    pairs = {(a.person_id, a.shift_id) for a in ctx.roster.assignments if a.shift_id in planned}
    unstaffed = {sid for sid in ctx.view.unstaffed if sid in planned}
    base = None
    rm = None
    if shift_id in planned:
        rm = build_model(problem, rules_from_settings(problem.settings), hint=False)
        base = roster_cost(rm, pairs, unstaffed)
    if rm is None or base is None:
        return sorted(allowed, key=lambda c: c.person.name)
    weighed = []
    for c in allowed:
        taken = pairs - {(giver, shift_id)} | {(c.person.id, shift_id)}
        placed = exchanged(ctx.view, [Move(shift_id, giver, c.person.id, c.role)])
        on_it = [a for a in placed if a.shift_id == shift_id]
        now_unstaffed = set(unstaffed)
        if covered(ctx.view, ctx.shift(shift_id), on_it):
            now_unstaffed.discard(shift_id)
        after = roster_cost(rm, taken, now_unstaffed)
        if after is None:
            weighed.append(c)
            continue
        weighed.append(
            Cover(
                c.person,
                c.role,
                (),
                round(after.objective - base.objective),
                _terms(rm, base, after),
            )
        )
    return sorted(
        weighed, key=lambda c: (c.cost is None, c.cost if c.cost is not None else 0, c.person.name)
    )


def _terms(rm: RosterModel, base: Solution, after: Solution) -> tuple[tuple[RuleId, int], ...]:
    rises: dict[RuleId, int] = defaultdict(int)
    for p, before, now in zip(rm.penalties, base.penalty_values, after.penalty_values, strict=True):
        if now != before:
            rises[p.rule] += p.weight * (now - before)
    return tuple(sorted(((r, v) for r, v in rises.items() if v), key=lambda t: -abs(t[1])))
