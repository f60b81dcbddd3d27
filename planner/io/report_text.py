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
from planner.report.ratios import RatioReport


def render_table(report: RatioReport) -> str:
    out = [_title(report), ""]
    headers = (_("Activity"), _("Week of"), *(c.title() for c in RATIO_COLUMNS))
    lines = []
    for row in report.rows:
        lines.append((*row_label(row), *(c.text(row.figures) for c in RATIO_COLUMNS)))
    out += _grid(headers, lines, separate_after=_group_ends(report), text_columns=2)
    total = report.total
    out += [
        "",
        ngettext(
            "Professional cover, whole window: {cover} of {n} planned shift",
            "Professional cover, whole window: {cover} of {n} planned shifts",
            total.planned,
            cover=percent(total.cover),
        ),
    ]
    out += apart_texts(report)
    if report.exceptions:
        out.append(_("Shifts without their professionals ({count}):", count=len(report.exceptions)))
        for e in report.exceptions:
            out.append(f"  - {e.activity} {short_datetime(e.start)}: {summary_text(e.reason)}")
    elif total.planned:
        out.append(_("Every planned shift has its qualified professionals."))
    if report.incidents:
        out.append(incidents_heading(len(report.incidents)))
        out += [f"  - {incident_text(i)}" for i in report.incidents]
    if report.closed_shifts:
        out.append(
            _(
                "Closed shifts (holidays, closing days), not counted: {count}",
                count=report.closed_shifts,
            )
        )
    out += ["", _("Volunteers' load against their own limits")]
    out += _grid([_(h) for h in LOAD_HEADERS], [load_cells(x) for x in report.volunteer_load])
    out += ["", _("Professionals' hours against contract")]
    out += _grid(
        [_(h) for h in CONTRACT_HEADERS], [contract_cells(x) for x in report.contract_hours]
    )
    return "\n".join(out) + "\n"


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


def _group_ends(report: RatioReport) -> set[int]:
    """Rule a line under each activity's total row."""
    return {i for i, row in enumerate(report.rows) if row.week is None}


def _grid(
    headers: Sequence[str],
    lines: Sequence[Sequence[str]],
    separate_after: frozenset[int] | set[int] = frozenset(),
    text_columns: int = 1,
) -> list[str]:
    widths = [max([len(h)] + [len(line[i]) for line in lines]) for i, h in enumerate(headers)]

    def fmt(cells: Sequence[str]) -> str:
        # Names left, figures right, as a reader scans them.
        parts = [
            c.ljust(w) if i < text_columns else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    out = [fmt(headers), rule]
    for i, line in enumerate(lines):
        out.append(fmt(line))
        if i in separate_after and i != len(lines) - 1:
            out.append("")
    return out


def _raw(value: float | int | None) -> str:
    return "" if value is None else str(value)
