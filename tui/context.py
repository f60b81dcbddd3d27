"""What every screen is handed when it is made: the service, labels, limits, the day.

Screens reach the planner only through `service` (planner.service.Service, or a test's
subclass of it), never the database or the solver directly.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from planner.domain import Organisation, Period, Person, Shift
from planner.errors import PlannerError
from planner.i18n.errors import error_text
from planner.i18n.words import Words
from planner.service import Service
from tui.i18n import Labels

T = TypeVar("T")


@dataclass
class Context:
    service: Service
    t: Labels
    time_limit_s: float
    today: date
    _organisation: Organisation | None = field(default=None, repr=False)
    _words: Words | None = field(default=None, repr=False)
    _people: dict[str, Person] | None = field(default=None, repr=False)
    _shifts: dict[Period, list[Shift]] = field(default_factory=dict, repr=False)

    @property
    def organisation(self) -> Organisation:
        # The app never edits the organisation itself (only absences and rosters), so it is
        # read once: the week view of a large city then stays quick.
        if self._organisation is None:
            self._organisation = self.service.organisation()
        return self._organisation

    @property
    def actor(self) -> str:
        """The coordinator whose name every change is recorded under."""
        return self.service.actor

    @property
    def people(self) -> dict[str, Person]:
        """Everyone a roster may name, by id: the organisation's people and those who left
        (their past shifts stay on the rosters)."""
        if self._people is None:
            everyone = {p.id: p for p in self.service.former_people()}
            everyone.update({p.id: p for p in self.organisation.people})
            self._people = everyone
        return self._people

    @property
    def words(self) -> Words:
        """The names for the sentences of reasons, people who left included."""
        if self._words is None:
            names = {pid: p.name for pid, p in self.people.items()}
            self._words = Words(names, Words.of(self.organisation).activities)
        return self._words

    def shifts(self, period: Period) -> list[Shift]:
        """The period's shifts (closed ones too), generated once: flipping between weeks then
        only reads the roster."""
        if period not in self._shifts:
            self._shifts[period] = self.service.shifts(period)
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

    def error(self, exc: PlannerError) -> str:
        """The sentence of an error, its reasons worded with the organisation's names."""
        try:
            words = self.words
        except PlannerError:
            return str(exc)
        return error_text(exc, words)
