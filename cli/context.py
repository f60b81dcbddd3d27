"""What every command shares: the database URL, and the repository made from it on demand."""

from __future__ import annotations

from functools import cached_property

import click

from planner.storage.engine import default_url, make_engine
from planner.storage.repository import Repository


class AppContext:
    def __init__(self, db_url: str | None) -> None:
        self.db_url = db_url or default_url()

    @cached_property
    def repo(self) -> Repository:
        return Repository(make_engine(self.db_url))


pass_app = click.make_pass_decorator(AppContext)
