"""`roster serve`: the calendar feeds and personal pages (web/app.py under uvicorn;
docs/feeds.md, docs/self-service.md)."""

from __future__ import annotations

import os
import socket

import click

from cli.context import AppContext, pass_app
from planner.errors import PlannerError
from planner.i18n.language import _, ngettext
from planner.message import msg


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Server processes (one per core is plenty).",
)
@click.option(
    "--tick",
    "tick_minutes",
    type=click.IntRange(1, 60),
    default=None,
    metavar="MINUTES",
    help="Also run `roster tick` every MINUTES minutes in this process (docs/operations.md).",
)
@pass_app
def serve(app: AppContext, host: str, port: int, workers: int, tick_minutes: int | None) -> None:
    """Serve each person's published shifts at their secret link, /feeds/TOKEN.ics, and
    their personal page at /p/TOKEN, until stopped (ctrl+c, or SIGTERM from a service manager: requests under way are finished).

    Listens on 127.0.0.1 unless told otherwise: put a reverse proxy with TLS in front of it
    (docs/feeds.md). Links are given out with `roster feed issue` and `roster page issue`.
    """
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from web.app import DATABASE_ENV

    app.service.organisation()  # no organisation: one line of error now, not at each request
    sock = _listen(host, port)
    bound = sock.getsockname()[1]
    os.environ[DATABASE_ENV] = app.db_url  # for the app factory in each worker
    config = uvicorn.Config(
        "web.app:from_environment",
        factory=True,
        workers=workers,
        # The path holds the secret token: no access log (a proxy in front should not log it
        # either, docs/feeds.md), no banner telling what runs here.
        access_log=False,
        server_header=False,
        log_level="warning",
        lifespan="on",  # the app writes what it still holds when it stops
    )
    shown = f"[{host}]" if ":" in host else host
    click.echo(
        _(
            "serving calendar feeds at http://{address}:{port}/feeds/<token>.ics (ctrl+c stops)",
            address=shown,
            port=bound,
        ),
        err=True,
    )
    click.echo(
        _(
            "and personal pages at http://{address}:{port}/p/<token>",
            address=shown,
            port=bound,
        ),
        err=True,
    )
    if tick_minutes is not None:
        _start_ticking(app, tick_minutes)
    if workers > 1:
        Multiprocess(config, sockets=[sock]).run()
    else:
        uvicorn.Server(config).run(sockets=[sock])


def _listen(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so that a busy port or a bad address is one line of
    error before anything starts."""
    try:
        family, kind, proto, _name, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        # Listening at once: a client that connects before the server runs waits in the
        # backlog instead of being refused.
        sock.listen(2048)
    except OSError as exc:
        raise PlannerError(
            msg(
                "cannot listen on {host} port {port}: {reason}",
                host=host,
                port=port,
                reason=exc.strerror or str(exc),
            )
        ) from None
    sock.set_inheritable(True)
    return sock


def register(cli: click.Group) -> None:
    cli.add_command(serve)


def _start_ticking(app: AppContext, minutes: int) -> None:
    """`roster tick` every few minutes in a thread of this process; it ends with the server."""
    import threading
    from datetime import timedelta

    from planner.service.tick import keep_ticking

    def report(exc: Exception) -> None:
        from planner.i18n.errors import error_text

        text = error_text(exc, None) if isinstance(exc, PlannerError) else repr(exc)
        click.echo(_("tick: {error}", error=text), err=True)

    service = app.service
    worker = threading.Thread(
        target=keep_ticking,
        args=(service.repo, service.now, timedelta(minutes=minutes), threading.Event(), report),
        name="roster-tick",
        daemon=True,
    )
    worker.start()
    click.echo(
        ngettext("and roster tick every minute", "and roster tick every {n} minutes", minutes),
        err=True,
    )
