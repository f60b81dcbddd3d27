"""When this run of `roster` started, so that `plan --time-limit` bounds the whole command:
starting the planner (its imports take a second or two), reading the organisation, building
the model, the search and saving, not only the search.

This module is the first the package imports (cli/__init__.py), so IMPORTED is as close to
the start of a `roster` process as the planner can see. Tests run many commands in one
process: there a command's clock starts when `main` is called.
"""

from __future__ import annotations

import time

IMPORTED = time.monotonic()
_started = IMPORTED


def start(*, new_process: bool) -> None:
    """A command begins: its clock runs from the process's start or from now."""
    global _started
    _started = IMPORTED if new_process else time.monotonic()


def elapsed() -> float:
    """Seconds since this command began."""
    return time.monotonic() - _started
