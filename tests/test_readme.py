"""The README's quick start stays true: CI runs its test command, its refresh works."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from scraper.cli import main
from tests.conftest import ROOT


def quick_start() -> list[str]:
    section = (ROOT / "README.md").read_text().split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", section)


def test_quick_start_is_two_commands() -> None:
    commands = quick_start()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text().rstrip().splitlines()
    assert ci[-1] == quick_start()[1]


@pytest.mark.slow
def test_quick_start_refresh_reproduces_the_committed_catalogue(tmp_path: Path) -> None:
    command = quick_start()[0]
    mirror = re.search(r"--mirror (\S+)", command)
    assert mirror is not None
    assert main(["refresh", "--mirror", str(ROOT / mirror.group(1)), "--out", str(tmp_path)]) == 10
    made = json.loads((tmp_path / "generated" / "catalogue.json").read_text())
    committed = json.loads((ROOT / "generated" / "catalogue.json").read_text())
    # The data, not how it was read: a live refresh writes mirror false, a copy true.
    unread = dict.fromkeys(["fetched_at", "mirror"])
    assert {**made, **unread} == {**committed, **unread}


def test_readme_is_short_and_its_links_resolve() -> None:
    readme = (ROOT / "README.md").read_text()
    assert len(readme.encode()) < 10_000
    links = re.findall(r"\]\(([^)#\s]+)\)", readme)
    local = [link for link in links if "://" not in link]
    assert "docs/commands.md" in local
    assert [link for link in local if not (ROOT / link).exists()] == []


def test_reference_pages_link_to_files_that_exist() -> None:
    broken = [
        (page.name, link)
        for page in (ROOT / "docs").glob("*.md")
        for link in re.findall(r"\]\(([^)#\s]+)\)", page.read_text())
        if "://" not in link and not (page.parent / link).exists()
    ]
    assert broken == []
