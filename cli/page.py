"""`roster page issue|revoke|list`: the secret links to each person's own page, where they see
their shifts and act for themselves (docs/self-service.md). `roster serve` answers them."""

from __future__ import annotations

from pathlib import Path

import click

from cli import person_links
from cli.context import AppContext, pass_app
from planner.domain import PersonKind
from planner.i18n.language import _


@click.group("page")
def page_group() -> None:
    """Personal pages: one secret link per person to their own page, served by `roster serve`.
    Give a person their link; revoke it when it leaks or they leave."""


@page_group.command("issue")
@click.argument("person", nargs=-1)
@click.option("--all", "everyone", is_flag=True, help="Everyone who has no page link yet.")
@click.option(
    "--volunteers",
    "kind",
    flag_value=PersonKind.VOLUNTEER.value,
    help="With --all: the volunteers only.",
)
@click.option(
    "--professionals",
    "kind",
    flag_value=PersonKind.PROFESSIONAL.value,
    help="With --all: the professionals only.",
)
@click.option(
    "--new",
    "--renew",
    "new",
    is_flag=True,
    help="Replace the link (with --all: everyone's): the old one stops working at once.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="FILE",
    help="With --all: write the links to FILE as CSV (person, name, email, language, link) "
    "for a mail merge, instead of printing them.",
)
@pass_app
def issue(
    app: AppContext,
    person: tuple[str, ...],
    everyone: bool,
    kind: str | None,
    new: bool,
    out: Path | None,
) -> None:
    """Print the page link of each PERSON (their id in people.csv), making one when they have
    none. With --all, everyone without a link gets one, in one write, and is printed as
    person, name and link (people who have a link keep it and are left out; --new gives
    everyone a new one).

    \b
    Examples:
      roster page issue jan.peeters
      roster page issue --all --volunteers           # a link for each volunteer who has none
      roster page issue --all --out links.csv        # for a mail merge (keep it secret)
    """
    if (kind is not None or out is not None) and not everyone:
        raise click.UsageError(_("--volunteers, --professionals and --out go with --all"))
    chosen = PersonKind(kind) if kind is not None else None
    person_links.issue(
        app,
        person,
        everyone,
        issue_all=lambda: app.service.issue_pages(chosen, new=new),
        issue_one=lambda person_id: app.service.issue_page(person_id, new=new),
        out=out,
    )


@page_group.command("revoke")
@click.argument("person", nargs=-1, required=True)
@pass_app
def revoke(app: AppContext, person: tuple[str, ...]) -> None:
    """Kill the page link of each PERSON at once: their page answers no more, even in a tab
    already open. `roster page issue` gives them a new one."""
    person_links.revoke(person, app.service.revoke_page)


@page_group.command("list")
@click.option("--links", "show_links", is_flag=True, help="Print each link too (keep them secret).")
@pass_app
def list_(app: AppContext, show_links: bool) -> None:
    """Everyone with a page link, and since when."""
    person_links.list_(
        app,
        app.service.page_links(),
        show_links,
        _("nobody has a page link yet: roster page issue PERSON"),
    )


def register(cli: click.Group) -> None:
    cli.add_command(page_group)
