"""What the week view shows, computed from the service: plain data, no widgets.

Kept apart from the widgets so the state of a shift (staffed, short, unstaffed) is decided
in one place and can be tested without a terminal.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from planner.clock import has_started
from planner.dates import monday_of
from planner.domain import Organisation, Period, Person, Role, Roster, RosterState, Shift
from planner.i18n.explanations import started_unplanned_text, unstaffed_text
from planner.i18n.language import N_, _, ngettext
from planner.i18n.reasons import with_name
from planner.i18n.words import Words
from planner.report.incidents import unrecorded
from planner.service import Service


class ShiftState(StrEnum):
    STAFFED = "staffed"
    SHORT = "short"  # professionals in place, fewer volunteers than wanted
    UNSTAFFED = "unstaffed"
    CLOSED = "closed"
    UNPLANNED = "unplanned"  # nobody planned it yet: planning it is still to do
    # Started while no roster had it (nothing is planned in the past): history nobody
    # recorded, as `roster check`, the reports and the export call it; `roster correct`
    # records who worked.
    UNRECORDED = "unrecorded"


# A symbol per state so the week reads without colour (a monochrome terminal, colour blindness).
SYMBOLS: dict[ShiftState, str] = {
    ShiftState.STAFFED: "✓",
    ShiftState.SHORT: "◐",
    ShiftState.UNSTAFFED: "✗",
    ShiftState.CLOSED: "–",
    ShiftState.UNPLANNED: "·",
    # Nobody on it either, and nothing left to plan: told apart by its started mark, '· ◷'.
    ShiftState.UNRECORDED: "·",
}
# A shift that has started: what happened, kept by re-plans and edits (`roster correct`).
STARTED_SYMBOL = "◷"
# A published shift that no longer holds (someone on it is now absent, a rule got stricter).
BROKEN_SYMBOL = "!"

STATE_WORDS: dict[ShiftState, str] = {
    ShiftState.STAFFED: N_("staffed"),
    ShiftState.SHORT: N_("short of volunteers"),
    ShiftState.UNSTAFFED: N_("unstaffed"),
    ShiftState.CLOSED: N_("closed"),
    ShiftState.UNPLANNED: N_("not planned"),
    ShiftState.UNRECORDED: N_("not recorded"),
}


def state_name(state: ShiftState) -> str:
    """'bemand', 'onbemand', ...: a shift's state, in the legend and on the shift screen."""
    return _(STATE_WORDS[state])


@dataclass(frozen=True)
class ShiftView:
    shift: Shift
    state: ShiftState
    professionals: tuple[Person, ...] = ()
    volunteers: tuple[Person, ...] = ()
    pinned: frozenset[str] = frozenset()  # person ids
    reason: str = ""  # why unstaffed / short / closed / not recorded
    started: bool = False  # what happened: re-plans and edits leave it as it is
    broken: str = ""  # published, still to come, and breaking a hard rule now: why

    @property
    def unrecorded(self) -> bool:
        """Started before it was ever planned, nobody on it: history, not a gap the plan
        left nor a shift still to plan."""
        return self.state is ShiftState.UNRECORDED

    @property
    def time_span(self) -> str:
        return f"{self.shift.start:%H:%M}-{self.shift.end:%H:%M}"


@dataclass(frozen=True)
class WeekView:
    period: Period
    organisation: Organisation
    shifts: tuple[ShiftView, ...]
    state: RosterState | None
    published_at: datetime | None = None
    _by_cell: dict[tuple[str, date], list[ShiftView]] = field(default_factory=dict, repr=False)
    seen: int = 0  # the change it was read at: a publish of what it shows carries it
    published_by: str = ""
    draft_only: bool = False  # the broken shifts are the draft's: none published is broken

    @property
    def broken(self) -> tuple[ShiftView, ...]:
        """Shifts still to come that no longer hold (an absence, a reload): published ones,
        or (`draft_only`) the draft's, which publishing refuses."""
        return tuple(v for v in self.shifts if v.broken)

    @property
    def monday(self) -> date:
        return self.period.start

    def cell(self, activity_id: str, day: date) -> list[ShiftView]:
        return self._by_cell.get((activity_id, day), [])

    def activity_ids(self) -> list[str]:
        """Activities with at least one shift this week, in the organisation's order."""
        present = {activity_id for activity_id, _ in self._by_cell}
        return [a.id for a in self.organisation.activities if a.id in present]

    def shift(self, shift_id: str) -> ShiftView | None:
        for view in self.shifts:
            if view.shift.id == shift_id:
                return view
        return None

    def count(self, state: ShiftState) -> int:
        return sum(1 for s in self.shifts if s.state is state)

    @property
    def unstaffed_to_come(self) -> tuple[ShiftView, ...]:
        """The unstaffed shifts still to come: the gaps publishing asks about (those that
        have started are history)."""
        return tuple(v for v in self.shifts if v.state is ShiftState.UNSTAFFED and not v.started)

    @property
    def unrecorded(self) -> tuple[ShiftView, ...]:
        return tuple(v for v in self.shifts if v.unrecorded)


