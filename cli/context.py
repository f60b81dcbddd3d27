"""What every command shares: the database URL, and the service made from it on demand."""

from __future__ import annotations

from functools import cached_property

import click

from planner.errors import PlannerError
from planner.i18n.words import Words
from planner.service import Service
from planner.storage.engine import default_url, make_engine
from planner.storage.repository import Repository
from planner.storage.writes import os_user


class AppContext:
    def __init__(self, db_url: str | None, actor: str | None = None) -> None:
        self.db_url = db_url or default_url()
        self.actor = (actor or "").strip() or os_user()  # --as, $ROSTER_COORDINATOR, login

    @cached_property
    def service(self) -> Service:
        return Service(Repository(make_engine(self.db_url), actor=self.actor))

    def words(self) -> Words | None:
        """The organisation's names for sentences, when a database with one was opened."""
        if "service" not in self.__dict__:
            return None
        try:
            return Words.of(self.service.organisation())
        except PlannerError:
            return None


pass_app = click.make_pass_decorator(AppContext)
