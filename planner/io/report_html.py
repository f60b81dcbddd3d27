"""The ratio report as one self-contained HTML file a manager can send to a funder.

No external assets: styles inline, charts as inline SVG, no script. Text is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from html import escape

from planner.i18n.explanations import summary_text
from planner.i18n.format import short_date, short_datetime
from planner.io.report_columns import (
    CONTRACT_HEADERS,
    LOAD_HEADERS,
    RATIO_COLUMNS,
    contract_cells,
    load_cells,
    number,
    percent,
    unplanned_text,
    week_label,
)
from planner.report.ratios import RatioReport, RatioRow

GOOD, BAD, PRO, VOL, MUTED = "#2e7d32", "#c62828", "#1f5f8b", "#e0913a", "#9e9e9e"

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222;
       max-width: 1100px; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
.meta { color: #555; margin-top: 0; }
.cards { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1.2rem 0; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: .7rem 1rem; min-width: 180px; }
.card .value { font-size: 1.8rem; font-weight: 600; }
.card .label { color: #555; font-size: .9rem; }
.ok { color: #2e7d32; } .bad { color: #c62828; } .muted { color: #666; }
.charts { display: flex; gap: 2rem; flex-wrap: wrap; }
figure { margin: 0; } figcaption { font-weight: 600; margin-bottom: .3rem; }
table { border-collapse: collapse; font-size: .85rem; margin: .5rem 0; }
th, td { padding: .25rem .5rem; border-bottom: 1px solid #e5e5e5; text-align: right; }
th { background: #f3f5f7; vertical-align: bottom; }
td.name, th.name { text-align: left; }
th { font-weight: 600; font-size: .8rem; }
tr.total td { font-weight: 600; border-bottom: 2px solid #bbb; }
.notes { color: #555; font-size: .85rem; }
@media print { body { margin: 0; } h2 { page-break-after: avoid; } }
"""


def render_html(report: RatioReport) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Staffing ratios — {escape(report.organisation)}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>Staffing ratios — {escape(report.organisation)}</h1>",
        f'<p class="meta">{escape(_window_text(report))}</p>',
        _cards(report),
        "<h2>At a glance</h2>",
        '<div class="charts">',
        _figure(
            "Professional cover per activity",
            hbar_chart(
                [
                    Bar(
                        r.activity,
                        r.figures.cover or 0.0,
                        percent(r.figures.cover),
                        _cover_colour(r),
                    )
                    for r in report.activity_totals()
                ],
                maximum=1.0,
            ),
        ),
        _figure("Hours per week: professionals and volunteers", _hours_chart(report)),
        _figure(
            "Volunteer hours per professional hour",
            hbar_chart(
                [
                    Bar(
                        r.activity,
                        r.figures.volunteer_hours_per_professional_hour or 0.0,
                        number(r.figures.volunteer_hours_per_professional_hour, 2),
                        VOL,
                    )
                    for r in report.activity_totals()
                ]
            ),
        ),
        _figure(
            "Continuity: places filled by regulars",
            hbar_chart(
                [
                    Bar(r.activity, r.figures.continuity or 0.0, percent(r.figures.continuity), PRO)
                    for r in report.activity_totals()
                ],
                maximum=1.0,
            ),
        ),
        "</div>",
        "<h2>Per activity</h2>",
        _ratio_table(report.activity_totals() + [_grand_total(report)], week_column=False),
        "<h2>Per week, all activities</h2>",
        _ratio_table(report.week_totals() + [_grand_total(report)], activity_column=False),
        "<h2>Shifts without their professionals</h2>",
        _exceptions(report),
        "<h2>Volunteers' load against their own limits</h2>",
        _plain_table(LOAD_HEADERS, [load_cells(x) for x in report.volunteer_load]),
        "<h2>Professionals' hours against contract</h2>",
        _plain_table(CONTRACT_HEADERS, [contract_cells(x) for x in report.contract_hours]),
        "<h2>Detail: per activity and week</h2>",
        _ratio_table([r for r in report.rows if r.activity_id is not None]),
        _notes(report),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


# -- charts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str
    colour: str


