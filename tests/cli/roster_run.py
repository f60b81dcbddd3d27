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


def roster(capsys: pytest.CaptureFixture[str], db_url: str, *args: str, lang: str = "en") -> Result:
    """`roster --db DB_URL --lang LANG ARGS...`; exit code 0 when the command returns normally.
    The tests read English unless they choose another language."""
    capsys.readouterr()
    code = 0
    try:
        main(["--db", db_url, "--lang", lang, *args])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)
