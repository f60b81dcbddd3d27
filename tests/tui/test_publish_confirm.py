"""Publishing from the week view: one key for a fully staffed week, a question when shifts
are unstaffed, and afterwards the screen says it is published (once) and stops asking for P."""

from __future__ import annotations

from textual.widgets import Button, Static

from planner.domain import Period, RosterState
from planner.i18n.format import short_date
from planner.service import Service
from tests.tui.support import DEMO_MONDAY, SIZE, app_on, nurse_shift
from tui.screens.confirm import ConfirmScreen
from tui.screens.week import WeekScreen


def title(app) -> str:
    return str(app.screen.query_one("#week-title", Static).render())


def results(app) -> str:
    return str(app.screen.query_one("#results-text", Static).render())


async def test_a_fully_staffed_week_is_published_with_one_key_and_then_says_so_once(planned_repo):
    period = Period(DEMO_MONDAY)
    assert not planned_repo.roster(period).unstaffed
    app = app_on(planned_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Druk P om te publiceren." in results(app)
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, WeekScreen)  # no question asked
        assert planned_repo.roster_state(period) is RosterState.PUBLISHED
        assert title(app).count("gepubliceerd") == 1
        assert "gepubliceerd op " in title(app)
        assert "Druk P om te publiceren." not in results(app)
        assert "Gepubliceerd." in results(app)

        found = nurse_shift(planned_repo)
        Service(planned_repo).unassign(found.shift.id, found.nurse.id)  # a change after publishing
        await pilot.press("right_square_bracket", "left_square_bracket")
        assert "ontwerp · laatst gepubliceerd op " in title(app)
        assert "Druk P om te publiceren." in results(app)


async def test_unstaffed_shifts_are_named_and_publishing_waits_for_a_yes(planned_repo):
    period = Period(DEMO_MONDAY)
    found = nurse_shift(planned_repo)
    Service(planned_repo).unassign(found.shift.id, found.nurse.id)
    assert list(planned_repo.roster(period).unstaffed) == [found.shift.id]
    app = app_on(planned_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("P")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen)
        question = str(dialog.query_one("#confirm-question").render())
        assert question == "1 dienst onbemand — toch publiceren?"
        label = f"{found.shift.activity.name} {short_date(found.shift.local_date)}"
        assert label in str(dialog.query_one("#confirm-details", Static).render())
        await pilot.press("enter")  # the focus is on cancel: enter alone publishes nothing
        await pilot.pause()
        assert isinstance(app.screen, WeekScreen)
        assert planned_repo.roster_state(period) is RosterState.DRAFT

        await pilot.press("P")
        await pilot.pause()
        assert str(app.screen.query_one("#confirm-yes", Button).label) == "Toch publiceren"
        await pilot.click("#confirm-yes")
        await pilot.pause()
        assert isinstance(app.screen, WeekScreen)
        assert planned_repo.roster_state(period) is RosterState.PUBLISHED


async def test_the_question_in_english_counts_the_shifts(planned_repo):
    period = Period(DEMO_MONDAY)
    found = nurse_shift(planned_repo)
    Service(planned_repo).unassign(found.shift.id, found.nurse.id)
    app = app_on(planned_repo, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("P")
        await pilot.pause()
        question = str(app.screen.query_one("#confirm-question").render())
        assert question == "1 shift unstaffed — publish anyway?"
        await pilot.press("escape")
        await pilot.pause()
    assert planned_repo.roster_state(period) is RosterState.DRAFT
