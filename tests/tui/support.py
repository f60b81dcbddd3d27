"""Shared by the TUI tests: the demo in a temp database, the checker, the screen as text."""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from time import monotonic

from fixtures.present import DEMO_FIRST_MONDAY
from planner.check import check_roster
from planner.domain import Absence, Period, Person, Shift
from planner.service import Service
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tui.app import make_app

DEMO_MONDAY = DEMO_FIRST_MONDAY  # the demo as its files hold it
TODAY = date(2026, 12, 2)  # a Wednesday in the demo's first week
SIZE = (180, 50)
# Long enough for a first roster of the demo week on a loaded 2-core machine (the model grew
# with rest between working days); a proven-optimal solve returns earlier anyway.
SOLVER_LIMIT_S = 2.5


def repo_at(path: Path) -> Repository:
    return Repository(make_engine(f"sqlite:///{path}"), actor="sara")


def copy_db(template: Path, tmp_path: Path) -> Repository:
    target = tmp_path / "roster.db"
    shutil.copy(template, target)
    return repo_at(target)


def app_on(
    repo: Repository,
    *,
    lang: str = "nl",
    week: date = DEMO_MONDAY,
    service: Service | None = None,
    **kw,
):
    kw.setdefault("time_limit_s", SOLVER_LIMIT_S)
    return make_app(service or Service(repo), week=week, today=TODAY, lang=lang, **kw)


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
    assert found == [], found


def screen_text(app) -> str:
    """What the terminal shows, as plain text lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


@dataclass(frozen=True)
class NurseShift:
    """A shift of the demo's nursing consultation in its first week, the nurse the solver put
    on it, and a professional who is no nurse. Found from the data, so the tests survive a
    rebuilt demo."""

    shift: Shift
    nurse: Person
    no_nurse: Person


def nurse_shift(repo: Repository) -> NurseShift:
    org = repo.load_organisation()
    period = Period(DEMO_MONDAY)
    roster = repo.roster(period)
    for shift in generate_shifts(org, period):
        if "nurse" not in shift.activity.staffing.qualifications or shift.closed:
            continue
        on = [a.person_id for a in roster.assignments if a.shift_id == shift.id]
        if on:
            no_nurse = next(
                p for p in org.people if p.is_professional and "nurse" not in p.qualifications
            )
            return NurseShift(shift, org.person(on[0]), no_nurse)
    raise AssertionError("the demo has no staffed nursing consultation in its first week")


def only_this_nurse_that_day(repo: Repository, found: NurseShift) -> None:
    """Every other nurse away on the shift's day, so the shift depends on `found.nurse`."""
    tz = found.shift.start.tzinfo
    day = datetime.combine(found.shift.local_date, time(0, 0), tz)
    for person in repo.load_organisation().people:
        if "nurse" in person.qualifications and person.id != found.nurse.id:
            repo.add_absence(Absence(person.id, day, day + timedelta(days=1), reason="test"))


async def wait_for(condition, timeout_s: float = 20.0) -> None:
    """Until `condition()` holds (a worker's result), failing after `timeout_s`."""
    deadline = monotonic() + timeout_s
    while not condition():
        assert monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)
