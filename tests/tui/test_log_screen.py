"""The log of changes as a coordinator reads it: in the app's language, moved through as a
list, left with the number keys."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from planner.domain import Absence, AbsenceKind
from planner.service import Service
from tests.tui.support import DEMO_MONDAY, SIZE, app_on, screen_text
from tui.screens.log import LogScreen
from tui.screens.people import PeopleScreen
from tui.screens.shift import ShiftScreen
from tui.screens.week import WeekScreen
from tui.widgets.row_table import RowTable

RAW_ACTIONS = {"load", "plan", "edit", "publish", "absence.add", "absence.remove"}


def column(table: RowTable, index: int) -> list[str]:
    return [str(table.get_row_at(row)[index]) for row in range(table.row_count)]


async def test_the_log_says_which_change_in_the_apps_language(demo_repo):
    person = demo_repo.load_organisation().people[0]
    start = datetime.combine(DEMO_MONDAY, datetime.min.time(), ZoneInfo("Europe/Brussels"))
    Service(demo_repo).add_absence(
        Absence(person.id, start, start + timedelta(days=1), AbsenceKind.SICKNESS)
    )
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await pilot.pause()
        table = app.screen.query_one(RowTable)
        headers = [str(c.label) for c in table.columns.values()]
        assert headers == ["Wanneer", "Wie", "Wijziging", "Wat"]
        changes = set(column(table, 2))
        assert {"inladen", "afwezigheid erbij"} <= changes, changes
        assert not changes & RAW_ACTIONS
        assert not any(what.startswith(tuple(RAW_ACTIONS)) for what in column(table, 3))


async def test_end_goes_to_the_last_row_of_the_log_and_home_to_the_first(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await pilot.pause()
        table = app.screen.query_one(RowTable)
        assert table.row_count > 40  # more than a screen
        await pilot.press("end")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("home")
        assert table.cursor_row == 0


async def test_a_number_key_leaves_a_screen_opened_on_top_of_its_own(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "l")
        await pilot.pause()
        assert isinstance(app.screen, LogScreen)
        await pilot.press("2")  # from a person's log: the people
        await pilot.pause()
        assert isinstance(app.screen, PeopleScreen)
        await pilot.press("1", "enter")  # a shift, opened from the week
        await pilot.pause()
        assert isinstance(app.screen, ShiftScreen)
        await pilot.press("2", "1")  # away and back: the week, not the shift left open
        await pilot.pause()
        assert isinstance(app.screen, WeekScreen)


async def test_at_80_columns_the_highlighted_entry_reads_in_full_under_the_log(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        table = app.screen.query_one(RowTable)
        # The first entry longer than the room the table leaves it (the demo's load).
        long_one = next(r for r in range(table.row_count) if len(str(table.get_row_at(r)[3])) > 50)
        await pilot.press(*["down"] * long_one)
        await pilot.pause()
        what = str(table.get_row_at(table.cursor_row)[3])
        assert len(what) > 50  # longer than the room the table leaves it
        assert " ".join(what.split()) in " ".join(screen_text(app).split())
