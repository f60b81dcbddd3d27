"""The personal page in a real Chromium: on a 360 px phone nothing scrolls sideways, at a
desktop width neither; with the keyboard alone the skip link leads to the shifts."""

from __future__ import annotations

import pytest

from tests.pages.browser import chromium
from tests.pages.world import serving

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("browser")) as world:
        yield world


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_nothing_scrolls_sideways(world, browser, size):
    page = browser.new_page(viewport=size)
    for person in ("jan", "mira", "els"):
        page.goto(world.base + world.link(person))
        assert page.locator("h1").is_visible()
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{person}'s page scrolls {overflow} px sideways at {size}"
    page.close()


def test_the_keyboard_reaches_the_shifts_by_the_skip_link(world, browser):
    page = browser.new_page(viewport=PHONE)
    page.goto(world.base + world.link("els"))

    page.keyboard.press("Tab")
    first = page.evaluate("document.activeElement.textContent")
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.id")

    assert first == "Naar mijn diensten"
    assert focused == "shifts"
    page.close()


def test_no_script_runs_from_a_hostile_name(world, browser):
    page = browser.new_page(viewport=PHONE)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(world.base + world.link("jan"))

    assert "<script>alert(1)</script>" in page.locator("h1").inner_text()
    assert dialogs == []
    page.close()
