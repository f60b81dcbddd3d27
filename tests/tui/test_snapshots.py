"""What the coordinator sees, as text, on a tiny fixed roster: a change in layout shows here.

To accept a deliberate change: UPDATE_SNAPSHOTS=1 pytest tests/tui/test_snapshots.py
"""

from __future__ import annotations

import os
from pathlib import Path

from planner.domain import Assignment, Period, Role, Roster
from planner.reasons import UnstaffedReason, Verdict
from planner.service import Service
from planner.shifts import generate_shifts
from tests.tui.builders import MONDAY, repo_with, small_org
from tests.tui.support import screen_text, wait_for
from tui.app import make_app
from tui.widgets.week_grid import WeekGrid

SNAPSHOTS = Path(__file__).parent / "snapshots"
SIZE = (120, 24)


def fixed_roster(tmp_path):
    repo = repo_with(small_org(), tmp_path)
    period = Period(MONDAY)
    shifts = generate_shifts(repo.load_organisation(), period)
    monday, wednesday = (s.id for s in shifts)
    roster = Roster(
        period,
        (
            Assignment(monday, "els", Role.PROFESSIONAL),
            Assignment(monday, "jan", Role.VOLUNTEER, pinned=True),
        ),
        {
            wednesday: UnstaffedReason(
                Verdict.NOTE, note="no professional with social_worker is free"
            )
        },
    )
    repo.save_roster(roster, shifts)
    return repo


def matches_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    text = "\n".join(line.rstrip() for line in text.splitlines()) + "\n"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), (
        f"no snapshot {path}: check the screen, then create the snapshot with "
        "UPDATE_SNAPSHOTS=1 pytest tests/tui/test_snapshots.py"
    )
    assert text == path.read_text(encoding="utf-8")


async def test_week_view_snapshot(tmp_path):
    app = make_app(
        Service(fixed_roster(tmp_path)), week=MONDAY, today=MONDAY, lang="nl", time_limit_s=1
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # The footer draws once the screen's keys are known: slow on a busy machine.
        await wait_for(lambda: "opdrachten" in screen_text(app).splitlines()[-1])
        matches_snapshot("week_nl.txt", screen_text(app))


async def test_shift_detail_snapshot(tmp_path):
    app = make_app(
        Service(fixed_roster(tmp_path)), week=MONDAY, today=MONDAY, lang="en", time_limit_s=1
    )
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one(WeekGrid).move_to_shift(f"inloop@{MONDAY}T09:00")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        matches_snapshot("shift_en.txt", screen_text(app))
