"""Fixtures every test package may use."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.i18n.language import use_language


@pytest.fixture
def english() -> Iterator[None]:
    """Word everything the test reads in English (en_BE: Belgian dates and numbers)."""
    with use_language("en"):
        yield


@pytest.fixture
def dutch() -> Iterator[None]:
    """Word everything the test reads in Dutch (nl_BE), the default organisation's."""
    with use_language("nl"):
        yield


# Before every fixture's weeks (the earliest tests plan from March 2026): no shift of a test
# has started unless the test sets the clock itself, whatever day the suite runs. Every write
# is stamped by it, and dates of 2026 read without their year, as on the day they were
# written.
TESTS_NOW = "2026-01-01T00:00:00+00:00"


def pytest_configure(config: pytest.Config) -> None:
    # Session fixtures and the `roster` processes the CLI tests start read it too.
    os.environ["ROSTER_NOW"] = TESTS_NOW


# A fixed feed key for every test (planner/io/feed_key.py): no test makes a key file in the
# real user's configuration directory. Tests of the key file itself unset it.
TEST_FEED_KEY = "5e" * 32


@pytest.fixture(autouse=True)
def feed_key(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("ROSTER_FEED_KEY", TEST_FEED_KEY)
    return TEST_FEED_KEY


# The folder the tests run from (the repository, for a developer): no test writes into it.
# A command given an empty or relative output path once left calendars there.
_HERE = Path.cwd()


def _visible_files() -> set[str]:
    return {p.name for p in _HERE.iterdir() if not p.name.startswith(".")} - {"__pycache__"}


@pytest.fixture(scope="session", autouse=True)
def working_folder_untouched() -> Iterator[None]:
    before = _visible_files()
    yield
    added = sorted(_visible_files() - before)
    assert not added, f"tests wrote into {_HERE}: {added}"


# The demo loaded, and its first week planned, once per session for every package that starts
# from them (the TUI's tests, the one-language test): loading the demo and solving its week
# take seconds. Each test copies the file it writes to.


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo folder loaded into a SQLite file."""
    from cli.tui import load_demo_if_absent
    from planner.service import Service
    from tests.tui.support import DEMO_MONDAY, repo_at

    path = tmp_path_factory.mktemp("demo") / "roster.db"
    with pytest.MonkeyPatch.context() as patch:
        # The demo gives its volunteers page links: with the tests' key, never a key file.
        patch.setenv("ROSTER_FEED_KEY", TEST_FEED_KEY)
        load_demo_if_absent(Service(repo_at(path)), DEMO_MONDAY)
    return path


@pytest.fixture(scope="session")
def planned_db(tmp_path_factory: pytest.TempPathFactory, demo_db: Path) -> Path:
    """The demo with its first week planned by the real solver (short limit)."""
    import shutil

    from planner.domain import Period
    from planner.service import Service
    from tests.tui.support import DEMO_MONDAY, SOLVER_LIMIT_S, repo_at

    path = tmp_path_factory.mktemp("planned") / "roster.db"
    shutil.copy(demo_db, path)
    Service(repo_at(path)).plan_period(Period(DEMO_MONDAY), time_limit=SOLVER_LIMIT_S)
    return path
