"""A request from a personal page is announced by a banner wherever the coordinator is; on
the requests screen (key 5) no banner is left to cover the chosen request's repair at its
foot, and the half-minute look for new requests raises none there."""

from __future__ import annotations

from tests.cli.requests_world import WEEK, asked
from tests.tui.support import app_on, screen_text

BANNER = "1 nieuw verzoek of nieuwe melding van de persoonlijke pagina's: toets 5"


def banners(app) -> list[str]:
    # The app's notifications: a headless run does not draw toasts into the screen's text.
    return [n.message for n in app._notifications]


async def test_the_banner_announces_a_request_and_leaves_the_requests_screen_clear(
    tmp_path, monkeypatch
):
    world = asked(tmp_path, monkeypatch)
    app = app_on(world.svc.repo, week=WEEK.start, service=world.svc)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        assert banners(app) == [BANNER]  # on the week, where the app opens

        await pilot.press("5")
        await pilot.pause()
        assert banners(app) == []
        assert "Voorstel:" in " ".join(screen_text(app).split())

        app._alerted.clear()  # the request as if it had just come, while the screen is open
        app.announce_requests()
        await pilot.pause()
        assert banners(app) == []
