"""The demo organisation with its first week planned by the real solver and published: built
once per test session (the solver takes seconds), then copied for each test."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

from fixtures import DEMO
from planner.check import check_roster
from planner.domain import Period
from planner.io.folder import read_folder
from planner.service import Service
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository

DEMO_WEEK = Period(date(2026, 11, 30), 1)
PUBLISHED_AT = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SOLVER_LIMIT_S = 2.0

_template: Path | None = None


def repo_at(path: Path) -> Repository:
    return Repository(make_engine(f"sqlite:///{path}"))


def published_demo(tmp_path_factory, tmp_path: Path) -> tuple[Repository, str]:
    """A fresh copy of the published demo week: (repository, database URL)."""
    global _template
    if _template is None:
        path = tmp_path_factory.mktemp("published-demo") / "roster.db"
        repo = repo_at(path)
        loaded = read_folder(DEMO)
        repo.save_folder(loaded.organisation, loaded.absences)
        Service(repo).plan_period(DEMO_WEEK, time_limit=SOLVER_LIMIT_S)
        assert_passes_checker(repo, DEMO_WEEK)
        Service(repo).publish_period(DEMO_WEEK, PUBLISHED_AT)
        _template = path
    target = tmp_path / "roster.db"
    shutil.copy(_template, target)
    return repo_at(target), f"sqlite:///{target}"


def assert_passes_checker(repo: Repository, period: Period) -> None:
    org = repo.load_organisation()
    found = check_roster(
        org,
        period,
        generate_shifts(org, period),
        repo.roster(period),
        repo.absences(),
        settings_from_toml(org.rules),
    )
    assert found == [], found
