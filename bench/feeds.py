"""Benchmark: 1,000 calendar feeds of a generated city polled from loopback.

The city of `roster generate --professionals 120 --volunteers 1200 --seed 7` is loaded into a
SQLite file, its 4 weeks from 2026-11-30 are planned by the solver in one plan
(`--plan-seconds`, at a fixed moment before them: every shift is to come) and published, and
1,000 people get a feed link. Planned, not dealt out in turn: `roster publish` refuses a
draft that breaks a hard rule, and a roster dealt out blindly breaks one on nearly every shift
(offers, qualifications, working days). The feed server's work depends on how many events a
feed holds; the script prints how many.

`roster serve` then runs in its own process(es), as a user starts it, and `--clients`
threads of httpx clients fetch the 1,000 feeds in a shuffled order, each feed once per pass:
- full: plain GETs, each answered 200 with the whole calendar;
- 304: GETs with the ETag of the previous answer (If-None-Match), as a subscribed calendar
  polls, each answered 304 without the body being made.
Per pass: requests per second and the p50/p95/p99 of each request's latency as the client
sees it; the script prints the medians over the passes. The clients run on the same machine
as the server: their time is in the figures.

    python bench/feeds.py --passes 3 --clients 4 --workers 1 --plan-seconds 120
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402

from bench.common import machine  # noqa: E402
from fixtures.generate import DEFAULT_START, generate_organisation, write_folder  # noqa: E402
from planner.delivery import FeedSettings  # noqa: E402
from planner.domain import Period  # noqa: E402
from planner.service import Service  # noqa: E402
from planner.storage.engine import make_engine  # noqa: E402
from planner.storage.repository import Repository  # noqa: E402
from tests.feeds.server import roster_serve  # noqa: E402

PERIOD = Period(DEFAULT_START, 4)
FEEDS = 1000
TARGET_P95_MS = 50.0
NOW = "2026-11-25T10:00:00+01:00"  # before the weeks: every shift is to come


def city(workdir: Path, plan_seconds: float) -> tuple[str, list[str]]:
    """The published city in a SQLite file, and the feed URLs of 1,000 of its people."""
    folder = write_folder(generate_organisation(120, 1200, seed=7), workdir / "city")
    url = f"sqlite:///{workdir / 'roster.db'}"
    repo = Repository(make_engine(url), actor="bench")
    service = Service(repo)
    service.load_folder(folder)
    org = service.organisation()
    # However the machine's clock stands, the feeds reach back to the benchmark's weeks.
    repo.save_organisation(replace(org, feeds=FeedSettings(past_weeks=520)))
    # The 4 weeks in one plan: planned week by week, each week's plan sees the weeks before
    # it only once they are published, and a volunteer's monthly limit breaks across them.
    t = time.perf_counter()
    outcome = service.plan_period(PERIOD, time_limit=plan_seconds)
    print(f"planned the 4 weeks: {outcome.status.name} in {time.perf_counter() - t:.0f} s")
    published = service.publish_period(PERIOD)
    assignments = service.roster(PERIOD, published=True).roster.assignments
    people = [p.id for p in org.people][:FEEDS]
    links = [service.issue_feed(person_id).url for person_id in people]
    per_person: dict[str, int] = {}
    for a in assignments:
        per_person[a.person_id] = per_person.get(a.person_id, 0) + 1
    counts = sorted(per_person.get(p, 0) for p in people)
    print(
        f"city: {len(org.people)} people, {len(assignments)} published places in 4 weeks, "
        f"{len(published.unstaffed)} shifts unstaffed; events per feed: median "
        f"{statistics.median(counts)}, max {counts[-1]}"
    )
    return url, [link for link in links if link is not None]


def one_pass(
    base: str, paths: list[str], clients: int, etags: dict[str, str] | None
) -> tuple[float, list[float], dict[str, str], set[int]]:
    """Every path fetched once by `clients` threads; returns the requests per second, each
    latency (s), the ETags seen, and the statuses."""
    order = list(paths)
    random.shuffle(order)
    work = iter(order)
    guard = threading.Lock()
    latencies: list[float] = []
    seen: dict[str, str] = {}
    statuses: set[int] = set()

    def client() -> None:
        with httpx.Client(base_url=base, timeout=30.0) as http:
            while True:
                with guard:
                    path = next(work, None)
                if path is None:
                    return
                headers = {"If-None-Match": etags[path]} if etags is not None else {}
                t = time.perf_counter()
                answer = http.get(path, headers=headers)
                _ = answer.content
                spent = time.perf_counter() - t
                with guard:
                    latencies.append(spent)
                    seen[path] = answer.headers["etag"]
                    statuses.add(answer.status_code)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    return len(order) / wall, latencies, seen, statuses


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--clients", type=int, default=4, help="client threads")
    parser.add_argument("--workers", type=int, default=1, help="`roster serve --workers`")
    parser.add_argument("--plan-seconds", type=float, default=120.0, help="the solver's time")
    args = parser.parse_args()
    # A key of this run only: the benchmark leaves no key file in the user's configuration.
    os.environ.setdefault("ROSTER_FEED_KEY", secrets.token_hex(32))
    os.environ["ROSTER_NOW"] = NOW  # the planner and the server alike
    print(machine(), f"{os.cpu_count()} cores")
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        url, links = city(Path(tmp), args.plan_seconds)
        print(f"made and published the city, 1,000 links: {time.perf_counter() - t:.0f} s")
        paths = ["/" + link.split("/", 3)[3] for link in links]
        inside = _in_process(url, paths)
        with roster_serve(url, "--workers", str(args.workers)) as base:
            one_pass(base, paths[:50], args.clients, None)  # warm up the workers
            results: dict[str, list[tuple[float, float, float, float]]] = {"full": [], "304": []}
            for _ in range(args.passes):
                rate, latencies, etags, statuses = one_pass(base, paths, args.clients, None)
                assert statuses == {200}, statuses
                results["full"].append(_figures(rate, latencies))
                rate, latencies, _seen, statuses = one_pass(base, paths, args.clients, etags)
                assert statuses == {304}, statuses
                results["304"].append(_figures(rate, latencies))
        print(f"load average at the end {os.getloadavg()[0]:.1f}")
    print(
        "the feed alone, in this process (Service.feed and the body, no HTTP, one at a time): "
        f"p50 {inside[0]:.1f} ms, p95 {inside[1]:.1f} ms, p99 {inside[2]:.1f} ms"
    )
    print(f"{args.passes} passes of {len(paths)} feeds, {args.clients} clients, "
          f"{args.workers} server worker(s); medians over the passes:")  # fmt: skip
    for mode, runs in results.items():
        rate, p50, p95, p99 = (statistics.median(r[i] for r in runs) for i in range(4))
        verdict = "meets" if p95 <= TARGET_P95_MS else f"misses (x{p95 / TARGET_P95_MS:.2f})"
        print(
            f"  {mode:>4}: {rate:7.0f} req/s  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  "
            f"p99 {p99:6.1f} ms  ({verdict} the p95 target of {TARGET_P95_MS:.0f} ms)"
        )


def _in_process(url: str, paths: list[str]) -> tuple[float, float, float]:
    """What the server does for one full answer, without HTTP: read the feed, make the body."""
    service = Service(Repository(make_engine(url), actor="bench"))
    spent = []
    for path in paths:
        token = path.rsplit("/", 1)[1].removesuffix(".ics")
        t = time.perf_counter()
        version = service.feed(token)
        assert version is not None
        version.body()
        spent.append(time.perf_counter() - t)
    return tuple(percentile(spent, q) * 1000 for q in (50, 95, 99))  # type: ignore[return-value]


def _figures(rate: float, latencies: list[float]) -> tuple[float, float, float, float]:
    return (
        rate,
        percentile(latencies, 50) * 1000,
        percentile(latencies, 95) * 1000,
        percentile(latencies, 99) * 1000,
    )


if __name__ == "__main__":
    main()
