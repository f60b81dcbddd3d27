"""From the app: a person's personal page link on the people screen (u shows it, made when
they have none; U revokes it after asking), in the coordinator's language."""

from __future__ import annotations

from textual.widgets import DataTable, Static

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
