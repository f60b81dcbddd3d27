"""A first roster for the Curtois & Qu instances of their own, and an independent check of a
roster against the instances' rules (FORMAT.md beside them), for bench/curtois.py.

Every hard rule (C1-C9) is one employee's; only cover, which is soft, ties employees
together. So a roster made of one feasible schedule per employee is feasible, whatever the
others do. The greedy gives each employee in turn the schedule that best fills the cover still
missing (and meets their requests), solved exactly on that employee's own rules (the same
constraints as the full model: curtois_model.add_staff), then counts what they cover.
Cover-driven, and feasible by construction.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence

from ortools.sat.python import cp_model

from bench.curtois_model import Built, Instance, Staff, add_staff

Roster = dict[tuple[str, int], str]  # (employee, day) -> shift type worked


def greedy(
    inst: Instance,
    workers: int = 2,
    work_per_staff: float = 0.1,
    seed: int = 0,
    deadline: float = math.inf,
) -> Roster | None:
    """One schedule per employee, most specialised first (fewest shift types they may
    work: the cover only they can give is filled before the others take the rest). None when
    some employee's own rules found no schedule within the work given, or at `deadline`
    (time.monotonic())."""
    missing = {(d, t): need for d, t, need, _, _ in inst.cover}
    under = {(d, t): u for d, t, _, u, _ in inst.cover}
    over = {(d, t): o for d, t, _, _, o in inst.cover}
    on: dict[str, list[tuple[int, str, int]]] = {}
    off: dict[str, list[tuple[int, str, int]]] = {}
    for i, d, t, q in inst.on:
        on.setdefault(i, []).append((d, t, q))
    for i, d, t, p in inst.off:
        off.setdefault(i, []).append((d, t, p))
    order = sorted(
        range(len(inst.staff)),
        key=lambda k: (sum(1 for v in inst.staff[k].max_shifts.values() if v > 0), k),
    )
    roster: Roster = {}
    for k in order:
        s = inst.staff[k]
        if time.monotonic() >= deadline:
            return None
        m = cp_model.CpModel()
        x, _ = add_staff(m, inst, s)
        cost = {
            key: (-under.get(key, 0) if missing.get(key, 0) > 0 else over.get(key, 0)) for key in x
        }
        for d, t, q in on.get(s.id, ()):
            if (d, t) in cost:
                cost[(d, t)] -= q
        for d, t, p in off.get(s.id, ()):
            if (d, t) in cost:
                cost[(d, t)] += p
        m.minimize(cp_model.LinearExpr.weighted_sum(list(x.values()), list(cost.values())))
        for work in (work_per_staff, 4 * work_per_staff, 16 * work_per_staff):  # more if none
            solver = cp_model.CpSolver()
            # One worker alone (at any LP level) found no schedule for some employees of
            # Instance20 in 2 deterministic seconds (minimum hours close to the maximum, 5
            # days in a row at most, half the weekends off); two workers, the run's own,
            # prove the best one in a fraction of that (BENCHMARKS.md).
            solver.parameters.num_workers = workers
            solver.parameters.random_seed = seed
            solver.parameters.max_deterministic_time = work
            solver.parameters.max_time_in_seconds = max(0.0, deadline - time.monotonic())
            status = solver.solve(m)
            if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                break
        else:
            return None
        for (d, t), v in x.items():
            if solver.value(v):
                roster[(s.id, d)] = t
                missing[(d, t)] = missing.get((d, t), 0) - 1
    return roster


def values_of(inst: Instance, built: Built, roster: Roster) -> list[int]:
    """Every variable of the built model for `roster`: the shifts, the worked weekends and
    the cover below and above each requirement."""
    values = [0] * len(built.model.proto.variables)
    count: dict[tuple[int, str], int] = {}
    for (i, d), t in roster.items():
        values[built.x[(i, d, t)].index] = 1
        count[(d, t)] = count.get((d, t), 0) + 1
    for (i, k), we in built.weekends.items():
        values[we.index] = int((i, 7 * k + 5) in roster or (i, 7 * k + 6) in roster)
    for d, t, need, _, _ in inst.cover:
        n = count.get((d, t), 0)
        values[built.short[(d, t)].index] = max(0, need - n)
        values[built.extra[(d, t)].index] = max(0, n - need)
    return values


def roster_of(built: Built, values: Sequence[int]) -> Roster:
    return {(i, d): t for (i, d, t), v in built.x.items() if values[v.index]}


def check(inst: Instance, roster: Roster) -> int:
    """The roster's cost by the instances' own definition (FORMAT.md), written apart from the
    CP-SAT model; raises ValueError naming the first hard rule a roster breaks."""
    h = inst.days
    for s in inst.staff:
        work = [(s.id, d) in roster for d in range(h)]
        mine = [roster.get((s.id, d)) for d in range(h)]

        def broken(rule: str, s: Staff = s) -> ValueError:
            return ValueError(f"{s.id}: {rule}")

        for d, t in enumerate(mine):  # C1 holds by the roster's shape
            if t is not None and (s.max_shifts.get(t, 0) <= 0 or t not in inst.lengths):
                raise broken(f"C3 type {t} not allowed (day {d})")
            if t is not None and d in s.days_off:
                raise broken(f"C9 day off {d}")
            if d + 1 < h and t is not None and mine[d + 1] in inst.cannot_follow[t]:
                raise broken(f"C2 {mine[d + 1]} after {t} on day {d + 1}")
        for t, most in s.max_shifts.items():
            if mine.count(t) > most:
                raise broken(f"C3 {t} {mine.count(t)} > {most}")
        total = sum(inst.lengths[t] for t in mine if t is not None)
        if not s.min_minutes <= total <= s.max_minutes:
            raise broken(f"C4 {total} minutes")
        runs: list[tuple[bool, int, int]] = []  # (working, first day, length)
        for d, on in enumerate(work):
            if runs and runs[-1][0] == on:
                runs[-1] = (on, runs[-1][1], runs[-1][2] + 1)
            else:
                runs.append((on, d, 1))
        for on, first, n in runs:
            inside = first > 0 and first + n < h  # bounded on both sides within the horizon
            if on and n > s.max_consecutive:
                raise broken(f"C5 {n} days in a row from day {first}")
            if on and inside and n < s.min_consecutive:
                raise broken(f"C6 {n} days worked from day {first}")
            if not on and inside and n < s.min_days_off:
                raise broken(f"C7 {n} days off from day {first}")
        weekends = sum(1 for k in range(h // 7) if work[7 * k + 5] or work[7 * k + 6])
        if weekends > s.max_weekends:
            raise broken(f"C8 {weekends} weekends")
    cost = 0
    for i, d, t, q in inst.on:
        cost += q * (roster.get((i, d)) != t)
    for i, d, t, p in inst.off:
        cost += p * (roster.get((i, d)) == t)
    count: dict[tuple[int, str], int] = {}
    for (_, d), t in roster.items():
        count[(d, t)] = count.get((d, t), 0) + 1
    for d, t, need, under, over in inst.cover:
        n = count.get((d, t), 0)
        cost += under * max(0, need - n) + over * max(0, n - need)
    return cost
