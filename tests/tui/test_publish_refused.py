"""P never publishes a week whose draft breaks a hard rule: the app says which shifts and why,
as `roster publish` does, publishes nothing, and offers the re-plan of the week on one key;
the week's banner says so before P is pressed."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from textual.widgets import Button, Static

from planner.domain import Absence, AbsenceKind, Period, RosterState
from planner.service import Service
from tests.tui.support import (
    DEMO_MONDAY,
    SIZE,
    app_on,
    assert_passes_checker,
    nurse_shift,
    wait_for,
)
from tui.screens.confirm import ConfirmScreen
from tui.screens.week import WeekScreen


async def test_a_broken_draft_is_refused_and_its_repair_is_one_key(planned_repo):
    period = Period(DEMO_MONDAY)
    found = nurse_shift(planned_repo)
    day = datetime.combine(found.shift.local_date, time(0, 0), found.shift.start.tzinfo)
    sick = Absence(found.nurse.id, day, day + timedelta(days=1), AbsenceKind.SICKNESS)
    planned_repo.add_absence(sick)  # after the plan: the draft now breaks a hard rule
    app = app_on(planned_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        week = app.screen
        assert isinstance(week, WeekScreen)
        banner = str(week.query_one("#broken", Static).render())
        assert "van het ontwerp" in banner and "harde regel" in banner
        assert found.nurse.name in banner

        await pilot.press("P")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen)
        question = str(dialog.query_one("#confirm-question").render())
        assert question.startswith("Niets gepubliceerd: ")
        details = str(dialog.query_one("#confirm-details", Static).render())
        assert f"{found.nurse.name} is ziek tijdens {found.shift.activity.name}" in details
        assert planned_repo.published_at(period) is None  # nothing published
        assert str(dialog.query_one("#confirm-yes", Button).label) == "Plan die weken opnieuw"

        await pilot.press("j")  # the repair: the week is planned again
        await wait_for(lambda: week.outcome is not None and not app.solving)
        assert not Service(planned_repo).draft_holding(period).broken
        await pilot.press("P")
        await pilot.pause()
        if isinstance(app.screen, ConfirmScreen):  # the nurse's shift may be left unstaffed
            await pilot.click("#confirm-yes")
            await pilot.pause()
        assert planned_repo.roster_state(period) is RosterState.PUBLISHED
        assert_passes_checker(planned_repo, period)
