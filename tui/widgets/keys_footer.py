"""The footer of every screen."""

from __future__ import annotations

from textual.widgets import Footer


class KeysFooter(Footer):
    """Textual's footer in its compact style: one space between keys instead of two, so that
    every key of a screen shows at 200 columns (tests/tui/test_footer.py) and a narrow
    terminal cuts fewer."""

    DEFAULT_CSS = """
    KeysFooter.-compact {
        FooterLabel {
            margin: 0 1 0 0;  /* a group's label ends like any key's words */
        }
        KeyGroup.-compact {
            padding-left: 0;
        }
        FooterKey.-command-palette {
            margin-right: 0;  /* the compact keys' margin: the keys behind showed through */
            padding-right: 1;
        }
    }
    """

    def __init__(self) -> None:
        super().__init__(compact=True)
