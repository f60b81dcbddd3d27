"""Never together, as the checker sees it: two people of whom either names the other in
`never_with` are not on one shift, and no shift has more newcomers than `newcomers_max`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from planner.check.facts import Facts, Violation, violation
from planner.domain import Assignment, Role, Shift
from planner.rule_id import RuleId


def rule_never_together(
    facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool
) -> Iterator[Violation]:
    """Two people who must not share a shift, once per pair: filed under the later of the
    two on the shift (the candidate, when a coordinator weighs one), naming the earlier as
    the partner; then a shift with more newcomers than the activity's most."""
    people = [p for a in on if (p := facts.people.get(a.person_id)) is not None]
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            if b.id in a.never_with or a.id in b.never_with:
                yield violation(RuleId.NEVER_TOGETHER, b, shift, partner=a.id)
    most = shift.activity.staffing.newcomers_max
    if most is None:
        return
    new = [
        who
        for a in on
        if a.role is Role.VOLUNTEER
        and (who := facts.people.get(a.person_id)) is not None
        and facts.is_newcomer(who, shift.activity.id, shift.local_date)
    ]
    if len(new) > most:
        yield violation(RuleId.NEVER_TOGETHER, None, shift, "newcomers", count=len(new), most=most)
