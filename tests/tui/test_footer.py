"""The footer shows every key of every screen at 200 columns (Dutch, the longest words), while
planning too."""

from __future__ import annotations

from textual.widgets import Footer

from tests.tui.support import app_on, screen_text, wait_for

WIDE = (200, 40)


def footer_misses(app) -> list[str]:
    """The labels of the keys the screen shows in its footer that do not fit on the line."""
    footer = app.screen.query_one(Footer)
    line = screen_text(app).splitlines()[-1]
    labels = {
        b.binding.group.description if b.binding.group else b.binding.description
        for b in app.screen.active_bindings.values()
        if b.binding.show
    }
    missing = [label for label in labels if label not in line]
    if footer.max_scroll_x:
        missing.append(f"{footer.max_scroll_x} columns past the edge")
    return missing


async def test_every_key_of_every_screen_shows_at_200_columns(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=WIDE) as pilot:
        missed = {}
        for name, keys in (
            ("week", ()),
            ("shift", ("enter",)),
            ("people", ("2",)),
            ("person's log", ("l",)),
            ("managers", ("3",)),
            ("log", ("4",)),
        ):
            await pilot.press(*keys)
            await pilot.pause()
            # The footer draws once the screen's keys are known: slow on a busy machine.
            await wait_for(lambda: "opdrachten" in screen_text(app).splitlines()[-1])
            missed[name] = footer_misses(app)
        await pilot.press("1")
        app.week_screen.solving = True  # esc (stop planning) takes p's place
        await wait_for(lambda: "esc Afbreken" in screen_text(app).splitlines()[-1])
        missed["week, planning"] = footer_misses(app)
        line = screen_text(app).splitlines()[-1]
        assert "esc Afbreken" in line
        app.week_screen.solving = False
    assert not any(missed.values()), missed
    assert "4 Logboek" in line
