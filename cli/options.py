"""Options several commands share, declared once so they parse and fail alike."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from datetime import date
from pathlib import Path

import click

from planner.dates import parse_day
from planner.domain import Period
from planner.i18n.language import N_, _
from planner.limits import (
    FIRST_DAY,
    LAST_DAY,
    MAX_PERIOD_WEEKS,
    MAX_SEED,
    MAX_TIME_LIMIT_S,
    day_in_range,
)


class DateType(click.ParamType):
    """A calendar date typed as 2026-11-30, 30/11/2026 or 30-11-2026 (day first, as Belgians
    write it), within the dates the planner supports."""

    name = "date"

    def convert(self, value, param, ctx) -> date:
        day = value if isinstance(value, date) else parse_day(str(value))
        if day is None:
            self.fail(
                _("'{value}' is not a date (YYYY-MM-DD or DD/MM/YYYY)", value=value), param, ctx
            )
        if not day_in_range(day):
            self.fail(
                _(
                    "{day} is outside the dates the planner supports ({first} to {last})",
                    day=day,
                    first=FIRST_DAY,
                    last=LAST_DAY,
                ),
                param,
                ctx,
            )
        return day


class TimeLimit(click.ParamType):
    """Seconds: a finite number above 0, at most a day."""

    name = "seconds"

    def convert(self, value, param, ctx) -> float:
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            seconds = math.nan
        if not (0 < seconds <= MAX_TIME_LIMIT_S):  # NaN fails every comparison
            self.fail(
                _(
                    "'{value}' is not a number of seconds above 0 and at most {most}",
                    value=value,
                    most=int(MAX_TIME_LIMIT_S),
                ),
                param,
                ctx,
            )
        return seconds


class OutputPath(click.Path):
    """Where a command writes: a path, never an empty one. An empty `-o ""` would read as the
    current folder and fill it with files nobody asked for there."""

    def __init__(self, *, file_okay: bool = True) -> None:
        super().__init__(path_type=Path, file_okay=file_okay)

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            self.fail(_("an empty path: name the file or folder to write"), param, ctx)
        return super().convert(value, param, ctx)


SEED = click.IntRange(0, MAX_SEED)
ROW_ID = click.IntRange(1, 2**63 - 1)  # an id the database can hold (SQLite: 64-bit signed)
HOW_MANY = click.IntRange(1, 1_000_000)  # a count of rows to show


def period_options(
    default_weeks: int, weeks_help: str = N_("Number of weeks."), *, most: int = MAX_PERIOD_WEEKS
) -> Callable:
    """`--from DATE --weeks N` (at most `most` weeks, docs/limits.md), handed to the command
    as one `period: Period`."""

    def decorate(command: Callable) -> Callable:
        @functools.wraps(command)
        def with_period(*args, start: date, weeks: int, **kwargs):
            return command(*args, period=Period(start, weeks), **kwargs)

        with_period = click.option(
            "--weeks",
            type=click.IntRange(min=1, max=most),
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
            help="First day (2026-11-30 or 30/11/2026), usually a Monday.",
        )(with_period)

    return decorate
