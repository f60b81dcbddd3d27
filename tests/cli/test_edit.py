"""`roster assign`, `unassign` and `pin`: the app's manual edits from the command line, with
the same checks and why-not sentences, exit status 1 when the rules refuse, and the log."""

from __future__ import annotations

import pytest

from planner.domain import Period
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY
from tests.cli.roster_run import roster
from tests.io.folder_builder import absence_row, professional_row, volunteer_row, write_folder

TUESDAY = "inloop@2026-12-01T09:00"


@pytest.fixture
def db(capsys, tmp_path) -> str:
    """Els and Piet (professionals) and Jan (a volunteer); Piet on leave on Tuesday; no plan."""
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    people = [professional_row(), professional_row("piet", "Piet Claes"), volunteer_row()]
    absences = [absence_row("piet", "2026-12-01", "2026-12-01")]
    folder = write_folder(tmp_path / "org", people=people, absences=absences)
    assert roster(capsys, url, "load", str(folder)).code == 0
    return url


def on_tuesday(db: str) -> dict[str, bool]:
    """Who is on Tuesday's Inloop in the draft -> pinned."""
    found = Repository(make_engine(db)).roster(Period(MONDAY))
    return {a.person_id: a.pinned for a in found.assignments if a.shift_id == TUESDAY}


def test_assign_puts_people_on_and_the_log_says_who(capsys, db):
    els = roster(capsys, db, "--as", "sara", "assign", TUESDAY, "els")
    jan = roster(capsys, db, "assign", TUESDAY, "jan", "--pin")

    assert (els.code, jan.code) == (0, 0), els.err + jan.err
    assert els.out == "Els Vermeulen is now on Inloop Tue 1 Dec 09:00\n"
    assert jan.out == "Jan Peeters is now on Inloop Tue 1 Dec 09:00, pinned\n"
    assert on_tuesday(db) == {"els": False, "jan": True}
    log = roster(capsys, db, "log", "--person", "els").out
    assert "  sara  edit by hand  draft Inloop Tue 1 Dec 09:00: + Els Vermeulen; now staffed\n" in log


def test_assign_refused_by_a_rule_says_why_and_changes_nothing(capsys, db):
    before = Repository(make_engine(db)).seen()

    result = roster(capsys, db, "assign", TUESDAY, "piet")

    assert result.code == 1
    assert result.err == "error: Piet Claes cannot be on Inloop Tue 1 Dec 09:00: on leave\n"
    assert Repository(make_engine(db)).seen() == before


def test_the_refusal_reads_dutch(capsys, db):
    result = roster(capsys, db, "assign", TUESDAY, "piet", lang="nl")

    assert result.code == 1
    assert result.err == "fout: Piet Claes kan niet op Inloop di 1 dec 09:00: met verlof\n"


def test_a_volunteer_alone_is_refused(capsys, db):
    result = roster(capsys, db, "assign", TUESDAY, "jan")

    assert result.code == 1
    assert "Jan Peeters cannot be on Inloop Tue 1 Dec 09:00: " in result.err
    assert on_tuesday(db) == {}


def test_unassign_refuses_to_strand_a_volunteer(capsys, db):
    roster(capsys, db, "assign", TUESDAY, "els")
    roster(capsys, db, "assign", TUESDAY, "jan")

    refused = roster(capsys, db, "unassign", TUESDAY, "els")
    jan_off = roster(capsys, db, "unassign", TUESDAY, "jan")

    assert refused.code == 1
    assert refused.err == (
        "error: cannot take Els Vermeulen off Inloop Tue 1 Dec 09:00: Jan Peeters would be "
        "left without a professional (take the volunteers off first)\n"
    )
    assert jan_off.code == 0 and jan_off.out == "Jan Peeters was taken off Inloop Tue 1 Dec 09:00\n"
    assert on_tuesday(db) == {"els": False}


def test_pin_and_unpin_someone_on_the_shift(capsys, db):
    roster(capsys, db, "assign", TUESDAY, "els")

    pinned = roster(capsys, db, "pin", TUESDAY, "els")
    assert pinned.code == 0 and pinned.out == "Els Vermeulen is pinned on Inloop Tue 1 Dec 09:00\n"
    assert on_tuesday(db) == {"els": True}

    unpinned = roster(capsys, db, "pin", TUESDAY, "els", "--off")
    assert unpinned.code == 0 and "is unpinned" in unpinned.out
    assert on_tuesday(db) == {"els": False}


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("pin", TUESDAY, "jan"), "error: Jan Peeters is not on Inloop "),
        (("assign", TUESDAY, "nobody"), "error: unknown person 'nobody'\n"),
        (("assign", "inloop@2026-12-06T09:00", "els"), "no shift 'inloop@2026-12-06T09:00'"),
        (("unassign", "tuesday", "els"), "'tuesday' is not a shift id"),
    ],
)
def test_bad_edits_are_one_sentence(capsys, db, args, says):
    result = roster(capsys, db, *args)

    assert result.code == 2
    assert says in result.err
    assert on_tuesday(db) == {}
