"""The keys panel (the palette's 'Keys') in the coordinator's language.

Textual's own panel lists the keys of the focused widget and the screen with Textual's English
words ('Cursor up', 'Focus Next'); this one words every description, tooltip and group title
through the catalogue, and says a key's name once when its tooltip already begins with it.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import groupby
from operator import itemgetter

from rich import box
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import HelpPanel, KeyPanel, Markdown
from textual.widgets._key_panel import BindingsTable

from planner.i18n.language import N_, _

# Textual's descriptions of the keys of the widgets the app shows (Screen, DataTable, Input,
# Select, Button, VerticalScroll), so that the catalogue holds them. A Textual upgrade that
# adds one shows it in English until it is added here: tests/tui/test_keys_panel.py says which.
TEXTUAL_WORDS = (
    N_("Focus Next"),
    N_("Focus Previous"),
    N_("Copy selected text"),
    N_("Cursor up"),
    N_("Cursor down"),
    N_("Cursor left"),
    N_("Cursor right"),
    N_("Home"),
    N_("End"),
    N_("Page up"),
    N_("Page down"),
    N_("Page Left"),
    N_("Page Right"),
    N_("Select"),
    N_("Top"),
    N_("Bottom"),
    N_("Scroll Up"),
    N_("Scroll Down"),
    N_("Scroll Left"),
    N_("Scroll Right"),
    N_("Scroll Home"),
    N_("Scroll End"),
    N_("Move cursor left"),
    N_("Move cursor right or accept the completion suggestion"),
    N_("Go to start"),
    N_("Go to end"),
    N_("Page Up"),
    N_("Page Down"),
    N_("Move cursor left and select"),
    N_("Move cursor left a word"),
    N_("Move cursor left a word and select"),
    N_("Move cursor right and select"),
    N_("Move cursor right a word"),
    N_("Move cursor right a word and select"),
    N_("Delete character left"),
    N_("Select all"),
    N_("Select line start"),
    N_("Select line end"),
    N_("Delete character right"),
    N_("Submit"),
    N_("Delete left to start of word"),
    N_("Delete all to the left"),
    N_("Delete right to start of word"),
    N_("Delete all to the right"),
    N_("Cut selected text"),
    N_("Paste text from the clipboard"),
    N_("Show menu"),
    N_("Up"),
    N_("Down"),
    N_("First"),
    N_("Last"),
    N_("Dismiss menu"),
    N_("Press button"),
    N_("Input"),  # the group title of an input field's keys
)


def key_words(binding: Binding) -> Text:
    """'Plannen Plan de getoonde week (...)': the name, then the tooltip dimmed; the tooltip
    alone when it begins with the name ('Terug' + 'Terug naar ...')."""
    name = _(binding.description) if binding.description else ""
    tip = _(binding.tooltip) if binding.tooltip else ""
    if name and tip.casefold().startswith(name.casefold()):
        return Text(tip, end="")
    text = Text(name, end="")
    if tip:
        text.append(" " if name else "")
        text.append(tip, "dim")
    return text


class WordedBindingsTable(BindingsTable):
    def render_bindings_table(self) -> Table:
        # Textual's own (textual/widgets/_key_panel.py) but for the words.
        key_style = self.get_component_rich_style("bindings-table--key")
        description_style = self.get_component_rich_style("bindings-table--description")
        header_style = self.get_component_rich_style("bindings-table--header")
        divider_transparent = self.get_component_styles("bindings-table--divider").color.a == 0
        table = Table(
            padding=(0, 0),
            show_header=False,
            box=box.SIMPLE if divider_transparent else box.HORIZONTALS,
            border_style=self.get_component_rich_style("bindings-table--divider"),
        )
        table.add_column("", justify="right")
        bindings = self.screen.active_bindings.values()
        for namespace, in_namespace in groupby(bindings, key=itemgetter(0)):
            by_action: defaultdict[str, list[Binding]] = defaultdict(list)
            for _node, binding, _enabled, _tooltip in in_namespace:
                if not binding.system:
                    by_action[binding.action].append(binding)
            if not by_action:
                continue
            if namespace.BINDING_GROUP_TITLE:
                table.add_row("", Text(_(namespace.BINDING_GROUP_TITLE), style=header_style))
            for same in by_action.values():
                keys = " ".join(dict.fromkeys(self.app.get_key_display(b) for b in same))
                words = key_words(same[0])
                words.stylize(description_style)
                table.add_row(Text(keys, style=key_style), words)
            table.add_section()
        return table


class WordedKeyPanel(KeyPanel):
    def compose(self) -> ComposeResult:
        yield WordedBindingsTable(shrink=True, expand=False)


class KeysPanel(HelpPanel):
    """What the palette's 'Keys' shows (RosterApp.action_show_help_panel)."""

    def compose(self) -> ComposeResult:
        yield Markdown(id="widget-help")
        yield WordedKeyPanel(id="keys-help")
