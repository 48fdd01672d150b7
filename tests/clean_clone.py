"""Main stays green after a real change upstream: the proof, end to end.

    .venv/bin/python tests/clean_clone.py [--mirror DIR] [--keep]

In a clean clone of this checkout's HEAD, made in a temporary folder (so `../shared`
is absent, as on a hosted runner), it refreshes from a copy of the docs whose facts
differ (by default `tests/fixtures/mirror`, the project's own small site: other scopes,
other endpoints, other counts), accepting the removals as a reviewer accepts a real
change, commits the outputs, and runs the README's test command there, verbatim
(a fresh venv, `pip install -e '.[test]'`, the whole suite). It prints each step and
exits with the test command's code. Minutes, not seconds: the suite runs it never;
tests/test_quality.py keeps the tests from reading what such a change moves.
"""

from __future__ import annotations

import argparse
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_MIRROR = ROOT / "tests" / "fixtures" / "mirror"


def readme_test_command() -> str:
    """The README quick start's second command: the one CI runs."""
    section = (ROOT / "README.md").read_text().split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", section)[1]


def step(title: str, command: list[str], cwd: Path) -> int:
    print(f"== {title}: {' '.join(command)}", flush=True)
    start = time.perf_counter()
    # Ctrl-C as in a terminal, even when this script runs in the background (where the
    # shell has the children ignore it): a test interrupts a refresh on purpose.
    reset = lambda: signal.signal(signal.SIGINT, signal.SIG_DFL)  # noqa: E731
    code = subprocess.run(command, cwd=cwd, check=False, preexec_fn=reset).returncode
    print(f"== exit {code} in {time.perf_counter() - start:.0f} s", flush=True)
    return code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--mirror", type=Path, default=FIXTURE_MIRROR, help="the copy to refresh from"
    )
    parser.add_argument("--keep", action="store_true", help="keep the clone, and say where")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="dintero-clean-clone-"))
    clone = folder / "clone"
    git = ["git", "-c", "user.name=clean clone", "-c", "user.email=clone@example.invalid"]
    try:
        if step("clone", ["git", "clone", "-q", "--no-hardlinks", str(ROOT), str(clone)], folder):
            return 2
        assert not (clone.parent / "shared").exists()
        # This interpreter runs the clone's own code: `-m` puts the clone's folder first.
        refresh = [sys.executable, "-m", "scraper.cli", "refresh", "--accept-removals"]
        if step("refresh", [*refresh, "--mirror", str(args.mirror.resolve())], clone) != 10:
            return 2
        step("stage", ["git", "add", "-A"], clone)
        step("commit", [*git, "commit", "-q", "-m", "A real change upstream"], clone)
        return step("the README's test command", ["bash", "-c", readme_test_command()], clone)
    finally:
        if args.keep:
            print(f"== the clone: {clone}")
        else:
            subprocess.run(["rm", "-rf", str(folder)], check=False)


if __name__ == "__main__":
    sys.exit(main())
