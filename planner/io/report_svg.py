"""The ratio report's charts as inline SVG, for the self-contained HTML file: no script, no
external file. Labels and numbers are in the current language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from planner.i18n.format import hours_text, integer, short_date
from planner.i18n.language import _
from planner.report.ratios import RatioReport, RatioRow

GOOD, BAD, PRO, VOL, MUTED = "#2e7d32", "#c62828", "#1f5f8b", "#e0913a", "#9e9e9e"


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
    out = [_svg_open(width, height, _("bar chart"))]
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


def hours_chart(report: RatioReport, width: int = 520, height: int = 220) -> str:
    weeks = report.week_totals()
    left, bottom, top_pad = 44, 38, 22
    plot_h = height - bottom - top_pad
    top = max([1.0] + [max(r.figures.professional_hours, r.figures.volunteer_hours) for r in weeks])
    slot = (width - left - 10) / max(1, len(weeks))
    bar = min(28.0, slot / 3)
    out = [_svg_open(width, height, _("hours per week"))]
    for frac in (0.0, 0.5, 1.0):  # light grid with the scale
        y = top_pad + plot_h * (1 - frac)
        out.append(f'<line x1="{left}" x2="{width - 6}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(
            f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" font-size="10">'
            f"{integer(round(top * frac))}</text>"
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
                f'height="{h:.1f}" fill="{colour}"><title>{escape(hours_text(round(hours, 1)))}</title></rect>'
            )
        out.append(
            f'<text x="{x:.1f}" y="{height - bottom + 14}" text-anchor="middle" font-size="11">'
            f"{escape(short_date(row.week))}</text>"
        )
    legend_y = height - 8
    out.append(f'<rect x="{left}" y="{legend_y - 9}" width="10" height="10" fill="{PRO}"/>')
    pro, vol = escape(_("professional hours")), escape(_("volunteer hours"))
    out.append(f'<text x="{left + 14}" y="{legend_y}" font-size="11">{pro}</text>')
    out.append(f'<rect x="{left + 140}" y="{legend_y - 9}" width="10" height="10" fill="{VOL}"/>')
    out.append(f'<text x="{left + 154}" y="{legend_y}" font-size="11">{vol}</text>')
    out.append("</svg>")
    return "".join(out)


def _svg_open(width: int, height: int, label: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
        'font-family="system-ui, sans-serif">'
    )


def cover_colour(row: RatioRow) -> str:
    if row.figures.cover is None:
        return MUTED
    return GOOD if row.figures.cover == 1.0 else BAD


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
