"""`roster correct`: the past changed on purpose, with the clock set by ROSTER_NOW."""

from __future__ import annotations

import csv
import io
import json

import pytest

from planner.domain import Period
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY
from tests.cli.roster_run import roster
from tests.io.folder_builder import professional_row, volunteer_row, write_folder

TUESDAY = "inloop@2026-12-01T09:00"


@pytest.fixture
def db(capsys, tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    people = [
        professional_row(),
        professional_row("piet", "Piet Claes"),
        volunteer_row(),
        volunteer_row("mia", "Mia Peeters"),
    ]
    folder = write_folder(tmp_path / "org", people=people)
    for args in (
        ("load", str(folder)),
        ("plan", "--from", "2026-11-30", "--weeks", "1", "--time-limit", "5"),
        ("publish", "--from", "2026-11-30", "--weeks", "1"),
    ):
        assert roster(capsys, url, *args).code == 0
    return url


def on_tuesday(db: str, published: bool) -> set[str]:
    found = Repository(make_engine(db)).roster(Period(MONDAY), published=published)
    return {a.person_id for a in found.assignments if a.shift_id == TUESDAY}


def test_correct_records_who_came_in_draft_and_published_roster(capsys, db, monkeypatch):
    monkeypatch.setenv("ROSTER_NOW", "2026-12-01T21:22+01:00")
    absent = next(p for p in on_tuesday(db, True) if p in ("els", "piet"))
    came = "piet" if absent == "els" else "els"

    result = roster(capsys, db, "correct", TUESDAY, "--did-not-come", absent, "--came", came)

    assert result.code == 0, result.err
    assert "corrected Inloop Tue 1 Dec 09:00 (draft and published roster)" in result.out
    assert came in on_tuesday(db, True) and absent not in on_tuesday(db, True)
    log = roster(capsys, db, "log").out
    assert "correction" in log


def test_correct_refuses_a_shift_to_come_and_a_bad_clock(capsys, db, monkeypatch):
    monkeypatch.setenv("ROSTER_NOW", "2026-11-29T12:00+01:00")
    result = roster(capsys, db, "correct", TUESDAY, "--did-not-come", "els")
    assert result.code == 2 and "has not started" in result.err

    monkeypatch.setenv("ROSTER_NOW", "tomorrow")
    result = roster(capsys, db, "correct", TUESDAY, "--did-not-come", "els")
    assert result.code == 2 and "ROSTER_NOW 'tomorrow'" in result.err
    assert "Traceback" not in result.err


def test_a_no_show_is_history_in_check_not_a_plan_that_fails_forever(capsys, db, monkeypatch):
    monkeypatch.setenv("ROSTER_NOW", "2026-12-01T21:22+01:00")
    absent = next(p for p in on_tuesday(db, True) if p in ("els", "piet"))
    week = ("--from", "2026-11-30", "--weeks", "1")
    assert roster(capsys, db, "correct", TUESDAY, "--did-not-come", absent).code == 0

    checked = roster(capsys, db, "check", *week)
    published = roster(capsys, db, "check", *week, "--published")

    # The volunteer stood there without the professional: it happened, exit 7, no violation.
    for result in (checked, published):
        assert result.code == 7, result.out
        assert "What happened" in result.out
        assert "Inloop Tue 1 Dec 09:00: 1 volunteer was there without their professional" in (
            result.out
        )
        assert "violation" not in result.out and "The plan holds" in result.out

    # A broken plan still to come is told apart: exit 1, and the history still listed.
    late = ("absence", "add", absent, "--from", "2026-12-02", "--to", "2026-12-02")
    assert roster(capsys, db, *late).code == 0
    broken = roster(capsys, db, "check", *week, "--published")
    assert broken.code == 1
    assert "violation of the hard rules" in broken.out and "Wed 2 Dec" in broken.out
    assert "1 volunteer was there without their professional" in broken.out

    # The log says why the shift is unstaffed as what happened, not as a plan unfinished.
    said = roster(capsys, db, "--lang", "nl", "log").out
    assert "verliep zonder de nodige beroepskrachten (verbeterd: wie er echt was)" in said
    assert "met de hand gepland" not in said


def test_incidents_that_happened_are_counted_in_the_report_and_the_export(
    capsys, db, monkeypatch, tmp_path
):
    monkeypatch.setenv("ROSTER_NOW", "2026-12-01T21:22+01:00")
    absent = next(p for p in on_tuesday(db, True) if p in ("els", "piet"))
    week = ("--from", "2026-11-30", "--weeks", "1")
    before = roster(capsys, db, "report", "ratios", *week, "--format", "csv").out
    assert roster(capsys, db, "correct", TUESDAY, "--did-not-come", absent).code == 0

    table = roster(capsys, db, "report", "ratios", *week).out
    rows = list(
        csv.DictReader(
            io.StringIO(roster(capsys, db, "report", "ratios", *week, "--format", "csv").out)
        )
    )
    html = roster(
        capsys, db, "report", "ratios", *week, "--format", "html", "-o", str(tmp_path / "r.html")
    )
    document = json.loads(roster(capsys, db, "export", "json", *week, "--published").out)

    total = next(
        r
        for r in rows
        if r["section"] == "ratios" and not r["activity_id"] and r["week"] == "total"
    )
    assert (total["volunteers_without_professional"], total["ran_unstaffed"]) == ("1", "0")
    assert [(r["shift_id"], r["reason"]) for r in rows if r["section"] == "incident"] == [
        (TUESDAY, "volunteers_without_professional")
    ]
    assert "volunteers_without_professional" in before  # the column is there before, at 0
    assert "1 incident happened on shifts that have started:" in table
    assert "Inloop Tue 1 Dec 09:00: 1 volunteer was there without their professional" in table
    assert html.code == 0
    assert "1 volunteer was there without their professional" in (tmp_path / "r.html").read_text()
    assert document["incidents"] == [
        {"shift": TUESDAY, "kind": "volunteers_without_professional", "volunteers": 1}
    ]
    by_id = {s["id"]: s for s in document["shifts"]}
    assert by_id[TUESDAY]["incident"] == "volunteers_without_professional"
    assert by_id["inloop@2026-12-02T09:00"]["incident"] is None  # still to come
