"""`roster page issue|revoke|list`: the secret links to each person's own page, where they see
their shifts and act for themselves (docs/self-service.md). `roster serve` answers them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from cli import person_links
from cli.context import AppContext, pass_app
from cli.output import can_write, write_text
from planner.domain import PersonKind
from planner.i18n.language import _, ngettext
from planner.service.pages import PageLink


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
@click.option(
    "--mail",
    is_flag=True,
    help="Mail each person their own link, in their language, through the outbox ([mail] "
    "in organisation.toml); people without an address are listed to give it by hand.",
)
@pass_app
def issue(
    app: AppContext,
    person: tuple[str, ...],
    everyone: bool,
    kind: str | None,
    new: bool,
    out: Path | None,
    mail: bool,
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
      roster page issue --all --volunteers --mail    # each volunteer mailed their own link
    """
    if (kind is not None or out is not None) and not everyone:
        raise click.UsageError(_("--volunteers, --professionals and --out go with --all"))
    chosen = PersonKind(kind) if kind is not None else None
    if mail:
        _issue_and_mail(app, person, everyone, chosen, new, out)
        return
    person_links.issue(
        app,
        person,
        everyone,
        issue_all=lambda: app.service.issue_pages(chosen, new=new),
        issue_one=lambda person_id: app.service.issue_page(person_id, new=new),
        out=out,
    )


def _issue_and_mail(
    app: AppContext,
    person: tuple[str, ...],
    everyone: bool,
    kind: PersonKind | None,
    new: bool,
    out: Path | None,
) -> None:
    """The links given out and, in the same write, a mail to each person with an address;
    then the outbox is sent (what fails, `roster tick` tries again). Only the links of people
    without an address are printed: the others go by mail alone."""
    if bool(person) == everyone:
        raise click.UsageError(_("give one or more PERSON ids, or --all"))
    if out is not None:
        can_write(out)  # before any link is given out: none may be lost
    if everyone:
        given: Sequence[PageLink] = app.service.issue_pages(kind, new=new, mail=True)
        if not given:
            click.echo(_("everyone has a link already"))
            return
    else:
        given = [app.service.issue_page(p, new=new, mail=True) for p in person]
    if out is not None:
        write_text(out, person_links.links_csv(app.service.organisation(), given))
    by_hand = [link for link in given if link.mailed_to is None]  # as the write found them
    if by_hand:
        click.echo(_("no address: give them their link by hand"))
        for link in by_hand:
            click.echo("\t".join((link.person_id, link.name, link.url or "")))
    queued = len(given) - len(by_hand)
    click.echo(
        ngettext(
            "{n} mail with a personal link queued",
            "{n} mails with a personal link queued",
            queued,
        )
    )
    if queued:
        sent, failed = app.service.send_page_mail()
        click.echo(ngettext("{n} mail sent", "{n} mails sent", sent))
        if failed:
            click.echo(
                ngettext(
                    "{n} mail not sent yet: roster tick tries again",
                    "{n} mails not sent yet: roster tick tries again",
                    failed,
                )
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
