"""A week-grid cell never cuts a name in half: whole names, then how many more."""

from __future__ import annotations

from rich.cells import cell_len

from tests.tui.support import SIZE, app_on
from tui.widgets.week_grid import DAY_WIDTH, WeekGrid, fit_names, shift_lines


def test_names_that_fit_are_all_shown():
    assert fit_names(["Els V.", "Tom P."], 19, prefix="+ ") == "+ Els V., Tom P."


def test_names_that_do_not_fit_end_in_a_count_at_a_whole_name():
    names = ["Greet C.", "Greet D.", "Jan De S.", "Mia C."]
    assert fit_names(names, 19, prefix="+ ") == "+ Greet C. +3"


def test_when_no_name_fits_only_the_count_is_shown():
    assert fit_names(["Annemarie Van den B."], 10, prefix="+ ") == "+ 1"


def test_nobody_is_an_empty_text():
    assert fit_names([], 19) == ""


async def test_every_line_of_the_planned_demo_fits_its_day_column(planned_repo):
    app = app_on(planned_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        grid = app.screen.query_one(WeekGrid)
        people = {p.short_name for p in planned_repo.load_organisation().people}
        for view in grid.view.shifts:
            for line in shift_lines(view)[1:]:
                text = line.plain.removeprefix("+ ")
                assert cell_len(line.plain) <= DAY_WIDTH, line.plain
                shown = text.rsplit(" +", 1)[0] if " +" in text else text
                if shown in ("—", "") or shown.startswith("+") or shown.isdigit():
                    continue
                for name in shown.split(", "):
                    assert name.rstrip("*") in people, (view.shift.id, line.plain)
