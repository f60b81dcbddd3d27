from __future__ import annotations

import pytest

from cli.tui import load_demo_if_absent
from planner.domain import Period
from planner.service import Service
from tests.tui.support import DEMO_MONDAY, SOLVER_LIMIT_S, copy_db, repo_at


@pytest.fixture(autouse=True)
def _errors_surface(monkeypatch):
    # The app turns unexpected errors into a message for the coordinator; in tests they must
    # fail loudly instead.
    monkeypatch.setenv("ROSTER_DEBUG", "1")


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """The demo folder loaded into a SQLite file, once per test session."""
    path = tmp_path_factory.mktemp("demo") / "roster.db"
    load_demo_if_absent(Service(repo_at(path)), DEMO_MONDAY)
    return path


@pytest.fixture(scope="session")
def planned_db(tmp_path_factory, demo_db):
    """The demo with its first week planned by the real solver (short limit)."""
    import shutil

    path = tmp_path_factory.mktemp("planned") / "roster.db"
    shutil.copy(demo_db, path)
    Service(repo_at(path)).plan_period(Period(DEMO_MONDAY), time_limit=SOLVER_LIMIT_S)
    return path


@pytest.fixture
def demo_repo(demo_db, tmp_path):
    return copy_db(demo_db, tmp_path)


@pytest.fixture
def planned_repo(planned_db, tmp_path):
    return copy_db(planned_db, tmp_path)
