"""The managers' screen in the real app: the same figures as the report, with its charts."""

from __future__ import annotations

from datetime import date

from textual.widgets import DataTable, Static

from planner.domain import Period, Roster
from planner.io.report_columns import percent
from planner.reasons import Blocked, Reason, UnstaffedReason, Verdict
from planner.rule_id import RuleId
from planner.shifts import generate_shifts
from tests.calendars.world import publish, repository, shift_at, utc
from tests.tui.fake_service import FakeService
from tui.app import make_app
from tui.screens.managers import ManagersScreen
from tui.widgets.bar_chart import text_bar

MONDAY = date(2026, 11, 30)
SIZE = (180, 60)


def _text(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_managers_screen_shows_cover_exceptions_and_bars(tmp_path):
    repo = repository(tmp_path)
    week = Period(MONDAY, 1)
    monday = shift_at(repo, "inloop", MONDAY, week)
    publish(repo, week, [(monday, "els"), (monday, "jan")], utc(2026, 11, 20, 10, 0))
    app = make_app(FakeService(repo), week=MONDAY, today=MONDAY, lang="en")

    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        assert isinstance(app.screen, ManagersScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()

        report = app.screen.report
        assert report is not None and report.window == Period(MONDAY, 4)
        assert "Staffing ratios — 4 weeks from" in _text(app, "#managers-title")
        # One inloop shift of the 12 published is staffed; the 3 weeks after are not planned
        # yet, and count apart, not as shifts without their professionals.
        kpis = _text(app, "#kpis")
        assert f"{percent(1 / 12)} professional cover of 12 planned shifts" in kpis
        unplanned = report.total.unplanned
        assert unplanned == 35  # 3 weeks of 12, less the inloop closed on Christmas
        assert f"{unplanned} shifts not planned or not published yet" in kpis
        assert len(report.exceptions) == 11
        assert "Shifts without their professionals" in _text(app, "#exceptions")
        cover_chart = _text(app, "#chart-cover")
        assert "Inloop" in cover_chart and "Nachtopvang" in cover_chart
        table = app.screen.query_one("#ratios", DataTable)
        assert table.row_count == 3  # two activities and the total
        assert "Professional cover" in [str(c.label) for c in table.columns.values()]

        await pilot.press("w")  # 4 -> 13 weeks
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.report.window == Period(MONDAY, 13)


async def test_fully_covered_week_reads_100_percent(tmp_path):
    repo = repository(tmp_path)
    week = Period(MONDAY, 1)
    shifts = generate_shifts(repo.load_organisation(), week)
    places = [(s.id, "els" if s.activity_id == "inloop" else "piet") for s in shifts]
    publish(repo, week, places, utc(2026, 11, 20, 10, 0))
    app = make_app(FakeService(repo), week=MONDAY, today=MONDAY, lang="nl")

    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("w", "w")  # 4 -> 13 -> 1 week
        await app.workers.wait_for_complete()
        await pilot.pause()

        assert app.screen.report.window == week
        assert "100 % dekking door beroepskrachten" in _text(app, "#kpis")
        assert "niet gepland" not in _text(app, "#kpis")
        assert "Elke geplande dienst" in _text(app, "#exceptions")


async def test_exceptions_on_screen_name_nobody(tmp_path):
    repo = repository(tmp_path)
    week = Period(MONDAY, 1)
    shifts = [s for s in generate_shifts(repo.load_organisation(), week) if not s.closed]
    why = UnstaffedReason(
        Verdict.NO_PROFESSIONAL_FREE,
        needed=1,
        blocked=(
            Blocked(Reason.of(RuleId.ABSENCE, kind="sickness"), ("els",)),
            Blocked(Reason.of(RuleId.ABSENCE, kind="leave"), ("piet",)),
        ),
    )
    repo.save_roster(Roster(week, (), {s.id: why for s in shifts}), shifts)
    repo.publish(week, utc(2026, 11, 20, 10, 0))
    app = make_app(FakeService(repo), week=MONDAY, today=MONDAY, lang="en")

    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await app.workers.wait_for_complete()
        await pilot.pause()

        box = _text(app, "#exceptions")
        assert "no qualified professional free (2 absent)" in box
        for word in ("Els", "Piet", "sick", "leave"):
            assert word not in box


def test_text_bar_is_proportional_and_never_longer_than_its_width():
    assert text_bar(1.0, 1.0, width=10) == "█" * 10
    assert text_bar(0.5, 1.0, width=10) == "█" * 5
    assert text_bar(2.0, 1.0, width=10) == "█" * 10
    assert text_bar(0.0, 1.0, width=10) == ""


async def test_the_screen_says_which_roster_its_cover_counts(tmp_path):
    # A week published fully covered, then re-planned in the draft with one shift unstaffed
    # (an absence): the published roster's 100 % must not read as the draft's.
    repo = repository(tmp_path)
    week = Period(MONDAY, 1)
    shifts = [s for s in generate_shifts(repo.load_organisation(), week) if not s.closed]
    places = [(s.id, "els" if s.activity_id == "inloop" else "piet") for s in shifts]
    publish(repo, week, places, utc(2026, 11, 20, 10, 0))
    gap = shifts[0]
    why = UnstaffedReason(
        Verdict.NO_PROFESSIONAL_FREE,
        needed=1,
        blocked=(Blocked(Reason.of(RuleId.ABSENCE, kind="sickness"), ("els",)),),
    )
    draft = Roster(
        week,
        tuple(a for a in repo.roster(week, published=True).assignments if a.shift_id != gap.id),
        {gap.id: why},
    )
    repo.save_roster(draft, shifts)
    app = make_app(FakeService(repo), week=MONDAY, today=MONDAY, lang="nl")

    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("w", "w")  # 4 -> 13 -> 1 week
        await app.workers.wait_for_complete()
        await pilot.pause()
        published = _text(app, "#kpis")
        published_box = _text(app, "#exceptions")
        await pilot.press("d")
        await app.workers.wait_for_complete()
        await pilot.pause()
        in_draft = _text(app, "#kpis")

        n = len(shifts)
        assert (
            f"100 % dekking door beroepskrachten van {n} geplande diensten in het "
            "gepubliceerde rooster" in published
        )
        assert "in het gepubliceerde rooster" in published_box
        assert app.screen.report.source == "working"
        assert (
            f"{percent((n - 1) / n)} dekking door beroepskrachten van {n} geplande "
            "diensten in het ontwerp" in in_draft
        )
        assert "Diensten zonder hun beroepskrachten (1)" in _text(app, "#exceptions")
