"""The managers' screen in the real app: the same figures as the report, with its charts."""

from __future__ import annotations

from datetime import date

from textual.widgets import DataTable, Static

from planner.domain import Period
from planner.io.report_columns import percent
from tests.calendars.world import publish, repository, shift_at, utc
from tests.tui.fake_service import FakeService
from tui.app import make_app
from tui.screens.managers import ManagersScreen, text_bar

MONDAY = date(2026, 11, 30)
SIZE = (180, 60)


def _text(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_managers_screen_shows_cover_exceptions_and_bars(tmp_path):
    repo = repository(tmp_path)
    week = Period(MONDAY, 1)
    monday = shift_at(repo, "inloop", MONDAY, week)
    publish(repo, week, [(monday, "els"), (monday, "jan")], utc(2026, 11, 20, 10, 0))
    app = make_app(repo, week=MONDAY, today=MONDAY, lang="en", service=FakeService())

    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        assert isinstance(app.screen, ManagersScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()

        report = app.screen.report
        assert report is not None and report.window == Period(MONDAY, 4)
        assert "Staffing ratios — 4 week(s) from" in _text(app, "#managers-title")
        # One inloop shift of 20 is staffed in the published week; the rest is listed.
        assert f"{percent(report.total.cover)} professional cover" in _text(app, "#kpis")
        assert "Shifts without their professionals" in _text(app, "#exceptions")
        cover_chart = _text(app, "#chart-cover")
        assert "Inloop" in cover_chart and "Nachtopvang" in cover_chart
        table = app.screen.query_one("#ratios", DataTable)
        assert table.row_count == 3  # two activities and the total
        assert "Professional cover" in [str(c.label) for c in table.columns.values()]

        await pilot.press("w")  # 4 -> 13 weeks
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.report.window == Period(MONDAY, 13)


async def test_fully_covered_week_reads_100_percent(tmp_path):
    repo = repository(tmp_path)
    week = Period(MONDAY, 1)
    from planner.shifts import generate_shifts

    shifts = generate_shifts(repo.load_organisation(), week)
    places = [(s.id, "els" if s.activity_id == "inloop" else "piet") for s in shifts]
    publish(repo, week, places, utc(2026, 11, 20, 10, 0))
    app = make_app(repo, week=MONDAY, today=MONDAY, lang="nl", service=FakeService())

    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("w", "w")  # 4 -> 13 -> 1 week
        await app.workers.wait_for_complete()
        await pilot.pause()

        assert app.screen.report.window == week
        assert "100 % dekking door beroepskrachten" in _text(app, "#kpis")
        assert "Elke open dienst" in _text(app, "#exceptions")


def test_text_bar_is_proportional_and_never_longer_than_its_width():
    assert text_bar(1.0, 1.0, width=10) == "█" * 10
    assert text_bar(0.5, 1.0, width=10) == "█" * 5
    assert text_bar(2.0, 1.0, width=10) == "█" * 10
    assert text_bar(0.0, 1.0, width=10) == ""
