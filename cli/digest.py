"""`roster digest`: what needs doing in the days ahead, on the terminal."""

from __future__ import annotations

import click

from cli.context import AppContext, pass_app
from planner.i18n.language import _
from planner.i18n.words import Words
from planner.io.digest_text import digest_lines


@click.command("digest")
@click.option(
    "--days",
    type=click.IntRange(min=1, max=31),
    default=None,
    help="How many days ahead (default: [digest] days in organisation.toml, 7).",
)
@pass_app
def digest(app: AppContext, days: int | None) -> None:
    """The coordinator's digest: published shifts of the coming days that are unstaffed or
    short of volunteers (why, and who could still take a place), requests waiting, lapsing
    qualifications, whom to phone (no email address), who has no link, messages that could
    not be sent. `roster tick` mails the same each morning ([digest] in organisation.toml)."""
    found = app.service.digest(days=days)
    lines = digest_lines(found, Words.of(app.service.organisation()))
    click.echo("\n".join(lines) if lines else _("Nothing needs doing."))


def register(cli: click.Group) -> None:
    cli.add_command(digest)
