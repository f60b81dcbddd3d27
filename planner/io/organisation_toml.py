"""organisation.toml: name, timezone, holidays, coordinator contact, language, rule settings,
and how people receive their shifts ([feeds], [mail]: planner/io/delivery_toml.py)."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

from planner.delivery import FeedSettings, SelfServiceSettings
from planner.domain import DEFAULT_LANGUAGE, Organisation
from planner.errors import InputError
from planner.i18n.language import code_of, languages
from planner.io import fields
from planner.io.delivery_toml import read_feeds, read_mail, read_self_service, read_watch
from planner.io.fields import FieldError
from planner.io.toml_source import TomlSource, read_toml
from planner.message import Message, msg
from planner.settings import settings_from_toml

FILE = "organisation.toml"
KEYS = (
    "name",
    "timezone",
    "holidays",
    "extra_closures",
    "coordinator",
    "language",
    "rules",
    "feeds",
    "mail",
    "reminders",
    "digest",
    "print",
    "self_service",
)


def read_organisation(path: Path) -> Organisation:
    """The organisation without activities and people; the first error is raised."""
    source = read_toml(path)
    data = source.data
    for key in data:
        if key not in KEYS:
            raise _error(
                source,
                key,
                msg("unknown setting '{key}' (known: {known})", key=key, known=", ".join(KEYS)),
            )
    name = data.get("name")
    if name is None:
        raise InputError(FILE, None, "name", msg("name is missing: the organisation's name"))
    if not isinstance(name, str) or not name.strip():
        raise _error(source, "name", msg("name must be the organisation's name, as text"))
    timezone = data.get("timezone", "Europe/Brussels")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise _error(
            source,
            "timezone",
            msg("timezone '{zone}' is not a time zone (e.g. Europe/Brussels)", zone=timezone),
        ) from None
    country = data.get("holidays", "BE")
    try:
        holidays.country_holidays(country)
    except (NotImplementedError, KeyError, AttributeError, TypeError):
        raise _error(
            source,
            "holidays",
            msg("holidays '{country}' is not a country code (e.g. BE)", country=country),
        ) from None
    closures = data.get("extra_closures", [])
    if not isinstance(closures, list):
        raise _error(source, "extra_closures", msg("extra_closures must be a list of dates"))
    try:
        extra_closures = tuple(fields.calendar_date("extra_closures", d) for d in closures)
    except FieldError as exc:
        raise _error(source, "extra_closures", exc.message) from None
    coordinator = data.get("coordinator", "")
    if not isinstance(coordinator, str):
        raise _error(source, "coordinator", msg("coordinator must be text"))
    language = _language(source, data.get("language", DEFAULT_LANGUAGE))
    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        raise _error(source, "rules", msg("rules must be tables: [rules.hard] and [rules.weights]"))
    try:
        settings_from_toml(rules)
    except InputError as exc:
        raise InputError(FILE, _rules_line(source, exc.field), exc.field, exc.problem) from None
    feeds = read_feeds(source, data["feeds"]) if "feeds" in data else FeedSettings()
    mail = read_mail(source, data["mail"]) if "mail" in data else None
    self_service = (
        read_self_service(source, data["self_service"])
        if "self_service" in data
        else SelfServiceSettings()
    )
    return Organisation(
        name=name.strip(),
        timezone=timezone,
        holiday_country=country,
        extra_closures=extra_closures,
        coordinator=coordinator,
        language=language,
        rules=rules,
        feeds=feeds,
        mail=mail,
        watch=read_watch(source, data.get("reminders"), data.get("digest"), data.get("print")),
        self_service=self_service,
    )


def _language(source: TomlSource, value: object) -> str:
    """The code of a language with a catalogue: the coordinator's app needs every sentence."""
    code = code_of(value) if isinstance(value, str) else None
    if code is None:
        raise _error(
            source,
            "language",
            msg(
                "language {value} is not a language with a catalogue (known: {known})",
                value=repr(value),
                known=", ".join(languages()),
            ),
        )
    return code


def _rules_line(source: TomlSource, field: str | None) -> int | None:
    """The line of a setting ('rules.hard.min_rest_hours'), else of its table."""
    if not field:
        return None
    table, _, key = field.rpartition(".")
    if table.startswith("rules.") and key:
        return source.key_line(key, table=table) or source.table_line(table)
    return source.table_line(field) or source.key_line("rules")


def _error(source: TomlSource, key: str, message: Message) -> InputError:
    return InputError(FILE, source.key_line(key), key, message)
