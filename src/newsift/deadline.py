"""A time limit for the work on one document, so no input can hang a batch.

A pathological input (a regular expression that backtracks for minutes, a parse of
an enormous sentence) must fail alone, with a message, and let the batch go on. On
POSIX, in a process's main thread (the CLI, and each ``--jobs`` worker), a SIGALRM
timer interrupts the work by raising :class:`DocumentTimeout`; elsewhere (Dask worker
threads, Windows) there is no timer and the limit is not enforced.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from newsift.model import Refused

# Far above any real article (a long one takes a second or two, the largest the parser
# accepts about a minute on a slow laptop): only input that would never finish hits it.
DOCUMENT_SECONDS = 180.0


class DocumentTimeout(Refused):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"gave up after {seconds:.0f} s: this input takes far longer than "
                         "any article should")


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the block after ``seconds`` (None: no limit)."""
    if not seconds or not _can_alarm():
        yield
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