def hbar_chart(bars: Sequence[Bar], *, maximum: float | None = None, width: int = 520) -> str:
    """Horizontal bars with their labels and values; `maximum` fixes the scale (1.0 = 100 %)."""
    label_w, value_w, row_h = 210, 60, 24
    top = max([maximum or 0.0] + [b.value for b in bars]) or 1.0
    bar_w = width - label_w - value_w
    height = row_h * len(bars) + 8
    out = [_svg_open(width, height, "bar chart")]
    for i, b in enumerate(bars):
        y = 4 + i * row_h
        length = max(0.0, b.value) / top * bar_w
        out.append(
            f'<text x="{label_w - 6}" y="{y + 16}" text-anchor="end" font-size="11">'
            f"<title>{escape(b.label)}</title>{escape(_clip(b.label, 32))}</text>"
        )
        out.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="18" fill="#f0f0f0"/>')
        out.append(
            f'<rect x="{label_w}" y="{y + 3}" width="{length:.1f}" height="18" fill="{b.colour}"/>'
        )
        out.append(
            f'<text x="{label_w + bar_w + 6}" y="{y + 16}" font-size="12">{escape(b.text)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def _hours_chart(report: RatioReport, width: int = 520, height: int = 220) -> str:
    weeks = report.week_totals()
    left, bottom, top_pad = 44, 38, 22
    plot_h = height - bottom - top_pad
    top = max([1.0] + [max(r.figures.professional_hours, r.figures.volunteer_hours) for r in weeks])
    slot = (width - left - 10) / max(1, len(weeks))
    bar = min(28.0, slot / 3)
    out = [_svg_open(width, height, "hours per week")]
    for frac in (0.0, 0.5, 1.0):  # light grid with the scale
        y = top_pad + plot_h * (1 - frac)
        out.append(f'<line x1="{left}" x2="{width - 6}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(
            f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" font-size="10">'
            f"{top * frac:.0f}</text>"
        )
    for i, row in enumerate(weeks):
        assert row.week is not None  # week_totals keeps the rows of one week
        x = left + i * slot + slot / 2
        for j, (hours, colour) in enumerate(
            ((row.figures.professional_hours, PRO), (row.figures.volunteer_hours, VOL))
        ):
            h = hours / top * plot_h
            bx = x - bar + j * bar
            out.append(
                f'<rect x="{bx:.1f}" y="{top_pad + plot_h - h:.1f}" width="{bar - 2:.1f}" '
                f'height="{h:.1f}" fill="{colour}"><title>{hours:.1f} h</title></rect>'
            )
        out.append(
            f'<text x="{x:.1f}" y="{height - bottom + 14}" text-anchor="middle" font-size="11">'
            f"{escape(short_date(row.week))}</text>"
        )
    legend_y = height - 8
    out.append(f'<rect x="{left}" y="{legend_y - 9}" width="10" height="10" fill="{PRO}"/>')
    out.append(f'<text x="{left + 14}" y="{legend_y}" font-size="11">professional hours</text>')
    out.append(f'<rect x="{left + 140}" y="{legend_y - 9}" width="10" height="10" fill="{VOL}"/>')
    out.append(f'<text x="{left + 154}" y="{legend_y}" font-size="11">volunteer hours</text>')
    out.append("</svg>")
    return "".join(out)


def _svg_open(width: int, height: int, label: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
        'font-family="system-ui, sans-serif">'
    )


def _figure(caption: str, svg: str) -> str:
    return f"<figure><figcaption>{escape(caption)}</figcaption>{svg}</figure>"


def _cover_colour(row: RatioRow) -> str:
    if row.figures.cover is None:
        return MUTED
    return GOOD if row.figures.cover == 1.0 else BAD


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


# -- text ----------------------------------------------------------------------------------


def _window_text(report: RatioReport) -> str:
    w = report.window
    last = w.end - timedelta(days=1)
    text = (
        f"{short_date(w.start)} {w.start.year} to {short_date(last)} {last.year} "
        f"({w.weeks} week{'s' if w.weeks != 1 else ''}), "
    )
    if report.source == "published":
        text += "published roster"
        if report.published_at:
            text += f", published {report.published_at:%Y-%m-%d %H:%M} UTC"
    else:
        text += "working roster (draft, not yet published)"
    return text


def _cards(report: RatioReport) -> str:
    total = report.total
    cover_class = "" if total.cover is None else "ok" if total.cover == 1.0 else "bad"
    cards = [
        (
            percent(total.cover),
            f"professional cover of {total.planned} planned shifts",
            cover_class,
        ),
        (str(total.shifts), "shifts", ""),
        (
            number(total.volunteer_hours_per_professional_hour, 2),
            "volunteer h per professional h",
            "",
        ),
        (percent(total.continuity), "continuity", ""),
    ]
    if total.unplanned:
        state = (
            "not planned or not published yet"
            if report.source == "published"
            else "not planned yet"
        )
        cards.insert(1, (str(total.unplanned), f"shifts {state}", "muted"))
    body = "".join(
        f'<div class="card"><div class="value {cls}">{escape(value)}</div>'
        f'<div class="label">{escape(label)}</div></div>'
        for value, label, cls in cards
    )
    return f'<div class="cards">{body}</div>'


def _grand_total(report: RatioReport) -> RatioRow:
    return next(r for r in report.rows if r.activity_id is None and r.week is None)


def _ratio_table(
    rows: Sequence[RatioRow], *, activity_column: bool = True, week_column: bool = True
) -> str:
    names = [("Activity", activity_column), ("Week of", week_column)]
    head = "".join(f'<th class="name">{h}</th>' for h, shown in names if shown)
    head += "".join(f"<th>{escape(c.header)}</th>" for c in RATIO_COLUMNS)
    out = [f"<table><thead><tr>{head}</tr></thead><tbody>"]
    for row in rows:
        is_total = row.week is None if week_column else row.activity_id is None
        cls = ' class="total"' if is_total else ""
        cells = ""
        if activity_column:
            cells += f'<td class="name">{escape(row.activity)}</td>'
        if week_column:
            cells += f'<td class="name">{escape(week_label(row.week))}</td>'
        cells += "".join(f"<td>{escape(c.text(row.figures))}</td>" for c in RATIO_COLUMNS)
        out.append(f"<tr{cls}>{cells}</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _exceptions(report: RatioReport) -> str:
    unplanned = unplanned_text(report)
    apart = (
        f'<p class="muted">{escape(unplanned[0].upper() + unplanned[1:])}.</p>' if unplanned else ""
    )
    if not report.exceptions:
        if not report.total.planned:
            return apart
        return '<p class="ok">Every planned shift had its qualified professionals.</p>' + apart
    items = "".join(
        f"<li>{escape(e.activity)} {escape(short_datetime(e.start))}: {escape(summary_text(e.reason))}</li>"
        for e in report.exceptions
    )
    return f'<p class="bad">{len(report.exceptions)} shift(s):</p><ul>{items}</ul>' + apart


def _plain_table(headers: Sequence[str], lines: Sequence[Sequence[str]]) -> str:
    def cell(tag: str, i: int, text: str) -> str:
        name = ' class="name"' if i == 0 else ""
        return f"<{tag}{name}>{escape(text)}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(cell("td", i, c) for i, c in enumerate(line)) + "</tr>" for line in lines
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _notes(report: RatioReport) -> str:
    closed = (
        f" {report.closed_shifts} shift(s) fell on public holidays or closing days and are not "
        "counted."
        if report.closed_shifts
        else ""
    )
    return (
        '<h2>How to read this</h2><p class="notes">'
        "Professional cover: share of planned open shifts with at least the required number of "
        "professionals holding the activity's qualifications; volunteers never count toward it. "
        "Shifts not planned (or not published) yet are counted apart, not as missing cover. "
        "Reasons give counts per rule, never names. "
        "Hours are real hours (a night across a clock change counts 11 or 13). "
        "Volunteers per professional: per covered shift where volunteers take part; "
        "“Allowed” is the activity's supervision ratio. "
        "Continuity: places filled by people whose home activity it is or who did it in the four "
        "weeks before. A volunteer's load is their shifts against the limits they set themselves "
        f"(100 % = at their limit).{closed} No client data is held or shown.</p>"
    )
