"""How people receive their shifts beyond an exported file: their calendar feed (`roster
serve`) and change notices by email (`roster notify`). Settings from organisation.toml's
[feeds] and [mail] tables; plain values, free of storage and network code.

The SMTP password is never a setting: [mail] names the environment variable that holds it,
so it is in no file and no database (docs/notices.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time, timedelta
from enum import StrEnum

DEFAULT_PASSWORD_ENV = "ROSTER_SMTP_PASSWORD"


class Security(StrEnum):
    """How the connection to the mail server is protected."""

    STARTTLS = "starttls"  # plain connect, then STARTTLS before anything else (port 587)
    SSL = "ssl"  # TLS from the first byte (port 465)
    NONE = "none"  # nothing: only for a relay on the same machine or a test server


DEFAULT_PORTS = {Security.STARTTLS: 587, Security.SSL: 465, Security.NONE: 25}


@dataclass(frozen=True)
class FeedSettings:
    """[feeds]: the address people reach `roster serve` at, and what a feed holds."""

    # The public address of the feed server, as people's phones reach it (behind the reverse
    # proxy with TLS): a person's link is <base_url>/feeds/<token>.ics. Empty: links are
    # printed with the server's own address, which is only good for trying it out.
    base_url: str = ""
    # A feed holds the shifts from this many weeks before the current one onwards.
    past_weeks: int = 4
    # How often calendar clients are asked to look again (Cache-Control, REFRESH-INTERVAL).
    refresh: timedelta = timedelta(minutes=30)


class ColleaguesShown(StrEnum):
    """What a personal page says about the others on a person's shift."""

    NONE = "none"  # nothing: only that they are not alone
    FIRST_NAME = "first_name"  # their first names


class Cancellations(StrEnum):
    """What "I can't come" on a personal page does."""

    REPAIR = "repair"  # recorded at once, and the broken shift repaired as a re-plan does
    APPROVE = "approve"  # a request the coordinator approves or refuses


class Exchanges(StrEnum):
    """When a hand-over or swap a colleague accepts takes effect."""

    AT_ONCE = "at_once"  # at the acceptance, when every hard rule holds
    APPROVE = "approve"  # when the coordinator approves it (the rules checked again then)


@dataclass(frozen=True)
class SelfServiceSettings:
    """[self_service]: what people see and may do on their personal page (docs/self-service.md)."""

    show_colleagues: ColleaguesShown = ColleaguesShown.FIRST_NAME
    cancellations: Cancellations = Cancellations.APPROVE
    # "I can't come" is offered until this long before the shift; later, the page gives the
    # coordinator's phone number instead.
    cancel_before: timedelta = timedelta(hours=48)
    # Hand-overs and swaps (docs/self-service.md): taken at once, or only once the
    # coordinator approves; an offer expires this long before its shift starts; activities
    # closed to them (the night shelter, say); whether newcomers may offer, swap or take.
    exchanges: Exchanges = Exchanges.AT_ONCE
    offer_deadline: timedelta = timedelta(hours=24)
    closed_activities: frozenset[str] = frozenset()
    newcomers_exchange: bool = True


@dataclass(frozen=True)
class MailSettings:
    """[mail]: the mail server change notices go through."""

    host: str
    sender: str  # 'Sociaal Huis Gent <rooster@sociaalhuis.gent>'
    security: Security = Security.STARTTLS
    port: int = 587
    username: str = ""  # empty: the server takes mail without logging in
    password_env: str = DEFAULT_PASSWORD_ENV  # the environment variable with the password
    reply_to: str = ""  # where an answer to a notice goes (the coordinator), if not the sender
    # A changed shift that starts within this time of the notice is marked as short notice.
    short_notice: timedelta = timedelta(hours=48)
    timeout: timedelta = timedelta(seconds=30)  # for each exchange with the server


@dataclass(frozen=True)
class WatchSettings:
    """[reminders] and [digest]: what `roster tick` does by itself (docs/operations.md)."""

    # Each person is reminded this long before each of their published shifts (people.csv
    # `reminder` changes it for one person or turns it off); zero: no reminders at all.
    reminder_lead: timedelta = timedelta(hours=24)
    # The coordinator's digest: shifts of the next `digest_days` days, mailed once a day from
    # `digest_at` (local time) to `digest_to`; without an address it is only on the terminal.
    digest_days: int = 7
    digest_at: time = time(7, 0)
    digest_to: str = ""
    # The roster on the wall (`roster export print`): "first" names only, or "full" names.
    wall_names: str = "first"
    # The digest names people whose calendar link `roster serve` has not been asked for in
    # this many days: their calendar app stopped updating.
    feed_stale_days: int = 7
