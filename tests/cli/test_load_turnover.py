"""A reload says who leaves and who arrives. It loads nothing while someone left out of
people.csv is on published shifts to come, or while an arrival looks like a departure under a
new id, until the coordinator says what was meant: they left (--accept-departures), or the id
changed (--renamed OLD=NEW, which keeps the person's shifts, history and calendar link)."""

from __future__ import annotations

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
    volunteer_row("mia", "Mia Peeters", email="mia@example.be"),
    volunteer_row("tom", "Tom Claes"),
]
WEEK = ("--from", "2026-11-30", "--weeks", "1")


@pytest.fixture(params=["sqlite", "postgres"])
def db(request, capsys, tmp_path) -> str:
    """A published week of a tiny organisation; Tom offers no time, so he is on no shift."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'roster.db'}"
    else:
        fresh_postgres().dispose()
        assert POSTGRES_URL is not None
        url = POSTGRES_URL
    people = [{**row, "offers": "sun 06:00-07:00"} if row["id"] == "tom" else row for row in PEOPLE]
    assert roster(capsys, url, "load", str(write_folder(tmp_path / "org", people=people))).code == 0
    assert roster(capsys, url, "plan", *WEEK, "--time-limit", "5").code == 0
    assert roster(capsys, url, "publish", *WEEK).code == 0
    return url


def reload(capsys, db, tmp_path, people, *options):
    folder = write_folder(tmp_path / "again", people=people)
    return roster(capsys, db, "load", str(folder), *options)


def state(capsys, db) -> tuple[str, str, list]:
    """What a refused load must leave as it was: people, published roster, the log."""
    people = roster(capsys, db, "export", "people", "--format", "csv").out
    published = roster(capsys, db, "export", "json", *WEEK, "--published").out
    log = roster(capsys, db, "log").out
    return people, published, log


def published_people(db: str) -> set[str]:
    found = Repository(make_engine(db)).roster(Period(MONDAY), published=True).assignments
    return {a.person_id for a in found}


def without(*ids: str) -> list[dict]:
    return [row for row in PEOPLE if row["id"] not in ids]


def test_a_deleted_row_of_someone_on_published_shifts_loads_nothing_until_accepted(
    capsys, db, tmp_path
):
    gone = next(pid for pid in ("els", "piet") if pid in published_people(db))
    name = {"els": "Els Vermeulen", "piet": "Piet Claes"}[gone]
    before = state(capsys, db)

    refused = reload(capsys, db, tmp_path, without(gone))
    assert refused.code == 1
    assert refused.out == ""
    lines = refused.err.splitlines()
    assert lines[0] == "Nothing was loaded:"
    assert (
        lines[1].startswith(f"  {name} ({gone}) is left out of people.csv but is on ")
        and "published shifts to come, first Inloop " in lines[1]
    )
    assert "--accept-departures" in lines[-1]
    assert state(capsys, db) == before

    accepted = reload(capsys, db, tmp_path, without(gone), "--accept-departures")
    assert accepted.code == 0
    assert f"1 person left the organisation: {name} ({gone})" in accepted.out.splitlines()
    assert gone not in published_people(db)
    # They came off their shifts; those they covered alone are emptied, named with the re-plan.
    err = accepted.err.splitlines()
    assert err[0].startswith(f"{name} ({gone}) came off ")
    assert "published shifts to come: Inloop " in err[0]
    assert err[1].endswith(" unstaffed now that they left:")
    assert err[2].startswith("  Inloop ")
    assert err[-1] == "Re-plan just those weeks: roster plan --from 2026-11-30 --weeks 1"


def test_someone_on_no_published_shift_leaves_and_the_load_says_so(capsys, db, tmp_path):
    assert "tom" not in published_people(db)
    result = reload(capsys, db, tmp_path, without("tom"))
    assert result.code == 0
    assert "1 person left the organisation: Tom Claes (tom)" in result.out.splitlines()


def test_a_newcomer_is_named_as_arriving(capsys, db, tmp_path):
    result = reload(capsys, db, tmp_path, [*PEOPLE, volunteer_row("lies", "Lies Wouters")])
    assert result.code == 0
    assert "1 person arrived: Lies Wouters (lies)" in result.out.splitlines()


def test_a_changed_id_loads_nothing_until_renamed_and_then_keeps_the_history(capsys, db, tmp_path):
    assert roster(capsys, db, "feed", "issue", "mia").code == 0
    links = roster(capsys, db, "feed", "list", "--links").out
    mia_shifts = {
        a.shift_id
        for a in Repository(make_engine(db)).roster(Period(MONDAY), published=True).assignments
        if a.person_id == "mia"
    }
    # A slip in the id: same person, new id; the e-mail address gives it away.
    typo = [
        {**row, "id": "mai", "name": "Mia Peters"} if row["id"] == "mia" else row for row in PEOPLE
    ]
    before = state(capsys, db)
    refused = reload(capsys, db, tmp_path, typo)
    assert refused.code == 1
    assert (
        "  mai arrives with the e-mail address of mia, who leaves (Mia Peeters): did the id "
        "change?" in refused.err.splitlines()
    )
    assert "--renamed mia=mai" in refused.err.splitlines()[-1]
    assert state(capsys, db) == before

    renamed = reload(capsys, db, tmp_path, typo, "--renamed", "mia=mai")
    assert renamed.code == 0, renamed.err
    assert "renamed mia to mai: they keep their shifts and history" in renamed.out
    assert "left the organisation" not in renamed.out and "arrived" not in renamed.out
    repo = Repository(make_engine(db))
    after = {
        a.shift_id
        for a in repo.roster(Period(MONDAY), published=True).assignments
        if a.person_id == "mai"
    }
    assert after == mia_shifts  # her published shifts moved with her
    assert "mia" not in published_people(db)
    assert {p.id for p in repo.former_people()} == set()  # nobody left
    assert roster(capsys, db, "feed", "list", "--links").out == links.replace(
        "mia\tMia Peeters", "mai\tMia Peters"
    )
    log = roster(capsys, db, "log", "--person", "mai").out
    assert "mia" in log  # the rename is in the log, with her history under the new id
    assert roster(capsys, db, "check", *WEEK, "--published").code == 0


def test_a_rename_that_does_not_fit_loads_nothing(capsys, db, tmp_path):
    before = state(capsys, db)
    result = reload(capsys, db, tmp_path, PEOPLE, "--renamed", "mia=mai")
    assert result.code == 2
    assert "'mia' is not someone people.csv leaves out; nothing was loaded" in result.err
    assert state(capsys, db) == before
    bad = reload(capsys, db, tmp_path, PEOPLE, "--renamed", "mia")
    assert bad.code == 2 and "'mia' is not OLD=NEW" in bad.err
