"""One writer at a time: refreshes into one folder take turns, and a run that waits too
long stops with one line.

The runs are real processes; the sites are small copies of the tests' own
(tests/docs_copies.py).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scraper.cli import main
from scraper.outputs import MARKER, MARKER_TEXT, STAGING_PREFIX
from tests.conftest import ROOT
from tests.docs_copies import Site, base_site
from tests.run_outputs import WHOLE, left_behind, tree, versions

COMMAND = [sys.executable, "-m", "scraper.cli"]


def with_extras(count: int) -> Site:
    """The base site and `count` more endpoints: each count is a site unlike the others."""
    site = base_site()
    for n in range(count):
        site = site.with_endpoint("GET", f"/extras/{n}", "read:things", "admin:things")
    return site


@pytest.mark.slow
def test_two_refreshes_at_once_take_turns_and_lose_no_release(tmp_path: Path) -> None:
    out = tmp_path / "out"
    printed: list[str] = []
    for round_ in range(6):
        copies = [
            with_extras(2 * round_ + n).write(tmp_path / f"copy{2 * round_ + n}") for n in (1, 2)
        ]
        runs = [
            subprocess.Popen(
                [*COMMAND, "refresh", "--mirror", str(copy), "--out", str(out)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=ROOT,
            )
            for copy in copies
        ]
        for run in runs:
            stdout, stderr = run.communicate(timeout=300)
            assert run.returncode == 10, stderr
            printed += [
                line.split()[1].rstrip(":")
                for line in stdout.splitlines()
                if line.startswith("release ")
            ]
        assert len(printed) == 2 * round_ + 2
        assert sorted(versions(out)) == sorted(printed)
        assert all((out / name).is_file() for name in WHOLE)
        assert left_behind(out) == []
    # Whole and of one piece: what the catalogue and history make is what is there.
    before = tree(out)
    assert main(["render", "--out", str(out)]) == 0
    assert tree(out) == before


HOLD = """
import sys
from pathlib import Path
from scraper.lock import hold

with hold(Path(sys.argv[1]), "refresh", 0):
    print("held", flush=True)
    sys.stdin.read()
"""


def test_a_run_that_waits_too_long_stops_with_one_line_and_touches_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy, out = base_site().write(tmp_path / "copy"), tmp_path / "out"
    assert main(["refresh", "--mirror", str(copy), "--out", str(out)]) == 10
    changed = with_extras(1).write(tmp_path / "changed")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        # The live run's staging folder, which no other run may take for a stale one.
        live = out / f"{STAGING_PREFIX}live"
        live.mkdir()
        (live / MARKER).write_bytes(MARKER_TEXT)
        before = tree(out)
        capsys.readouterr()
        started = time.monotonic()
        refresh = ["refresh", "--mirror", str(changed), "--out", str(out), "--wait", "0.5"]
        assert main(refresh) == 2
        assert time.monotonic() - started >= 0.5
        assert main(["render", "--out", str(out), "--wait", "0"]) == 2
        assert tree(out) == before
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait()
    out_text, err = capsys.readouterr()
    assert out_text == ""
    lines = err.splitlines()
    assert len(lines) == 2
    other = f"(refresh, pid {holder.pid} on {socket.gethostname()}, since 20"
    assert lines[0].startswith(
        f"dintero-scopes: error: {out} is being written by another run {other}"
    )
    assert lines[0].endswith("; gave up after waiting 0.5 s (--wait sets how long)")
    assert other in lines[1] and "waiting 0 s" in lines[1]
