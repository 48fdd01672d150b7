"""The output folders are the tool's own, writes are whole or nothing, and arguments that
cannot work stop the run before any request."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from scraper import outputs
from scraper.cli import main
from scraper.lock import HOLDER, LOCK
from scraper.outputs import MARKER, OutputError, write_outputs
from tests.conftest import FIXTURES, ROOT
from tests.servers import serve

MIRROR = FIXTURES / "mirror"
FILES = {Path("generated/a.txt"): b"a\n", Path("site/docs/b.md"): b"# B\n"}


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_outputs_carry_a_marker_and_are_replaced_whole(tmp_path: Path) -> None:
    assert write_outputs(tmp_path, FILES)
    assert (tmp_path / "generated" / MARKER).is_file() and (tmp_path / "site" / MARKER).is_file()
    (tmp_path / "site" / "docs" / "stray.md").write_text("left over")
    assert write_outputs(tmp_path, FILES)
    assert not (tmp_path / "site" / "docs" / "stray.md").exists()
    assert not write_outputs(tmp_path, FILES)


def test_a_folder_the_tool_did_not_make_is_never_replaced(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "mkdocs.yml").write_text("site_name: Someone else's\n")
    before = tree(tmp_path)
    with pytest.raises(OutputError, match="was not made by dintero-scopes"):
        write_outputs(tmp_path, FILES)
    assert tree(tmp_path) == before


def test_refresh_refuses_a_foreign_output_folder_before_any_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "generated").mkdir()
    (tmp_path / "generated" / "notes.txt").write_text("mine")
    with serve(MIRROR) as server:
        code = main(
            ["refresh", "--mirror", f"{server.origin}docs.dintero.com/", "--out", str(tmp_path)]
        )
        assert server.paths == []
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert f"{tmp_path / 'generated'} exists and was not made by dintero-scopes" in err
    assert (tmp_path / "generated" / "notes.txt").read_text() == "mine"


@pytest.mark.slow
def test_out_defaults_to_the_project_root_not_the_current_folder(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "mkdocs.yml").write_text("site_name: Another project\n")
    before = tree(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "scraper.cli", "render"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{ROOT / 'generated' / 'catalogue.json'}:")
    assert tree(tmp_path) == before


def test_an_interrupt_while_staging_leaves_the_outputs_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_outputs(tmp_path, FILES)
    before = tree(tmp_path)
    written = 0
    original = Path.write_bytes

    def interrupted(path: Path, data: bytes) -> int:
        nonlocal written
        written += 1
        if written == 3:
            raise KeyboardInterrupt
        return original(path, data)

    monkeypatch.setattr(Path, "write_bytes", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_outputs(tmp_path, {**FILES, Path("site/docs/c.md"): b"# C\n"})
    monkeypatch.undo()
    assert tree(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated", "site"]


def test_an_interrupt_while_swapping_waits_until_the_swap_is_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_outputs(tmp_path, FILES)
    swap = outputs._swap_all

    def swap_with_an_interrupt(staging: Path, out: Path, tops: list[str]) -> None:
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C, in the middle of the swap
        swap(staging, out, tops)

    monkeypatch.setattr(outputs, "_swap_all", swap_with_an_interrupt)
    new = {**FILES, Path("site/docs/c.md"): b"# C\n"}
    # Another thread alive, as a crawl's may be: the signal may land there.
    done = threading.Event()
    other = threading.Thread(target=done.wait)
    other.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            write_outputs(tmp_path, new)
    finally:
        done.set()
        other.join()
    assert (tmp_path / "site" / "docs" / "c.md").read_bytes() == b"# C\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated", "site"]


def test_a_staging_folder_left_by_a_killed_run_is_removed_and_ignored_by_git(
    tmp_path: Path,
) -> None:
    write_outputs(tmp_path, FILES)
    left = tmp_path / ".dintero-scopes-abc123"
    (left / "site").mkdir(parents=True)
    (left / MARKER).write_bytes(outputs.MARKER_TEXT)
    with outputs.claimed(tmp_path, "render", 0):
        assert not left.exists()
        write_outputs(tmp_path, {**FILES, Path("site/docs/c.md"): b"# C\n"})
    for name in (".dintero-scopes-abc123/site/x", LOCK, HOLDER):
        ignored = subprocess.run(["git", "check-ignore", "-q", name], cwd=ROOT, check=False)
        assert ignored.returncode == 0, name


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--concurrency", "0"], "--concurrency must be at least 1, not 0"),
        (["--concurrency", "-1"], "--concurrency must be at least 1, not -1"),
        (["--max-removals", "nan"], "--max-removals must be a share from 0 to 1, not nan"),
        (["--max-removals", "-1"], "--max-removals must be a share from 0 to 1, not -1.0"),
        (["--max-removals", "1.5"], "--max-removals must be a share from 0 to 1, not 1.5"),
        (["--report", "/no/such/dir/r.md"], "--report /no/such/dir/r.md: cannot write a file"),
        (["--wait", "-1"], "--wait must be a number of seconds, 0 or more, not -1.0"),
        (["--wait", "nan"], "--wait must be a number of seconds, 0 or more, not nan"),
    ],
)
def test_arguments_that_cannot_work_stop_the_run_before_any_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with serve(MIRROR) as server:
        mirror = f"{server.origin}docs.dintero.com/"
        code = main(["refresh", "--mirror", mirror, "--out", str(tmp_path), *args])
        assert server.paths == []
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.startswith(f"dintero-scopes: error: {message}") and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
