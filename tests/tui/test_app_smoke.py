"""Drives the app on a tiny organisation with a stand-in service (fast, deterministic)."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import DataTable, Static

from tests.tui.builders import MONDAY, repo_with, small_org
from tests.tui.fake_service import FakeService
from tui.app import make_app
from tui.screens.shift import ShiftScreen
from tui.widgets.week_grid import WeekGrid

SIZE = (180, 50)


def _app(service, **kw):
    kw.setdefault("lang", "en")
    return make_app(service, week=MONDAY, today=MONDAY, time_limit_s=2, **kw)


def _title(app) -> str:
    return str(app.screen.query_one("#week-title", Static).render())


async def test_week_view_opens_on_the_given_week_and_moves(tmp_path):
    app = _app(FakeService(repo_with(small_org(), tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        assert "Week 49: Mon 30 Nov – Sun 6 Dec 2026" in _title(app)
        await pilot.press("right_square_bracket")
        assert "Week 50" in _title(app)
        await pilot.press("t")
        assert "Week 49" in _title(app)


async def test_plan_then_open_a_shift_and_assign(tmp_path):
    service = FakeService(repo_with(small_org(), tmp_path))
    app = _app(service)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert service.calls
        grid = app.screen.query_one(WeekGrid)
        assert grid.view.shifts[0].professionals[0].id == "els"
        await pilot.press("enter")
        assert isinstance(app.screen, ShiftScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one("#candidates", DataTable)
        assert table.row_count >= 1


async def test_the_mouse_opens_a_shift_with_a_second_click(tmp_path):
    app = _app(FakeService(repo_with(small_org(), tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        grid = app.screen.query_one(WeekGrid)
        grid.move_cursor(row=0, column=0)
        wednesday = (24 + 21 * 2 + 1, 1)  # past the activity column and two days, first row
        await pilot.click(WeekGrid, offset=wednesday)
        assert grid.shift_at_cursor().shift.id == f"inloop@{MONDAY + timedelta(days=2)}T09:00"
        await pilot.click(WeekGrid, offset=wednesday)
        assert isinstance(app.screen, ShiftScreen)
        assert app.screen.shift.local_date == MONDAY + timedelta(days=2)
