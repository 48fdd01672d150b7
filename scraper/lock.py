"""One writer at a time: a lock on the output folder, and a note of who holds it.

`refresh` and `render` take the lock before they read the previous outputs and keep it
until theirs are written, so a second run into the same folder waits its turn, a
bounded time, instead of diffing against outputs about to be replaced. The lock is the
operating system's (`flock`, through `filelock`): a killed run holds it no longer.
The note beside it says which run holds it, for the message of a run that gave up.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

LOCK = ".dintero-scopes.lock"
HOLDER = ".dintero-scopes.holder"


class Busy(Exception):
    """Another run kept the output folder past the wait; str() names it, on one line."""


@contextmanager
def hold(out: Path, command: str, wait: float) -> Iterator[None]:
    """Hold `out`'s lock, waiting up to `wait` seconds for another run to let it go."""
    out.mkdir(parents=True, exist_ok=True)
    lock = FileLock(out / LOCK, timeout=wait)
    try:
        lock.acquire()
    except Timeout:
        raise Busy(
            f"{out} is being written by another run{_holder(out)}; gave up after "
            f"waiting {wait:g} s (--wait sets how long)"
        ) from None
    note = out / HOLDER
    try:
        since = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        mine = {"command": command, "pid": os.getpid(), "host": socket.gethostname()}
        note.write_text(json.dumps({**mine, "since": since}) + "\n", encoding="utf-8")
        yield
    finally:
        note.unlink(missing_ok=True)
        lock.release()


def _holder(out: Path) -> str:
    """` (refresh, pid 4242 on ci-7, since 2026-12-04T03:17:00Z)` as its note says, or ``."""
    try:
        note = json.loads((out / HOLDER).read_text(encoding="utf-8"))
        return f" ({note['command']}, pid {note['pid']} on {note['host']}, since {note['since']})"
    except (OSError, ValueError, KeyError, TypeError):
        return ""
