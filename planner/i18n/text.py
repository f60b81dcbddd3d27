"""Text as data (planner/message.py) worded in the current language: the message from the
catalogue, its values the way the language writes them (dates, numbers, lists, messages)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from babel.numbers import format_decimal

from planner.i18n.format import day_year, list_text, short_datetime
from planner.i18n.language import current
from planner.message import Lines, Message


def render(message: Message) -> str:
    """'people.csv regel 14: kind 'wizard' is geen professional of volunteer'."""
    return message.format(_template, _value)


def _template(message: Message) -> str:
    translations = current().translations
    if message.plural is None:
        return translations.gettext(message.text)
    return translations.ngettext(message.text, message.plural, message.n)


def _value(value: Any) -> str:
    if isinstance(value, Message):
        return render(value)
    if isinstance(value, Lines):
        return "\n".join(f"  {render(item)}" for item in value.items)
    if isinstance(value, datetime):
        return short_datetime(value)
    if isinstance(value, date):
        return day_year(value)
    if isinstance(value, float):
        # Numbers in messages are settings and limits: 7.5 reads '7,5', 20.0 reads '20'.
        return format_decimal(value, "#,##0.###", locale=current().locale)
    if isinstance(value, tuple | list):
        return list_text(_value(v) for v in value)
    return "" if value is None else str(value)
