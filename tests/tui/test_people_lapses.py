"""The people screen marks a qualification that lapses within 30 days (of the app's clock),
so the coordinator can ask for the renewal in time; one further off is not marked."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from planner.service import Service
from tests.tui.support import SIZE, app_on, nurse_shift
from tui.screens.people import PeopleScreen

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


async def test_a_qualification_lapsing_within_30_days_is_marked_with_its_date(planned_repo):
    nurse = nurse_shift(planned_repo).nurse
    org = planned_repo.load_organisation()
    far = next(p for p in org.people if p.is_professional and p.id != nurse.id)
    people = tuple(
        replace(p, lapses=(("nurse", date(2026, 12, 15)),))
        if p.id == nurse.id
        else replace(p, lapses=(("first_aid", date(2027, 3, 31)),))
        if p.id == far.id
        else p
        for p in org.people
    )
    planned_repo.save_organisation(replace(org, people=people))
    app = app_on(planned_repo, service=Service(planned_repo, clock=lambda: NOW))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        screen = app.screen
        assert isinstance(screen, PeopleScreen)
        names = [
            str(screen.query_one("#people").get_row_at(i)[0]) for i in range(len(screen.loads))
        ]

    assert f"{nurse.name} ⏳ verpleegkundige vervalt di 15 dec" in names
    assert far.name in names  # March is more than 30 days away: no mark
