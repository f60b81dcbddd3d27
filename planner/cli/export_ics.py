"""`roster` commands: export_ics (not written yet)."""

import click


def register(cli: click.Group) -> None:
    pass
