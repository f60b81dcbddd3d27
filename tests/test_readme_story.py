"""The README's story works on the day it is read: every line of its block, in order, on a
fresh database, in a folder of its own (nothing is written into the working folder). The
block sets its own clock (ROSTER_NOW), so the real date does not matter; the plans get a
short time limit, the only change to the lines as written."""

from __future__ import annotations

import shlex
from pathlib import Path

from tests.cli.roster_run import roster

REPO = Path(__file__).resolve().parents[1]
HEADING = "## A coordinator's week, from the command line"
PLAN_LIMIT = ("--time-limit", "6")


def story() -> list[tuple[list[str], str]]:
    """The first shell block under the heading: each line's words and its comment."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    after = text[text.index(HEADING) :]
    block = after[after.index("```sh\n") + len("```sh\n") :]
    block = block[: block.index("```")]
    lines = []
    for line in block.splitlines():
        command, _, comment = line.partition("  #")
        if command.strip():
            lines.append((shlex.split(command), comment))
    return lines


def test_the_story_is_a_story():
    words = [w for w, _ in story()]
    assert words[0][0] == "export" and words[-1] == ["unset", "ROSTER_NOW"]
    assert {w[1] for w in words if w[0] == "roster"} >= {"load", "plan", "absence", "correct"}
    assert all(w[0] in ("roster", "export", "unset") for w in words)


def test_every_line_of_the_readme_story_runs_in_order(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("ROSTER_NOW")  # the real date, until the block sets its own clock
    monkeypatch.chdir(tmp_path)
    (tmp_path / "fixtures").symlink_to(REPO / "fixtures")  # `roster load fixtures/demo`
    db = f"sqlite:///{tmp_path / 'story.db'}"
    said = []
    for words, comment in story():
        if words[0] == "export":
            name, _, value = words[1].partition("=")
            monkeypatch.setenv(name, value)
            continue
        if words[0] == "unset":
            monkeypatch.delenv(words[1])
            continue
        args = words[1:]
        if args[0] == "plan":
            args += PLAN_LIMIT
        result = roster(capsys, db, *args)
        expected = 7 if "exit 7" in comment else 0
        assert result.code == expected, (words, result.out, result.err)
        said.append((args[0], result))

    by_command = dict(said)  # the last of each
    assert "Wed 2 Dec" not in by_command["correct"].out  # it names the Thursday it changed
    assert "ran without its professionals" in by_command["check"].out
    assert "Nothing to re-plan" in by_command["plan"].out
    written = {p.name for p in tmp_path.iterdir()}
    assert {"calendars", "ratios.html", "people.xlsx", "rita.json", "story.db"} <= written
