"""The app's requests screen (key 5) shows a cancellation's repair held in the draft, with the
repair and why it was not published; `a` publishes the week, and the published roster passes
the independent checker with the colleague on the shift."""

from __future__ import annotations

from textual.widgets import Static

from tests.cli.requests_world import WEEK, held_in_draft
from tests.notices.smtp_server import free_port
from tests.tui.support import app_on, screen_text
from tui.screens.requests import RequestsScreen


def on_shift(svc, shift_id: str, *, published: bool) -> set[str]:
    found = svc.roster(WEEK, published=published).roster
    return {a.person_id for a in found.assignments if a.shift_id == shift_id}


async def test_the_held_repair_is_on_the_screen_and_a_publishes_it(tmp_path, monkeypatch):
    world = held_in_draft(tmp_path, monkeypatch, free_port())
    svc = world.svc
    (taker,) = on_shift(svc, world.shift_id, published=False) - on_shift(
        svc, world.shift_id, published=True
    )
    names = {p.id: p.name for p in svc.organisation().people}
    app = app_on(svc.repo, week=WEEK.start, service=svc)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        assert isinstance(app.screen, RequestsScreen)
        shown = " ".join(str(app.screen.query_one("#request-repair", Static).render()).split())
        text = " ".join(screen_text(app).split())
        assert f"nadat {names[world.canceller]} annuleerde" in text
        for sentence in (
            f"Hersteld: {names[taker]} neemt de plaats in van {names[world.canceller]}"
            " op Inloop ma 14 dec 09:00-12:00",
            "Niet gepubliceerd: het wijzigt binnen 48 uur de dienst van iemand anders"
            " (Inloop ma 14 dec 09:00)",
            "Goedkeuren publiceert de week; weigeren laat het ontwerp zoals het is.",
        ):
            assert sentence in shown

        await pilot.press("a")
        await pilot.pause()
    on = on_shift(svc, world.shift_id, published=True)
    assert taker in on and world.canceller not in on
    assert svc.check_period(WEEK, published=True).violations == []
    assert svc.requests() == []
