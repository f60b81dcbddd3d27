"""Two coordinators racing on the same week, round after round, and what each round may end
in: every serial order of the writes that went through, nothing else.

A write is an `Op`: it reads (what a coordinator looks at) and then writes what that read
decided, calling `pause` in between (for a plan: while the solver runs). A round runs the two
writes in one of these ways:
- `inside`: the second runs whole while the first is paused (the textbook lost update);
- `together`: both read, then both write at once (two threads released by a barrier);
- `free`: both start in their own thread after a short random wait, nothing held.
The round passes when each write either went through or was refused because the other
changed the week meanwhile (ChangedMeanwhile) or because the week as it was then breaks a hard
rule (a publish of the stale draft before a plan repaired it), at least one went through,
nothing else was
raised, and the week is exactly what running the writes that went through one after the
other gives, in some order.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from planner.domain import Assignment, Role
from planner.errors import ChangedMeanwhile, PlannerError
from planner.reasons import Refused
from planner.service import Service, Unpublishable
from tests.concurrency.world import (
    NOW,
    PLAN_LIMIT_S,
    TUESDAY,
    WEEK,
    Database,
    away,
    fingerprint,
)

Pause = Callable[[], None]
TUESDAYS_PROFESSIONAL = "piet"  # in the starting draft (a test checks)


@dataclass(frozen=True)
class Op:
    name: str
    run: Callable[[Service, Pause], None]


def plan(service: Service, pause: Pause) -> None:
    first = threading.Event()

    def progress(_) -> None:
        if not first.is_set():
            first.set()
            pause()

    # Fresh: a plan that writes. A repair of a published week that still holds writes
    # nothing, so there would be no write to race.
    service.plan_period(WEEK, time_limit=PLAN_LIMIT_S, on_progress=progress, fresh=True)
    if not first.is_set():  # no improving roster reported: pause after solving all the same
        pause()


def publish(service: Service, pause: Pause) -> None:
    seen = service.roster(WEEK).seen  # the coordinator looks at the draft, then publishes it
    pause()
    service.publish_period(WEEK, NOW, seen=seen)


def assigning(person_id: str) -> Callable[[Service, Pause], None]:
    def edit(service: Service, pause: Pause) -> None:
        shift_id = f"inloop@{WEEK.start.isoformat()}T09:00"
        seen = service.roster(WEEK).seen  # the shift as shown, with its candidates
        service.candidates(shift_id)
        pause()
        service.assign(Assignment(shift_id, person_id, Role.VOLUNTEER), seen=seen)

    return edit


def absence_of_tuesdays_professional(service: Service, pause: Pause) -> None:
    """`roster absence add`: it reads nothing before it writes."""
    pause()
    service.add_absence(away(TUESDAYS_PROFESSIONAL, TUESDAY))


@dataclass
class Outcome:
    ok: tuple[bool, bool]
    state: tuple
    errors: list[BaseException] = field(default_factory=list)


def serial(db: Database, order: list[tuple[int, Op]]) -> Outcome:
    """The writes one after the other, from the starting state, by Sara (0) and Tom (1)."""
    db.reset()
    people = [db.coordinator("sara"), db.coordinator("tom")]
    ok = [False, False]
    for who, op in order:
        try:
            op.run(people[who], lambda: None)
            ok[who] = True
        except (Refused, Unpublishable):
            # The other's change made this one break a hard rule (or the stale draft breaks
            # one, and nothing repaired it first): refused, as it must be.
            pass
    state = fingerprint(people[0].repo)
    db.close()
    return Outcome((ok[0], ok[1]), state)


def allowed(db: Database, ops: tuple[Op, Op]) -> dict[tuple[bool, bool], list[tuple]]:
    """What a round may end in, by which writes went through."""
    a, b = ops
    found: dict[tuple[bool, bool], list[tuple]] = {}
    for order in ([(0, a)], [(1, b)], [(0, a), (1, b)], [(1, b), (0, a)]):
        outcome = serial(db, order)
        went = {who for who, _ in order}
        flags = (0 in went and outcome.ok[0], 1 in went and outcome.ok[1])
        found.setdefault(flags, []).append(outcome.state)
    return found


def race(db: Database, ops: tuple[Op, Op], how: str, rng: random.Random) -> Outcome:
    db.reset()
    people = [db.coordinator("sara"), db.coordinator("tom")]
    ok = [False, False]
    errors: list[BaseException] = []

    def attempt(who: int, pause: Pause) -> None:
        try:
            ops[who].run(people[who], pause)
            ok[who] = True
        except (ChangedMeanwhile, Refused, Unpublishable):
            pass
        except BaseException as exc:  # noqa: BLE001 - every other error fails the round
            errors.append(exc)

    if how == "inside":
        attempt(0, lambda: attempt(1, lambda: None))
    else:
        barrier = threading.Barrier(2, timeout=30)
        delays = [rng.uniform(0, 0.05) for _ in range(2)]

        def run(who: int) -> None:
            if how == "free":
                time.sleep(delays[who])
                attempt(who, lambda: None)
            else:
                attempt(who, lambda: _wait(barrier))

        threads = [threading.Thread(target=run, args=(who,)) for who in (0, 1)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    state = fingerprint(db.coordinator("sara").repo)
    db.close()
    return Outcome((ok[0], ok[1]), state, errors)


def _wait(barrier: threading.Barrier) -> None:
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        pass


# Each scenario: its two writes, and whether it starts from the stale draft (planning again
# changes it) rather than from a freshly planned one.
SCENARIOS: dict[str, tuple[tuple[Op, Op], bool]] = {
    "edit vs edit": (
        (Op("assign mira", assigning("mira")), Op("assign noor", assigning("noor"))),
        False,
    ),
    "plan vs publish": ((Op("plan", plan), Op("publish", publish)), True),
    "absence vs plan": (
        (Op("add absence", absence_of_tuesdays_professional), Op("plan", plan)),
        False,
    ),
}
WAYS = ("inside", "together", "free", "inside-reversed")


def check_rounds(db: Database, scenario: str, rounds: int, seed: int = 7) -> dict[str, int]:
    """`rounds` rounds of the scenario; returns how many rounds ended each way, and raises
    AssertionError at the first round that ends in anything a serial order cannot give."""
    ops, _ = SCENARIOS[scenario]
    expected = allowed(db, ops)
    rng = random.Random(seed)
    tally: dict[str, int] = {}
    for n in range(rounds):
        how = WAYS[n % len(WAYS)]
        pair = ops if how != "inside-reversed" else (ops[1], ops[0])
        outcome = race(db, pair, how.removesuffix("-reversed"), rng)
        ok = outcome.ok if pair is ops else (outcome.ok[1], outcome.ok[0])
        assert not outcome.errors, f"round {n} ({how}): {outcome.errors!r}"
        assert any(ok), f"round {n} ({how}): neither write went through"
        assert outcome.state in expected.get(ok, []), (
            f"round {n} ({how}): {ok} ended in a state no serial order gives"
        )
        key = "both" if all(ok) else "one refused"
        tally[key] = tally.get(key, 0) + 1
    return tally


__all__ = ["SCENARIOS", "check_rounds", "PlannerError"]
