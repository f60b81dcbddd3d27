"""The week fits the terminal: every day from Monday to Sunday at 80, 100, 120 and 160
columns, the activity column stays when the grid scrolls, and the footer keeps plan and
publish."""

from __future__ import annotations

import pytest
from textual.widgets import Footer

from tests.tui.support import app_on, screen_text
from tui.widgets.week_grid import WeekGrid


@pytest.mark.parametrize("columns", [80, 100, 120, 160])
async def test_every_day_of_the_week_and_plan_and_publish_show(demo_repo, columns):
    app = app_on(demo_repo)
    async with app.run_test(size=(columns, 40)) as pilot:
        await pilot.pause()
        await pilot.pause(0.2)
        lines = screen_text(app).splitlines()
        header = next(line for line in lines if line.startswith(" Werking"))
        for day in ("ma 30", "di 1", "wo 2", "do 3", "vr 4", "za 5", "zo 6"):
            assert day in header, (columns, header)
        footer = next(line for line in reversed(lines) if line.strip())
        assert "p Plannen" in footer and "P Publiceren" in footer, footer
        assert app.screen.query_one(Footer)
        night = next(line for line in lines if "Nachtopvang" in line)
        assert night.count("· 20:00") == 7  # the night shelter, every night, Sunday too


async def test_the_activity_column_stays_when_the_days_scroll(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=(60, 40)) as pilot:
        await pilot.pause()
        grid = app.screen.query_one(WeekGrid)
        grid.scroll_to(x=grid.max_scroll_x, animate=False)
        await pilot.pause()
        assert "Nachtopvang" in screen_text(app)
