"""The server of `roster serve`: calendar feeds at `/feeds/<token>.ics` (docs/feeds.md) and
personal pages at `/p/<token>` (web/pages.py, docs/self-service.md), and nothing else.

A Starlette app, run by uvicorn (`roster serve`). Every miss (another path, another method,
a malformed, unknown or revoked token, a person who is gone) gets the same plain 404, so
nobody can learn whether a person or a link exists. No directory listing, no debug page, no
server banner; errors are a plain 500 without details.

The feed is read from the database at each request (Service.feed, which writes nothing). Its
ETag comes from what the body is made of and Last-Modified from the latest publication, so a
client that asks again with If-None-Match or If-Modified-Since gets a 304 without the body
being made.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from planner.service import Service
from planner.service.feeds import FeedVersion
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from web.pages import page_routes
from web.security import RateLimits, SecurityHeaders

DATABASE_ENV = "ROSTER_SERVE_DATABASE_URL"  # how `roster serve` hands each worker its database
CALENDAR = "text/calendar; charset=utf-8"


def not_found() -> Response:
    """The one answer to every miss: the same status, body and headers."""
    return PlainTextResponse("Not Found", status_code=404, headers={"Cache-Control": "no-store"})


def make_app(service: Service, limits: RateLimits | None = None) -> Starlette:
    def feed(request: Request) -> Response:
        # A plain (sync) endpoint: Starlette runs it in its thread pool, so the database
        # reads do not hold up the event loop.
        name: str = request.path_params["name"]
        if not name.endswith(".ics"):
            return not_found()
        version = service.feed(name.removesuffix(".ics"))
        if version is None:
            return not_found()
        headers = _validators(version)
        # The calendar app still asks: recorded after the answer, at most hourly (the digest
        # names links that stopped being asked for).
        used = BackgroundTask(service.feed_fetched, name.removesuffix(".ics"))
        if _not_modified(request, version):
            return Response(status_code=304, headers=headers, background=used)
        return Response(version.body(), media_type=CALENDAR, headers=headers, background=used)

    async def miss(_request: Request, _exc: Exception) -> Response:
        return not_found()

    async def failed(_request: Request, _exc: Exception) -> Response:
        return PlainTextResponse("Internal Server Error", status_code=500)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        # When links were last used is written a moment later, several in one write: a
        # server that stops writes what it still holds.
        service.link_use.flush()

    app = Starlette(
        debug=False,
        routes=[
            Route("/feeds/{name}", feed, methods=["GET", "HEAD"]),
            *page_routes(service, not_found, limits or RateLimits()),
        ],
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={HTTPException: miss, 404: miss, 405: miss, 500: failed},
        lifespan=lifespan,
    )
    app.router.redirect_slashes = False  # '/feeds/x.ics/' is a miss, not a redirect to a hit
    return app


def from_environment() -> Starlette:
    """The app factory uvicorn calls in each worker process (`roster serve --workers N`)."""
    return make_app(Service(Repository(make_engine(os.environ[DATABASE_ENV]))))


def _validators(version: FeedVersion) -> dict[str, str]:
    seconds = int(version.refresh.total_seconds())
    headers = {
        "ETag": version.etag,
        # private: a person's shifts are for them, not for a shared cache on the way.
        "Cache-Control": f"private, max-age={seconds}",
    }
    if version.last_modified is not None:
        headers["Last-Modified"] = http_date(version.last_modified)
    return headers


def _not_modified(request: Request, version: FeedVersion) -> bool:
    """RFC 9110 §13.1: If-None-Match decides when present (weak comparison); otherwise
    If-Modified-Since, to the second."""
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
        return "*" in tags or version.etag in tags
    since = request.headers.get("if-modified-since")
    if since is None or version.last_modified is None:
        return False
    try:
        moment = parsedate_to_datetime(since)
    except (TypeError, ValueError, IndexError):
        return False  # an unreadable date is ignored, as the RFC says
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return version.last_modified.replace(microsecond=0) <= moment


def http_date(moment: datetime) -> str:
    """'Wed, 25 Nov 2026 09:00:00 GMT'"""
    return format_datetime(moment.astimezone(UTC), True)
