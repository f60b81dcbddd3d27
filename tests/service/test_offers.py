"""Offers and open places: a colleague sees only what every hard rule lets them take, the
shift stays the offerer's until one accepts, and an offer ends at its deadline."""

from __future__ import annotations

from datetime import timedelta

import pytest

from planner.clock import frozen
from planner.domain import Organisation, Period
from planner.errors import PlannerError
from planner.reasons import ExchangeRefused
from planner.service import Service
from planner.service.exchange import Exchange
from planner.service.offers import OfferGone
from planner.service.results import Offer
from planner.storage.offer_tables import OfferStatus
from tests.builders import MONDAY, at
from tests.service.test_exchange import (
    INLOOP_THU,
    INLOOP_TUE,
    NIGHT_TUE,
    on,
)
from tests.service.test_exchange import service as service  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("english")


def with_settings(service: Service, **changes) -> None:
    from dataclasses import replace

    org: Organisation = service.organisation()
    service.repo.save_organisation(replace(org, self_service=replace(org.self_service, **changes)))


def test_an_offer_is_seen_only_by_those_who_may_take_it_and_taken_by_one(service):
    offer = service.offer(INLOOP_TUE, "jan")
    assert on(service, INLOOP_TUE) == {"bart", "jan"}  # still Jan's until accepted
    assert [t.offer.id for t in service.takeable("mia") if t.offer] == [offer.id]
    assert not [t for t in service.takeable("an") if t.offer]  # An's week is full
    assert not [t for t in service.takeable("els") if t.offer]  # a volunteer's place
    mine = next(t for t in service.takeable("mia") if t.offer)
    assert (mine.month, mine.month_limit) == (1, 31)

    done = service.accept_offer(offer.id, "mia")
    assert isinstance(done, Exchange) and done.published
    assert on(service, INLOOP_TUE) == {"bart", "mia"}
    with pytest.raises(OfferGone, match="already taken"):
        service.accept_offer(offer.id, "an")
    assert [o.id for o in service.standing_offers()] == []
    assert service.check_period(Period(MONDAY), published=True).violations == []


def test_an_offer_to_one_colleague_is_theirs_alone(service):
    offer = service.offer(INLOOP_TUE, "jan", to="mia")
    assert [t.offer.id for t in service.takeable("mia") if t.offer] == [offer.id]
    with pytest.raises(OfferGone):
        service.accept_offer(offer.id, "an")


def test_acceptance_rechecks_the_rules_at_that_moment(service):
    offer = service.offer(INLOOP_TUE, "jan")
    # An may volunteer once a week: she could take Jan's Tuesday while free, but by the time
    # she accepts she has Thursday.
    service.handover(INLOOP_THU, "an", "mia")
    assert [t.offer.id for t in service.takeable("an") if t.offer] == [offer.id]
    service.handover(INLOOP_THU, "mia", "an")
    with pytest.raises(ExchangeRefused) as refused:
        service.accept_offer(offer.id, "an")
    assert [r.rule.value for r in refused.value.reasons] == ["volunteer_limits"]
    assert on(service, INLOOP_TUE) == {"bart", "jan"}


def test_an_offer_expires_at_the_deadline_before_the_shift(service):
    offer = service.offer(INLOOP_TUE, "jan")
    assert offer.expires_at == at(MONDAY + timedelta(days=1), "09:00") - timedelta(hours=24)
    late = Service(service.repo, frozen(at(MONDAY, "10:00")))
    assert not [t for t in late.takeable("mia") if t.offer]
    with pytest.raises(OfferGone, match="expired"):
        late.accept_offer(offer.id, "mia")
    with pytest.raises(PlannerError, match="starts too soon"):
        late.offer(INLOOP_TUE, "bart")


def test_with_approval_an_accepted_offer_waits_for_the_coordinator(service):
    from planner.delivery import Exchanges

    with_settings(service, exchanges=Exchanges.APPROVE)
    offer = service.offer(INLOOP_TUE, "jan")
    waiting = service.accept_offer(offer.id, "mia")
    assert isinstance(waiting, Offer) and waiting.status is OfferStatus.WAITING
    assert on(service, INLOOP_TUE) == {"bart", "jan"}
    service.decide_offer(offer.id, approve=True)
    assert on(service, INLOOP_TUE) == {"bart", "mia"}


def test_the_coordinator_closes_exchanges_for_an_activity(service):
    with_settings(service, closed_activities=frozenset({"nacht"}))
    with pytest.raises(PlannerError, match="closed to hand-overs"):
        service.offer(NIGHT_TUE, "els")
    assert not [t for t in service.takeable("piet") if t.shift.id == NIGHT_TUE]


def test_a_swap_offer_takes_both_shifts_as_one_change(service):
    offer = service.offer(INLOOP_TUE, "jan", to="an", swap_for=INLOOP_THU)
    assert [t.offer.id for t in service.takeable("an") if t.offer] == [offer.id]
    service.accept_offer(offer.id, "an")
    assert on(service, INLOOP_TUE) == {"bart", "an"} and on(service, INLOOP_THU) == {"bart", "jan"}


def test_open_places_go_to_those_of_their_kind_who_may_take_them(service):
    places = {t.shift.id for t in service.takeable("mia") if t.offer is None}
    assert places == {INLOOP_TUE, INLOOP_THU}  # each may take one more volunteer
    # Every shift has its professionals: no professional's place is open.
    assert not [t for t in service.takeable("piet") if t.offer is None]
