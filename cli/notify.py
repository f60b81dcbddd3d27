"""`roster notify`: mail people whose published shifts changed; list who to phone
(docs/notices.md)."""

from __future__ import annotations

import sys

import click

from cli.context import AppContext, pass_app
from planner.io.notice_report import report_lines

# Exit status when some notices did not go: a scheduled run (cron, a systemd timer) shows it.
SOME_UNDELIVERED = 1


@click.command("notify")
@click.option("--dry-run", is_flag=True, help="Print what would go; record and send nothing.")
@pass_app
def notify(app: AppContext, dry_run: bool) -> None:
    """Mail each person whose published shifts changed since their last notice: their own
    changes, in their language, with their calendar attached and their feed link. People
    without an email address are listed to phone. Each notice goes once: run it again after
    a failure and only what did not go is sent.

    \b
    Usually right after publishing:
      roster publish --from 2026-11-30 --weeks 4 && roster notify
    """
    outcome = app.service.notify(dry_run=dry_run)
    for line in report_lines(outcome):
        click.echo(line)
    if outcome.failed or outcome.waiting:
        sys.exit(SOME_UNDELIVERED)


def register(cli: click.Group) -> None:
    cli.add_command(notify)
