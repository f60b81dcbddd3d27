"""`roster tui` on a real terminal: tmux runs it, we read the screen and press keys."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

ROSTER = Path(sys.executable).parent / "roster"

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None or not ROSTER.exists(),
    reason="needs tmux and the installed `roster` command",
)


class Tmux:
    """One private tmux server (its own socket), so no other tmux session is touched."""

    def __init__(self) -> None:
        self.socket = f"roster-test-{uuid.uuid4().hex[:8]}"

    def run(self, *args: str) -> subprocess.CompletedProcess:
        # COLUMNS/LINES (set under pytest) would override the terminal's real size.
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        return subprocess.run(
            ["tmux", "-L", self.socket, "-f", "/dev/null", *args],
            capture_output=True,
            text=True,
            timeout=10,
            env=env,
        )

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "app").stdout

    def wait_for(self, text: str, timeout_s: float = 20.0) -> str:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared; the screen shows:\n{self.screen()}")

    def alive(self) -> bool:
        return self.run("has-session", "-t", "app").returncode == 0


@pytest.fixture
def tmux():
    session = Tmux()
    yield session
    session.run("kill-server")


def test_roster_tui_runs_in_a_terminal_and_quits_with_ctrl_q(tmux, demo_db, tmp_path):
    db = tmp_path / "roster.db"
    shutil.copy(demo_db, db)
    command = f"{ROSTER} --db sqlite:///{db} tui --week 2026-11-30 --lang nl"
    started = tmux.run("new-session", "-d", "-s", "app", "-x", "180", "-y", "50", command)
    assert started.returncode == 0, started.stderr
    tmux.wait_for("Week 49: ma 30 nov – zo 6 dec 2026")
    shown = tmux.wait_for("p Plannen")  # the footer shows the keys
    assert "Nachtopvang De" in shown
    tmux.run("send-keys", "-t", "app", "]")
    tmux.wait_for("Week 50: ma 7 dec")
    tmux.run("send-keys", "-t", "app", "C-q")
    deadline = time.monotonic() + 10
    while tmux.alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not tmux.alive(), "ctrl+q did not end the app"


def test_roster_demo_loads_the_demo_into_an_empty_database_and_opens_in_dutch(tmux, tmp_path):
    # A year after the demo's files were made: it opens on the current week, and plans it.
    db = tmp_path / "fresh.db"
    now = "ROSTER_NOW=2027-12-08T09:00+01:00"
    command = f"{now} {ROSTER} --db sqlite:///{db} demo --time-limit 5"
    started = tmux.run("new-session", "-d", "-s", "app", "-x", "180", "-y", "50", command)
    assert started.returncode == 0, started.stderr
    tmux.wait_for("p Plannen")
    shown = tmux.wait_for("Week 49: ma 6 dec – zo 12 dec 2027")
    assert "Roosterplanner · Sociaal Huis" in shown
    assert "Nachtopvang De" in shown  # its winter night shelter came along
    tmux.run("send-keys", "-t", "app", "p")
    tmux.wait_for("Gepland:", timeout_s=60)
    tmux.run("send-keys", "-t", "app", "C-q")
    deadline = time.monotonic() + 10
    while tmux.alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not tmux.alive()
    assert db.exists()
