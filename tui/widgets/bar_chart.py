"""Horizontal bar charts of block characters: readable in any terminal, in colour or not."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

from tui.shorten import one_line

LABEL_SHARE = 0.45  # of the chart's width, at most, for the labels
LABEL_LEAST = 12  # cells the labels get however narrow the chart


def text_bar(value: float, top: float, width: int) -> str:
    """A bar of block characters; eighths make short differences visible."""
    if top <= 0 or value <= 0 or width <= 0:
        return ""
    eighths = round(min(value, top) / top * width * 8)
    full, rest = divmod(eighths, 8)
    return "█" * full + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[rest]


def chart_lines(
    bars: list[tuple[str, float, str, str]], top: float, width: int
) -> list[list[tuple[str, str]]]:
    """Each bar as (text, style) parts that fill at most `width` cells: the label (shortened
    on purpose when the chart is narrow), the bar, the value. Never more than a line each."""
    if not bars:
        return []
    value_w = max(cell_len(shown) for _label, _value, shown, _style in bars)
    longest = max(cell_len(label) for label, *_rest in bars)
    label_w = min(longest, max(LABEL_LEAST, int(width * LABEL_SHARE)))
    bar_w = max(1, width - label_w - value_w - 2)
    lines = []
    for label, value, shown, style in bars:
        name = one_line(label, label_w)
        name += " " * (label_w - cell_len(name))
        bar = text_bar(value, top, bar_w)
        lines.append(
            [(f"{name} ", ""), (bar + " " * (bar_w - cell_len(bar)), style), (f" {shown}", "")]
        )
    return lines


class BarChart(Static):
    """Labelled horizontal bars, one per line: 'Inloop   ██████████  100 %', drawn to the
    chart's width (two side by side on a wide terminal, one under the other on a narrow)."""

    DEFAULT_CSS = """
    BarChart {
        height: auto;
    }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.title = ""
        self.bars: list[tuple[str, float, str, str]] = []
        self.top = 1.0

    def show(self, title: str, bars: list[tuple[str, float, str, str]], top: float) -> None:
        """bars: (label, value, value text, style)."""
        self.title, self.bars, self.top = title, bars, top
        self.refresh(layout=True)

    def render(self) -> Text:
        width = self.content_size.width or 80
        text = Text(self.title, style="bold")
        for parts in chart_lines(self.bars, self.top, width):
            text.append("\n")
            for part, style in parts:
                text.append(part, style=style)
        text.no_wrap = True
        return text
