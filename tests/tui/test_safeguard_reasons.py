"""The shift screen's why-not gives each safeguard's reason as a sentence: a newcomer without
a mentor, a heavy shift's rest (docs/rules.md, "Safeguards")."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from textual.widgets import DataTable

from planner.domain import Period
from planner.rule_id import RuleId
from planner.service import Service
from planner.shifts import generate_shifts
from tests.tui.support import DEMO_MONDAY, app_on
from tests.tui.test_shift_workflow import open_shift


def first_refused(repo, rule: RuleId):
    """A shift of the demo's first week and a candidate the rule refuses there."""
    service = Service(repo)
    for shift in generate_shifts(repo.load_organisation(), Period(DEMO_MONDAY)):
        if shift.closed:
            continue
        for c in service.candidates(shift.id):
            if any(r.rule is rule for r in c.reasons):
                return shift, c.person
    raise AssertionError(f"no candidate of the first week is refused by {rule}")


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        (RuleId.HEAVY_SHIFTS, "heavy shift"),
        (RuleId.NEWCOMERS, "needs an experienced volunteer"),
    ],
)
async def test_why_not_says_the_safeguard_in_words(planned_repo, rule, words):
    if rule is RuleId.NEWCOMERS:
        # Every volunteer new to the work: where no professional may mentor, none can join.
        org = planned_repo.load_organisation()
        people = tuple(replace(p, newcomer=p.is_volunteer) for p in org.people)
        planned_repo.save_organisation(replace(org, people=people), now=datetime.now(UTC))
    shift, person = first_refused(planned_repo, rule)
    app = app_on(planned_repo, lang="en")
    async with app.run_test(size=(200, 60)) as pilot:
        screen = await open_shift(app, pilot, shift.id)
        table = screen.query_one("#candidates", DataTable)
        row = next(i for i, c in enumerate(screen.candidates) if c.person.id == person.id)
        assert words in screen.why_not(screen.candidates[row])
        assert str(table.get_row_at(row)[1]) == person.name
