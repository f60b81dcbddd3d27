"""The week as a grid: one row per activity, one column per day, one cell per shift."""

from __future__ import annotations

from datetime import timedelta

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.message import Message
from textual.widgets import DataTable

from planner.i18n.format import short_date
from planner.i18n.language import N_, _
from tui.shorten import name_lines
from tui.week_model import BROKEN_SYMBOL, STARTED_SYMBOL, SYMBOLS, ShiftState, ShiftView, WeekView

# Colours only repeat what the symbol already says.
STATE_STYLES: dict[ShiftState, str] = {
    ShiftState.STAFFED: "bold green",
    ShiftState.SHORT: "bold yellow",
    ShiftState.UNSTAFFED: "bold red",
    ShiftState.CLOSED: "dim",
    ShiftState.UNPLANNED: "dim",
    ShiftState.UNRECORDED: "dim",
}
DAY_WIDTH = 19  # cells at most; fits "✓ 20:00-08:00 ◷ !" and two short names
ACTIVITY_WIDTH = 20  # cells at most for the activity's name
NAME_LINES = 3  # lines at most for it; a row grows to show them
FULL_HEAD = 13  # "✓ 20:00-08:00": narrower days show the start only, "✓ 20:00"
PADDING = 2  # cells DataTable adds around each column (cell_padding 1 on either side)
SCROLLBAR = 2


