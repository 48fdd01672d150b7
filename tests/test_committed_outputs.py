"""The committed generated/ and site/ are what a refresh from ../shared/dintero-docs makes now."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scraper.cli import main
from scraper.outputs import MARKER
from tests.conftest import ROOT

# Not outputs, and ignored by git: the built site, and the bytecode Python caches when the
# package is imported from generated/ (by the benchmarks, say).
NOT_OUTPUTS = {"_build", "__pycache__"}


def files(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for top in ("generated", "site")
        for path in sorted((root / top).rglob("*"))
        if path.is_file() and not NOT_OUTPUTS & set(path.parts)
    }


@pytest.mark.slow
def test_committed_outputs_are_not_stale(shared_docs: Path, tmp_path: Path) -> None:
    # Start from the committed catalogue and history, as the scheduled refresh does, so
    # that an up-to-date commit refreshes to itself, fetch time and version included.
    for name in ("catalogue.json", "history.json", MARKER):
        (tmp_path / "generated").mkdir(exist_ok=True)
        shutil.copy(ROOT / "generated" / name, tmp_path / "generated" / name)
    assert main(["refresh", "--mirror", str(shared_docs), "--out", str(tmp_path)]) == 10
    made, committed = files(tmp_path), files(ROOT)
    stale = sorted(
        name for name in made.keys() | committed.keys() if made.get(name) != committed.get(name)
    )
    assert not stale, (
        f"{len(stale)} committed outputs differ from a refresh of {shared_docs}, e.g. {stale[:5]}: "
        "run 'dintero-scopes refresh --mirror ../shared/dintero-docs' and commit"
    )


def test_committed_outputs_are_what_the_templates_make_of_the_committed_catalogue(
    tmp_path: Path,
) -> None:
    # Offline, without ../shared: a template, runtime or renderer edit not followed by
    # 'dintero-scopes render' fails here on any machine.
    generated = tmp_path / "generated"
    shutil.copytree(ROOT / "generated" / "snapshot", generated / "snapshot")
    for name in ("catalogue.json", "history.json", "validators.json", MARKER):
        shutil.copy(ROOT / "generated" / name, generated / name)
    assert main(["render", "--out", str(tmp_path)]) == 0
    made, committed = files(tmp_path), files(ROOT)
    stale = sorted(
        name for name in made.keys() | committed.keys() if made.get(name) != committed.get(name)
    )
    assert not stale, (
        f"{len(stale)} committed outputs differ from a render of the committed catalogue, "
        f"e.g. {stale[:5]}: run 'dintero-scopes render' and commit"
    )
