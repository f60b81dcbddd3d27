"""What every command shares: the database URL, the service made from it on demand, and the
language the run speaks."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from functools import cached_property
from typing import Any

import click

from planner.clock import default_clock
from planner.errors import PlannerError
from planner.i18n.format import DEFAULT_ZONE, use_time
from planner.i18n.language import ENVIRONMENT, language_code, set_language
from planner.i18n.words import Words
from planner.service import Service
from planner.storage.engine import default_url, make_engine
from planner.storage.repository import Repository
from planner.storage.writes import os_user


class AppContext:
    def __init__(
        self, db_url: str | None, lang: str | None = None, actor: str | None = None
    ) -> None:
        self.db_url = db_url or default_url()
        self.actor = (actor or "").strip() or os_user()  # --as, $ROSTER_COORDINATOR, login
        # `--lang`, else ROSTER_LANG: they override the organisation's language for this run.
        env = os.environ.get(ENVIRONMENT, "").strip()
        self.chosen = lang or (language_code(env, ENVIRONMENT) if env else None)
        # Unless chosen, the run keeps the language its `--help` and usage errors speak (the
        # organisation's, peeked at before parsing, else the default) until the database
        # is opened.
        if self.chosen is not None:
            set_language(self.chosen)

    @cached_property
    def service(self) -> Service:
        return Service(Repository(make_engine(self.db_url), actor=self.actor))

    def speak_organisations_language(self) -> None:
        """From now on word everything in the organisation's language, unless the run chose
        one, with its times in its time zone and the year left out of dates of the year it is
        by the planner's clock; an empty database leaves the defaults."""
        try:
            now = default_clock()()  # the service's clock, without opening the database
        except PlannerError:
            now = None  # a bad ROSTER_NOW: said by the command that needs the clock
        if now is not None:
            use_time(DEFAULT_ZONE, now)
        if not self.service.has_organisation():
            return
        org = self.service.organisation()
        if now is not None:
            use_time(org.timezone, now)
        if self.chosen is None:
            set_language(org.language)

    def speak(self, language: str) -> None:
        """Word what follows in `language` (a folder's, as it is loaded), unless the run chose."""
        if self.chosen is None:
            set_language(language)

    def words(self) -> Words | None:
        """The organisation's names for sentences, when a database with one was opened."""
        if "service" not in self.__dict__:
            return None
        try:
            return Words.of(self.service.organisation())
        except PlannerError:
            return None


_pass_context = click.make_pass_decorator(AppContext)


def pass_app(command: Callable[..., Any]) -> Callable[..., Any]:
    """Hand the command its AppContext, speaking the organisation's language."""

    @_pass_context
    @functools.wraps(command)
    def with_app(app: AppContext, *args: Any, **kwargs: Any) -> Any:
        app.speak_organisations_language()
        return command(app, *args, **kwargs)

    return with_app


def pass_app_without_database(command: Callable[..., Any]) -> Callable[..., Any]:
    """Hand the command its AppContext without opening the database to learn the
    organisation's language: for the commands about the database itself (`roster db`), which
    must find it as it is (an empty one is not made by looking)."""
    return _pass_context(command)
