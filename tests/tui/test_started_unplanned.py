"""A week planned on Monday afternoon: Monday morning's shift had started before it was
planned, so nothing was planned on it. The app says so (history, `roster correct` records who
worked) instead of calling it unstaffed, and publishing asks only about the shifts to come."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import Static

from planner.clock import frozen
from planner.domain import Period, RosterState
from planner.service import Service
from tests.builders import absence, at
from tests.tui.builders import MONDAY, repo_with, small_org
from tests.tui.support import SIZE, app_on, wait_for
from tests.tui.test_shift_workflow import open_shift
from tui.screens.confirm import ConfirmScreen
from tui.screens.week import WeekScreen
from tui.week_model import ShiftState, build_week
from tui.widgets.week_grid import WeekGrid, shift_lines

WEEK = Period(MONDAY)
MONDAY_AFTERNOON = at(MONDAY, "14:00")  # Monday's 09:00 has started, Wednesday's has not


def planned_on_monday_afternoon(tmp_path, *, wednesday_off=False) -> tuple[Service, str, str]:
    """The tiny organisation (Inloop Monday and Wednesday 09:00) planned at Monday 14:00;
    returns the service on that clock and the ids of Monday's and Wednesday's shift.
    `wednesday_off`: both social workers on leave on Wednesday, so the plan leaves it
    unstaffed."""
    repo = repo_with(small_org(), tmp_path)
    if wednesday_off:
        wednesday = MONDAY + timedelta(days=2)
        for pid in ("els", "tom"):
            repo.add_absence(absence(pid, at(wednesday, "00:00"), at(wednesday, "23:00")))
    service = Service(repo, frozen(MONDAY_AFTERNOON))
    service.plan_period(WEEK, time_limit=5.0)
    monday, wednesday = sorted(s.id for s in service.shifts(WEEK))
    checked = service.check_period(WEEK)  # the independent checker, on what was planned
    assert checked.violations == [] and checked.unrecorded == (monday,)
    return service, monday, wednesday


def test_a_shift_started_before_the_plan_is_history_not_a_shift_left_unstaffed(tmp_path, english):
    service, monday, wednesday = planned_on_monday_afternoon(tmp_path)
    roster = service.roster(WEEK).roster
    assert monday not in roster.unstaffed  # the plan never fills (nor reports) the past
    assert not [a for a in roster.assignments if a.shift_id == monday]

    history, to_come = build_week(service, MONDAY).shifts
    assert (history.shift.id, to_come.shift.id) == (monday, wednesday)
    assert history.state is ShiftState.UNRECORDED and history.started and history.unrecorded
    assert history.reason == (
        "started before it was planned: nobody planned (`roster correct` records who worked)"
    )
    assert shift_lines(history)[0].plain == "· 09:00-12:30 ◷"  # not '✗': nobody failed
    assert to_come.state is ShiftState.STAFFED and not to_come.unrecorded


async def test_in_a_week_never_planned_a_started_shift_reads_not_recorded_as_elsewhere(tmp_path):
    """Nobody planned the week, and Monday's shift has started: the app calls it not recorded,
    as `roster check`, the reports and the export do; Wednesday's is still to plan."""
    repo = repo_with(small_org(), tmp_path)
    service = Service(repo, frozen(MONDAY_AFTERNOON))
    monday, wednesday = sorted(s.id for s in service.shifts(WEEK))
    exported = {s["id"]: s["status"] for s in service.export_json(WEEK)["shifts"]}
    assert exported == {monday: "not_recorded", wednesday: "not_planned"}

    app = app_on(repo, service=service, week=MONDAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        grid = app.screen.query_one(WeekGrid)
        assert grid.view is not None
        history, to_come = (grid.view.shift(monday), grid.view.shift(wednesday))
        assert history is not None and to_come is not None
        assert shift_lines(history)[0].plain == "· 09:00-12:30 ◷"
        assert shift_lines(to_come)[0].plain == "· 09:00-12:30"
        assert "·◷ niet vastgelegd" in _text(app, "#legend")
        results = _text(app, "#results-text")
        assert "Nog niet gepland: druk p om deze week te plannen." in results
        assert (
            "Begonnen voor het gepland werd (geschiedenis)\n"
            "· Inloop ma 30 nov 09:00: begonnen voor het gepland werd: niets ingepland"
        ) in results

        screen = await open_shift(app, pilot, monday)
        assert _text(app, "#shift-state").startswith(
            "· niet vastgelegd: begonnen voor het gepland werd: niets ingepland "
            "(`roster correct` legt vast wie er werkte)\n◷ "
        )
        screen.dismiss()
        await pilot.pause()
        await open_shift(app, pilot, wednesday)
        assert _text(app, "#shift-state") == "· niet gepland"
        app.screen.dismiss()
        await pilot.pause()

        await pilot.press("3")  # the managers' figures count it apart, not as still to plan
        await wait_for(lambda: getattr(app.screen, "report", None) is not None)
        kpis = _text(app, "#kpis")
    assert "1 dienst begon voor hij gepland of gepubliceerd werd: wie er werkte, is niet " in kpis


def test_a_shift_to_come_left_unstaffed_keeps_its_own_reason(tmp_path, english):
    service, monday, wednesday = planned_on_monday_afternoon(tmp_path, wednesday_off=True)

    week = build_week(service, MONDAY)
    to_come = week.shift(wednesday)
    assert to_come is not None and to_come.state is ShiftState.UNSTAFFED
    assert "started before it was planned" not in to_come.reason
    assert [v.shift.id for v in week.unstaffed_to_come] == [wednesday]
    assert [v.shift.id for v in week.unrecorded] == [monday]


def _text(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_publishing_asks_only_about_shifts_to_come(tmp_path):
    service, monday, wednesday = planned_on_monday_afternoon(tmp_path)
    app = app_on(service.repo, service=service, week=MONDAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        results = _text(app, "#results-text")
        assert "Onbemande diensten\nGeen: elke dienst heeft zijn beroepskrachten." in results
        assert (
            "Begonnen voor het gepland werd (geschiedenis)\n"
            "· Inloop ma 30 nov 09:00: begonnen voor het gepland werd: niets ingepland "
            "(`roster correct` legt vast wie er werkte)"
        ) in results
        await pilot.press("P")  # only history is empty: nothing to ask
        await pilot.pause()
        assert isinstance(app.screen, WeekScreen)
    assert service.repo.roster_state(WEEK) is RosterState.PUBLISHED


async def test_the_question_names_the_unstaffed_shift_to_come_and_not_the_history(tmp_path):
    service, monday, wednesday = planned_on_monday_afternoon(tmp_path, wednesday_off=True)
    app = app_on(service.repo, service=service, week=MONDAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("P")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen)
        assert str(dialog.query_one("#confirm-question").render()) == (
            "1 dienst onbemand — toch publiceren?"
        )
        details = str(dialog.query_one("#confirm-details", Static).render())
        assert "wo 2 dec" in details
        assert "ma 30 nov" not in details
        await pilot.press("escape")
        await pilot.pause()
    assert service.repo.roster_state(WEEK) is RosterState.DRAFT
