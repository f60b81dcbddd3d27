"""Saying at once which published shifts no longer hold (after an absence, a reload, a
publication), why, and which weeks to re-plan: shared by the commands that can cause it."""

from __future__ import annotations

import sys

import click

from cli.context import AppContext
from planner.i18n.language import _, ngettext
from planner.i18n.reasons import sentence
from planner.i18n.words import Words
from planner.service import Holding

EXIT_BROKEN = 1  # as `roster check` with violations

fail_option = click.option(
    "--fail-if-broken",
    "fail_if_broken",
    is_flag=True,
    help="Exit 1 when a published shift no longer holds (for scripts); the change is kept.",
)


def holding_lines(holding: Holding, words: Words) -> list[str]:
    """The broken published shifts, each with its reasons, then the re-plan that mends them."""
    if not holding.broken:
        return []
    lines = [
        ngettext(
            "{n} published shift no longer holds:",
            "{n} published shifts no longer hold:",
            len(holding.broken),
        )
    ]
    for broken in holding.broken:
        reasons = "; ".join(dict.fromkeys(sentence(r, words) for r in broken.reasons))
        lines.append(f"  {words.shift(broken.shift_id)}: {reasons}")
    weeks = holding.replan
    assert weeks is not None
    lines.append(
        _(
            "Re-plan just those weeks: roster plan --from {start} --weeks {weeks}",
            start=weeks.start.isoformat(),
            weeks=weeks.weeks,
        )
    )
    return lines


def tell(app: AppContext, holding: Holding, fail: bool) -> None:
    """Print what no longer holds on stderr; exit 1 when asked to and something broke."""
    lines = holding_lines(holding, Words.of(app.service.organisation()))
    for line in lines:
        click.echo(line, err=True)
    if lines and fail:
        sys.exit(EXIT_BROKEN)
