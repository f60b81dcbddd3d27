"""Wishes: days and shifts a professional (or volunteer) prefers or avoids, days asked off;
the costs show per person."""

from dataclasses import replace
from datetime import timedelta

from constraints.wishes import Wishes as WishesRule
from planner.domain import Slot, Wishes
from tests.builders import MONDAY, activity, professional, shift
from tests.scheduler.support import alone, plan, problem

TUESDAY = MONDAY + timedelta(days=1)
ELS = professional()
PIET = professional("piet", "Piet Claes")


def test_an_avoided_evening_goes_to_a_colleague():
    evening = shift(activity("avond", start="18:00", end="21:00"))
    els = replace(ELS, wishes=Wishes(avoids=(Slot(None, "evening"),)))
    planned = plan(problem([evening], [els, PIET]), alone(WishesRule()))
    assert planned.on(evening) == {"piet"}
    assert planned.cost("wishes") == 0


def test_a_preferred_day_is_given_to_whoever_prefers_it():
    inloop = activity(rrule="FREQ=DAILY")
    monday, tuesday = shift(inloop), shift(inloop, TUESDAY)
    els = replace(ELS, wishes=Wishes(prefers=(Slot(1, None),)))  # Tuesdays
    piet = replace(PIET, wishes=Wishes(prefers=(Slot(0, None),)))  # Mondays
    planned = plan(problem([monday, tuesday], [els, piet]), alone(WishesRule()))
    assert planned.on(monday) == {"piet"} and planned.on(tuesday) == {"els"}


def test_a_day_asked_off_costs_more_than_a_wish_and_shows_under_the_person():
    s = shift(activity())
    els = replace(ELS, wishes=Wishes(days_off=frozenset({MONDAY})))
    piet = replace(PIET, wishes=Wishes(avoids=(Slot(0, "morning"),)))
    planned = plan(problem([s], [els, piet]), alone(WishesRule(weight=4, days_off=40)))
    assert planned.on(s) == {"piet"}
    assert planned.cost("wishes") == 4
    costly = [
        p.reason.person_id
        for p, v in zip(planned.penalties, planned.result.penalty_values, strict=True)
        if p.rule == "wishes" and v
    ]
    assert costly == ["piet"]
