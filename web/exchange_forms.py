"""The hand-over forms of a personal page (docs/self-service.md): offer one of my shifts (to
anyone the rules allow, or to one colleague named on the page), propose a swap for a shift a
colleague offers, keep it after all, take a shift a colleague offers or an open place. Each is one checked write of
the service; the answer is an outcome the page words (web/exchange_words.py)."""

from __future__ import annotations

from planner.errors import ChangedMeanwhile, PlannerError
from planner.reasons import ExchangeRefused
from planner.service import Service
from planner.service.offers import ExchangeClosed, OfferGone
from planner.service.results import Offer

ACTIONS = ("give", "swap", "withdraw", "take")


def handle(acting: Service, person_id: str, action: str, form: dict[str, str]) -> str:
    """Do what the form asks for the person; the outcome (exchange_words.OUTCOMES)."""
    try:
        if action == "give":
            to = None
            if form.get("to"):
                # A colleague as the page named them: only one it offered for this shift (a
                # forged name, or one the rules refuse, is refused).
                choices = acting.offer_choices(person_id, [form["shift"]]).get(form["shift"])
                named = {c.label: c.person_id for c in choices.colleagues} if choices else {}
                if form["to"] not in named:
                    return "refused"
                to = named[form["to"]]
            acting.offer(form["shift"], person_id, to=to)
            return "offered"
        if action == "swap":
            choices = acting.offer_choices(person_id, [form["shift"]]).get(form["shift"])
            swaps = {str(c.offer.id): c.offer for c in choices.swaps} if choices else {}
            if form.get("for") not in swaps:
                return "refused"
            theirs = swaps[form["for"]]
            acting.offer(form["shift"], person_id, to=theirs.person_id, swap_for=theirs.shift_id)
            return "proposed"
        if action == "withdraw":
            acting.withdraw_offer(int(form["offer"]), person_id)
            return "withdrawn"
        if form.get("offer"):
            done = acting.accept_offer(int(form["offer"]), person_id)
            return "waiting" if isinstance(done, Offer) else "taken"
        # An open place: only one the page offers this person (a forged form for any other
        # shift is refused like a place that no longer fits).
        shift_id = form["shift"]
        places = {t.shift.id for t in acting.takeable(person_id) if t.offer is None}
        if shift_id not in places:
            return "refused"
        done = acting.pickup(shift_id, person_id)
        return "waiting" if isinstance(done, Offer) else "taken"
    except (OfferGone, ChangedMeanwhile):
        return "gone"
    except ExchangeRefused:
        return "refused"
    except ExchangeClosed:
        return "closed"
    except (PlannerError, ValueError, KeyError):
        return "late" if action == "give" else "refused"
