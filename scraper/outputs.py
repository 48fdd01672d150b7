"""Writing the outputs: all of generated/ and site/, or nothing.

Files are written to a staging directory inside the output directory (so the
moves below stay on one file system), then each top-level directory is swapped
in whole. If any swap fails, the ones already made are undone: a failed run
leaves the previous outputs exactly as they were.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path


def write_outputs(out: Path, files: Mapping[Path, bytes]) -> bool:
    """Replace each top-level directory the files fall in with exactly these files.

    Returns False, writing nothing, when the directories already hold exactly them.
    """
    tops = sorted({path.parts[0] for path in files})
    if _existing(out, tops) == set(files) and all(
        (out / path).read_bytes() == content for path, content in files.items()
    ):
        return False
    with _staging(out) as staging:
        for path, content in files.items():
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        _swap_all(staging, out, tops)
    return True


def _existing(out: Path, tops: list[str]) -> set[Path]:
    return {
        path.relative_to(out) for top in tops for path in (out / top).rglob("*") if path.is_file()
    }


@contextmanager
def _staging(out: Path) -> Iterator[Path]:
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".dintero-scopes-", dir=out))
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap_all(staging: Path, out: Path, tops: list[str]) -> None:
    """Move each staged top-level directory into place; on failure undo every move."""
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
