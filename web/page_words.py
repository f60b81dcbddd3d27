"""Every word of a personal page, in the person's language (docs/self-service.md): the view
(planner/service/page_view.py) is data; this turns it into the sentences and Belgian dates the
template (web/templates/page.html) shows. The template itself holds no words."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from planner.domain import Slot, TimeWindow
from planner.i18n.contract_reasons import slot_text
from planner.i18n.format import (
    clock,
    day_year,
    gap_text,
    hours_text,
    list_text,
    weekday_name,
)
from planner.i18n.language import _, ngettext, use_language
from planner.service.availability import REMINDER_CHOICES
from planner.service.page_view import PageShift, PageView
from planner.settings import SHIFT_CLASSES


def page_words(view: PageView, done: str = "") -> dict[str, Any]:
    """What the template needs, worded in the person's language; `done`: what the person's
    last action did (web/pages.py's OUTCOMES), said at the top."""
    with use_language(view.language):
        notice = _outcome(done, view)
        return {
            "lang": view.language,
            "title": _("{name}: my shifts", name=view.first_name),
            "skip": _("Skip to my shifts"),
            "organisation": view.organisation,
            "heading": _("Hello {name}", name=view.first_name),
            "notice": notice,
            "shifts_heading": _("My shifts to come"),
            "no_shifts": _("No published shifts to come."),
            "shifts": [_shift(s, view) for s in view.shifts],
            "calendar_heading": _("My calendar"),
            "calendar_text": (
                _(
                    "Subscribe to this link in your phone's calendar: it follows every change "
                    "to your shifts."
                )
                if view.calendar_url
                else _("Ask the coordinator for your calendar link.")
            ),
            "calendar_url": view.calendar_url,
            "hours_heading": _("My hours"),
            "hours": _hours(view),
            "offers_heading": (
                _("Days and times I offer") if view.volunteer else _("My working days")
            ),
            "offers": _offers(view),
            "days_off_heading": _("Days off I asked for"),
            "days_off": [day_year(d) for d in view.days_off],
            "volunteer": view.volunteer,
            "offer_days": _offer_days(view),
            "offers_legend": _("Change the days and times I offer"),
            "from_label": _("from"),
            "to_label": _("to"),
            "save_offers": _("Save my days and times"),
            "absence_legend": _("Add an absence (a holiday, a trip)"),
            "first_label": _("First day"),
            "last_label": _("Last day"),
            "add_absence": _("Add the absence"),
            "day_off_legend": _("Ask for a day off"),
            "day_label": _("Day"),
            "ask_day_off": _("Ask for the day off"),
            "wishes_heading": _("My wishes"),
            "wishes": _wishes(view),
            "wishes_legend": _("Change my wishes"),
            "wish_rows": _wish_rows(view),
            "wish_choices": [
                {"value": "", "name": _("no wish")},
                {"value": "prefer", "name": _("I would like to work then")},
                {"value": "avoid", "name": _("I would rather not work then")},
            ],
            "save_wishes": _("Save my wishes"),
            "reminder_heading": _("Reminders"),
            "reminder_text": _reminder_text(view),
            "has_email": view.has_email,
            "reminder_legend": _("Change my reminders"),
            "reminder_label": _("Remind me by email"),
            "reminder_options": _reminder_options(view),
            "save_reminder": _("Save my reminders"),
            "absences_heading": _("When I am away"),
            "absences": [_span(first, last) for first, last in view.absences],
            "no_absences": _("No absences planned."),
            "contact": (
                _("Questions? Call {coordinator}.", coordinator=view.coordinator)
                if view.coordinator
                else _("Questions? Call the coordinator.")
            ),
        }


def _hours(view: PageView) -> list[str]:
    """'This month: 12 h in 4 shifts', 'This year: ...': what happened, as reported."""
    (month_shifts, month_hours), (year_shifts, year_hours) = view.month_hours, view.year_hours
    return [
        _(
            "This month: {hours} in {shifts}",
            hours=hours_text(month_hours),
            shifts=ngettext("{n} shift", "{n} shifts", month_shifts),
        ),
        _(
            "This year: {hours} in {shifts}",
            hours=hours_text(year_hours),
            shifts=ngettext("{n} shift", "{n} shifts", year_shifts),
        ),
    ]


def _shift(shift: PageShift, view: PageView) -> dict[str, Any]:
    colleagues = (
        list_text(shift.colleagues)
        if shift.colleagues
        else ngettext("{n} other person", "{n} other people", shift.others)
        if shift.others
        else _("nobody else yet")
    )
    hours = int(view.cancel_before.total_seconds() // 3600)
    return {
        "id": shift.shift_id,
        "day": day_year(shift.start.date()),
        "time": _("{start} to {end}", start=clock(shift.start.time()), end=clock(shift.end.time())),
        "activity": shift.activity,
        "site": shift.site,
        "with": colleagues,
        "call": view.coordinator or _("the coordinator"),
        "can_cancel": shift.can_cancel,
        "requested": shift.requested,
        "broken": shift.broken,
        "broken_text": _(
            "This shift no longer fits what you entered: the coordinator has been told."
        ),
        "away": shift.away,
        "requested_text": _("You asked not to come: the coordinator decides."),
        "away_text": _("We have your cancellation: the coordinator confirms the new roster.")
        if shift.held
        else _("You are away then: the coordinator is finding someone."),
        "cancel_label": _("I can't come"),
        "late": ngettext(
            "Less than {n} hour to go: if you cannot come, call {coordinator}.",
            "Less than {n} hours to go: if you cannot come, call {coordinator}.",
            hours,
            coordinator=view.coordinator or _("the coordinator"),
        ),
        "labels": {
            "activity": _("What"),
            "site": _("Where"),
            "with": _("With"),
            "call": _("Who to call"),
        },
    }


def _offer_days(view: PageView) -> list[dict[str, Any]]:
    """The offers form's rows: each weekday, ticked when offered, with its first window."""
    rows = []
    for weekday in range(7):
        window = next((w for w in view.offers if w.weekday == weekday), None)
        rows.append(
            {
                "n": weekday,
                "name": weekday_name(weekday),
                "on": window is not None,
                "start": clock(window.start) if window else "09:00",
                "end": clock(window.end) if window else "17:00",
            }
        )
    return rows


def _wishes(view: PageView) -> list[str]:
    """'I would like: Monday, evening shift', 'I would rather not: night shift'."""
    lines = []
    if view.prefers:
        said = list_text(slot_text(s.weekday, s.shift_class) for s in view.prefers)
        lines.append(_("I would like: {slots}", slots=said))
    if view.avoids:
        said = list_text(slot_text(s.weekday, s.shift_class) for s in view.avoids)
        lines.append(_("I would rather not: {slots}", slots=said))
    return lines or [_("No wishes.")]


def _wish_rows(view: PageView) -> list[dict[str, Any]]:
    """The wishes form's rows: each weekday, then each kind of shift, with what is chosen
    (a day and kind together, from people.csv, is listed above and kept as it is)."""
    rows: list[dict[str, Any]] = []
    slots = [(weekday, None) for weekday in range(7)] + [(None, k) for k in SHIFT_CLASSES]
    for weekday, kind in slots:
        slot = Slot(weekday, kind)
        rows.append(
            {
                "field": f"wish_day{weekday}" if kind is None else f"wish_{kind}",
                "name": slot_text(weekday, kind),
                "chosen": "prefer"
                if slot in view.prefers
                else "avoid"
                if slot in view.avoids
                else "",
            }
        )
    return rows


def _outcome(done: str, view: PageView) -> str:
    coordinator = view.coordinator or _("the coordinator")
    if done == "saved":
        return _("Saved. Thank you.")
    if done == "broken":
        return _(
            "Saved. Some of your shifts no longer fit: they are marked below, and the "
            "coordinator has been told."
        )
    if done == "changed":
        return _("Your details changed in the meantime. Look again and try once more.")
    if done == "invalid":
        return _(
            "That was not saved: the days must run from today to at most a year ahead, and "
            "the times be like 09:00."
        )
    if done == "requested":
        return _("Thank you. The coordinator has your message and decides; this page will say.")
    if done == "published":
        return _("Thank you. Someone else takes your place; the roster is up to date.")
    if done == "repaired":
        return _(
            "Thank you, we have your cancellation. The coordinator confirms the new roster; "
            "until then this shift stays on your page."
        )
    if done == "unstaffed":
        return _("Thank you. Nobody could take your place yet: the coordinator has been told.")
    if done == "failed":
        return _(
            "That did not work: the roster was being changed. Try again, or call {coordinator}.",
            coordinator=coordinator,
        )
    return ""


def _offers(view: PageView) -> list[str]:
    if view.volunteer:
        if not view.offers:
            return [_("Any day, any time")]
        return [_window(w) for w in sorted(view.offers, key=lambda w: (w.weekday, w.start))]
    return [weekday_name(d) for d in view.working_days]


def _minutes(lead: timedelta) -> int:
    return int(lead.total_seconds() // 60)


def _reminder_text(view: PageView) -> str:
    if not view.has_email:
        return _("Reminders go by email, and the coordinator has no email address of yours.")
    lead = view.reminder if view.reminder is not None else view.reminder_default
    if not lead:
        return _("You get no reminders before your shifts.")
    return _("You get an email {lead} before each of your shifts.", lead=gap_text(_minutes(lead)))


def _reminder_options(view: PageView) -> list[dict[str, Any]]:
    """The choices: the organisation's lead, the usual leads, none; the person's own is
    selected (and offered, when people.csv gave one the page does not list)."""
    own = None if view.reminder is None else _minutes(view.reminder)
    default = _minutes(view.reminder_default)
    options = [
        {
            "value": "",
            "label": (
                _("As the organisation sets it ({lead} before)", lead=gap_text(default))
                if default
                else _("As the organisation sets it (none)")
            ),
            "selected": own is None,
        }
    ]
    leads = sorted({*REMINDER_CHOICES, *([own] if own else [])})
    for minutes in leads:
        options.append(
            {
                "value": str(minutes),
                "label": _("{lead} before", lead=gap_text(minutes)),
                "selected": own == minutes,
            }
        )
    options.append({"value": "0", "label": _("No reminders"), "selected": own == 0})
    return options


def _window(window: TimeWindow) -> str:
    return _(
        "{day} from {start} to {end}",
        day=weekday_name(window.weekday),
        start=clock(window.start),
        end=clock(window.end),
    )


def _span(first: date, last: date) -> str:
    if first == last:
        return day_year(first)
    return _("from {first} to {last}", first=day_year(first), last=day_year(last))
