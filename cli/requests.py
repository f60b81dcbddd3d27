"""`roster requests list|approve|refuse`: what people asked on their personal page, and the
alerts the coordinator must see (docs/self-service.md)."""

from __future__ import annotations

import shutil
import textwrap
from zoneinfo import ZoneInfo

import click

from cli.context import AppContext, pass_app
from cli.holding import refuse as refuse_publication
from planner.i18n.explanations import request_repair_lines
from planner.i18n.format import short_datetime
from planner.i18n.language import _
from planner.i18n.words import Words
from planner.service import Unpublishable
from planner.service.self_service import Cancellation, Request


@click.group("requests")
def requests_group() -> None:
    """What people asked on their personal page ("I can't come", when the organisation
    approves cancellations), shifts a cancellation left unstaffed, and repairs of
    cancellations waiting in the draft for publication."""


@requests_group.command("list")
@click.option("--all", "everything", is_flag=True, help="Decided ones too.")
@pass_app
def list_(app: AppContext, everything: bool) -> None:
    """Open requests and alerts, oldest first (with --all, decided ones too)."""
    found = app.service.requests(only_open=not everything)
    if not found:
        click.echo(_("no open requests"))
        return
    org = app.service.organisation()
    tz = ZoneInfo(org.timezone)
    words = Words.of(org)
    width = shutil.get_terminal_size((80, 24)).columns
    for request in found:
        click.echo(_row(request, dict(words.people), tz))
        for line in request_repair_lines(
            request.proposal, request.person_id, request.kind, request.status, words, request.held
        ):
            click.echo(textwrap.fill(line, width, initial_indent="  ", subsequent_indent="    "))


@requests_group.command("approve")
@click.argument("request_id", metavar="ID", type=int)
@pass_app
def approve(app: AppContext, request_id: int) -> None:
    """Approve request ID: the person's absence is recorded and the repair proposed with it
    (`roster requests list`) written; worked out again when the week changed since, or when
    none was proposed yet. An alert is marked seen, and its repair written the same way."""
    try:
        decided, outcome = app.service.decide_request(request_id, approve=True)
    except Unpublishable as refused:
        refuse_publication(
            app, refused
        )  # a repair held in the draft that breaks a rule now: exit 1
        return
    click.echo(_("request {id} approved", id=request_id))
    app.service.send_page_mail()
    if outcome is not None and outcome.recomputed:
        click.echo(_("the roster changed since the repair was proposed: it was worked out again"))
    if decided.kind == "draft":
        click.echo(_("the week is published: the repair is in people's calendars"))
    elif outcome is not None:
        click.echo(_outcome_text(outcome))


@requests_group.command("refuse")
@click.argument("request_id", metavar="ID", type=int)
@pass_app
def refuse(app: AppContext, request_id: int) -> None:
    """Refuse request ID: nothing changes; the person keeps the shift. A repair waiting in
    the draft stays there, unpublished (re-plan or publish the week as you see fit)."""
    decided, _outcome = app.service.decide_request(request_id, approve=False)
    click.echo(_("request {id} refused", id=request_id))
    if decided.kind == "draft":
        click.echo(_("the draft stays as it is, not published"))
    app.service.send_page_mail()


def _row(request: Request, names: dict[str, str], tz: ZoneInfo) -> str:
    when = short_datetime(request.start.astimezone(tz))
    name = names.get(request.person_id, request.person_id)
    if request.kind == "unstaffed":
        what = _("unstaffed after {name} cancelled", name=name)
    elif request.kind == "breaks":
        what = _("no longer fits what {name} entered on their page", name=name)
    elif request.kind == "draft":
        what = _("repaired in the draft after {name} cancelled, waiting for publication", name=name)
    else:
        what = _("{name} cannot come", name=name)
    return "\t".join((str(request.id), when, request.shift_id, what, _status(request.status)))


def _status(status: str) -> str:
    return {
        "open": _("open"),
        "approved": _("approved"),
        "refused": _("refused"),
        "seen": _("seen"),
    }.get(status, status)


def _outcome_text(outcome: Cancellation) -> str:
    if outcome.unstaffed:
        return _("nobody could take the shift: it is unstaffed (roster check says why)")
    if outcome.published:
        return _("repaired and published: someone else takes the place")
    return _("repaired in the draft: review it and publish (roster publish)")


def register(cli: click.Group) -> None:
    cli.add_command(requests_group)
