"""Writing the outputs: all of generated/ and site/, or nothing, and only folders of our own.

Each top-level output folder holds a marker file, and a folder without one was not
made by this tool: it is never replaced. Files are written to a staging folder
inside the output directory (so the moves below stay on one file system), then each
top-level folder is swapped in whole. If any swap fails, the ones already made are
undone: a failed run leaves the previous outputs exactly as they were. Interrupts
wait while folders are swapped and the staging folder is removed.

A kill can land anywhere, so the swap writes a journal into the staging folder before
its first move and removes it after its last. The next run, holding the folder's lock
(no other run can be staging then), repairs first: a staging folder with a journal
is rolled back, move by move, to the previous outputs (which it holds); one without
is removed, since the outputs beside it are whole, before or after its swap.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from scraper.lock import hold

MARKER = ".dintero-scopes"
MARKER_TEXT = (
    b"Made by dintero-scopes, which replaces this folder whole on each refresh or render.\n"
    b"Edit templates/ and scraper/ instead.\n"
)
STAGING_PREFIX = ".dintero-scopes-"
# In a staging folder: the outputs it replaces, and the journal of a swap under way.
PREVIOUS = ".previous"
JOURNAL = ".swap.json"
_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class OutputError(Exception):
    """An output folder that is not the tool's own; str() says which, on one line."""


def write_outputs(out: Path, files: Mapping[Path, bytes]) -> bool:
    """Replace each top-level folder the files fall in with exactly these files.

    Returns False, writing nothing, when the folders already hold exactly them.
    Raises OutputError, writing nothing, when a folder exists that this tool did not make.
    The caller holds the folder's lock (see `claimed`).
    """
    tops = sorted({path.parts[0] for path in files})
    check_own(out, tops)
    files = {**files, **{Path(top) / MARKER: MARKER_TEXT for top in tops}}
    if _existing(out, tops) == set(files) and all(
        (out / path).read_bytes() == content for path, content in files.items()
    ):
        return False
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
def claimed(out: Path, command: str, wait: float) -> Iterator[None]:
    """`out` for this run alone: its lock held, and what a killed run left repaired."""
    with hold(out, command, wait):
        with _no_interrupts():
            repair(out)
        yield


def repair(out: Path) -> None:
    """Clear what killed runs left: each staging folder of ours, its swap rolled back first
    if it was under way. Only a run holding `out`'s lock may call this."""
    for staging in sorted(out.glob(STAGING_PREFIX + "*")):
        if not (staging.is_dir() and (staging / MARKER).is_file()):
            continue
        journal = staging / JOURNAL
        if journal.is_file():
            _roll_back(staging, out, _read_journal(journal))
            journal.unlink()
        _remove(staging)


@dataclass(frozen=True)
class _Journal:
    """A swap's plan: the folders it replaces, and those of them that existed before."""

    tops: list[str]
    previous: list[str]


@contextmanager
def _staging(out: Path) -> Iterator[Path]:
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
    (staging / MARKER).write_bytes(MARKER_TEXT)
    try:
        yield staging
    finally:
        # A swap that could not be rolled back here is left, journal and all, to repair().
        with _no_interrupts():
            if not (staging / JOURNAL).exists():
                _remove(staging)


def _remove(staging: Path) -> None:
    """Remove a staging folder, its marker last: a removal cut short leaves a folder the
    next run still knows as ours."""
    for child in staging.iterdir():
        if child.name == MARKER:
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)


def _swap_all(staging: Path, out: Path, tops: list[str]) -> None:
    """Move each staged top-level folder into place; on failure undo every move.

    The journal is there from before the first move to after the last, so a kill at any
    point leaves a staging folder that repair() rolls back."""
    plan = _Journal(tops, [top for top in tops if (out / top).exists()])
    _write_journal(staging, plan)
    (staging / PREVIOUS).mkdir()
    try:
        for top in tops:
            if (out / top).exists():
                os.replace(out / top, staging / PREVIOUS / top)
            os.replace(staging / top, out / top)
    except OSError:
        _roll_back(staging, out, plan)
        (staging / JOURNAL).unlink()
        raise
    (staging / JOURNAL).unlink()


def _roll_back(staging: Path, out: Path, plan: _Journal) -> None:
    """Put the previous outputs back from wherever the swap got to.

    Each move is atomic, so the folders tell which were made; a roll back cut short
    can be run again."""
    for top in plan.tops:
        previous, new = staging / PREVIOUS / top, staging / top
        if previous.exists():
            if (out / top).exists():
                os.replace(out / top, new)
            os.replace(previous, out / top)
        elif top not in plan.previous and (out / top / MARKER).is_file() and not new.exists():
            os.replace(out / top, new)


def _write_journal(staging: Path, plan: _Journal) -> None:
    """Written whole or not at all: a swap never starts without it."""
    draft = staging / (JOURNAL + ".draft")
    draft.write_text(json.dumps(asdict(plan)) + "\n", encoding="utf-8")
    os.replace(draft, staging / JOURNAL)


def _read_journal(journal: Path) -> _Journal:
    try:
        plan = _Journal(**json.loads(journal.read_text(encoding="utf-8")))
        lists = isinstance(plan.tops, list) and isinstance(plan.previous, list)
        if lists and all(_plain(name) for name in [*plan.tops, *plan.previous]):
            return plan
    except (ValueError, TypeError):
        pass
    raise OutputError(
        f"{journal}: not the journal of a swap this tool writes; the previous outputs may be "
        f"in {journal.parent / PREVIOUS}: move them back by hand, then remove {journal.parent}"
    )


def _plain(name: object) -> bool:
    """A folder name of its own, nothing that reaches out of the output directory."""
    return isinstance(name, str) and name not in ("", "..") and name == Path(name).name
