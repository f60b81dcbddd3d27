"""A form for one absence of one person; answers with the Absence (not yet stored) or None."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from planner.domain import Absence, AbsenceKind, Person
from tui.bindings import translate_bindings
from tui.i18n import Labels
from tui.parsing import parse_moment


class AbsenceFormScreen(ModalScreen[Absence | None]):
    CSS_PATH = "absence_form.tcss"
    BINDINGS = [Binding("escape", "cancel", "cancel", key_display="esc", id="absence.cancel")]

    def __init__(self, t: Labels, person: Person, timezone: str, first_day: date) -> None:
        super().__init__()
        self.t = t
        self.person = person
        self.timezone = timezone
        self.first_day = first_day
        translate_bindings(self, t)

    def compose(self) -> ComposeResult:
        t = self.t
        with Vertical(id="absence-box"):
            yield Label(f"{t('add_absence')}: {self.person.name}", id="absence-title")
            yield Label(f"{t('from')} ({t('date_hint')})")
            yield Input(value=self.first_day.isoformat(), id="absence-from")
            yield Label(f"{t('to')} ({t('date_hint')})")
            yield Input(value=self.first_day.isoformat(), id="absence-to")
            yield Select(
                [(t(f"kind_{k.value}"), k) for k in AbsenceKind],
                value=AbsenceKind.LEAVE,
                allow_blank=False,
                id="absence-kind",
            )
            yield Input(placeholder=t("reason"), id="absence-reason")
            yield Static(id="absence-error")
            with Horizontal(id="absence-buttons"):
                yield Button(t("save"), variant="primary", id="absence-save")
                yield Button(t("cancel"), id="absence-cancel")

    def on_mount(self) -> None:
        self.query_one("#absence-from", Input).focus()

    def absence(self) -> Absence | str:
        """The absence the form describes, or the sentence saying what is wrong."""
        t = self.t
        raw_from = self.query_one("#absence-from", Input).value
        raw_to = self.query_one("#absence-to", Input).value
        start = parse_moment(raw_from, self.timezone, end=False)
        if start is None:
            return t("bad_moment", field=t("from"), text=raw_from)
        end = parse_moment(raw_to, self.timezone, end=True)
        if end is None:
            return t("bad_moment", field=t("to"), text=raw_to)
        if end <= start:
            return t("end_before_start")
        kind = self.query_one("#absence-kind", Select).value
        assert isinstance(kind, str)  # the select has no blank: always a kind (a StrEnum)
        reason = self.query_one("#absence-reason", Input).value.strip()
        return Absence(self.person.id, start, end, AbsenceKind(kind), reason)

    def _submit(self) -> None:
        result = self.absence()
        if isinstance(result, str):
            self.query_one("#absence-error", Static).update(result)
            return
        self.dismiss(result)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "absence-save":
            self._submit()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
