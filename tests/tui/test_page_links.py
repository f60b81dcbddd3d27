"""From the app: a person's personal page link on the people screen (u shows it, made when
they have none; U revokes it after asking; m in its window mails it to them as `roster page
issue PERSON --mail` does), in the coordinator's language."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import text
from textual.widgets import Button, DataTable, Static

from tests.feeds.world import service
from tests.notices.smtp_server import smtp_server
from tests.pages.link_mail_world import ADDRESSES, NOEL, link_in, mailed_organisation, token
from tests.tui.support import SIZE, app_on
from tui.screens.confirm import ConfirmScreen
from tui.screens.feed_link import FeedLinkScreen
from tui.screens.people import PeopleScreen


def link_column(screen: PeopleScreen) -> dict[str, str]:
    table = screen.query_one("#people", DataTable)
    rows = (table.get_row_at(i) for i in range(table.row_count))
    return {str(row[0]): str(row[-1]) for row in rows}


async def test_a_page_link_is_shown_with_u_and_revoked_with_U(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        people = app.screen
        assert isinstance(people, PeopleScreen)
        person = people.chosen_person()
        assert person is not None

        await pilot.press("u")
        dialog = app.screen
        assert isinstance(dialog, FeedLinkScreen)
        url = str(dialog.query_one("#feed-url", Static).render())
        assert str(dialog.query_one("#feed-title").render()) == (
            f"Link naar de persoonlijke pagina van {person.name}"
        )
        assert url.startswith("http://127.0.0.1:8080/p/")
        assert app.ctx.service.page_person(url.rsplit("/", 1)[1]) == person.id
        await pilot.press("escape")
        assert link_column(people)[person.name] == "pagina"

        await pilot.press("U")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("j")
        await pilot.pause()
        assert app.ctx.service.page_person(url.rsplit("/", 1)[1]) is None
        assert link_column(people)[person.name] == ""


def choose(screen: PeopleScreen, person_id: str) -> None:
    row = next(i for i, load in enumerate(screen.loads) if load.person.id == person_id)
    screen.query_one("#people", DataTable).move_cursor(row=row)


def note(dialog: FeedLinkScreen) -> str:
    return str(dialog.query_one("#feed-mail-note", Static).render())


def link_mails(svc) -> list[tuple[str, str, str]]:
    """The outbox's page-link mails: (person, address, status)."""
    with svc.repo.engine.connect() as connection:
        rows = connection.execute(
            text("select person_id, address, status from notice where kind = 'link'")
        )
        return [tuple(row) for row in rows]


async def test_m_mails_the_page_link_as_page_issue_mail_does(tmp_path):
    with smtp_server() as (inbox, port):
        svc, _db = service(tmp_path, mailed_organisation(port))
        app = app_on(svc.repo, service=svc)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("2")
            people = app.screen
            assert isinstance(people, PeopleScreen)

            choose(people, "mira")  # no address in people.csv
            await pilot.press("u")
            dialog = app.screen
            assert isinstance(dialog, FeedLinkScreen)
            assert dialog.query_one("#feed-mail", Button).disabled
            assert note(dialog) == (
                "Mailen kan niet: people.csv geeft geen e-mailadres voor Mira Haddad. "
                "Bezorg de link zelf."
            )
            await pilot.press("m")
            assert link_mails(svc) == []
            await pilot.press("escape")

            choose(people, "jan")
            await pilot.press("u")
            dialog = app.screen
            assert isinstance(dialog, FeedLinkScreen)
            shown = str(dialog.query_one("#feed-url", Static).render())
            assert note(dialog) == (
                f"Met m mail je de link naar {ADDRESSES['jan']}, in de taal van de persoon."
            )
            await pilot.press("m")
            await pilot.pause()
            assert note(dialog) == (
                f"Mail klaargezet voor {ADDRESSES['jan']}: hij vertrekt bij de volgende "
                "roster tick (of roster serve --tick)."
            )
            assert dialog.query_one("#feed-mail", Button).disabled
            assert link_mails(svc) == [("jan", ADDRESSES["jan"], "pending")]
            assert shown not in repr(link_mails(svc))  # the outbox holds no link

        assert svc.send_page_mail() == (1, 0)  # as roster tick sends it
        (mail,) = inbox.delivered
        assert mail.to == ADDRESSES["jan"] and mail.message["Content-Language"] == "fr"
        assert link_in(mail.text) == shown and svc.page_person(token(shown)) == "jan"


async def test_m_says_what_was_queued_when_people_csv_changed_since_the_app_read_it(tmp_path):
    with smtp_server() as (_inbox, port):
        org = mailed_organisation(port)
        svc, _db = service(tmp_path, org)
        app = app_on(svc.repo, service=svc)
        moved = "noel.janssens@elders.example"
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("2")
            people = app.screen
            assert isinstance(people, PeopleScreen)
            # people.csv loaded again while the app runs: jan has no address now, noel another.
            addresses = {"jan": None, NOEL[0]: moved}
            svc.repo.save_organisation(
                replace(
                    org,
                    people=tuple(
                        replace(p, email=addresses.get(p.id, p.email)) for p in org.people
                    ),
                )
            )

            choose(people, "jan")
            await pilot.press("u")
            dialog = app.screen
            assert isinstance(dialog, FeedLinkScreen)
            assert ADDRESSES["jan"] in note(dialog)  # as the app read it
            await pilot.press("m")
            await pilot.pause()
            assert note(dialog) == (
                "Niet klaargezet: people.csv geeft geen e-mailadres meer voor Jan Peeters. "
                "Bezorg de link zelf."
            )
            assert dialog.query_one("#feed-mail", Button).disabled
            assert link_mails(svc) == []
            await pilot.press("escape")

            choose(people, NOEL[0])
            await pilot.press("u")
            dialog = app.screen
            assert isinstance(dialog, FeedLinkScreen)
            assert NOEL[2] in note(dialog)
            await pilot.press("m")
            await pilot.pause()
            assert note(dialog) == (
                f"Mail klaargezet voor {moved}: hij vertrekt bij de volgende "
                "roster tick (of roster serve --tick)."
            )
            assert link_mails(svc) == [(NOEL[0], moved, "pending")]


async def test_without_a_mail_server_the_window_says_why_and_mails_nothing(tmp_path):
    svc, _db = service(tmp_path)
    app = app_on(svc.repo, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.press("u")
        dialog = app.screen
        assert isinstance(dialog, FeedLinkScreen)
        assert dialog.query_one("#feed-mail", Button).disabled
        assert note(dialog) == (
            "Mailen kan niet: organisation.toml heeft geen tabel [mail] (docs/notices.md)."
        )
        await pilot.press("m")
        assert link_mails(svc) == []


async def test_a_failure_to_queue_is_a_message_in_the_window(tmp_path, monkeypatch):
    with smtp_server() as (_inbox, port):
        svc, _db = service(tmp_path, mailed_organisation(port))
        app = app_on(svc.repo, service=svc)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("2")
            choose(app.screen, "jan")
            await pilot.press("u")
            dialog = app.screen
            assert isinstance(dialog, FeedLinkScreen)
            # The link was given out under another computer's key: this one cannot mail it.
            monkeypatch.setenv("ROSTER_FEED_KEY", "ab" * 32)
            await pilot.press("m")
            await pilot.pause()

            assert note(dialog).startswith(
                "Niet klaargezet: de paginalink van 'jan' werd uitgegeven met een andere "
                "feedsleutel dan die van deze computer"
            )
            assert not dialog.query_one("#feed-mail", Button).disabled  # may be tried again
            assert link_mails(svc) == []
