"""organisation.toml's [feeds], [mail], [reminders] and [digest]: how people receive their shifts
(planner/delivery.py).

Each bad value is refused with the line and the key (`organisation.toml line 12: [mail] port
'abc' is not a port number (1-65535)`). A password is refused wherever it is written: it is
read from the environment variable that `password_env` names, never from a file.
"""

from __future__ import annotations

import re
from datetime import time, timedelta
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from planner.delivery import (
    DEFAULT_PASSWORD_ENV,
    DEFAULT_PORTS,
    Cancellations,
    ColleaguesShown,
    Exchanges,
    FeedSettings,
    MailSettings,
    Security,
    SelfServiceSettings,
    WatchSettings,
)
from planner.errors import InputError
from planner.io.toml_source import TomlSource
from planner.message import Message, msg

FILE = "organisation.toml"
FEED_KEYS = ("base_url", "past_weeks", "refresh_minutes")
MAIL_KEYS = (
    "host",
    "port",
    "security",
    "sender",
    "username",
    "password_env",
    "reply_to",
    "short_notice_hours",
    "timeout_seconds",
)
SELF_SERVICE_KEYS = (
    "show_colleagues",
    "cancellations",
    "cancel_before_hours",
    "exchanges",
    "offer_deadline_hours",
    "closed_activities",
    "newcomers_exchange",
)
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# An address as mail programs write it: 'name@domain', optionally '<...>' after a name.
_ADDRESS = re.compile(r"^(?:[^<>]*<)?[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>?$")


def read_feeds(source: TomlSource, value: Any) -> FeedSettings:
    table = _table(source, "feeds", value)
    _known(source, "feeds", table, FEED_KEYS)
    base_url = table.get("base_url", "")
    if not isinstance(base_url, str) or (base_url and not _is_web_address(base_url)):
        raise _error(
            source,
            "feeds",
            "base_url",
            msg(
                "base_url {value} is not a web address (e.g. https://rooster.example.be)",
                value=repr(base_url),
            ),
        )
    past_weeks = _whole(source, "feeds", table, "past_weeks", 4, 0, 520)
    refresh = _whole(source, "feeds", table, "refresh_minutes", 30, 1, 7 * 24 * 60)
    return FeedSettings(
        base_url=base_url.rstrip("/"),
        past_weeks=past_weeks,
        refresh=timedelta(minutes=refresh),
    )


def read_self_service(source: TomlSource, value: Any) -> SelfServiceSettings:
    table = _table(source, "self_service", value)
    _known(source, "self_service", table, SELF_SERVICE_KEYS)
    default = SelfServiceSettings()
    colleagues = _choice(
        source, table, "show_colleagues", default.show_colleagues.value, ColleaguesShown
    )
    cancellations = _choice(
        source, table, "cancellations", default.cancellations.value, Cancellations
    )
    hours = _whole(source, "self_service", table, "cancel_before_hours", 48, 0, 24 * 28)
    exchanges = _choice(source, table, "exchanges", default.exchanges.value, Exchanges)
    deadline = _whole(source, "self_service", table, "offer_deadline_hours", 24, 0, 24 * 28)
    closed = table.get("closed_activities", [])
    if not isinstance(closed, list) or not all(isinstance(a, str) for a in closed):
        raise _error(
            source,
            "self_service",
            "closed_activities",
            msg('closed_activities must be a list of activity ids, like ["nachtopvang"]'),
        )
    newcomers = table.get("newcomers_exchange", True)
    if not isinstance(newcomers, bool):
        raise _error(
            source,
            "self_service",
            "newcomers_exchange",
            msg("newcomers_exchange must be true or false"),
        )
    return SelfServiceSettings(
        show_colleagues=ColleaguesShown(colleagues),
        cancellations=Cancellations(cancellations),
        cancel_before=timedelta(hours=hours),
        exchanges=Exchanges(exchanges),
        offer_deadline=timedelta(hours=deadline),
        closed_activities=frozenset(closed),
        newcomers_exchange=newcomers,
    )


def _choice(
    source: TomlSource, table: dict[str, Any], key: str, default: str, kinds: type[StrEnum]
) -> str:
    value = table.get(key, default)
    known = [k.value for k in kinds]
    if value not in known:
        raise _error(
            source,
            "self_service",
            key,
            msg(
                "{key} {value} is none of {known}",
                key=key,
                value=repr(value),
                known=", ".join(known),
            ),
        )
    return str(value)


