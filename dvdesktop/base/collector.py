"""Python's cyclic garbage collector held off during a burst of short-lived objects."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off the cyclic collector for the block (a report being laid out and written).

    A report makes tens of thousands of short-lived objects (rows, paragraphs, fragments,
    PDF objects) that reference counting frees as soon as they are dropped; each thousand
    of them still sets off a collection, and every tenth of those walks every object alive
    in the program. Paused, the collector walks nothing; what the block left in cycles is
    collected as usual afterwards. Blocks may overlap (on different threads): the collector
    resumes, if it was running before, when the last one ends.
    """
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
