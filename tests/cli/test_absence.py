"""`roster absence add|list|remove`."""

from __future__ import annotations

import pytest

from planner.domain import AbsenceKind
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.cli.roster_run import roster
from tests.io.folder_builder import absence_row, write_folder


@pytest.fixture
def db(capsys, tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    folder = write_folder(
        tmp_path / "org", absences=[absence_row("jan", "2026-12-02", "2026-12-02")]
    )
    assert roster(capsys, url, "load", str(folder)).code == 0
    return url


def stored(db: str):
    return Repository(make_engine(db)).absences()


def test_add_whole_days_includes_the_last_day(capsys, db):
    result = roster(
        capsys, db, "absence", "add", "els", "--from", "2026-12-21", "--to", "2026-12-24"
    )

    assert result.code == 0
    assert result.out.startswith("added absence ")
    assert result.out.endswith(": els leave 2026-12-21 to 2026-12-24\n")
    added = next(a for a in stored(db) if a.person_id == "els")
    assert added.start.isoformat() == "2026-12-21T00:00:00+01:00"
    assert added.end.isoformat() == "2026-12-25T00:00:00+01:00"


def test_add_hours_with_kind_and_reason(capsys, db):
    result = roster(
        capsys, db, "absence", "add", "els",
        "--from", "2026-12-01 13:00", "--to", "2026-12-01 17:00",
        "--kind", "sickness", "--reason", "sick",
    )  # fmt: skip

    assert result.code == 0
    assert result.out.endswith("els sickness 2026-12-01 13:00 to 2026-12-01 17:00 (sick)\n")
    added = next(a for a in stored(db) if a.person_id == "els")
    assert added.kind is AbsenceKind.SICKNESS


def test_add_for_unknown_person_is_refused(capsys, db):
    result = roster(
        capsys, db, "absence", "add", "nobody", "--from", "2026-12-01", "--to", "2026-12-01"
    )

    assert result.code == 2
    assert result.err == "error: unknown person 'nobody'\n"
    assert len(stored(db)) == 1


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2026-12-05", "2026-12-01", "Invalid value for --to: '2026-12-01' is not after --from"),
        ("5 december", "2026-12-06", "Invalid value for --from: '5 december' is not a date-time"),
    ],
)
def test_add_with_bad_times_is_refused(capsys, db, start, end, message):
    result = roster(capsys, db, "absence", "add", "els", "--from", start, "--to", end)

    assert result.code == 2
    assert message in result.err
    assert len(stored(db)) == 1


def test_list_shows_ids_in_order_and_where_they_came_from(capsys, db):
    roster(capsys, db, "absence", "add", "els", "--from", "2026-12-01", "--to", "2026-12-01")
    els_id = next(a.id for a in stored(db) if a.person_id == "els")
    jan_id = next(a.id for a in stored(db) if a.person_id == "jan")

    result = roster(capsys, db, "absence", "list")

    assert result.out.splitlines() == [
        f"{els_id:>5}  els leave 2026-12-01",
        f"{jan_id:>5}  jan leave 2026-12-02 (absences.csv)",
    ]


def test_list_filters_on_person_and_period(capsys, db):
    roster(capsys, db, "absence", "add", "els", "--from", "2026-12-01", "--to", "2026-12-01")
    roster(capsys, db, "absence", "add", "els", "--from", "2026-12-10", "--to", "2026-12-11")

    of_els = roster(capsys, db, "absence", "list", "--person", "els").out.splitlines()
    on_the_2nd = roster(
        capsys, db, "absence", "list", "--from", "2026-12-02", "--to", "2026-12-02"
    ).out
    none = roster(capsys, db, "absence", "list", "--from", "2027-01-01", "--to", "2027-01-31").out

    assert [line.split()[1] for line in of_els] == ["els", "els"]
    assert "jan leave 2026-12-02" in on_the_2nd and "els" not in on_the_2nd
    assert none == "no absences\n"


def test_remove_returns_what_was_removed_and_warns_for_file_absences(capsys, db):
    jan_id = stored(db)[0].id

    result = roster(capsys, db, "absence", "remove", str(jan_id))

    assert result.code == 0
    assert result.out.splitlines()[0] == f"removed absence {jan_id}: jan leave 2026-12-02"
    assert "comes back on the next `roster load`" in result.out
    assert stored(db) == []


def test_remove_unknown_id(capsys, db):
    result = roster(capsys, db, "absence", "remove", "999")

    assert (result.code, result.err) == (2, "error: no absence with id 999\n")


def test_absence_before_any_load_asks_for_a_load(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.db'}"

    result = roster(capsys, url, "absence", "list")

    assert result.code == 2
    assert "run `roster load DIR` first" in result.err


def test_the_same_absence_twice_is_refused_and_an_overlap_is_said(capsys, db):
    twice = roster(
        capsys, db, "absence", "add", "jan", "--from", "2026-12-02", "--to", "2026-12-02"
    )
    overlap = roster(
        capsys, db, "absence", "add", "jan", "--from", "02/12/2026", "--to", "03/12/2026"
    )

    assert twice.code == 2
    assert twice.err.startswith("error: this absence is already recorded as absence ")
    assert twice.err.endswith("; nothing was added\n")
    assert overlap.code == 0
    assert overlap.err.startswith("warning: it overlaps absence ")
    assert overlap.err.endswith(": jan leave 2026-12-02\n")
    assert len([a for a in stored(db) if a.person_id == "jan"]) == 2
