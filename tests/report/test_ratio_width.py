"""The ratio report's table fits the terminal it is printed in, and shows in every width the
figures the CSV holds for the same data."""

import csv
import re

import pytest

from planner.domain import Period, Role
from planner.io.report_columns import RATIO_COLUMNS, week_label
from planner.io.report_text import render_csv, render_table
from planner.io.text_grid import fitted
from planner.reasons import Blocked, Reason, UnstaffedReason, Verdict
from planner.report.ratios import compute_ratios
from planner.rule_id import RuleId

from .builders import MONDAY, activity, organisation, professional, roster, shifts_of, volunteer

pytestmark = pytest.mark.usefixtures("english")

TWO_WEEKS = Period(MONDAY, 2)
CELLS = re.compile(r" {2,}")


@pytest.fixture(scope="module")
def report():
    """Two activities over two weeks: volunteers on some shifts, one shift left unstaffed."""
    org = organisation(
        activities=[
            activity("inloop", name="Inloopcentrum De Fontein (voormiddag)"),
            activity("taal", name="Taalcafé", rrule="FREQ=WEEKLY;BYDAY=TU", per_professional=3),
        ],
        people=[professional("els"), volunteer("jan"), volunteer("an")],
    )
    shifts = shifts_of(org, 2)
    inloop1, inloop2 = (s for s in shifts if s.id.startswith("inloop"))
    taal1, taal2 = (s for s in shifts if s.id.startswith("taal"))
    unstaffed = UnstaffedReason(
        Verdict.NO_PROFESSIONAL_FREE,
        needed=1,
        blocked=(Blocked(Reason.of(RuleId.ABSENCE, kind="leave"), ("els",)),),
    )
    return compute_ratios(
        org,
        TWO_WEEKS,
        shifts,
        roster(
            TWO_WEEKS,
            (inloop1.id, "els", Role.PROFESSIONAL),
            (inloop1.id, "jan", Role.VOLUNTEER),
            (inloop1.id, "an", Role.VOLUNTEER),
            (taal1.id, "els", Role.PROFESSIONAL),
            (taal1.id, "jan", Role.VOLUNTEER),
            (inloop2.id, "els", Role.PROFESSIONAL),
            unstaffed={taal2.id: unstaffed},
        ),
    )


def test_at_80_columns_no_line_is_longer_and_every_figure_of_the_csv_is_shown(report):
    table = render_table(report, width=80)

    assert max(len(line) for line in table.splitlines()) <= 80
    shown = _turned_figures(table, {row.activity for row in report.rows})
    expected = _csv_figures(report)
    assert shown.keys() == expected.keys()
    for (name, week, key), raw in expected.items():
        assert _same(shown[name, week, key], raw), (name, week, key, shown[name, week, key], raw)
    # The sentences below the table are wrapped, not cut.
    flat = " ".join(table.split())
    assert "Inloopcentrum De Fontein (voormiddag)" in table
    assert "Taalcafé Tue 10 Nov 09:00: no qualified professional free (1 absent)" in flat
    assert "Els Pro" not in table and "leave" not in table  # the funders' report names no one


def test_at_200_columns_each_activity_and_week_is_one_line(report):
    table = render_table(report, width=200)

    assert max(len(line) for line in table.splitlines()) <= 200
    expected = [
        [week_label(row.week), *(c.text(row.figures) for c in RATIO_COLUMNS)] for row in report.rows
    ]
    weeks = {cells[0] for cells in expected}
    rows = [
        cells
        for cells in (CELLS.split(line.strip()) for line in _ratio_part(table))
        if cells[0] in weeks
    ]
    assert rows == expected


def test_without_a_width_the_table_is_as_wide_as_it_needs(report):
    lines = render_table(report).splitlines()

    assert any(line.startswith("All activities") and " total " in line for line in lines)


def test_a_table_too_wide_is_turned_in_bands_that_keep_every_cell():
    headers = ["Week of", "Volunteers", "Active", "Max load", "Median load", "At limit"]
    lines = [[f"Mon {d} Dec", str(d), str(d + 1), f"{d},5 %", f"{d},4 %", "0"] for d in range(9)]

    out = fitted(headers, lines, 40)

    assert max(len(line) for line in out) <= 40
    text = "\n".join(out)
    for line in lines:
        for cell in line:
            assert cell in text
    assert sum(line.startswith("Week of") for line in out) > 1  # more than one band


def _ratio_part(table: str) -> list[str]:
    """The lines of the ratio table, above the sentences and the other tables."""
    lines = table.splitlines()
    return lines[: next(i for i, x in enumerate(lines) if x.startswith("Professional cover, "))]


def _csv_figures(report) -> dict[tuple[str, str, str], str]:
    rows = csv.DictReader(render_csv(report).splitlines())
    weeks = {r.week.isoformat(): week_label(r.week) for r in report.rows if r.week}
    return {
        (r["activity"], weeks.get(r["week"], "total"), c.key): r[c.key]
        for r in rows
        if r["section"] == "ratios"
        for c in RATIO_COLUMNS
    }


def _turned_figures(table: str, names: set[str]) -> dict[tuple[str, str, str], str]:
    """Read the narrow form back: a block per activity, a row per figure, a column per week."""
    by_title = {c.title(): c.key for c in RATIO_COLUMNS}
    shown: dict[tuple[str, str, str], str] = {}
    name = weeks = None
    for line in _ratio_part(table):
        cells = CELLS.split(line.strip())
        if line in names:
            name = line
        elif cells[0] == "Week of":
            weeks = cells[1:]
        elif cells[0] in by_title:
            assert name and weeks and len(cells) == 1 + len(weeks)
            for week, cell in zip(weeks, cells[1:], strict=True):
                shown[name, week, by_title[cells[0]]] = cell
    return shown


def _same(text: str, raw: str) -> bool:
    """A figure as the table writes it ('50,0 %', '1.234,5', '–') against the CSV's raw value,
    within the table's rounding."""
    if text == "–":
        return raw == ""
    share = text.endswith(" %")
    digits = text.removesuffix(" %").replace(".", "").replace(",", ".")
    decimals = len(digits.partition(".")[2])
    value = float(digits) / (100 if share else 1)
    tolerance = 0.5 * 10 ** -(decimals + (2 if share else 0)) + 1e-9
    return abs(value - float(raw)) <= tolerance
