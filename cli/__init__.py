"""The `roster` command. Each command group lives in its own module and registers itself."""

from __future__ import annotations

import atexit
import contextvars
import logging
import os
import sys
import threading
from typing import NoReturn

import click

from cli import clock  # first of the package's imports: the clock of --time-limit
from cli.click_language import install as install_click_language
from cli.click_language import translate_help
from cli.context import AppContext
from planner.domain import DEFAULT_LANGUAGE
from planner.errors import (
    Busy,
    ChangedMeanwhile,
    DatabaseUnusable,
    FileProblem,
    PastPeriod,
    PlannerError,
    Stopped,
)
from planner.i18n.errors import error_text
from planner.i18n.language import ENVIRONMENT, _, code_of, languages, set_language
from planner.reasons import ExchangeRefused, Refused
from planner.service.offers import OfferGone
from planner.storage.engine import default_url
from planner.storage.peek import organisation_language

# The context of the command being run: an error is worded with its organisation's names.
_app: AppContext | None = None

# Errors a script may want to tell apart: redo it after looking again, or simply try again.
EXIT_REFUSED = 1  # refused on purpose: weeks that have passed, a hand-over or edit the rules refuse
EXIT_CONFLICT = 3
EXIT_BUSY = 4
EXIT_FILE = 5  # a file or folder could not be read or written (the disk, permissions)
EXIT_DATABASE = 6  # the database cannot be used (not one, another program's, a newer schema)
EXIT_INTERNAL = 70  # a bug in the planner: the details are in the log file the message names
EXIT_INTERRUPTED = 130
EXIT_CODES: dict[type, int] = {
    ExchangeRefused: EXIT_REFUSED,
    OfferGone: EXIT_REFUSED,
    Refused: EXIT_REFUSED,
    PastPeriod: EXIT_REFUSED,
    ChangedMeanwhile: EXIT_CONFLICT,
    Busy: EXIT_BUSY,
    FileProblem: EXIT_FILE,
    DatabaseUnusable: EXIT_DATABASE,
    Stopped: EXIT_INTERRUPTED,
}

# Each module has `register(cli: click.Group) -> None`.
COMMAND_MODULES = (
    "load",
    "absence",
    "export",
    "export_ics",
    "export_print",
    "plan",
    "generate",
    "report",
    "tui",
    "check",
    "db",
    "log",
    "person",
    "prune",
    "correct",
    "edit",
    "feed",
    "page",
    "requests",
    "serve",
    "notify",
    "tick",
    "digest",
    "exchange",
    "offers",
)


install_click_language()


def _speak(code: str) -> None:
    """Word the run, Click's usage errors and the help texts included, in `code`."""
    set_language(code)
    translate_help(cli)


def _lang_chosen(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    # Eager, so that `roster --lang en --help` is already in English.
    if value is not None:
        _speak(value)
    return value


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_url",
    metavar="URL",
    default=None,
    help="Database URL (default: $ROSTER_DATABASE_URL, else a SQLite file in your data directory).",
)
@click.option(
    "--lang",
    type=click.Choice(languages()),
    default=None,
    is_eager=True,
    callback=_lang_chosen,
    help="Language of what this run says (default: $ROSTER_LANG, else the organisation's).",
)
@click.option(
    "--as",
    "actor",
    metavar="NAME",
    default=None,
    help="Your name as coordinator, recorded with every change you make "
    "(default: $ROSTER_COORDINATOR, else your login name).",
)
@click.pass_context
def cli(ctx: click.Context, db_url: str | None, lang: str | None, actor: str | None) -> None:
    """Roster planner for social-work services: plan shifts with professionals and volunteers.

    \b
    Exit codes: 0 done; 1 `roster check` found violations, the rules refused a hand-over,
    swap or edit by hand (nothing changed), `roster publish` refused a draft that breaks a
    hard rule (nothing published), or `roster plan` was asked to plan weeks that have wholly
    started (record what happened with `roster correct`); 2 an error (bad input, missing
    data); 3 another coordinator changed what you worked on meanwhile: nothing was saved,
    look again and redo it; 4 the database stayed busy with another coordinator's change:
    nothing was saved, try again; 5 a file or folder could not be read or written; 6 the
    database cannot be used (not a database, another program's, a newer release's); 7
    `roster check` found nothing to repair, but incidents happened on shifts that have
    started (history); 70 a bug in the planner (the message names the log file with the
    details)."""
    global _app
    ctx.obj = _app = AppContext(db_url, lang, actor)


def _register_all() -> None:
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(f"cli.{name}").register(cli)


_register_all()


