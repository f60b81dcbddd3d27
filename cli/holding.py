"""Saying at once which shifts still to come no longer hold (after an absence, a reload, a
correction, a forgotten person), in the published roster and in the draft, why, and which
weeks to re-plan: shared by the commands that can cause it, and by `roster publish`, which
refuses a draft that breaks a hard rule."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from cli.context import AppContext
from planner.domain import Period
from planner.i18n.language import _, ngettext
from planner.i18n.reasons import sentence
from planner.i18n.words import Words
from planner.service import Holding, NoLongerHolds, Unpublishable

EXIT_BROKEN = 1  # as `roster check` with violations

fail_option = click.option(
    "--fail-if-broken",
    "fail_if_broken",
    is_flag=True,
    help="Exit 1 when a shift still to come no longer holds, published or in the draft (for "
    "scripts); the change is kept.",
)


def broken_lines(broken: Sequence[NoLongerHolds], words: Words) -> list[str]:
    """One line per shift: its name, then the reasons it breaks, each once."""
    lines = []
    for shift in broken:
        reasons = "; ".join(dict.fromkeys(sentence(r, words) for r in shift.reasons))
        lines.append(f"  {words.shift(shift.shift_id)}: {reasons}")
    return lines


def replan_line(weeks: Period) -> str:
    return _(
        "Re-plan just those weeks: roster plan --from {start} --weeks {weeks}",
        start=weeks.start.isoformat(),
        weeks=weeks.weeks,
    )


def holding_lines(holding: Holding, words: Words, draft: Holding | None = None) -> list[str]:
    """The broken published shifts, each with its reasons; then the draft's other shifts that
    break a hard rule (publishing is refused until they are repaired); then the re-plan that
    mends them all."""
    lines = []
    if holding.broken:
        lines.append(
            ngettext(
                "{n} published shift no longer holds:",
                "{n} published shifts no longer hold:",
                len(holding.broken),
            )
        )
        lines += broken_lines(holding.broken, words)
    listed = {b.shift_id for b in holding.broken}
    rest = tuple(b for b in (draft.broken if draft else ()) if b.shift_id not in listed)
    if rest:
        lines.append(
            ngettext(
                "{n} shift of the draft breaks a hard rule (it cannot be published so):",
                "{n} shifts of the draft break a hard rule (they cannot be published so):",
                len(rest),
            )
        )
        lines += broken_lines(rest, words)
    weeks = Holding(None, (*holding.broken, *rest)).replan
    if weeks is not None:
        lines.append(replan_line(weeks))
    return lines


def refusal_lines(error: Unpublishable, words: Words) -> list[str]:
    """Why `roster publish` published nothing: the draft's broken shifts, and the re-plan."""
    broken = error.holding.broken
    weeks = error.holding.replan
    assert weeks is not None
    return [
        ngettext(
            "Nothing was published: {n} shift of the draft breaks a hard rule:",
            "Nothing was published: {n} shifts of the draft break a hard rule:",
            len(broken),
        ),
        *broken_lines(broken, words),
        replan_line(weeks),
    ]


def tell(app: AppContext, holding: Holding, fail: bool, draft: Holding | None = None) -> None:
    """Print what no longer holds on stderr; exit 1 when asked to and something broke."""
    lines = holding_lines(holding, Words.of(app.service.organisation()), draft)
    for line in lines:
        click.echo(line, err=True)
    if lines and fail:
        sys.exit(EXIT_BROKEN)


def refuse(app: AppContext, error: Unpublishable) -> None:
    """Print why nothing was published on stderr, and exit 1."""
    for line in refusal_lines(error, Words.of(app.service.organisation())):
        click.echo(line, err=True)
    sys.exit(EXIT_BROKEN)
