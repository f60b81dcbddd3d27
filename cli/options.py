"""Options several commands share, declared once so they parse and fail alike."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date

import click

from planner.domain import Period
from planner.i18n.language import _


class DateType(click.ParamType):
    """A calendar date written YYYY-MM-DD (the only form that reads the same everywhere)."""

    name = "date"

    def convert(self, value, param, ctx) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(_("'{value}' is not a date (YYYY-MM-DD)", value=value), param, ctx)


def period_options(default_weeks: int, weeks_help: str = "Number of weeks.") -> Callable:
    """`--from DATE --weeks N`, handed to the command as one `period: Period`."""

    def decorate(command: Callable) -> Callable:
        @functools.wraps(command)
        def with_period(*args, start: date, weeks: int, **kwargs):
            return command(*args, period=Period(start, weeks), **kwargs)

        with_period = click.option(
            "--weeks",
            type=click.IntRange(min=1),
            default=default_weeks,
            show_default=True,
            help=weeks_help,
        )(with_period)
        return click.option(
            "--from",
            "start",
            required=True,
            type=DateType(),
            metavar="DATE",
            help="First day (YYYY-MM-DD), usually a Monday.",
        )(with_period)

    return decorate
