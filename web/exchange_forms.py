"""The hand-over forms of a personal page (docs/self-service.md): offer one of my shifts, keep
it after all, take a shift a colleague offers or an open place. Each is one checked write of
the service; the answer is an outcome the page words (web/exchange_words.py)."""

from __future__ import annotations

from planner.errors import ChangedMeanwhile, PlannerError
from planner.reasons import ExchangeRefused
from planner.service import Service
from planner.service.offers import ExchangeClosed, OfferGone
from planner.service.results import Offer

ACTIONS = ("give", "withdraw", "take")


def handle(acting: Service, person_id: str, action: str, form: dict[str, str]) -> str:
    """Do what the form asks for the person; the outcome (exchange_words.OUTCOMES)."""
    try:
        if action == "give":
            acting.offer(form["shift"], person_id)
            return "offered"
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
        acting.pickup(shift_id, person_id)
        return "taken"
    except (OfferGone, ChangedMeanwhile):
        return "gone"
    except ExchangeRefused:
        return "refused"
    except ExchangeClosed:
        return "closed"
    except (PlannerError, ValueError, KeyError):
        return "late" if action == "give" else "refused"
