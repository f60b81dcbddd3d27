"""From the app: what people asked on their personal page. A banner announces new requests
and alerts at once (an unstaffed shift in red), key 5 lists them, `x` refuses a request and
`a` marks an alert seen, each recorded."""

from __future__ import annotations

from datetime import UTC, datetime

from textual.widgets import DataTable

from planner.storage.request_tables import (
    CANCEL,
    OPEN,
    UNSTAFFED_ALERT,
    RequestStore,
    SelfServiceRequestRow,
)
from tests.tui.support import SIZE, app_on
from tui.screens.requests import RequestsScreen

START = datetime(2026, 12, 9, 8, 0, tzinfo=UTC)


def ask(repo, person_id: str, kind: str) -> None:
    with repo.write("page.request") as unit:
        RequestStore.add(
            unit.session,
            SelfServiceRequestRow(
                person_id=person_id,
                kind=kind,
                shift_id="inloop@2026-12-09T09:00",
                start_utc=START,
                status=OPEN,
                created_at_utc=unit.now,
            ),
        )


async def test_requests_are_announced_listed_refused_and_seen(demo_repo):
    people = demo_repo.load_organisation().people
    ask(demo_repo, people[0].id, UNSTAFFED_ALERT)
    ask(demo_repo, people[-1].id, CANCEL)
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        said = [n.message for n in app._notifications]
        assert any("2 nieuwe verzoeken of meldingen" in m and "onbezet" in m for m in said), said

        await pilot.press("5")
        screen = app.screen
        assert isinstance(screen, RequestsScreen)
        table = screen.query_one(DataTable)
        rows = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        assert rows == [
            f"onbezet nadat {people[0].name} annuleerde",
            f"{people[-1].name} kan niet komen",
        ]

        await pilot.press("x")  # the alert is not refused
        await pilot.pause()
        assert table.row_count == 2
        await pilot.press("a")  # marks the alert seen
        await pilot.pause()
        await pilot.press("x")  # refuses the request
        await pilot.pause()
        assert table.row_count == 0
    decided = {r.kind: r.status for r in app.ctx.service.requests(only_open=False)}
    assert decided == {"unstaffed": "seen", "cancel": "refused"}
