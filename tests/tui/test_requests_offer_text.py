"""How the requests screen (key 5) names what waits for approval: a hand-over, a swap, and an
open place someone asked to take."""

from __future__ import annotations

from datetime import UTC, datetime

from planner.i18n.language import use_language
from planner.service.results import Offer
from planner.storage.offer_tables import OfferStatus
from tests.builders import professional, volunteer, words
from tui.screens.requests import offer_text

WHO = words(professional("piet", "Piet Claes"), volunteer("jan", "Jan Peeters"),
            volunteer("mira", "Mira Haddad"))  # fmt: skip
EXPIRES = datetime(2026, 12, 3, 8, tzinfo=UTC)


def waiting(person: str, taker: str, swap: str | None = None) -> Offer:
    return Offer(1, "inloop@2026-12-04T09:00", person, None, swap, OfferStatus.WAITING, EXPIRES,
                 taker)  # fmt: skip


def test_each_kind_of_waiting_exchange_reads_as_what_it_is():
    with use_language("nl"):
        assert offer_text(waiting("piet", "piet"), WHO) == (
            "Piet Claes neemt een open plaats: goedkeuren?"
        )
        assert offer_text(waiting("jan", "mira"), WHO).startswith("Jan Peeters")
        assert "Mira Haddad" in offer_text(waiting("jan", "mira", "inloop@2026-12-02T09:00"), WHO)
