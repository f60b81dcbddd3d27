"""A Service that plans without the solver, for solver-worker tests that need a search which
waits to be stopped (keypress latency, cancel) or fails on purpose. Everything else is the
real service: mypy holds the overrides to its signatures."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

from planner.domain import Assignment, Period, Role, Roster
from planner.errors import PlannerError
from planner.message import msg
from planner.reasons import Reason, UnstaffedReason, Verdict
from planner.rule_id import RuleId
from planner.service import Candidate, PlanOutcome, Progress, Published, Service
from planner.shifts import generate_shifts
from planner.solver.search import SolveStatus
from planner.storage.repository import Repository


class FakeService(Service):
    """Plans greedily: the first qualified free professional, then volunteers up to the minimum.
    With `hold_s`, it keeps reporting progress until stopped or that many seconds pass."""

    def __init__(self, repo: Repository, hold_s: float = 0.0, fail: str | None = None) -> None:
        super().__init__(repo)
        self.hold_s = hold_s
        self.fail = fail
        self.started = threading.Event()
        self.calls: list[Period] = []

    def plan_period(
        self,
        period: Period,
        *,
        time_limit: float = 20.0,
        seed: int = 0,
        strict: bool = False,
        on_progress: Callable[[Progress], None] | None = None,
        stop: threading.Event | None = None,
        fresh: bool = False,
        keep_stopped: Callable[[float], bool] | None = None,
    ) -> PlanOutcome:
        self.calls.append(period)
        self.started.set()
        if self.fail:
            raise PlannerError(msg(self.fail))
        repo = self.repo
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
                unstaffed[shift.id] = UnstaffedReason(Verdict.NO_PROFESSIONAL_FREE)
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
        cancelled = stop is not None and stop.is_set()
        status = SolveStatus.CANCELLED if cancelled else SolveStatus.OPTIMAL
        return PlanOutcome(roster, status, 10.0, 10.0, time.monotonic() - started)

    def publish_period(
        self, period: Period, now: datetime | None = None, *, seen: int | None = None
    ) -> Published:
        at = now or datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
        self.repo.publish(period, at, seen=seen)
        return Published(period, at, tuple(self.repo.roster(period, published=True).unstaffed))

    def candidates(self, shift_id: str) -> list[Candidate]:
        org = self.repo.load_organisation()
        activity = org.activity(shift_id.split("@")[0])
        need = activity.staffing
        absent = {a.person_id for a in self.repo.absences()}
        out = []
        for p in org.people:
            role = Role.PROFESSIONAL if p.is_professional else Role.VOLUNTEER
            reasons: tuple[Reason, ...] = ()
            if p.id in absent:
                reasons = (Reason.of(RuleId.ABSENCE, p.id, shift_id, kind="leave"),)
            elif p.is_professional and not need.qualifications <= p.qualifications:
                missing = tuple(sorted(need.qualifications))
                reasons = (Reason.of(RuleId.QUALIFICATION, p.id, shift_id, missing=missing),)
            elif p.is_volunteer and not need.volunteers_allowed:
                reasons = (Reason.of(RuleId.SUPERVISION, None, shift_id, "no_volunteers"),)
            out.append(Candidate(p, role, reasons))
        return out

    def assign(self, assignment: Assignment, *, seen: int | None = None) -> None:
        for c in self.candidates(assignment.shift_id):
            if c.person.id == assignment.person_id and not c.allowed:
                raise PlannerError(msg(c.reasons[0].rule.value))
        self.repo.set_assignment(assignment, seen=seen)

    def unassign(self, shift_id: str, person_id: str, *, seen: int | None = None) -> None:
        self.repo.remove_assignment(shift_id, person_id, seen=seen)
