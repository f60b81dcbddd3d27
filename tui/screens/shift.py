"""One shift: who is on it, and every candidate with the verdict of the hard rules."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Header, Label, Static

from planner.dates import monday_of
from planner.domain import Assignment, Period, Role, Shift
from planner.errors import PlannerError
from planner.i18n.format import clock, day_year, short_date
from planner.i18n.language import N_, _, ngettext
from planner.i18n.names import activity_kind_name, person_kind_name, qualifications_text
from planner.i18n.reasons import phrase
from planner.service import Candidate
from tui.bindings import translate_bindings
from tui.context import Context
from tui.messages import DataChanged
from tui.screens.changed import changed_meanwhile
from tui.screens.cover import CoverScreen
from tui.week_model import (
    STARTED_SYMBOL,
    SYMBOLS,
    ShiftView,
    broken_sentence,
    broken_shifts,
    state_name,
    view_now,
)
from tui.widgets.keys_footer import KeysFooter
from tui.widgets.row_table import RowTable
from tui.widgets.week_grid import STATE_STYLES

MIN_WHY_WIDTH = 20  # cells; narrower and a reason says nothing before its '…'


def ellipsize(text: str, width: int) -> str:
    """`text` when it fits in `width` cells, else its whole words that fit and '…'."""
    if cell_len(text) <= width:
        return text
    cut = text[: max(width - 1, 0)]
    while cell_len(cut) > width - 1:
        cut = cut[:-1]
    words = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return words.rstrip(" ,;:") + "…"


def needs_text(shift: Shift) -> str:
    need = shift.activity.staffing
    parts = [ngettext("{n} professional", "{n} professionals", need.professionals)]
    if need.qualifications:
        parts[0] += f" ({qualifications_text(need.qualifications)})"
    if need.volunteers_allowed and need.volunteers_max:
        parts.append(_("{lo}-{hi} volunteers", lo=need.volunteers_min, hi=need.volunteers_max))
    else:
        parts.append(_("no volunteers"))
    if need.volunteers_per_professional_max is not None and need.volunteers_allowed:
        parts.append(
            ngettext(
                "at most {n} volunteer per professional",
                "at most {n} volunteers per professional",
                need.volunteers_per_professional_max,
            )
        )
    if need.min_people > 1:
        parts.append(_("never fewer than {n} people", n=need.min_people))
    return _("Needs: {needs}", needs="; ".join(parts))


class ShiftScreen(Screen):
    CSS_PATH = "shift.tcss"
    BINDINGS = [
        Binding("escape", "back", N_("Back"), key_display="esc", id="shift.back", tooltip=N_("To the previous screen")),
        Binding("a", "assign", N_("Assign"), id="shift.assign", tooltip=N_("Put the chosen candidate on this shift")),
        Binding("x,delete", "unassign", N_("Unassign"), key_display="x", id="shift.unassign", tooltip=N_("Take the chosen person off this shift")),
        Binding("v", "pin", N_("Pin"), id="shift.pin", tooltip=N_("Pin or unpin: the planner does not move a pinned person")),
        Binding("w", "cover", N_("Who can cover?"), id="shift.cover", tooltip=N_("Who may take the chosen person's place (or an open place), cheapest first")),
    ]  # fmt: skip

    def __init__(self, ctx: Context, shift: Shift) -> None:
        super().__init__(name="shift")
        self.ctx = ctx
        self.shift = shift
        self.view: ShiftView | None = None
        self.seen: int | None = None  # the change the shown shift was read at
        self.candidates: list[Candidate] = []
        self._generation = 0  # which weighing of the candidates the table shows
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        shift = self.shift
        yield Header()
        kind = activity_kind_name(shift.activity.kind)
        yield Static(
            f"{shift.activity.name} · {day_year(shift.local_date)} "
            f"{clock(shift.start.time())}-{clock(shift.end.time())} · {shift.activity.site}"
            f" · {kind}",
            id="shift-title",
        )
        yield Static(needs_text(shift), id="shift-needs")
        yield Static(id="shift-state")
        yield Label(_("On this shift"), classes="section")
        yield RowTable(id="assigned")
        yield Label(_("Candidates"), classes="section")
        yield RowTable(id="candidates", zebra_stripes=True)
        yield Static(id="candidate-detail")
        yield Static(id="message")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#assigned", DataTable).add_columns(_("Name"), _("Role"), _("pinned"))
        self.reload()
        self.query_one("#candidates", DataTable).focus()

    def reload(self) -> None:
        ctx, shift = self.ctx, self.shift
        period = Period(monday_of(shift.local_date), 1)
        try:
            current = ctx.call(ctx.service.roster, period)
            people = ctx.call(lambda: ctx.people)  # people who left included: past shifts
        except PlannerError as exc:
            self.say(_("Error: {error}", error=ctx.error(exc)), error=True)
            return
        self.seen = current.seen
        planned = current.state is not None
        now = ctx.service.now()
        self.view = view = view_now(shift, current.roster, people, planned, ctx.words, now)
        state = Text(f"{SYMBOLS[view.state]} {state_name(view.state)}", STATE_STYLES[view.state])
        if view.reason:
            state.append(f": {view.reason}")
        if view.started:
            state.append("\n" + STARTED_SYMBOL + " ", style="dim")
            state.append(_("started: kept as it happened; `roster correct` changes who worked it"))
        self.query_one("#shift-state", Static).update(state)
        self.set_class(view.state.value == "unstaffed", "-unstaffed")

        assigned = self.query_one("#assigned", DataTable)
        assigned.clear()
        for person in (*view.professionals, *view.volunteers):
            role = person_kind_name(
                Role.PROFESSIONAL if person in view.professionals else Role.VOLUNTEER
            )
            pin = _("pinned") if person.id in view.pinned else ""
            assigned.add_row(person.name, role, pin, key=person.id)

        on_it = {p.id for p in (*view.professionals, *view.volunteers)}
        self._generation += 1
        self.query_one("#candidates", DataTable).loading = True
        self._weigh_candidates(self._generation, on_it)

    class CandidatesWeighed(Message):
        def __init__(self, generation: int, found: list[Candidate], error: str) -> None:
            super().__init__()
            self.generation, self.found, self.error = generation, found, error

    @work(thread=True, group="candidates")
    def _weigh_candidates(self, generation: int, on_it: set[str]) -> None:
        # The checker weighs every person against the weeks around the shift: for a city of a
        # thousand volunteers that takes a moment, so the screen does not wait for it.
        try:
            found = self.ctx.call(self.ctx.service.candidates, self.shift.id)
        except PlannerError as exc:
            self.post_message(self.CandidatesWeighed(generation, [], self.ctx.error(exc)))
            return
        found = [c for c in found if c.person.id not in on_it]
        self.post_message(self.CandidatesWeighed(generation, found, ""))

    def on_shift_screen_candidates_weighed(self, message: CandidatesWeighed) -> None:
        if message.generation != self._generation:
            return  # an older answer, overtaken by a later edit
        if message.error:
            self.say(_("Error: {error}", error=message.error), error=True)
        self.candidates = sorted(
            message.found,
            key=lambda c: (not c.allowed, c.role is not Role.PROFESSIONAL, c.person.name),
        )
        self._fill_candidates()
        self.query_one("#candidates", DataTable).loading = False

    def _fill_candidates(self) -> None:
        """The candidates, each reason cut at a whole word with '…' when the column is too
        narrow for it; the full reason of the highlighted one shows under the table."""
        table = self.query_one("#candidates", DataTable)
        row = table.cursor_row
        roles = {role: person_kind_name(role) for role in Role}
        widths = [
            cell_len(_("Allowed")),
            max([cell_len(_("Name"))] + [cell_len(c.person.name) for c in self.candidates]),
            max(cell_len(_("Role")), *(cell_len(r) for r in roles.values())),
        ]
        # What is left of the table's width after the other columns, their padding (a cell
        # each side) and the scroll bar.
        used = sum(widths) + 2 * table.cell_padding * 4 + 2
        # Before its first layout the table has no size yet: it spans the screen.
        why_width = max(MIN_WHY_WIDTH, (table.size.width or self.size.width) - used)
        table.clear(columns=True)
        for label, width in zip((_("Allowed"), _("Name"), _("Role")), widths, strict=True):
            table.add_column(label, width=width)
        table.add_column(_("Why not"), width=why_width)
        for c in self.candidates:
            mark = Text("✓", "green") if c.allowed else Text("✗", "red")
            reason = ellipsize(self.why_not(c), why_width)
            table.add_row(mark, c.person.name, roles[c.role], reason, key=f"{c.person.id}|{c.role}")
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))
        self._show_candidate_detail()

    def _show_candidate_detail(self) -> None:
        table = self.query_one("#candidates", DataTable)
        detail = self.query_one("#candidate-detail", Static)
        if not table.row_count or table.cursor_row >= len(self.candidates):
            detail.update("")
            return
        c = self.candidates[table.cursor_row]
        mark = Text("✓ ", "green") if c.allowed else Text("✗ ", "red")
        why = self.why_not(c)
        detail.update(mark + Text(c.person.name, "bold") + Text(f": {why}" if why else ""))

    def why_not(self, candidate: Candidate) -> str:
        """'on leave; needs rest after Inloop di 1 dec 09:00 (9 h, at least 11 h)'."""
        return "; ".join(dict.fromkeys(phrase(r, self.ctx.words) for r in candidate.reasons))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "candidates":
            self._show_candidate_detail()

    def on_resize(self) -> None:
        if self.candidates:
            self._fill_candidates()

    def say(self, text: str, *, error: bool = False) -> None:
        message = self.query_one("#message", Static)
        message.update(text)
        message.set_class(error, "-error")
        self.notify(text, severity="error" if error else "information")

    def _chosen_candidate(self) -> Candidate | None:
        table = self.query_one("#candidates", DataTable)
        if not table.row_count or table.loading:
            return None  # still being weighed: the rows may be out of date
        return self.candidates[table.cursor_row]

    def _chosen_assigned(self) -> str | None:
        table = self.query_one("#assigned", DataTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return str(row_key.value)

    def refused(self, exc: PlannerError) -> None:
        """A change not made: the rules refused it, or another coordinator changed the shift
        or the person since it was shown (then the dialog, and the shift reloads)."""
        text = self.ctx.error(exc)
        if not changed_meanwhile(self, exc, text, self._reloaded):
            self.say(_("Refused: {reason}", reason=text), error=True)

    def _reloaded(self) -> None:
        self.reload()
        self.post_message(DataChanged())

    def _changed(self, text: str) -> None:
        """After an edit: what it did, and at once the published shifts of the week the
        draft no longer holds (as the week's banner and `absence add` say them)."""
        self.reload()
        ctx = self.ctx
        period = Period(monday_of(self.shift.local_date), 1)
        try:
            broken = ctx.call(broken_shifts, ctx.service, period, ctx.words, draft=True)
        except PlannerError as exc:
            broken = {}
            text += "  " + _("Error: {error}", error=ctx.error(exc))
        if broken:
            first = next(iter(broken))
            text += "\n" + broken_sentence(len(broken), ctx.words.shift(first), broken[first])
        self.say(text, error=bool(broken))
        self.post_message(DataChanged())

    # -- actions -------------------------------------------------------------------------
    def action_back(self) -> None:
        self.dismiss()

    def action_assign(self, pinned: bool = False) -> None:
        shift = self.shift
        chosen = self._chosen_candidate()
        if chosen is None:
            self.say(_("Choose a candidate first"), error=True)
            return
        assignment = Assignment(shift.id, chosen.person.id, chosen.role, pinned=pinned)
        try:
            self.ctx.call(self.ctx.service.assign, assignment, seen=self.seen)
        except PlannerError as exc:
            self.refused(exc)
            return
        label = f"{shift.activity.name} {short_date(shift.local_date)}"
        self._changed(_("{name} is now on {shift}", name=chosen.person.name, shift=label))

    def action_unassign(self) -> None:
        shift = self.shift
        person_id = self._chosen_assigned()
        if person_id is None:
            self.say(_("Choose someone on the shift first"), error=True)
            return
        try:
            self.ctx.call(self.ctx.service.unassign, shift.id, person_id, seen=self.seen)
        except PlannerError as exc:
            self.refused(exc)
            return
        name = self.ctx.people[person_id].name
        label = f"{shift.activity.name} {short_date(shift.local_date)}"
        self._changed(_("{name} was taken off {shift}", name=name, shift=label))

    def action_cover(self) -> None:
        """Who can cover: the chosen person's place when the shift's people have the focus,
        else an open place."""
        giver = None
        if self.focused is self.query_one("#assigned", DataTable):
            giver = self._chosen_assigned()
        self.app.push_screen(CoverScreen(self.ctx, self.shift.id, giver))

    def action_pin(self) -> None:
        """On someone already on the shift: pin or unpin them. On a candidate: assign pinned."""
        if self.focused is self.query_one("#candidates", DataTable):
            self.action_assign(pinned=True)
            return
        person_id = self._chosen_assigned()
        if person_id is None or self.view is None:
            self.say(_("Choose someone on the shift first"), error=True)
            return
        person = self.ctx.people[person_id]
        role = Role.PROFESSIONAL if person in self.view.professionals else Role.VOLUNTEER
        pinned = person_id not in self.view.pinned
        try:
            assignment = Assignment(self.shift.id, person_id, role, pinned)
            self.ctx.call(self.ctx.service.assign, assignment, seen=self.seen)
        except PlannerError as exc:
            self.refused(exc)
            return
        if pinned:
            self._changed(_("{name} is pinned", name=person.name))
        else:
            self._changed(_("{name} is unpinned", name=person.name))
