"""A re-plan of a published period changes only what the disruption needs, unless the
coordinator asks for a fresh plan."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from planner.check import check_roster
from planner.clock import frozen
from planner.domain import Period, Roster
from planner.service import Service
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import (
    MONDAY,
    absence,
    activity,
    assign,
    at,
    org,
    professional,
    volunteer,
)

pytestmark = pytest.mark.usefixtures("english")

WEEK = Period(MONDAY)
CLOCK = frozen(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
TUE, WED = "inloop@2026-12-01T09:00", "inloop@2026-12-02T09:00"


@pytest.fixture
def repo() -> Repository:
    """Published while Mia was away on Wednesday: Wednesday went out short of a volunteer.
    Then Mia's absence is lifted and a professional of Tuesday falls sick."""
    inloop = activity(
        "inloop", "Inloop", rrule="FREQ=WEEKLY;BYDAY=TU,WE", volunteers_min=2, volunteers_max=2
    )
    people = [
        professional("els", "Els Vermeulen"),
        professional("piet", "Piet Claes"),
        volunteer("jan", "Jan Peeters"),
        volunteer("mia", "Mia Peeters"),
    ]
    r = Repository(make_engine("sqlite://"))
    r.save_organisation(org([inloop], people))
    wednesday = MONDAY + timedelta(days=2)
    away = r.add_absence(absence("mia", at(wednesday, "00:00"), at(wednesday, "23:59")))
    Service(r, CLOCK).plan_period(WEEK, time_limit=5)
    Service(r, CLOCK).publish_period(WEEK)
    assert away.id is not None
    r.remove_absence(away.id)
    return r


def on(roster, shift_id: str) -> set[str]:
    return {a.person_id for a in roster.assignments if a.shift_id == shift_id}


def sick_on_tuesday(repo: Repository) -> str:
    published = repo.roster(WEEK, published=True)
    who = next(p for p in on(published, TUE) if p in ("els", "piet"))
    tuesday = MONDAY + timedelta(days=1)
    repo.add_absence(absence(who, at(tuesday, "00:00"), at(tuesday, "23:59")))
    return who


def test_a_replan_repairs_the_broken_shift_and_leaves_the_others_alone(repo):
    published = repo.roster(WEEK, published=True)
    sick = sick_on_tuesday(repo)

    outcome = Service(repo, CLOCK).plan_period(WEEK, time_limit=5)

    assert on(outcome.roster, WED) == on(published, WED)  # not filled up with Mia
    assert {c.shift_id for c in outcome.diff} == {TUE}
    assert {(c.kind, c.person_id) for c in outcome.diff} == {
        ("removed", sick),
        ("added", "piet" if sick == "els" else "els"),
    }
    o = repo.load_organisation()
    found = check_roster(
        o, WEEK, generate_shifts(o, WEEK), repo.roster(WEEK), repo.absences(),
        settings_from_toml(o.rules),
    )  # fmt: skip
    assert found == []


def test_a_fresh_plan_may_change_the_rest_too(repo):
    sick_on_tuesday(repo)
    outcome = Service(repo, CLOCK).plan_period(WEEK, time_limit=5, fresh=True)
    assert "mia" in on(outcome.roster, WED)


def test_nothing_to_repair_saves_nothing(repo):
    before = repo.seen()
    outcome = Service(repo, CLOCK).plan_period(WEEK, time_limit=5)
    assert outcome.nothing_to_repair and outcome.diff == []
    assert repo.seen() == before


def test_a_gap_no_one_free_can_fill_is_filled_by_moving_who_works_that_day(tuesday_nurses):
    """Ann, the one nurse on Tuesday's care hours, falls sick; Bea, the other nurse, works the
    language café then; no one free may take care hours, so Bea moves over and Dirk, free,
    takes the café. The neighbourhood shift, where no one who could help works, keeps Carl."""
    repo = tuesday_nurses
    repo.add_absence(absence("ann", at(TUESDAY, "00:00"), at(TUESDAY, "23:59")))

    outcome = Service(repo, CLOCK).plan_period(WEEK, time_limit=5)

    assert {sid.split("@")[0]: on(outcome.roster, sid) for sid in TUESDAY_SHIFTS} == {
        "zorg": {"bea"},
        "taal": {"dirk"},
        "buurt": {"carl"},
    }
    o = repo.load_organisation()
    found = check_roster(
        o, WEEK, generate_shifts(o, WEEK), repo.roster(WEEK), repo.absences(),
        settings_from_toml(o.rules),
    )  # fmt: skip
    assert found == []


TUESDAY = MONDAY + timedelta(days=1)
TUESDAY_SHIFTS = [f"{a}@2026-12-01T09:00" for a in ("zorg", "taal", "buurt")]


@pytest.fixture
def tuesday_nurses() -> Repository:
    """Tuesday: care hours need a nurse (Ann), the language café and the neighbourhood any
    professional (Bea, a nurse too, and Carl); Dirk is free. Published."""
    tuesday = "FREQ=WEEKLY;BYDAY=TU"
    activities = [
        activity("zorg", rrule=tuesday, qualifications=("nurse",)),
        activity("taal", rrule=tuesday),
        activity("buurt", rrule=tuesday),
    ]
    people = [
        professional("ann", "Ann Claes", qualifications=("nurse",)),
        professional("bea", "Bea Smet", qualifications=("nurse",)),
        professional("carl", "Carl Wouters"),
        professional("dirk", "Dirk Maes"),
    ]
    r = Repository(make_engine("sqlite://"))
    r.save_organisation(org(activities, people))
    o = r.load_organisation()
    shifts = generate_shifts(o, WEEK)
    by_id = {s.id: s for s in shifts}
    placed = zip(TUESDAY_SHIFTS, ("ann", "bea", "carl"), strict=True)
    r.save_roster(
        Roster(WEEK, tuple(assign(by_id[sid], o.person(pid)) for sid, pid in placed)), shifts
    )
    Service(r, CLOCK).publish_period(WEEK)
    return r
