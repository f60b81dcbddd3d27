"""Python's cyclic garbage collector around the planner's big, long-lived objects.

A city's model is millions of Python objects (variables, constraints, shifts, indexes) that
live until the plan ends. Each full collection walks all of them: on the generated city 1.9
thousand collections took 3.2 s of a 21 s plan, the longest 0.66 s at once, holding Python's
lock, so the progress line fell silent for up to 2.75 s on a busy machine (BENCHMARKS.md).
While a model is built nothing of it is garbage, so nothing is collected; while it is
searched, what was built is set aside (frozen) and only what the search makes is walked.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_collection() -> Iterator[None]:
    """No cyclic collection inside: for building what lives on after it (reference counting
    still frees what is dropped)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@contextmanager
def frozen_heap() -> Iterator[None]:
    """What exists now is left out of every collection inside (gc.freeze); set_aside() leaves
    out what was made since. Afterwards it is collected as before, garbage or not."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def set_aside() -> None:
    """Leave what exists now out of the collections still to come in frozen_heap."""
    gc.freeze()
