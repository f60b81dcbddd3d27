"""A row of key figures ('87 % professional cover of 12 planned shifts    0,45 volunteer h per
professional h    ...'), as many a line as fit its width."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

GAP = 4  # spaces between two figures


class Figures(Static):
    """Breaks between figures, never inside one: a narrow terminal does not leave '–' on one
    line and 'continuity' on the next. Laid out when drawn, at the width it has then."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.figures: list[Text] = []
        self.note = Text()

    def show(self, figures: list[Text], note: Text | None = None) -> None:
        """`note`: a line under the figures (empty: none)."""
        self.figures, self.note = figures, note or Text()
        self.refresh(layout=True)

    def render(self) -> Text:
        width = self.content_size.width or 80
        text, used = Text(" "), 1
        for i, figure in enumerate(self.figures):
            if i and used + GAP + figure.cell_len > width:
                text.append("\n ")
                used = 1
            elif i:
                text.append(" " * GAP)
                used += GAP
            text.append_text(figure)
            used += figure.cell_len
        if self.note:
            text.append("\n ")
            text.append_text(self.note)
        return text
