"""Who can cover a shift, in words: the ranking of `roster candidates` and of the app's
"who can cover?" (planner/service/covering.py)."""

from __future__ import annotations

from planner.check.exchange import Cover
from planner.i18n.format import integer
from planner.i18n.language import _
from planner.i18n.names import rule_name
from planner.i18n.reasons import phrase
from planner.i18n.words import Words


def cover_text(found: list[Cover], words: Words) -> str:
    """The ranking as the CLI prints it (the app shows the same rows: cover_row)."""
    allowed = [c for c in found if c.allowed]
    lines = [_("can take it, cheapest first:") if allowed else _("nobody can take it")]
    lines += ["  " + "  ".join(cover_row(c, words)) for c in allowed]
    others = [c for c in found if not c.allowed]
    if others:
        lines.append(_("cannot take it:"))
        lines += ["  " + ": ".join(cover_row(c, words)) for c in others]
    return "\n".join(lines)


def cover_row(c: Cover, words: Words) -> tuple[str, str]:
    """The person's name and what taking the shift costs, or the first reason why not."""
    if c.allowed:
        return words.name(c.person.id), cost_words(c)
    return words.name(c.person.id), phrase(c.reasons[0], words)


def cost_words(c: Cover) -> str:
    """'+12 (fairness +10, continuity +2)', '±0', or 'not weighed'."""
    if c.cost is None:
        return _("not weighed")
    terms = ", ".join(f"{rule_name(r)} {_signed(v)}" for r, v in c.terms)
    total = _signed(c.cost)
    return f"{total} ({terms})" if terms else total


def _signed(value: int) -> str:
    if value == 0:
        return "±0"
    return f"+{integer(value)}" if value > 0 else f"-{integer(-value)}"
