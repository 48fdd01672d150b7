"""One writer at a time: refreshes into one folder take turns, a run that waits too long
stops with one line, and a kill at any step of the swap is repaired by the next run.

The runs are real processes; the sites are small copies of the tests' own
(tests/docs_copies.py).
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scraper.cli import main
from scraper.lock import HOLDER
from scraper.outputs import MARKER, MARKER_TEXT, STAGING_PREFIX
from tests.conftest import ROOT
from tests.docs_copies import Site, base_site

COMMAND = [sys.executable, "-m", "scraper.cli"]
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
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def versions(out: Path) -> list[str]:
    return [r["version"] for r in json.loads((out / "generated/history.json").read_text())]


def left_behind(out: Path) -> list[str]:
    """Staging folders and lock notes: none may be left once every run is done."""
    return sorted(p.name for p in out.iterdir() if p.name.startswith(STAGING_PREFIX)) + (
        [HOLDER] if (out / HOLDER).exists() else []
    )


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


# Kills the run at the STEP-th step of the swap: each move, journal write or removal
# the writer makes in a staging folder.
KILL = """
import os, shutil, signal, sys
from pathlib import Path
from scraper.cli import main

step, seen = int(sys.argv[1]), 0

def counted(call):
    def step_of_the_swap(*args, **kwargs):
        global seen
        if any(".dintero-scopes-" in os.fspath(a) for a in args if isinstance(a, (str, Path))):
            seen += 1
            if seen == step:
                os.kill(os.getpid(), signal.SIGKILL)
        return call(*args, **kwargs)
    return step_of_the_swap

os.replace, os.unlink = counted(os.replace), counted(os.unlink)
shutil.rmtree = counted(shutil.rmtree)
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.slow
def test_a_kill_at_any_step_of_the_swap_is_repaired_by_the_next_run(tmp_path: Path) -> None:
    site = base_site()
    previous = tmp_path / "previous"
    assert (
        main(["refresh", "--mirror", str(site.write(tmp_path / "one")), "--out", str(previous)])
        == 10
    )
    # Two of twelve scopes gone: more than the gate lets through unasked.
    fewer = site.without_scope("write:payouts").without_scope("delete:orders")
    copy = fewer.write(tmp_path / "fewer")
    refresh = ["refresh", "--mirror", str(copy)]
    missing_after_kill: list[int] = []
    for step in range(1, 20):
        out = tmp_path / f"out{step}"
        shutil.copytree(previous, out)
        killed = subprocess.run(
            [
                sys.executable,
                "-c",
                KILL,
                str(step),
                *refresh,
                "--out",
                str(out),
                "--accept-removals",
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        if killed.returncode == 10:
            break
        assert killed.returncode == -9, killed.stderr
        if not (out / "generated").exists():
            missing_after_kill.append(step)
        code = main([*refresh, "--out", str(out)])
        if code == 3:
            # Rolled back: the previous outputs byte for byte, and the gate ran against them.
            assert tree(out) == tree(previous)
        else:
            # The swap was done: the new outputs, and nothing left to write.
            assert code == 0
            catalogue = json.loads((out / "generated/catalogue.json").read_text())
            assert {s["name"] for s in catalogue["scopes"]} == set(fewer.scopes)
        assert left_behind(out) == []
        assert all((out / name).is_file() for name in WHOLE)
        main([*refresh, "--out", str(out), "--accept-removals"])
        assert versions(out)[1:] == versions(previous)
        assert len(versions(out)) == 2
    else:
        pytest.fail("the run was killed at every step: the swap has more steps than counted")
    assert step > 6, "fewer steps than the swap has: the kills missed it"
    assert missing_after_kill, "no kill left generated/ missing: the test missed the swap"
