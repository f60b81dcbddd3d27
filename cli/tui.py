"""`roster tui` opens the coordinator's terminal app; `roster demo` loads the demo and opens it.

Textual is imported inside the commands only: the core never imports the UI, and other
commands start without paying for it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from cli.context import AppContext, pass_app
from cli.options import DateType, TimeLimit
from planner.dates import monday_of
from planner.i18n.language import languages
from planner.service import Service

# The demo organisation's data covers the four weeks from this Monday.
DEMO_FIRST_MONDAY = date(2026, 11, 30)
DEMO_WEEKS = 4


def demo_folder() -> Path:
    import fixtures

    return Path(fixtures.__file__).parent / "demo"


def demo_opening_week(today: date) -> date:
    """The current week while it lies in the demo's four weeks, else the demo's first week:
    the demo's people and absences only make sense there."""
    monday = monday_of(today)
    last = date.fromordinal(DEMO_FIRST_MONDAY.toordinal() + 7 * (DEMO_WEEKS - 1))
    return monday if DEMO_FIRST_MONDAY <= monday <= last else DEMO_FIRST_MONDAY


def load_demo_if_absent(service: Service) -> bool:
    """Load fixtures/demo unless an organisation is already loaded, so a coordinator's work
    in the demo survives reopening it. True when it was loaded now."""
    if service.has_organisation():
        return False
    service.load_folder(demo_folder())
    return True


def _run(service: Service, week: date, lang: str | None, time_limit_s: float) -> None:
    from tui.app import make_app

    service.organisation()  # no organisation: a one-line error here, not inside the app
    make_app(service, week=week, lang=lang, time_limit_s=time_limit_s).run()


_lang = click.option(
    "--lang",
    type=click.Choice(languages()),
    default=None,
    help="Language of the app, as `roster --lang` (default: $ROSTER_LANG, else the organisation's).",
)
_time_limit = click.option(
    "--time-limit",
    "time_limit_s",
    type=TimeLimit(),
    default=20.0,
    show_default=True,
    metavar="SECONDS",
    help="How long the solver may search when you plan in the app.",
)


@click.command("tui")
@click.option(
    "--week",
    type=DateType(),
    default=None,
    metavar="DATE",
    help="Open on the week of this date, 2026-11-30 or 30/11/2026 (default: the current week).",
)
@_lang
@_time_limit
@pass_app
def tui(app: AppContext, week, lang: str | None, time_limit_s: float) -> None:
    """Open the coordinator's terminal app on the database: plan weeks, fix shifts by hand,
    add absences, publish. The footer shows the keys; ctrl+p lists every action; ctrl+q quits."""
    _run(
        app.service,
        week or app.service.now().astimezone().date(),
        lang or app.chosen,
        time_limit_s,
    )


@click.command("demo")
@_lang
@_time_limit
@pass_app
def demo(app: AppContext, lang: str | None, time_limit_s: float) -> None:
    """Open the app on the demo organisation (fixtures/demo), in Dutch (its language) unless
    --lang says otherwise. The demo is loaded the first time only, so your work in it is kept;
    to start over, use a fresh database (--db). Opens on the current week when it is one of the
    demo's four weeks (from 30 November 2026), else on 30 November 2026."""
    load_demo_if_absent(app.service)
    _run(
        app.service,
        demo_opening_week(app.service.now().astimezone().date()),
        lang or app.chosen,
        time_limit_s,
    )


def register(cli: click.Group) -> None:
    cli.add_command(tui)
    cli.add_command(demo)
