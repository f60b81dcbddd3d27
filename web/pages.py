"""Personal pages (docs/self-service.md): `/p/<token>` shows a person their own page, rendered
on the server from a Jinja2 template with autoescaping, no script. Every miss (a malformed,
unknown or revoked token, a person who left) is the server's one 404; misses are counted per
client address and requests per link (web/security.py). The token is looked up again at every
request, so a revoked link stops at once, in a tab already open too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from planner.io.feed_key import token_hash
from planner.service import Service
from web.page_words import page_words
from web.security import RateLimits

HERE = Path(__file__).parent
NO_STORE = {"Cache-Control": "no-store"}  # a person's page is for them alone, and changes


def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every value is escaped: a name like <script> shows as text
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def too_many() -> Response:
    return PlainTextResponse(
        "Too Many Requests", status_code=429, headers={**NO_STORE, "Retry-After": "60"}
    )


def client_address(request: Request) -> str:
    return request.client.host if request.client else "?"


def page_routes(
    service: Service, not_found: Callable[[], Response], limits: RateLimits
) -> list[Route]:
    templates = environment()
    css = (HERE / "assets" / "page.css").read_bytes()

    def miss(request: Request) -> Response:
        limits.missed(client_address(request))
        return not_found()

    def page(request: Request) -> Response:
        # A plain (sync) endpoint: Starlette runs it in its thread pool, so the database
        # reads do not hold up the event loop.
        if limits.address_blocked(client_address(request)):
            return too_many()
        token: str = request.path_params["token"]
        view = service.page(token)
        if view is None:
            return miss(request)
        if not limits.link_allowed(token_hash(token)):
            return too_many()
        body = templates.get_template("page.html").render(w=page_words(view))
        return HTMLResponse(body, headers=NO_STORE)

    def stylesheet(_request: Request) -> Response:
        return Response(
            css, media_type="text/css", headers={"Cache-Control": "public, max-age=3600"}
        )

    return [
        Route("/p/{token}", page, methods=["GET", "HEAD"]),
        Route("/assets/page.css", stylesheet, methods=["GET", "HEAD"]),
    ]
