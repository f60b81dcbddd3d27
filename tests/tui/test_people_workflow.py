"""Workflow 4 on the planned demo: load against agreements, absences, re-plan, explanations."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from textual.widgets import DataTable, Input, Static

from planner.domain import Absence, AbsenceKind, Period
from planner.i18n.format import decimal, short_date
from tests.tui.support import (
    DEMO_MONDAY,
    SIZE,
    app_on,
    assert_passes_checker,
    nurse_shift,
    only_this_nurse_that_day,
)
from tui.screens.absence_form import AbsenceFormScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.people import PeopleScreen
from tui.screens.week import WeekScreen
from tui.week_model import ShiftState
from tui.widgets.week_grid import WeekGrid


def people_rows(screen) -> dict[str, list[str]]:
    table = screen.query_one("#people", DataTable)
    return {str(table.get_row_at(i)[0]): [str(c) for c in table.get_row_at(i)] for i in range(table.row_count)}  # fmt: skip


def choose_person(screen: PeopleScreen, name: str) -> None:
    index = next(i for i, load in enumerate(screen.loads) if load.person.name == name)
    screen.query_one("#people", DataTable).move_cursor(row=index)


async def test_people_show_their_load_against_contract_or_own_limits(planned_repo):
    app = app_on(planned_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        screen = app.screen
        assert isinstance(screen, PeopleScreen)
        rows = people_rows(screen)
        nurse = nurse_shift(planned_repo).nurse
        shifts = {s.id: s for s in app.ctx.shifts(Period(DEMO_MONDAY))}
        hours = sum(
            shifts[a.shift_id].hours
            for a in planned_repo.roster(Period(DEMO_MONDAY)).assignments
            if a.person_id == nurse.id
        )
        row = rows[nurse.name]
        assert row[1] == "beroepskracht"
        contract = decimal(nurse.contract.hours_per_week)
        assert row[3] == f"{decimal(hours)} van {contract} u"
        assert row[4].startswith(f"{contract} u/week · ")
        volunteers = [r for r in rows.values() if r[1] == "vrijwilliger"]
        assert volunteers
        assert all("deze week" in r[3] and "in december" in r[3] for r in volunteers)
        assert all(r[4].startswith("max ") for r in volunteers)
        assert not any("⚠" in r[3] for r in rows.values())  # nobody above their agreement


async def test_an_absence_then_replan_leaves_the_shift_unstaffed_with_its_reason(planned_repo):
    found = nurse_shift(planned_repo)
    only_this_nurse_that_day(planned_repo, found)
    nurse, day = found.nurse, found.shift.local_date.isoformat()
    before = planned_repo.absences(person_id=nurse.id)  # the demo may have some already
    app = app_on(planned_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        people = app.screen
        choose_person(people, nurse.name)
        await pilot.press("a")
        form = app.screen
        assert isinstance(form, AbsenceFormScreen)
        form.query_one("#absence-from", Input).value = day
        form.query_one("#absence-to", Input).value = day
        form.query_one("#absence-reason", Input).value = "verlof"
        await pilot.click("#absence-save")
        assert app.screen is people
        (added,) = [a for a in planned_repo.absences(person_id=nurse.id) if a not in before]
        assert (added.start.date().isoformat(), added.end - added.start) == (day, timedelta(days=1))
        assert (added.kind, added.reason) == (AbsenceKind.LEAVE, "verlof")
        assert people.query_one("#absences", DataTable).row_count == len(before) + 1

        await pilot.press("p")  # plan again, from the people screen: the week view shows it
        assert isinstance(app.screen, WeekScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        shift = app.screen.query_one(WeekGrid).view.shift(found.shift.id)
        assert shift.state is ShiftState.UNSTAFFED  # no nurse is left that day
        results = str(app.screen.query_one("#results-text", Static).render())
        label = f"{found.shift.activity.name} {short_date(found.shift.local_date)}"
        assert f"{label} {found.shift.start:%H:%M}: {shift.reason}" in results
        assert shift.reason
        assert_passes_checker(planned_repo, Period(DEMO_MONDAY))

        await pilot.press("2")
        choose_person(app.screen, nurse.name)
        table = app.screen.query_one("#absences", DataTable)
        table.move_cursor(row=app.screen.absences.index(added))
        table.focus()
        await pilot.press("x")
        assert isinstance(app.screen, ConfirmScreen)  # deleting asks first
        await pilot.click("#confirm-yes")
        assert planned_repo.absences(person_id=nurse.id) == before
        await pilot.press("p")
        await app.workers.wait_for_complete()
        await pilot.pause()
        shift = app.screen.query_one(WeekGrid).view.shift(found.shift.id)
        assert shift.state is ShiftState.STAFFED


async def test_a_wrong_date_in_the_absence_form_is_named_and_nothing_is_saved(planned_repo):
    nurse = nurse_shift(planned_repo).nurse
    before = planned_repo.absences(person_id=nurse.id)
    app = app_on(planned_repo, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        choose_person(app.screen, nurse.name)
        await pilot.press("a")
        form = app.screen
        form.query_one("#absence-from", Input).value = "2026-12-03"
        form.query_one("#absence-to", Input).value = "3 december"
        await pilot.click("#absence-save")
        assert app.screen is form
        error = str(form.query_one("#absence-error", Static).render())
        assert error.startswith("To (inclusive): '3 december' is not a date or time")
        form.query_one("#absence-to", Input).value = "2026-12-01"
        form.query_one("#absence-to", Input).focus()
        await pilot.press("enter")  # enter in a field saves too
        assert str(form.query_one("#absence-error", Static).render()) == "'To' is before 'From'"
        await pilot.press("escape")
    assert planned_repo.absences(person_id=nurse.id) == before


async def test_an_absent_person_is_marked_apart_from_unstaffed_and_removing_asks_first(
    planned_repo,
):
    found = nurse_shift(planned_repo)
    nurse, day = found.nurse, found.shift.local_date
    tz = found.shift.start.tzinfo
    start = datetime.combine(day, time(0, 0), tz)
    planned_repo.add_absence(Absence(nurse.id, start, start + timedelta(days=1), reason="cursus"))
    absences = planned_repo.absences(person_id=nurse.id)
    app = app_on(planned_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        people = app.screen
        rows = people_rows(people)
        assert rows[nurse.name][2] == "⌂ afwezig"
        assert not any("✗" in cell for row in rows.values() for cell in row)  # ✗ = unstaffed
        choose_person(people, nurse.name)
        await pilot.pause()  # the absences follow the highlighted person
        table = people.query_one("#absences", DataTable)
        table.move_cursor(
            row=next(i for i, a in enumerate(people.absences) if a.reason == "cursus")
        )
        table.focus()
        await pilot.press("x")
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen)
        assert str(dialog.query_one("#confirm-question").render()) == (
            f"Afwezigheid van {nurse.name} wissen?"
        )
        assert "cursus" in str(dialog.query_one("#confirm-details", Static).render())
        await pilot.press("escape")
        assert app.screen is people
        assert planned_repo.absences(person_id=nurse.id) == absences
