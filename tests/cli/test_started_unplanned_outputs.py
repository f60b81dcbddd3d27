"""A week planned and published on Tuesday morning: Monday's and Tuesday's drop-ins had
started, so no roster has them. The wall print, the JSON export and the hours report show them
as history nobody recorded, as the ratio report does, and Thursday's drop-in (Els on leave) as
the one shift left unstaffed."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from tests.cli.roster_run import roster
from tests.io.folder_builder import absence_row, professional_row, volunteer_row, write_folder

TUESDAY_MORNING = "2026-12-01T10:00+01:00"
FRIDAY_EVENING = "2026-12-04T18:00+01:00"  # every drop-in of the week has ended
WEEK = ("--from", "2026-11-30", "--weeks", "1")
MONDAY, TUESDAY = "inloop@2026-11-30T09:00", "inloop@2026-12-01T09:00"
THURSDAY = "inloop@2026-12-03T09:00"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    from cli import main

    tmp = tmp_path_factory.mktemp("started")
    url = f"sqlite:///{tmp / 'roster.db'}"
    folder = write_folder(
        tmp / "org",
        people=[professional_row(), volunteer_row()],
        absences=[absence_row("els", "2026-12-03", "2026-12-03")],
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ROSTER_NOW", TUESDAY_MORNING)
        for args in (
            ("load", str(folder)),
            ("plan", *WEEK, "--time-limit", "5"),
            ("publish", *WEEK),
        ):
            try:
                main(["--db", url, "--lang", "en", *args])
            except SystemExit as exc:
                assert exc.code in (0, None), args
    return url


def shift_classes(page: str) -> list[tuple[str, str]]:
    """(class, mark text) of each drop-in card, Monday to Friday."""
    return re.findall(
        r'<div class="shift ?([a-z]*)"><div class="time">09:00–12:00</div>'
        r'<div class="activity">Inloop</div>(?:<div[^>]*>([^<]*)</div>)?',
        page,
    )


def test_the_wall_shows_the_started_shifts_as_history_and_thursday_unstaffed(
    capsys, db, monkeypatch
):
    monkeypatch.setenv("ROSTER_NOW", TUESDAY_MORNING)

    published = roster(capsys, db, "export", "print", *WEEK)
    working = roster(capsys, db, "export", "print", *WEEK, "--working", lang="nl")

    assert published.code == 0 and working.code == 0, published.err + working.err
    history = ("history", "started before it was published")
    assert shift_classes(published.out) == [
        history,
        history,
        ("", ""),  # Wednesday: Els and Jan
        ("unstaffed", "UNSTAFFED"),
        ("", ""),
    ]
    assert "not planned yet" not in published.out
    marks = [mark for _cls, mark in shift_classes(working.out)]
    assert marks == ["begonnen voor het gepland werd"] * 2 + ["", "ONBEZET", ""]


def test_json_says_not_recorded_as_the_ratio_report_and_thursday_is_the_gap(
    capsys, db, monkeypatch
):
    monkeypatch.setenv("ROSTER_NOW", TUESDAY_MORNING)

    result = roster(capsys, db, "export", "json", *WEEK, "--published")
    document = json.loads(result.out)
    ratios = roster(capsys, db, "report", "ratios", *WEEK, "--format", "csv")

    assert document["format"] == "roster-export/2"
    status = {s["id"]: (s["status"], s["reason"], s["incident"]) for s in document["shifts"]}
    assert status[MONDAY] == status[TUESDAY] == ("not_recorded", None, None)
    assert status[THURSDAY][0] == "unstaffed"
    assert [u["shift"] for u in document["unstaffed"]] == [THURSDAY]
    assert document["incidents"] == []
    rows = csv.DictReader(io.StringIO(ratios.out))
    total = next(r for r in rows if r.get("section") == "ratios" and r["week"] == "total")
    recorded = sum(1 for s in document["shifts"] if s["status"] == "not_recorded")
    assert int(total["not_recorded"]) == recorded == 2


def test_hours_say_how_many_shifts_nobody_recorded(capsys, db, monkeypatch):
    monkeypatch.setenv("ROSTER_NOW", FRIDAY_EVENING)

    hours = roster(capsys, db, "report", "hours", "--from", "2026-11-30", "--to", "2026-12-06")

    assert hours.code == 0, hours.err
    assert (
        "2 shifts of the window started before they were planned or published: who worked "
        "is not recorded (`roster correct` records it), not counted."
    ) in hours.out
