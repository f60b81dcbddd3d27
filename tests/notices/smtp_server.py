"""A real SMTP server on a free loopback port (aiosmtpd, in a thread of the test process)
that keeps every message it accepts, so a test reads what people would have received."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Delivered:
    recipients: list[str]
    message: EmailMessage

    @property
    def to(self) -> str:
        (recipient,) = self.recipients
        return recipient

    @property
    def text(self) -> str:
        part = self.message.get_body(preferencelist=("plain",))
        assert part is not None
        return part.get_content().replace("\r\n", "\n")

    @property
    def calendar(self) -> bytes:
        (attachment,) = list(self.message.iter_attachments())
        assert attachment.get_content_type() == "text/calendar"
        return attachment.get_payload(decode=True)


@dataclass
class Inbox:
    """The server's handler. `on_message(index, envelope)` may answer instead of the inbox
    (a refusal such as '550 ...', or None to accept): tests stage failures and crashes."""

    delivered: list[Delivered] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # recipient -> SMTP answer
    on_message: Callable[[int, Any], str | None] | None = None
    logins: list[tuple[str, str]] = field(default_factory=list)
    received: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, options) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:
        with self.lock:
            index = self.received
            self.received += 1
        if self.on_message is not None:
            answer = self.on_message(index, envelope)
            if answer is not None:
                return answer
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        with self.lock:
            self.delivered.append(Delivered(list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[Delivered]:
        return [d for d in self.delivered if address in d.recipients]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def smtp_server(
    inbox: Inbox | None = None, *, password: str | None = None, **server: Any
) -> Iterator[tuple[Inbox, int]]:
    """Yields (inbox, port). With `password`, logging in as 'rooster' is required (over the
    plain connection: the server is on loopback)."""
    inbox = inbox or Inbox()
    if password is not None:

        def authenticate(_server, _session, _envelope, mechanism, data) -> AuthResult:
            # handled=False: the server answers a failure itself (535).
            if not isinstance(data, LoginPassword):
                return AuthResult(success=False, handled=False)
            login, given = data.login.decode(), data.password.decode()
            inbox.logins.append((login, given))
            return AuthResult(success=(login, given) == ("rooster", password), handled=False)

        server.update(authenticator=authenticate, auth_required=True, auth_require_tls=False)
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **server)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()
