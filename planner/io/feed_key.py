"""The feed key: the secret that turns a feed link's stored nonce back into its token.

A feed link is `<base_url>/feeds/<token>.ics`. The database holds, per link, only a random
nonce (128 bits) and the SHA-256 of the token, so that a copy of the database (a backup, a
shared PostgreSQL that others read) holds no working link. The token is HMAC-SHA256 of the
nonce under the feed key, which lives outside the database: in $ROSTER_FEED_KEY, else in a
file of the user's configuration directory, made on first use (readable by its owner only).
Whoever holds the key can print a person's link again (`roster feed issue`, the change
notices); the feed server never needs it: it hashes the token it is given and looks the hash
up. docs/feeds.md says how to share the key between coordinators.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir

from planner.errors import PlannerError
from planner.message import msg

ENV_VAR = "ROSTER_FEED_KEY"
KEY_BYTES = 32
NONCE_BYTES = 16  # 128 random bits per link
TOKEN_LENGTH = 43  # 32 bytes of HMAC-SHA256, URL-safe base64 without padding
TOKEN = re.compile(rf"^[A-Za-z0-9_-]{{{TOKEN_LENGTH}}}$")
_HEX_KEY = re.compile(rf"^[0-9a-fA-F]{{{2 * KEY_BYTES}}}$")


@dataclass(frozen=True)
class FeedKey:
    secret: bytes

    def token(self, nonce: str) -> str:
        """The token of a link from its stored nonce (hex)."""
        return self._mac(b"roster-feed:", nonce)

    def page_token(self, nonce: str) -> str:
        """The token of a personal page link (docs/self-service.md). Another label than the
        feed's, so a feed link never opens a page: the page can change a roster."""
        return self._mac(b"roster-page:", nonce)

    def _mac(self, label: bytes, nonce: str) -> str:
        mac = hmac.new(self.secret, label + bytes.fromhex(nonce), hashlib.sha256)
        return base64.urlsafe_b64encode(mac.digest()).decode().rstrip("=")


def new_nonce() -> str:
    return secrets.token_hex(NONCE_BYTES)


def token_hash(token: str) -> str:
    """What the database keeps of a token, and what the server looks a request up by."""
    return hashlib.sha256(token.encode()).hexdigest()


def is_token(text: str) -> bool:
    """True for text shaped like a token (the server answers anything else without a lookup)."""
    return TOKEN.match(text) is not None


def key_file() -> Path:
    return Path(user_config_dir("roster-planner", appauthor=False)) / "feed-key"


def load_key(*, create: bool) -> FeedKey | None:
    """The feed key: $ROSTER_FEED_KEY (64 hex digits), else the key file. None when there is
    neither and `create` is False; with `create`, a new key file is made."""
    given = os.environ.get(ENV_VAR, "").strip()
    if given:
        if not _HEX_KEY.match(given):
            raise PlannerError(
                msg(
                    "{variable} must be {digits} hexadecimal digits (a key made by "
                    "`python3 -c 'import secrets; print(secrets.token_hex(32))'`)",
                    variable=ENV_VAR,
                    digits=2 * KEY_BYTES,
                )
            )
        return FeedKey(bytes.fromhex(given))
    path = key_file()
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return _create(path) if create else None
    except (OSError, UnicodeDecodeError) as exc:
        raise PlannerError(
            msg("{path}: cannot read the feed key: {reason}", path=str(path), reason=str(exc))
        ) from None
    if not _HEX_KEY.match(text):
        raise PlannerError(
            msg(
                "{path}: not a feed key ({digits} hexadecimal digits)",
                path=str(path),
                digits=2 * KEY_BYTES,
            )
        )
    return FeedKey(bytes.fromhex(text))


def _create(path: Path) -> FeedKey:
    secret = secrets.token_bytes(KEY_BYTES)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL: two coordinators' commands starting at once must not make two keys.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return load_key(create=False) or FeedKey(secret)
    except OSError as exc:
        raise PlannerError(
            msg("{path}: cannot write the feed key: {reason}", path=str(path), reason=str(exc))
        ) from None
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secret.hex() + "\n")
    return FeedKey(secret)
