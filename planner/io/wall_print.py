"""The roster on the wall: a week of one site as one printed page (A4 landscape), shifts by
day, who works them, unstaffed shifts marked, in the current language (the organisation's).
A shift that had started before the printed roster had it is history (nobody recorded on it,
planner/report/incidents.py, unrecorded), marked quietly as such: no gap to raise on a wall.
One self-contained HTML file with a print stylesheet: no script, no external file, text
escaped. Names are full or first names only, as the organisation chose for a wall that
visitors see ([print] names in organisation.toml)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape

from planner.domain import Organisation, Period, Person, Role, Roster, Shift
from planner.i18n.format import clock, day_month, day_year, span_text, weekday_name
from planner.i18n.language import _, current
from planner.report.incidents import unrecorded

FULL, FIRST = "full", "first"
TODAY = ' class="today"'
NAME_CHOICES = (FULL, FIRST)

CSS = """
@page { size: A4 landscape; margin: 10mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #000; margin: 0; font-size: 11pt; }
.sheet { width: 277mm; height: 190mm; padding: 0; page-break-after: always;
         break-after: page; display: flex; flex-direction: column; }
.sheet:last-child { page-break-after: auto; break-after: auto; }
header { display: flex; justify-content: space-between; align-items: baseline;
         border-bottom: 2px solid #000; margin-bottom: 3mm; }
h1 { font-size: 18pt; margin: 0 0 1mm 0; }
.week { font-size: 13pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; flex: 1; }
th { font-size: 11pt; text-align: left; border-bottom: 1px solid #000; padding: 1mm; }
th.today { background: #eee; }
td { vertical-align: top; border-right: 1px solid #999; padding: 1mm; }
td:last-child { border-right: none; }
.shift { border: 1px solid #555; border-radius: 2mm; padding: 1.5mm; margin-bottom: 2mm;
         page-break-inside: avoid; break-inside: avoid; }
.time { font-weight: bold; }
.activity { font-size: 10pt; }
.people { margin: 1mm 0 0 0; padding: 0; list-style: none; }
.people li { font-size: 11pt; }
.pro { font-weight: bold; }
.unstaffed { border: 2px dashed #000; background: repeating-linear-gradient(
             45deg, #fff, #fff 2mm, #ddd 2mm, #ddd 4mm); }
.mark { font-weight: bold; text-transform: uppercase; }
.history { border: 1px dotted #555; color: #555; }
.note { font-style: italic; font-size: 10pt; }
.closed { color: #555; font-style: italic; }
footer { font-size: 9pt; color: #333; margin-top: 2mm; display: flex;
         justify-content: space-between; }
@media screen { body { background: #888; } .sheet { background: #fff; margin: 5mm auto;
                padding: 10mm; width: 297mm; height: 210mm; } }
"""


@dataclass(frozen=True)
class WallPage:
    site: str
    monday: date


def sites_of(shifts: Sequence[Shift], wanted: str | None = None) -> list[str]:
    """The sites of the shifts in the order they first appear, those containing `wanted`
    (any case) when given."""
    found = list(dict.fromkeys(s.activity.site for s in shifts))
    if wanted:
        found = [site for site in found if wanted.casefold() in site.casefold()]
    return found


def render_wall(
    org: Organisation,
    period: Period,
    shifts: Sequence[Shift],
    roster: Roster,
    *,
    names: str = FIRST,
    site: str | None = None,
    today: date | None = None,
    now: datetime | None = None,
    published: bool = True,
) -> str:
    """`now`: the clock, for the shifts that started before the roster printed (`published`:
    the published one, else the working one) had them."""
    people = {p.id: p for p in org.people}
    history = (
        _("started before it was published") if published else _("started before it was planned")
    )
    marks = dict.fromkeys(unrecorded(shifts, roster, now), history)
    on: dict[str, list[tuple[Person | None, Role, str]]] = defaultdict(list)
    for a in roster.assignments:
        person = people.get(a.person_id)
        on[a.shift_id].append((person, a.role, a.person_id))
    pages = []
    for chosen in sites_of(shifts, site):
        for week in range(period.weeks):
            monday = period.start + timedelta(weeks=week)
            days = [monday + timedelta(days=i) for i in range(7)]
            here = [s for s in shifts if s.activity.site == chosen and s.local_date in days]
            pages.append(_page(org, chosen, days, here, on, roster, marks, names, today))
    title = escape(_("Roster — {organisation}", organisation=org.name))
    nothing = _("No shifts at this site in these weeks.")
    body = "\n".join(pages) or f"<p>{escape(nothing)}</p>"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{current().code}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{CSS}</style></head><body>\n{body}\n</body></html>\n"
    )


def _page(
    org: Organisation,
    site: str,
    days: list[date],
    shifts: list[Shift],
    on: dict[str, list[tuple[Person | None, Role, str]]],
    roster: Roster,
    marks: dict[str, str],
    names: str,
    today: date | None,
) -> str:
    by_day: dict[date, list[Shift]] = defaultdict(list)
    for s in sorted(shifts, key=lambda s: (s.start, s.activity.name)):
        by_day[s.local_date].append(s)
    head = "".join(_day_head(d, d == today) for d in days)
    cells = "".join(
        "<td>"
        + "".join(
            _shift(s, on.get(s.id, []), s.id in roster.unstaffed, marks.get(s.id), names)
            for s in by_day[d]
        )
        + "</td>"
        for d in days
    )
    number = days[0].isocalendar().week
    week = _("Week {number}", number=number) + ": " + span_text(days[0], days[-1])
    contact = _("Questions? {contact}", contact=org.coordinator) if org.coordinator else ""
    printed = _("Printed {day}", day=day_year(today)) if today else ""
    return (
        '<section class="sheet">'
        f"<header><h1>{escape(site or org.name)}</h1>"
        f'<span class="week">{escape(week)}</span></header>'
        f"<table><thead><tr>{head}</tr></thead><tbody><tr>{cells}</tr></tbody></table>"
        f"<footer><span>{escape(org.name)}</span><span>{escape(contact)}</span>"
        f"<span>{escape(printed)}</span></footer>"
        "</section>"
    )


def _day_head(day: date, today: bool) -> str:
    text = f"{weekday_name(day.weekday(), 'wide')} {day_month(day)}"
    return f"<th{TODAY if today else ''}>{escape(text)}</th>"


def _shift(
    shift: Shift,
    people: list[tuple[Person | None, Role, str]],
    unstaffed: bool,
    history: str | None,
    names: str,
) -> str:
    when = f"{clock(shift.start.time())}–{clock(shift.end.time())}"
    head = (
        f'<div class="time">{escape(when)}</div>'
        f'<div class="activity">{escape(shift.activity.name)}</div>'
    )
    if shift.closed:
        closed = _("closed")
        return f'<div class="shift closed">{head}<div>{escape(closed)}</div></div>'
    if history is not None:  # not a gap: nothing can be planned on it any more
        return f'<div class="shift history">{head}<div class="note">{escape(history)}</div></div>'
    if unstaffed or not people:
        mark = _("UNSTAFFED") if unstaffed else _("not planned yet")
        return f'<div class="shift unstaffed">{head}<div class="mark">{escape(mark)}</div></div>'
    ordered = sorted(
        people, key=lambda item: (item[1] is not Role.PROFESSIONAL, _name(item, names))
    )
    items = "".join(
        f'<li class="{"pro" if role is Role.PROFESSIONAL else "vol"}">'
        f"{escape(_name((person, role, pid), names))}</li>"
        for person, role, pid in ordered
    )
    return f'<div class="shift">{head}<ul class="people">{items}</ul></div>'


def _name(item: tuple[Person | None, Role, str], names: str) -> str:
    person, _role, pid = item
    if person is None:
        return pid
    return person.name if names == FULL else person.name.split()[0]
