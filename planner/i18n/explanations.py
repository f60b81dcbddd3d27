"""Sentences of explanations: why a shift is unstaffed (for the coordinator, with names; for
a funder, with counts) and what a re-plan changes. Errors: planner/i18n/errors.py."""

from __future__ import annotations

from collections.abc import Callable

from planner.domain import Change, ChangeKind
from planner.i18n.format import clock, list_text
from planner.i18n.language import _, ngettext
from planner.i18n.names import qualification_name
from planner.i18n.reasons import phrase
from planner.i18n.words import Words
from planner.proposal import HeldBack, PlaceChange, Proposal
from planner.reasons import UnstaffedReason, UnstaffedSummary, Verdict
from planner.rule_id import RuleId


def _needs(qualifications: tuple[str, ...]) -> str:
    names = [qualification_name(q) for q in qualifications]
    if len(names) == 1:
        return names[0]
    return _("one of {qualifications}", qualifications=", ".join(names))


# -- unstaffed shifts, for the coordinator ------------------------------------------------


def unstaffed_text(reason: UnstaffedReason, words: Words) -> str:  # noqa: C901 - one case a verdict
    """'no professional free - Els Vermeulen on leave, Bart Claes needs rest after Inloop Tue
    1 Dec 09:00 (9 h, at least 11 h), 5 others lack social worker'."""
    free = list_text(words.name(p) for p in reason.free)
    parts = [
        _(
            "{names} {reason}",
            names=list_text(words.name(p) for p in group.people),
            reason=phrase(group.reason, words, len(group.people)),
        )
        for group in reason.blocked
    ]
    if reason.lacking:
        parts.append(
            ngettext(
                "{n} other lacks {needs}",
                "{n} others lack {needs}",
                reason.lacking,
                needs=_needs(reason.qualifications),
            )
        )
    details = ", ".join(parts)
    verdict = reason.verdict
    if verdict is Verdict.NO_PROFESSIONALS:
        return _("no professional in the organisation")
    if verdict is Verdict.NO_PROFESSIONAL_FREE:
        head = _("no professional free")
    elif verdict is Verdict.TOO_FEW_FREE:
        head = _(
            "only {free} of the {needed} professionals free ({names})",
            free=len(reason.free),
            needed=reason.needed,
            names=free,
        )
    elif verdict is Verdict.NOBODY_ALONE:
        head = _(
            "nobody alone: needs {needed} people, only {names} free and no volunteer",
            needed=reason.needed,
            names=free,
        )
    else:
        return _other_verdict(reason, words, free, details)
    return _("{verdict} - {details}", verdict=head, details=details) if details else head


def _other_verdict(reason: UnstaffedReason, words: Words, free: str, details: str) -> str:
    verdict = reason.verdict
    if verdict is Verdict.SOLVER_STOPPED:
        return _(
            "left unstaffed although {names} could take it "
            "(the solver stopped before it found a roster with them)",
            names=free,
        )
    if verdict is Verdict.NOBODY_ASSIGNED:
        return _("nobody assigned")
    if verdict is Verdict.STARTED_UNPLANNED:
        return started_unplanned_text()
    if verdict is Verdict.SHORT_BY_HAND:
        return _("not enough professionals yet (planned by hand)")
    if verdict is Verdict.RAN_SHORT:
        return _("ran without the professionals it needs (corrected: who actually came)")
    if verdict is Verdict.TAKEN_OFF:
        return _("no professional: {name} taken off by hand", name=words.name(reason.person_id))
    if verdict is Verdict.LEFT_ORGANISATION:
        return _("{name} left the organisation; plan it again", name=words.name(reason.person_id))
    if verdict is Verdict.UNDER_COVERED:
        return _under_covered(reason.count, reason.needed, reason.qualifications)
    if verdict is Verdict.MIX_NOT_MET:
        head = _mix_not_met(reason.count, reason.needed, reason.qualifications)
        if reason.free:
            head = _("{verdict} ({names})", verdict=head, names=free)
        # Who else holds it, and why each cannot come, as every other reason names them.
        return _("{verdict} - {details}", verdict=head, details=details) if details else head
    if verdict is Verdict.NOTE:
        return reason.note  # saved by an earlier version, in its words
    return _("no professional could be planned")


