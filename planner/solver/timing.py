"""Shifts in real time: their bounds in UTC minutes, which of them one person cannot both
work (overlap, rest between working days, forbidden successions). A mixin of
PlanningProblem (planner/solver/problem.py); the cliques keep a city's model small.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cached_property

from planner.dates import minutes, utc_minutes
from planner.domain import Shift
from planner.settings import shift_class


class ShiftTiming:
    shifts: tuple[Shift, ...]  # the facts of the PlanningProblem this is mixed into

    @cached_property
    def _bounds(self) -> dict[str, tuple[int, int]]:
        return {s.id: (utc_minutes(s.start), utc_minutes(s.end)) for s in self.shifts}

    def _span(self, shift: Shift) -> tuple[int, int]:
        """A shift's bounds in UTC minutes; shifts outside the period (published work around
        it) are worked out on the spot."""
        found = self._bounds.get(shift.id)
        return found if found is not None else (utc_minutes(shift.start), utc_minutes(shift.end))

    def start_minute(self, shift: Shift) -> int:
        return self._bounds[shift.id][0]

    def end_minute(self, shift: Shift) -> int:
        return self._bounds[shift.id][1]

    def duration_minutes(self, shift: Shift) -> int:
        start, end = self._bounds[shift.id]
        return end - start

    def conflict_cliques(self, shifts: Sequence[Shift], gap: timedelta) -> list[tuple[Shift, ...]]:
        """Groups of shifts of which one person can work at most one, because any two of
        them overlap or leave less than `gap` between the end of one and the start of the
        other. Two shifts conflict exactly when their intervals stretched by `gap`
        ([start, end + gap)) overlap, so the maximal groups are the stretched intervals
        alive at each start: a linear number of groups instead of a quadratic number of
        pairs. Groups of one are left out."""
        gap_min = minutes(gap)
        ordered = sorted(shifts, key=lambda s: (self.start_minute(s), s.id))
        cliques: list[tuple[Shift, ...]] = []
        active: list[Shift] = []
        i = 0
        while i < len(ordered):
            t = self.start_minute(ordered[i])
            j = i
            while j < len(ordered) and self.start_minute(ordered[j]) == t:
                j += 1
            active = [o for o in active if self.end_minute(o) + gap_min > t] + ordered[i:j]
            # Maximal only if someone drops out before the next start: otherwise the next
            # group holds this one.
            last = j == len(ordered)
            if len(active) > 1 and (
                last
                or any(
                    self.end_minute(o) + gap_min <= self.start_minute(ordered[j]) for o in active
                )
            ):
                cliques.append(tuple(active))
            i = j
        return cliques

    def shift_pairs_closer_than(
        self, gap: timedelta, shifts: Sequence[Shift] | None = None
    ) -> list[tuple[Shift, Shift]]:
        """Pairs (a, b), a starting no later than b, that overlap or leave less than `gap`
        between the end of the one and the start of the other."""
        gap_min = minutes(gap)
        ordered = sorted(shifts or self.shifts, key=lambda s: (self.start_minute(s), s.id))
        starts = [self.start_minute(s) for s in ordered]
        pairs = []
        for i, a in enumerate(ordered):
            horizon = self.end_minute(a) + gap_min
            j = i + 1
            while j < len(ordered) and starts[j] < horizon:
                pairs.append((a, ordered[j]))
                j += 1
        return pairs

    def one_working_day(self, first: Shift, second: Shift, min_rest: timedelta) -> bool:
        """`first` (starting no later than `second`) and `second` form one working day: both
        start on the same local day and the span from the first's start to the second's end
        is at most 24 h - min_rest (settings.HardSettings.min_rest)."""
        limit = minutes(timedelta(hours=24) - min_rest)
        return (
            first.local_date == second.local_date
            and self._span(second)[1] - self._span(first)[0] <= limit
        )

    def rest_conflict(self, a: Shift, b: Shift, min_rest: timedelta) -> bool:
        """One person may not work both: they do not overlap (the no-overlap rule says so),
        leave less than `min_rest` between the end of the one and the start of the other,
        and do not form one working day (settings.HardSettings.min_rest)."""
        first, second = (a, b) if (a.start, a.id) <= (b.start, b.id) else (b, a)
        gap = self._span(second)[0] - self._span(first)[1]
        rest = minutes(min_rest)
        if gap < 0 or gap >= rest:
            return False
        return not self.one_working_day(first, second, min_rest)

    def rest_conflict_pairs(
        self, shifts: Sequence[Shift], min_rest: timedelta
    ) -> list[tuple[Shift, Shift]]:
        """Pairs (a, b), a starting no later than b, one person may not both work by the rest
        rule (rest_conflict)."""
        return [
            (a, b)
            for a, b in self.shift_pairs_closer_than(min_rest, shifts)
            if self.rest_conflict(a, b, min_rest)
        ]

    @cached_property
    def _rest_memo(self) -> dict[tuple, tuple]:
        return {}

    def rest_conflicts(
        self, shifts: Sequence[Shift], min_rest: timedelta
    ) -> tuple[list[list[tuple[Shift, ...]]], list[tuple[Shift, Shift]]]:
        """rest_conflicts_of, remembered per set of shifts: many people of a city (same
        qualifications, same working days) could stand on exactly the same shifts."""
        key = (tuple(s.id for s in shifts), min_rest)
        found = self._rest_memo.get(key)
        if found is None:
            found = self._rest_memo[key] = self.rest_conflicts_of(shifts, min_rest)
        return found

    def rest_conflicts_of(
        self, shifts: Sequence[Shift], min_rest: timedelta
    ) -> tuple[list[list[tuple[Shift, ...]]], list[tuple[Shift, Shift]]]:
        """The rest rule's conflicts among `shifts`, compactly: (day groups, same-day pairs).

        Shifts of different local days never form one working day, so between days the
        conflicts are those of the interval graph of [start, end + min_rest) (plus overlap,
        which the no-overlap rule forbids anyway). Each maximal clique of that graph
        (conflict_cliques) is split by local start day: one person works shifts of at most
        one of its days. Within a day, two shifts conflict only when they are too long for
        one working day: those few pairs come apart. Together exactly rest_conflict, plus
        overlaps; far fewer constraints than all pairs on a city."""
        groups: list[list[tuple[Shift, ...]]] = []
        for clique in self.conflict_cliques(shifts, min_rest):
            by_day: dict[date, list[Shift]] = defaultdict(list)
            for s in clique:
                by_day[s.local_date].append(s)
            if len(by_day) > 1:
                groups.append([tuple(g) for _, g in sorted(by_day.items())])
        same_day = [
            (a, b)
            for a, b in self.shift_pairs_closer_than(min_rest, shifts)
            if a.local_date == b.local_date and self.rest_conflict(a, b, min_rest)
        ]
        return groups, same_day

    def successions(
        self, first_class: str, second_class: str, window: timedelta
    ) -> list[tuple[Shift, Shift]]:
        """Pairs (a, b): a of class `first_class`, b of class `second_class` starting at or
        after a's end and less than `window` after it (settings.forbidden_successions)."""

        window_min = minutes(window)
        firsts = [s for s in self.shifts if shift_class(s) == first_class]
        seconds = sorted(
            (s for s in self.shifts if shift_class(s) == second_class),
            key=self.start_minute,
        )
        second_starts = [self.start_minute(s) for s in seconds]
        pairs = []
        for a in firsts:
            end = self.end_minute(a)
            i = bisect_left(second_starts, end)
            while i < len(seconds) and second_starts[i] < end + window_min:
                pairs.append((a, seconds[i]))
                i += 1
        return pairs