def main(argv: list[str] | None = None) -> None:
    """Entry point: user-facing errors become one line on stderr and exit code 2. The run
    chooses its language in a context of its own, so nothing of it outlives the run. Without
    `argv` this is the `roster` process itself, whose clock started at its imports."""
    clock.start(new_process=argv is None)
    if argv is not None:
        contextvars.copy_context().run(_main, argv)
        return
    try:
        contextvars.copy_context().run(_main, argv)
    except SystemExit as exc:
        _leave(exc.code)
    _leave(0)


def _leave(code: object) -> NoReturn:
    """End the `roster` process without Python's own tear-down: freeing every object of a
    plan (the model, the solver's copies) took 1.6-1.8 s after the last line on 2 busy cores,
    which `plan --time-limit` would overrun by (BENCHMARKS.md). What the tear-down would do
    that matters still happens: threads that are not daemons are waited for, exit handlers
    run, the output is flushed. Every write to the database was committed before this."""
    if code is not None and not isinstance(code, int):
        sys.stderr.write(f"{code}\n")
        code = 1
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`roster ... | head`): nothing to add
            pass
    os._exit(code or 0)


def _main(argv: list[str] | None) -> None:
    global _app
    _app = None
    # Click's own words come before any database is opened: the language of the run, else
    # the organisation's as a read-only look finds it, else the default. (An unknown
    # ROSTER_LANG is refused by the command's context, in English.)
    _speak(_language_before_parsing(argv))
    try:
        cli.main(args=argv, prog_name="roster", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo(_("aborted"), err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except PlannerError as exc:
        words = _app.words() if _app is not None else None
        click.echo(_("error: {message}", message=error_text(exc, words)), err=True)
        sys.exit(_exit_code(exc))
    except KeyboardInterrupt:
        click.echo(_("interrupted"), err=True)
        sys.exit(130)
    except OSError as exc:
        # A file named in the command that the operating system refused, reached past the
        # places that word it themselves.
        if os.environ.get("ROSTER_DEBUG"):
            raise
        problem = FileProblem.of(exc.filename or "?", exc, writing=False)
        click.echo(_("error: {message}", message=error_text(problem, None)), err=True)
        sys.exit(EXIT_FILE)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        if os.environ.get("ROSTER_DEBUG"):
            raise
        log = write_crash_log(exc, argv)
        click.echo(
            _(
                "internal error (a bug in the planner, not in what you typed): {kind}: {error}; "
                "the details are in {log}",
                kind=type(exc).__name__,
                error=str(exc).strip().splitlines()[0] if str(exc).strip() else "",
                log=log,
            ),
            err=True,
        )
        sys.exit(EXIT_INTERNAL)


def _language_before_parsing(argv: list[str] | None) -> str:
    """The language of `--help` and of Click's usage errors: ROSTER_LANG, else the
    organisation's (`--db`, else the default database, looked at read-only: asking for help
    neither makes nor upgrades a database), else Dutch. `--lang` overrides it as it is parsed."""
    chosen = code_of(os.environ.get(ENVIRONMENT, ""))
    if chosen:
        return chosen
    args = sys.argv[1:] if argv is None else list(argv)
    if any(a == "--lang" or a.startswith("--lang=") for a in args):
        return DEFAULT_LANGUAGE  # --lang speaks as soon as it is parsed
    try:
        url = _db_option(args) or default_url(make_folder=False)
        found = organisation_language(url)
    except Exception:  # noqa: BLE001 - only a look: whatever fails, the default speaks
        found = None
    return code_of(found or "") or DEFAULT_LANGUAGE


def _db_option(args: list[str]) -> str | None:
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--db" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--db="):
            return arg.removeprefix("--db=")
    return None


def _exit_code(exc: PlannerError) -> int:
    for kind, code in EXIT_CODES.items():
        if isinstance(exc, kind):
            return code
    return 2


def write_crash_log(exc: BaseException, argv: list[str] | None) -> str:
    """Append the traceback to the planner's log file and return its path (or say where it
    could not be written: the message must never fail in turn)."""
    import traceback
    from datetime import datetime
    from pathlib import Path

    from platformdirs import user_log_dir

    folder = Path(os.environ.get("ROSTER_LOG_DIR") or user_log_dir("roster-planner", False))
    path = folder / "errors.log"
    args = sys.argv[1:] if argv is None else argv
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S} roster {' '.join(args)}\n")
            log.write("".join(traceback.format_exception(exc)))
    except OSError:
        return _(
            "(no log: {folder} cannot be written; run again with ROSTER_DEBUG=1)", folder=folder
        )
    return str(path)
