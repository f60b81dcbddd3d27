"""A table the coordinator moves through row by row (the log, people, candidates)."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import DataTable

from planner.i18n.language import N_


class RowTable(DataTable):
    """`home` and `end` go to the first and the last row, as in any list; Textual's DataTable
    gives them to the columns, which a row table has nothing to do with. Descriptions are
    worded by the keys panel (tui/keys_panel.py)."""

    BINDINGS = [
        Binding("home", "scroll_top", N_("First row"), show=False),
        Binding("end", "scroll_bottom", N_("Last row"), show=False),
    ]

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("cursor_type", "row")
        super().__init__(**kwargs)
