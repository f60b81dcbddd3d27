"""What guards every answer of `roster serve` (docs/self-service.md): security headers on every
response, and rate limits on the personal pages, whose links can change a roster.

- Headers: a Content-Security-Policy that allows no script at all and the page's own style
  sheet alone, no framing (frame-ancestors and X-Frame-Options), no Referer ever (the path
  holds the secret), nosniff.
- Rate limits (the `limits` library, in memory, per server process): misses per client
  address (a guesser is stopped long before a guess could matter: every request from that
  address is refused for a while), and requests per page link (a leaked link cannot be
  hammered). Behind a reverse proxy the address is the one the proxy puts in
  X-Forwarded-For (uvicorn trusts it from the loopback address only).
"""

from __future__ import annotations

import threading

from limits import RateLimitItem, parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}
MISSES_PER_ADDRESS = "20/minute"  # then every page request from the address is refused a while
REQUESTS_PER_LINK = "120/minute"  # a person clicks a few times a minute at most
TIDY_EVERY_S = 1.0  # how often the limits' memory drops what has gone out of every window


class SecurityHeaders:
    """Adds the security headers to every HTTP response of the app it wraps."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.raw = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _v in message.get("headers", [])}
                extra = [(k, v) for k, v in self.raw if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, sending)


class _Storage(MemoryStorage):
    """The library's memory storage, tidied once a second instead of 10 ms after any request.

    Its tidying (dropping the entries of windows gone by) runs on a timer thread that it
    starts again at a request whenever the last one has finished, 10 ms after it started:
    under steady traffic a new thread for nearly every page, which cost a page about a
    millisecond and more on a busy machine. The limits do not depend on it (a request is
    weighed against the entries still inside its window), so once a second keeps the memory
    bounded as well."""

    def _MemoryStorage__schedule_expiry(self) -> None:
        tidy = getattr(self, "_MemoryStorage__expire_events", None)  # its private name
        if tidy is None:  # a version of the library without it: its own tidying, not an error
            super()._MemoryStorage__schedule_expiry()  # type: ignore[misc]
            return
        if not self.timer.is_alive():
            self.timer = threading.Timer(TIDY_EVERY_S, tidy)
            self.timer.daemon = True  # a server that stops does not wait for it
            self.timer.start()


class RateLimits:
    def __init__(self, misses: str = MISSES_PER_ADDRESS, per_link: str = REQUESTS_PER_LINK) -> None:
        self.limiter = MovingWindowRateLimiter(_Storage())
        self.misses: RateLimitItem = parse(misses)
        self.per_link: RateLimitItem = parse(per_link)

    def address_blocked(self, address: str) -> bool:
        """The address has missed too often lately."""
        return not self.limiter.test(self.misses, "miss", address)

    def missed(self, address: str) -> None:
        self.limiter.hit(self.misses, "miss", address)

    def link_allowed(self, token_hash: str) -> bool:
        """Counts a request on a link; False once the link is asked too often."""
        return self.limiter.hit(self.per_link, "link", token_hash)
