"""Every rule with a window counts the work published outside the period, before it and after
it: the model plans around it and the checker finds what breaks it, each on its own, from the
same facts. (Working weekends: test_max_working_weekends.py; days in a row and rest before
the period: test_outside_work.py.)"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import pytest

from constraints.forbidden_successions import ForbiddenSuccessions
from constraints.heavy_shifts import HeavyShifts
from constraints.hours_per_week import HoursPerWeek
from constraints.max_consecutive_days import MaxConsecutiveDays
from constraints.min_consecutive_days_off import MinConsecutiveDaysOff
from constraints.rest_between_shifts import RestBetweenShifts
from constraints.volunteer_limits import VolunteerLimits
from constraints.volunteers_min import VolunteersMin
from planner.domain import Period, Person, Shift
from planner.settings import HardSettings, RuleSettings
from planner.solver.model import Rule
from planner.solver.problem import PlanningProblem
from tests.builders import MONDAY, activity, assign, org, professional, shift, volunteer
from tests.check.support import violations
from tests.scheduler.support import alone, plan

TAALCAFE = activity("taalcafe", "Taalcafé", start="13:00", end="16:00", volunteers_min=1,
                    volunteers_max=1)  # fmt: skip
NIGHT = activity("nacht", "Nachtopvang", start="20:00", end="08:00", heavy=True)
DAY = activity("inloop", "Inloop", start="09:00", end="12:00")
LATE = activity("avond", "Avond", start="20:00", end="23:00")
EARLY = activity("ontbijt", "Ontbijt", start="07:00", end="09:00")
MORNING = activity("ochtend", "Ochtend", start="08:00", end="10:00")
# Only the rule under test speaks: the others are loosened where a scenario would touch them.
LOOSE = HardSettings(
    min_rest=timedelta(0),
    forbidden_successions=(),
    max_consecutive_days=14,
    heavy_max_in_row=7,
    heavy_max_per_week=7,
    heavy_max_per_month=31,
    heavy_rest=timedelta(0),
)
PIET = professional("piet", "Piet Claes")
NIGHT_WORKER = professional(hours_per_week=80)  # four nights a week are no contract matter


def days(act, *dates: date) -> list[Shift]:
    return [shift(act, d) for d in dates]


def dec(day: int) -> date:
    return date(2026, 12, day)


@dataclass(frozen=True)
class Edge:
    """One person, the shifts of the period they could take, their published shifts outside
    it, and how many of the period's they may take with (and without) those."""

    who: Person
    inside: list[Shift]
    outside: list[Shift]
    period: Period
    rules: list[Rule]
    rule: str
    with_outside: int  # shifts of the period they get
    hard: HardSettings = LOOSE
    extra: list[Person] = field(default_factory=list)

    def problem(self, outside: bool) -> PlanningProblem:
        return PlanningProblem.build(
            org(list({s.activity.id: s.activity for s in self.inside}.values()),
                [self.who, *self.extra]),
            self.period,
            self.inside,
            outside=[(s, assign(s, self.who)) for s in self.outside] if outside else (),
            settings=RuleSettings(self.hard),
        )  # fmt: skip


def volunteer_edge(**kwargs) -> dict:
    return {"rules": alone(VolunteerLimits(), VolunteersMin()), "extra": [PIET], **kwargs}


