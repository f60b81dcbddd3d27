"""Two coordinators racing on one week, on SQLite and on PostgreSQL: edit against edit, plan
against publish, an absence against a plan. Every round ends in what one serial order of the
writes that went through gives: no lost update, no traceback (tests/concurrency/races.py).

The suite runs RACE_ROUNDS rounds of each; `pytest -m stress tests/concurrency` runs the 100
that docs/storage.md reports."""

from __future__ import annotations

import pytest

from tests.concurrency.races import SCENARIOS, TUESDAYS_PROFESSIONAL, check_rounds
from tests.concurrency.world import TUESDAY, postgres_databases, professional_on, sqlite_databases
from tests.storage.conftest import fresh_postgres

RACE_ROUNDS = 4  # one of each way of racing; the stress run repeats them
FULL_ROUNDS = 100


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def databases(request, tmp_path_factory):
    where = tmp_path_factory.mktemp(f"races-{request.param}")
    if request.param == "sqlite":
        return sqlite_databases(where)
    return postgres_databases(fresh_postgres(), where)


def run(databases, scenario: str, rounds: int) -> None:
    _, stale = SCENARIOS[scenario]
    db = databases[stale]
    db.reset()
    assert professional_on(db.coordinator("sara"), TUESDAY) == TUESDAYS_PROFESSIONAL
    tally = check_rounds(db, scenario, rounds)
    print(f"{scenario}, {db.url.split(':')[0]}: {rounds} rounds, {tally}")  # for docs/storage.md
    assert sum(tally.values()) == rounds
    # The textbook lost update happens in every `inside` round: the check must refuse one.
    assert tally.get("one refused", 0) >= rounds // 4


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_racing_writes_end_as_one_serial_order(databases, scenario):
    run(databases, scenario, RACE_ROUNDS)


@pytest.mark.stress
@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_a_hundred_rounds_of_racing_writes(databases, scenario):
    run(databases, scenario, FULL_ROUNDS)
