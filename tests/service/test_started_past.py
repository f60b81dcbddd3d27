"""A re-plan keeps to what has happened: the shifts that started before now are fixed, and
their hours count toward the limits of the day and the week they fall in, as the checker
counts them. A plan never breaks a rule with them, and the fixed past on its own never
leaves the plan without a roster."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from planner.check import check_roster
from planner.clock import frozen
from planner.domain import Period, Roster
from planner.service import Service
from planner.service.facts import load_facts
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY, activity, at, org, professional

WEEK = Period(MONDAY)
BEFORE = frozen(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
MONDAY_NOON = frozen(at(MONDAY, "12:30"))  # Monday's morning has started, its afternoon not
MORNING, AFTERNOON = "ochtend@2026-11-30T08:00", "namiddag@2026-11-30T13:00"


def organisation(els_hours_per_week: float = 38):
    # Only Els may take the morning (its qualification); the afternoon is her home activity,
    # so on that day alone she is the cheaper choice for it, but a morning and an afternoon
    # are 8 h, past her 6 h a day.
    morning = activity(
        "ochtend", "Ochtend", start="08:00", end="12:00", rrule="FREQ=WEEKLY;BYDAY=MO",
        qualifications=("sleutel",), volunteers_min=0, volunteers_max=0,
    )  # fmt: skip
    afternoon = activity(
        "namiddag", "Namiddag", start="13:00", end="17:00", rrule="FREQ=WEEKLY;BYDAY=MO,TU",
        volunteers_min=0, volunteers_max=0,
    )  # fmt: skip
    coffee = activity(
        "koffie", "Koffie", start="10:00", end="12:00", rrule="FREQ=WEEKLY;BYDAY=TU",
        volunteers_min=0, volunteers_max=0,
    )  # fmt: skip
    people = [
        professional(
            "els", "Els Vermeulen", qualifications=("sleutel",), max_hours_per_day=6,
            hours_per_week=els_hours_per_week, home_activity="namiddag",
        ),
        professional("piet", "Piet Claes"),
    ]  # fmt: skip
    return org([morning, afternoon, coffee], people)


def checked(repo: Repository, now) -> list:
    """The hard-rule violations of the saved roster's shifts still to come, with the started
    ones counted as fixed work (the checker's view of a re-plan)."""
    facts = load_facts(repo, WEEK, now())
    p = facts.problem
    planned = {s.id for s in p.shifts}
    saved = repo.roster(WEEK)
    roster = Roster(
        WEEK,
        tuple(a for a in saved.assignments if a.shift_id in planned),
        {s: why for s, why in saved.unstaffed.items() if s in planned},
    )
    o = repo.load_organisation()
    every = [s for s in generate_shifts(o, WEEK) if s.id in planned]
    return check_roster(o, WEEK, every, roster, p.absences, p.settings, outside=p.outside)


@pytest.fixture
def repo() -> Repository:
    r = Repository(make_engine("sqlite://"))
    r.save_organisation(organisation())
    Service(r, BEFORE).plan_period(WEEK, time_limit=5)
    on_morning = {a.person_id for a in r.roster(WEEK).assignments if a.shift_id == MORNING}
    assert on_morning == {"els"}
    return r


def test_the_hours_of_a_started_shift_count_toward_the_day_of_a_replan(repo):
    outcome = Service(repo, MONDAY_NOON).plan_period(WEEK, time_limit=5)

    assert outcome.status.found_roster
    on_afternoon = {a.person_id for a in repo.roster(WEEK).assignments if a.shift_id == AFTERNOON}
    assert on_afternoon == {"piet"}  # Els did the morning: 4 h more would be 8 h that day
    assert checked(repo, MONDAY_NOON) == []


def test_a_started_week_already_past_a_lowered_contract_still_gets_a_roster(repo):
    # Els's contract drops to 3 h a week after her Monday morning (4 h) has happened: her
    # week is past her hours before anything is planned. Tuesday's coffee (2 h) goes to Piet.
    monday_night = frozen(at(MONDAY, "20:00"))
    repo.save_organisation(organisation(els_hours_per_week=3))

    outcome = Service(repo, monday_night).plan_period(WEEK, time_limit=5)

    assert outcome.status.found_roster
    coffee = "koffie@2026-12-01T10:00"
    assert {a.person_id for a in repo.roster(WEEK).assignments if a.shift_id == coffee} == {"piet"}
    assert checked(repo, monday_night) == []
