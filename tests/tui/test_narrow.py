"""At 120 and 80 columns names are shortened on purpose (an abbreviation with a full stop, or
an ellipsis after a whole word), never cut mid-word by a cell; the people screen keeps its
absences in sight; the managers' charts draw one line per bar."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from tests.tui.support import app_on, screen_text
from tui.shorten import abbreviate, name_lines, one_line
from tui.widgets.bar_chart import BarChart
from tui.widgets.figures import Figures
from tui.widgets.week_grid import WeekGrid

NAMES = (
    "Inloopcentrum De Fontein (voormiddag)",
    "Mobiel jeugdwelzijnswerk",
    "Huiswerkbegeleiding",
    "Buurtwerk Sluizeken-Tolhuis",
    "Spreekuur sociale dienst",
)


def honest(shown: str, name: str) -> bool:
    """Every word shown is one of the name's (or a half of a hyphenated one), or the start of
    one ending in '.', or '…': nothing cut without a mark."""
    words = name.replace("-", "- ").split()
    whole = set(words) | {w.strip("()") for w in words}
    for word in shown.replace("-", "- ").split():
        bare = word.strip("()")
        if word in whole or bare in whole or word == "…":
            continue
        if bare.endswith(".") and any(w.strip("()").startswith(bare[:-1]) for w in words):
            continue
        return False
    return True


@pytest.mark.parametrize("width", [8, 12, 16, 20])
@pytest.mark.parametrize("name", NAMES)
def test_a_name_on_lines_is_shortened_on_purpose(name, width):
    lines = name_lines(name, width, most=3)
    assert 1 <= len(lines) <= 3
    assert all(cell_len(line) <= width for line in lines), lines
    assert honest(" ".join(lines), name), lines


@pytest.mark.parametrize("width", [10, 16, 24, 30])
@pytest.mark.parametrize("name", NAMES)
def test_a_name_on_one_line_is_shortened_on_purpose(name, width):
    shown = one_line(name, width)
    assert cell_len(shown) <= width and honest(shown, name), shown


def test_what_fits_is_left_alone_and_brackets_are_kept():
    assert one_line("Taalcafé", 20) == "Taalcafé"
    assert abbreviate("(voormiddag)", 8) == "(voorm.)"
    assert abbreviate("Huiswerkbegeleiding", 12) == "Huiswerkbeg."


@pytest.mark.parametrize("columns", [120, 80])
async def test_the_week_shows_every_activity_name_shortened_on_purpose(demo_repo, columns):
    app = app_on(demo_repo)
    names = {a.id: a.name for a in demo_repo.load_organisation().activities}
    async with app.run_test(size=(columns, 40)) as pilot:
        await pilot.pause()
        grid = app.screen.query_one(WeekGrid)
        width = grid.widths[0]
        for row in grid.ordered_rows:
            lines = grid.get_row(row.key)[0].plain.split("\n")
            assert row.height >= len(lines)  # every line of the name shows
            assert all(cell_len(line) <= width for line in lines), lines
            assert honest(" ".join(lines), names[row.key.value]), lines


async def test_the_people_screen_shows_absences_at_80_columns(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        header = next(line for line in screen_text(app).splitlines() if "Naam" in line)
        assert "Afwezigheden" in header


@pytest.mark.parametrize("columns", [200, 120, 80])
async def test_the_managers_charts_draw_one_line_per_bar(demo_repo, columns):
    app = app_on(demo_repo)
    async with app.run_test(size=(columns, 60)) as pilot:
        await pilot.press("3")
        await app.workers.wait_for_complete()
        await pilot.pause()
        for chart in app.screen.query(BarChart):
            lines = chart.render().plain.rstrip("\n").split("\n")
            assert len(lines) == len(chart.bars) + 1  # the title, then one per bar
            assert all(cell_len(line) <= chart.content_size.width for line in lines[1:])
            assert chart.content_size.height == len(lines)


@pytest.mark.parametrize("columns", [120, 80])
async def test_the_managers_figures_break_between_figures_never_inside_one(demo_repo, columns):
    app = app_on(demo_repo)
    async with app.run_test(size=(columns, 40)) as pilot:
        await pilot.press("3")
        await app.workers.wait_for_complete()
        await pilot.pause()
        figures = app.screen.query_one(Figures)
        lines = figures.render().plain.split("\n")
        assert all(cell_len(line) <= figures.content_size.width for line in lines), lines
        for label in ("vrijwilligersuren per uur beroepskracht", "continuïteit", "diensten"):
            assert any(label in line for line in lines), (label, lines)


async def test_a_shifts_title_wraps_at_80_columns_and_keeps_its_site(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        shift = app.screen.query_one(WeekGrid).shift_at_cursor().shift
        assert len(shift.activity.site) > 20  # a site that a one-line title would cut
        await pilot.press("enter")
        await pilot.pause()
        assert " ".join(shift.activity.site.split()) in " ".join(screen_text(app).split())


async def test_at_80_columns_the_title_bar_keeps_the_coordinator_and_the_screen(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        title_bar = screen_text(app).splitlines()[0]
        assert "sara" in title_bar and "Mensen" in title_bar, title_bar


async def test_at_80_columns_the_legend_wraps_between_its_items(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        shown = " ".join(screen_text(app).split())
        assert "◷ begonnen" in shown and "(* = vast)" in shown
