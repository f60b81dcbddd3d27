"""`roster page issue|revoke|list`: the secret links to each person's own page, where they see
their shifts and act for themselves (docs/self-service.md). `roster serve` answers them."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import click

from cli.context import AppContext, pass_app
from planner.i18n.format import day_year
from planner.i18n.language import _
from planner.service.pages import PageLink


@click.group("page")
def page_group() -> None:
    """Personal pages: one secret link per person to their own page, served by `roster serve`.
    Give a person their link; revoke it when it leaks or they leave."""


@page_group.command("issue")
@click.argument("person", nargs=-1)
@click.option("--all", "everyone", is_flag=True, help="Everyone who has no page link yet.")
@click.option(
    "--new",
    is_flag=True,
    help="Replace the person's link: the old one stops working at once.",
)
@pass_app
def issue(app: AppContext, person: tuple[str, ...], everyone: bool, new: bool) -> None:
    """Print the page link of each PERSON (their id in people.csv), making one when they have
    none.

    \b
    Examples:
      roster page issue jan.peeters
      roster page issue --all          # a link for everyone who has none
    """
    if bool(person) == everyone:
        raise click.UsageError(_("give one or more PERSON ids, or --all"))
    if everyone:
        having = {link.person_id for link in app.service.page_links()}
        person = tuple(p.id for p in app.service.organisation().people if p.id not in having)
        if not person:
            click.echo(_("everyone has a link already"))
            return
    for person_id in person:
        link = app.service.issue_page(person_id, new=new)
        click.echo(f"{link.person_id}\t{link.url}")


@page_group.command("revoke")
@click.argument("person", nargs=-1, required=True)
@pass_app
def revoke(app: AppContext, person: tuple[str, ...]) -> None:
    """Kill the page link of each PERSON at once: their page answers no more, even in a tab
    already open. `roster page issue` gives them a new one."""
    for person_id in person:
        if app.service.revoke_page(person_id):
            click.echo(_("revoked the link of {person}", person=person_id))
        else:
            click.echo(_("{person} had no link", person=person_id))


@page_group.command("list")
@click.option("--links", "show_links", is_flag=True, help="Print each link too (keep them secret).")
@pass_app
def list_(app: AppContext, show_links: bool) -> None:
    """Everyone with a page link, and since when."""
    found = app.service.page_links()
    if not found:
        click.echo(_("nobody has a page link yet: roster page issue PERSON"))
        return
    tz = ZoneInfo(app.service.organisation().timezone)
    for link in found:
        click.echo(_row(link, tz, show_links))


def _row(link: PageLink, tz: ZoneInfo, show_links: bool) -> str:
    since = day_year(link.issued_at.astimezone(tz).date())
    line = "\t".join((link.person_id, link.name, _("since {date}", date=since)))
    if show_links:
        line += "\t" + (link.url or _("(issued with another feed key)"))
    return line


def register(cli: click.Group) -> None:
    cli.add_command(page_group)
