"""A row of key figures ('87 % professional cover of 12 planned shifts    0,45 volunteer h per
professional h    ...'), as many a line as fit its width."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

GAP = 4  # spaces between two figures


class Figures(Static):
    """Breaks between figures, never inside one: a narrow terminal does not leave '–' on one
    line and 'continuity' on the next. Laid out when drawn, at the width it has then."""

    def __init__(
        self, figures: list[Text] | None = None, *, gap: int = GAP, indent: str = " ", **kwargs
    ) -> None:
        super().__init__(**kwargs)
        self.gap, self.indent = gap, indent
        self.figures: list[Text] = figures or []
        self.note = Text()

    def show(self, figures: list[Text], note: Text | None = None) -> None:
        """`note`: a line under the figures (empty: none)."""
        self.figures, self.note = figures, note or Text()
        self.refresh(layout=True)

    def render(self) -> Text:
        width = self.content_size.width or 80
        room = max(width - len(self.indent), 10)
        text, used = Text(self.indent), len(self.indent)
        for i, figure in enumerate(self.figures):
            if i and used + self.gap + figure.cell_len > width:
                text.append("\n" + self.indent)
                used = len(self.indent)
            elif i:
                text.append(" " * self.gap)
                used += self.gap
            # A figure wider than the whole line (a long language) breaks between its words,
            # never inside one.
            lines = between_words(figure, room)
            for j, line in enumerate(lines):
                if j:
                    text.append("\n" + self.indent)
                text.append_text(line)
            used = (used if len(lines) == 1 else len(self.indent)) + lines[-1].cell_len
        if self.note:
            for line in between_words(self.note, room):
                text.append("\n" + self.indent)
                text.append_text(line)
        return text


def between_words(line: Text, width: int) -> list[Text]:
    """`line` cut at the spaces that keep each piece within `width` cells (a word longer than
    that stays whole), its styles kept."""
    if line.cell_len <= width:
        return [line]
    cuts, start, last_space = [], 0, None
    for at, char in enumerate(line.plain):
        if char == " ":
            last_space = at
        if at - start >= width and last_space is not None and last_space > start:
            cuts.append(last_space)
            start, last_space = last_space + 1, None
    pieces = line.divide(cuts)
    return [pieces[0], *(piece[1:] for piece in pieces[1:])]
