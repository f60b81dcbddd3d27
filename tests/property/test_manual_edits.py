"""Property: whatever a coordinator does with the candidate list (assign someone it allows,
take someone off), the saved roster keeps every hard rule; at most a shift is left short of
people, which `roster check` then lists until it is filled. Refusals change nothing."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from planner.domain import Assignment, Period
from planner.errors import PlannerError
from planner.i18n.reasons import sentence
from planner.i18n.words import Words
from planner.service import Service
from planner.service.checking import check_period
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.property.test_generated_organisations import MONDAYS, small_org

SHORTAGES = ("min_people",)


def _hard_violations(repo: Repository, period: Period) -> list[str]:
    words = Words.of(repo.load_organisation())
    found = check_period(repo, period).violations
    return [sentence(v, words) for v in found if v.rule not in SHORTAGES]


@settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "8")),
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(organisation=small_org(), monday=st.sampled_from(MONDAYS), data=st.data())
def test_edits_allowed_by_the_candidate_list_keep_every_hard_rule(organisation, monday, data):
    repo = Repository(make_engine("sqlite://"))
    repo.save_organisation(organisation)
    period = Period(monday)
    try:
        outcome = Service(repo).plan_period(period, time_limit=1.0)
    except PlannerError:
        event("nothing to plan")
        return
    assert _hard_violations(repo, period) == []
    shift_ids = sorted(
        {*outcome.roster.unstaffed, *(a.shift_id for a in outcome.roster.assignments)}
    )
    for _ in range(3):
        shift_id = data.draw(st.sampled_from(shift_ids))
        on = [a for a in repo.roster(period).assignments if a.shift_id == shift_id]
        if on and data.draw(st.booleans()):
            person_id = data.draw(st.sampled_from([a.person_id for a in on]))
            before = repo.roster(period)
            try:
                Service(repo).unassign(shift_id, person_id)
                event("unassigned")
            except PlannerError:
                assert repo.roster(period) == before, "a refused edit saved something"
                event("unassign refused")
        else:
            allowed = [c for c in Service(repo).candidates(shift_id) if c.allowed]
            if not allowed:
                event("nobody allowed")
                continue
            c = data.draw(st.sampled_from(allowed))
            Service(repo).assign(Assignment(shift_id, c.person.id, c.role))
            event("assigned")
        assert _hard_violations(repo, period) == []
