"""Handing messages to the organisation's mail server (smtplib), as [mail] says: STARTTLS,
SSL or neither, a login when a user name is set. The password comes from the environment
variable [mail] names, read when a message is first sent and kept nowhere.

TLS checks the server's certificate against the system's certificate authorities (an
internal one can be added with the SSL_CERT_FILE environment variable, docs/notices.md).
"""

from __future__ import annotations

import os
import smtplib
import socket
import ssl
from email.message import EmailMessage
from types import TracebackType

from planner.delivery import MailSettings, Security
from planner.errors import PlannerError
from planner.message import Message, msg


class DeliveryFailed(Exception):
    """The server refused this message (or the connection broke while it went). `message`
    says why, in the coordinator's words. `unreachable`: the server cannot be reached at
    all, so the messages after this one would fail the same way."""

    def __init__(self, message: Message, *, unreachable: bool = False) -> None:
        super().__init__(str(message))
        self.message, self.unreachable = message, unreachable


def password_of(settings: MailSettings) -> str | None:
    """The password from its environment variable; None when no login is set. A login
    without its variable is a PlannerError, before anything is recorded or sent."""
    if not settings.username:
        return None
    password = os.environ.get(settings.password_env)
    if not password:
        raise PlannerError(
            msg(
                "[mail] logs in as {user}, but the environment variable {variable} that holds "
                "the password is not set",
                user=settings.username,
                variable=settings.password_env,
            )
        )
    return password


class Mailer:
    """One connection to the mail server, opened at the first message, used for all."""

    def __init__(self, settings: MailSettings, password: str | None) -> None:
        self.settings = settings
        self.password = password
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Mailer:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                self._smtp.close()
            self._smtp = None

    def send(self, message: EmailMessage) -> None:
        """Hand one message over; DeliveryFailed when the server did not take it."""
        server = self._server()
        try:
            server.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            (code, reason), *_ = exc.recipients.values()
            raise DeliveryFailed(_refused(code, reason)) from None
        except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
            raise DeliveryFailed(_refused(exc.smtp_code, exc.smtp_error)) from None
        except (smtplib.SMTPException, OSError) as exc:
            # The connection broke: the next message starts a new one.
            self._smtp = None
            raise DeliveryFailed(
                msg("the connection to the mail server broke: {reason}", reason=_why(exc))
            ) from None

    def _server(self) -> smtplib.SMTP:
        if self._smtp is not None:
            return self._smtp
        s = self.settings
        timeout = s.timeout.total_seconds()
        try:
            server: smtplib.SMTP
            if s.security is Security.SSL:
                server = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=timeout, context=ssl.create_default_context()
                )
            else:
                server = smtplib.SMTP(s.host, s.port, timeout=timeout)
                if s.security is Security.STARTTLS:
                    server.starttls(context=ssl.create_default_context())
            if self.password is not None:
                server.login(s.username, self.password)
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryFailed(
                msg(
                    "the mail server {host} refused the login of {user}: {reason}",
                    host=s.host,
                    user=s.username,
                    reason=_text(exc.smtp_error),
                ),
                unreachable=True,
            ) from None
        except (smtplib.SMTPException, OSError, ssl.SSLError) as exc:
            raise DeliveryFailed(
                msg(
                    "cannot reach the mail server {host} port {port}: {reason}",
                    host=s.host,
                    port=s.port,
                    reason=_why(exc),
                ),
                unreachable=True,
            ) from None
        self._smtp = server
        return server


def _refused(code: int, reason: bytes | str) -> Message:
    return msg("the mail server refused it: {code} {reason}", code=code, reason=_text(reason))


def _text(reason: bytes | str) -> str:
    return reason.decode(errors="replace") if isinstance(reason, bytes) else str(reason)


def _why(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
