"""The real thing: the busiest person falls ill, the solver re-plans the published demo week, and the
person's re-exported calendar, imported over the old one in khal, cancels the shift they lost
and keeps every other event once."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from cli import main
from planner.domain import Absence, AbsenceKind
from planner.service import Service
from planner.shifts import generate_shifts

from .demo_world import DEMO_WEEK, SOLVER_LIMIT_S, assert_passes_checker, published_demo
from .khal import Khal, khal_executable

BRUSSELS = ZoneInfo("Europe/Brussels")
REPUBLISHED_AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.skipif(khal_executable() is None, reason="khal is not installed")


def local(moment: datetime) -> str:
    return moment.astimezone(BRUSSELS).strftime("%Y-%m-%d %H:%M")


def test_replan_after_sickness_cancels_the_lost_shift_in_khal(tmp_path_factory, tmp_path):
    repo, db = published_demo(tmp_path_factory, tmp_path)
    org = repo.load_organisation()
    shifts = {s.id: s for s in generate_shifts(org, DEMO_WEEK)}
    before = repo.roster(DEMO_WEEK, published=True)
    count = Counter(a.person_id for a in before.assignments)
    person = max(org.people, key=lambda p: count[p.id])
    theirs = sorted(
        (shifts[a.shift_id] for a in before.assignments if a.person_id == person.id),
        key=lambda s: s.start,
    )
    assert len(theirs) >= 2, "the busiest person has at least two shifts"
    lost = theirs[0]
    khal = Khal(tmp_path / "khal")
    export = ["--db", db, "export", "ics", "--from", DEMO_WEEK.start.isoformat(), "--weeks", "1", "--person", person.id]  # fmt: skip
    main([*export, "-o", str(tmp_path / "before.ics")])
    khal.import_file(tmp_path / "before.ics")

    # Sick on the day of their first shift: the re-plan must take it away from them.
    day = lost.local_date
    repo.add_absence(
        Absence(
            person.id,
            datetime.combine(day, time(0), BRUSSELS),
            datetime.combine(day + timedelta(days=1), time(0), BRUSSELS),
            AbsenceKind.SICKNESS,
        )
    )
    Service(repo).plan_period(DEMO_WEEK, time_limit=SOLVER_LIMIT_S)
    assert_passes_checker(repo, DEMO_WEEK)
    Service(repo).publish_period(DEMO_WEEK, REPUBLISHED_AT)
    main([*export, "-o", str(tmp_path / "after.ics")])
    khal.import_file(tmp_path / "after.ics")

    after = [shifts[a.shift_id] for a in repo.roster(DEMO_WEEK, published=True).assignments if a.person_id == person.id]  # fmt: skip
    assert lost not in after
    shown = khal.events(DEMO_WEEK.start, 8)
    cancelled = {(e.start, e.end) for e in shown if e.status == "CANCELLED"}
    confirmed = sorted((e.start, e.end) for e in shown if e.status != "CANCELLED")
    assert (local(lost.start), local(lost.end)) in cancelled
    assert confirmed == sorted((local(s.start), local(s.end)) for s in after)
    ever = {s.id for s in theirs} | {s.id for s in after}
    assert len(khal.stored_files()) == len(ever)  # one event per shift ever sent: no duplicates
