"""The scheduled refresh against a real HTTP server on 127.0.0.1: unchanged, changed, broken."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from scraper.cli import main
from tests.conftest import FIXTURES
from tests.servers import LocalServer, serve

API = "https://api.dintero.com/v1"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of the fixture mirror whose index links only pages that exist."""
    www = tmp_path / "www"
    shutil.copytree(FIXTURES / "mirror", www)
    llms = www / "docs.dintero.com" / "llms.txt"
    lines = llms.read_text().splitlines(keepends=True)
    llms.write_text("".join(line for line in lines if "delete-store" not in line))
    return www / "docs.dintero.com"


@pytest.fixture
def server(site: Path) -> Iterator[LocalServer]:
    with serve(site.parent) as running:
        yield running


def refresh(server: LocalServer, out: Path, *extra: str) -> int:
    mirror = server.origin + "docs.dintero.com/"
    return main(["refresh", "--mirror", mirror, "--out", str(out), *extra])


def tree(out: Path) -> dict[str, tuple[bytes, int]]:
    """Every output file with its bytes and modification time."""
    return {
        str(path.relative_to(out)): (path.read_bytes(), path.stat().st_mtime_ns)
        for top in ("generated", "site")
        for path in sorted((out / top).rglob("*"))
        if path.is_file()
    }


def edit(file: Path, old: str, new: str) -> None:
    text = file.read_text()
    assert old in text
    file.write_text(text.replace(old, new))
    # Last-Modified has one-second resolution: make the change visible to it.
    later = time.time() + 5
    os.utime(file, (later, later))


def test_second_run_gets_only_304s_and_changes_no_file(
    server: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert refresh(server, out) == 10
    before = tree(out)
    assert (out / "generated" / "validators.json").is_file()
    server.forget()
    assert refresh(server, out) == 0
    assert server.statuses and set(server.statuses) == {304}
    assert tree(out) == before
    assert "(unchanged)" in capsys.readouterr().out


def test_changed_copy_reports_exactly_the_changes(
    site: Path, server: LocalServer, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert refresh(server, out) == 10
    # The page and its spec block change together, as the docs platform makes both.
    page = site / "api-reference" / "stores" / "store-details.md"
    for pad in ("", "        "):
        edit(
            page,
            f"{pad}scopes:\n{pad}- admin:accounts\n{pad}- read:accounts\n",
            f"{pad}scopes:\n{pad}- admin:accounts\n{pad}- read:accounts\n{pad}- read:stores\n",
        )
    clients = site / "docs" / "clients.md"
    edit(clients, "Manage checkout fully ", "Manage checkout, all of it")
    edit(clients, "|   `public:checkout`               | Public resources, read-only |\n", "")
    edit(
        clients,
        "|   `write:checkout`                |                             |\n",
        "|   `write:checkout`                |                             |\n"
        "|   `create:checkout`               | Open sessions               |\n",
    )
    report = tmp_path / "report.md"
    assert refresh(server, out, "--report", str(report)) == 10
    changes = json.loads((out / "generated" / "changes.json").read_text())
    store = f"GET {API}/accounts/{{aid}}/stores/{{store_id}}"
    assert changes == [
        {
            "kind": "endpoint_scopes_changed",
            "key": store,
            "before": ["admin:accounts", "read:accounts"],
            "after": ["admin:accounts", "read:accounts", "read:stores"],
        },
        {"kind": "scope_added", "key": "create:checkout", "before": None, "after": "Open sessions"},
        {"kind": "scope_added", "key": "read:stores", "before": None, "after": None},
        {
            "kind": "scope_description_changed",
            "key": "admin:checkout",
            "before": "Manage checkout fully",
            "after": "Manage checkout, all of it",
        },
        {
            "kind": "scope_removed",
            "key": "public:checkout",
            "before": "Public resources, read-only",
            "after": None,
        },
    ]
    text = report.read_text()
    assert "### Scopes added" in text and "read:stores" in text
    changelog = (out / "generated" / "CHANGELOG.md").read_text()
    assert changelog.count("\n## ") == 2


def test_broken_copy_is_refused_and_outputs_stay_byte_identical(
    site: Path, server: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert refresh(server, out) == 10
    before = tree(out)
    for page in (site / "api-reference").rglob("*.md"):
        page.write_text("<html><body>Service unavailable</body></html>\n")
        later = time.time() + 5
        os.utime(page, (later, later))
    capsys.readouterr()
    assert refresh(server, out) == 3
    error = capsys.readouterr().err
    assert "refresh refused, nothing written" in error
    assert "endpoints would be removed" in error and "parse coverage dropped" in error
    assert tree(out) == before
    assert refresh(server, out, "--accept-removals") == 10
    assert tree(out) != before
