"""Pinned assignments are kept; a pin that cannot hold is traced back to it."""

from constraints.continuity import Continuity
from constraints.pinned_assignments import PinnedAssignments
from constraints.registry import rules_from_settings
from planner.solver.search import find_conflict
from tests.builders import absence, activity, assign, professional, shift
from tests.scheduler.support import alone, plan, problem


def test_the_pinned_person_is_on_the_shift():
    s = shift(activity("inloop"))
    els = professional("els", home_activity="inloop")
    piet = professional("piet", "Piet Claes")
    pin = assign(s, piet, pinned=True)
    planned = plan(
        problem([s], [els, piet], pinned=[pin]), alone(PinnedAssignments(), Continuity())
    )
    assert planned.on(s) == {"piet"}
    assert planned.roster.assignments[0].pinned


def test_a_pin_on_someone_on_leave_names_the_rule_the_person_and_the_shift():
    s = shift()
    els = professional("els")
    p = problem([s], [els], pinned=[assign(s, els, pinned=True)], absences=[absence("els")])
    conflict = find_conflict(p, rules_from_settings(p.settings))
    assert [(t.rule, t.person_id, t.shift_id) for t in conflict] == [
        ("pinned_assignments", "els", s.id)
    ]
