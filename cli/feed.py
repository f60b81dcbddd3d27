"""`roster feed issue|revoke|list`: the secret links people subscribe their calendar to
(docs/feeds.md). `roster serve` answers them."""

from __future__ import annotations

import click

from cli import person_links
from cli.context import AppContext, pass_app
from planner.i18n.language import _


@click.group("feed")
def feed_group() -> None:
    """Calendar links that update themselves: one secret link per person, served by
    `roster serve`. Give a person their link; revoke it when it leaks or they leave."""


@feed_group.command("issue")
@click.argument("person", nargs=-1)
@click.option("--all", "everyone", is_flag=True, help="Everyone who has no link yet.")
@click.option(
    "--new",
    is_flag=True,
    help="Replace the person's link: the old one stops working at once.",
)
@pass_app
def issue(app: AppContext, person: tuple[str, ...], everyone: bool, new: bool) -> None:
    """Print the link of each PERSON (their id in people.csv), making one when they have none.

    \b
    Examples:
      roster feed issue jan.peeters
      roster feed issue --all          # a link for everyone who has none
    """
    person_links.issue(
        app,
        person,
        everyone,
        issue_all=lambda: app.service.issue_feeds(new=new),
        issue_one=lambda person_id: app.service.issue_feed(person_id, new=new),
    )


@feed_group.command("revoke")
@click.argument("person", nargs=-1, required=True)
@pass_app
def revoke(app: AppContext, person: tuple[str, ...]) -> None:
    """Kill the link of each PERSON at once: their calendar stops updating (it keeps what it
    had). `roster feed issue` gives them a new one."""
    person_links.revoke(person, app.service.revoke_feed)


@feed_group.command("list")
@click.option("--links", "show_links", is_flag=True, help="Print each link too (keep them secret).")
@pass_app
def list_(app: AppContext, show_links: bool) -> None:
    """Everyone with a link, and since when."""
    person_links.list_(
        app,
        app.service.feed_links(),
        show_links,
        _("nobody has a link yet: roster feed issue PERSON"),
    )


def register(cli: click.Group) -> None:
    cli.add_command(feed_group)
