"""Writes: checked against what their caller had seen, recorded with who made them, all or
nothing; on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, func, select

from planner.domain import Period
from planner.errors import Busy, ChangedMeanwhile
from planner.storage.audit_tables import AuditRow, ChangeRow
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from planner.storage.tables import AbsenceRow
from planner.storage.writes import absence_scopes, write
from tests.builders import (
    MONDAY,
    TZ,
    absence,
    activity,
    assign,
    at,
    org,
    professional,
    roster,
    shift,
    volunteer,
)
from tests.storage.conftest import fresh_postgres

INLOOP = activity("inloop")
ELS, JAN = professional("els"), volunteer("jan")
WEEK = Period(MONDAY)
NEXT_MONDAY = MONDAY + timedelta(days=7)


def planned(repo: Repository) -> None:
    repo.save_organisation(org([INLOOP], [ELS, JAN]))
    s = shift(INLOOP)
    repo.save_roster(roster(assign(s, ELS)), [s])


def count(repo: Repository, table) -> int:
    with Session(repo.engine) as session:
        return session.exec(select(func.count()).select_from(table)).one()


def test_a_roster_saved_after_an_absence_in_its_week_was_added_is_refused(repo):
    planned(repo)
    seen = repo.seen()
    Repository(repo.engine, actor="sara").add_absence(absence("els"))
    s = shift(INLOOP)

    with pytest.raises(ChangedMeanwhile) as refused:
        repo.save_roster(roster(assign(s, ELS)), [s], seen=seen)

    assert (refused.value.scope, refused.value.actor) == ("week:2026-11-30", "sara")
    assert refused.value.action == "absence.add"
    assert [a.person_id for a in repo.roster(WEEK).assignments] == ["els"]


def test_a_change_in_another_week_does_not_stop_a_write(repo):
    planned(repo)
    seen = repo.seen()
    wednesday = NEXT_MONDAY + timedelta(days=2)
    repo.add_absence(absence("els", at(wednesday, "00:00"), at(wednesday, "23:59")))
    s = shift(INLOOP)

    repo.save_roster(roster(assign(s, ELS), assign(s, JAN)), [s], seen=seen)

    assert {a.person_id for a in repo.roster(WEEK).assignments} == {"els", "jan"}


def test_a_write_without_seen_is_not_checked(repo):
    planned(repo)
    repo.add_absence(absence("els"))
    s = shift(INLOOP)

    repo.save_roster(roster(assign(s, JAN)), [s])

    assert [a.person_id for a in repo.roster(WEEK).assignments] == ["jan"]


def test_publishing_after_the_draft_changed_is_refused_and_publishes_nothing(repo):
    planned(repo)
    seen = repo.seen()
    s = shift(INLOOP)
    repo.save_roster(roster(assign(s, JAN)), [s])

    with pytest.raises(ChangedMeanwhile, match="week:2026-11-30 was changed"):
        repo.publish(WEEK, datetime(2026, 11, 27, 12, tzinfo=UTC), seen=seen)

    assert repo.published_at(WEEK) is None


def test_an_edit_after_the_person_changed_elsewhere_is_refused(repo):
    planned(repo)
    seen = repo.seen()
    elsewhere = shift(INLOOP, NEXT_MONDAY)
    repo.save_roster(roster(assign(elsewhere, JAN)), [elsewhere])

    with pytest.raises(ChangedMeanwhile) as refused:
        repo.set_assignment(assign(shift(INLOOP), JAN), seen=seen)

    assert refused.value.scope == "person:jan"


def test_an_absence_touches_its_person_its_weeks_and_the_week_whose_nights_it_ends():
    monday_morning = AbsenceRow(
        person_id="els",
        start_utc=at(NEXT_MONDAY, "00:00").astimezone(UTC),
        end_utc=at(NEXT_MONDAY, "12:00").astimezone(UTC),
        kind="leave",
    )
    wednesday = AbsenceRow(
        person_id="els",
        start_utc=at(MONDAY + timedelta(days=2), "00:00").astimezone(UTC),
        end_utc=at(MONDAY + timedelta(days=3), "00:00").astimezone(UTC),
        kind="leave",
    )

    assert absence_scopes(monday_morning, TZ) == [
        "person:els",
        "week:2026-11-30",
        "week:2026-12-07",
    ]
    assert absence_scopes(wednesday, TZ) == ["person:els", "week:2026-11-30"]


def test_every_write_is_recorded_with_who_made_it(repo):
    sara = Repository(repo.engine, actor="sara")
    sara.save_organisation(org([INLOOP], [ELS, JAN]))
    stored = sara.add_absence(absence("jan"))

    with Session(repo.engine) as session:
        changes = session.exec(select(ChangeRow).order_by(ChangeRow.id)).all()
        entries = session.exec(select(AuditRow).where(AuditRow.kind == "absence")).all()

    assert [(c.actor, c.action) for c in changes] == [("sara", "load"), ("sara", "absence.add")]
    assert [(e.subject, e.before, e.after["person"]) for e in entries] == [
        (str(stored.id), None, "jan")
    ]


def test_a_failing_write_records_nothing(repo):
    planned(repo)
    entries, changes = count(repo, AuditRow), count(repo, ChangeRow)

    with pytest.raises(RuntimeError), write(repo.engine, "sara", "edit") as unit:
        unit.record("absence", "1", None, {"person": "els"}, ["els"])
        unit.touch("person:els")
        raise RuntimeError("the command failed half way")

    assert (count(repo, AuditRow), count(repo, ChangeRow)) == (entries, changes)


def test_a_write_that_changes_nothing_leaves_no_line_in_the_log(repo):
    planned(repo)
    changes = count(repo, ChangeRow)

    repo.save_organisation(org([INLOOP], [ELS, JAN]))

    assert count(repo, ChangeRow) == changes


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_write_waiting_too_long_for_another_is_busy_and_writes_nothing(backend, tmp_path):
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'roster.db'}"
        holder, waiter = make_engine(url), make_engine(url, busy_timeout_s=0.3)
    else:
        holder = fresh_postgres()
        waiter = make_engine(holder.url.render_as_string(hide_password=False), busy_timeout_s=0.3)
    Repository(holder).save_organisation(org([INLOOP], [ELS, JAN]))
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with write(holder, "sara", "load"):
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    holding.wait(10)
    try:
        with pytest.raises(Busy, match="busy"):
            Repository(waiter, actor="tom").add_absence(absence("els"))
    finally:
        release.set()
        thread.join()
    assert Repository(waiter).absences() == []
