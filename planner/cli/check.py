"""`roster` commands: check (not written yet)."""

import click


def register(cli: click.Group) -> None:
    pass
