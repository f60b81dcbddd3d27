"""Notices over TLS, as a real mail server wants them: STARTTLS on the submission port and
TLS from the first byte, with the server's certificate checked (an organisation's own
certificate authority is trusted through SSL_CERT_FILE), and refused when it cannot be."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from pathlib import Path

import pytest

from planner.delivery import Security
from tests.notices.smtp_server import smtp_server
from tests.notices.world import NOTIFIED, PUBLISHED, first_roster, publish, service

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")


@pytest.fixture
def certificate(tmp_path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1: (certificate, key)."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    return cert, key


def server_tls(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return context


@pytest.mark.parametrize("security", [Security.STARTTLS, Security.SSL])
def test_notices_go_over_tls_to_a_server_whose_certificate_is_trusted(
    security, certificate, tmp_path, monkeypatch
):
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    tls = server_tls(certificate)
    server = (
        {"tls_context": tls, "require_starttls": True}
        if security is Security.STARTTLS
        else {"ssl_context": tls}
    )
    with smtp_server(**server) as (inbox, port):
        svc, _url = service(tmp_path, port, security=security)
        publish(svc, first_roster(svc), PUBLISHED)

        outcome = svc.notify(now=NOTIFIED)

    assert (len(outcome.mailed), outcome.failed) == (3, ())
    assert len(inbox.delivered) == 3


def test_a_certificate_that_cannot_be_checked_stops_the_run_and_loses_nothing(
    certificate, tmp_path, monkeypatch
):
    with smtp_server(tls_context=server_tls(certificate), require_starttls=True) as (inbox, port):
        svc, _url = service(tmp_path, port, security=Security.STARTTLS)
        publish(svc, first_roster(svc), PUBLISHED)

        refused = svc.notify(now=NOTIFIED)
        monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
        trusted = svc.notify(now=NOTIFIED)

    assert "CERTIFICATE_VERIFY_FAILED" in str(refused.failed[0].reason)
    assert [n.person_id for n in refused.waiting] == ["jan", "mira"]
    assert len(trusted.mailed) == 3 and len(inbox.delivered) == 3
