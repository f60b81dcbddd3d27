"""A form for one absence of one person; answers with the Absence (not yet stored) or None."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from planner.domain import Absence, AbsenceKind, Person
from planner.i18n.language import N_, _
from planner.i18n.names import absence_kind_name
from tui.bindings import translate_bindings
from tui.parsing import parse_moment


class AbsenceFormScreen(ModalScreen[Absence | None]):
    CSS_PATH = "absence_form.tcss"
    BINDINGS = [Binding("escape", "cancel", N_("Cancel"), key_display="esc", id="absence.cancel")]

    def __init__(self, person: Person, timezone: str, first_day: date) -> None:
        super().__init__()
        self.person = person
        self.timezone = timezone
        self.first_day = first_day
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        hint = _("YYYY-MM-DD or YYYY-MM-DD HH:MM")
        with Vertical(id="absence-box"):
            yield Label(_("Add absence: {name}", name=self.person.name), id="absence-title")
            yield Label(_("From") + f" ({hint})")
            yield Input(value=self.first_day.isoformat(), id="absence-from")
            yield Label(_("To (inclusive)") + f" ({hint})")
            yield Input(value=self.first_day.isoformat(), id="absence-to")
            yield Select(
                [(absence_kind_name(k), k) for k in AbsenceKind],
                value=AbsenceKind.LEAVE,
                allow_blank=False,
                id="absence-kind",
            )
            yield Input(placeholder=_("Reason"), id="absence-reason")
            yield Static(id="absence-error")
            with Horizontal(id="absence-buttons"):
                yield Button(_("Save"), variant="primary", id="absence-save")
                yield Button(_("Cancel"), id="absence-cancel")

    def on_mount(self) -> None:
        self.query_one("#absence-from", Input).focus()

    def absence(self) -> Absence | str:
        """The absence the form describes, or the sentence saying what is wrong."""
        raw_from = self.query_one("#absence-from", Input).value
        raw_to = self.query_one("#absence-to", Input).value
        start = parse_moment(raw_from, self.timezone, end=False)
        if start is None:
            return _(
                "{field}: '{text}' is not a date or time (YYYY-MM-DD or YYYY-MM-DD HH:MM)",
                field=_("From"),
                text=raw_from,
            )
        end = parse_moment(raw_to, self.timezone, end=True)
        if end is None:
            return _(
                "{field}: '{text}' is not a date or time (YYYY-MM-DD or YYYY-MM-DD HH:MM)",
                field=_("To (inclusive)"),
                text=raw_to,
            )
        if end <= start:
            return _("'To' is before 'From'")
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
