"""A yes-or-no question on the terminal, answered in the reader's language: `j` or `ja` in
Dutch, and `y` or `yes` in every language. (Click's own question knows English answers only:
it told a Dutch `j` "Error: invalid input".)"""

from __future__ import annotations

import click

from planner.i18n.language import _, pgettext


def _answers(words: str) -> list[str]:
    return [word.strip().lower() for word in words.split(",") if word.strip()]


def confirm(
    question: str, *, default: bool = False, err: bool = False, abort: bool = False
) -> bool:
    """Ask until the answer is yes, no or nothing (the default). Ctrl-C or the end of input
    -> click.Abort, as with Click's question; with `abort`, a no too."""
    yes = _answers(pgettext("answers meaning yes, separated by commas", "y, yes"))
    no = _answers(pgettext("answers meaning no, separated by commas", "n, no"))
    if default:
        choices = pgettext("yes or no, the default in capitals", "Y/n")
    else:
        choices = pgettext("yes or no, the default in capitals", "y/N")
    while True:
        answer = (
            click.prompt(f"{question} [{choices}]", default="", show_default=False, err=err)
            .strip()
            .lower()
        )
        if not answer:
            agreed = default
            break
        if answer in {*yes, "y", "yes"} or answer in {*no, "n", "no"}:
            agreed = answer in {*yes, "y", "yes"}
            break
        click.echo(_("Answer {yes} or {no}.", yes=yes[0], no=no[0]), err=err)
    if abort and not agreed:
        raise click.Abort()
    return agreed
