"""Rules over windows hold whatever slices the weeks were planned in: a period planned and
published one week at a time gives the rosters a 4-week block would, and `roster check`
over any span counts the published work around it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from planner.clock import frozen
from planner.domain import Period
from planner.service import Service
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY, absence, activity, org, professional

pytestmark = pytest.mark.usefixtures("english")

CLOCK = frozen(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
WEEK = timedelta(weeks=1)


def week(n: int) -> Period:
    return Period(MONDAY + n * WEEK)


@pytest.fixture
def service() -> Service:
    """One professional and a Saturday drop-in, at most 2 weekends in 4 (the default)."""
    saturday = activity("inloop", "Inloop", rrule="FREQ=WEEKLY;BYDAY=SA")
    repo = Repository(make_engine("sqlite://"))
    repo.save_organisation(org([saturday], [professional()]))
    return Service(repo, CLOCK)


def plan_and_publish(service: Service, period: Period) -> None:
    service.plan_period(period, time_limit=5)
    service.publish_period(period)


def weekends_of_els(service: Service, period: Period) -> int:
    return len(service.roster(period, published=True).roster.assignments)


def test_four_single_weeks_keep_the_weekend_limit_of_four_weeks(service):
    for n in range(4):
        plan_and_publish(service, week(n))
        assert service.check_period(week(n)).violations == []
    four_weeks = Period(MONDAY, 4)
    assert weekends_of_els(service, four_weeks) == 2
    assert service.check_period(four_weeks, published=True).violations == []


def test_a_week_planned_between_two_published_ones_counts_both(service):
    plan_and_publish(service, week(0))
    plan_and_publish(service, week(2))
    service.plan_period(week(1), time_limit=5)
    assert service.roster(week(1)).roster.assignments == ()
    assert service.check_period(Period(MONDAY, 3)).violations == []


def test_check_of_one_week_counts_the_weekends_published_around_it(service):
    # Three weekends published while the organisation allowed four in four weeks; then the
    # limit goes back to two. Each week checked alone shows what its window breaks.
    repo = service.repo
    saturday = activity("inloop", "Inloop", rrule="FREQ=WEEKLY;BYDAY=SA")
    loose = {"hard": {"max_working_weekends": 4}}
    repo.save_organisation(org([saturday], [professional()], rules=loose))
    for n in range(3):
        plan_and_publish(service, week(n))
    repo.save_organisation(org([saturday], [professional()]))
    found = service.check_period(week(2), published=True).violations
    assert [(v.rule, dict(v.values)["weekends"]) for v in found] == [
        ("max_working_weekends", ("2026-12-05", "2026-12-12", "2026-12-19"))
    ]
    assert [v.rule for v in service.check_period(week(0), published=True).violations] == [
        "max_working_weekends"
    ]


@pytest.mark.parametrize(("horizon", "els_gets"), [(12, {3}), (0, {1, 2})])
def test_fairness_remembers_the_evenings_of_the_weeks_before(horizon, els_gets):
    # Els was on leave in the first week and Piet took its three evenings. Planning the
    # second week remembers them: Els takes all three (with no memory, the week alone
    # splits them).
    evenings = activity("avond", "Avond", start="18:00", end="21:00",
                        rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE")  # fmt: skip
    team = [
        professional("els", home_activity="avond"),
        professional("piet", "Piet Claes", home_activity="avond"),
    ]
    repo = Repository(make_engine("sqlite://"))
    repo.save_organisation(org([evenings], team, rules={"fairness": {"horizon_weeks": horizon}}))
    repo.add_absence(absence("els"))
    service = Service(repo, CLOCK)
    plan_and_publish(service, week(0))
    assert {a.person_id for a in service.roster(week(0)).roster.assignments} == {"piet"}
    service.plan_period(week(1), time_limit=5)
    els = [a for a in service.roster(week(1)).roster.assignments if a.person_id == "els"]
    assert len(els) in els_gets