def _mix_not_met(count: int, needed: int, qualifications: tuple[str, ...]) -> str:
    """'its mix needs 1 with nurse, only 0 free'."""
    return ngettext(
        "its mix needs {n} person with {needs}, only {count} free",
        "its mix needs {n} people with {needs}, only {count} free",
        needed,
        needs=_needs(qualifications),
        count=count,
    )


def started_unplanned_text() -> str:
    """Why a shift that started before it was ever planned has nobody: history, not a gap."""
    return _("started before it was planned: nobody planned (`roster correct` records who worked)")


def started_unplanned_lines(shift_ids: tuple[str, ...], words: Words) -> list[str]:
    """The CLI's plan, check and publish: the shifts that started before they were planned,
    under one heading that says why, apart from the shifts left unstaffed."""
    if not shift_ids:
        return []
    head = ngettext(
        "{n} shift started before it was planned: nobody planned, history "
        "(`roster correct` records who worked):",
        "{n} shifts started before they were planned: nobody planned, history "
        "(`roster correct` records who worked):",
        len(shift_ids),
    )
    return [head, *(f"  {words.shift(sid)}" for sid in shift_ids)]


def unstaffed_sentence(shift_id: str, reason: UnstaffedReason, words: Words) -> str:
    """'Nachtopvang di 1 dec 20:00: geen beroepskracht vrij - ...'"""
    return f"{words.shift(shift_id)}: {unstaffed_text(reason, words)}"


def _under_covered(count: int, needed: int, qualifications: tuple[str, ...]) -> str:
    text = ngettext(
        "{count} of {n} qualified professional",
        "{count} of {n} qualified professionals",
        needed,
        count=count,
    )
    if not qualifications:
        return text
    names = ", ".join(qualification_name(q) for q in qualifications)
    return f"{text} ({names})"


# -- unstaffed shifts, for a funder: counts, never names ----------------------------------

# What stopped people, as a funder reads it, by how many; absence kinds all read 'absent'.
Count = Callable[[int], str]
STOPPED_WORDS: dict[RuleId, Count] = {
    RuleId.ABSENCE: lambda n: ngettext("{n} absent", "{n} absent", n),
    RuleId.REST_BETWEEN_SHIFTS: lambda n: ngettext("{n} needs rest", "{n} need rest", n),
    RuleId.NO_OVERLAP: lambda n: ngettext("{n} on another shift", "{n} on another shift", n),
    RuleId.HOURS_PER_WEEK: lambda n: ngettext(
        "{n} at their weekly hours", "{n} at their weekly hours", n
    ),
    RuleId.HOURS_PER_DAY: lambda n: ngettext(
        "{n} at their daily hours", "{n} at their daily hours", n
    ),
    RuleId.MAX_CONSECUTIVE_DAYS: lambda n: ngettext(
        "{n} at their days in a row", "{n} at their days in a row", n
    ),
    RuleId.MIN_CONSECUTIVE_DAYS_OFF: lambda n: ngettext(
        "{n} needs days off", "{n} need days off", n
    ),
    RuleId.MAX_WORKING_WEEKENDS: lambda n: ngettext(
        "{n} at their weekend limit", "{n} at their weekend limit", n
    ),
    RuleId.FORBIDDEN_SUCCESSIONS: lambda n: ngettext(
        "{n} by the order of shifts", "{n} by the order of shifts", n
    ),
    RuleId.WORKING_DAYS: lambda n: ngettext(
        "{n} not on a working day", "{n} not on a working day", n
    ),
    RuleId.VOLUNTEER_LIMITS: lambda n: ngettext(
        "{n} at their own limit", "{n} at their own limit", n
    ),
    RuleId.VOLUNTEER_OFFERS: lambda n: ngettext("{n} did not offer it", "{n} did not offer it", n),
    RuleId.QUALIFICATION: lambda n: ngettext("{n} not qualified", "{n} not qualified", n),
}


