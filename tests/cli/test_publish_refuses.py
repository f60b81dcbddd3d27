"""`roster publish` never publishes a draft that breaks a hard rule: it names each broken
shift and why, with the `roster plan` that repairs just those weeks, exits 1 and leaves the
published roster as it was, byte for byte. The write that broke the draft said so already.
On SQLite, and on PostgreSQL when ROSTER_TEST_POSTGRES_URL is set."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from planner.domain import Period
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY
from tests.cli.roster_run import roster
from tests.io.folder_builder import professional_row, volunteer_row, write_folder
from tests.storage.conftest import POSTGRES_URL, fresh_postgres

PEOPLE = [
    professional_row(),
    professional_row("piet", "Piet Claes"),
    volunteer_row(),
    volunteer_row("mia", "Mia Peeters"),
]
NAMES = {"els": "Els Vermeulen", "piet": "Piet Claes"}
WEEK = ("--from", "2026-11-30", "--weeks", "1")
REPAIR = "Re-plan just those weeks: roster plan --from 2026-11-30 --weeks 1"
WEDNESDAY = "inloop@2026-12-02T09:00"


@pytest.fixture(params=["sqlite", "postgres"])
def db(request, capsys, tmp_path) -> Iterator[str]:
    """A planned week of a tiny organisation, not yet published."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'roster.db'}"
    else:
        fresh_postgres().dispose()
        assert POSTGRES_URL is not None
        url = POSTGRES_URL
    folder = write_folder(tmp_path / "org", people=PEOPLE)
    assert roster(capsys, url, "load", str(folder)).code == 0
    assert roster(capsys, url, "plan", *WEEK, "--time-limit", "5").code == 0
    yield url


def on_wednesday(db: str) -> str:
    """The professional the plan put on Wednesday's Inloop."""
    found = Repository(make_engine(db)).roster(Period(MONDAY)).assignments
    return next(a.person_id for a in found if a.shift_id == WEDNESDAY and a.person_id in NAMES)


def published(capsys, db: str) -> str:
    """The published roster as `roster export json --published` writes it."""
    result = roster(capsys, db, "export", "json", *WEEK, "--published")
    assert result.code == 0
    return result.out


def refused(capsys, db: str, before: str) -> list[str]:
    """Publish, which must refuse and change nothing; the lines it said."""
    result = roster(capsys, db, "publish", *WEEK)
    assert result.code == 1
    assert result.out == ""
    lines = result.err.splitlines()
    assert lines[0].startswith("Nothing was published: ")
    assert lines[-1] == REPAIR
    assert published(capsys, db) == before
    return lines


def test_a_draft_an_absence_broke_is_not_published_until_replanned(capsys, db):
    assert roster(capsys, db, "publish", *WEEK).code == 0
    who = on_wednesday(db)
    added = roster(capsys, db, "absence", "add", who, "--from", "2026-12-02", "--to",
                   "2026-12-02", "--kind", "sickness")  # fmt: skip
    assert added.code == 0
    wednesday = f"  Inloop Wed 2 Dec 09:00: {NAMES[who]} is sick during Inloop Wed 2 Dec 09:00."
    assert wednesday in added.err.splitlines()  # the write says so at once
    before = published(capsys, db)
    assert before

    lines = refused(capsys, db, before)
    assert lines[0] == "Nothing was published: 1 shift of the draft breaks a hard rule:"
    assert lines[1:-1] == [wednesday]

    # The repair it names mends it, and the repaired draft is published.
    assert roster(capsys, db, "plan", *WEEK, "--time-limit", "5").code == 0
    assert roster(capsys, db, "publish", *WEEK).code == 0
    assert roster(capsys, db, "check", *WEEK, "--published").code == 0


def test_a_never_published_draft_an_absence_broke_is_not_published(capsys, db):
    who = on_wednesday(db)
    added = roster(capsys, db, "absence", "add", who, "--from", "2026-12-02", "--to",
                   "2026-12-02", "--kind", "sickness")  # fmt: skip
    err = added.err.splitlines()
    assert err[0] == "1 shift of the draft breaks a hard rule (it cannot be published so):"
    assert err[-1] == REPAIR
    lines = refused(capsys, db, published(capsys, db))
    assert f"{NAMES[who]} is sick during Inloop Wed 2 Dec 09:00" in lines[1]
    never = roster(capsys, db, "check", *WEEK, "--published")
    assert never.code == 2 and "nothing published" in never.err


def test_a_draft_a_load_took_a_qualification_from_is_not_published(capsys, db, tmp_path):
    assert roster(capsys, db, "publish", *WEEK).code == 0
    who = on_wednesday(db)
    people = [{**row, "qualifications": ""} if row["id"] == who else row for row in PEOPLE]
    loaded = roster(capsys, db, "load", str(write_folder(tmp_path / "org", people=people)))
    assert loaded.code == 0
    assert "no longer hold" in loaded.err and loaded.err.splitlines()[-1].startswith("Re-plan")
    before = published(capsys, db)

    lines = refused(capsys, db, before)
    shift = "Inloop Wed 2 Dec 09:00"
    wednesday = [line for line in lines if line.startswith(f"  {shift}: ")]
    assert len(wednesday) == 1
    assert f"{NAMES[who]} is on {shift} but is not qualified: social worker." in wednesday[0]

    # In Dutch, as the coordinator reads it.
    dutch = roster(capsys, db, "publish", *WEEK, lang="nl")
    assert dutch.code == 1
    assert dutch.err.startswith("Niets gepubliceerd: ")
    assert f"{NAMES[who]} staat op Inloop wo 2 dec 09:00 maar is niet gekwalificeerd" in dutch.err
    assert published(capsys, db) == before


def test_a_forgotten_professional_leaves_no_volunteer_alone_in_what_is_published(
    capsys, db, tmp_path
):
    """Forgetting takes the person off every shift to come; a shift that no longer holds
    without them is emptied, unstaffed with that reason, in the draft and the published roster
    alike. Nothing is broken, so the draft publishes, and no volunteer stands there alone."""
    assert roster(capsys, db, "publish", *WEEK).code == 0
    who = on_wednesday(db)
    calendar = tmp_path / "last.ics"
    forgot = roster(capsys, db, "person", "forget", who, "--yes", "--calendar", str(calendar))
    assert forgot.code == 0 and forgot.err == ""

    again = roster(capsys, db, "publish", *WEEK)
    assert again.code == 0
    assert "Inloop Wed 2 Dec 09:00" in again.err  # named among the unstaffed shifts
    assert roster(capsys, db, "check", *WEEK, "--published").code == 0
    layer = Repository(make_engine(db)).roster(Period(MONDAY), published=True)
    assert WEDNESDAY in layer.unstaffed
    assert not [a for a in layer.assignments if a.shift_id == WEDNESDAY]
