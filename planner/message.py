"""Text as data: what a sentence says, as its English text with the values that fill it.

The layers below the edge (files, storage, the solver, the service) say what went wrong this
way, never as a finished sentence: `msg("unknown person '{person}'", person=pid)`. The English
text is the message id of the catalogues; planner/i18n (render) words the message in the
reader's language, with dates and numbers the way that language writes them. str() gives the
English, for logs and for tests that do not choose a language.

The catalogues' extraction (docs/i18n.md) finds msg("...") and nmsg("one", "many", n) as it
finds gettext's _() and ngettext().
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class Message:
    """`text`: the English text with {name} fields; `plural`: its plural form, chosen by `n`
    (n is also a value). `values` fill the fields: text, numbers, dates, date-times, lists
    and other messages (worded in turn)."""

    text: str
    values: tuple[tuple[str, Any], ...] = ()
    plural: str | None = None
    n: int = 0

    def get(self, key: str, default: Any = None) -> Any:
        return dict(self.values).get(key, default)

    def format(self, template: Callable[[Message], str], value: Callable[[Any], str]) -> str:
        """The text `template` gives for this message, its fields filled by `value`."""
        return template(self).format(**{name: value(v) for name, v in self.values})

    def __str__(self) -> str:
        return self.format(english, english_value)


@dataclass(frozen=True)
class Lines:
    """Messages shown one under another, each on its own indented line (every problem of a
    folder)."""

    items: tuple[Message, ...]


def msg(text: str, /, **values: Any) -> Message:
    return Message(text, tuple(values.items()))


def nmsg(one: str, many: str, n: int, /, **values: Any) -> Message:
    """A message with a plural form: the catalogue chooses by `n`, which fills {n}."""
    return Message(one, tuple({"n": n, **values}.items()), many, n)


def english(message: Message) -> str:
    if message.plural is not None and message.n != 1:
        return message.plural
    return message.text


def english_value(value: Any) -> str:
    if isinstance(value, Message):
        return str(value)
    if isinstance(value, Lines):
        return "\n".join(f"  {item}" for item in value.items)
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple | list):
        return ", ".join(english_value(v) for v in value)
    return "" if value is None else str(value)
