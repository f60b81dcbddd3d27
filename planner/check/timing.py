"""Rules about two shifts of one person: not in two places at once, rest, forbidden
successions."""

from __future__ import annotations

from collections.abc import Sequence

from planner.check.facts import (
    Facts,
    Work,
    focus_shift,
    gap_text,
    pairs,
    violation,
)
from planner.dates import minutes
from planner.domain import Person
from planner.i18n.format import hours_text, shift_label
from planner.settings import shift_class


def rule_two_places(facts: Facts, person: Person, work: Sequence[Work]):
    """Nobody in two places at once: no overlap, and travel time between different sites."""
    travel = minutes(facts.hard.travel_time)
    for a, b in pairs(work, travel):
        sa, sb = a.shift, b.shift
        if b.start < a.end:
            reason = f"works {facts.label_other(sa, sb)} at the same time"
            sentence = f"{person.name} works {shift_label(sa)} and {shift_label(sb)} at once."
            yield violation("two_places", person, reason, focus_shift(facts, a, b), sentence)
        elif sa.activity.site != sb.activity.site and b.start - a.end < travel:
            gap = gap_text(b.start - a.end)
            reason = (
                f"has too little travel time to or from {facts.label_other(sa, sb)} "
                f"({gap}, needs {gap_text(travel)})"
            )
            sentence = (
                f"{person.name} has {gap} to travel from {shift_label(sa)} ({sa.activity.site}) "
                f"to {shift_label(sb)} ({sb.activity.site}), needs {gap_text(travel)}."
            )
            yield violation("two_places", person, reason, focus_shift(facts, a, b), sentence)


def rule_rest(facts: Facts, person: Person, work: Sequence[Work]):
    """Rest between working days (settings.HardSettings.min_rest): two shifts less than
    min_rest apart conflict unless both start on the same local day and together span at
    most 24 h - min_rest (one working day)."""
    rest = minutes(facts.hard.min_rest)
    day_limit = 24 * 60 - rest
    for a, b in pairs(work, rest):
        if b.start < a.end:
            continue  # overlapping: the two-places rule says so
        same_day = a.shift.local_date == b.shift.local_date
        span = b.end - a.start
        if same_day and span <= day_limit:
            continue  # two parts of one working day
        gap = gap_text(b.start - a.end)
        other = b.shift if facts.focus == a.shift.id else a.shift
        way = "before" if facts.focus == a.shift.id else "after"
        if same_day:
            # Both rules say no: too long for one working day, too close for two.
            why = (
                f"a working day of {gap_text(span)}, at most {gap_text(day_limit)}; "
                f"{gap} rest, at least {gap_text(rest)}"
            )
            reason = f"needs rest {way} {shift_label(other)} ({why})"
            sentence = (
                f"{person.name} works {shift_label(a.shift)} and {shift_label(b.shift)} on one "
                f"day spanning {gap_text(span)} (at most {gap_text(day_limit)}) with {gap} rest "
                f"between, at least {gap_text(rest)}."
            )
        else:
            reason = f"needs rest {way} {shift_label(other)} ({gap}, at least {gap_text(rest)})"
            sentence = (
                f"{person.name} has {gap} rest between {shift_label(a.shift)} and "
                f"{shift_label(b.shift)}, at least {gap_text(rest)}."
            )
        yield violation("rest", person, reason, focus_shift(facts, a, b), sentence)


def rule_successions(facts: Facts, person: Person, work: Sequence[Work]):
    """A professional never starts a class-B shift within succession_window after the end of
    a class-A shift, for each forbidden (A, B)."""
    if person.contract is None or not facts.hard.forbidden_successions:
        return
    forbidden = set(facts.hard.forbidden_successions)
    window = minutes(facts.hard.succession_window)
    for a, b in pairs(work, window):
        if b.start < a.end:
            continue
        first, second = shift_class(a.shift), shift_class(b.shift)
        if (first, second) in forbidden:
            hours = hours_text(window / 60)
            if facts.focus == a.shift.id:
                reason = (
                    f"no {first} shift {hours} before a {second} shift ({shift_label(b.shift)})"
                )
            else:
                reason = f"no {second} shift within {hours} after a {first} shift ({shift_label(a.shift)})"
            sentence = (
                f"{person.name} works the {second} shift {shift_label(b.shift)} within {hours} "
                f"after the {first} shift {shift_label(a.shift)}."
            )
            yield violation("succession", person, reason, focus_shift(facts, a, b), sentence)
