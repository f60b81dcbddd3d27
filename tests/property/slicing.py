"""Plan four weeks twice, week by week (each week published before the next is planned) and
as one block, and measure both: what the slicing property and its bench compare."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from constraints.fairness_unsocial import FULL_TIME_HOURS, is_unsocial
from planner.clock import Clock, frozen
from planner.dates import weeks_of_month
from planner.domain import Organisation, Period, Roster
from planner.service import Service
from planner.service.checking import CheckOutcome
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository

# Before every period the tests plan: nothing has started.
BEFORE = frozen(datetime(2026, 1, 1, tzinfo=UTC))


@dataclass(frozen=True)
class Plan:
    service: Service
    period: Period

    @property
    def roster(self) -> Roster:
        return self.service.roster(self.period, published=True).roster


def plan_week_by_week(
    organisation: Organisation, period: Period, time_limit: float, clock: Clock = BEFORE
) -> Plan:
    service = _fresh(organisation, clock)
    for w in range(period.weeks):
        week = Period(period.start + timedelta(weeks=w))
        service.plan_period(week, time_limit=time_limit)
        service.publish_period(week)
    return Plan(service, period)


def plan_block(
    organisation: Organisation, period: Period, time_limit: float, clock: Clock = BEFORE
) -> Plan:
    service = _fresh(organisation, clock)
    service.plan_period(period, time_limit=time_limit)
    service.publish_period(period)
    return Plan(service, period)


def _fresh(organisation: Organisation, clock: Clock) -> Service:
    repo = Repository(make_engine("sqlite://"))
    repo.save_organisation(organisation)
    return Service(repo, clock)


def windows(period: Period) -> list[Period]:
    """Every span the checker must find clean: each 4-week span holding a week of the period
    (the weeks around it were never planned, so a span reaching out checks what is planned,
    with the published weeks around it), each single week, and each calendar month touched."""
    spans = [Period(period.start + timedelta(weeks=w), 4) for w in range(-3, period.weeks)]
    spans += [Period(period.start + timedelta(weeks=w)) for w in range(period.weeks)]
    months = {weeks_of_month(d) for d in period.days}
    return spans + sorted(months, key=lambda p: p.start)


def checks(plan: Plan) -> dict[Period, CheckOutcome]:
    return {span: plan.service.check_period(span, published=True) for span in windows(plan.period)}


def unsocial_spread(plan: Plan) -> float:
    """Max minus min over professionals of their evenings, nights and weekends, each counted
    as FULL_TIME_HOURS / contract hours (fairness_unsocial's measure): 0 is an even spread."""
    org = plan.service.organisation()
    shifts = {s.id: s for s in generate_shifts(org, plan.period)}
    load = {p.id: 0.0 for p in org.people if p.contract is not None}
    for a in plan.roster.assignments:
        person = org.person(a.person_id)
        if person.contract is not None and is_unsocial(shifts[a.shift_id]):
            load[a.person_id] += FULL_TIME_HOURS / max(person.contract.hours_per_week, 1.0)
    return max(load.values()) - min(load.values()) if load else 0.0


def volunteer_spread(plan: Plan) -> float:
    """Max minus min over volunteers who offered time of their shifts per shift offered a
    week (fairness_volunteers' measure), in shifts a week."""
    org = plan.service.organisation()
    weeks = plan.period.weeks
    per_week = {
        p.id: p.limits.max_shifts_per_week
        for p in org.people
        if p.limits is not None and p.limits.max_shifts_per_week > 0
    }
    done = {pid: 0 for pid in per_week}
    for a in plan.roster.assignments:
        if a.person_id in done:
            done[a.person_id] += 1
    shares = [done[pid] / (per_week[pid] * weeks) for pid in per_week]
    return max(shares) - min(shares) if shares else 0.0
