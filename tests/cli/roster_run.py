"""Runs the `roster` command in-process, as a user would, and captures what they see."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from cli import main


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def roster(capsys: pytest.CaptureFixture[str], db_url: str, *args: str) -> Result:
    """`roster --db DB_URL ARGS...`; exit code 0 when the command returns normally."""
    capsys.readouterr()
    code = 0
    try:
        main(["--db", db_url, *args])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)
