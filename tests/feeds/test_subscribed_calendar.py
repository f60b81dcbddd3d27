"""The whole way a volunteer's phone would go, with real programs: vdirsyncer subscribes to
their feed over HTTP from `roster serve` and syncs it into a calendar folder that khal reads.
The coordinator moves the volunteer to another day, the solver re-plans the week around it,
the week is published: the next sync shows the event moved (the old day cancelled, the new
one there), and nothing else changed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.delivery import FeedSettings
from planner.domain import Absence, AbsenceKind, Assignment
from planner.service import Service
from planner.shifts import generate_shifts
from tests.calendars.demo_world import (
    DEMO_WEEK,
    SOLVER_LIMIT_S,
    assert_passes_checker,
    published_demo,
)
from tests.calendars.khal import Khal, khal_executable
from tests.feeds.server import roster_serve

BRUSSELS = ZoneInfo("Europe/Brussels")
REPUBLISHED_AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def vdirsyncer_executable() -> str | None:
    beside = Path(sys.executable).with_name("vdirsyncer")
    return str(beside) if beside.exists() else shutil.which("vdirsyncer")


pytestmark = pytest.mark.skipif(
    khal_executable() is None or vdirsyncer_executable() is None,
    reason="needs khal and vdirsyncer",
)

CONFIG = """\
[general]
status_path = "{status}/"

[pair roster]
a = "feed"
b = "phone"
collections = null
conflict_resolution = "a wins"

[storage feed]
type = "http"
url = "{url}"

[storage phone]
type = "filesystem"
path = "{vdir}/"
fileext = ".ics"
"""


class Vdirsyncer:
    def __init__(self, home: Path, url: str, vdir: Path) -> None:
        self.config = home / "vdirsyncer.conf"
        self.config.write_text(CONFIG.format(status=home / "status", url=url, vdir=vdir))

    def run(self, *args: str) -> None:
        done = subprocess.run(
            [vdirsyncer_executable() or "vdirsyncer", "-c", str(self.config), *args],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=60,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )
        assert done.returncode == 0, done.stderr


def local(moment: datetime) -> str:
    return moment.astimezone(BRUSSELS).strftime("%Y-%m-%d %H:%M")


def a_move(service: Service):
    """Someone's shifts, one of them alone on its day, and a shift on a day they are free that
    they may take: the first such shift in the week (the coordinator's choice, made by hand).
    A volunteer where one can move; in a demo week where none can (a volunteer may only join
    a shift that has a professional, and those are full), a professional."""
    org = service.organisation()
    shifts = {s.id: s for s in generate_shifts(org, DEMO_WEEK)}
    roster = service.roster(DEMO_WEEK, published=True).roster
    theirs: dict[str, list] = {}
    for a in roster.assignments:
        theirs.setdefault(a.person_id, []).append(shifts[a.shift_id])
    fallback = None
    for new in shifts.values():
        if new.closed:
            continue
        for candidate in service.candidates(new.id):
            held = theirs.get(candidate.person.id, [])
            days = [s.local_date for s in held]
            alone = [s for s in held if days.count(s.local_date) == 1]
            if not candidate.allowed or not alone or new.local_date in days:
                continue
            move = (candidate.person, candidate.role, held, alone[0], new)
            if candidate.person.is_volunteer:
                return move
            fallback = fallback or move
    if fallback is None:
        raise AssertionError("nobody in the demo can be moved to another day")
    return fallback


def test_a_subscribed_calendar_sees_the_event_move_after_a_replan_and_publish(
    tmp_path_factory, tmp_path
):
    repo, db_url = published_demo(tmp_path_factory, tmp_path)
    service = Service(repo)
    org = service.organisation()
    # The feed server reads the clock: let the feed reach back to the demo's weeks.
    repo.save_organisation(replace(org, feeds=FeedSettings(past_weeks=520)))
    person, role, theirs, old, new = a_move(service)
    url = service.issue_feed(person.id).url
    assert url is not None
    khal = Khal(tmp_path / "khal")

    with roster_serve(db_url) as base:
        sync = Vdirsyncer(tmp_path, url.replace("http://127.0.0.1:8080", base), khal.vdir)
        sync.run("discover")
        sync.run("sync")
        before = khal.events(DEMO_WEEK.start, 8)
        assert sorted((e.start, e.end, e.status) for e in before) == sorted(
            (local(s.start), local(s.end), "CONFIRMED") for s in theirs
        )

        # By hand: on the new day instead (pinned), unavailable on the old one; then the
        # solver re-plans the week around it, and the week is published.
        service.assign(Assignment(new.id, person.id, role, pinned=True))
        day = old.local_date
        service.add_absence(
            Absence(
                person.id,
                datetime.combine(day, time(0), BRUSSELS),
                datetime.combine(day + timedelta(days=1), time(0), BRUSSELS),
                AbsenceKind.UNAVAILABLE,
            )
        )
        service.plan_period(DEMO_WEEK, time_limit=SOLVER_LIMIT_S)
        assert_passes_checker(repo, DEMO_WEEK)
        service.publish_period(DEMO_WEEK, REPUBLISHED_AT)
        sync.run("sync")

    after = khal.events(DEMO_WEEK.start, 8)
    assert (local(old.start), local(old.end), "CANCELLED") in {(e.start, e.end, e.status) for e in after}  # fmt: skip
    published = [a for a in repo.roster(DEMO_WEEK, published=True).assignments if a.person_id == person.id]  # fmt: skip
    shifts = {s.id: s for s in generate_shifts(org, DEMO_WEEK)}
    assert new.id in {a.shift_id for a in published}
    confirmed = sorted((e.start, e.end) for e in after if e.status != "CANCELLED")
    assert confirmed == sorted((local(shifts[a.shift_id].start), local(shifts[a.shift_id].end)) for a in published)  # fmt: skip
    # One file per event ever sent: the cancellation replaced the old event, no duplicate.
    ever = {a.shift_id for a in published} | {s.id for s in theirs}
    assert len(khal.stored_files()) == len(ever)
