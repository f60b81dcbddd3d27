"""The week view of the generated city (120 professionals, 1200 volunteers), target <= 2 s.

Run: .venv/bin/python -m bench.tui_city

Generates the benchmark city (`roster generate --professionals 120 --volunteers 1200 --seed 7`),
plans its first week so every cell has names, then times opening the app on that week
(organisation read, shifts, roster, grid drawn) and moving to the next week and back.
"""

from __future__ import annotations

import asyncio
import atexit
import shutil
import tempfile
import time
from pathlib import Path

from bench.tui_common import load_folder, summary, temp_repo
from fixtures.generate import generate_organisation, write_folder
from planner.domain import Period
from planner.service import Service

RUNS = 3


async def open_and_move(repo, monday) -> tuple[float, float]:
    from textual.widgets import Static

    from tui.app import make_app
    from tui.widgets.week_grid import WeekGrid

    started = time.perf_counter()
    app = make_app(Service(repo), week=monday, today=monday, lang="nl")
    async with app.run_test(size=(180, 50)) as pilot:
        while not app.screen.query(WeekGrid) or not app.screen.query_one(WeekGrid).row_count:
            await pilot.pause(0.005)
        opened = time.perf_counter() - started
        week = app.screen
        before = str(week.query_one("#week-title", Static).render())
        started = time.perf_counter()
        await pilot.press("right_square_bracket")
        while str(week.query_one("#week-title", Static).render()) == before:
            await asyncio.sleep(0.001)
        moved = time.perf_counter() - started
        await pilot.press("ctrl+q")
    return opened, moved


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="roster-city-")) / "city"
    atexit.register(shutil.rmtree, folder.parent, ignore_errors=True)
    city = generate_organisation(120, 1200, seed=7)
    write_folder(city, folder)
    repo, _ = temp_repo()
    load_folder(repo, folder)
    org = repo.load_organisation()
    print(f"city: {len(org.activities)} activities, {len(org.people)} people")
    from fixtures.generate import DEFAULT_START

    monday = DEFAULT_START
    t = time.perf_counter()
    outcome = Service(repo).plan_period(Period(monday), time_limit=30)
    print(f"planned its first week: {outcome.status} in {time.perf_counter() - t:.1f} s")
    runs = [asyncio.run(open_and_move(repo, monday)) for _ in range(RUNS)]
    print(summary("open the city's week view", [r[0] for r in runs], 2.0))
    print(summary("move to the next week of the city", [r[1] for r in runs], 2.0))


if __name__ == "__main__":
    main()
