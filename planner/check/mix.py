"""The qualification mix, as the checker sees it: a staffed shift has, for each hard need,
enough people in the right places holding one of its qualifications or languages."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from planner.check.facts import Facts, Violation, violation
from planner.domain import Assignment, Role, Shift
from planner.rule_id import RuleId


def rule_mix(
    facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool
) -> Iterator[Violation]:
    if shift.closed or unstaffed:
        return
    for need in shift.activity.staffing.needs:
        if need.soft:
            continue
        found = sum(
            1
            for a in on
            if (who := facts.people.get(a.person_id)) is not None
            and need.met_by(who, a.role is Role.PROFESSIONAL, shift.local_date)
        )
        if found < need.at_least:
            yield violation(
                RuleId.QUALIFICATION_MIX,
                None,
                shift,
                need.among.value,
                of=tuple(sorted(need.of)),
                found=found,
                needed=need.at_least,
            )
