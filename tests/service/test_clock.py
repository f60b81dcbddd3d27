"""What happened stays: shifts that have started (by the service's clock, frozen here) are
fixed in re-plans and edits; `correct` changes them on purpose, recorded as a correction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from planner.check import check_roster
from planner.clock import frozen
from planner.domain import Assignment, Period, Role
from planner.errors import PastPeriod, PlannerError
from planner.i18n.errors import error_text
from planner.service import Service
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY, absence, activity, at, org, professional, volunteer

pytestmark = pytest.mark.usefixtures("english")

WEEK = Period(MONDAY)
TUESDAY = MONDAY + timedelta(days=1)
BEFORE = frozen(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
TUESDAY_EVENING = frozen(at(TUESDAY, "21:22"))  # Monday's and Tuesday's shifts are over
MON, TUE, WED = (f"inloop@2026-{d}T09:00" for d in ("11-30", "12-01", "12-02"))


@pytest.fixture
def repo() -> Repository:
    inloop = activity(
        "inloop", "Inloop", rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE", volunteers_min=1, volunteers_max=1
    )
    people = [
        professional("els", "Els Vermeulen", home_activity="inloop"),
        professional("piet", "Piet Claes"),
        volunteer("jan", "Jan Peeters", home_activity="inloop"),
        volunteer("mia", "Mia Peeters"),
    ]
    r = Repository(make_engine("sqlite://"))
    r.save_organisation(org([inloop], people))
    Service(r, BEFORE).plan_period(WEEK, time_limit=5)
    Service(r, BEFORE).publish_period(WEEK)
    return r


def on(repo: Repository, shift_id: str, *, published: bool = False) -> set[str]:
    roster = repo.roster(WEEK, published=published)
    return {a.person_id for a in roster.assignments if a.shift_id == shift_id}


def professional_on(repo: Repository, shift_id: str) -> str:
    return next(p for p in on(repo, shift_id) if p in ("els", "piet"))


def sick_all_week(repo: Repository, person_id: str) -> None:
    repo.add_absence(
        absence(person_id, at(MONDAY, "00:00"), at(MONDAY + timedelta(days=3), "00:00"))
    )


def test_a_replan_after_a_late_absence_keeps_the_shifts_that_happened(repo):
    before = {sid: on(repo, sid) for sid in (MON, TUE, WED)}
    sick = professional_on(repo, TUE)
    sick_all_week(repo, sick)  # recorded on Tuesday evening: Monday and Tuesday happened

    outcome = Service(repo, TUESDAY_EVENING).plan_period(WEEK, time_limit=5)

    assert on(repo, MON) == before[MON] and on(repo, TUE) == before[TUE]
    assert sick not in on(repo, WED)
    assert {c.shift_id for c in outcome.diff} <= {WED}
    assert {a.shift_id for a in outcome.roster.assignments} == {MON, TUE, WED}
    # The re-planned part passes the checker; the started shifts are as they were recorded.
    o = repo.load_organisation()
    found = check_roster(
        o,
        WEEK,
        generate_shifts(o, WEEK),
        repo.roster(WEEK),
        repo.absences(),
        settings_from_toml(o.rules),
    )
    assert {v.shift_id for v in found} <= {MON, TUE}


def test_a_manual_edit_of_a_started_shift_is_refused(repo):
    service = Service(repo, TUESDAY_EVENING)
    who = professional_on(repo, TUE)
    with pytest.raises(PlannerError) as refused:
        service.unassign(TUE, who)
    assert "has started" in error_text(refused.value, None)
    assert "roster correct" in error_text(refused.value, None)
    with pytest.raises(PlannerError, match="started"):
        service.assign(Assignment(MON, "mia", Role.VOLUNTEER))
    assert who in on(repo, TUE)
    service.unassign(WED, next(p for p in on(repo, WED) if p in ("jan", "mia")))  # the future


def test_a_correction_changes_what_happened_in_both_layers_and_is_logged(repo):
    service = Service(repo, TUESDAY_EVENING)
    absent = professional_on(repo, TUE)
    stood_in = "piet" if absent == "els" else "els"

    done = service.correct(TUE, came=[stood_in], missing=[absent])

    assert (done.added, done.removed, done.published) == ((stood_in,), (absent,), True)
    assert stood_in in on(repo, TUE) and absent not in on(repo, TUE)
    assert on(repo, TUE, published=True) == on(repo, TUE)
    entries = [e for e in service.audit_log() if e.action == "correction"]
    assert {e.kind for e in entries} == {"roster", "published"}
    assert all(e.subject == TUE for e in entries)


def test_a_correction_of_a_shift_to_come_is_refused(repo):
    with pytest.raises(PlannerError, match="not started"):
        Service(repo, TUESDAY_EVENING).correct(WED, missing=["els"])


def test_a_period_that_has_wholly_started_is_refused_and_nothing_is_saved(repo):
    a_week_later = frozen(at(MONDAY + timedelta(days=7), "10:00"))
    saved = repo.roster(WEEK)

    with pytest.raises(PastPeriod) as refused:
        Service(repo, a_week_later).plan_period(WEEK, time_limit=5)

    text = error_text(refused.value, None)
    assert "has started" in text and "roster correct" in text
    assert repo.roster(WEEK) == saved


def test_a_partly_started_period_plans_only_the_shifts_still_to_come():
    r = Repository(make_engine("sqlite://"))
    inloop = activity("inloop", "Inloop", rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE")
    r.save_organisation(org([inloop], [professional("els", "Els Vermeulen")]))

    outcome = Service(r, TUESDAY_EVENING).plan_period(WEEK, time_limit=5)

    # Monday and Tuesday were never planned and have passed: nobody is put on them afterwards.
    assert {a.shift_id for a in outcome.roster.assignments} == {WED}
    assert {a.shift_id for a in r.roster(WEEK).assignments} == {WED}
    assert not set(r.roster(WEEK).unstaffed) & {MON, TUE}
