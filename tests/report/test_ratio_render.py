"""The same report as a terminal table, CSV and HTML: what a manager reads in each."""

import csv

from planner.domain import Period, Role
from planner.io.report_columns import percent
from planner.io.report_html import render_html
from planner.io.report_text import render_csv, render_table
from planner.report import compute_ratios

from .builders import MONDAY, activity, organisation, professional, roster, shifts_of, volunteer

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
            unstaffed={tuesday.id: "Els is on leave"},
        ),
    )


def test_percent_never_rounds_up_to_a_full_cover():
    assert percent(1.0) == "100 %"
    assert percent(0.9996) == "99.9 %"
    assert percent(None) == "–"


def test_table_shows_cover_and_lists_each_exception_with_its_reason():
    text = render_table(two_shift_report())

    assert "Professional cover" in text
    assert "Professional cover, whole window: 50.0 %" in text
    assert "Inloop di 3 nov 09:00: Els is on leave" in text


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
        ("inloop@2026-11-03T09:00", "Els is on leave")
    ]


def test_html_escapes_names_and_needs_nothing_from_outside():
    html = render_html(two_shift_report(name="Inloop <b>&</b>"))

    assert "Inloop &lt;b&gt;&amp;&lt;/b&gt;" in html
    assert "<b>&</b>" not in html
    assert html.count("<svg") == 4
    assert "Els is on leave" in html
    for external in ("src=", "href=", "@import", "url(", "<script"):
        assert external not in html
