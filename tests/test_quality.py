"""The project's own code stays ruff- and mypy-clean."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


def test_ruff_check_and_format() -> None:
    check = run(sys.executable, "-m", "ruff", "check", "scraper", "tests", "benchmarks")
    assert check.returncode == 0, check.stdout
    style = run(sys.executable, "-m", "ruff", "format", "--check", "scraper", "tests", "benchmarks")
    assert style.returncode == 0, style.stdout


def test_mypy_strict() -> None:
    typed = run(sys.executable, "-m", "mypy")
    assert typed.returncode == 0, typed.stdout
