"""Ctrl-C on `roster plan` stops the search and says what it keeps: without a terminal to ask
on, nothing is saved and the draft saved before stays as it was."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from cli import main
from planner.domain import Period
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY

PERIOD = ("--from", "2026-11-30", "--weeks", "2")


def run(capsys, db: str, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = 0
    try:
        main(["--db", db, "--lang", "en", *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_ctrl_c_keeps_the_draft_saved_before_and_says_so(capsys, tmp_path):
    db = f"sqlite:///{tmp_path / 'roster.db'}"
    folder = tmp_path / "org"
    assert run(capsys, db, "generate", "--professionals", "15", "--volunteers", "150",
               "--seed", "3", "-o", str(folder))[0] == 0  # fmt: skip
    assert run(capsys, db, "load", str(folder))[0] == 0
    assert run(capsys, db, "plan", *PERIOD, "--time-limit", "2")[0] == 0
    before = Repository(make_engine(db)).roster(Period(MONDAY, 2))

    # A real process and a real Ctrl-C (SIGINT) once the search reports its first roster.
    roster_cmd = Path(sys.executable).with_name("roster")
    proc = subprocess.Popen(
        [str(roster_cmd), "--db", db, "--lang", "en", "plan", *PERIOD, "--fresh",
         "--time-limit", "120"],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stderr is not None
    first = proc.stderr.readline()
    while first.startswith("preparing the search"):  # the heartbeat before the first roster
        first = proc.stderr.readline()
    assert first.startswith("solving: roster 1"), first
    proc.send_signal(signal.SIGINT)
    out, rest = proc.communicate(timeout=60)
    code, err = proc.returncode, first + rest

    assert code == 130, err
    assert "stopped: nothing was saved; the draft saved before is kept" in err
    assert "best found in the time limit" not in out
    assert Repository(make_engine(db)).roster(Period(MONDAY, 2)) == before
