"""Errors a user reads. The CLI and the TUI show their text; never a traceback."""

from __future__ import annotations


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
