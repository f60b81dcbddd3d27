"""What every screen is handed when it is made: the repository, the use cases, labels, limits.

The use cases are passed in (normally the module planner.service) so screens never import a
backend of their own and a test can hand in a fake while a contract is still unwritten.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from planner.domain import Organisation, Period, Shift
from planner.errors import PlannerError
from planner.shifts import generate_shifts
from planner.storage.repository import Repository
from tui.i18n import Labels

T = TypeVar("T")


@dataclass
class Context:
    repo: Repository
    service: Any  # planner.service, or an object with the same functions
    t: Labels
    time_limit_s: float
    today: date
    _organisation: Organisation | None = field(default=None, repr=False)
    _shifts: dict[Period, list[Shift]] = field(default_factory=dict, repr=False)

    @property
    def organisation(self) -> Organisation:
        # The app never edits the organisation itself (only absences and rosters), so it is
        # read once: the week view of a large city then stays quick.
        if self._organisation is None:
            self._organisation = self.repo.load_organisation()
        return self._organisation

    def shifts(self, period: Period) -> list[Shift]:
        """The period's shifts (closed ones too), generated once: flipping between weeks then
        only reads the roster."""
        if period not in self._shifts:
            self._shifts[period] = generate_shifts(self.organisation, period)
        return self._shifts[period]

    def call(self, use_case: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a use case so that only PlannerError comes out: the screen shows its text. Any
        other error is wrapped too, because a coordinator must never get a traceback (set
        ROSTER_DEBUG=1 to let it through, as the tests do)."""
        try:
            return use_case(*args, **kwargs)
        except PlannerError:
            raise
        except Exception as exc:
            if os.environ.get("ROSTER_DEBUG"):
                raise
            raise PlannerError(f"internal error: {type(exc).__name__}: {exc}") from exc
