"""What a whole run leaves in its output folder, as the tests of whole runs read it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scraper.lock import HOLDER
from scraper.outputs import STAGING_PREFIX

# A file of each output: a run that leaves all of them left its outputs whole.
WHOLE = [
    "generated/catalogue.json",
    "generated/history.json",
    "generated/changes.json",
    "generated/python/pyproject.toml",
    "generated/python/src/dintero_scopes/_endpoints.py",
    "generated/schema/dintero-scope.schema.json",
    "site/mkdocs.yml",
    "site/docs/changes.md",
]


def tree(out: Path) -> dict[str, bytes]:
    """Every file under `out`, with its bytes."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def state(out: Path) -> dict[str, tuple[int, bytes]]:
    """Every file under `out`, with its modification time and bytes."""
    return {
        str(p.relative_to(out)): (p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def history(out: Path) -> list[dict[str, Any]]:
    releases: list[dict[str, Any]] = json.loads((out / "generated/history.json").read_text())
    return releases


def versions(out: Path) -> list[str]:
    return [release["version"] for release in history(out)]


def left_behind(out: Path) -> list[str]:
    """Staging folders and lock notes: none may be left once every run is done."""
    return sorted(p.name for p in out.iterdir() if p.name.startswith(STAGING_PREFIX)) + (
        [HOLDER] if (out / HOLDER).exists() else []
    )
