"""A stand-in for planner.service with the same functions, for solver-worker tests that need
a solver which waits to be stopped (keypress latency, cancel) or fails on purpose."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

from planner.domain import Assignment, Period, Role, Roster
from planner.errors import PlannerError
from planner.service import Candidate, Change, PlanOutcome, Progress
from planner.shifts import generate_shifts
from planner.storage.repository import Repository


class FakeService:
    """Plans greedily: the first qualified free professional, then volunteers up to the minimum.
    With `hold_s`, it keeps reporting progress until stopped or that many seconds pass."""

    def __init__(self, hold_s: float = 0.0, fail: str | None = None) -> None:
        self.hold_s = hold_s
        self.fail = fail
        self.started = threading.Event()
        self.calls: list[Period] = []

    def plan_period(self, repo: Repository, period: Period, *, time_limit=20.0, seed=0,
                    strict=False, on_progress=None, stop=None) -> PlanOutcome:  # fmt: skip
        self.calls.append(period)
        self.started.set()
        if self.fail:
            raise PlannerError(self.fail)
        org = repo.load_organisation()
        shifts = [s for s in generate_shifts(org, period) if not s.closed]
        absent = {a.person_id for a in repo.absences()}
        pros = [p for p in org.people if p.is_professional and p.id not in absent]
        vols = [p for p in org.people if p.is_volunteer and p.id not in absent]
        assignments, unstaffed = [], {}
        for shift in shifts:
            need = shift.activity.staffing
            fit = [p for p in pros if need.qualifications <= p.qualifications]
            if not fit:
                unstaffed[shift.id] = "no qualified professional is free"
                continue
            assignments.append(Assignment(shift.id, fit[0].id, Role.PROFESSIONAL))
            for v in vols[: need.volunteers_min]:
                assignments.append(Assignment(shift.id, v.id, Role.VOLUNTEER))
        started = time.monotonic()
        n = 0
        while True:
            n += 1
            elapsed = time.monotonic() - started
            if on_progress:
                on_progress(Progress(1000.0 / n, 10.0, elapsed, n))
            if stop is not None and stop.is_set() or elapsed >= self.hold_s:
                break
            time.sleep(0.1)  # about as often as CP-SAT finds better rosters
        roster = Roster(period, tuple(assignments), unstaffed)
        repo.save_roster(roster, shifts)
        status = "cancelled" if stop is not None and stop.is_set() else "optimal"
        return PlanOutcome(roster, status, 10.0, 10.0, time.monotonic() - started)

    def publish_period(self, repo: Repository, period: Period, now=None) -> None:
        repo.publish(period, now or datetime(2026, 11, 27, 12, 0, tzinfo=UTC))

    def diff_against_published(self, repo: Repository, period: Period) -> list[Change]:
        work = {(a.shift_id, a.person_id) for a in repo.roster(period).assignments}
        pub = {(a.shift_id, a.person_id) for a in repo.roster(period, published=True).assignments}
        return [Change("added", p, s, text=f"{p} added to {s}") for s, p in sorted(work - pub)] + [
            Change("removed", p, s, text=f"{p} removed from {s}") for s, p in sorted(pub - work)
        ]

    def candidates(self, repo: Repository, shift_id: str) -> list[Candidate]:
        org = repo.load_organisation()
        activity = org.activity(shift_id.split("@")[0])
        need = activity.staffing
        absent = {a.person_id for a in repo.absences()}
        out = []
        for p in org.people:
            role = Role.PROFESSIONAL if p.is_professional else Role.VOLUNTEER
            reason = ""
            if p.id in absent:
                reason = "on leave"
            elif p.is_professional and not need.qualifications <= p.qualifications:
                reason = "not qualified: " + ", ".join(sorted(need.qualifications))
            elif p.is_volunteer and not need.volunteers_allowed:
                reason = "volunteers do not take part in " + activity.name
            out.append(Candidate(p, role, not reason, reason))
        return out

    def assign(self, repo: Repository, assignment: Assignment) -> None:
        for c in self.candidates(repo, assignment.shift_id):
            if c.person.id == assignment.person_id and not c.allowed:
                raise PlannerError(c.reason)
        repo.set_assignment(assignment)

    def unassign(self, repo: Repository, shift_id: str, person_id: str) -> None:
        repo.remove_assignment(shift_id, person_id)
