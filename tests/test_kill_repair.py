"""A kill at any step of the swap: the next run repairs it before it reads anything.

Each kill is a SIGKILL to a real refresh, at one step of its swap; the next run must find
the previous outputs byte for byte (and refuse, its safety gate comparing against them)
or the new ones whole, and the history must go on from the last whole release.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scraper.cli import main
from tests.conftest import ROOT
from tests.docs_copies import base_site
from tests.run_outputs import WHOLE, left_behind, tree, versions

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
    first = site.write(tmp_path / "one")
    assert main(["refresh", "--mirror", str(first), "--out", str(previous)]) == 10
    # Two of twelve scopes gone: more than the gate lets through unasked.
    fewer = site.without_scope("write:payouts").without_scope("delete:orders")
    copy = fewer.write(tmp_path / "fewer")
    missing_after_kill: list[int] = []
    for step in range(1, 20):
        out = tmp_path / f"out{step}"
        shutil.copytree(previous, out)
        refresh = ["refresh", "--mirror", str(copy), "--out", str(out)]
        killed = subprocess.run(
            [sys.executable, "-c", KILL, str(step), *refresh, "--accept-removals"],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        if killed.returncode == 10:
            break
        assert killed.returncode == -9, killed.stderr
        if not (out / "generated").exists():
            missing_after_kill.append(step)
        code = main(refresh)
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
        assert main([*refresh, "--accept-removals"]) == (10 if code == 3 else 0)
        assert versions(out)[1:] == versions(previous)
        assert len(versions(out)) == 2
    else:
        pytest.fail("the run was killed at every step: the swap has more steps than counted")
    assert step > 6, "fewer steps than the swap has: the kills missed it"
    assert missing_after_kill, "no kill left generated/ missing: the test missed the swap"
