"""The state of a shift in the week view, decided from the working roster."""

from __future__ import annotations

from datetime import timedelta

import pytest

from planner.domain import Assignment, Period, Role, Roster
from planner.i18n.language import use_language
from planner.service import Service
from planner.shifts import generate_shifts
from tests.builders import unstaffed_as_data
from tests.tui.builders import MONDAY, repo_with, small_org
from tui.week_model import ShiftState, build_week

pytestmark = pytest.mark.usefixtures("english")


def _week(repo):
    return build_week(Service(repo), MONDAY + timedelta(days=2))  # any day picks its week


def _save(repo, assignments, unstaffed=None):
    period = Period(MONDAY)
    shifts = generate_shifts(repo.load_organisation(), period)
    repo.save_roster(Roster(period, tuple(assignments), unstaffed_as_data(unstaffed)), shifts)
    return shifts


def test_a_week_never_planned_shows_every_shift_as_not_planned(tmp_path):
    week = _week(repo_with(small_org(), tmp_path))
    assert week.monday == MONDAY
    assert [s.state for s in week.shifts] == [ShiftState.UNPLANNED, ShiftState.UNPLANNED]
    assert week.state is None


def test_professional_and_volunteer_make_a_staffed_shift(tmp_path):
    repo = repo_with(small_org(), tmp_path)
    monday, wednesday = _save(
        repo,
        [Assignment(f"inloop@{MONDAY}T09:00", "els", Role.PROFESSIONAL),
         Assignment(f"inloop@{MONDAY}T09:00", "jan", Role.VOLUNTEER, pinned=True)],
        {f"inloop@{MONDAY + timedelta(days=2)}T09:00": "nobody qualified is free"},
    )  # fmt: skip
    week = _week(repo)
    first, second = week.shifts
    assert first.state is ShiftState.STAFFED
    assert [p.short_name for p in first.professionals] == ["Els V."]
    assert first.pinned == {"jan"}
    assert second.state is ShiftState.UNSTAFFED
    assert second.reason == "nobody qualified is free"


def test_a_professional_without_the_wanted_volunteer_is_short(tmp_path):
    repo = repo_with(small_org(), tmp_path)
    _save(repo, [Assignment(f"inloop@{MONDAY}T09:00", "els", Role.PROFESSIONAL)])
    first = _week(repo).shifts[0]
    assert first.state is ShiftState.SHORT
    assert first.reason == "0 of 1 wanted volunteers"


def test_a_shift_emptied_by_hand_after_planning_is_unstaffed_not_unplanned(tmp_path):
    repo = repo_with(small_org(), tmp_path)
    _save(repo, [Assignment(f"inloop@{MONDAY}T09:00", "els", Role.PROFESSIONAL)])
    repo.remove_assignment(f"inloop@{MONDAY}T09:00", "els")
    assert _week(repo).shifts[0].state is ShiftState.UNSTAFFED


def test_a_stale_unstaffed_reason_gives_way_once_a_professional_is_put_on_by_hand(tmp_path):
    repo = repo_with(small_org(), tmp_path)
    shift_id = f"inloop@{MONDAY}T09:00"
    _save(repo, [], {shift_id: "nobody qualified is free"})
    repo.set_assignment(Assignment(shift_id, "tom", Role.PROFESSIONAL))
    repo.set_assignment(Assignment(shift_id, "mia", Role.VOLUNTEER))
    assert _week(repo).shifts[0].state is ShiftState.STAFFED


def test_a_public_holiday_closes_the_shift(tmp_path):
    # 25 December 2026 is a Friday: an inloop on Fridays is closed that day.
    from tests.tui.builders import activity

    org = small_org(activities=(activity(rrule="FREQ=WEEKLY;BYDAY=FR"),))
    service = Service(repo_with(org, tmp_path))
    week = build_week(service, MONDAY + timedelta(weeks=3))
    (christmas,) = week.shifts
    assert christmas.state is ShiftState.CLOSED
    assert christmas.reason == "public holiday: Christmas Day"
    with use_language("nl"):  # the holiday's own name in each language
        (christmas,) = build_week(service, MONDAY + timedelta(weeks=3)).shifts
    assert christmas.reason == "feestdag: Kerstmis"


def test_shifts_that_have_started_are_marked_in_the_week_and_its_cells(tmp_path):
    from planner.clock import frozen
    from tests.builders import at
    from tui.widgets.week_grid import shift_lines

    repo = repo_with(small_org(), tmp_path)
    monday, wednesday = _save(repo, [])
    tuesday_evening = Service(repo, frozen(at(MONDAY + timedelta(days=1), "21:22")))
    week = build_week(tuesday_evening, MONDAY)
    assert [(v.shift.id, v.started) for v in week.shifts] == [
        (monday.id, True),
        (wednesday.id, False),
    ]
    assert "◷" in shift_lines(week.shifts[0])[0].plain
    assert "◷" not in shift_lines(week.shifts[1])[0].plain
    narrow = shift_lines(week.shifts[0], 7)[0].plain  # 80 columns: the mark still fits
    assert narrow.endswith("◷09:00") and len(narrow) == 7


def test_an_absence_on_a_published_shift_marks_the_cell_and_raises_the_banner(tmp_path):
    from planner.clock import frozen
    from tests.builders import absence, at
    from tui.screens.week import broken_banner
    from tui.widgets.week_grid import shift_lines

    repo = repo_with(small_org(), tmp_path)
    monday, wednesday = _save(
        repo,
        [Assignment(f"inloop@{MONDAY}T09:00", "els", Role.PROFESSIONAL),
         Assignment(f"inloop@{MONDAY + timedelta(days=2)}T09:00", "els", Role.PROFESSIONAL)],
    )  # fmt: skip
    service = Service(repo, frozen(at(MONDAY, "21:22")))  # Monday happened
    service.publish_period(Period(MONDAY))
    assert build_week(service, MONDAY).broken == ()
    repo.add_absence(absence("els", at(MONDAY, "00:00"), at(MONDAY + timedelta(days=3), "00:00")))

    week = build_week(service, MONDAY)

    assert [v.shift.id for v in week.broken] == [wednesday.id]  # not Monday: it happened
    assert shift_lines(week.shifts[1])[0].plain.endswith(" !")
    assert broken_banner(week) == (
        "! 1 published shift no longer holds: Inloop Wed 2 Dec 09:00 (Els Vermeulen on leave)."
        " Press p to re-plan this week."
    )
