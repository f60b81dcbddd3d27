"""plan_period / publish_period / diff_against_published on a real (in-memory) repository."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime, timedelta

import pytest

from planner.check import check_roster
from planner.domain import Assignment, Period, Role, RosterState
from planner.errors import PlannerError
from planner.i18n.errors import error_text
from planner.i18n.explanations import change_text, unstaffed_text
from planner.i18n.reasons import sentence
from planner.i18n.words import Words
from planner.limits import MAX_WEIGHT
from planner.service import Service
from planner.settings import SoftWeights, settings_from_toml
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY, absence, activity, at, org, professional, volunteer

pytestmark = pytest.mark.usefixtures("english")

WEEK = Period(MONDAY)
TUESDAY = MONDAY + timedelta(days=1)
PUBLISHED_AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _words(repo) -> Words:
    return Words.of(repo.load_organisation())


def small_org():
    inloop = activity(
        "inloop", "Inloop", rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE", volunteers_min=1, volunteers_max=1
    )
    people = [
        professional("els", "Els Vermeulen", home_activity="inloop"),
        professional("piet", "Piet Claes"),
        volunteer("jan", "Jan Peeters", home_activity="inloop"),
        volunteer("mia", "Mia Peeters"),
    ]
    return org([inloop], people)


@pytest.fixture
def repo() -> Repository:
    r = Repository(make_engine("sqlite://"))
    r.save_organisation(small_org())
    return r


def checked(repo: Repository, period: Period) -> list[str]:
    o = repo.load_organisation()
    tz_absences = repo.absences()
    found = check_roster(
        o,
        period,
        generate_shifts(o, period),
        repo.roster(period),
        tz_absences,
        settings_from_toml(o.rules),
    )
    return [sentence(v, Words.of(o)) for v in found]


def test_plan_saves_a_draft_with_every_shift_staffed(repo):
    outcome = Service(repo).plan_period(WEEK, time_limit=5)
    assert outcome.status == "optimal"
    assert outcome.roster.unstaffed == {}
    saved = repo.roster(WEEK)
    assert set(saved.assignments) == set(outcome.roster.assignments)
    assert {a.shift_id for a in saved.assignments} == {
        "inloop@2026-11-30T09:00",
        "inloop@2026-12-01T09:00",
        "inloop@2026-12-02T09:00",
    }
    assert repo.roster_state(WEEK) is RosterState.DRAFT
    assert checked(repo, WEEK) == []


def test_every_professional_absent_leaves_that_day_unstaffed_with_reasons_and_no_volunteers(repo):
    for pid in ("els", "piet"):
        repo.add_absence(
            absence(pid, at(TUESDAY, "00:00"), at(TUESDAY + timedelta(days=1), "00:00"))
        )
    outcome = Service(repo).plan_period(WEEK, time_limit=5)
    tuesday = "inloop@2026-12-01T09:00"
    assert set(outcome.roster.unstaffed) == {tuesday}
    assert "on leave" in unstaffed_text(outcome.roster.unstaffed[tuesday], _words(repo))
    assert not [a for a in outcome.roster.assignments if a.shift_id == tuesday]
    assert repo.roster(WEEK).unstaffed[tuesday] == outcome.roster.unstaffed[tuesday]
    assert checked(repo, WEEK) == []


def test_strict_refuses_and_saves_nothing(repo):
    for pid in ("els", "piet"):
        repo.add_absence(
            absence(pid, at(TUESDAY, "00:00"), at(TUESDAY + timedelta(days=1), "00:00"))
        )
    with pytest.raises(PlannerError, match="cannot be staffed"):
        Service(repo).plan_period(WEEK, time_limit=5, strict=True)
    assert repo.roster_state(WEEK) is None


def test_the_same_seed_gives_the_same_roster(repo):
    first = Service(repo).plan_period(WEEK, time_limit=5, seed=7).roster.assignments
    second = Service(repo).plan_period(WEEK, time_limit=5, seed=7).roster.assignments
    assert first == second


def test_publish_needs_a_planned_period(repo):
    with pytest.raises(PlannerError, match="roster plan"):
        Service(repo).publish_period(WEEK, PUBLISHED_AT)


def test_replanning_after_an_absence_keeps_the_rest_and_shows_the_diff(repo):
    Service(repo).plan_period(WEEK, time_limit=5)
    Service(repo).publish_period(WEEK, PUBLISHED_AT)
    assert Service(repo).diff_against_published(WEEK) == []
    published = set(repo.roster(WEEK, published=True).assignments)
    on_tuesday = {a.person_id for a in published if a.shift_id == "inloop@2026-12-01T09:00"}
    gone = next(p for p in on_tuesday if p in ("els", "piet"))
    repo.add_absence(absence(gone, at(TUESDAY, "00:00"), at(TUESDAY + timedelta(days=1), "00:00")))

    outcome = Service(repo).plan_period(WEEK, time_limit=5)

    after = set(outcome.roster.assignments)
    changed = published ^ after
    assert {a.shift_id for a in changed} == {"inloop@2026-12-01T09:00"}
    other = "piet" if gone == "els" else "els"
    kinds = {(c.kind, c.person_id) for c in outcome.diff}
    assert kinds == {("removed", gone), ("added", other)}
    assert any("Inloop Tue 1 Dec 09:00" in change_text(c, _words(repo)) for c in outcome.diff)
    assert Service(repo).diff_against_published(WEEK) == outcome.diff


def test_a_pin_that_cannot_hold_is_explained_and_nothing_is_saved(repo):
    Service(repo).plan_period(WEEK, time_limit=5)
    monday = "inloop@2026-11-30T09:00"
    repo.set_assignment(Assignment(monday, "els", Role.PROFESSIONAL, pinned=True))
    repo.add_absence(absence("els", at(MONDAY, "00:00"), at(TUESDAY, "00:00")))
    before = repo.roster(WEEK)
    with pytest.raises(PlannerError) as error:
        Service(repo).plan_period(WEEK, time_limit=5)
    said = error_text(error.value, _words(repo))
    assert "Els Vermeulen" in said
    assert "pinned" in said.lower()
    assert repo.roster(WEEK) == before


def test_every_weight_at_its_limit_plans_a_roster_that_keeps_every_rule():
    """The largest weights organisation.toml accepts (docs/limits.md) fit the solver's sums:
    a weight beyond them loaded and then crashed the solver."""
    weights = {f.name: MAX_WEIGHT for f in fields(SoftWeights)}
    base = small_org()
    repo = Repository(make_engine("sqlite://"))
    repo.save_organisation(org(base.activities, base.people, rules={"weights": weights}))

    outcome = Service(repo).plan_period(Period(MONDAY, 4), time_limit=5)

    assert outcome.roster.assignments
    assert checked(repo, Period(MONDAY, 4)) == []
