"""The ratio report's columns and number formats, shared by the table, CSV, HTML and the TUI,
so every view of the report shows the same figures under the same names."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from planner.i18n.format import short_date
from planner.report.ratios import ContractHours, RatioReport, RatioRow, ShiftFigures, VolunteerLoad


def percent(value: float | None) -> str:
    """Rounded half up to one decimal (2/7 reads '28.6 %'), but '100 %' only when it really
    is 100 %: just below reads '99.9 %' (a shift without its professionals must show), just
    above '100.1 %' (a volunteer over their own limit must show)."""
    if value is None:
        return "–"
    if math.isinf(value):
        return "∞"
    if value == 1.0:
        return "100 %"
    # Through the shortest decimal text of the float, so 0.0285 is 2.85 and rounds to 2.9.
    tenths = (Decimal(repr(value)) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if tenths == 100:
        tenths = Decimal("99.9") if value < 1.0 else Decimal("100.1")
    return f"{tenths:.1f} %"


def number(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "–"
    if math.isinf(value):
        return "∞"
    return f"{value:.{decimals}f}"


def week_label(week: date | None) -> str:
    return "total" if week is None else short_date(week)


@dataclass(frozen=True)
class Column:
    header: str  # for people
    key: str  # for CSV
    text: Callable[[ShiftFigures], str]
    value: Callable[[ShiftFigures], float | int | None]  # raw, for CSV and charts


RATIO_COLUMNS: tuple[Column, ...] = (
    Column("Shifts", "shifts", lambda f: str(f.shifts), lambda f: f.shifts),
    # Kept apart from cover: a shift nobody planned yet is no shift left without its
    # professionals.
    Column("Not planned", "not_planned", lambda f: str(f.unplanned), lambda f: f.unplanned),
    Column(
        "Professional cover", "professional_cover", lambda f: percent(f.cover), lambda f: f.cover
    ),
    Column(
        "Prof. hours",
        "professional_hours",
        lambda f: number(f.professional_hours),
        lambda f: round(f.professional_hours, 2),
    ),
    Column(
        "Vol. hours",
        "volunteer_hours",
        lambda f: number(f.volunteer_hours),
        lambda f: round(f.volunteer_hours, 2),
    ),
    Column(
        "Vol. h per prof. h",
        "volunteer_hours_per_professional_hour",
        lambda f: number(f.volunteer_hours_per_professional_hour, 2),
        lambda f: _round(f.volunteer_hours_per_professional_hour, 4),
    ),
    Column(
        "Vol./prof. mean",
        "volunteers_per_professional_mean",
        lambda f: number(f.volunteers_per_professional_mean, 2),
        lambda f: _round(f.volunteers_per_professional_mean, 4),
    ),
    Column(
        "Vol./prof. max",
        "volunteers_per_professional_max",
        lambda f: number(f.volunteers_per_professional_max, 2),
        lambda f: _round(f.volunteers_per_professional_max, 4),
    ),
    Column(
        "Allowed",
        "volunteers_per_professional_allowed",
        lambda f: (
            "–"
            if f.volunteers_per_professional_allowed is None
            else str(f.volunteers_per_professional_allowed)
        ),
        lambda f: f.volunteers_per_professional_allowed,
    ),
    Column("Continuity", "continuity", lambda f: percent(f.continuity), lambda f: f.continuity),
)


def unplanned_text(report: RatioReport) -> str:
    """'3 shift(s) not planned or not published yet: not counted in the cover', or ''."""
    count = report.total.unplanned
    if not count:
        return ""
    state = "not planned or not published" if report.source == "published" else "not planned"
    return f"{count} shift(s) {state} yet: not counted in the cover"


def row_label(row: RatioRow) -> tuple[str, str]:
    return row.activity, week_label(row.week)


LOAD_HEADERS = (
    "Week of",
    "Volunteers",
    "Active",
    "Max load",
    "Median load",
    "At limit",
    "Over limit",
)


def load_cells(load: VolunteerLoad) -> tuple[str, ...]:
    return (
        week_label(load.week),
        str(load.volunteers),
        str(load.active),
        percent(load.max_load),
        percent(load.median_load),
        str(load.at_limit),
        str(load.over_limit),
    )


CONTRACT_HEADERS = (
    "Week of",
    "Professionals",
    "Hours",
    "Contract hours",
    "Hours / contract",
    "Lowest",
    "Highest",
    "Over contract",
)


def contract_cells(item: ContractHours) -> tuple[str, ...]:
    return (
        week_label(item.week),
        str(item.professionals),
        number(item.hours),
        number(item.contract_hours),
        percent(item.share),
        percent(item.min_share),
        percent(item.max_share),
        str(item.over_contract),
    )


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)
