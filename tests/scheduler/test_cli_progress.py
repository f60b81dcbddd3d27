"""`roster plan` keeps saying where it is while it searches, better roster or not: a log of a
long plan never falls silent (the cadence on real plans is measured in bench/time_limit.py)."""

from __future__ import annotations

import io
import threading

import pytest

from cli import plan
from planner.service import Progress


@pytest.fixture
def quick_heartbeat(monkeypatch, english):
    # The same heartbeat, faster, so the test waits milliseconds instead of seconds.
    monkeypatch.setattr(plan, "HEARTBEAT_S", 0.1)
    monkeypatch.setattr(plan, "HEARTBEAT_TICK_S", 0.02)


def lines_once(stream: io.StringIO, count: int) -> list[str]:
    done = threading.Event()
    while not done.wait(0.01):
        lines = stream.getvalue().splitlines()
        if len(lines) >= count:
            return lines
    raise AssertionError("unreachable")


def test_the_log_repeats_the_best_so_far_while_nothing_better_is_found(quick_heartbeat):
    stream = io.StringIO()
    progress = plan.ProgressLine(stream).start()
    try:
        progress(Progress(objective=3280, bound=float("nan"), elapsed=0.3, solutions=1))
        lines = lines_once(stream, 3)
    finally:
        progress.close()

    first, later = lines[0], lines[2]
    assert first.startswith("solving: roster 1, cost 3") and later.startswith(
        "solving: roster 1, cost 3"
    )
    seconds = [
        float(line.rsplit(", ", 1)[1].removesuffix(" s").replace(",", ".")) for line in lines[:3]
    ]
    assert seconds[0] < seconds[1] < seconds[2], lines


def test_before_the_first_roster_the_log_says_it_is_preparing(quick_heartbeat):
    stream = io.StringIO()
    progress = plan.ProgressLine(stream).start()
    try:
        lines = lines_once(stream, 1)
    finally:
        progress.close()

    assert lines[0].startswith("preparing the search: "), lines
