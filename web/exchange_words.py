"""The words of a personal page's hand-overs and open places (docs/self-service.md): the
shifts the person may take, each with what it means for them in plain words, and their own
offers. Data from the service (Service.takeable, Service.standing_offers); sentences here."""

from __future__ import annotations

from typing import Any

from planner.dates import local_start_of
from planner.domain import Shift
from planner.i18n.format import clock, day_year, number, short_datetime
from planner.i18n.language import _, ngettext, use_language
from planner.service.offer_choices import OfferChoices
from planner.service.page_view import PageView
from planner.service.results import Offer, Takeable

# What the person's last hand-over action did (web/pages.py appends them to its OUTCOMES).
OUTCOMES = (
    "offered",
    "proposed",
    "withdrawn",
    "taken",
    "waiting",
    "gone",
    "refused",
    "late",
    "closed",
)


def exchange_words(
    view: PageView,
    takeable: list[Takeable],
    own: list[Offer],
    contract_minutes: int | None,
    done: str = "",
    choices: dict[str, OfferChoices] | None = None,
    names: dict[str, str] | None = None,
) -> dict[str, Any]:
    """What the template's hand-over parts need, in the person's language. `choices`: whom
    each of their shifts may go to and the swaps they may propose; `names`: how colleagues
    are named ({} where the organisation shows none)."""
    choices, names = choices or {}, names or {}
    with use_language(view.language):
        offered = {o.shift_id: o for o in own}
        return {
            "to_label": _("To whom"),
            "anyone": _("Anyone the rules allow"),
            "swap_label": _("Propose this swap"),
            "swap_for_label": _("Or swap it for a shift a colleague offers"),
            "choices": {
                shift_id: {
                    "colleagues": [c.label for c in c_.colleagues],
                    "swaps": [
                        {"id": sc.offer.id, "text": _swap_choice(sc.shift, sc.colleague.label)}
                        for sc in c_.swaps
                    ],
                }
                for shift_id, c_ in choices.items()
            },
            "notice": _notice(done),
            "named": view.names_colleagues,
            "choose_label": _("To one colleague, or as a swap"),
            "see_take": _("See the shifts I can take"),
            "back_label": _("Back to my page"),
            "take_heading": _("Shifts I can take"),
            "take_intro": _(
                "Colleagues offer these shifts, or they still have a place for you. Only what "
                "fits every rule for you is shown."
            ),
            "nothing": _("Nothing to take right now."),
            "takeable": [_takeable(t, view, contract_minutes, names) for t in takeable],
            "take_label": _("I take this shift"),
            "what_label": _("What"),
            "where_label": _("Where"),
            "give_label": _("Offer this shift to a colleague"),
            "withdraw_label": _("Keep this shift after all"),
            "offered": {
                shift_id: {
                    "id": o.id,
                    "text": _own_offer(o, names),
                    "open": o.status.value == "open",
                }
                for shift_id, o in offered.items()
            },
        }


def _own_offer(o: Offer, names: dict[str, str]) -> str:
    """What the person's own offer says on their shift's card."""
    if o.status.value != "open":
        return _("A colleague took this shift: the coordinator decides.")
    moment = short_datetime(o.expires_at)
    name = names.get(o.to_person_id or "")
    if name and o.swap_shift_id:
        return _(
            "You proposed {name} a swap for their shift of {day}: it stays yours until they "
            "accept, at the latest until {moment}.",
            name=name,
            day=day_year(local_start_of(o.swap_shift_id).date()),
            moment=moment,
        )
    if name:
        return _(
            "You offered this shift to {name}: it stays yours until they take it, at the "
            "latest until {moment}.",
            name=name,
            moment=moment,
        )
    return _(
        "You offered this shift: it stays yours until a colleague takes it, at the latest "
        "until {moment}.",
        moment=moment,
    )


def _swap_choice(shift: Shift, name: str) -> str:
    """'Mira: Inloop, di 1 dec 2026, 09:00' (a shift a colleague offers)."""
    return _(
        "{name}: {activity}, {day}, {time}",
        name=name,
        activity=shift.activity.name,
        day=day_year(shift.start.date()),
        time=clock(shift.start.time()),
    )


def _takeable(
    t: Takeable, view: PageView, contract_minutes: int | None, names: dict[str, str]
) -> dict[str, Any]:
    shift = t.shift
    start = shift.start
    by = names.get(t.offer.person_id) if t.offer else None
    return {
        "offer": t.offer.id if t.offer else "",
        "shift": shift.id,
        "day": day_year(start.date()),
        "time": _("{start} to {end}", start=clock(start.time()), end=clock(shift.end.time())),
        "activity": shift.activity.name,
        "site": shift.activity.site,
        "kind": _kind(t, by),
        "waiting": bool(t.offer and t.offer.is_pickup),
        "swap": _swap(t),
        "cost": _cost(t, view, contract_minutes),
    }


def _kind(t: Takeable, by: str | None) -> str:
    if t.offer is None:
        return _("an open place")
    if t.offer.is_pickup:
        return _("You asked to take this place: the coordinator decides.")
    if by and t.offer.swap_shift_id:
        return _("{name} proposes you a swap", name=by)
    if by and t.offer.to_person_id:
        return _("{name} offers it to you", name=by)
    if by:
        return _("offered by {name}", name=by)
    return _("offered by a colleague")


def _swap(t: Takeable) -> str:
    """Both shifts of a swap: this one, and the one of theirs they give in return."""
    if t.swap_shift is None:
        return ""
    start = t.swap_shift.start
    return _(
        "you take this shift and give your {activity} of {day}, {time} in return",
        activity=t.swap_shift.activity.name,
        day=day_year(start.date()),
        time=clock(start.time()),
    )


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
    if done == "proposed":
        return _("Proposed. Both shifts stay as they are until your colleague accepts.")
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