def _other_rule(n: int) -> str:
    return ngettext("{n} by another rule", "{n} by other rules", n)


def _stopped(summary: UnstaffedSummary) -> str:
    counts: dict[Count, int] = {}
    for rule, n in summary.stopped:
        words = STOPPED_WORDS.get(rule, _other_rule)
        counts[words] = counts.get(words, 0) + n
    if summary.lacking:
        words = STOPPED_WORDS[RuleId.QUALIFICATION]
        counts[words] = counts.get(words, 0) + summary.lacking
    return ", ".join(words(n) for words, n in counts.items())


def summary_text(summary: UnstaffedSummary) -> str:
    """'no qualified professional free (4 absent, 2 need rest, 5 not qualified)'."""
    counts = _stopped(summary)
    verdict = summary.verdict
    if verdict is Verdict.NO_PROFESSIONAL_FREE:
        head = _("no qualified professional free")
    elif verdict is Verdict.TOO_FEW_FREE:
        head = _(
            "only {free} of the {needed} qualified professionals free",
            free=summary.free,
            needed=summary.needed,
        )
    elif verdict is Verdict.NOBODY_ALONE:
        head = _("nobody alone: needs {needed} people, not enough free", needed=summary.needed)
    else:
        return _other_summary(summary)
    return f"{head} ({counts})" if counts else head


def _other_summary(summary: UnstaffedSummary) -> str:
    verdict = summary.verdict
    if verdict is Verdict.SOLVER_STOPPED:
        return ngettext(
            "left unstaffed although {n} qualified professional could take it "
            "(the planner stopped before it found them)",
            "left unstaffed although {n} qualified professionals could take it "
            "(the planner stopped before it found them)",
            summary.free,
        )
    if verdict is Verdict.NO_PROFESSIONALS:
        return _("no professional in the organisation")
    if verdict is Verdict.NOBODY_ASSIGNED:
        return _("nobody assigned")
    if verdict is Verdict.STARTED_UNPLANNED:
        return started_unplanned_text()
    if verdict is Verdict.SHORT_BY_HAND:
        return _("not enough professionals yet (planned by hand)")
    if verdict is Verdict.RAN_SHORT:
        return _("ran without the professionals it needs (corrected: who actually came)")
    if verdict is Verdict.TAKEN_OFF:
        return _("no professional: taken off by hand")
    if verdict is Verdict.LEFT_ORGANISATION:
        return _("someone on it left the organisation")
    if verdict is Verdict.UNDER_COVERED:
        return _under_covered(summary.count, summary.needed, summary.qualifications)
    if verdict is Verdict.MIX_NOT_MET:
        return _mix_not_met(summary.count, summary.needed, summary.qualifications)
    if verdict is Verdict.NOTE:
        return _("no professional (the reason was saved by an earlier version)")
    return _("no professional could be planned")


# -- changes ------------------------------------------------------------------------------


def change_text(change: Change, words: Words) -> str:
    """'Els Vermeulen moves from Inloop Mon 30 Nov 09:00 to Inloop Tue 1 Dec 09:00'."""
    name, shift = words.name(change.person_id), words.shift(change.shift_id)
    if change.kind is ChangeKind.MOVED:
        old = words.shift(change.from_shift_id)
        return _("{name} moves from {old} to {new}", name=name, old=old, new=shift)
    if change.kind is ChangeKind.REMOVED:
        return _("{name} is off {shift}", name=name, shift=shift)
    return _("{name} is added to {shift}", name=name, shift=shift)


# -- the repair proposed with a request, for the coordinator ------------------------------


