"""Hand-overs, swaps and open places, checked by the planner's own rules: a place changes
hands only when every hard rule holds with the colleague on it; otherwise nothing changes and
the refusal says the rule's sentence. Calendars of both people follow in the same write."""

from __future__ import annotations

from datetime import timedelta

import pytest

from planner.clock import frozen
from planner.domain import Assignment, Period, Role
from planner.errors import ChangedMeanwhile
from planner.i18n.errors import error_text
from planner.i18n.reasons import phrase
from planner.i18n.words import Words
from planner.reasons import ExchangeRefused
from planner.service import Service
from planner.service.feeds import calendar_of
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY, activity, at, org, professional, roster, volunteer

pytestmark = pytest.mark.usefixtures("english")

TUESDAY, THURSDAY = MONDAY + timedelta(days=1), MONDAY + timedelta(days=3)
INLOOP = activity("inloop", "Inloop", volunteers_max=2, ratio=2, rrule="FREQ=WEEKLY;BYDAY=TU,TH")
NIGHT = activity(
    "nacht",
    "Nachtopvang",
    start="20:00",
    end="23:00",
    qualifications=("social_worker",),
    rrule="FREQ=WEEKLY;BYDAY=TU",
)
ELS = professional("els", "Els Vermeulen", qualifications=("social_worker",))
BART = professional("bart", "Bart Claes")
PIET = professional("piet", "Piet Maes", qualifications=("social_worker",))
JAN = volunteer("jan", "Jan Peeters")
AN = volunteer("an", "An Dubois", per_week=1)
MIA = volunteer("mia", "Mia Wouters")
INLOOP_TUE, INLOOP_THU = "inloop@2026-12-01T09:00", "inloop@2026-12-03T09:00"
NIGHT_TUE = "nacht@2026-12-01T20:00"
BEFORE = frozen(at(MONDAY - timedelta(days=1), "12:00"))


@pytest.fixture
def service() -> Service:
    repo = Repository(make_engine("sqlite://"), actor="sara")
    repo.save_organisation(org([INLOOP, NIGHT], [ELS, BART, PIET, JAN, AN, MIA]))
    week = Period(MONDAY)
    shifts = [s for s in generate_shifts(repo.load_organisation(), week) if not s.closed]
    repo.save_roster(
        roster(
            Assignment(INLOOP_TUE, "bart", Role.PROFESSIONAL),
            Assignment(INLOOP_TUE, "jan", Role.VOLUNTEER),
            Assignment(INLOOP_THU, "bart", Role.PROFESSIONAL),
            Assignment(INLOOP_THU, "an", Role.VOLUNTEER),
            Assignment(NIGHT_TUE, "els", Role.PROFESSIONAL),
        ),
        shifts,
    )
    service = Service(repo, BEFORE)
    service.publish_period(week)
    return service


def on(service: Service, shift_id: str, *, published: bool = True) -> set[str]:
    found = service.repo.roster(Period(MONDAY), published=published).assignments
    return {a.person_id for a in found if a.shift_id == shift_id}


def said(service: Service, refused: pytest.ExceptionInfo) -> str:
    return error_text(refused.value, Words.of(service.organisation()))


def events(service: Service, person_id: str) -> str:
    return calendar_of(service.repo, person_id, now=BEFORE()).decode()


def test_a_handover_moves_the_place_in_both_layers_and_both_calendars(service):
    assert "STATUS:CONFIRMED" in events(service, "jan")
    done = service.handover(INLOOP_TUE, "jan", "mia")

    assert done.published
    assert on(service, INLOOP_TUE) == {"bart", "mia"}
    assert on(service, INLOOP_TUE, published=False) == {"bart", "mia"}
    jan, mia = events(service, "jan"), events(service, "mia")
    assert "STATUS:CANCELLED" in jan and "SEQUENCE:1" in jan  # gone from Jan's phone
    assert "STATUS:CONFIRMED" in mia and "SEQUENCE:0" in mia  # on Mia's
    entries = [e for e in service.audit_log() if e.action == "handover"]
    assert {e.kind for e in entries} == {"roster", "published"}
    assert all(e.actor == "sara" for e in entries)
    assert service.check_period(Period(MONDAY), published=True).violations == []


