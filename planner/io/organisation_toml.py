"""organisation.toml: name, timezone, holidays, coordinator contact, rule settings."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

from planner.domain import Organisation
from planner.errors import InputError
from planner.io import fields
from planner.io.fields import FieldError
from planner.io.toml_source import TomlSource, read_toml
from planner.settings import settings_from_toml

FILE = "organisation.toml"
KEYS = ("name", "timezone", "holidays", "extra_closures", "coordinator", "rules")


def read_organisation(path: Path) -> Organisation:
    """The organisation without activities and people; the first error is raised."""
    source = read_toml(path)
    data = source.data
    for key in data:
        if key not in KEYS:
            raise _error(source, key, f"unknown setting '{key}' (known: {', '.join(KEYS)})")
    name = data.get("name")
    if name is None:
        raise InputError(FILE, None, "name", "name is missing: the organisation's name")
    if not isinstance(name, str) or not name.strip():
        raise _error(source, "name", "name must be the organisation's name, as text")
    timezone = data.get("timezone", "Europe/Brussels")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise _error(
            source, "timezone", f"timezone '{timezone}' is not a time zone (e.g. Europe/Brussels)"
        ) from None
    country = data.get("holidays", "BE")
    try:
        holidays.country_holidays(country)
    except (NotImplementedError, KeyError, AttributeError, TypeError):
        raise _error(
            source, "holidays", f"holidays '{country}' is not a country code (e.g. BE)"
        ) from None
    closures = data.get("extra_closures", [])
    if not isinstance(closures, list):
        raise _error(source, "extra_closures", "extra_closures must be a list of dates")
    try:
        extra_closures = tuple(fields.calendar_date("extra_closures", d) for d in closures)
    except FieldError as exc:
        raise _error(source, "extra_closures", exc.message) from None
    coordinator = data.get("coordinator", "")
    if not isinstance(coordinator, str):
        raise _error(source, "coordinator", "coordinator must be text")
    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        raise _error(source, "rules", "rules must be tables: [rules.hard] and [rules.weights]")
    try:
        settings_from_toml(rules)
    except InputError as exc:
        line = source.table_line(exc.field) if exc.field else None
        raise InputError(FILE, line, exc.field, exc.message) from None
    return Organisation(
        name=name.strip(),
        timezone=timezone,
        holiday_country=country,
        extra_closures=extra_closures,
        coordinator=coordinator,
        rules=rules,
    )


def _error(source: TomlSource, key: str, message: str) -> InputError:
    return InputError(FILE, source.key_line(key), key, message)
