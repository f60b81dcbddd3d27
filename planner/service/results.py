"""What the use cases hand back: plain data, never solver or database objects, so the CLI
prints it and the TUI shows it from a worker. Reasons stay data (planner/reasons.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from planner.domain import Change, Period, Person, Role, Roster, RosterState, Shift
from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.solver.search import SolveStatus
from planner.storage.offer_tables import OfferStatus


@dataclass(frozen=True)
class Progress:
    """One improving solution while solving (coalesce these in a UI)."""

    objective: float
    bound: float
    elapsed: float  # seconds
    solutions: int


@dataclass(frozen=True)
class RuleCost:
    """What one soft rule cost in the final roster, with its reasons, most expensive first."""

    rule: RuleId
    cost: int
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class PlanOutcome:
    roster: Roster
    status: SolveStatus  # OPTIMAL, FEASIBLE or CANCELLED: a roster was saved
    objective: float
    bound: float
    elapsed: float
    costs: list[RuleCost] = field(default_factory=list)
    diff: list[Change] = field(default_factory=list)  # against the published roster, if any
    # A published period whose every shift still holds: nothing was planned or saved.
    nothing_to_repair: bool = False
    # Volunteers whose offered days and times meet no open shift of the period: left out
    # whatever the planner does, so no rule's cost counts them (person ids).
    never_fit: tuple[str, ...] = ()
    # Shifts that had started before they were ever planned: left as they were (nobody on
    # them), history apart from the unstaffed ones (planner.report.incidents.unrecorded).
    unrecorded: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    """A person considered for a shift, with the verdict of the hard rules: allowed, or the
    reasons why not (the first is the most telling)."""

    person: Person
    role: Role
    reasons: tuple[Reason, ...] = ()

    @property
    def allowed(self) -> bool:
        return not self.reasons


@dataclass(frozen=True)
class PeriodRoster:
    """The working (or published) roster of a period with what the screens say about it.
    `seen`: the newest change when it was read, to hand back to a write based on it."""

    period: Period
    roster: Roster
    state: RosterState | None  # None: never planned
    published_at: datetime | None
    seen: int = 0
    published_by: str = ""  # who published it last ('' before the planner recorded it)


@dataclass(frozen=True)
class Published:
    """What publishing did: the period, and the shifts still to come it published unstaffed
    (to name). Shifts that had started are history: those saved unstaffed are incidents
    (`roster check`), those never planned are `unrecorded`, named apart."""

    period: Period
    at: datetime
    unstaffed: tuple[str, ...]
    unplanned: tuple[date, ...] = ()  # Mondays (first days) of the weeks with nothing planned
    unrecorded: tuple[str, ...] = ()  # started before they were ever planned, nobody on them


@dataclass(frozen=True)
class Offer:
    """An offer as people and the coordinator see it."""

    id: int
    shift_id: str
    person_id: str  # who offers
    to_person_id: str | None  # None: anyone eligible
    swap_shift_id: str | None  # a swap: the shift the offerer takes in return
    status: OfferStatus
    expires_at: datetime  # aware UTC
    taker_id: str | None = None

    @property
    def is_swap(self) -> bool:
        return self.swap_shift_id is not None

    @property
    def is_pickup(self) -> bool:
        """An open place the person asked to take, waiting for the coordinator: kept as an
        offer by and to the same person (a hand-over never goes to its own offerer)."""
        return self.taker_id == self.person_id


@dataclass(frozen=True)
class Takeable:
    """An offer or an open place a person may take, with what it means for them: `month`
    their shifts that month once they take it (`month_limit` what they set, None: none),
    `week_minutes` the minutes they work that week once they take it (professionals)."""

    shift: Shift
    offer: Offer | None  # None: an open place
    month: int
    month_limit: int | None
    week_minutes: int
    swap_shift: Shift | None = None  # a swap: the taker's shift they give in return