def proposal_lines(proposal: Proposal, person_id: str, words: Words) -> list[str]:
    """What a request breaks and the repair proposed for it, a sentence a line: 'Breaks: Jan
    Peeters off Inloop ma 30 nov 09:00-12:00', 'Proposed: An Dubois takes the place of Jan
    Peeters on Inloop ma 30 nov 09:00-12:00'. A repair already made says 'Repaired:'."""
    lines = [
        _(
            "Breaks: {name} off {shift}",
            name=words.name(person_id),
            shift=_when(sid, proposal, words),
        )
        for sid in proposal.breaks
    ]
    for change in proposal.changes:
        lines.append(_change_line(change, proposal, words))
    if not proposal.changes:
        lines.append(
            _("Repaired: nothing else changes, the shift holds without them")
            if proposal.applied
            else _("Proposed: nothing else changes, the shift holds without them")
        )
    return lines


def request_repair_lines(
    proposal: Proposal | None,
    person_id: str,
    kind: str,
    status: str,
    words: Words,
    held: HeldBack | None = None,
) -> list[str]:
    """What a request or alert (its `kind` and `status`) breaks and the repair proposed for
    it; for an open one with no repair worked out yet (its proposal stopped, or none could be
    proposed when it was made), that approving works it out then. A repair held in the draft
    (`held`) says why it was not published, and, open, what approving and refusing do."""
    lines: list[str] = []
    if proposal is not None:
        lines = proposal_lines(proposal, person_id, words)
    elif status == "open" and kind in ("cancel", "breaks"):
        lines = [_("No repair proposed yet: approving works one out")]
    if held is not None:
        lines.append(held_text(held, words))
    if kind == "draft" and status == "open":
        lines.append(_("Approving publishes the week; refusing leaves the draft as it is."))
    return lines


def held_text(held: HeldBack, words: Words) -> str:
    """'Not published: it changes someone else's shift within 48 hours (Inloop ma 14 dec
    09:00)'."""
    shifts = list_text(words.shift(sid) for sid in held.shifts)
    if held.why == HeldBack.NEAR:
        return _(
            "Not published: it changes someone else's shift within 48 hours ({shifts})",
            shifts=shifts,
        )
    if held.why == HeldBack.RULES:
        return _(
            "Not published: the publication's check finds a hard rule broken on {shifts} "
            "(roster check says why)",
            shifts=shifts,
        )
    return _("Not published: the week had changes in the draft not yet published")


def _change_line(change: PlaceChange, proposal: Proposal, words: Words) -> str:
    shift = _when(change.shift_id, proposal, words)
    leaving = list_text(words.name(p) for p in change.leaving)
    taking = list_text(words.name(p) for p in change.taking)
    if change.unstaffed is not None:
        what = _(
            "{shift} stays unstaffed: {reason}",
            shift=shift,
            reason=unstaffed_text(change.unstaffed, words),
        )
    elif change.taking and change.leaving:
        what = ngettext(
            "{taking} takes the place of {leaving} on {shift}",
            "{taking} take the places of {leaving} on {shift}",
            len(change.taking),
            taking=taking,
            leaving=leaving,
            shift=shift,
        )
    elif change.taking:
        what = ngettext(
            "{taking} joins {shift}",
            "{taking} join {shift}",
            len(change.taking),
            taking=taking,
            shift=shift,
        )
    else:
        what = _("{leaving} off {shift}, nobody in their place", leaving=leaving, shift=shift)
    if proposal.applied:
        return _("Repaired: {what}", what=what)
    return _("Proposed: {what}", what=what)


def _when(shift_id: str, proposal: Proposal, words: Words) -> str:
    """'Inloop ma 30 nov 09:00-12:00': the shift with its end where the proposal holds it."""
    end = proposal.end(shift_id)
    if end is None:
        return words.shift(shift_id)
    return _("{shift}-{end}", shift=words.shift(shift_id), end=clock(end.time()))
