"""`roster` commands: export (not written yet)."""

import click


def register(cli: click.Group) -> None:
    pass
