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
        text, used = Text(self.indent), len(self.indent)
        for i, figure in enumerate(self.figures):
            if i and used + self.gap + figure.cell_len > width:
                text.append("\n" + self.indent)
                used = len(self.indent)
            elif i:
                text.append(" " * self.gap)
                used += self.gap
            text.append_text(figure)
            used += figure.cell_len
        if self.note:
            text.append("\n" + self.indent)
            text.append_text(self.note)
        return text
