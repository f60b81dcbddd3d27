"""From the app: a person's calendar link on the people screen (f shows it, F revokes it),
and change notices after publishing (n: first what would go, then Send mails it to a real
SMTP server on loopback)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from textual.widgets import Button, DataTable, Static

import planner.service.notices as notices
from planner.delivery import MailSettings, Security
from planner.domain import Period
from tests.feeds.world import token_of
from tests.notices.smtp_server import smtp_server
from tests.tui.support import DEMO_MONDAY, SIZE, app_on
from tui.screens.confirm import ConfirmScreen
from tui.screens.feed_link import FeedLinkScreen
from tui.screens.notices import NoticesScreen
from tui.screens.people import PeopleScreen

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)  # the Friday before the demo's first week


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch):
    monkeypatch.setattr(notices, "clock", lambda: NOW)


def link_column(screen: PeopleScreen) -> dict[str, str]:
    table = screen.query_one("#people", DataTable)
    rows = (table.get_row_at(i) for i in range(table.row_count))
    return {str(row[0]): str(row[-1]) for row in rows}


async def test_a_calendar_link_is_shown_with_f_and_revoked_with_F(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        people = app.screen
        assert isinstance(people, PeopleScreen)
        person = people.chosen_person()
        assert person is not None
        assert link_column(people)[person.name] == ""

        await pilot.press("f")
        dialog = app.screen
        assert isinstance(dialog, FeedLinkScreen)
        url = str(dialog.query_one("#feed-url", Static).render())
        assert str(dialog.query_one("#feed-title").render()) == f"Agendalink van {person.name}"
        assert url.startswith("http://127.0.0.1:8080/feeds/") and url.endswith(".ics")
        assert app.ctx.service.feed(token_of(url)) is not None
        await pilot.press("escape")
        assert link_column(people)[person.name] == "link"

        await pilot.press("F")
        confirm = app.screen
        assert isinstance(confirm, ConfirmScreen)
        assert str(confirm.query_one("#confirm-question").render()) == (
            f"Agendalink van {person.name} intrekken?"
        )
        await pilot.press("j")
        await pilot.pause()
        assert app.ctx.service.feed(token_of(url)) is None
        assert link_column(people)[person.name] == ""


async def test_after_publishing_n_shows_what_would_go_and_send_mails_it(planned_repo):
    with smtp_server() as (inbox, port):
        org = planned_repo.load_organisation()
        mail = MailSettings("127.0.0.1", "rooster@gent.example", Security.NONE, port)
        planned_repo.save_organisation(replace(org, mail=mail))
        app = app_on(planned_repo)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("P")
            await pilot.pause()
            if isinstance(app.screen, ConfirmScreen):  # unstaffed shifts: publish anyway
                await pilot.press("j")
                await pilot.pause()
            assert planned_repo.published_at(Period(DEMO_MONDAY)) is not None

            await pilot.press("n")
            dialog = app.screen
            assert isinstance(dialog, NoticesScreen)
            await app.workers.wait_for_complete()
            await pilot.pause()
            preview = str(dialog.query_one("#notices-report", Static).render())
            assert preview.startswith("zou ") and " personen mailen:" in preview.splitlines()[0]
            assert inbox.delivered == []
            would = len(dialog.outcome.mailed) if dialog.outcome else 0
            assert would > 20

            await pilot.click("#notices-send")
            await app.workers.wait_for_complete()
            await pilot.pause()
            report = str(dialog.query_one("#notices-report", Static).render())
            assert report.splitlines()[0] == f"{would} personen gemaild:"
            assert (
                str(dialog.query_one("#notices-title").render()) == "Wijzigingsberichten verstuurd"
            )
            assert dialog.query_one("#notices-send", Button).disabled

    assert len(inbox.delivered) == would
