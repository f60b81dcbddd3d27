"""The words of a personal page's hand-overs and open places (docs/self-service.md): the
shifts the person may take, each with what it means for them in plain words, and their own
offers. Data from the service (Service.takeable, Service.standing_offers); sentences here."""

from __future__ import annotations

from datetime import date
from typing import Any

from planner.dates import local_start_of
from planner.i18n.format import clock, day_year, number, short_datetime
from planner.i18n.language import _, ngettext, use_language
from planner.service.page_view import PageView
from planner.service.results import Offer, Takeable

# What the person's last hand-over action did (web/pages.py appends them to its OUTCOMES).
OUTCOMES = ("offered", "withdrawn", "taken", "waiting", "gone", "refused", "late", "closed")


def exchange_words(
    view: PageView,
    takeable: list[Takeable],
    own: list[Offer],
    contract_minutes: int | None,
    done: str = "",
) -> dict[str, Any]:
    """What the template's hand-over parts need, in the person's language."""
    with use_language(view.language):
        offered = {o.shift_id: o for o in own}
        return {
            "notice": _notice(done),
            "take_heading": _("Shifts I can take"),
            "take_intro": _(
                "Colleagues offer these shifts, or they still have a place for you. Only what "
                "fits every rule for you is shown."
            ),
            "nothing": _("Nothing to take right now."),
            "takeable": [_takeable(t, view, contract_minutes) for t in takeable],
            "take_label": _("I take this shift"),
            "what_label": _("What"),
            "where_label": _("Where"),
            "give_label": _("Offer this shift to a colleague"),
            "withdraw_label": _("Keep this shift after all"),
            "offered": {
                shift_id: {
                    "id": o.id,
                    "text": _(
                        "You offered this shift: it stays yours until a colleague takes it, "
                        "at the latest until {moment}.",
                        moment=short_datetime(o.expires_at),
                    )
                    if o.status.value == "open"
                    else _("A colleague took this shift: the coordinator decides."),
                    "open": o.status.value == "open",
                }
                for shift_id, o in offered.items()
            },
        }


def _takeable(t: Takeable, view: PageView, contract_minutes: int | None) -> dict[str, Any]:
    shift = t.shift
    start = shift.start
    return {
        "offer": t.offer.id if t.offer else "",
        "shift": shift.id,
        "day": day_year(start.date()),
        "time": _("{start} to {end}", start=clock(start.time()), end=clock(shift.end.time())),
        "activity": shift.activity.name,
        "site": shift.activity.site,
        "kind": _("offered by a colleague") if t.offer else _("an open place"),
        "swap": (
            _("a swap: you give your shift of {day} in return", day=day_year(_swap_day(t)))
            if t.offer and t.offer.swap_shift_id
            else ""
        ),
        "cost": _cost(t, view, contract_minutes),
    }


def _swap_day(t: Takeable) -> date:
    assert t.offer is not None and t.offer.swap_shift_id is not None
    return local_start_of(t.offer.swap_shift_id).date()


def _cost(t: Takeable, view: PageView, contract_minutes: int | None) -> str:
    """'With this one you have 3 shifts this month, of the 4 you offered.'"""
    if view.volunteer and t.month_limit is not None:
        return ngettext(
            "With this one you have {n} shift this month, of the {limit} you offered.",
            "With this one you have {n} shifts this month, of the {limit} you offered.",
            t.month,
            limit=t.month_limit,
        )
    if contract_minutes:
        return _(
            "With this one you work {hours} h that week, of your {contract} h.",
            hours=number(t.week_minutes / 60),
            contract=number(contract_minutes / 60),
        )
    return ngettext(
        "With this one you have {n} shift this month.",
        "With this one you have {n} shifts this month.",
        t.month,
    )


def _notice(done: str) -> str:
    if done == "offered":
        return _("Offered. The shift stays yours until a colleague takes it.")
    if done == "withdrawn":
        return _("The shift stays yours.")
    if done == "taken":
        return _("It is yours: the shift is in your list and in your calendar.")
    if done == "waiting":
        return _("Thank you. The coordinator approves it; this page will say.")
    if done == "gone":
        return _("A colleague was quicker: that shift is taken.")
    if done == "refused":
        return _("That shift no longer fits you: nothing was changed.")
    if done == "closed":
        return _("Hand-overs of this shift go through the coordinator: call them.")
    if done == "late":
        return _("That is too close to the shift to hand it over: call the coordinator.")
    return ""
