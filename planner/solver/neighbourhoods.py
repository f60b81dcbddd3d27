"""The planner's neighbourhoods for the large-neighbourhood search (planner/solver/lns.py).

Each follows the problem: a stretch of days of one week, with every shift in it open; one
activity (or one site) over a stretch of the period; a group of people who could swap shifts
with each other, over the whole period (what fairness and continuity weigh); the shifts
around an unstaffed one and the professionals who could take it. A neighbourhood frees the
decision variables (x[person, shift] and staffed[shift]) it names; the search fixes the rest.
Every choice is drawn from the random generator it is given, in a fixed order: the same seed
picks the same neighbourhoods.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from planner.domain import Shift
from planner.solver.model import RosterModel

HOURS = 60  # minutes


@dataclass
class _Index:
    """Variable indices of a built model, by shift and by person, shifts in time order."""

    shifts: list[Shift]
    start: dict[str, int]  # shift id -> start, UTC minutes
    of_shift: dict[str, list[int]]  # staffed and every x of the shift
    staffed: dict[str, int]
    of_person: dict[str, list[tuple[int, int]]]  # (start minute, x index), in time order
    people_of: dict[str, list[str]]  # shift id -> person ids who could stand on it
    decisions: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, rm: RosterModel) -> _Index:
        problem, ctx = rm.problem, rm.ctx
        shifts = sorted(problem.shifts, key=lambda s: (problem.start_minute(s), s.id))
        start = {s.id: problem.start_minute(s) for s in shifts}
        of_shift = {s.id: [ctx.staffed[s.id].index] for s in shifts}
        people_of: dict[str, list[str]] = {s.id: [] for s in shifts}
        of_person: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for (pid, sid), var in ctx.vars.items():
            of_shift[sid].append(var.index)
            people_of[sid].append(pid)
            of_person[pid].append((start[sid], var.index))
        for mine in of_person.values():
            mine.sort()
        staffed = {sid: v.index for sid, v in ctx.staffed.items()}
        decisions = sorted([v.index for v in ctx.vars.values()] + list(staffed.values()))
        return cls(shifts, start, of_shift, staffed, dict(of_person), people_of, decisions)

    def window(self, shifts: Sequence[Shift], first: int, size: int) -> set[int]:
        """The variables of `shifts[first:]` (wrapping round), taken in order until `size`."""
        free: set[int] = set()
        n = len(shifts)
        for k in range(n):
            free.update(self.of_shift[shifts[(first + k) % n].id])
            if len(free) >= size:
                break
        return free


class _Base:
    name = ""

    def __init__(self, index: _Index) -> None:
        self.ix = index


class Days(_Base):
    """Consecutive days from the start of a week (or from any day, now and then), every
    shift on them open: where the hard rules bind (rest, days in a row, hours per week), so
    shifts move between the people of those days. Solved to the end it grows past the week."""

    name = "days"

    def __init__(self, index: _Index) -> None:
        super().__init__(index)
        week = 7 * 24 * HOURS
        self.week_starts = [
            i
            for i, s in enumerate(index.shifts)
            if i == 0 or index.start[s.id] // week != index.start[index.shifts[i - 1].id] // week
        ]

    def pick(self, rng: random.Random, size: int, solution: Sequence[int]) -> Collection[int]:
        shifts = self.ix.shifts
        if rng.random() < 0.5:
            first = self.week_starts[rng.randrange(len(self.week_starts))]
        else:
            first = rng.randrange(len(shifts))
        return self.ix.window(shifts, first, size)


class OneActivity(_Base):
    """One activity, or every activity of one site, over a stretch of the period: the same
    faces week after week (continuity) are decided here."""

    name = "activity"

    def __init__(self, index: _Index) -> None:
        super().__init__(index)
        by_activity: dict[str, list[Shift]] = defaultdict(list)
        by_site: dict[str, list[Shift]] = defaultdict(list)
        for s in index.shifts:
            by_activity[s.activity.id].append(s)
            by_site[s.activity.site].append(s)
        self.groups = [by_activity[k] for k in sorted(by_activity)]
        self.groups += [by_site[k] for k in sorted(by_site) if len(by_site[k]) > 0]

    def pick(self, rng: random.Random, size: int, solution: Sequence[int]) -> Collection[int]:
        group = self.groups[rng.randrange(len(self.groups))]
        return self.ix.window(group, rng.randrange(len(group)), size)


class SwapGroup(_Base):
    """A person and the people who could stand on most of the same shifts, over the whole
    period: fairness and contract hours are per person and period, so load moves between
    people only when all of theirs is open together."""

    name = "people"

    def __init__(self, index: _Index) -> None:
        super().__init__(index)
        self.people = sorted(index.of_person)
        self.of_shift_people = index.people_of
        mine: dict[str, list[str]] = defaultdict(list)
        for sid, who in index.people_of.items():
            for pid in who:
                mine[pid].append(sid)
        self.mine = dict(mine)

    def pick(self, rng: random.Random, size: int, solution: Sequence[int]) -> Collection[int]:
        seed = self.people[rng.randrange(len(self.people))]
        overlap: dict[str, int] = defaultdict(int)
        for sid in self.mine.get(seed, ()):
            for pid in self.of_shift_people[sid]:
                if pid != seed:
                    overlap[pid] += 1
        # Most shared shifts first; ties broken by the generator, so the group varies.
        partners = sorted(overlap, key=lambda q: (-overlap[q], rng.random()))
        free: set[int] = set()
        for pid in [seed, *partners]:
            free.update(i for _, i in self.ix.of_person[pid])
            if len(free) >= size:
                break
        return free


class AroundUnstaffed(_Base):
    """An unstaffed shift (or, when every shift is staffed, any shift) with the shifts of
    the days around it and the professionals who could take it: what frees one of them is
    a move of one of their shifts nearby to a colleague."""

    name = "around"

    def pick(self, rng: random.Random, size: int, solution: Sequence[int]) -> Collection[int]:
        ix = self.ix
        open_ = [s for s in ix.shifts if solution[ix.staffed[s.id]] == 0]
        pool = open_ or ix.shifts
        seed = pool[rng.randrange(len(pool))]
        t = ix.start[seed.id]
        free: set[int] = set(ix.of_shift[seed.id])
        people = list(ix.people_of[seed.id])
        rng.shuffle(people)
        reach = 3 * 24 * HOURS
        for pid in people:
            free.update(i for m, i in ix.of_person[pid] if abs(m - t) <= reach)
            if len(free) >= size:
                return free
        near = sorted(ix.shifts, key=lambda s: (abs(ix.start[s.id] - t), s.id))
        for s in near:
            free.update(ix.of_shift[s.id])
            if len(free) >= size:
                break
        return free


def roster_neighbourhoods(rm: RosterModel) -> tuple[list[int], list]:
    """The decision variables of a roster model and its neighbourhoods."""
    index = _Index.of(rm)
    if not index.shifts:
        return index.decisions, []
    neighbourhoods: list = [Days(index), OneActivity(index)]
    if index.of_person:  # nobody who could stand on any shift (all away): no one to swap
        neighbourhoods.append(SwapGroup(index))
    neighbourhoods.append(AroundUnstaffed(index))
    return index.decisions, neighbourhoods
