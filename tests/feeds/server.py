"""`roster serve` as a user starts it: its own process on a free loopback port (`--port 0`,
the port it took read from the line it prints), stopped with SIGTERM as a service manager
stops it."""

from __future__ import annotations

import os
import re
import selectors
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

PORT_LINE = re.compile(r"http://127\.0\.0\.1:(\d+)/feeds/")


@contextmanager
def roster_serve(db_url: str, *args: str, timeout_s: float = 30.0) -> Iterator[str]:
    """Yields the server's base URL, http://127.0.0.1:PORT."""
    command = [sys.executable, "-c", "from cli import main; main()", "--db", db_url, "--lang", "en"]
    process = subprocess.Popen(
        [*command, "serve", "--port", "0", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    try:
        yield f"http://127.0.0.1:{_port(process, timeout_s)}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        assert process.stderr is not None
        process.stderr.close()


def _port(process: subprocess.Popen, timeout_s: float) -> int:
    assert process.stderr is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stderr, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout_s
    said = []
    while time.monotonic() < deadline:
        if not selector.select(timeout=0.2):
            continue
        line = process.stderr.readline()
        if not line:
            raise AssertionError(f"roster serve stopped: {''.join(said)}")
        said.append(line)
        found = PORT_LINE.search(line)
        if found:
            return int(found.group(1))
    raise AssertionError(f"roster serve did not start: {''.join(said)}")
