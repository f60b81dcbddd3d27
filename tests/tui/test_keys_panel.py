"""The keys panel (the palette's 'Keys') speaks the coordinator's language, Textual's own keys
included, and names each key once."""

from __future__ import annotations

from planner.i18n.language import load
from tests.tui.support import SIZE, app_on, screen_text
from tui.keys_panel import KeysPanel

TEXTUALS_ENGLISH = ("Cursor up", "Page down", "Focus Next", "Copy selected text", "Top", "End")


def in_catalogue(text: str) -> bool:
    """A message of the Dutch catalogue, or its translation (a screen words its own keys when
    it is made)."""
    catalogue = load("nl").translations._catalog  # type: ignore[attr-defined]
    return text in catalogue or text in catalogue.values()


async def shown_keys(app, pilot) -> str:
    app.action_show_help_panel()
    await pilot.pause()
    panel = app.screen.query_one(KeysPanel)
    assert panel.region.width > 0
    return screen_text(app)


async def test_the_keys_panel_of_the_log_is_dutch_and_says_back_once(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await pilot.pause()
        text = await shown_keys(app, pilot)
        for dutch in ("Cursor omhoog", "Pagina omlaag", "Volgend onderdeel", "Laatste rij"):
            assert dutch in text, dutch
        for english in TEXTUALS_ENGLISH:
            assert f" {english} " not in text and not any(
                line.rstrip().endswith(f" {english}") for line in text.splitlines()
            ), english
        assert "esc Terug Naar het vorige scherm" in text and "Terug Terug" not in text


async def test_every_key_on_every_screen_has_its_words_in_the_catalogue(demo_repo):
    """What the keys panel can show on each screen (the focused widget's keys, the screen's,
    the app's): a new Textual key without a translation fails here, by name."""
    app = app_on(demo_repo)
    missing: set[str] = set()

    def collect() -> None:
        nodes = [app, *app.screen.walk_children(with_self=True)]
        for node in nodes:
            if node.BINDING_GROUP_TITLE and not in_catalogue(node.BINDING_GROUP_TITLE):
                missing.add(node.BINDING_GROUP_TITLE)
            for _key, binding in node._bindings:
                for words in (binding.description, binding.tooltip):
                    if words and not in_catalogue(words):
                        missing.add(f"{type(node).__name__}: {words}")

    async with app.run_test(size=SIZE) as pilot:
        for keys in (("1",), ("g",), ("escape", "enter"), ("escape", "2"), ("a",), ("escape", "3"), ("4",)):  # fmt: skip
            await pilot.press(*keys)
            await pilot.pause()
            collect()
    assert not missing, sorted(missing)
