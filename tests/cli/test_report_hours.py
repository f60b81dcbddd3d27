"""`roster report hours`: the hours that happened (published shifts that have ended, with
`roster correct` applied), for a funder without names, and in agreement with the ratio
report over the same weeks."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest
from openpyxl import load_workbook

from planner.report.hours import HoursBy
from planner.service.service import Service
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.cli.roster_run import roster
from tests.io.folder_builder import professional_row, volunteer_row, write_folder

WEEK = ("--from", "2026-11-30", "--to", "2026-12-06")


@pytest.fixture
def db(tmp_path, monkeypatch) -> str:
    """A week of the drop-in (weekdays 09:00-12:00) planned and published on the Sunday
    before: Els on every shift, Jan (at most 2 a week) on two."""
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    monkeypatch.setenv("ROSTER_NOW", "2026-11-29T08:00+01:00")
    people = [professional_row(), volunteer_row(), volunteer_row("an", "An Claes")]
    roster_run = [
        ("load", str(write_folder(tmp_path / "org", people=people))),
        ("plan", "--from", "2026-11-30", "--weeks", "1", "--time-limit", "5"),
        ("publish", "--from", "2026-11-30", "--weeks", "1"),
    ]
    for args in roster_run:
        assert main_code(url, *args) == 0, args
    return url


def main_code(url: str, *args: str) -> int:
    from cli import main

    try:
        main(["--db", url, "--lang", "en", *args])
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    return 0


def _service(db: str, now: str) -> Service:
    moment = datetime.fromisoformat(now)
    return Service(Repository(make_engine(db)), clock=lambda: moment)


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_only_ended_shifts_count_and_a_correction_changes_the_hours(capsys, db, monkeypatch):
    before = _service(db, "2026-12-02T11:00+01:00").hours_report(
        datetime(2026, 11, 30).date(), datetime(2026, 12, 6).date()
    )
    # Monday and Tuesday have ended; Wednesday is under way, Thursday and Friday to come.
    assert before.total.professional_shifts == 2
    assert before.total.professional_hours == 6.0
    assert before.not_over == 3
    tuesday = "inloop@2026-12-01T09:00"
    volunteers_tuesday = [
        a.person_id
        for a in Repository(make_engine(db)).roster(before_period(), published=True).assignments
        if a.shift_id == tuesday and a.role.value == "volunteer"
    ]
    assert volunteers_tuesday, "the test needs a volunteer on Tuesday"
    monkeypatch.setenv("ROSTER_NOW", "2026-12-02T11:00+01:00")
    corrected = roster(capsys, db, "correct", tuesday, "--did-not-come", volunteers_tuesday[0])
    assert corrected.code == 0, corrected.err

    after = _service(db, "2026-12-02T11:00+01:00").hours_report(
        datetime(2026, 11, 30).date(), datetime(2026, 12, 6).date()
    )

    assert after.total.volunteer_hours == before.total.volunteer_hours - 3.0
    assert after.total.professional_hours == before.total.professional_hours


def before_period():
    from planner.domain import Period
    from tests.builders import MONDAY

    return Period(MONDAY)


def test_the_hours_agree_with_the_ratio_report_over_the_same_week(db):
    service = _service(db, "2026-12-08T08:00+01:00")
    hours = service.hours_report(datetime(2026, 11, 30).date(), datetime(2026, 12, 6).date())
    ratios = service.ratio_report(before_period())

    assert hours.not_over == 0
    assert hours.total.professional_hours == pytest.approx(ratios.total.professional_hours)
    assert hours.total.volunteer_hours == pytest.approx(ratios.total.volunteer_hours)
    assert hours.total.professional_hours == 15.0  # five mornings of 3 h
    for by in HoursBy:
        each = service.hours_report(
            datetime(2026, 11, 30).date(), datetime(2026, 12, 6).date(), by=by
        )
        assert each.total == hours.total


def test_the_funders_report_names_nobody_and_the_person_report_is_their_own(
    capsys, db, monkeypatch
):
    monkeypatch.setenv("ROSTER_NOW", "2026-12-08T08:00+01:00")
    by_month = roster(capsys, db, "report", "hours", *WEEK, "--by", "month", "--format", "csv")

    assert by_month.code == 0
    for name in ("Els", "Jan", "An Claes", "Vermeulen", "Peeters", ",els,", ",jan,", ",an,"):
        assert name not in by_month.out
    rows = _rows(by_month.out)
    assert [list(r) for r in rows] == [list(rows[0])] * len(rows)  # no person column at all
    # Monday 30 November is in November, the rest of the week in December.
    assert [(r["month"], r["activity_id"], float(r["professional_hours"])) for r in rows] == [
        ("2026-11", "inloop", 3.0),
        ("2026-11", "total", 3.0),
        ("2026-12", "inloop", 12.0),
        ("2026-12", "total", 12.0),
        ("", "total", 15.0),
    ]
    assert rows[0]["site"] == "Sociaal Huis, Markt 1"
    assert float(rows[-1]["volunteer_hours"]) == float(rows[1]["volunteer_hours"]) + float(
        rows[3]["volunteer_hours"]
    )

    jan = roster(capsys, db, "report", "hours", *WEEK, "--person", "jan", "--format", "csv")
    assert "Els Vermeulen" not in jan.out and "An Claes" not in jan.out
    jan_lines = [r for r in _rows(jan.out) if r["activity_id"] == "inloop"]
    assert [float(r["professional_hours"]) for r in jan_lines] == [0.0]
    assert float(jan_lines[0]["volunteer_hours"]) == 3.0 * float(jan_lines[0]["volunteer_shifts"])

    by_person = roster(capsys, db, "report", "hours", *WEEK, "--by", "person")
    assert "Els Vermeulen" in by_person.out and "Jan Peeters" in by_person.out


def test_a_workbook_and_a_page_hold_the_same_numbers(capsys, db, tmp_path, monkeypatch):
    monkeypatch.setenv("ROSTER_NOW", "2026-12-08T08:00+01:00")
    book = tmp_path / "hours.xlsx"
    assert (
        roster(capsys, db, "report", "hours", *WEEK, "--format", "xlsx", "-o", str(book)).code == 0
    )
    sheet = load_workbook(book).active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[1] == [
        "Activity",
        "Site",
        "Prof. shifts",
        "Prof. hours",
        "Vol. shifts",
        "Vol. hours",
    ]
    assert rows[2][:4] == ["Inloop", "Sociaal Huis, Markt 1", 5, 15.0]
    page = roster(capsys, db, "report", "hours", *WEEK, "--format", "html", lang="nl").out
    assert page.startswith("<!DOCTYPE html>") and '<html lang="nl">' in page
    assert '<td class="num">15,0</td>' in page and "Gewerkte uren" in page


def test_a_refusal_names_the_option(capsys, db):
    result = roster(capsys, db, "report", "hours", "--from", "2026-12-06", "--to", "2026-11-30")
    assert result.code == 2
    assert "--to" in result.err and "Traceback" not in result.err
    unknown = roster(capsys, db, "report", "hours", *WEEK, "--person", "nobody")
    assert unknown.code == 2
    assert unknown.err == "error: unknown person 'nobody'\n"


def test_the_personal_page_counts_the_hours_the_report_counts(capsys, db, monkeypatch):
    """The page counts "My hours" from the person's own rows; the report by person reads the
    whole organisation. Seen on Friday 4 December 11:00: Monday 30 November (this year, not this
    month) and Tuesday to Thursday have ended, Friday is under way; Tuesday's first volunteer
    did not come (a correction)."""
    monkeypatch.setenv("ROSTER_NOW", "2026-12-02T11:00+01:00")
    tuesday = "inloop@2026-12-01T09:00"
    published = Repository(make_engine(db)).roster(before_period(), published=True).assignments
    absent = next(a.person_id for a in published if a.shift_id == tuesday and a.role.value == "volunteer")  # fmt: skip
    assert roster(capsys, db, "correct", tuesday, "--did-not-come", absent).code == 0
    monkeypatch.setenv("ROSTER_NOW", "2026-12-04T11:00+01:00")
    service = _service(db, "2026-12-04T11:00+01:00")

    def by_person(first: str) -> dict[str, tuple[int, float]]:
        out = roster(capsys, db, "report", "hours", "--from", first, "--to", "2026-12-04",
                     "--by", "person", "--format", "csv").out  # fmt: skip
        return {
            r["person_id"]: (
                int(r["professional_shifts"]) + int(r["volunteer_shifts"]),
                float(r["professional_hours"]) + float(r["volunteer_hours"]),
            )
            for r in _rows(out)
            if r["activity_id"] == "total" and r["person_id"]
        }

    month, year = by_person("2026-12-01"), by_person("2026-01-01")
    for person in ("els", "jan", "an"):
        link = service.issue_page(person).url
        assert link is not None
        view = service.page(link.rsplit("/", 1)[1])
        assert view is not None
        assert (view.month_hours, view.year_hours) == (
            month.get(person, (0, 0.0)),
            year.get(person, (0, 0.0)),
        ), person
    assert year["els"] == (4, 12.0) and month["els"] == (3, 9.0)  # the month's edge counts
    assert year[absent][0] == sum(
        1 for a in published if a.person_id == absent and a.shift_id < "inloop@2026-12-04"
    ) - 1  # fmt: skip
