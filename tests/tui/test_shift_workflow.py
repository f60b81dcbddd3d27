"""Workflow 2 on the planned demo: a shift's people, its candidates and why not, manual edits."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from planner.domain import Period
from planner.i18n.format import day_year
from planner.service import Service
from tests.tui.support import (
    DEMO_MONDAY,
    SIZE,
    app_on,
    assert_passes_checker,
    nurse_shift,
)
from tui.screens.shift import ShiftScreen
from tui.week_model import ShiftState
from tui.widgets.week_grid import WeekGrid


async def open_shift(app, pilot, shift_id: str) -> ShiftScreen:
    grid = app.screen.query_one(WeekGrid)
    grid.move_to_shift(shift_id)
    await pilot.press("enter")
    assert isinstance(app.screen, ShiftScreen)
    await app.workers.wait_for_complete()  # the candidates are weighed in a worker
    await pilot.pause()
    return app.screen


def rows(table: DataTable) -> list[list[str]]:
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


def choose_candidate(screen: ShiftScreen, name: str) -> None:
    index = next(i for i, c in enumerate(screen.candidates) if c.person.name == name)
    screen.query_one("#candidates", DataTable).move_cursor(row=index)


def message(screen) -> str:
    return str(screen.query_one("#message", Static).render())


async def test_the_shift_shows_who_is_on_it_and_why_others_cannot_be(planned_repo):
    found = nurse_shift(planned_repo)
    shift = found.shift
    app = app_on(planned_repo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_shift(app, pilot, shift.id)
        day = day_year(shift.local_date)
        assert f"{shift.activity.name} · {day} {shift.start:%H:%M}-" in str(
            screen.query_one("#shift-title", Static).render()
        )
        needs = str(screen.query_one("#shift-needs").render())
        assert needs.startswith("Nodig: 1 beroepskracht (verpleegkundige)")
        assigned = rows(screen.query_one("#assigned", DataTable))
        assert [r[0] for r in assigned] == [found.nurse.name]
        by_name = {c.person.name: c for c in screen.candidates}
        other = by_name[found.no_nurse.name]
        assert not other.allowed
        assert "niet gekwalificeerd: verpleegkundige" in screen.why_not(other)
        volunteers = [c for c in screen.candidates if c.person.is_volunteer]
        assert volunteers and not any(c.allowed for c in volunteers)
        assert all(screen.why_not(c) for c in volunteers)  # each says why not
        table = rows(screen.query_one("#candidates", DataTable))
        line = next(r for r in table if r[1] == found.no_nurse.name)
        assert line[0] == "✗" and "niet gekwalificeerd: verpleegkundige" in line[3]


async def test_a_manual_change_that_breaks_a_hard_rule_is_refused(planned_repo):
    found = nurse_shift(planned_repo)
    app = app_on(planned_repo)
    before = planned_repo.roster(Period(DEMO_MONDAY))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_shift(app, pilot, found.shift.id)
        choose_candidate(screen, found.no_nurse.name)
        await pilot.press("a")
        assert message(screen).startswith("Geweigerd:")
        assert "niet gekwalificeerd: verpleegkundige" in message(screen)
        assert screen.query_one("#message").has_class("-error")
    assert planned_repo.roster(Period(DEMO_MONDAY)) == before


async def test_unassign_leaves_the_shift_unstaffed_then_assign_and_pin_fix_it(planned_repo):
    found = nurse_shift(planned_repo)
    shift_id, nurse = found.shift.id, found.nurse
    app = app_on(planned_repo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_shift(app, pilot, shift_id)
        screen.query_one("#assigned", DataTable).focus()
        await pilot.press("x")
        assert f"{nurse.name} is weggehaald" in message(screen)
        assert screen.view.state is ShiftState.UNSTAFFED
        assert "✗ onbemand" in str(screen.query_one("#shift-state").render())

        await pilot.press("escape")
        grid = app.screen.query_one(WeekGrid)
        assert grid.view.shift(shift_id).state is ShiftState.UNSTAFFED

        screen = await open_shift(app, pilot, shift_id)
        choose_candidate(screen, nurse.name)
        await pilot.press("a")
        assert f"{nurse.name} staat nu op" in message(screen)
        screen.query_one("#assigned", DataTable).focus()
        await pilot.press("v")
        assert "vastgezet" in message(screen)
        assert rows(screen.query_one("#assigned", DataTable))[0][2] == "vast"

        await pilot.press("escape")
        shift = app.screen.query_one(WeekGrid).view.shift(shift_id)
        assert shift.state is ShiftState.STAFFED
        assert shift.pinned == {nurse.id}
    assert_passes_checker(planned_repo, Period(DEMO_MONDAY))


async def test_an_edit_of_a_published_week_says_at_once_which_published_shift_it_breaks(
    planned_repo,
):
    found = nurse_shift(planned_repo)
    Service(planned_repo).publish_period(Period(DEMO_MONDAY))
    app = app_on(planned_repo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_shift(app, pilot, found.shift.id)
        screen.query_one("#assigned", DataTable).focus()
        await pilot.press("x")
        said = message(screen)
        assert f"{found.nurse.name} is weggehaald" in said
        label = app.ctx.words.shift(found.shift.id)
        assert f"! 1 gepubliceerde dienst klopt niet meer: {label} (" in said
        assert screen.query_one("#message").has_class("-error")

        await pilot.press("escape")
        grid = app.screen.query_one(WeekGrid)
        assert [v.shift.id for v in grid.view.broken] == [found.shift.id]  # the cell's '!'
    # The published roster itself is untouched until the draft is published.
    published = planned_repo.roster(Period(DEMO_MONDAY), published=True)
    assert any(a.shift_id == found.shift.id for a in published.assignments)


async def test_who_can_cover_ranks_by_cost_with_the_why_not_of_the_others(planned_repo):
    from tui.screens.cover import CoverScreen

    found = nurse_shift(planned_repo)
    expected = Service(planned_repo).who_can_cover(found.shift.id, found.nurse.id)
    app = app_on(planned_repo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_shift(app, pilot, found.shift.id)
        screen.query_one("#assigned", DataTable).focus()
        await pilot.press("w")
        assert isinstance(app.screen, CoverScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = rows(app.screen.query_one("#cover-table", DataTable))
    assert [r[1] for r in table] == [c.person.name for c in expected]
    allowed = [c for c in expected if c.allowed]
    assert allowed and all("nurse" in c.person.qualifications for c in allowed)
    costs = [c.cost for c in allowed]
    assert None not in costs and costs == sorted(costs)  # cheapest first
    line = next(r for r in table if r[1] == found.no_nurse.name)
    assert line[0] == "✗" and "niet gekwalificeerd: verpleegkundige" in line[2]
    assert table[0][0] == "✓" and table[0][2].startswith(("+", "±", "-"))