def column_widths(total: int) -> tuple[int, int]:
    """(activity, day) widths so that all seven days fit `total` columns: the widest days
    that fit (at most DAY_WIDTH, at least the start time alone, 7 cells), then the widest
    activity column that leaves them that wide. Below about 75 columns the grid scrolls,
    the activity column fixed."""
    room = total - SCROLLBAR
    best = (12, 7)
    for activity in (12, 14, 16, ACTIVITY_WIDTH):
        day = min(DAY_WIDTH, (room - activity - PADDING) // 7 - PADDING)
        if day >= best[1]:
            best = (activity, day)
    return best


def fit_names(names: list[str], width: int, prefix: str = "") -> str:
    """Whole names, as many as fit in `width` cells, then how many more: 'Els V., Tom P. +2'.
    Never a name cut in half (the grid cell would cut without a mark)."""
    if not names:
        return ""
    for shown in range(len(names), -1, -1):
        rest = len(names) - shown
        text = prefix + ", ".join(names[:shown])
        if rest:
            # With no name shown the line's own "+ " already says "and": '+ 3', not '+ +3'.
            text += f" +{rest}" if shown else (f"{rest}" if prefix else f"+{rest}")
        if cell_len(text) <= width:
            return text
    return prefix + (f"{len(names)}" if prefix else f"+{len(names)}")  # column too narrow


def shift_lines(view: ShiftView, width: int = DAY_WIDTH) -> list[Text]:
    """The lines of one shift in a grid column `width` cells wide: state and time,
    professionals, volunteers."""
    style = STATE_STYLES[view.state]
    hours = view.time_span if width >= FULL_HEAD else f"{view.shift.start:%H:%M}"
    # A shift is either started or (still to come and) broken, never both: one mark at most.
    mark, mark_style = "", ""
    if view.started:
        mark, mark_style = STARTED_SYMBOL, "dim"
    elif view.broken:
        mark, mark_style = BROKEN_SYMBOL, "bold reverse red"
    head = Text(f"{SYMBOLS[view.state]} {hours}", style=style)
    if mark and cell_len(f"{head.plain} {mark}") <= width:
        head.append(f" {mark}", style=mark_style)
    elif mark:  # a narrow column: the mark takes the space after the state, '✓◷09:00'
        head = Text(SYMBOLS[view.state], style=style)
        head.append(mark, style=mark_style)
        head.append(hours, style=style)
    if view.state is ShiftState.CLOSED:
        return [head, Text(_("closed"), style="dim")]
    lines = [head]
    pros = fit_names([_name(p.id, p.short_name, view) for p in view.professionals], width)
    lines.append(Text(pros or "—", style="" if pros else "red"))
    if view.volunteers or view.shift.activity.staffing.volunteers_min:
        names = [_name(p.id, p.short_name, view) for p in view.volunteers]
        shown = fit_names(names, width, prefix="+ ")
        lines.append(Text(shown or "+ —", style="italic"))
    return lines


def _name(person_id: str, short: str, view: ShiftView) -> str:
    return f"{short}*" if person_id in view.pinned else short


class WeekGrid(DataTable):
    """Shows a WeekView it is given; says which shift the coordinator opened."""

    BINDINGS = [
        Binding("enter", "select_cursor", N_("Open shift"), show=False, id="grid.open"),
    ]

    class ShiftChosen(Message):
        def __init__(self, shift_id: str) -> None:
            super().__init__()
            self.shift_id = shift_id

    def __init__(self, **kwargs) -> None:
        # The activity column stays put when the days scroll (a narrow terminal).
        super().__init__(cursor_type="cell", zebra_stripes=True, fixed_columns=1, **kwargs)
        self.view: WeekView | None = None
        self.widths = (0, 0)

    def show(self, view: WeekView) -> None:
        """Redraw for this week, keeping the cursor where it was when the week is the same."""
        same_week = self.view is not None and self.view.monday == view.monday
        cursor = self.cursor_coordinate if same_week else Coordinate(0, 1)
        self.view = view
        self.clear(columns=True)
        activity_width, day_width = column_widths(self.size.width or self.app.size.width)
        self.widths = (activity_width, day_width)
        self.add_column(_("Activity"), key="activity", width=activity_width)
        for i in range(7):
            day = view.monday + timedelta(days=i)
            label = short_date(day)
            if len(label) > day_width:  # 'ma 30 nov' -> 'ma 30'
                label = " ".join(label.split()[:2])
            self.add_column(label, key=day.isoformat(), width=day_width)
        activities = {a.id: a for a in view.organisation.activities}
        for activity_id in view.activity_ids():
            # Broken between words, a word too long abbreviated: never cut by the cell.
            name = name_lines(activities[activity_id].name, activity_width, NAME_LINES)
            cells: list[Text] = [Text("\n".join(name), style="bold")]
            height = len(name)
            for i in range(7):
                day = view.monday + timedelta(days=i)
                lines: list[Text] = []
                for shift_view in view.cell(activity_id, day):
                    lines.extend(shift_lines(shift_view, day_width))
                height = max(height, len(lines))
                cells.append(Text("\n").join(lines))
            self.add_row(*cells, key=activity_id, height=height)
        if self.row_count:
            self.cursor_coordinate = Coordinate(
                min(cursor.row, self.row_count - 1), max(1, cursor.column)
            )

    def on_resize(self) -> None:
        if self.view is not None and column_widths(self.size.width) != self.widths:
            self.show(self.view)

    def shift_at_cursor(self) -> ShiftView | None:
        if self.view is None or not self.row_count:
            return None
        return self._shift_at(self.cursor_coordinate)

    def _shift_at(self, where: Coordinate) -> ShiftView | None:
        if self.view is None or where.column < 1:
            return None
        row_key, col_key = self.coordinate_to_cell_key(where)
        day = self.view.monday + timedelta(days=where.column - 1)
        shifts = self.view.cell(str(row_key.value), day)
        return shifts[0] if shifts else None

    def move_to_shift(self, shift_id: str) -> None:
        if self.view is None:
            return
        found = self.view.shift(shift_id)
        if found is None:
            return
        row = self.get_row_index(found.shift.activity_id)
        column = (found.shift.local_date - self.view.monday).days + 1
        self.cursor_coordinate = Coordinate(row, column)

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        found = self._shift_at(event.coordinate)
        if found is not None:
            self.post_message(self.ShiftChosen(found.shift.id))
