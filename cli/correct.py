"""`roster correct`: who actually worked a shift that has happened, recorded as a correction."""

from __future__ import annotations

import click

from cli.context import AppContext, pass_app
from cli.holding import tell
from planner.i18n.format import list_text
from planner.i18n.language import _
from planner.i18n.words import Words


@click.command("correct")
@click.argument("shift_id", metavar="SHIFT")
@click.option("--came", "came", multiple=True, metavar="PERSON", help="Worked it (repeatable).")
@click.option(
    "--did-not-come",
    "missing",
    multiple=True,
    metavar="PERSON",
    help="Was on the roster but did not work it (repeatable).",
)
@pass_app
def correct(
    app: AppContext, shift_id: str, came: tuple[str, ...], missing: tuple[str, ...]
) -> None:
    """Correct who worked SHIFT (activity@YYYY-MM-DDTHH:MM, as in `roster export json`),
    a shift that has started. Re-plans and edits never change what happened; this does, on
    purpose: the draft and the published roster (calendars, reports) are corrected and the
    audit log records it as a correction.

    \b
    Example, Rita was ill on Tuesday afternoon and Dirk stood in:
      roster correct inloop-nm@2026-12-01T13:30 --did-not-come rita.de-meyer --came dirk.de-meyer
    """
    if not came and not missing:
        raise click.UsageError(_("say who came (--came) or who did not (--did-not-come)"))
    service = app.service
    done = service.correct(shift_id, came, missing)
    words = Words.of(service.organisation())
    names = lambda ids: list_text([words.name(i) for i in ids])  # noqa: E731
    if not done.added and not done.removed:
        click.echo(_("{shift}: unchanged", shift=words.shift(shift_id)))
        return
    parts = []
    if done.added:
        parts.append(_("came: {names}", names=names(done.added)))
    if done.removed:
        parts.append(_("did not come: {names}", names=names(done.removed)))
    where = _("draft and published roster") if done.published else _("draft")
    click.echo(
        _(
            "corrected {shift} ({where}): {changes}",
            shift=words.shift(shift_id),
            where=where,
            changes="; ".join(parts),
        )
    )
    # Who came counts toward rest and limits of the shifts still to come.
    tell(app, service.published_holding(), False, service.draft_holding())


def register(cli: click.Group) -> None:
    cli.add_command(correct)
