"""What `roster feed` and `roster page` share: both give out, revoke and list one secret link
per person the same way, so a fix to one command's handling cannot be forgotten in the other.
Each command keeps its own help and its own wording of "nobody has one yet"."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

import click

from cli.context import AppContext
from cli.output import can_write, write_text
from planner.domain import Organisation
from planner.i18n.format import day_year
from planner.i18n.language import _, ngettext


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
    issue_all: Callable[[], Sequence[Link]],
    issue_one: Callable[[str], Link],
    out: Path | None = None,
) -> None:
    """Print the link of each person; with --all, give a link to everyone who has none in
    one write and print who got one (person, name, link), or write them to `out` as CSV (with
    each person's email address and language, for a mail merge)."""
    if bool(person) == everyone:
        raise click.UsageError(_("give one or more PERSON ids, or --all"))
    if not everyone:
        for person_id in person:
            link = issue_one(person_id)
            click.echo(f"{link.person_id}\t{link.url}")
        return
    if out is not None:
        can_write(out)  # before any link is given out: none may be lost
    given = issue_all()
    if not given:
        click.echo(_("everyone has a link already"))
        return
    if out is None:
        for link in given:
            click.echo("\t".join((link.person_id, link.name, link.url or "")))
        return
    write_text(out, links_csv(app.service.organisation(), given))
    click.echo(
        ngettext(
            "{n} link written to {file} (keep it secret)",
            "{n} links written to {file} (keep it secret)",
            len(given),
            file=str(out),
        )
    )


def links_csv(org: Organisation, given: Sequence[Link]) -> str:
    """The links as CSV, with each person's email address and language, for a mail merge."""
    people = {p.id: p for p in org.people}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("person", "name", "email", "language", "link"))
    for link in given:
        found = people.get(link.person_id)
        email = (found.email or "") if found else ""
        language = (found.language or "") if found else ""
        writer.writerow((link.person_id, link.name, email, language, link.url or ""))
    return buffer.getvalue()


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
