"""How long the app takes to open on the 4-week demo, until the week view shows its shifts.

Run: .venv/bin/python -m bench.tui_open          (target: <= 1 s)

Measured in-process (the app built and shown headless, Python and the libraries already
imported) and, when tmux is on the machine, as a coordinator sees it: `roster tui` started in a
real terminal until the week appears, imports included.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from bench.tui_common import load_folder, summary, temp_repo
from cli.tui import demo_folder
from planner.domain import Period
from planner.service import Service

MONDAY = date(2026, 11, 30)
RUNS = 5


async def open_once(repo) -> float:
    from tui.app import make_app
    from tui.widgets.week_grid import WeekGrid

    started = time.perf_counter()
    app = make_app(Service(repo), week=MONDAY, today=MONDAY, lang="nl")
    async with app.run_test(size=(180, 50)) as pilot:
        while not app.screen.query(WeekGrid) or not app.screen.query_one(WeekGrid).row_count:
            await pilot.pause(0.005)
        elapsed = time.perf_counter() - started
        await pilot.press("ctrl+q")
    return elapsed


def in_terminal(db: Path, run: int) -> float | None:
    roster = Path(sys.executable).parent / "roster"
    if shutil.which("tmux") is None or not roster.exists():
        return None
    socket = f"roster-bench-{os.getpid()}-{run}"
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
    command = f"{roster} --db sqlite:///{db} tui --week {MONDAY} --lang nl"
    started = time.perf_counter()
    subprocess.run([*tmux, "new-session", "-d", "-s", "b", "-x", "180", "-y", "50", command], env=env, check=True)  # fmt: skip
    try:
        while time.perf_counter() - started < 30:
            shown = subprocess.run([*tmux, "capture-pane", "-p", "-t", "b"], capture_output=True, text=True, env=env).stdout  # fmt: skip
            if "Week 49" in shown and "Nachtopvang" in shown:
                return time.perf_counter() - started
            time.sleep(0.01)
        return None
    finally:
        subprocess.run([*tmux, "kill-server"], env=env, capture_output=True)


def main() -> None:
    repo, db = temp_repo()
    load_folder(repo, demo_folder())
    # A planned demo: every cell has names.
    Service(repo).plan_period(Period(MONDAY, 4), time_limit=5)
    asyncio.run(open_once(repo))  # warm-up: imports, SQLAlchemy statement caches
    times = [asyncio.run(open_once(repo)) for _ in range(RUNS)]
    print(summary("open the planned 4-week demo (in-process)", times, 1.0))
    terminal = [t for t in (in_terminal(db, run) for run in range(3)) if t is not None]
    if terminal:
        print(
            summary("`roster tui` in tmux until the week shows (imports included)", terminal, 1.0)
        )


if __name__ == "__main__":
    main()
