"""The requests screen (key 5) lists hand-overs waiting for the coordinator's approval beside
the page's requests; `x` refuses one: the shift stays with whoever offered it."""

from __future__ import annotations

from datetime import UTC, datetime

from textual.widgets import DataTable

from planner.storage.offer_tables import OfferRow, OfferStatus, OfferStore
from tests.tui.support import SIZE, app_on
from tui.screens.requests import RequestsScreen

SHIFT = "inloop@2026-12-09T09:00"


async def test_an_offer_waiting_for_approval_is_listed_and_refused(demo_repo):
    people = demo_repo.load_organisation().people
    giver, taker = people[-1], people[-2]
    with demo_repo.write("offer") as unit:
        OfferStore.add(
            unit.session,
            OfferRow(
                shift_id=SHIFT,
                person_id=giver.id,
                status=OfferStatus.WAITING.value,
                taker_id=taker.id,
                offered_at_utc=unit.now,
                expires_at_utc=datetime(2026, 12, 8, 8, 0, tzinfo=UTC),
            ),
        )
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        screen = app.screen
        assert isinstance(screen, RequestsScreen)
        table = screen.query_one(DataTable)
        rows = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        assert f"{giver.name} geeft door aan {taker.name}: goedkeuren?" in rows
        table.move_cursor(row=rows.index(f"{giver.name} geeft door aan {taker.name}: goedkeuren?"))
        await pilot.press("x")
        await pilot.pause()
        assert table.row_count == len(rows) - 1
    assert [o.status for o in app.ctx.service.standing_offers()] == []
