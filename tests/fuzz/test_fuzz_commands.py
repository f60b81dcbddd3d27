"""Bad command lines: every value of every option from a pool of good, odd and bad ones.
Each run ends with an exit code of the README, never a traceback or an internal error, and a
refused command leaves the database as it was."""

from __future__ import annotations

import contextlib
import itertools
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from tests.cli.roster_run import roster
from tests.fuzz.folders import HUGE, VALID
from tests.fuzz.support import FUZZ, assert_clean, fingerprint

_count = itertools.count()

DATES = [
    "2026-11-30", "30/11/2026", "30-11-2026", "2026-12-01 09:00", "0001-01-01", "9999-12-27",
    "9999-12-31", "1999-12-27", "2099-12-28", "2026-13-01", "31/11/2026", "", "nan", HUGE,
    "2026-11-30T09:00", "\u202e2026-11-30",
]  # fmt: skip
WEEKS = ["1", "2", "13", "14", "0", "-1", "104", "105", "10000", HUGE, "nan", "1.5", ""]
# Valid time limits stay short: the suite has a couple of minutes for everything.
TIME_LIMITS = ["0.3", "0", "-1", "nan", "inf", "-inf", "1e9", HUGE, "abc", ""]
SEEDS = ["0", "7", "-1", HUGE, "2147483648", "x"]
OUTPUTS = [
    "{tmp}/out", "{tmp}/out.xlsx", "/dev/full", "/nonexistent/dir/x", "{tmp}", "{db}/x", "",
    "{tmp}/new/deeper/x",
]  # fmt: skip
PEOPLE = ["els", "jan", "nobody", "", "\u202e", HUGE]

values = st.sampled_from


@st.composite
def command_lines(draw) -> list[str]:
    day, weeks = draw(values(DATES)), draw(values(WEEKS))
    period = ["--from", day, "--weeks", weeks]
    out = ["-o", draw(values(OUTPUTS))]
    choices = [
        ["plan", *period, "--time-limit", draw(values(TIME_LIMITS)), "--seed", draw(values(SEEDS))],
        ["check", *period],
        ["check", *period, "--published"],
        ["publish", *period],
        ["report", "ratios", *period],
        ["report", "ratios", *period, "--format", "html", *out],
        ["export", "json", *period, *out],
        ["export", "ics", *period, "--all", *out],
        ["export", "ics", *period, "--person", draw(values(PEOPLE)), *out],
        ["export", "people", *out],
        ["absence", "add", draw(values(PEOPLE)), "--from", day, "--to", draw(values(DATES))],
        ["absence", "list", "--from", day],
        ["absence", "remove", draw(values(["1", "0", "-1", HUGE, "x"]))],
        ["log", "--from", day],
        ["log", "--last", draw(values(["1", "0", HUGE, "x"])), "--person", draw(values(PEOPLE))],
        ["prune", "--months", draw(values(["0", "1200", "1201", HUGE, "x"]))],
        ["person", "export", draw(values(PEOPLE)), *out],
    ]
    return draw(values(choices))


@pytest.fixture
def db_file(capsys, tmp_path) -> Path:
    folder = tmp_path / "valid"
    folder.mkdir()
    for name, text in VALID.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path / "roster.db"
    url = f"sqlite:///{path}"
    assert roster(capsys, url, "load", str(folder)).code == 0
    assert roster(capsys, url, "plan", "--from", "2026-11-30", "--time-limit", "2").code == 0
    return path


@FUZZ
@given(args=command_lines())
def test_a_command_line_ends_clearly(capsys, tmp_path, db_file, args: list[str]):
    work = tmp_path / f"run-{next(_count)}"
    work.mkdir()
    args = [a.format(tmp=work, db=db_file) for a in args]
    before = fingerprint(db_file)

    with contextlib.chdir(work):  # a relative path writes into the run's folder, not ours
        result = roster(capsys, f"sqlite:///{db_file}", *args)

    assert_clean(result.code, result.err)
    event(f"{args[0]}: exit {result.code}")
    if result.code != 0:
        assert fingerprint(db_file) == before, (args, result.err)
        if result.code == 1:  # `check` found violations (an absence added earlier may break
            assert args[0] == "check" and result.out.strip(), args  # the draft): it lists them
        else:
            assert result.err.strip(), args  # a refusal says why
