"""Sentences of the safeguards' findings (docs/rules.md, "Safeguards"): newcomers with a
mentor, heavy shifts, pairs, qualification mixes. planner/i18n/reasons.py hands these here."""

from __future__ import annotations

from planner.dates import activity_of
from planner.i18n.language import _
from planner.i18n.words import Words
from planner.reasons import Reason
from planner.rule_id import RuleId


def safeguard_texts(r: Reason, w: Words, name: str, label: str) -> tuple[str, str] | None:
    """(phrase, sentence) of a safeguard's finding; None for any other rule."""
    rule = r.rule
    if rule is RuleId.NEWCOMERS:
        activity = w.activity(activity_of(r.shift_id or ""))
        if r.get("professionals"):
            return (
                _(
                    "is new to {activity}: needs an experienced volunteer or a professional "
                    "on {shift}",
                    activity=activity,
                    shift=label,
                ),
                _(
                    "{name} is new to {activity} and has no experienced volunteer or "
                    "professional beside them on {shift}.",
                    name=name,
                    activity=activity,
                    shift=label,
                ),
            )
        return (
            _(
                "is new to {activity}: needs an experienced volunteer on {shift}",
                activity=activity,
                shift=label,
            ),
            _(
                "{name} is new to {activity} and has no experienced volunteer beside them "
                "on {shift}.",
                name=name,
                activity=activity,
                shift=label,
            ),
        )
    return None
