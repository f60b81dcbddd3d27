"""The planner's stated limits, in one place (docs/limits.md says why each was chosen).

Every input is checked against these at the edge (the folder readers, the command line, the
use cases) before any work starts, so that nothing a coordinator types can run without bound
or reach a part of the planner that was never meant for it.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from planner.domain import Period
from planner.errors import PlannerError, TooBig
from planner.message import msg

# Dates: the public holidays, the time-zone rules and the shift ids are known and tested for
# this century; a date outside it is almost always a typo (0202 for 2026).
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)

# Periods, in weeks. A plan is one search over all its weeks at once: a quarter is the most
# a coordinator plans ahead, and what a city of 1,300 people plans within minutes on a
# 2-core machine. Reading a roster (check, publish, reports, exports) is cheaper: two years.
MAX_PLAN_WEEKS = 13
MAX_PERIOD_WEEKS = 104

# A plan's size: open shifts x people, counted before anything is built. The demo's 4 weeks
# are 33,345; the generated city's (1,320 people) 1,128,600, planned in 1.5 GiB; its 13
# weeks 3.7 million. Memory grows about linearly with it (BENCHMARKS.md, "Limits").
MAX_PLAN_PAIRS = 4_000_000

# Preparing a plan (reading the facts, eligibility, building the model) before its search
# starts, in seconds per open shift and per open-shift x person pair: fitted on the generated
# city at x1 and x4 (BENCHMARKS.md, growth: 6.9 s and 67 s on 2 cores at load 4), and within
# 20 % of the demo's 4 and 13 weeks.
PREPARE_S_PER_SHIFT = 0.0042
PREPARE_S_PER_PAIR = 2.9e-6

# An organisation folder.
MAX_PEOPLE = 100_000
MAX_ACTIVITIES = 2_000
MAX_ABSENCES = 200_000
MAX_FILE_BYTES = 64 * 1024 * 1024  # a 100,000-person people.csv is about 16 MiB
MAX_CELL_CHARS = 1_000  # a name, a list of offers; nothing in a folder needs more

# Numbers a folder may hold: every number the solver multiplies must fit its 64 bits with
# room to spare (weight x shifts x people).
MAX_WEIGHT = 1_000_000
MAX_PEOPLE_PER_SHIFT = 100

# The command line.
MAX_TIME_LIMIT_S = 24 * 3600.0  # a night's run; more is a typo
MAX_SEED = 2**31 - 1  # the solver's seed is a 32-bit integer


def day_in_range(day: date) -> bool:
    return FIRST_DAY <= day <= LAST_DAY


def out_of_range(day: date) -> PlannerError:
    return PlannerError(
        msg(
            "{day} is outside the dates the planner supports ({first} to {last})",
            day=day,
            first=FIRST_DAY,
            last=LAST_DAY,
        )
    )


def check_plan_size(open_shifts: int, people: int) -> None:
    """Refuse a plan too big to finish in reasonable time and memory, before it starts."""
    if open_shifts * people > MAX_PLAN_PAIRS:
        raise TooBig(
            msg(
                "{shifts} open shifts for {people} people is too big to plan at once "
                "(at most {most} shift-person pairs, docs/limits.md): plan fewer weeks",
                shifts=open_shifts,
                people=people,
                most=MAX_PLAN_PAIRS,
            )
        )


def check_plan_time(open_shifts: int, people: int, time_limit: float) -> None:
    """Refuse a plan whose preparation alone would take longer than its time limit, before
    it starts: the limit bounds the whole plan, not only the search."""
    prepare = PREPARE_S_PER_SHIFT * open_shifts + PREPARE_S_PER_PAIR * open_shifts * people
    if prepare > time_limit:
        raise TooBig(
            msg(
                "{shifts} open shifts for {people} people take about {prepare} s to prepare "
                "before the search starts, and {left} s of the time limit are left "
                "(docs/limits.md): give about {more} s more, or plan fewer weeks",
                shifts=open_shifts,
                people=people,
                prepare=math.ceil(prepare),
                left=round(time_limit, 1),
                more=max(math.ceil(prepare * 1.5 + 2 - time_limit), 1),
            )
        )


def bound_period(period: Period, max_weeks: int) -> None:
    """A period of at most `max_weeks`, wholly within the supported dates; else PlannerError
    (nothing is done)."""
    if period.weeks < 1 or period.weeks > max_weeks:
        raise TooBig(
            msg(
                "{weeks} weeks is more than the {most} this command handles at once "
                "(docs/limits.md); split the period",
                weeks=period.weeks,
                most=max_weeks,
            )
        )
    if not day_in_range(period.start):
        raise out_of_range(period.start)
    last = period.start + timedelta(weeks=period.weeks, days=-1)
    if not day_in_range(last):
        raise out_of_range(last)
