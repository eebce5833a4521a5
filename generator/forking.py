"""Work split over forked processes during a build, while it has one thread (before Pagefind starts).

The forked processes find what they work on in `shared`, set before the fork: a catalogue is not pickled
to them. Only on Linux, where forking a process with no other thread is safe.
"""
from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any

shared: Any = None  # what the forked processes read


def can_fork(workers: int) -> bool:
    return workers > 1 and sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()


@contextmanager
def pool(workers: int, state: Any) -> Iterator[ProcessPoolExecutor]:
    """Forked processes that find `state` in `shared`; stopped (and `shared` cleared) on the way out."""
    global shared
    shared = state
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    try:
        yield executor
    finally:
        executor.shutdown(cancel_futures=True)
        shared = None