def test_a_volunteers_place_goes_only_to_a_volunteer_and_a_professionals_only_to_one_who_qualifies(
    service,
):
    with pytest.raises(ExchangeRefused) as refused:
        service.handover(INLOOP_TUE, "jan", "piet")
    assert "Piet Maes is a professional: a volunteer's place" in said(service, refused)
    with pytest.raises(ExchangeRefused) as refused:
        service.handover(NIGHT_TUE, "els", "mia")
    assert "Mia Wouters is a volunteer but fills a professional's place" in said(service, refused)
    with pytest.raises(ExchangeRefused) as refused:
        service.handover(NIGHT_TUE, "els", "bart")
    text = said(service, refused)
    assert text.startswith("Bart Claes cannot take over Nachtopvang Tue 1 Dec 20:00 from Els")
    assert "social worker" in text
    assert on(service, NIGHT_TUE) == {"els"} and on(service, INLOOP_TUE) == {"bart", "jan"}
    assert not [e for e in service.audit_log() if e.action == "handover"]

    service.handover(NIGHT_TUE, "els", "piet")
    assert on(service, NIGHT_TUE) == {"piet"}


def test_a_swap_that_breaks_a_volunteers_own_limit_is_refused_whole(service):
    # An volunteers once a week: swapping her Thursday for Jan's Tuesday keeps her at one.
    service.swap(INLOOP_TUE, "jan", INLOOP_THU, "an")
    assert on(service, INLOOP_TUE) == {"bart", "an"} and on(service, INLOOP_THU) == {"bart", "jan"}

    # Now a hand-over of Jan's Thursday to An would give An two shifts in one week.
    with pytest.raises(ExchangeRefused) as refused:
        service.handover(INLOOP_THU, "jan", "an")
    assert said(service, refused) == (
        "An Dubois cannot take over Inloop Thu 3 Dec 09:00 from Jan Peeters: An Dubois has 2 "
        "shifts in the week of Mon 30 Nov, more than the 1 they set."
    )
    assert on(service, INLOOP_THU) == {"bart", "jan"}


def test_a_swap_into_a_place_the_other_cannot_fill_is_refused_with_nothing_changed(service):
    with pytest.raises(ExchangeRefused) as refused:
        service.swap(NIGHT_TUE, "els", INLOOP_THU, "an")
    text = said(service, refused)
    assert text.startswith("Els Vermeulen and An Dubois cannot swap Nachtopvang Tue 1 Dec 20:00")
    assert on(service, NIGHT_TUE) == {"els"} and on(service, INLOOP_THU) == {"bart", "an"}


def test_an_open_volunteer_place_is_taken_by_an_eligible_volunteer_only(service):
    service.pickup(INLOOP_THU, "mia")
    assert on(service, INLOOP_THU) == {"bart", "an", "mia"}
    with pytest.raises(ExchangeRefused) as refused:
        service.pickup(INLOOP_THU, "jan")  # a third volunteer: more than volunteers_max
    assert "Jan Peeters cannot take a place on Inloop Thu 3 Dec 09:00" in said(service, refused)


def test_an_exchange_based_on_what_changed_meanwhile_writes_nothing(service):
    from planner.service import exchange

    seen = service.repo.seen()
    ctx = exchange.load(service.repo, [INLOOP_TUE], published=True)
    moves = exchange.handover_moves(ctx, INLOOP_TUE, "jan", "mia")
    service.handover(INLOOP_TUE, "jan", "mia")  # someone else was quicker
    with pytest.raises(ChangedMeanwhile):
        exchange.apply(service.repo, ctx, "handover", moves, seen=seen, now=BEFORE())
    assert on(service, INLOOP_TUE) == {"bart", "mia"}


