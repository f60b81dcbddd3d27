"""What every screen is handed when it is made: the service, the language, limits, the day.

Screens reach the planner only through `service` (planner.service.Service, or a test's
subclass of it), never the database or the solver directly. They word everything with
planner/i18n in the current language, which the app sets to `language` for all it runs
(tui/app.py); a thread worker, which starts without it, words an error through `error()`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, TypeVar

from planner.domain import Organisation, Period, Person, Shift
from planner.errors import PlannerError
from planner.i18n.errors import error_text
from planner.i18n.language import use_language
from planner.i18n.words import Words
from planner.message import msg
from planner.service import Service

T = TypeVar("T")


@dataclass
class Context:
    service: Service
    language: str  # a code of planner.i18n.language.languages()
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
            self._words = replace(Words.of(self.organisation), people=names)
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
            raise PlannerError(
                msg("internal error: {kind}: {error}", kind=type(exc).__name__, error=str(exc))
            ) from exc

    def error(self, exc: PlannerError) -> str:
        """The sentence of an error in the app's language, its reasons worded with the
        organisation's names."""
        with use_language(self.language):
            try:
                words: Words | None = self.words
            except PlannerError:
                words = None
            return error_text(exc, words)
