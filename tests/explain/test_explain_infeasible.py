"""An infeasible model is explained by its small set of conflicting rules, people and shifts,
verified by re-solving without them: never a bare INFEASIBLE."""

from dataclasses import dataclass
from datetime import timedelta

import pytest

from constraints.registry import rules_from_settings
from planner.explain import Conflict, conflicts
from planner.i18n.errors import conflict_rule_text, conflict_text
from planner.i18n.explanations import unstaffed_sentence
from planner.i18n.reasons import sentence
from planner.i18n.words import Words
from planner.solver.problem import PlanningProblem
from tests.builders import MONDAY, absence, activity, assign, professional, shift
from tests.scheduler.support import problem

pytestmark = pytest.mark.usefixtures("english")

TUESDAY = MONDAY + timedelta(days=1)


@dataclass(frozen=True)
class Worded:
    """A conflict as the coordinator reads it: its rules, the details behind them, the text."""

    sentences: tuple[str, ...]
    details: tuple[str, ...]
    text: str
    verified: bool
    remains: bool


def _worded(conflict: Conflict, p: PlanningProblem) -> Worded:
    words = Words.of(p.org)
    return Worded(
        tuple(conflict_rule_text(r, words) for r in conflict.rules),
        tuple(sentence(d, words) for d in conflict.details)
        + tuple(unstaffed_sentence(sid, why, words) for sid, why in conflict.shifts),
        conflict_text(conflict, words),
        conflict.verified,
        conflict.remains,
    )


def minimal_conflict(p: PlanningProblem, **kw) -> Worded:
    return _worded(conflicts(p, rules_from_settings(p.settings), most=1, **kw)[0], p)


def explain_infeasible(p: PlanningProblem, conflict=(), **kw) -> str:
    found = conflicts(p, rules_from_settings(p.settings), conflict, **kw)
    return "\n".join(_worded(c, p).text for c in found)


def test_a_pin_on_someone_on_leave():
    els, bart = professional("els", "Els Vermeulen"), professional("bart", "Bart Claes")
    s = shift(activity("inloop", "Inloop"))
    p = problem([s], [els, bart], absences=[absence("els")], pinned=[assign(s, els, pinned=True)])
    conflict = minimal_conflict(p, time_limit=5)
    assert conflict.sentences == ("Els Vermeulen is pinned on Inloop Mon 30 Nov 09:00",)
    assert conflict.details == ("Els Vermeulen is on leave during Inloop Mon 30 Nov 09:00.",)
    assert conflict.verified


def test_two_pins_too_close_together_name_the_rest_rule():
    els = professional("els", "Els Vermeulen")
    late = shift(activity("avond", "Avond", start="17:00", end="23:00"))
    early = shift(activity("ontbijt", "Ontbijt", start="07:00", end="09:00"), TUESDAY)
    pins = [assign(late, els, pinned=True), assign(early, els, pinned=True)]
    p = problem([late, early], [els], pinned=pins)
    conflict = minimal_conflict(p, time_limit=5)
    assert sorted(conflict.sentences) == [
        "Els Vermeulen is pinned on Avond Mon 30 Nov 17:00",
        "Els Vermeulen is pinned on Ontbijt Tue 1 Dec 07:00",
        "Els Vermeulen needs 11 h rest between shifts",
    ]
    assert conflict.details == (
        "Els Vermeulen has 8 h rest between Avond Mon 30 Nov 17:00 and Ontbijt Tue 1 Dec 07:00, "
        "at least 11 h.",
    )
    assert conflict.verified
    assert conflict.text.startswith("No roster is possible: these rules cannot all hold together:")


def test_starting_from_a_conflict_found_by_the_solver_gives_the_same_text():
    from planner.solver.search import find_conflict

    els = professional("els", "Els Vermeulen")
    s = shift(activity("inloop", "Inloop"))
    p = problem([s], [els], absences=[absence("els")], pinned=[assign(s, els, pinned=True)])
    core = find_conflict(p, rules_from_settings(p.settings))
    text = explain_infeasible(p, core, time_limit=5)
    assert text == (
        "No roster is possible: these rules cannot all hold together:\n"
        "- Els Vermeulen is pinned on Inloop Mon 30 Nov 09:00\n"
        "  Els Vermeulen is on leave during Inloop Mon 30 Nov 09:00."
    )


def test_a_pinned_volunteer_on_a_shift_no_professional_can_take():
    from tests.builders import volunteer

    els, jan = professional("els", "Els Vermeulen"), volunteer("jan", "Jan Peeters")
    s = shift(activity("inloop", "Inloop", volunteers_max=1))
    p = problem([s], [els, jan], absences=[absence("els")], pinned=[assign(s, jan, pinned=True)])
    conflict = minimal_conflict(p, time_limit=5)
    assert "Jan Peeters is pinned on Inloop Mon 30 Nov 09:00" in conflict.sentences
    assert conflict.details == (
        "Inloop Mon 30 Nov 09:00: no professional free - Els Vermeulen on leave",
    )
    assert conflict.verified


def test_a_pinned_professional_alone_at_night():
    from tests.builders import volunteer

    els, jan = professional("els", "Els Vermeulen"), volunteer("jan", "Jan Peeters")
    night = activity(
        "nachtopvang", "Nachtopvang", start="20:00", end="08:00", volunteers_max=1, min_people=2
    )
    s = shift(night)
    p = problem([s], [els, jan], absences=[absence("jan")], pinned=[assign(s, els, pinned=True)])
    conflict = minimal_conflict(p, time_limit=5)
    assert conflict.details == (
        "Nachtopvang Mon 30 Nov 20:00: nobody alone: needs 2 people, only Els Vermeulen free "
        "and no volunteer - Jan Peeters on leave",
    )


def test_two_separate_conflicts_say_that_more_remain():
    els, bart = professional("els", "Els Vermeulen"), professional("bart", "Bart Claes")
    mon, tue = shift(activity("inloop", "Inloop")), shift(activity("inloop", "Inloop"), TUESDAY)
    p = problem(
        [mon, tue],
        [els, bart],
        absences=[absence("els"), absence("bart")],
        pinned=[assign(mon, els, pinned=True), assign(tue, bart, pinned=True)],
    )
    conflict = minimal_conflict(p, time_limit=5)
    assert len(conflict.sentences) == 1
    assert conflict.remains and not conflict.verified
    assert conflict.text.endswith("(other conflicts remain once these are lifted)")


def test_every_separate_conflict_is_explained():
    els, bart = professional("els", "Els Vermeulen"), professional("bart", "Bart Claes")
    mon, tue = shift(activity("inloop", "Inloop")), shift(activity("inloop", "Inloop"), TUESDAY)
    p = problem(
        [mon, tue],
        [els, bart],
        absences=[absence("els"), absence("bart")],
        pinned=[assign(mon, els, pinned=True), assign(tue, bart, pinned=True)],
    )
    text = explain_infeasible(p, time_limit=5)
    assert "Els Vermeulen is on leave during Inloop Mon 30 Nov 09:00." in text
    assert "Bart Claes is on leave during Inloop Tue 1 Dec 09:00." in text
    assert text.count("No roster is possible") == 2
    assert text.endswith("Bart Claes is on leave during Inloop Tue 1 Dec 09:00.")
