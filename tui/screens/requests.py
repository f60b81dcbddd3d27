"""What people asked on their personal page and the alerts the coordinator must see (key 5;
docs/self-service.md): open "I can't come" requests, shifts a cancellation left unstaffed,
published shifts a change on a page broke, cancellations repaired in the draft waiting for
publication. Under the list, the chosen one's proposed repair:
what it breaks and who would take each place (or why a shift stays unstaffed). `a` approves
the chosen one (a request's repair is written, worked out again when the week changed since;
an alert is marked seen; a repair waiting in the draft is published, or refused with the
draft's broken shifts as publishing would be), `x` refuses a request (a repair waiting in the
draft stays there, unpublished)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from planner.dates import local_start_of
from planner.errors import PlannerError
from planner.i18n.explanations import request_repair_lines
from planner.i18n.format import short_datetime
from planner.i18n.language import N_, _, ngettext
from planner.i18n.reasons import sentence
from planner.i18n.words import Words
from planner.service import Unpublishable
from planner.service.results import Offer
from planner.service.self_service import Request
from planner.storage.offer_tables import OfferStatus
from tui.bindings import translate_bindings
from tui.context import Context
from tui.widgets.keys_footer import KeysFooter
from tui.widgets.row_table import RowTable


def offer_text(offer: Offer, words: Words) -> str:
    """'Jan Peeters hands over to An Dubois: approve?', or for a swap, 'swaps with'."""
    giver, taker = words.name(offer.person_id), words.name(offer.taker_id)
    if offer.is_pickup:
        return _("{taker} takes an open place: approve?", taker=taker)
    if offer.swap_shift_id:
        return _(
            "{giver} swaps with {taker} for {other}: approve?",
            giver=giver,
            taker=taker,
            other=words.shift(offer.swap_shift_id),
        )
    return _("{giver} hands over to {taker}: approve?", giver=giver, taker=taker)


def request_text(request: Request, name: str) -> str:
    if request.kind == "unstaffed":
        return _("unstaffed after {name} cancelled", name=name)
    if request.kind == "breaks":
        return _("no longer fits what {name} entered on their page", name=name)
    if request.kind == "draft":
        return _("repaired in the draft after {name} cancelled, waiting for publication", name=name)
    return _("{name} cannot come", name=name)


class RequestsScreen(Screen):
    CSS_PATH = "requests.tcss"
    BINDINGS = [
        Binding("a", "approve", N_("Approve"), id="requests.approve", tooltip=N_("Approve the chosen request (repair the week), or mark the alert seen")),
        Binding("x", "refuse", N_("Refuse"), id="requests.refuse", tooltip=N_("Refuse the chosen request: the person keeps the shift")),
        Binding("r", "reload", N_("Reload"), id="requests.reload", tooltip=N_("Read the requests again")),
        Binding("escape", "back", N_("Back"), key_display="esc", id="requests.back", tooltip=N_("To the previous screen")),
    ]  # fmt: skip

    def __init__(self, ctx: Context) -> None:
        super().__init__(name="requests")
        self.ctx = ctx
        self.sub_title = _("Requests")
        self.shown: list[Request] = []
        self.waiting: list[Offer] = []  # hand-overs and swaps accepted, for approval
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="log-title")
        yield RowTable(id="log", zebra_stripes=True)
        yield Static(id="request-repair")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one(DataTable).add_columns(_("Shift"), _("What"), _("Since"))
        self.reload()
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        ctx = self.ctx
        try:
            self.shown = ctx.call(ctx.service.requests)
            self.waiting = [
                o for o in ctx.call(ctx.service.standing_offers) if o.status is OfferStatus.WAITING
            ]
        except PlannerError as exc:
            self.notify(_("Error: {error}", error=ctx.error(exc)), severity="error")
            return
        tz = ZoneInfo(ctx.organisation.timezone)
        names = {p.id: p.name for p in ctx.organisation.people}
        self.query_one("#log-title", Static).update(
            _("Requests and alerts from personal pages")
            + f" · {len(self.shown) + len(self.waiting)}"
        )
        table = self.query_one(DataTable)
        table.clear()
        for request in self.shown:
            name = names.get(request.person_id, request.person_id)
            table.add_row(
                short_datetime(request.start.astimezone(tz)),
                request_text(request, name),
                short_datetime(request.created_at.astimezone(tz)),
                key=str(request.id),
            )
        for offer in self.waiting:
            table.add_row(
                short_datetime(local_start_of(offer.shift_id)),
                offer_text(offer, ctx.words),
                "",
                key=f"offer-{offer.id}",
            )
        self.show_repair()

    def show_repair(self) -> None:
        """The chosen request's proposed repair under the list, wrapped between words (a
        narrow terminal cuts the table's columns; these sentences it wraps)."""
        chosen = self.chosen()
        repair = self.query_one("#request-repair", Static)
        if not isinstance(chosen, Request):
            repair.update("")
            return
        lines = request_repair_lines(
            chosen.proposal,
            chosen.person_id,
            chosen.kind,
            chosen.status,
            self.ctx.words,
            chosen.held,
        )
        repair.update("\n".join(lines))

    def on_data_table_row_highlighted(self, _event: DataTable.RowHighlighted) -> None:
        self.show_repair()

    def chosen(self) -> Request | Offer | None:
        table = self.query_one(DataTable)
        rows: list[Request | Offer] = [*self.shown, *self.waiting]
        if not rows or table.cursor_row >= len(rows):
            return None
        return rows[table.cursor_row]

    def _decide_offer(self, offer: Offer, approve: bool) -> None:
        """A hand-over or swap waiting for approval: approving checks every rule again."""
        try:
            self.ctx.call(self.ctx.service.decide_offer, offer.id, approve=approve)
        except PlannerError as exc:
            self.notify(_("Error: {error}", error=self.ctx.error(exc)), severity="error")
            return
        if approve:
            self.notify(_("Approved: the places changed hands"))
        else:
            self.notify(_("Refused: the shift stays with whoever offered it"))
        self.reload()

    def _decide(self, approve: bool) -> None:
        request = self.chosen()
        if isinstance(request, Offer):
            self._decide_offer(request, approve)
            return
        if request is None:
            self.notify(_("Nothing to decide"), severity="warning")
            return
        if not approve and request.kind not in ("cancel", "draft"):
            self.notify(_("An alert is not refused: a marks it seen"), severity="warning")
            return
        try:
            _decided, outcome = self.ctx.call(
                self.ctx.service.decide_request, request.id, approve=approve
            )
        except Unpublishable as refused:
            self.notify(self._refusal(refused), severity="error", timeout=30)
            return
        except PlannerError as exc:
            self.notify(_("Error: {error}", error=self.ctx.error(exc)), severity="error")
            return
        if request.kind == "draft":
            self.notify(
                _("Approved: the week is published")
                if approve
                else _("Refused: the draft stays as it is, not published")
            )
            self.reload()
            return
        if outcome is not None and outcome.recomputed:
            self.notify(
                _("The roster changed since the repair was proposed: it was worked out again"),
                severity="warning",
            )
        if outcome is not None and outcome.unstaffed:
            self.notify(
                _("Approved: nobody could take the shift, it is unstaffed"), severity="warning"
            )
        elif outcome is not None and outcome.published:
            self.notify(_("Approved: repaired and published"))
        elif outcome is not None:
            self.notify(_("Approved: repaired in the draft; review it and publish"))
        elif approve:
            self.notify(_("Marked seen"))
        else:
            self.notify(_("Refused: the person keeps the shift"))
        self.reload()

    def _refusal(self, refused: Unpublishable) -> str:
        """Nothing was published: the draft's broken shifts and why, as `roster publish` says."""
        words = self.ctx.words
        broken = refused.holding.broken
        lines = [
            ngettext(
                "Nothing was published: {n} shift of the draft breaks a hard rule:",
                "Nothing was published: {n} shifts of the draft break a hard rule:",
                len(broken),
            )
        ]
        for b in broken:
            reasons = "; ".join(dict.fromkeys(sentence(r, words) for r in b.reasons))
            lines.append(f"{words.shift(b.shift_id)}: {reasons}")
        return "\n".join(lines)

    def action_approve(self) -> None:
        self._decide(True)

    def action_refuse(self) -> None:
        self._decide(False)

    def action_reload(self) -> None:
        self.reload()

    def action_back(self) -> None:
        self.app.switch_mode("week")
