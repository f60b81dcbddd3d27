"""Use cases shared by the CLI and the TUI: plan, publish, check, candidates, manual edits.

CONTRACT. Everything here takes a Repository and returns plain data (domain objects and the
dataclasses below), never solver or database objects, so the TUI can call it from a worker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from planner.domain import Assignment, Period, Person, Role, Roster
from planner.storage.repository import Repository


@dataclass(frozen=True)
class Progress:
    """One improving solution while solving (coalesce these in a UI)."""

    objective: float
    bound: float
    elapsed: float  # seconds
    solutions: int


@dataclass(frozen=True)
class RuleCost:
    """What one soft rule cost in the final roster, with the sentences a coordinator reads."""

    rule: str
    cost: int
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Change:
    """One line of the diff against the published roster."""

    kind: str  # "added" | "removed" | "moved"
    person_id: str
    shift_id: str  # the shift added to / removed from / moved to
    from_shift_id: str | None = None  # for "moved"
    text: str = ""  # "Els Vermeulen moves from Inloop ma 30 nov 09:00 to ..."


@dataclass(frozen=True)
class PlanOutcome:
    roster: Roster
    status: str  # "optimal" | "feasible" | "cancelled" | "infeasible"
    objective: float
    bound: float
    elapsed: float
    costs: list[RuleCost] = field(default_factory=list)
    diff: list[Change] = field(default_factory=list)  # against the published roster, if any


@dataclass(frozen=True)
class Candidate:
    """A person considered for a shift in the TUI, with the verdict of the hard rules."""

    person: Person
    role: Role
    allowed: bool
    reason: str = ""  # why not: "on leave", "needs rest after ...", "not qualified: nurse"


def plan_period(
    repo: Repository,
    period: Period,
    *,
    time_limit: float = 20.0,
    seed: int = 0,
    strict: bool = False,
    on_progress: Callable[[Progress], None] | None = None,
    stop: threading.Event | None = None,
) -> PlanOutcome:
    """Plan the period, save it as the working roster (draft) and return the outcome.
    Setting `stop` ends the search and keeps the best roster so far ("cancelled").
    With strict=True an unstaffed shift raises PlannerError and nothing is saved."""
    from planner.service.planning import plan

    return plan(
        repo,
        period,
        time_limit=time_limit,
        seed=seed,
        strict=strict,
        on_progress=on_progress,
        stop=stop,
    )


def publish_period(repo: Repository, period: Period, now: datetime | None = None) -> None:
    """Copy the period's working roster to the published layer. Nothing planned: PlannerError."""
    from planner.service.planning import publish

    publish(repo, period, now)


def diff_against_published(repo: Repository, period: Period) -> list[Change]:
    """Who moves where, who is added or removed: the working roster against the published
    one. Empty when the period was never published."""
    from planner.service.planning import diff

    return diff(repo, period)


def candidates(repo: Repository, shift_id: str) -> list[Candidate]:
    """Every person who could be put on the shift, each with allowed/why-not."""
    from planner.service.editing import candidates as weigh

    return weigh(repo, shift_id)


def assign(repo: Repository, assignment: Assignment) -> None:
    """A manual assignment. Refused with PlannerError(reason) when it breaks a hard rule."""
    from planner.service.editing import assign as put

    put(repo, assignment)


def unassign(repo: Repository, shift_id: str, person_id: str) -> None:
    """Take a person off a shift. Refused with PlannerError(reason) when it breaks a hard rule."""
    from planner.service.editing import unassign as take_off

    take_off(repo, shift_id, person_id)
