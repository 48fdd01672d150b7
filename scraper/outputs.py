"""Writing the outputs: all of generated/ and site/, or nothing, and only folders of our own.

Each top-level output folder holds a marker file, and a folder without one was not
made by this tool: it is never replaced. Files are written to a staging folder
inside the output directory (so the moves below stay on one file system), then each
top-level folder is swapped in whole. If any swap fails, the ones already made are
undone: a failed run leaves the previous outputs exactly as they were. Interrupts
wait while folders are swapped and the staging folder is removed, and a staging
folder that a killed run left behind is removed by the next run.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

MARKER = ".dintero-scopes"
MARKER_TEXT = (
    b"Made by dintero-scopes, which replaces this folder whole on each refresh or render.\n"
    b"Edit templates/ and scraper/ instead.\n"
)
STAGING_PREFIX = ".dintero-scopes-"
_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class OutputError(Exception):
    """An output folder that is not the tool's own; str() says which, on one line."""


def write_outputs(out: Path, files: Mapping[Path, bytes]) -> bool:
    """Replace each top-level folder the files fall in with exactly these files.

    Returns False, writing nothing, when the folders already hold exactly them.
    Raises OutputError, writing nothing, when a folder exists that this tool did not make.
    """
    tops = sorted({path.parts[0] for path in files})
    check_own(out, tops)
    files = {**files, **{Path(top) / MARKER: MARKER_TEXT for top in tops}}
    if _existing(out, tops) == set(files) and all(
        (out / path).read_bytes() == content for path, content in files.items()
    ):
        return False
    _remove_stale_staging(out)
    with _staging(out) as staging:
        for path, content in files.items():
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        with _no_interrupts():
            _swap_all(staging, out, tops)
    return True


def check_own(out: Path, tops: Iterable[str]) -> None:
    """Raise OutputError unless each of the folders is absent or was made by this tool."""
    for top in tops:
        folder = out / top
        if folder.exists() and not (folder / MARKER).is_file():
            raise OutputError(
                f"{folder} exists and was not made by dintero-scopes (it has no {MARKER} "
                "file): refusing to replace it; pass another --out"
            )


def _existing(out: Path, tops: list[str]) -> set[Path]:
    return {
        path.relative_to(out) for top in tops for path in (out / top).rglob("*") if path.is_file()
    }


@contextmanager
def _no_interrupts() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM until the block is done, then deliver the first one.

    Python runs signal handlers in the main thread only, so only there can they wait.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {sig: signal.signal(sig, lambda sig, _: received.append(sig)) for sig in _SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if received:
            signal.raise_signal(received[0])


@contextmanager
def _staging(out: Path) -> Iterator[Path]:
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
    (staging / MARKER).write_bytes(MARKER_TEXT)
    try:
        yield staging
    finally:
        with _no_interrupts():
            shutil.rmtree(staging, ignore_errors=True)


def _remove_stale_staging(out: Path) -> None:
    """Staging folders a killed run left behind (ours: they hold the marker)."""
    if not out.is_dir():
        return
    for folder in out.glob(STAGING_PREFIX + "*"):
        if folder.is_dir() and (folder / MARKER).is_file():
            shutil.rmtree(folder, ignore_errors=True)


def _swap_all(staging: Path, out: Path, tops: list[str]) -> None:
    """Move each staged top-level folder into place; on failure undo every move."""
    backups = staging / ".previous"
    backups.mkdir()
    done: list[str] = []
    try:
        for top in tops:
            if (out / top).exists():
                os.replace(out / top, backups / top)
            done.append(top)
            os.replace(staging / top, out / top)
    except OSError:
        for top in reversed(done):
            if (out / top).exists() and (backups / top).exists():
                os.replace(out / top, staging / top)
            if (backups / top).exists():
                os.replace(backups / top, out / top)
        raise
