"""Errors a user reads. The CLI and the TUI show their text; never a traceback.

Each error holds its text as data (planner/message.py): the edge words it in the reader's
language (planner/i18n/errors.py); str() is the English.
"""

from __future__ import annotations

from datetime import date, datetime

from planner.message import Message, msg


class PlannerError(Exception):
    """Anything the user can act on: bad input, missing data, an impossible request."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


class InputError(PlannerError):
    """Bad input, located: `people.csv line 14: kind 'wizard' is neither professional nor
    volunteer`. `problem` says what is wrong, without the file and line."""

    def __init__(self, file: str, line: int | None, field: str | None, problem: Message):
        self.file, self.line, self.field, self.problem = file, line, field, problem
        if line is None:
            located = msg("{file}: {problem}", file=file, problem=problem)
        else:
            located = msg("{file} line {line}: {problem}", file=file, line=line, problem=problem)
        super().__init__(located)


class NoOrganisation(PlannerError):
    def __init__(self) -> None:
        super().__init__(msg("no organisation loaded yet: run `roster load DIR` first"))


class NoRoster(PlannerError):
    """The search ended before it found any roster; nothing was saved."""

    def __init__(self, *, cancelled: bool, time_limit: float) -> None:
        self.cancelled, self.time_limit = cancelled, time_limit
        if cancelled:
            text = msg("stopped before any roster was found; nothing was saved")
        else:
            text = msg(
                "no roster found within {seconds} s; nothing was saved (try a longer --time-limit)",
                seconds=float(time_limit),
            )
        super().__init__(text)


class Stopped(PlannerError):
    """The search was stopped and its best roster so far was not wanted: nothing was saved,
    the draft saved before stays as it was."""

    def __init__(self) -> None:
        super().__init__(msg("stopped: nothing was saved; the draft saved before is kept"))


class PastPeriod(PlannerError):
    """Every shift of the period has started: what happened is not planned again (exit 1,
    nothing saved). Who actually worked a shift is recorded with `roster correct`."""

    def __init__(self, first: date, last: date) -> None:
        self.first, self.last = first, last
        super().__init__(
            msg(
                "every shift from {first} to {last} has started: what happened is not "
                "planned again and nothing was saved; record who actually worked a shift "
                "with `roster correct SHIFT --came ID --did-not-come ID`",
                first=first,
                last=last,
            )
        )


class ChangedMeanwhile(PlannerError):
    """Another coordinator changed what a write was based on, after it was read: nothing was
    written. `scope` names what changed: 'week:2026-11-30' (the week from that Monday),
    'person:<id>' or 'organisation'; `actor`, `at` and `action` say who changed it, when
    (aware UTC) and how (e.g. 'plan', 'absence.add'). The edge words it with the names of
    weeks and people (planner/i18n/changes.py); the message is the plain fallback."""

    def __init__(self, scope: str, actor: str, at: datetime, action: str) -> None:
        self.scope, self.actor, self.at, self.action = scope, actor, at, action
        super().__init__(
            msg(
                "{scope} was changed by {actor} at {at} UTC ({action}); nothing was saved: "
                "reload and try again",
                scope=scope,
                actor=actor,
                at=at,
                action=action,
            )
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
            msg(
                "the database is busy: another coordinator's change was still being saved "
                "after {seconds} s; nothing was saved: try again",
                seconds=float(waited_s),
            )
        )


class FileProblem(PlannerError):
    """A file or folder the operating system would not let us read or write: a missing
    folder, no permission, a full disk. One sentence, and its own exit code."""

    @classmethod
    def of(cls, path: object, error: OSError, *, writing: bool = True) -> FileProblem:
        reason = _os_reason(error)
        if writing:
            return cls(msg("{path}: cannot write: {reason}", path=str(path), reason=reason))
        return cls(msg("{path}: cannot read: {reason}", path=str(path), reason=reason))


def _os_reason(error: OSError) -> Message:
    import errno

    reasons = {
        errno.ENOENT: msg("the folder does not exist"),
        errno.ENOTDIR: msg("a part of the path is a file, not a folder"),
        errno.EACCES: msg("no permission"),
        errno.EPERM: msg("no permission"),
        errno.EROFS: msg("the disk is read-only"),
        errno.ENOSPC: msg("the disk is full"),
        errno.EDQUOT: msg("the disk quota is used up"),
        errno.EISDIR: msg("it is a folder, not a file"),
        errno.EEXIST: msg("a file of that name is in the way"),
        errno.ENAMETOOLONG: msg("the name is too long"),
    }
    found = reasons.get(error.errno or 0)
    if found is not None:
        return found
    return msg("{reason}", reason=error.strerror or str(error))


class DatabaseUnusable(PlannerError):
    """The database cannot be used by this planner: not a database at all, another program's,
    of a newer release, or a shared one not yet upgraded. Its own exit code."""


class TooBig(PlannerError):
    """A request beyond the planner's stated limits (planner/limits.py): refused before any
    work starts."""