def test_who_can_cover_ranks_the_allowed_by_cost_and_says_why_not_of_the_others(service):
    found = service.who_can_cover(INLOOP_TUE, "jan")
    allowed = [c.person.id for c in found if c.allowed]
    assert allowed == ["mia"]  # the only volunteer free: An volunteers once a week
    mia = found[0]
    assert mia.cost is not None and mia.cost > 0  # the published roster changes: stability
    assert sum(v for _, v in mia.terms) == mia.cost
    refused = {c.person.id: c.reasons[0].rule.value for c in found if not c.allowed}
    assert refused == {
        "an": "volunteer_limits",
        "els": "no_replacement",
        "piet": "no_replacement",
    }  # Bart is on it; professionals never take a volunteer's place


def test_for_a_professionals_place_a_volunteer_is_told_first_that_it_is_not_theirs(service):
    # An is past her own limit too, but what a coordinator must read first about a
    # professional's place is that no volunteer may ever take it, and said once.
    found = {c.person.id: c for c in service.who_can_cover(INLOOP_TUE, "bart")}
    for someone in ("an", "mia"):
        reasons = found[someone].reasons
        assert (reasons[0].rule.value, reasons[0].case) == ("no_replacement", "professional_place")
        assert len(reasons) == len(set(reasons))
    assert len(found["an"].reasons) > 1  # her own limit is still said after it


def test_who_can_cover_names_the_other_shift_of_a_rest_not_the_one_covered(service):
    # Els works Tuesday night: covering Tuesday morning leaves her too little rest before it.
    els = next(c for c in service.who_can_cover(INLOOP_TUE, "bart") if c.person.id == "els")
    words = Words.of(service.organisation())
    rest = next(r for r in els.reasons if r.rule.value == "rest_between_shifts")
    assert (rest.shift_id, rest.others) == (INLOOP_TUE, (NIGHT_TUE,))
    assert phrase(rest, words).startswith(f"needs rest before {words.shift(NIGHT_TUE)}")


def test_who_can_cover_an_open_place_weighs_each_in_their_kinds_place(service):
    found = {c.person.id: c for c in service.who_can_cover(INLOOP_THU)}
    assert found["mia"].allowed and found["jan"].allowed
    assert not found["els"].allowed  # Bart is the one professional it needs
    assert found["els"].reasons[0].case == "no_open_place"
    costs = [c.cost for c in service.who_can_cover(INLOOP_THU) if c.allowed]
    assert None not in costs and costs == sorted(costs)


def test_a_handover_counts_the_weekends_published_in_the_weeks_before_the_month():
    # Piet worked the Saturdays of 14 and 21 November; Els's Saturday of 5 December would be
    # his third weekend in four, though it lies in another month than the other two.
    saturday = activity("zaterdag", "Zaterdag", rrule="FREQ=WEEKLY;BYDAY=SA")
    repo = Repository(make_engine("sqlite://"), actor="sara")
    repo.save_organisation(org([saturday], [ELS, PIET]))
    weeks = Period(MONDAY - timedelta(weeks=3), 4)
    shifts = generate_shifts(repo.load_organisation(), weeks)
    repo.save_roster(
        roster(
            Assignment("zaterdag@2026-11-14T09:00", "piet", Role.PROFESSIONAL),
            Assignment("zaterdag@2026-11-21T09:00", "piet", Role.PROFESSIONAL),
            Assignment("zaterdag@2026-11-28T09:00", "els", Role.PROFESSIONAL),
            Assignment("zaterdag@2026-12-05T09:00", "els", Role.PROFESSIONAL),
            period=weeks,
        ),
        shifts,
    )
    service = Service(repo, frozen(at(MONDAY - timedelta(weeks=4), "12:00")))
    service.publish_period(weeks)
    with pytest.raises(ExchangeRefused) as refused:
        service.handover("zaterdag@2026-12-05T09:00", "els", "piet")
    assert "Piet Maes works 3 weekends in 4 weeks" in said(service, refused)
