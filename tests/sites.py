"""Sites built once per test run: rendered as a refresh renders them, built strictly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from filelock import FileLock

from scraper.model import Catalogue
from scraper.render import render_all

ROOT = Path(__file__).resolve().parents[1]


def real_catalogue() -> Catalogue:
    return Catalogue.from_json((ROOT / "generated" / "catalogue.json").read_text())


def build(catalogue: Catalogue, out: Path) -> Path:
    """Render site/ into `out` as a refresh does, build it strictly, return the built site."""
    for path, content in render_all(catalogue, []).items():
        if path.parts[0] == "site":
            (out / path).parent.mkdir(parents=True, exist_ok=True)
            (out / path).write_bytes(content)
    config = out / "site" / "mkdocs.yml"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out / "site" / "_build"


def built_once(
    name: str, catalogue: Callable[[], Catalogue], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The site of `catalogue()`, built by whichever pytest-xdist worker asks first.

    Workers share the run's temporary directory (the parent of their own); without
    workers, the site is built in the run's own.
    """
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    out = shared / name
    with FileLock(shared / f"{name}.lock"):
        done = out / "site" / "_build"
        if done.is_dir():
            return done
        staging = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=shared))
        built = build(catalogue(), staging)
        staging.rename(out)
        return out / built.relative_to(staging)


def search_index(built: Path) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = json.loads((built / "search" / "search_index.json").read_text())[
        "docs"
    ]
    return docs
