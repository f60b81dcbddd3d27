"""Shared by the TUI tests: the demo in a temp database, the checker, the screen as text."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from planner.check import check_roster
from planner.domain import Period
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tui.app import make_app

DEMO_MONDAY = date(2026, 11, 30)
TODAY = date(2026, 12, 2)  # a Wednesday in the demo's first week
SIZE = (180, 50)
SOLVER_LIMIT_S = 1.0


def repo_at(path: Path) -> Repository:
    return Repository(make_engine(f"sqlite:///{path}"))


def copy_db(template: Path, tmp_path: Path) -> Repository:
    target = tmp_path / "roster.db"
    shutil.copy(template, target)
    return repo_at(target)


def app_on(repo: Repository, *, lang: str = "nl", week: date = DEMO_MONDAY, **kw):
    kw.setdefault("time_limit_s", SOLVER_LIMIT_S)
    return make_app(repo, week=week, today=TODAY, lang=lang, **kw)


def assert_passes_checker(repo: Repository, period: Period) -> None:
    """The roster in the database breaks no hard rule, by the independent checker."""
    org = repo.load_organisation()
    shifts = generate_shifts(org, period)
    found = check_roster(
        org,
        period,
        shifts,
        repo.roster(period),
        repo.absences(),
        settings_from_toml(org.rules),
    )
    assert found == [], [v.message for v in found]


def screen_text(app) -> str:
    """What the terminal shows, as plain text lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
