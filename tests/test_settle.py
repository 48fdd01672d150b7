"""A refresh that settles: a repeat with no change writes nothing; a removed scope stays,
deprecated and named by the release that removed it, until the next release drops it.

Each test refreshes from small copies of a docs site of its own (tests/docs_copies.py).
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from scraper.cli import main
from scraper.render import python
from tests.docs_copies import Site, base_site
from tests.run_outputs import history, state

SCOPES = Path("generated/python/src/dintero_scopes/_scopes.py")


def refresh(out: Path, site: Site, copy: Path, *extra: str) -> int:
    """Refresh `out` from `site`, written to `copy` unless it is there already."""
    if not copy.exists():
        site.write(copy)
    return main(["refresh", "--mirror", str(copy), "--out", str(out), *extra])


def render(out: Path) -> int:
    return main(["render", "--out", str(out)])


def releases_printed(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [line for line in capsys.readouterr().out.splitlines() if line.startswith("release ")]


def test_a_repeat_refresh_or_render_with_no_change_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, site = tmp_path / "out", base_site()
    assert refresh(out, site, tmp_path / "one") == 10
    changed = site.with_endpoint("GET", "/things/{id}/notes", "read:things", "admin:things")
    assert refresh(out, changed, tmp_path / "two") == 10
    assert len(releases_printed(capsys)) == 2
    before = state(out)
    assert refresh(out, changed, tmp_path / "two") == 0
    assert render(out) == 0
    assert render(out) == 0
    assert refresh(out, changed, tmp_path / "two") == 0
    assert state(out) == before
    assert releases_printed(capsys) == []


def test_a_new_order_of_scopes_is_no_change_and_a_new_group_is_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, site = tmp_path / "out", base_site()
    assert refresh(out, site, tmp_path / "one") == 10
    first = history(out)
    capsys.readouterr()
    reordered = Site(site.scopes, {key: scopes[::-1] for key, scopes in site.endpoints.items()})
    assert refresh(out, reordered, tmp_path / "reordered") in (0, 10)
    assert releases_printed(capsys) == []
    assert history(out) == first
    regrouped = site.with_group("read:things", "admin:orders")
    assert refresh(out, regrouped, tmp_path / "regrouped") == 10
    version = first[0]["version"]
    assert releases_printed(capsys) == [f"release {version}.1: 1 scope moved to another group"]
    changes = json.loads((out / "generated/changes.json").read_text())
    assert changes == [
        {
            "kind": "scope_group_changed",
            "key": "read:things",
            "before": "admin:things",
            "after": "admin:orders",
        }
    ]
    page = html.unescape((out / "site/docs/changes.md").read_text()).replace("\\", "")
    assert "### Scopes moved to another group" in page and "admin:things -> admin:orders" in page


def test_a_removed_scope_lives_one_release_with_no_post_release_in_between(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out, site = tmp_path / "out", base_site()
    assert refresh(out, site, tmp_path / "one") == 10
    gone = site.without_scope("write:payouts")
    assert refresh(out, gone, tmp_path / "gone") == 10
    removal = history(out)[0]
    assert removal["deprecated"] == {"write:payouts": "Write payouts"}
    note = f"removed from the Dintero docs in {removal['version']};"
    assert note in (out / SCOPES).read_text() and "WRITE_PAYOUTS =" in (out / SCOPES).read_text()
    capsys.readouterr()
    settled = state(out)
    for _ in range(2):
        assert refresh(out, gone, tmp_path / "gone") == 0
        assert render(out) == 0
    assert state(out) == settled and releases_printed(capsys) == []

    # A fix to the package's code: one post-release, whose note still names the removal.
    shipped = python.runtime_files()
    fix = {python.PACKAGE / "_runtime" / "fix.py": b"# A fix.\n"}
    monkeypatch.setattr(python, "runtime_files", lambda: {**shipped, **fix})
    assert render(out) == 0
    (post,) = releases_printed(capsys)
    assert (
        post == f"release {removal['version']}.post1: the package's code changed, the data did not"
    )
    assert note in (out / SCOPES).read_text()
    settled = state(out)
    assert refresh(out, gone, tmp_path / "gone") == 0 and render(out) == 0
    assert state(out) == settled and releases_printed(capsys) == []

    # The next release of data drops it, and says so.
    more = gone.with_endpoint("GET", "/payouts/{id}/events", "read:payouts", "admin:payouts")
    assert refresh(out, more, tmp_path / "more") == 10
    versions = [r["version"] for r in history(out)]
    assert versions[1:] == [f"{removal['version']}.post1", removal["version"], versions[3]]
    assert history(out)[0]["dropped"] == ["write:payouts"]
    assert history(out)[0]["deprecated"] == {}
    assert "WRITE_PAYOUTS" not in (out / SCOPES).read_text()
    changelog = (out / "generated/CHANGELOG.md").read_text()
    assert f"## {versions[0]} (" in changelog
    assert changelog.split(f"## {versions[0]} (")[1].split("\n")[0].endswith(" — breaking")
