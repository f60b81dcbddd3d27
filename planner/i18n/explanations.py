"""Sentences of explanations: why a shift is unstaffed (for the coordinator, with names; for
a funder, with counts) and what a re-plan changes. Errors: planner/i18n/errors.py."""

from __future__ import annotations

from planner.domain import Change, ChangeKind
from planner.i18n.reasons import phrase
from planner.i18n.words import Words
from planner.reasons import UnstaffedReason, UnstaffedSummary, Verdict
from planner.rule_id import RuleId


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _needs(qualifications: tuple[str, ...]) -> str:
    return qualifications[0] if len(qualifications) == 1 else "one of " + ", ".join(qualifications)


# -- unstaffed shifts, for the coordinator ------------------------------------------------


def unstaffed_text(reason: UnstaffedReason, words: Words) -> str:
    """'no professional free - Els Vermeulen on leave, Bart Claes needs rest after Inloop di
    1 dec 09:00 (9 h, at least 11 h), 5 others lack social_worker'."""
    free = ", ".join(words.name(p) for p in reason.free)
    parts = [
        f"{_and([words.name(p) for p in group.people])} {phrase(group.reason, words)}"
        for group in reason.blocked
    ]
    if reason.lacking:
        needs = _needs(reason.qualifications)
        parts.append(
            f"{reason.lacking} others lack {needs}"
            if reason.lacking > 1
            else f"1 other lacks {needs}"
        )
    details = f" - {', '.join(parts)}" if parts else ""
    verdict = reason.verdict
    if verdict is Verdict.NO_PROFESSIONALS:
        return "no professional in the organisation"
    if verdict is Verdict.NO_PROFESSIONAL_FREE:
        return "no professional free" + details
    if verdict is Verdict.TOO_FEW_FREE:
        return (
            f"only {len(reason.free)} of the {reason.needed} professionals free ({free})" + details
        )
    if verdict is Verdict.NOBODY_ALONE:
        head = f"nobody alone: needs {reason.needed} people, only {free} free and no volunteer"
        return head + details
    if verdict is Verdict.SOLVER_STOPPED:
        return (
            f"left unstaffed although {free} could take it "
            "(the solver stopped before it found a roster with them)"
        )
    if verdict is Verdict.NOBODY_ASSIGNED:
        return "nobody assigned"
    if verdict is Verdict.SHORT_BY_HAND:
        return "not enough professionals yet (planned by hand)"
    if verdict is Verdict.TAKEN_OFF:
        return f"no professional: {words.name(reason.person_id)} taken off by hand"
    if verdict is Verdict.LEFT_ORGANISATION:
        return f"{words.name(reason.person_id)} left the organisation; plan it again"
    if verdict is Verdict.UNDER_COVERED:
        return _under_covered(reason.count, reason.needed, reason.qualifications)
    if verdict is Verdict.NOTE:
        return reason.note
    return "no professional could be planned"


def unstaffed_sentence(shift_id: str, reason: UnstaffedReason, words: Words) -> str:
    """'Nachtopvang di 1 dec 20:00: no professional free - ...'"""
    return f"{words.shift(shift_id)}: {unstaffed_text(reason, words)}"


def _under_covered(count: int, needed: int, qualifications: tuple[str, ...]) -> str:
    text = f"{count} of {needed} qualified professional(s)"
    return text + (f" ({', '.join(qualifications)})" if qualifications else "")


# -- unstaffed shifts, for a funder: counts, never names ----------------------------------

# What stopped people, in a word a funder reads; absence kinds all read 'absent'.
STOPPED_WORDS = {
    RuleId.ABSENCE: "absent",
    RuleId.REST_BETWEEN_SHIFTS: "need rest",
    RuleId.NO_OVERLAP: "on another shift",
    RuleId.HOURS_PER_WEEK: "at weekly hours",
    RuleId.HOURS_PER_DAY: "at daily hours",
    RuleId.MAX_CONSECUTIVE_DAYS: "at days in a row",
    RuleId.MIN_CONSECUTIVE_DAYS_OFF: "need days off",
    RuleId.MAX_WORKING_WEEKENDS: "at weekend limit",
    RuleId.FORBIDDEN_SUCCESSIONS: "shift order",
    RuleId.WORKING_DAYS: "not a working day",
    RuleId.VOLUNTEER_LIMITS: "at their own limit",
    RuleId.VOLUNTEER_OFFERS: "not offered",
    RuleId.QUALIFICATION: "not qualified",
}


def summary_text(summary: UnstaffedSummary) -> str:
    """'no qualified professional free (4 absent, 2 need rest, 5 not qualified)'."""
    counts: dict[str, int] = {}
    for rule, n in summary.stopped:
        word = STOPPED_WORDS.get(rule, "other rule")
        counts[word] = counts.get(word, 0) + n
    if summary.lacking:
        counts["not qualified"] = counts.get("not qualified", 0) + summary.lacking
    tail = " (" + ", ".join(f"{n} {word}" for word, n in counts.items()) + ")" if counts else ""
    verdict = summary.verdict
    if verdict is Verdict.NO_PROFESSIONAL_FREE:
        return "no qualified professional free" + tail
    if verdict is Verdict.TOO_FEW_FREE:
        return f"only {summary.free} of the {summary.needed} qualified professionals free" + tail
    if verdict is Verdict.NOBODY_ALONE:
        return f"nobody alone: needs {summary.needed} people, not enough free" + tail
    if verdict is Verdict.SOLVER_STOPPED:
        return (
            f"left unstaffed although {summary.free} qualified professional(s) could take it "
            "(the planner stopped before it found them)"
        )
    if verdict is Verdict.NO_PROFESSIONALS:
        return "no professional in the organisation"
    if verdict is Verdict.NOBODY_ASSIGNED:
        return "nobody assigned"
    if verdict is Verdict.SHORT_BY_HAND:
        return "not enough professionals yet (planned by hand)"
    if verdict is Verdict.TAKEN_OFF:
        return "no professional: taken off by hand"
    if verdict is Verdict.LEFT_ORGANISATION:
        return "someone on it left the organisation"
    if verdict is Verdict.UNDER_COVERED:
        return _under_covered(summary.count, summary.needed, summary.qualifications)
    if verdict is Verdict.NOTE:
        return "no professional (the reason was saved by an earlier version)"
    return "no professional could be planned"


# -- changes and refusals -----------------------------------------------------------------


def change_text(change: Change, words: Words) -> str:
    """'Els Vermeulen moves from Inloop ma 30 nov 09:00 to Inloop di 1 dec 09:00'."""
    name = words.name(change.person_id)
    if change.kind is ChangeKind.MOVED:
        old = words.shift(change.from_shift_id)
        return f"{name} moves from {old} to {words.shift(change.shift_id)}"
    if change.kind is ChangeKind.REMOVED:
        return f"{name} is off {words.shift(change.shift_id)}"
    return f"{name} is added to {words.shift(change.shift_id)}"
