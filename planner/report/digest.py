"""The coordinator's digest as plain data (made by planner/service/digest.py, worded by
planner/io/digest_text.py): what needs doing in the days ahead. Empty when nothing does."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from planner.reasons import UnstaffedReason
from planner.report.lapses import Lapse


@dataclass(frozen=True)
class Waiting:
    """A request or alert from a person's page, waiting for the coordinator."""

    person_id: str
    kind: str  # "cancel" or "unstaffed"
    shift_id: str


@dataclass(frozen=True)
class ShortShift:
    shift_id: str
    start: datetime
    unstaffed: bool  # no professionals: nobody on it
    volunteers: int
    wanted: int  # the activity's volunteers_min
    reason: UnstaffedReason | None  # why it is unstaffed
    could: tuple[str, ...]  # who could still take a place (ids), cheapest first


@dataclass(frozen=True)
class ToPhone:
    person_id: str
    phone: str
    shifts: tuple[str, ...]  # their shifts in the window


@dataclass(frozen=True)
class Failed:
    person_id: str
    kind: str  # "change", "reminder", "digest"
    error: str


@dataclass(frozen=True)
class StaleFeed:
    """A calendar link `roster serve` has not been asked for in [digest] feeds_stale_days:
    the person's calendar app stopped updating (or they removed the subscription)."""

    person_id: str
    last: datetime | None  # when it was last asked for; None: never since it was given out
    issued: datetime


@dataclass(frozen=True)
class Digest:
    first: date
    last: date  # inclusive
    short: tuple[ShortShift, ...] = ()
    requests: tuple[Waiting, ...] = ()
    lapses: tuple[Lapse, ...] = ()
    to_phone: tuple[ToPhone, ...] = ()
    # person ids with shifts in the window and no calendar link nor a page they opened
    no_link: tuple[str, ...] = ()
    failed: tuple[Failed, ...] = ()
    stale_feeds: tuple[StaleFeed, ...] = ()
    stale_days: int = 7

    @property
    def empty(self) -> bool:
        return not (
            self.short
            or self.requests
            or self.lapses
            or self.to_phone
            or self.no_link
            or self.failed
            or self.stale_feeds
        )
