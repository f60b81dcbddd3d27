"""How quickly a key is handled while the solver runs (target: <= 100 ms).

Run: .venv/bin/python -m bench.tui_keypress

Plans the demo's four weeks with a long limit in the app's worker and, while it solves,
presses `]` and `[` (next/previous week: the week view reloads and redraws). For each press
it records when the action started (the key handled) and when the new week was loaded and the
whole screen rendered once more (handled and redrawn).
"""

from __future__ import annotations

import asyncio
import time
from datetime import date

from bench.tui_common import load_folder, summary, temp_repo
from cli.tui import demo_folder
from planner.domain import Period

MONDAY = date(2026, 11, 30)
PRESSES = 20


async def run(repo) -> tuple[list[float], list[float]]:
    from textual import events
    from textual.widgets import Static

    from planner.service import Service
    from tui.app import make_app
    from tui.screens.confirm import ConfirmScreen

    app = make_app(Service(repo), week=MONDAY, today=MONDAY, lang="nl", time_limit_s=120)
    handled: list[float] = []
    shown: list[float] = []
    async with app.run_test(size=(180, 50)):
        week = app.screen
        app.start_planning(Period(MONDAY, 4))
        while week.progress is None:
            await asyncio.sleep(0.05)
        started_at: list[float] = []
        for name in ("action_next_week", "action_prev_week"):
            original = getattr(week, name)

            def timed(original=original) -> None:
                handled.append(time.perf_counter() - started_at[-1])
                original()

            setattr(week, name, timed)
        for i in range(PRESSES):
            key = "right_square_bracket" if i % 2 == 0 else "left_square_bracket"
            expected = "Week 50" if i % 2 == 0 else "Week 49"
            started_at.append(time.perf_counter())
            # Sent as the terminal driver does; Pilot.press would also wait for the app to be
            # idle, which it never is while progress arrives.
            app._driver.send_message(events.Key(key, None))
            while expected not in str(week.query_one("#week-title", Static).render()):
                await asyncio.sleep(0.001)
            week._compositor.render_strips()  # the whole screen drawn once more: an upper bound
            shown.append(time.perf_counter() - started_at[-1])
            await asyncio.sleep(0.2)  # let the solver report in between
        assert app.solving, "the solver ended before the presses did: raise its limit"
        app.cancel_planning()
        # The stop asks what it keeps: the previous draft (nothing of the bench is saved).
        while app.solving and not isinstance(app.screen, ConfirmScreen):
            await asyncio.sleep(0.01)
        if isinstance(app.screen, ConfirmScreen):
            app.screen.dismiss(False)
        await app.workers.wait_for_complete()
    return handled, shown


def main() -> None:
    repo, _ = temp_repo()
    load_folder(repo, demo_folder())
    handled, shown = asyncio.run(run(repo))
    print(summary("key handled while solving (action started)", handled, 0.1))
    print(summary("key handled and the new week drawn while solving", shown, 0.1))


if __name__ == "__main__":
    main()
