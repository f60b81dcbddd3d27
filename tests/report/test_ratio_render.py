"""The same report as a terminal table, CSV and HTML: what a manager reads in each."""

import csv
from datetime import timedelta

import pytest

from planner.domain import Period, Role
from planner.io.report_columns import percent
from planner.io.report_html import render_html
from planner.io.report_text import render_csv, render_table
from planner.reasons import Blocked, Reason, UnstaffedReason, Verdict
from planner.report.ratios import compute_ratios
from planner.rule_id import RuleId

from .builders import MONDAY, activity, organisation, professional, roster, shifts_of, volunteer

pytestmark = pytest.mark.usefixtures("english")

WEEK = Period(MONDAY, 1)


def two_shift_report(name: str = "Inloop"):
    org = organisation(
        activities=[activity(name=name, rrule="FREQ=WEEKLY;BYDAY=MO,TU")],
        people=[professional("els"), volunteer("jan")],
    )
    monday, tuesday = shifts_of(org)
    return compute_ratios(
        org,
        WEEK,
        [monday, tuesday],
        roster(
            WEEK,
            (monday.id, "els", Role.PROFESSIONAL),
            (monday.id, "jan", Role.VOLUNTEER),
            unstaffed={
                tuesday.id: UnstaffedReason(
                    Verdict.NO_PROFESSIONAL_FREE,
                    needed=1,
                    blocked=(Blocked(Reason.of(RuleId.ABSENCE, kind="leave"), ("els",)),),
                )
            },
        ),
    )


def test_percent_never_rounds_up_to_a_full_cover():
    assert percent(1.0) == "100 %"
    assert percent(0.9996) == "99,9 %"
    assert percent(None) == "–"


def test_percent_rounds_half_up_to_one_decimal():
    assert percent(2 / 7) == "28,6 %"
    assert percent(4 / 15) == "26,7 %"
    assert percent(0.0285) == "2,9 %"
    assert percent(0.5) == "50,0 %"
    assert percent(1.0004) == "100,1 %"  # a volunteer just over their own limit shows it


def one_planned_of_two_report(source: str = "published"):
    org = organisation(
        activities=[activity(rrule="FREQ=WEEKLY;BYDAY=MO,TU")], people=[professional("els")]
    )
    monday, _ = shifts_of(org)
    return compute_ratios(
        org,
        WEEK,
        shifts_of(org),
        roster(WEEK, (monday.id, "els", Role.PROFESSIONAL)),
        source=source,
    )


def test_shifts_not_planned_are_said_apart_in_every_format():
    report = one_planned_of_two_report()

    table = render_table(report)
    assert "Professional cover, whole window: 100 % of 1 planned shift" in table
    assert "1 shift not planned or not published yet: not counted in the cover" in table
    total = next(
        r
        for r in csv.DictReader(render_csv(report).splitlines())
        if r["activity_id"] == "" and r["week"] == "total"
    )
    assert (total["shifts"], total["not_planned"], total["professional_cover"]) == ("2", "1", "1.0")
    html = render_html(report)
    assert "shifts not planned or not published yet" in html
    assert "1 shift not planned or not published yet" in html
    draft = render_table(one_planned_of_two_report("working"))
    assert "1 shift not planned yet" in draft


def test_table_shows_cover_and_lists_each_exception_with_its_reason():
    text = render_table(two_shift_report())

    assert "Professional cover" in text
    assert "Professional cover, whole window: 50,0 %" in text
    assert "Inloop Tue 3 Nov 09:00: no qualified professional free (1 absent)" in text
    assert "Els Pro" not in text and "leave" not in text


def test_csv_has_a_cover_column_and_one_row_per_exception():
    rows = list(csv.DictReader(render_csv(two_shift_report()).splitlines()))

    totals = [
        r
        for r in rows
        if r["section"] == "ratios" and r["activity_id"] == "" and r["week"] == "total"
    ]
    assert totals[0]["professional_cover"] == "0.5"
    exceptions = [r for r in rows if r["section"] == "cover_exception"]
    assert [(r["shift_id"], r["reason"]) for r in exceptions] == [
        ("inloop@2026-11-03T09:00", "no qualified professional free (1 absent)")
    ]


def test_html_escapes_names_and_needs_nothing_from_outside():
    html = render_html(two_shift_report(name="Inloop <b>&</b>"))

    assert "Inloop &lt;b&gt;&amp;&lt;/b&gt;" in html
    assert "<b>&</b>" not in html
    assert html.count("<svg") == 4
    assert "no qualified professional free (1 absent)" in html
    assert "Els Pro" not in html
    for external in ("src=", "href=", "@import", "url(", "<script"):
        assert external not in html


def test_html_says_when_it_was_published_in_the_zone_of_that_moment():
    from dataclasses import replace
    from datetime import datetime
    from zoneinfo import ZoneInfo

    brussels = datetime(2026, 11, 25, 10, 30, tzinfo=ZoneInfo("Europe/Brussels"))
    html = render_html(replace(two_shift_report(), published_at=brussels))
    assert "published 2026-11-25 10:30 (UTC+01:00)" in html
    assert "10:30 UTC" not in html  # the local time is not labelled UTC


def test_shifts_that_started_before_they_were_planned_are_said_apart_as_not_recorded():
    org = organisation(
        activities=[activity(rrule="FREQ=WEEKLY;BYDAY=MO,TU")], people=[professional("els")]
    )
    monday, tuesday = shifts_of(org, 1, MONDAY)
    report = compute_ratios(
        org,
        WEEK,
        [monday, tuesday],
        roster(WEEK, (tuesday.id, "els", Role.PROFESSIONAL)),
        source="working",
        now=tuesday.start - timedelta(hours=12),  # Monday 21:00: planned after Monday began
    )

    table = render_table(report)
    assert (
        "1 shift started before it was planned: who worked is not recorded "
        "(`roster correct` records it), not counted in the cover"
    ) in table
    assert "not planned yet" not in table
    total = next(
        r
        for r in csv.DictReader(render_csv(report).splitlines())
        if r["activity_id"] == "" and r["week"] == "total"
    )
    assert (total["not_recorded"], total["not_planned"], total["professional_cover"]) == (
        "1",
        "0",
        "1.0",
    )
    assert "shifts started without a record" in render_html(report)
