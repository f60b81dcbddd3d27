"""The demo planned and published week by week over 8 weeks passes `roster check` over every
window: each 4-week span holding one of its weeks, each week, each calendar month (issue 19,
"done when"). Minutes of solving, so under the stress marker: `pytest -m stress
tests/property/test_demo_week_by_week.py`; figures from `python bench/windows.py` in
BENCHMARKS.md. The suite's cheap version: test_slicing.py."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bench.common import DEMO, DEMO_START
from planner.domain import Period
from planner.i18n.reasons import sentence
from planner.i18n.words import Words
from planner.service import Service
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.property.slicing import BEFORE, Plan, checks

pytestmark = [pytest.mark.stress, pytest.mark.usefixtures("english")]

WEEKS = 8


def test_the_demo_planned_week_by_week_keeps_every_window():
    service = Service(Repository(make_engine("sqlite://")), BEFORE)
    service.load_folder(DEMO)
    for w in range(WEEKS):
        week = Period(DEMO_START + timedelta(weeks=w))
        service.plan_period(week, time_limit=5)
        service.publish_period(week)
    words = Words.of(service.organisation())
    found = {
        f"{span.start} +{span.weeks} w": [sentence(v, words) for v in outcome.violations]
        for span, outcome in checks(Plan(service, Period(DEMO_START, WEEKS))).items()
    }
    assert len(found) == 22  # 11 spans of 4 weeks, 8 weeks, 3 months
    assert {span: v for span, v in found.items() if v} == {}
