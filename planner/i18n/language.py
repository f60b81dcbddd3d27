"""Which language now, and its catalogue: every sentence a person reads goes through here.

A language is a catalogue, planner/i18n/locale/<locale>/LC_MESSAGES/roster.po, and nothing
else: its directory's locale (nl_BE) is also the CLDR locale that dates and numbers follow
(planner/i18n/format.py). It is known by the part before the '_' (nl), as organisation.toml,
people.csv, `--lang` and ROSTER_LANG name it. The English text in the code is the message id;
a message a catalogue does not translate reads as that English. docs/i18n.md says how to add
a language.

The current language is context-local (contextvars): the CLI sets it for its run, the app for
its screens, and a calendar for each person is made inside `use_language(person's)`. The .po
file is read with Babel at first use and kept: there is no compiled file to forget.
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from planner.domain import DEFAULT_LANGUAGE
from planner.errors import PlannerError
from planner.message import msg

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "roster"
ENVIRONMENT = "ROSTER_LANG"  # overrides the organisation's language for one run


@dataclass(frozen=True)
class Language:
    code: str  # "nl"
    locale: Locale  # nl_BE: CLDR's dates and numbers
    translations: gettext.NullTranslations


@cache
def locales() -> dict[str, str]:
    """Language code -> locale of its catalogue: {'en': 'en_BE', 'fr': 'fr_BE', 'nl': 'nl_BE'}."""
    found = {}
    for po in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        name = po.parent.parent.name
        found[name.split("_")[0].lower()] = name
    return found


def languages() -> tuple[str, ...]:
    """The language codes with a catalogue, sorted."""
    return tuple(sorted(locales()))


def code_of(setting: str) -> str | None:
    """The code of a language setting ('nl', 'NL', 'nl_BE', 'nl-BE'), or None when the
    setting names no language that has a catalogue."""
    code = setting.strip().replace("-", "_").split("_")[0].lower()
    return code if code in locales() else None


def language_code(setting: str, source: str) -> str:
    """The code of `setting`; a PlannerError naming `source` (e.g. '--lang') when there is no
    catalogue for it."""
    code = code_of(setting)
    if code is None:
        raise PlannerError(
            msg(
                "{source}: '{setting}' is not a language with a catalogue ({known})",
                source=source,
                setting=setting,
                known=", ".join(languages()),
            )
        )
    return code


@cache
def load(code: str) -> Language:
    """The language with its catalogue, read once. Fuzzy and empty entries read as English."""
    name = locales()[code]
    with open(LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.po", "rb") as handle:
        catalog = read_po(handle, locale=name)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Language(code, Locale.parse(name), gettext.GNUTranslations(compiled))


_current: ContextVar[Language | None] = ContextVar("roster_language", default=None)


def current() -> Language:
    """The language of what is being worded now; the default language when none was chosen."""
    return _current.get() or load(DEFAULT_LANGUAGE)


@contextmanager
def use_language(code: str) -> Iterator[Language]:
    """Word everything inside in this language (a code from `languages()`)."""
    language = load(code)
    token = _current.set(language)
    try:
        yield language
    finally:
        _current.reset(token)


def reader_language(own: str | None, organisation: str) -> str:
    """The language to word what one person receives in: their own where it has a catalogue,
    else their organisation's."""
    return own if own in locales() else organisation


def set_language(code: str) -> None:
    """Word everything from now on, in this context, in this language: for a whole run of
    the CLI, which runs in a context of its own."""
    _current.set(load(code))


# -- the gettext functions: the English text is the message id ---------------------------------


def _(text: str, /, **values: object) -> str:
    """`_("published on {when}", when=...)`: the text in the current language, filled."""
    translated = current().translations.gettext(text)
    return translated.format(**values) if values else translated


def ngettext(one: str, many: str, n: int, /, **values: object) -> str:
    """The form for `n` of the current language (which has as many as its catalogue says);
    {n} is filled with n."""
    translated = current().translations.ngettext(one, many, n)
    return translated.format(n=n, **values)


def pgettext(context: str, text: str, /, **values: object) -> str:
    """A text that reads differently in another context ('Week' the screen, 'week' the unit)."""
    translated = current().translations.pgettext(context, text)
    return translated.format(**values) if values else translated


def N_(text: str) -> str:  # noqa: N802 - the name gettext's tools look for
    """Marks a text to translate later, where it is used (a table of labels, a binding)."""
    return text
