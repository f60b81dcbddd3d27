"""`roster` commands: tui (not written yet)."""

import click


def register(cli: click.Group) -> None:
    pass
