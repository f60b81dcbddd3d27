"""Planning runs in a worker: the app answers keys meanwhile, and stopping asks what it keeps."""

from __future__ import annotations

import math
import time
from datetime import UTC, datetime

from textual.widgets import Static

from planner.clock import frozen
from planner.domain import Period, RosterState
from planner.service import Service
from tests.tui.fake_service import FakeService
from tests.tui.support import DEMO_MONDAY, SIZE, app_on, assert_passes_checker, wait_for
from tui.messages import PlanProgress
from tui.screens.confirm import ConfirmScreen
from tui.widgets.plan_panel import PlanPanel


def title(app) -> str:
    return str(app.screen.query_one("#week-title", Static).render())


async def stop_and_answer(app, pilot, key: str) -> str:
    """Esc while the solver runs, then the answer to what the stop keeps ('j' the best
    roster so far; 'n' the previous draft); the question as it was asked."""
    await pilot.press("escape")
    await wait_for(lambda: isinstance(app.screen, ConfirmScreen))
    question = app.screen.question
    await pilot.press(key)
    await app.workers.wait_for_complete()
    await pilot.pause()
    return question


async def test_stopping_the_solver_asks_and_keeps_the_best_roster_so_far(demo_repo):
    app = app_on(demo_repo, time_limit_s=60)
    four_weeks = Period(DEMO_MONDAY, 4)  # one week is solved to optimal too soon to stop it
    async with app.run_test(size=SIZE) as pilot:
        week = app.screen
        app.start_planning(four_weeks)
        # The first roster (the greedy start, bound unknown) is reported before CP-SAT runs;
        # wait for the search itself. (A stop set before the search starts is lost: reported
        # to planner/solver/search.py's owner.)
        await wait_for(lambda: week.progress is not None and not math.isnan(week.progress.bound))
        assert app.solving
        panel = str(week.query_one("#plan-text").render())
        assert "doel" in panel and "grens" in panel and "tijd" in panel
        started = time.monotonic()
        question = await stop_and_answer(app, pilot, "j")
        assert question.startswith("Gestopt. Het beste rooster tot nu toe (kost ")
        await pilot.pause()
        assert time.monotonic() - started < 20  # far below the 60 s limit
        assert week.outcome.status == "cancelled"
        assert demo_repo.roster_state(four_weeks) is RosterState.DRAFT
        assert "gestopt, beste rooster tot nu toe bewaard" in str(
            week.query_one("#results-text", Static).render()
        )
        assert_passes_checker(demo_repo, four_weeks)


async def test_stopping_the_solver_can_keep_the_previous_draft(demo_repo):
    app = app_on(demo_repo, time_limit_s=60)
    four_weeks = Period(DEMO_MONDAY, 4)
    assert demo_repo.roster_state(four_weeks) is None  # never planned
    async with app.run_test(size=SIZE) as pilot:
        week = app.screen
        app.start_planning(four_weeks)
        await wait_for(lambda: week.progress is not None and not math.isnan(week.progress.bound))
        await stop_and_answer(app, pilot, "n")
        assert not app.solving
        assert demo_repo.roster_state(four_weeks) is None  # nothing saved in its place
        assert demo_repo.roster(four_weeks).assignments == ()
        said = [n.message for n in app._notifications]
        assert "gestopt: niets bewaard; het eerder bewaarde ontwerp blijft" in said


async def test_keys_are_handled_while_the_solver_runs(demo_repo):
    app = app_on(demo_repo, time_limit_s=60)
    async with app.run_test(size=SIZE) as pilot:
        week = app.screen
        await pilot.press("p")
        await wait_for(lambda: week.progress is not None)
        handled_at: list[float] = []
        next_week = week.action_next_week

        def timed_next_week() -> None:
            handled_at.append(time.monotonic())
            next_week()

        week.action_next_week = timed_next_week
        pressed_at = time.monotonic()
        await pilot.press("right_square_bracket")
        assert "Week 50" in title(app)
        # Handled well before a solver of 60 s ends; bench/tui_keypress.py measures the figure.
        assert handled_at[0] - pressed_at < 0.5
        assert app.solving
        await pilot.press("escape")
        # One week may be proven best before the stop arrives: then nothing is asked.
        await wait_for(lambda: isinstance(app.screen, ConfirmScreen) or not app.solving)
        if isinstance(app.screen, ConfirmScreen):
            await pilot.press("n")
        await app.workers.wait_for_complete()


async def test_a_second_plan_while_one_runs_is_refused(demo_repo):
    service = FakeService(demo_repo, hold_s=30)
    app = app_on(demo_repo, service=service)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await wait_for(service.started.is_set)
        await pilot.press("p")
        await pilot.pause()
        assert len(service.calls) == 1
        assert any("Er loopt al een planning" in n.message for n in app._notifications)
        await pilot.press("escape")
        await app.workers.wait_for_complete()


async def test_a_failing_plan_is_reported_and_the_app_stays_usable(demo_repo):
    app = app_on(demo_repo, service=FakeService(demo_repo, fail="no organisation loaded yet"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.screen.has_class("-solving")
        assert any("Plannen mislukt" in n.message for n in app._notifications)
        await pilot.press("right_square_bracket")
        assert "Week 50" in title(app)


def test_progress_messages_coalesce():
    from planner.service import Progress

    older = PlanProgress(Period(DEMO_MONDAY), Progress(10, 1, 0.5, 1))
    newer = PlanProgress(Period(DEMO_MONDAY), Progress(9, 1, 0.6, 2))
    assert newer.can_replace(older)


async def test_the_bar_follows_the_clock_against_the_time_limit(demo_repo):
    service = FakeService(demo_repo, hold_s=30)
    app = app_on(demo_repo, service=service, time_limit_s=4)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await wait_for(lambda: app.screen.query_one(PlanPanel).elapsed_s > 0.5)
        bar = app.screen.query_one("#plan-bar")
        assert bar.total == 4
        assert 0 < bar.progress <= 4
        await pilot.press("escape")
        await app.workers.wait_for_complete()


def test_progress_before_the_search_has_a_bound_reads_as_a_dash(english):
    from planner.service import Progress
    from tui.widgets.plan_panel import progress_text

    text = progress_text(Progress(1234.0, math.nan, 0.4, 1), 20)
    assert text == "Planning: objective 1.234  bound —  elapsed 0,4 s / 20 s  (1 solution)"


async def test_planning_a_week_that_has_passed_is_refused_in_the_app_too(demo_repo):
    a_week_on = Service(demo_repo, frozen(datetime(2026, 12, 7, 9, 0, tzinfo=UTC)))
    app = app_on(demo_repo, service=a_week_on)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = " ".join(n.message for n in app._notifications)
        assert "Plannen mislukt" in said and "al begonnen" in said and "roster correct" in said
    assert demo_repo.roster_state(Period(DEMO_MONDAY)) is None
