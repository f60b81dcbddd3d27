"""What `roster feed` and `roster page` share: both give out, revoke and list one secret link
per person the same way, so a fix to one command's handling cannot be forgotten in the other.
Each command keeps its own help and its own wording of "nobody has one yet"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

import click

from cli.context import AppContext
from planner.i18n.format import day_year
from planner.i18n.language import _


class Link(Protocol):
    """A link as the service gives it (planner/service/feeds.py FeedLink, pages.py PageLink)."""

    @property
    def person_id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def issued_at(self) -> datetime: ...
    @property
    def url(self) -> str | None: ...


def issue(
    app: AppContext,
    person: tuple[str, ...],
    everyone: bool,
    *,
    having: Callable[[], Sequence[Link]],
    issue_one: Callable[[str], Link],
) -> None:
    """Print the link of each person (or of everyone who has none, with --all)."""
    if bool(person) == everyone:
        raise click.UsageError(_("give one or more PERSON ids, or --all"))
    if everyone:
        linked = {link.person_id for link in having()}
        person = tuple(p.id for p in app.service.organisation().people if p.id not in linked)
        if not person:
            click.echo(_("everyone has a link already"))
            return
    for person_id in person:
        link = issue_one(person_id)
        click.echo(f"{link.person_id}\t{link.url}")


def revoke(person: tuple[str, ...], revoke_one: Callable[[str], bool]) -> None:
    for person_id in person:
        if revoke_one(person_id):
            click.echo(_("revoked the link of {person}", person=person_id))
        else:
            click.echo(_("{person} had no link", person=person_id))


def list_(app: AppContext, found: Sequence[Link], show_links: bool, nobody: str) -> None:
    """Everyone with a link and since when; `nobody` (already in the reader's words) when
    there is no one."""
    if not found:
        click.echo(nobody)
        return
    tz = ZoneInfo(app.service.organisation().timezone)
    for link in found:
        click.echo(_row(link, tz, show_links))


def _row(link: Link, tz: ZoneInfo, show_links: bool) -> str:
    since = day_year(link.issued_at.astimezone(tz).date())
    line = "\t".join((link.person_id, link.name, _("since {date}", date=since)))
    if show_links:
        line += "\t" + (link.url or _("(issued with another feed key)"))
    return line
