"""`roster tui` opens the coordinator's terminal app; `roster demo` loads the demo and opens it.

Textual is imported inside the commands only: the core never imports the UI, and other
commands start without paying for it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from cli.context import AppContext, pass_app
from cli.options import DateType, TimeLimit
from cli.output import write_text
from cli.person_links import links_csv
from fixtures.present import moved_to
from planner.dates import monday_of
from planner.domain import PersonKind
from planner.i18n.format import local
from planner.i18n.language import languages
from planner.io.folder import read_folder
from planner.service import Service


def demo_folder() -> Path:
    import fixtures

    return Path(fixtures.__file__).parent / "demo"


DEMO_LINKS = "demo-page-links.csv"  # beside the demo's database: its volunteers' page links


def load_demo_if_absent(service: Service, first_monday: date | None = None) -> bool:
    """Load fixtures/demo unless an organisation is already loaded, so a coordinator's work
    in the demo survives reopening it. Its dates are moved so that its first week is the
    week of `first_monday` (default: the current week by the service's clock), and so
    plannable whatever the date. Its volunteers get their personal page links (and calendar
    links, which their pages show), the page links written to
    DEMO_LINKS beside a SQLite database (`roster page list --links` prints them too). True
    when it was loaded now."""
    if service.has_organisation():
        return False
    loaded = read_folder(demo_folder())
    monday = first_monday or current_monday(service, loaded.organisation.timezone)
    service.save_folder(moved_to(loaded, monday))
    given = service.issue_pages(PersonKind.VOLUNTEER)
    # Their calendar links too, so each page offers its calendar to subscribe to.
    service.issue_feeds(PersonKind.VOLUNTEER)
    folder = demo_links_folder(service)
    if folder is not None:
        write_text(folder / DEMO_LINKS, links_csv(service.organisation(), given))
    return True


def demo_links_folder(service: Service) -> Path | None:
    """The folder of the demo's SQLite database file; None for another database."""
    url = service.repo.engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).resolve().parent


def current_monday(service: Service, timezone: str) -> date:
    """The Monday of the week it is now in the organisation's time zone."""
    return monday_of(service.now().astimezone(ZoneInfo(timezone)).date())


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
        week or local(app.service.now()).date(),
        lang or app.chosen,
        time_limit_s,
    )


@click.command("demo")
@_lang
@_time_limit
@pass_app
def demo(app: AppContext, lang: str | None, time_limit_s: float) -> None:
    """Open the app on the demo organisation (fixtures/demo), in Dutch (its language) unless
    --lang says otherwise. The demo is loaded the first time only, its four weeks from the
    current one (its absences and wishes move with them), so your work in it is kept; to
    start over, use a fresh database (--db). Opens on the current week."""
    load_demo_if_absent(app.service)
    _run(
        app.service,
        current_monday(app.service, app.service.organisation().timezone),
        lang or app.chosen,
        time_limit_s,
    )


def register(cli: click.Group) -> None:
    cli.add_command(tui)
    cli.add_command(demo)