EDGES = {
    # A period in the middle of December; two shifts of December published after it.
    "volunteer month, shifts published after": Edge(
        volunteer(per_month=3),
        days(TAALCAFE, dec(7), dec(8)),
        days(TAALCAFE, dec(14), dec(21)),
        Period(dec(7)),
        rule="volunteer_limits",
        with_outside=1,
        **volunteer_edge(),
    ),
    "volunteer month, shifts published before": Edge(
        volunteer(per_month=3),
        days(TAALCAFE, dec(28), dec(29)),
        days(TAALCAFE, dec(2), dec(9)),
        Period(dec(28)),
        rule="volunteer_limits",
        with_outside=1,
        **volunteer_edge(),
    ),
    # A period from a Thursday: its first week began before it.
    "volunteer week, period from a Thursday": Edge(
        volunteer(per_week=3),
        days(TAALCAFE, dec(10), dec(11)),
        days(TAALCAFE, dec(7), dec(8)),
        Period(dec(10)),
        rule="volunteer_limits",
        with_outside=1,
        **volunteer_edge(),
    ),
    "heavy per month, published after": Edge(
        NIGHT_WORKER,
        days(NIGHT, dec(8), dec(10)),
        days(NIGHT, dec(16), dec(22)),
        Period(dec(7)),
        rules=alone(HeavyShifts()),
        rule="heavy_shifts",
        with_outside=1,
        hard=replace(LOOSE, heavy_max_per_month=3),
    ),
    "heavy per week, published before in the week": Edge(
        NIGHT_WORKER,
        days(NIGHT, dec(11), dec(13)),
        days(NIGHT, dec(7), dec(9)),
        Period(dec(10)),
        rules=alone(HeavyShifts()),
        rule="heavy_shifts",
        with_outside=1,
        hard=replace(LOOSE, heavy_max_per_week=3),
    ),
    "heavy in a row, published after": Edge(
        NIGHT_WORKER,
        days(NIGHT, dec(5), dec(6)),
        days(NIGHT, dec(7), dec(8)),
        Period(MONDAY),
        rules=alone(HeavyShifts()),
        rule="heavy_shifts",
        with_outside=1,
        hard=replace(LOOSE, heavy_max_in_row=3),
    ),
    "heavy rest, the last night before a published morning": Edge(
        NIGHT_WORKER,
        days(NIGHT, dec(6)),  # ends Monday 08:00
        days(DAY, dec(7)),  # Monday 09:00
        Period(MONDAY),
        rules=alone(HeavyShifts(rest=timedelta(hours=11))),
        rule="heavy_shifts",
        with_outside=0,
        hard=replace(LOOSE, heavy_rest=timedelta(hours=11)),
    ),
    "days off, published work before": Edge(
        professional(),
        days(DAY, dec(1)),  # Saturday worked, Sunday and Monday off, Tuesday: 2 days off
        days(DAY, date(2026, 11, 28)),
        Period(MONDAY),
        rules=alone(MinConsecutiveDaysOff(3)),
        rule="min_consecutive_days_off",
        with_outside=0,
        hard=replace(LOOSE, min_consecutive_days_off=3),
    ),
    "days off, published work after": Edge(
        professional(),
        days(DAY, dec(6)),  # Sunday; Monday off; Tuesday published
        days(DAY, dec(8)),
        Period(MONDAY),
        rules=alone(MinConsecutiveDaysOff(2)),
        rule="min_consecutive_days_off",
        with_outside=0,
        hard=replace(LOOSE, min_consecutive_days_off=2),
    ),
    "days in a row, published days after": Edge(
        professional(),
        days(DAY, dec(5), dec(6)),  # Saturday and Sunday; Monday to Wednesday published
        days(DAY, dec(7), dec(8), dec(9)),
        Period(MONDAY),
        rules=alone(MaxConsecutiveDays(4)),
        rule="max_consecutive_days",
        with_outside=1,
        hard=replace(LOOSE, max_consecutive_days=4),
    ),
    "hours a week, period from a Thursday": Edge(
        professional(hours_per_week=9),
        days(DAY, dec(10), dec(11)),  # 3 h each; Monday and Tuesday of the week published
        days(DAY, dec(7), dec(8)),
        Period(dec(10)),
        rules=alone(HoursPerWeek()),
        rule="hours_per_week",
        with_outside=1,
    ),
    "rest, published shift early on the day after": Edge(
        professional(),
        days(LATE, dec(6)),
        days(EARLY, dec(7)),
        Period(MONDAY),
        rules=alone(RestBetweenShifts(timedelta(hours=11))),
        rule="rest_between_shifts",
        with_outside=0,
        hard=replace(LOOSE, min_rest=timedelta(hours=11)),
    ),
    "succession, published morning after the last night": Edge(
        professional(),
        days(NIGHT, dec(6)),  # ends Monday 08:00; Tuesday 08:00 is 24 h later
        days(MORNING, dec(8)),
        Period(MONDAY),
        rules=alone(ForbiddenSuccessions((("night", "morning"),), timedelta(hours=36))),
        rule="forbidden_successions",
        with_outside=0,
        hard=replace(LOOSE, forbidden_successions=(("night", "morning"),)),
    ),
}


@pytest.mark.parametrize("name", EDGES)
def test_the_model_counts_the_work_published_around_the_period(name):
    edge = EDGES[name]
    alone_ = plan(edge.problem(outside=False), edge.rules)
    assert len(alone_.shifts_of(edge.who)) == len(edge.inside)  # the period alone allows all
    planned = plan(edge.problem(outside=True), edge.rules)  # and the checker agrees
    assert len(planned.shifts_of(edge.who)) == edge.with_outside


@pytest.mark.parametrize("name", EDGES)
def test_the_checker_counts_the_work_published_around_the_period(name):
    edge = EDGES[name]
    people = [edge.who, *edge.extra]
    pairs = [assign(s, edge.who) for s in edge.inside]
    pairs += [assign(s, PIET) for s in edge.inside if edge.extra]
    outside = [(s, assign(s, edge.who)) for s in edge.outside]
    args = (edge.inside, people, *pairs)
    assert violations(*args, period=edge.period, hard=edge.hard) == []
    found = violations(*args, period=edge.period, hard=edge.hard, outside=outside)
    assert {v.rule for v in found} == {edge.rule}
    assert all(v.shift_id in {s.id for s in edge.inside} for v in found)  # filed inside
