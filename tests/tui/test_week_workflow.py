"""Workflow 1 and 3 on the demo: look at a week, move around, plan it live, publish."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, Static

from planner.domain import Period, RosterState
from tests.tui.support import (
    DEMO_MONDAY,
    SIZE,
    app_on,
    assert_passes_checker,
    screen_text,
    wait_for,
)
from tui.screens.goto_date import GotoDateScreen
from tui.week_model import ShiftState
from tui.widgets.plan_panel import PlanPanel
from tui.widgets.week_grid import WeekGrid


def title(app) -> str:
    return str(app.screen.query_one("#week-title", Static).render())


async def test_demo_week_shows_every_activity_by_day_not_yet_planned(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Week 49: ma 30 nov – zo 6 dec 2026" in title(app)
        assert "nog niet gepland" in title(app)
        text = screen_text(app)
        assert "Nachtopvang" in text
        assert "· 20:00-08:00" in text  # a night shift, not planned: the dot says so
        grid = app.screen.query_one(WeekGrid)
        assert {s.state for s in grid.view.shifts} == {ShiftState.UNPLANNED}
        # Its results never claim that every shift has its professionals.
        results = str(app.screen.query_one("#results-text", Static).render())
        assert "Nog niet gepland: druk p om deze week te plannen." in results
        assert "elke dienst heeft zijn beroepskrachten" not in results


async def test_moving_between_weeks_and_jumping_to_a_date(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right_square_bracket")
        assert "Week 50" in title(app)
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert "Week 48" in title(app)
        await pilot.press("t")  # today is 2 December 2026
        assert "Week 49" in title(app)
        await pilot.press("g")
        assert isinstance(app.screen, GotoDateScreen)
        app.screen.query_one(Input).value = "24/12/2026"
        await pilot.press("enter")
        assert "Week 52: ma 21 dec – zo 27 dec 2026" in title(app)


async def test_a_date_that_is_no_date_is_refused_in_the_dialog(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("g")
        app.screen.query_one(Input).value = "31/02/2026"
        await pilot.press("enter")
        assert isinstance(app.screen, GotoDateScreen)
        error = str(app.screen.query_one("#goto-error", Static).render())
        assert "'31/02/2026' is geen datum" in error
        await pilot.press("escape")
        assert "Week 49" in title(app)


async def test_plan_the_week_with_progress_then_publish(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")  # the live panel is tested in test_solver_worker.py
        week = app.screen
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not week.has_class("-solving")
        assert not week.query_one(PlanPanel).display
        assert week.has_class("-show-results")  # the results panel opens after planning
        assert "ontwerp" in title(app)
        results = str(week.query_one("#results-text", Static).render())
        assert "Gepland:" in results
        assert "Onbemande diensten" in results
        assert "Nog nooit gepubliceerd" in results
        grid = week.query_one(WeekGrid)
        assert ShiftState.UNPLANNED not in {s.state for s in grid.view.shifts}
        assert_passes_checker(demo_repo, Period(DEMO_MONDAY))

        await pilot.press("P")
        await pilot.pause()
        assert demo_repo.roster_state(Period(DEMO_MONDAY)) is RosterState.PUBLISHED
        assert "gepubliceerd op" in title(app)
        assert "Geen wijzigingen." in str(week.query_one("#results-text", Static).render())


async def test_publishing_a_week_never_planned_is_refused_with_a_reason(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("P")
        await pilot.pause()
        assert demo_repo.roster_state(Period(DEMO_MONDAY)) is None
        assert any("Niets te publiceren" in n.message for n in app._notifications)


async def test_english_labels_on_request(demo_repo):
    app = app_on(demo_repo, lang="en", week=date(2026, 12, 9))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Week 50: Mon 7 Dec – Sun 13 Dec 2026" in title(app)
        assert "not planned yet" in title(app)
        await wait_for(lambda: "p Plan" in screen_text(app))  # the footer, drawn late when busy
