"""The app's requests screen (key 5) shows, under the list, the chosen request's proposed
repair: what it breaks and who would take the place, wrapped whole at 80 columns; `a` writes
that repair, and the roster passes the independent checker."""

from __future__ import annotations

from textual.widgets import Static

from tests.cli.requests_world import WEEK, asked
from tests.tui.support import app_on, assert_passes_checker, screen_text
from tui.screens.requests import RequestsScreen


async def test_the_repair_proposed_is_on_the_screen_at_80_columns_and_a_writes_it(
    tmp_path, monkeypatch
):
    world = asked(tmp_path, monkeypatch)
    proposal = world.request.proposal
    assert proposal is not None
    (change,) = [c for c in proposal.changes if c.shift_id == world.shift_id]
    (taker,) = change.taking
    names = {p.id: p.name for p in world.svc.organisation().people}
    app = app_on(world.svc.repo, week=WEEK.start, service=world.svc)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        assert isinstance(app.screen, RequestsScreen)
        shown = str(app.screen.query_one("#request-repair", Static).render())
        text = " ".join(screen_text(app).split())
        for sentence in (
            f"Breekt: {names[world.canceller]} weg van Inloop ma 14 dec 09:00-12:00",
            f"Voorstel: {names[taker]} neemt de plaats in van {names[world.canceller]}"
            " op Inloop ma 14 dec 09:00-12:00",
        ):
            assert sentence in " ".join(shown.split())
            assert sentence in text  # wrapped between words, nothing cut off
        assert all(len(line) <= 80 for line in screen_text(app).splitlines())

        await pilot.press("a")
        await pilot.pause()
    on = {
        a.person_id
        for a in world.svc.roster(WEEK).roster.assignments
        if a.shift_id == world.shift_id
    }
    assert taker in on and world.canceller not in on
    assert_passes_checker(world.svc.repo, WEEK)
