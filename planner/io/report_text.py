"""The ratio report as a plain-text table (the terminal) and as CSV (a spreadsheet), in the
current language. The CSV is the report's data: its header keys and raw numbers are the same
in every language (docs/reports.md), only its names and reasons are worded."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import timedelta

from planner.dates import activity_of
from planner.i18n.explanations import summary_text
from planner.i18n.format import percent, short_datetime, span_text
from planner.i18n.incidents import incident_text, incidents_heading
from planner.i18n.language import _, ngettext
from planner.io.report_columns import (
    CONTRACT_HEADERS,
    LOAD_HEADERS,
    RATIO_COLUMNS,
    activity_label,
    apart_texts,
    contract_cells,
    load_cells,
    row_label,
)
from planner.io.text_grid import Line, fitted, grid, turned, widest, wrap
from planner.report.ratios import RatioReport


def render_table(report: RatioReport, width: int | None = None) -> str:
    """The report for a terminal `width` columns wide (None: any width). The wide table has a
    line per activity and week; when it does not fit, its headings go over two lines under
    each activity's name, and when that does not fit either each activity gets a block of
    its own, figures down and weeks across. Every form shows every figure."""
    out = [*wrap(_title(report), width), ""]
    out += _ratio_table(report, width)
    total = report.total
    sentences = [
        "",
        ngettext(
            "Professional cover, whole window: {cover} of {n} planned shift",
            "Professional cover, whole window: {cover} of {n} planned shifts",
            total.planned,
            cover=percent(total.cover),
        ),
    ]
    sentences += apart_texts(report)
    if report.exceptions:
        sentences.append(
            _("Shifts without their professionals ({count}):", count=len(report.exceptions))
        )
        for e in report.exceptions:
            sentences.append(
                f"  - {e.activity} {short_datetime(e.start)}: {summary_text(e.reason)}"
            )
    elif total.planned:
        sentences.append(_("Every planned shift has its qualified professionals."))
    if report.incidents:
        sentences.append(incidents_heading(len(report.incidents)))
        sentences += [f"  - {incident_text(i)}" for i in report.incidents]
    if report.closed_shifts:
        sentences.append(
            _(
                "Closed shifts (holidays, closing days), not counted: {count}",
                count=report.closed_shifts,
            )
        )
    for sentence in sentences:
        out += wrap(sentence, width, indent="  ")
    out += ["", *wrap(_("Volunteers' load against their own limits"), width)]
    out += fitted(
        [_(h) for h in LOAD_HEADERS], [load_cells(x) for x in report.volunteer_load], width
    )
    out += ["", *wrap(_("Professionals' hours against contract"), width)]
    out += fitted(
        [_(h) for h in CONTRACT_HEADERS], [contract_cells(x) for x in report.contract_hours], width
    )
    return "\n".join(out) + "\n"


def _ratio_table(report: RatioReport, width: int | None) -> list[str]:
    titles = [c.title() for c in RATIO_COLUMNS]
    groups: list[tuple[str, list[tuple[str, ...]]]] = []
    previous = None
    for i, row in enumerate(report.rows):
        name, week = row_label(row)
        # A group is an activity's weeks and its total; two activities may share a name.
        if i == 0 or row.activity_id != previous:
            groups.append((name, []))
        previous = row.activity_id
        groups[-1][1].append((week, *(c.text(row.figures) for c in RATIO_COLUMNS)))
    wide = grid(
        (_("Activity"), _("Week of"), *titles),
        _gaps([[(name, *cells) for cells in rows] for name, rows in groups]),
        text_columns=2,
    )
    if width is None or widest(wide) <= width:
        return wide
    # The activity's name above its weeks rather than in a column beside them.
    named = grid(
        (_("Week of"), *titles),
        _gaps([[name, *rows] for name, rows in groups]),
        heading_lines=2,
    )
    if widest(named) <= width:
        return named
    out: list[str] = []
    for name, rows in groups:
        if out:
            out.append("")
        out += wrap(name, width)
        out += turned((_("Week of"), *titles), rows, width)
    return out


def _gaps(groups: Sequence[Sequence[Line]]) -> list[Line]:
    """The groups' lines with an empty line between two groups."""
    out: list[Line] = []
    for group in groups:
        if out:
            out.append("")
        out += group
    return out


def render_csv(report: RatioReport) -> str:
    """One row per activity and week (and totals), raw numbers; cover exceptions follow as
    rows of section 'cover_exception' with their shift and reason, then the incidents that
    happened as rows of section 'incident' with their shift and kind."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            "section",
            "activity_id",
            "activity",
            "week",
            *(c.key for c in RATIO_COLUMNS),
            "covered",
            "shifts_over_ratio",
            "shift_id",
            "shift_start",
            "reason",
        ]
    )
    for row in report.rows:
        f = row.figures
        writer.writerow(
            [
                "ratios",
                row.activity_id or "",
                activity_label(row),
                row.week.isoformat() if row.week else "total",
                *(_raw(c.value(f)) for c in RATIO_COLUMNS),
                f.covered,
                f.shifts_over_ratio,
                "",
                "",
                "",
            ]
        )
    for e in report.exceptions:
        writer.writerow(
            [
                "cover_exception",
                activity_of(e.shift_id),
                e.activity,
                "",
                *([""] * len(RATIO_COLUMNS)),
            ]
            + ["", "", e.shift_id, e.start.isoformat(), summary_text(e.reason)]
        )
    for i in report.incidents:
        writer.writerow(
            ["incident", activity_of(i.shift_id), i.activity, "", *([""] * len(RATIO_COLUMNS))]
            + ["", "", i.shift_id, i.start.isoformat(), i.kind.value]
        )
    return buffer.getvalue()


def _title(report: RatioReport) -> str:
    w = report.window
    when = span_text(w.start, w.end - timedelta(days=1))
    if report.source == "published":
        source = _("published roster")
    else:
        source = _("working roster (draft)")
    return _(
        "Staffing ratios — {organisation} — {when} — {source}",
        organisation=report.organisation,
        when=when,
        source=source,
    )


def _raw(value: float | int | None) -> str:
    return "" if value is None else str(value)
