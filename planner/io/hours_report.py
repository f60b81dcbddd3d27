"""The hours report (planner/report/hours.py) as a table for the terminal, CSV, an Excel
workbook or one self-contained HTML page, in the current language. As with the ratio report,
the CSV's header keys and raw numbers are the same in every language; names are worded.
Lines by activity or by month name nobody: that is the report a funder gets."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from planner.i18n.format import month_year, number, span_text
from planner.i18n.language import _, current, ngettext
from planner.report.hours import HoursBy, HoursLine, HoursReport

Cell = str | int | float


@dataclass(frozen=True)
class Column:
    key: str  # the CSV's header, the same in every language
    title: Callable[[], str]  # worded when rendered
    raw: Callable[[HoursLine, HoursReport], Cell]
    text: Callable[[HoursLine, HoursReport], str]
    numeric: bool = False


def _hours(value: float) -> float:
    return round(value, 2)


def _label(line: HoursLine) -> str:
    return _("Total") if line.is_total else line.activity


def _month(line: HoursLine) -> str:
    return month_year(line.month.year, line.month.month) if line.month else ""


PERSON = Column(
    "person",
    lambda: _("Person"),
    lambda line, r: r.name(line.person_id) if line.person_id else "",
    lambda line, r: r.name(line.person_id) if line.person_id else "",
)
MONTH = Column(
    "month",
    lambda: _("Month"),
    lambda line, w: line.month.strftime("%Y-%m") if line.month else "",
    lambda line, w: _month(line),
)
FIGURES = (
    Column(
        "activity_id",
        lambda: _("Activity"),
        lambda line, w: line.activity_id or "total",
        lambda line, w: _label(line),
    ),
    Column("site", lambda: _("Site"), lambda line, w: line.site, lambda line, w: line.site),
    Column(
        "professional_shifts",
        lambda: _("Prof. shifts"),
        lambda line, w: line.figures.professional_shifts,
        lambda line, w: str(line.figures.professional_shifts),
        True,
    ),
    Column(
        "professional_hours",
        lambda: _("Prof. hours"),
        lambda line, w: _hours(line.figures.professional_hours),
        lambda line, w: number(line.figures.professional_hours),
        True,
    ),
    Column(
        "volunteer_shifts",
        lambda: _("Vol. shifts"),
        lambda line, w: line.figures.volunteer_shifts,
        lambda line, w: str(line.figures.volunteer_shifts),
        True,
    ),
    Column(
        "volunteer_hours",
        lambda: _("Vol. hours"),
        lambda line, w: _hours(line.figures.volunteer_hours),
        lambda line, w: number(line.figures.volunteer_hours),
        True,
    ),
)


def columns(report: HoursReport) -> tuple[Column, ...]:
    if report.by is HoursBy.PERSON:
        return (PERSON, *FIGURES)
    if report.by is HoursBy.MONTH:
        return (MONTH, *FIGURES)
    return FIGURES


def title(report: HoursReport) -> str:
    span = span_text(report.first, report.last)
    if report.person_id is not None:
        return _(
            "Hours worked by {name} — {organisation} — {span}",
            name=report.name(report.person_id),
            organisation=report.organisation,
            span=span,
        )
    return _("Hours worked — {organisation} — {span}", organisation=report.organisation, span=span)


def notes(report: HoursReport) -> list[str]:
    out = [
        _(
            "Hours that happened: published shifts that have ended, with the corrections of "
            "who actually came. Real hours, split by the place filled (professional or "
            "volunteer)."
        )
    ]
    if report.by is not HoursBy.PERSON and report.person_id is None:
        out.append(_("No one is named in this report."))
    if report.not_over:
        out.append(
            ngettext(
                "{n} shift of the window has not ended yet: not counted.",
                "{n} shifts of the window have not ended yet: not counted.",
                report.not_over,
            )
        )
    if report.not_recorded:
        out.append(
            ngettext(
                "{n} shift of the window started before it was planned or published: who "
                "worked is not recorded (`roster correct` records it), not counted.",
                "{n} shifts of the window started before they were planned or published: who "
                "worked is not recorded (`roster correct` records it), not counted.",
                report.not_recorded,
            )
        )
    return out


def render_table(report: HoursReport) -> str:
    cols = columns(report)
    headers = [c.title() for c in cols]
    lines = [[c.text(line, report) for c in cols] for line in report.lines]
    widths = [max([len(h)] + [len(row[i]) for row in lines]) for i, h in enumerate(headers)]

    def fmt(row: Sequence[str]) -> str:
        cells = [
            cell.rjust(widths[i]) if cols[i].numeric else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        return "  ".join(cells).rstrip()

    out = [title(report), "", fmt(headers), "  ".join("-" * w for w in widths)]
    for line, row in zip(report.lines, lines, strict=True):
        out.append(fmt(row))
        if line.is_total:
            out.append("")
    return "\n".join([*out, *notes(report)]) + "\n"


def _rows(report: HoursReport) -> list[list[Cell]]:
    cols = columns(report)
    rows: list[list[Cell]] = []
    for line in report.lines:
        rows.append([c.raw(line, report) for c in cols])
    return rows


def render_csv(report: HoursReport) -> str:
    """The report's data: the person's id before their name (by person), the activity's name
    after its id ('total' for a total line)."""
    keys = [c.key for c in columns(report)]
    at = keys.index("activity_id") + 1
    keys.insert(at, "activity")
    if report.by is HoursBy.PERSON:
        keys.insert(0, "person_id")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(keys)
    for line, row in zip(report.lines, _rows(report), strict=True):
        row.insert(at, line.activity)
        if report.by is HoursBy.PERSON:
            row.insert(0, line.person_id or "")
        writer.writerow(row)
    return out.getvalue()


def render_xlsx(report: HoursReport) -> bytes:
    """One sheet, worded headers, hours as numbers a spreadsheet can sum."""
    from openpyxl import Workbook  # only when a workbook is asked for
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook has one sheet
    sheet.title = _("Hours")[:31]
    sheet.append([title(report)])
    sheet.append([c.title() for c in columns(report)])
    cols = columns(report)
    for line in report.lines:  # words for people, numbers for a spreadsheet to sum
        sheet.append([c.raw(line, report) if c.numeric else c.text(line, report) for c in cols])
        if line.is_total:
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
    for note in notes(report):
        sheet.append([note])
    sheet.freeze_panes = "A3"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222;
       max-width: 1000px; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.5rem; }
table { border-collapse: collapse; font-size: .9rem; margin: .5rem 0; }
th, td { padding: .25rem .6rem; border-bottom: 1px solid #e5e5e5; text-align: left; }
th { background: #f3f5f7; font-weight: 600; }
td.num, th.num { text-align: right; }
tr.total td { font-weight: 600; border-bottom: 2px solid #bbb; }
.notes { color: #555; font-size: .85rem; }
"""


def render_html(report: HoursReport) -> str:
    cols = columns(report)
    heading = escape(title(report))

    def cell(tag: str, col: Column, text: str) -> str:
        kind = ' class="num"' if col.numeric else ""
        return f"<{tag}{kind}>{escape(text)}</{tag}>"

    head = "".join(cell("th", c, c.title()) for c in cols)
    body = "".join(
        ('<tr class="total">' if line.is_total else "<tr>")
        + "".join(cell("td", c, c.text(line, report)) for c in cols)
        + "</tr>"
        for line in report.lines
    )
    notes_html = "".join(f"<p>{escape(n)}</p>" for n in notes(report))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{current().code}"><head><meta charset="utf-8">'
        f"<title>{heading}</title><style>{CSS}</style></head><body>\n"
        f"<h1>{heading}</h1>\n"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n"
        f'<div class="notes">{notes_html}</div>\n'
        "</body></html>\n"
    )
