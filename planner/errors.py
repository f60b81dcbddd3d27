"""Errors a user reads. The CLI and the TUI show their text; never a traceback."""

from __future__ import annotations

from datetime import datetime


class PlannerError(Exception):
    """Anything the user can act on: bad input, missing data, an impossible request."""


class InputError(PlannerError):
    """Bad input, located: `people.csv line 14: kind 'wizard' is neither professional nor volunteer`."""

    def __init__(self, file: str, line: int | None, field: str | None, message: str):
        self.file, self.line, self.field, self.message = file, line, field, message
        where = file if line is None else f"{file} line {line}"
        super().__init__(f"{where}: {message}")


class NoOrganisation(PlannerError):
    def __init__(self) -> None:
        super().__init__("no organisation loaded yet: run `roster load DIR` first")


class NoRoster(PlannerError):
    """The search ended before it found any roster; nothing was saved."""

    def __init__(self, *, cancelled: bool, time_limit: float) -> None:
        self.cancelled, self.time_limit = cancelled, time_limit
        if cancelled:
            text = "stopped before any roster was found; nothing was saved"
        else:
            text = (
                f"no roster found within {time_limit:g} s; nothing was saved "
                "(try a longer --time-limit)"
            )
        super().__init__(text)


class ChangedMeanwhile(PlannerError):
    """Another coordinator changed what a write was based on, after it was read: nothing was
    written. `scope` names what changed: 'week:2026-11-30' (the week from that Monday),
    'person:<id>' or 'organisation'; `actor`, `at` and `action` say who changed it, when
    (aware UTC) and how (e.g. 'plan', 'absence.add'). The edge words it (planner/i18n)."""

    def __init__(self, scope: str, actor: str, at: datetime, action: str) -> None:
        self.scope, self.actor, self.at, self.action = scope, actor, at, action
        super().__init__(
            f"{scope} was changed by {actor} at {at:%Y-%m-%d %H:%M} UTC ({action}); "
            "nothing was saved: reload and try again"
        )

    @property
    def kind(self) -> str:
        """'week', 'person' or 'organisation'."""
        return self.scope.partition(":")[0]

    @property
    def key(self) -> str:
        """The week's Monday (ISO date) or the person's id; '' for the organisation."""
        return self.scope.partition(":")[2]


class Busy(PlannerError):
    """The database stayed locked by another coordinator's write for longer than we wait."""

    def __init__(self, waited_s: float) -> None:
        self.waited_s = waited_s
        super().__init__(
            f"the database is busy: another coordinator's change was still being saved after "
            f"{waited_s:g} s; nothing was saved: try again"
        )
