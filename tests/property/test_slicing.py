"""Property: the slicing of time does not matter. Four weeks planned as four single weeks (each
published before the next is planned) and as one block both give rosters the independent
checker finds clean over every window (every 4-week span, every week, every calendar month),
and the week-by-week plan spreads evenings, nights, weekends and volunteers' load about as
evenly as the block: within SPREAD_FACTOR of the block's spread, plus SPREAD_SLACK.

Continuity is switched off here: it weighs more than fairness by design, and a week planned
alone sees last week's people as regulars where a block sees nobody as one, so the two plans
would trade fairness for the same faces differently. Few examples, tiny organisations."""

from __future__ import annotations

import dataclasses
import os

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from planner.domain import Period
from planner.i18n.reasons import sentence
from planner.i18n.words import Words
from tests.property.slicing import (
    checks,
    plan_block,
    plan_week_by_week,
    unsocial_spread,
    volunteer_spread,
)
from tests.property.test_generated_organisations import MONDAYS, small_org

pytestmark = pytest.mark.usefixtures("english")

# The week-by-week spread may be at most this many times the block's, plus the slack (in
# full-time evenings/nights/weekends for professionals, in shares of the weekly offer for
# volunteers). Measured on 40 examples (tests/property/slicing.py): equal in every one.
SPREAD_FACTOR = 1.25
UNSOCIAL_SLACK = 0.5
VOLUNTEER_SLACK = 0.1

SLICING = settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "3")),
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking re-plans: too slow
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def rules(max_weekends: int, days_off: int, newcomer_shifts: int) -> dict:
    return {
        "hard": {
            "max_working_weekends": max_weekends,
            "min_consecutive_days_off": days_off,
            "newcomer_shifts": newcomer_shifts,
        },
        "weights": {"continuity": 0},
    }


@SLICING
@given(
    organisation=small_org(),
    monday=st.sampled_from(MONDAYS),
    max_weekends=st.integers(0, 2),
    days_off=st.integers(1, 2),
    newcomer_shifts=st.integers(0, 1),
)
def test_four_single_weeks_keep_every_window_and_spread_as_a_block(
    organisation, monday, max_weekends, days_off, newcomer_shifts
):
    organisation = dataclasses.replace(
        organisation, rules=rules(max_weekends, days_off, newcomer_shifts)
    )
    period = Period(monday, 4)
    weekly = plan_week_by_week(organisation, period, time_limit=1.0)
    block = plan_block(organisation, period, time_limit=2.0)
    words = Words.of(organisation)
    for name, plan in (("week by week", weekly), ("as a block", block)):
        for span, outcome in checks(plan).items():
            found = [sentence(v, words) for v in outcome.violations]
            assert found == [], (name, span, found)
    assert unsocial_spread(weekly) <= SPREAD_FACTOR * unsocial_spread(block) + UNSOCIAL_SLACK
    assert volunteer_spread(weekly) <= SPREAD_FACTOR * volunteer_spread(block) + VOLUNTEER_SLACK
