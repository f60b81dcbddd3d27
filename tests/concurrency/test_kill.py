"""kill -9 in the middle of a plan, a publish or a load: the database passes its integrity
check, the published roster is as it was, nothing of the killed write is left, and the next
coordinator can write at once; on SQLite and on PostgreSQL.

Each round forks a process that runs the write and stops after its k-th statement inside the
write transaction (k at random, up to the last one before COMMIT), says so through a pipe and
waits; the test then sends it SIGKILL. KILL_ROUNDS in the suite (each write killed once, at
a random statement); `pytest -m stress tests/concurrency` kills 50 times (docs/storage.md)."""

from __future__ import annotations

import os
import random
import signal
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.engine import Engine

from planner.service import Service
from planner.storage.audit_tables import ChangeRow
from planner.storage.connection import WRITE
from tests.concurrency.world import (
    NOW,
    PEOPLE,
    PLAN_LIMIT_S,
    WEEK,
    Database,
    away,
    fingerprint,
    folder,
    postgres_databases,
    sqlite_databases,
)
from tests.storage.conftest import fresh_postgres

KILL_ROUNDS = 3  # one of each write; the stress run kills each many times
FULL_KILLS = 50
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked process")


def plan(service: Service, _where: Path) -> None:
    service.plan_period(WEEK, time_limit=PLAN_LIMIT_S)


def publish(service: Service, _where: Path) -> None:
    service.publish_period(WEEK, NOW)


def load(service: Service, where: Path) -> None:
    """people.csv without Noor and with Jan renamed: Noor leaves the published roster."""
    people = [p for p in PEOPLE if p["id"] != "noor"]
    people = [dict(p, name="Jan Peeters-Claes") if p["id"] == "jan" else p for p in people]
    service.load_folder(folder(where / "changed", people), now=NOW, accept_departures=True)


WRITES: dict[str, Callable[[Service, Path], None]] = {
    "plan": plan,
    "publish": publish,
    "load": load,
}


def counting(engine: Engine, at_statement: Callable[[int], None]) -> None:
    """Call `at_statement(n)` after each statement a write transaction runs on the engine."""
    inside = {"n": 0}

    @event.listens_for(engine, "after_cursor_execute")
    def after(connection, *_args) -> None:
        if connection.get_execution_options().get(WRITE):
            inside["n"] += 1
            at_statement(inside["n"])

    @event.listens_for(engine, "commit")
    def committed(_connection) -> None:
        inside["n"] = 0


def statements_of(db: Database, name: str, where: Path) -> tuple[int, bool]:
    """How many statements the write runs inside its transaction, from the starting state,
    and whether, run to its end, it changes the published roster."""
    db.reset()
    service = db.coordinator("sara")
    published = fingerprint(service.repo)[1:3]
    seen: list[int] = []
    counting(service.repo.engine, seen.append)
    WRITES[name](service, where)
    changed = fingerprint(service.repo)[1:3] != published
    db.close()
    return max(seen), changed


def killed_at(db: Database, name: str, where: Path, k: int) -> bool:
    """Fork a process that runs the write and waits after its k-th statement; kill it there.
    False when the write finished before (then nothing was killed)."""
    read, written = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            os.close(read)
            service = db.coordinator("tom")

            def stop(n: int) -> None:
                if n == k:
                    os.write(written, b"k")
                    signal.pause()  # until SIGKILL

            counting(service.repo.engine, stop)
            WRITES[name](service, where)
            os.write(written, b"d")
        except BaseException:  # noqa: BLE001 - any failure shows as "not killed" in the parent
            code = 1
        finally:
            os._exit(code)
    os.close(written)
    said = os.read(read, 1)
    os.close(read)
    if said == b"k":
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return said == b"k"


def changes(service: Service) -> int:
    with service.repo.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(ChangeRow)).scalar_one()


def intact(db: Database) -> None:
    """The integrity check of the database itself (SQLite's own; PostgreSQL keeps its files
    whole whatever a client does, so there the foreign keys are checked by hand)."""
    engine = db.coordinator("sara").repo.engine
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        else:
            orphans = connection.execute(
                text(
                    "SELECT count(*) FROM assignment a LEFT JOIN person p ON p.id = a.person_id "
                    "WHERE p.id IS NULL"
                )
            ).scalar_one()
            assert orphans == 0


def kill_rounds(
    found: dict[bool, Database], where: Path, rounds: int, seed: int = 11
) -> dict[str, int]:
    """Kill each write in turn. A plan and a load start from the stale state (the plan then
    changes the draft); a publish from the fresh one, whose draft holds (publish refuses a
    draft that breaks a hard rule, and writes nothing then)."""
    rng = random.Random(seed)
    counts = {}
    for name in WRITES:
        db = found[name != "publish"]
        counts[name], changes_published = statements_of(db, name, where)
        # Only then does "the published roster is unchanged" say anything about the kill.
        assert changes_published == (name != "plan"), name
    kills = {name: 0 for name in WRITES}
    n = 0
    while sum(kills.values()) < rounds:
        name = list(WRITES)[n % len(WRITES)]
        n += 1
        db = found[name != "publish"]
        db.reset()
        before = db.coordinator("sara")
        published, logged = fingerprint(before.repo)[1:3], changes(before)
        db.close()
        assert killed_at(db, name, where, rng.randint(1, counts[name])), name
        kills[name] += 1

        intact(db)
        after = db.coordinator("sara")
        assert fingerprint(after.repo)[1:3] == published, f"{name}: the published roster changed"
        assert changes(after) == logged, f"{name}: part of the killed write is in the log"
        after.add_absence(away("jan", WEEK.start))  # the next write is not kept waiting
        db.close()
    return kills


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def databases(request, tmp_path_factory):
    where = tmp_path_factory.mktemp(f"kill-{request.param}")
    if request.param == "sqlite":
        return sqlite_databases(where), where
    return postgres_databases(fresh_postgres(), where), where


def test_killed_writes_leave_the_database_whole_and_the_published_roster_unchanged(databases):
    found, where = databases
    kills = kill_rounds(found, where, KILL_ROUNDS)
    assert kills == {"plan": 1, "publish": 1, "load": 1}


@pytest.mark.stress
def test_fifty_kills(databases):
    found, where = databases
    kills = kill_rounds(found, where, FULL_KILLS)
    print(f"{found[True].url.split(':')[0]}: killed {kills}")  # for docs/storage.md
    assert sum(kills.values()) == FULL_KILLS