def shift_view(
    shift: Shift,
    roster: Roster,
    people: dict[str, Person],
    planned: bool,
    words: Words,
) -> ShiftView:
    """Decide the state of one shift from the working roster.

    `planned` says the period was planned at least once: then a shift left empty (say after a
    manual edit) is unstaffed, not 'not planned'.
    """
    if shift.closed:
        return ShiftView(
            shift, ShiftState.CLOSED, reason=words.closure(shift.local_date, shift.closed_reason)
        )
    on_it = [a for a in roster.assignments if a.shift_id == shift.id]
    pros = tuple(people[a.person_id] for a in on_it if a.role is Role.PROFESSIONAL)
    vols = tuple(people[a.person_id] for a in on_it if a.role is Role.VOLUNTEER)
    pinned = frozenset(a.person_id for a in on_it if a.pinned)
    need = shift.activity.staffing
    too_few = len(pros) < need.professionals or len(on_it) < need.min_people
    if shift.id in roster.unstaffed and too_few:
        # The stored reason holds only while the shift is still short: after a manual fix the
        # people on it decide.
        state, reason = ShiftState.UNSTAFFED, unstaffed_text(roster.unstaffed[shift.id], words)
    elif not on_it and not planned:
        state, reason = ShiftState.UNPLANNED, ""
    elif len(pros) < need.professionals:
        state, reason = ShiftState.UNSTAFFED, _("no professional on it")
    elif len(on_it) < need.min_people:
        state, reason = (
            ShiftState.UNSTAFFED,
            ngettext(
                "{have} of at least {n} person",
                "{have} of at least {n} people",
                need.min_people,
                have=len(on_it),
            ),
        )
    elif len(vols) < need.volunteers_min:
        state = ShiftState.SHORT
        reason = _("{have} of {want} wanted volunteers", have=len(vols), want=need.volunteers_min)
    else:
        state, reason = ShiftState.STAFFED, ""
    return ShiftView(shift, state, pros, vols, pinned, reason)


def view_now(
    shift: Shift,
    roster: Roster,
    people: dict[str, Person],
    planned: bool,
    words: Words,
    now: datetime,
    broken: str = "",
) -> ShiftView:
    """`shift_view` by the clock `now`: marked started when it has. A shift that had
    started while no roster had it, in a planned week or in one never planned, is history
    nobody recorded (nothing is planned in the past): not a shift the plan left unstaffed,
    nor one still to plan; `roster check`, the reports and the export say the same
    (planner/report/incidents.py, unrecorded)."""
    if unrecorded([shift], roster, now):
        return ShiftView(
            shift, ShiftState.UNRECORDED, reason=started_unplanned_text(), started=True
        )
    return replace(
        shift_view(shift, roster, people, planned, words),
        started=planned and not shift.closed and has_started(shift.start, now),
        broken=broken,
    )


def broken_shifts(service: Service, period: Period, words: Words, *, draft: bool) -> dict[str, str]:
    """The published shifts of `period` that no longer hold, each with why: as published,
    or (`draft`: the week was edited or re-planned since) as the draft shown holds them,
    which is what publishing it would break."""
    return {
        b.shift_id: "; ".join(dict.fromkeys(with_name(r, words) for r in b.reasons))
        for b in service.published_holding(period, draft=draft).broken
    }


def build_week(
    service: Service,
    monday: date,
    org: Organisation | None = None,
    shifts: list[Shift] | None = None,
    people: dict[str, Person] | None = None,
) -> WeekView:
    """The week starting on `monday`, as the week view shows it. `org`, `shifts` and
    `people` (everyone a roster may name, people who left included) may be handed in when
    the caller already has them."""
    org = org or service.organisation()
    period = Period(monday_of(monday), 1)
    shifts = shifts if shifts is not None else service.shifts(period)
    current = service.roster(period)
    state = current.state
    if people is None:
        people = {p.id: p for p in (*service.former_people(), *org.people)}
    planned = state is not None
    words = replace(Words.of(org), people={pid: p.name for pid, p in people.items()})
    broken: dict[str, str] = {}
    if current.published_at is not None:
        broken = broken_shifts(service, period, words, draft=state is RosterState.DRAFT)
    draft_only = False
    if state is RosterState.DRAFT:  # what publishing it would refuse, said before P is pressed
        in_draft = {
            b.shift_id: "; ".join(dict.fromkeys(with_name(r, words) for r in b.reasons))
            for b in service.draft_holding(period).broken
        }
        draft_only = bool(in_draft) and not broken
        broken = {**in_draft, **broken}
    now = service.now()
    views = [
        view_now(s, current.roster, people, planned, words, now, broken.get(s.id, ""))
        for s in shifts
    ]
    by_cell: dict[tuple[str, date], list[ShiftView]] = defaultdict(list)
    for view in views:
        by_cell[(view.shift.activity_id, view.shift.local_date)].append(view)
    return WeekView(
        period,
        org,
        tuple(views),
        state,
        current.published_at,
        dict(by_cell),
        current.seen,
        current.published_by,
        draft_only,
    )


def broken_sentence(count: int, label: str, why: str, *, draft: bool = False) -> str:
    """The banner's sentence, also what the shift screen says after an edit that breaks a
    published shift: how many, the first with why, and the re-plan. `draft`: shifts of a
    draft, none of them published."""
    if draft:
        return (
            BROKEN_SYMBOL
            + " "
            + ngettext(
                "{n} shift of the draft breaks a hard rule: {shift} ({why}). It cannot be "
                "published so: press p to re-plan this week.",
                "{n} shifts of the draft break a hard rule, first {shift} ({why}). They cannot "
                "be published so: press p to re-plan this week.",
                count,
                shift=label,
                why=why,
            )
        )
    return (
        BROKEN_SYMBOL
        + " "
        + ngettext(
            "{n} published shift no longer holds: {shift} ({why}). Press p to re-plan this week.",
            "{n} published shifts no longer hold, first {shift} ({why}). Press p to re-plan this week.",
            count,
            shift=label,
            why=why,
        )
    )
