"""Horizontal bar charts of block characters: readable in any terminal, in colour or not."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

BAR_WIDTH = 30  # characters of a full bar


def text_bar(value: float, top: float, width: int = BAR_WIDTH) -> str:
    """A bar of block characters; eighths make short differences visible."""
    if top <= 0 or value <= 0:
        return ""
    eighths = round(min(value, top) / top * width * 8)
    full, rest = divmod(eighths, 8)
    return "█" * full + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[rest]


class BarChart(Static):
    """Labelled horizontal bars, one per line: 'Inloop   ██████████  100 %'."""

    def show(self, title: str, bars: list[tuple[str, float, str, str]], top: float) -> None:
        """bars: (label, value, value text, style)."""
        text = Text(title + "\n", style="bold")
        label_w = max([len(label) for label, *_ in bars] + [8])
        for label, value, shown, style in bars:
            text.append(f"{label[:label_w]:<{label_w}} ")
            bar = text_bar(value, top)
            text.append(f"{bar:<{BAR_WIDTH + 1}}", style=style)
            text.append(f" {shown}\n")
        self.update(text)