def read_mail(source: TomlSource, value: Any) -> MailSettings:
    table = _table(source, "mail", value)
    if "password" in table:
        raise _error(
            source,
            "mail",
            "password",
            msg(
                "password: a password is never written in a file; put it in the environment "
                "variable that password_env names (default {env})",
                env=DEFAULT_PASSWORD_ENV,
            ),
        )
    _known(source, "mail", table, MAIL_KEYS)
    host = table.get("host")
    if not isinstance(host, str) or not host.strip() or any(c.isspace() for c in host.strip()):
        raise _error(
            source,
            "mail",
            "host",
            msg("host must be the mail server's name (e.g. smtp.example.be)"),
        )
    sender = table.get("sender")
    if not isinstance(sender, str) or not _ADDRESS.match(sender.strip()):
        raise _error(
            source,
            "mail",
            "sender",
            msg(
                "sender {value} is not an email address (e.g. Sociaal Huis <rooster@example.be>)",
                value=repr(sender),
            ),
        )
    raw_security = table.get("security", Security.STARTTLS.value)
    try:
        security = Security(raw_security)
    except ValueError:
        raise _error(
            source,
            "mail",
            "security",
            msg(
                "security {value} is none of {known}",
                value=repr(raw_security),
                known=", ".join(s.value for s in Security),
            ),
        ) from None
    port = _whole(source, "mail", table, "port", DEFAULT_PORTS[security], 1, 65535)
    username = _text(source, table, "username")
    password_env = table.get("password_env", DEFAULT_PASSWORD_ENV)
    if not isinstance(password_env, str) or not _ENV_NAME.match(password_env):
        raise _error(
            source,
            "mail",
            "password_env",
            msg(
                "password_env {value} is not the name of an environment variable",
                value=repr(password_env),
            ),
        )
    reply_to = _text(source, table, "reply_to")
    if reply_to and not _ADDRESS.match(reply_to):
        raise _error(
            source,
            "mail",
            "reply_to",
            msg("reply_to {value} is not an email address", value=repr(reply_to)),
        )
    hours = _whole(source, "mail", table, "short_notice_hours", 48, 0, 24 * 31)
    timeout = _whole(source, "mail", table, "timeout_seconds", 30, 1, 600)
    return MailSettings(
        host=host.strip(),
        sender=sender.strip(),
        security=security,
        port=port,
        username=username,
        password_env=password_env,
        reply_to=reply_to,
        short_notice=timedelta(hours=hours),
        timeout=timedelta(seconds=timeout),
    )


def _is_web_address(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not parts.query


def _table(source: TomlSource, name: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError(
            FILE,
            source.key_line(name),
            name,
            msg("{name} must be a table: [{name}]", name=name),
        )
    return value


def _known(
    source: TomlSource, table_name: str, table: dict[str, Any], keys: tuple[str, ...]
) -> None:
    for key in table:
        if key not in keys:
            raise _error(
                source,
                table_name,
                key,
                msg("unknown setting '{key}' (known: {known})", key=key, known=", ".join(keys)),
            )


def _whole(
    source: TomlSource,
    table_name: str,
    table: dict[str, Any],
    key: str,
    default: int,
    least: int,
    most: int,
) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= most:
        raise _error(
            source,
            table_name,
            key,
            msg(
                "{key} {value} is not a whole number from {least} to {most}",
                key=key,
                value=repr(value),
                least=least,
                most=most,
            ),
        )
    return value


def _text(source: TomlSource, table: dict[str, Any], key: str) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise _error(source, "mail", key, msg("{key} must be text", key=key))
    return value.strip()


def _error(source: TomlSource, table_name: str, key: str, problem: Message) -> InputError:
    line = source.key_line(key, table=table_name)
    return InputError(
        FILE,
        line,
        f"{table_name}.{key}",
        msg("[{table}] {problem}", table=table_name, problem=problem),
    )


REMINDER_KEYS = ("lead_hours",)
DIGEST_KEYS = ("days", "at", "to", "feeds_stale_days")
_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def read_watch(
    source: TomlSource, reminders: Any, digest: Any, printing: Any = None
) -> WatchSettings:
    """[reminders] lead_hours (24; 0: none), [digest] days (7), at ("07:00"), to (an
    address; none: the digest only on the terminal), feeds_stale_days (7), [print] names ("first" or "full")."""
    default = WatchSettings()
    names = default.wall_names
    if printing is not None:
        table = _table(source, "print", printing)
        _known(source, "print", table, ("names",))
        names = table.get("names", names)
        if names not in ("first", "full"):
            raise _error(
                source,
                "print",
                "names",
                msg("names {value} is neither first nor full", value=repr(names)),
            )
    lead = default.reminder_lead
    if reminders is not None:
        table = _table(source, "reminders", reminders)
        _known(source, "reminders", table, REMINDER_KEYS)
        lead = timedelta(hours=_whole(source, "reminders", table, "lead_hours", 24, 0, 24 * 14))
    if digest is None:
        return WatchSettings(reminder_lead=lead, wall_names=names)
    table = _table(source, "digest", digest)
    _known(source, "digest", table, DIGEST_KEYS)
    days = _whole(source, "digest", table, "days", default.digest_days, 1, 31)
    at = table.get("at", "07:00")
    if not isinstance(at, str) or not _CLOCK.match(at.strip()):
        raise _error(
            source, "digest", "at", msg("at {value} is not a time (HH:MM)", value=repr(at))
        )
    to = table.get("to", "")
    if not isinstance(to, str) or (to.strip() and not _ADDRESS.match(to.strip())):
        raise _error(
            source, "digest", "to", msg("to {value} is not an email address", value=repr(to))
        )
    stale = _whole(source, "digest", table, "feeds_stale_days", default.feed_stale_days, 1, 365)
    return WatchSettings(lead, days, time.fromisoformat(at.strip()), to.strip(), names, stale)
