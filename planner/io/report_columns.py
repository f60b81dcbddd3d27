"""The ratio report's columns, shared by the table, CSV, HTML and the TUI, so every view of the
report shows the same figures under the same names. A column's `header` is the English text,
worded in the current language by `title()`; its `key` names it in the CSV, in every language.
Numbers and percentages are written by planner/i18n/format.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from planner.i18n.format import NOTHING, integer, number, percent, short_date
from planner.i18n.language import N_, _, ngettext
from planner.report.ratios import ContractHours, RatioReport, RatioRow, ShiftFigures, VolunteerLoad


def week_label(week: date | None) -> str:
    return _("total") if week is None else short_date(week)


def activity_label(row: RatioRow) -> str:
    """The activity's name; 'Alle werkingen' on a row over all activities."""
    return _("All activities") if row.activity_id is None else row.activity


@dataclass(frozen=True)
class Column:
    header: str  # for people, in English: title() words it
    key: str  # for CSV
    text: Callable[[ShiftFigures], str]
    value: Callable[[ShiftFigures], float | int | None]  # raw, for CSV and charts

    def title(self) -> str:
        return _(self.header)


RATIO_COLUMNS: tuple[Column, ...] = (
    Column(N_("Shifts"), "shifts", lambda f: integer(f.shifts), lambda f: f.shifts),
    # Kept apart from cover: a shift nobody planned yet is no shift left without its
    # professionals.
    Column(N_("Not planned"), "not_planned", lambda f: integer(f.unplanned), lambda f: f.unplanned),
    # Nor is a shift that began before it was planned: history nobody recorded.
    Column(
        N_("Not recorded"), "not_recorded", lambda f: integer(f.unrecorded), lambda f: f.unrecorded
    ),
    Column(
        N_("Professional cover"),
        "professional_cover",
        lambda f: percent(f.cover),
        lambda f: f.cover,
    ),
    Column(
        N_("Prof. hours"),
        "professional_hours",
        lambda f: number(f.professional_hours),
        lambda f: round(f.professional_hours, 2),
    ),
    Column(
        N_("Vol. hours"),
        "volunteer_hours",
        lambda f: number(f.volunteer_hours),
        lambda f: round(f.volunteer_hours, 2),
    ),
    Column(
        N_("Vol. h per prof. h"),
        "volunteer_hours_per_professional_hour",
        lambda f: number(f.volunteer_hours_per_professional_hour, 2),
        lambda f: _round(f.volunteer_hours_per_professional_hour, 4),
    ),
    Column(
        N_("Vol./prof. mean"),
        "volunteers_per_professional_mean",
        lambda f: number(f.volunteers_per_professional_mean, 2),
        lambda f: _round(f.volunteers_per_professional_mean, 4),
    ),
    Column(
        N_("Vol./prof. max"),
        "volunteers_per_professional_max",
        lambda f: number(f.volunteers_per_professional_max, 2),
        lambda f: _round(f.volunteers_per_professional_max, 4),
    ),
    Column(
        N_("Allowed"),
        "volunteers_per_professional_allowed",
        lambda f: (
            NOTHING
            if f.volunteers_per_professional_allowed is None
            else str(f.volunteers_per_professional_allowed)
        ),
        lambda f: f.volunteers_per_professional_allowed,
    ),
    Column(N_("Continuity"), "continuity", lambda f: percent(f.continuity), lambda f: f.continuity),
    Column(
        N_("Newcomers"),
        "newcomer_places",
        lambda f: integer(f.newcomer_places),
        lambda f: f.newcomer_places,
    ),
    Column(
        N_("Mentors"),
        "mentor_places",
        lambda f: integer(f.mentor_places),
        lambda f: f.mentor_places,
    ),
    # What happened on shifts that have started (planner/report/incidents.py): managers
    # watch exactly these.
    Column(
        N_("Vol. without prof."),
        "volunteers_without_professional",
        lambda f: integer(f.volunteers_without_professional),
        lambda f: f.volunteers_without_professional,
    ),
    Column(
        N_("Ran unstaffed"),
        "ran_unstaffed",
        lambda f: integer(f.ran_unstaffed),
        lambda f: f.ran_unstaffed,
    ),
)


def unplanned_text(report: RatioReport) -> str:
    """'3 shifts not planned or not published yet: not counted in the cover', or ''."""
    count = report.total.unplanned
    if not count:
        return ""
    if report.source == "published":
        return ngettext(
            "{n} shift not planned or not published yet: not counted in the cover",
            "{n} shifts not planned or not published yet: not counted in the cover",
            count,
        )
    return ngettext(
        "{n} shift not planned yet: not counted in the cover",
        "{n} shifts not planned yet: not counted in the cover",
        count,
    )


def unrecorded_text(report: RatioReport) -> str:
    """'2 shifts started before they were planned: who worked is not recorded ...', or ''."""
    count = report.total.unrecorded
    if not count:
        return ""
    if report.source == "published":
        return ngettext(
            "{n} shift started before it was planned or published: who worked is not "
            "recorded (`roster correct` records it), not counted in the cover",
            "{n} shifts started before they were planned or published: who worked is not "
            "recorded (`roster correct` records it), not counted in the cover",
            count,
        )
    return ngettext(
        "{n} shift started before it was planned: who worked is not recorded "
        "(`roster correct` records it), not counted in the cover",
        "{n} shifts started before they were planned: who worked is not recorded "
        "(`roster correct` records it), not counted in the cover",
        count,
    )


def apart_texts(report: RatioReport) -> list[str]:
    """What the cover leaves out, each a sentence starting with a capital: not planned yet,
    and not recorded."""
    return [t[0].upper() + t[1:] for t in (unplanned_text(report), unrecorded_text(report)) if t]


def row_label(row: RatioRow) -> tuple[str, str]:
    return activity_label(row), week_label(row.week)


# Headers in English: the renderers word them with _().
LOAD_HEADERS = (
    N_("Week of"),
    N_("Volunteers"),
    N_("Active"),
    N_("Max load"),
    N_("Median load"),
    N_("At limit"),
    N_("Over limit"),
)


def load_cells(load: VolunteerLoad) -> tuple[str, ...]:
    return (
        week_label(load.week),
        integer(load.volunteers),
        integer(load.active),
        percent(load.max_load),
        percent(load.median_load),
        integer(load.at_limit),
        integer(load.over_limit),
    )


CONTRACT_HEADERS = (
    N_("Week of"),
    N_("Professionals"),
    N_("Hours"),
    N_("Contract hours"),
    N_("Hours / contract"),
    N_("Lowest"),
    N_("Highest"),
    N_("Over contract"),
)


def contract_cells(item: ContractHours) -> tuple[str, ...]:
    return (
        week_label(item.week),
        integer(item.professionals),
        number(item.hours),
        number(item.contract_hours),
        percent(item.share),
        percent(item.min_share),
        percent(item.max_share),
        integer(item.over_contract),
    )


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)
