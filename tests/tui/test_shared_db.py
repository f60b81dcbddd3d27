"""The app on a database another coordinator works on too: their name in the title, a dialog
that reloads when another changed what is on screen, and the log of changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from textual.widgets import DataTable, Static

from planner.domain import Absence, Period, RosterState
from planner.service import Service
from planner.storage.repository import Repository
from tests.builders import at
from tests.tui.support import DEMO_MONDAY, SIZE, app_on, nurse_shift, wait_for
from tui.screens.changed import ChangedScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.log import LogScreen
from tui.screens.shift import ShiftScreen
from tui.screens.week import WeekScreen


async def test_the_title_names_the_coordinator(planned_repo):
    app = app_on(planned_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.title.endswith(" · sara")


async def test_publishing_a_week_another_changed_meanwhile_asks_to_reload(planned_repo):
    period = Period(DEMO_MONDAY)
    app = app_on(planned_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        found = nurse_shift(planned_repo)
        tom = Service(Repository(planned_repo.engine, actor="tom"))
        tom.unassign(found.shift.id, found.nurse.id)  # while Sara looks at the week
        await pilot.press("P")
        await pilot.pause()

        dialog = app.screen
        assert isinstance(dialog, ChangedScreen)
        text = str(dialog.query_one("#changed-text", Static).render())
        assert text.startswith("week 49 is gewijzigd door tom op ")
        assert text.endswith(
            "(wijzigde een dienst met de hand); er is niets bewaard: herlaad en probeer opnieuw"
        )
        assert planned_repo.roster_state(period) is RosterState.DRAFT
        assert planned_repo.published_at(period) is None

        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, WeekScreen)
        assert found.shift.id in {s.shift.id for s in app.screen.view.shifts if s.reason}
        await pilot.press("P")  # now she has seen Tom's change: publishing goes ahead
        await pilot.pause()
        await pilot.click("#confirm-yes")
        await pilot.pause()
        assert planned_repo.published_by(period)[1] == "sara"


async def test_an_edit_of_a_shift_another_changed_meanwhile_asks_to_reload(planned_repo):
    found = nurse_shift(planned_repo)
    app = app_on(planned_repo, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(ShiftScreen(app.ctx, found.shift))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        tom = Service(Repository(planned_repo.engine, actor="tom"))
        tom.unassign(found.shift.id, found.nurse.id)
        await pilot.press("tab")  # to the people on the shift
        await pilot.press("x")
        await pilot.pause()

        assert isinstance(app.screen, ChangedScreen)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ShiftScreen)
        assert app.screen.query_one("#assigned", DataTable).row_count == 0


async def test_the_log_shows_who_changed_what(planned_repo):
    found = nurse_shift(planned_repo)
    Service(Repository(planned_repo.engine, actor="tom")).unassign(found.shift.id, found.nurse.id)
    app = app_on(planned_repo, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await pilot.pause()

        assert isinstance(app.screen, LogScreen)
        table = app.screen.query_one(DataTable)
        newest = [str(cell) for cell in table.get_row_at(0)]
        assert newest[1] == "tom"
        assert newest[2] == "edit by hand"  # which change, in its own column
        assert newest[3].startswith(f"draft {found.shift.activity.name} ")
        assert f"- {found.nurse.name}" in newest[3]


async def test_a_week_with_shifts_of_someone_who_left_shows_them_by_name(planned_repo):
    found = nurse_shift(planned_repo)
    org = planned_repo.load_organisation()
    gone = replace(org, people=tuple(p for p in org.people if p.id != found.nurse.id))
    planned_repo.save_organisation(gone, now=datetime(2027, 1, 1, tzinfo=UTC))  # all past
    app = app_on(planned_repo, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WeekScreen)
        view = app.screen.view
        on_it = view.shift(found.shift.id)
        assert found.nurse.name in {p.name for p in on_it.professionals}


async def test_a_plan_whose_week_another_changed_meanwhile_is_not_saved_and_says_so(demo_repo):
    app = app_on(demo_repo, lang="en", time_limit_s=60)
    week = Period(DEMO_MONDAY)
    async with app.run_test(size=SIZE) as pilot:
        app.start_planning(Period(DEMO_MONDAY, 4))
        await wait_for(lambda: app.screen.progress is not None)
        els = demo_repo.load_organisation().people[0]
        tom = Service(Repository(demo_repo.engine, actor="tom"))
        tom.add_absence(Absence(els.id, at(DEMO_MONDAY, "00:00"), at(DEMO_MONDAY, "23:59")))
        await pilot.press("escape")  # stop, and keep the best roster so far: saved now
        await wait_for(lambda: isinstance(app.screen, ConfirmScreen) or not app.solving)
        if isinstance(app.screen, ConfirmScreen):
            await pilot.press("j")
        await app.workers.wait_for_complete()
        await pilot.pause()

        assert isinstance(app.screen, ChangedScreen)
        text = str(app.screen.query_one("#changed-text", Static).render())
        assert text.startswith(f"week {DEMO_MONDAY.isocalendar().week} was changed by tom at ")
        assert demo_repo.roster_state(week) is None  # nothing saved
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, WeekScreen)
        assert not app.solving
