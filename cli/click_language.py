"""Click's own sentences (usage, `--help`'s headings, the usage errors) and the help texts of
our commands, in the run's language.

Click words its messages with gettext's module-level `_` and `ngettext`, imported into each of
its modules; `install()` puts the run's catalogue in their place, so `Error: Missing option
'--from'.` reads `Fout: Optie '--from' ontbreekt.` in Dutch. Click's English is the message id,
as ours is: the ones a user of `roster` can meet are listed below for the catalogues.

The help texts (each command's docstring, each option's `help=`) are message ids too: the
extraction method `extract` (planner/i18n/babel.cfg) finds them in the sources, and
`translate_help` words them for the run before Click prints them.
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Iterator
from typing import Any

import click
import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.termui
import click.types
from babel.messages.extract import extract_python

from planner.i18n.language import N_, current

_CLICK_MODULES = (
    click.core,
    click.decorators,
    click.exceptions,
    click.formatting,
    click.parser,
    click.termui,
    click.types,
)
# Click's singular messages a user of `roster` meets, by Click's English (its message ids).
CLICK_MESSAGES = (
    N_("Usage:"),
    N_("Options"),
    N_("Commands"),
    N_("Show this message and exit."),
    N_("Error: {message}"),
    N_("Try '{command} {option}' for help."),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Invalid value: {message}"),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("Missing command."),
    N_("No such option {name!r}."),
    N_("No such command {name!r}."),
    N_("Option {name!r} does not take a value."),
    N_("{value} is not in the range {range}."),
    N_("{value!r} is not a valid {number_type}."),
    N_("{name} {filename!r} does not exist."),
    N_("{name} {filename!r} is a file."),
    N_("{name} {filename!r} is a directory."),
    N_("{name} {filename!r} is not readable."),
    N_("{name} {filename!r} is not writable."),
    N_("file"),
    N_("directory"),
    N_("path"),
    N_("default: {default}"),
    N_("required"),
    N_("Aborted!"),
    N_("Error: invalid input"),
)


def click_plural(one: str, many: str) -> tuple[str, str]:
    """Marks one of Click's plural messages for the catalogues (`extract` reads it)."""
    return one, many


CLICK_PLURALS = (
    click_plural(
        "Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"
    ),
    click_plural("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    click_plural(
        "Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."
    ),
    click_plural("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
)


def _click_gettext(message: str) -> str:
    # Click fills the fields itself (str.format): translate only.
    return current().translations.gettext(message)


def _click_ngettext(one: str, many: str, n: int) -> str:
    return current().translations.ngettext(one, many, n)


def install() -> None:
    """Click words its messages through the current language's catalogue from now on."""
    for module in _CLICK_MODULES:
        if hasattr(module, "_"):
            module._ = _click_gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = _click_ngettext  # type: ignore[attr-defined]


# -- our help texts --------------------------------------------------------------------------

# The English each help text was written in, kept the first time it is translated: a process
# may run the command in one language after another (the tests do).
_ENGLISH = "_roster_english_help"


def _translated(thing: Any, attribute: str) -> None:
    english = getattr(thing, _ENGLISH + attribute, None)
    if english is None:
        english = getattr(thing, attribute, None)
        if not english:
            return
        english = inspect.cleandoc(english)
        setattr(thing, _ENGLISH + attribute, english)
    setattr(thing, attribute, current().translations.gettext(english))


def _commands(command: click.Command) -> Iterator[click.Command]:
    yield command
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            yield from _commands(sub)


def translate_help(root: click.Command) -> None:
    """Word the help texts of `root` and everything under it in the current language."""
    for command in _commands(root):
        _translated(command, "help")
        _translated(command, "short_help")
        for param in command.params:
            _translated(param, "help")
        # Click makes a command's --help option once, in the language of that moment: let
        # it make the option again, in this one.
        if getattr(command, "_help_option", None) is not None:
            command._help_option = None


# -- the extraction of help texts (planner/i18n/babel.cfg) ---------------------------------------

_CLICK_DECORATORS = {"command", "group"}
_HELP_TAKERS = {"option", "argument", "command", "group", "Option", "Argument"}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


def extract(fileobj, keywords, comment_tags, options) -> Iterator[tuple]:
    """Babel's Python extraction, plus what Click shows as help: the docstring of a function
    decorated as a command or group, the `help=` and `short_help=` texts of options and
    commands, and Click's plural messages marked with `click_plural`."""
    yield from extract_python(fileobj, keywords, comment_tags, options)
    fileobj.seek(0)
    source = fileobj.read().decode(options.get("encoding", "utf-8"))
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef):
            decorators = {_name(d.func) for d in node.decorator_list if isinstance(d, ast.Call)}
            doc = ast.get_docstring(node)
            if doc and decorators & _CLICK_DECORATORS:
                yield node.lineno, None, doc, []
        elif isinstance(node, ast.Call):
            name = _name(node.func)
            if name == "click_plural" and len(node.args) == 2:
                one, many = (a.value for a in node.args if isinstance(a, ast.Constant))
                yield node.lineno, "ngettext", (one, many), []
            elif name in _HELP_TAKERS:
                for keyword in node.keywords:
                    value = keyword.value
                    if (
                        keyword.arg in ("help", "short_help")
                        and isinstance(value, ast.Constant)
                        and isinstance(value.value, str)
                    ):
                        yield node.lineno, None, inspect.cleandoc(value.value), []
