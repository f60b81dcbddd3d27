"""The ratio report as one self-contained HTML file a manager can send to a funder, in the
current language.

No external assets: styles inline, charts as inline SVG (planner/io/report_svg.py), no script.
Text is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from html import escape

from planner.i18n.explanations import summary_text
from planner.i18n.format import integer, number, percent, short_datetime, span_text
from planner.i18n.incidents import incident_text, incidents_heading
from planner.i18n.language import _, current, ngettext
from planner.io.report_columns import (
    CONTRACT_HEADERS,
    LOAD_HEADERS,
    RATIO_COLUMNS,
    activity_label,
    apart_texts,
    contract_cells,
    load_cells,
    week_label,
)
from planner.io.report_svg import PRO, VOL, Bar, cover_colour, hbar_chart, hours_chart
from planner.report.ratios import RatioReport, RatioRow

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
    title = escape(_("Staffing ratios — {organisation}", organisation=report.organisation))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{current().code}"><head><meta charset="utf-8">',
        f"<title>{title}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>{title}</h1>",
        f'<p class="meta">{escape(_window_text(report))}</p>',
        _cards(report),
        _h2(_("At a glance")),
        '<div class="charts">',
        _figure(
            _("Professional cover per activity"),
            hbar_chart(
                [
                    Bar(
                        r.activity,
                        r.figures.cover or 0.0,
                        percent(r.figures.cover),
                        cover_colour(r),
                    )
                    for r in report.activity_totals()
                ],
                maximum=1.0,
            ),
        ),
        _figure(_("Hours per week: professionals and volunteers"), hours_chart(report)),
        _figure(
            _("Volunteer hours per professional hour"),
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
            _("Continuity: places filled by regulars"),
            hbar_chart(
                [
                    Bar(r.activity, r.figures.continuity or 0.0, percent(r.figures.continuity), PRO)
                    for r in report.activity_totals()
                ],
                maximum=1.0,
            ),
        ),
        "</div>",
        _h2(_("Per activity")),
        _ratio_table(report.activity_totals() + [_grand_total(report)], week_column=False),
        _h2(_("Per week, all activities")),
        _ratio_table(report.week_totals() + [_grand_total(report)], activity_column=False),
        _h2(_("Shifts without their professionals")),
        _exceptions(report),
        _h2(_("Volunteers' load against their own limits")),
        _plain_table(LOAD_HEADERS, [load_cells(x) for x in report.volunteer_load]),
        _h2(_("Professionals' hours against contract")),
        _plain_table(CONTRACT_HEADERS, [contract_cells(x) for x in report.contract_hours]),
        _h2(_("Detail: per activity and week")),
        _ratio_table([r for r in report.rows if r.activity_id is not None]),
        _notes(report),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


# -- text ----------------------------------------------------------------------------------


def _h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _figure(caption: str, svg: str) -> str:
    return f"<figure><figcaption>{escape(caption)}</figcaption>{svg}</figure>"


def _window_text(report: RatioReport) -> str:
    w = report.window
    span = ngettext(
        "{span} ({n} week)",
        "{span} ({n} weeks)",
        w.weeks,
        span=span_text(w.start, w.end - timedelta(days=1)),
    )
    if report.source != "published":
        return _("{span}, working roster (draft, not yet published)", span=span)
    if report.published_at:
        # The moment in the zone it carries (the organisation's, from the service), with
        # that zone's offset: never a local time labelled UTC.
        at = report.published_at
        when = at.strftime("%Y-%m-%d %H:%M")
        offset = at.strftime("%z") or "+0000"
        zone = f"UTC{offset[:3]}:{offset[3:]}"
        return _(
            "{span}, published roster, published {when} ({zone})", span=span, when=when, zone=zone
        )
    return _("{span}, published roster", span=span)


def _cards(report: RatioReport) -> str:
    total = report.total
    cover_class = "" if total.cover is None else "ok" if total.cover == 1.0 else "bad"
    cards = [
        (
            percent(total.cover),
            ngettext(
                "professional cover of {n} planned shift",
                "professional cover of {n} planned shifts",
                total.planned,
            ),
            cover_class,
        ),
        (integer(total.shifts), _("shifts"), ""),
        (
            number(total.volunteer_hours_per_professional_hour, 2),
            _("volunteer h per professional h"),
            "",
        ),
        (percent(total.continuity), _("continuity"), ""),
    ]
    if total.unplanned:
        if report.source == "published":
            state = _("shifts not planned or not published yet")
        else:
            state = _("shifts not planned yet")
        cards.insert(1, (integer(total.unplanned), state, "muted"))
    if total.unrecorded:
        cards.insert(1, (integer(total.unrecorded), _("shifts started without a record"), "muted"))
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
    names = [(_("Activity"), activity_column), (_("Week of"), week_column)]
    head = "".join(f'<th class="name">{escape(h)}</th>' for h, shown in names if shown)
    head += "".join(f"<th>{escape(c.title())}</th>" for c in RATIO_COLUMNS)
    out = [f"<table><thead><tr>{head}</tr></thead><tbody>"]
    for row in rows:
        is_total = row.week is None if week_column else row.activity_id is None
        cls = ' class="total"' if is_total else ""
        cells = ""
        if activity_column:
            cells += f'<td class="name">{escape(activity_label(row))}</td>'
        if week_column:
            cells += f'<td class="name">{escape(week_label(row.week))}</td>'
        cells += "".join(f"<td>{escape(c.text(row.figures))}</td>" for c in RATIO_COLUMNS)
        out.append(f"<tr{cls}>{cells}</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _exceptions(report: RatioReport) -> str:
    apart = "".join(f'<p class="muted">{escape(text)}.</p>' for text in apart_texts(report))
    if not report.exceptions:
        if not report.total.planned:
            return apart
        every = _("Every planned shift had its qualified professionals.")
        return f'<p class="ok">{escape(every)}</p>' + apart
    items = "".join(
        f"<li>{escape(e.activity)} {escape(short_datetime(e.start))}: {escape(summary_text(e.reason))}</li>"
        for e in report.exceptions
    )
    count = ngettext("{n} shift:", "{n} shifts:", len(report.exceptions))
    return f'<p class="bad">{escape(count)}</p><ul>{items}</ul>' + apart + _incidents(report)


def _incidents(report: RatioReport) -> str:
    """What happened on shifts that have started, apart from what the plan said."""
    if not report.incidents:
        return ""
    items = "".join(f"<li>{escape(incident_text(i))}</li>" for i in report.incidents)
    heading = incidents_heading(len(report.incidents))
    return f'<p class="bad">{escape(heading)}</p><ul>{items}</ul>'


def _plain_table(headers: Sequence[str], lines: Sequence[Sequence[str]]) -> str:
    def cell(tag: str, i: int, text: str) -> str:
        name = ' class="name"' if i == 0 else ""
        return f"<{tag}{name}>{escape(text)}</{tag}>"

    head = "".join(cell("th", i, _(h)) for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(cell("td", i, c) for i, c in enumerate(line)) + "</tr>" for line in lines
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _notes(report: RatioReport) -> str:
    closed = (
        " "
        + ngettext(
            "{n} shift fell on a public holiday or closing day and is not counted.",
            "{n} shifts fell on public holidays or closing days and are not counted.",
            report.closed_shifts,
        )
        if report.closed_shifts
        else ""
    )
    notes = _(
        "Professional cover: share of planned open shifts with at least the required number "
        "of professionals holding the activity's qualifications; volunteers never count "
        "toward it. Shifts not planned (or not published) yet are counted apart, not as "
        "missing cover. Reasons give counts per rule, never names. Hours are real hours (a "
        "night across a clock change counts 11 or 13). Volunteers per professional: per "
        "covered shift where volunteers take part; “Allowed” is the activity's supervision "
        "ratio. Continuity: places filled by people whose home activity it is or who did it "
        "in the four weeks before. A volunteer's load is their shifts against the limits "
        "they set themselves (100 % = at their limit)."
    )
    client = _("No client data is held or shown.")
    heading = _h2(_("How to read this"))
    return f'{heading}<p class="notes">{escape(notes)}{escape(closed)} {escape(client)}</p>'
