"""`dintero-scopes refresh` end to end, on the fixture mirror in tests/fixtures/mirror."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scraper.cli import main
from scraper.lock import LOCK
from tests.conftest import FIXTURES
from tests.servers import LocalServer, serve

MIRROR = FIXTURES / "mirror"
DOCS = "https://docs.dintero.com"


def refresh(out: Path, mirror: str, *extra: str) -> dict[str, Any]:
    assert main(["refresh", "--mirror", mirror, "--out", str(out), *extra]) in (0, 10)
    catalogue: dict[str, Any] = json.loads((out / "generated" / "catalogue.json").read_text())
    return catalogue


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with serve(MIRROR) as running:
        yield running


@pytest.fixture
def catalogue(server: LocalServer, tmp_path: Path) -> dict[str, Any]:
    return refresh(tmp_path, server.origin + "docs.dintero.com/")


def endpoint(catalogue: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    (found,) = [e for e in catalogue["endpoints"] if (e["method"], e["path"]) == (method, path)]
    entry: dict[str, Any] = found
    return entry


def findings(catalogue: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [f for f in catalogue["findings"] if f["kind"] == kind]


def test_top_level_shape(catalogue: dict[str, Any]) -> None:
    assert list(catalogue) == sorted(
        ["schema_version", "source", "fetched_at", "mirror", "scopes", "endpoints", "findings"]
    )
    assert catalogue["source"] == f"{DOCS}/llms.txt"
    assert catalogue["schema_version"] == 2
    assert catalogue["mirror"] is True


def test_endpoints_take_the_pages_scopes_in_order(catalogue: dict[str, Any]) -> None:
    store = endpoint(catalogue, "GET", "/accounts/{aid}/stores/{store_id}")
    assert store["server"] == "https://api.dintero.com/v1"
    assert store["scopes"] == ["admin:accounts", "read:accounts"]
    assert store["title"] == "Store details"
    assert store["doc_url"] == f"{DOCS}/api-reference/stores/store-details"
    cancel = endpoint(catalogue, "POST", "/sessions/{id}/cancel")
    assert cancel["server"] == "https://checkout.dintero.com/v1"
    assert cancel["scopes"] == [
        "admin:checkout",
        "write:checkout",
        "write:checkout:/sessions/cancel",
    ]
    spec_only = endpoint(catalogue, "GET", "/transactions")
    assert spec_only["sources"] == [{"kind": "openapi", "url": f"{DOCS}/specs/spec-checkout.yaml"}]


def test_page_and_spec_accounts_of_one_endpoint_merge(catalogue: dict[str, Any]) -> None:
    session = endpoint(catalogue, "GET", "/sessions/{session_id}")
    assert [s["kind"] for s in session["sources"]] == ["api_page", "openapi"]
    mismatch = findings(catalogue, "spec_page_mismatch")
    assert [f["urls"] for f in mismatch] == [
        [f"{DOCS}/api-reference/sessions/cancel-session.md", f"{DOCS}/specs/spec-checkout.yaml"]
    ]


def test_scopes_parsed_with_description_group_and_sources(catalogue: dict[str, Any]) -> None:
    scopes = {s["name"]: s for s in catalogue["scopes"]}
    refresh_token = scopes["create:accounts:auth:refresh_token"]
    assert (refresh_token["action"], refresh_token["resource"], refresh_token["restriction"]) == (
        "create",
        "accounts",
        "auth:refresh_token",
    )
    assert refresh_token["group"] == "admin:accounts"
    assert scopes["admin:checkout"]["description"] == "Manage checkout fully"
    assert scopes["public:checkout"]["description"] == "Public resources, read-only"
    assert scopes["write:checkout:/sessions/cancel"]["restriction"] == "/sessions/cancel"
    kinds = {s["kind"] for s in scopes["read:checkout"]["sources"]}
    assert kinds == {"scope_table", "api_page", "openapi", "llms", "prose"}
    assert [s["name"] for s in catalogue["scopes"]] == sorted(scopes)


def test_findings(catalogue: dict[str, Any]) -> None:
    (missing,) = findings(catalogue, "page_not_found")
    assert missing["urls"] == [f"{DOCS}/api-reference/stores/delete-store.md"]
    (reversed_,) = findings(catalogue, "reversed_scope")
    assert "checkout:read" in reversed_["message"]
    assert reversed_["urls"] == [f"{DOCS}/docs/guides/grants.md"]
    (lookalike,) = findings(catalogue, "lookalike_scopes")
    assert "admin:account and admin:accounts" in lookalike["message"]
    (index_mismatch,) = findings(catalogue, "index_page_mismatch")
    assert index_mismatch["urls"][1] == f"{DOCS}/partners/accounts/list-accounts.md"
    not_in_table = {f["message"].split()[0] for f in findings(catalogue, "scope_not_in_table")}
    assert not_in_table == {"admin:account", "write:checkout:/sessions/cancel"}
    unused = {f["message"].split()[0] for f in findings(catalogue, "scope_unused")}
    assert unused == {"create:accounts:auth:refresh_token", "public:checkout"}


def test_only_the_docs_host_is_contacted_and_agent_blocks_are_data(
    server: LocalServer, catalogue: dict[str, Any]
) -> None:
    assert not any("not-followed" in path for path in server.paths)
    assert not any("feedback" in e["path"] for e in catalogue["endpoints"])
    assert len(set(server.hosts)) == 1


def test_index_scopes_of_a_missing_page_are_kept(catalogue: dict[str, Any]) -> None:
    write = next(s for s in catalogue["scopes"] if s["name"] == "write:accounts")
    assert {"kind": "llms", "url": f"{DOCS}/llms.txt"} in write["sources"]


def test_directory_mirror_and_http_mirror_agree(catalogue: dict[str, Any], tmp_path: Path) -> None:
    from_directory = refresh(tmp_path / "dir", str(MIRROR))
    assert {**from_directory, "fetched_at": ""} == {**catalogue, "fetched_at": ""}


def test_unchanged_refresh_rewrites_nothing(tmp_path: Path) -> None:
    refresh(tmp_path, str(MIRROR))
    written = tmp_path / "generated" / "catalogue.json"
    before = (written.read_bytes(), written.stat().st_mtime_ns)
    refresh(tmp_path, str(MIRROR))
    assert (written.read_bytes(), written.stat().st_mtime_ns) == before


def test_snapshot_keeps_raw_responses(tmp_path: Path) -> None:
    refresh(tmp_path / "out", str(MIRROR), "--save-raw", str(tmp_path / "snap"))
    llms = MIRROR / "docs.dintero.com" / "llms.txt"
    assert (tmp_path / "snap" / "docs.dintero.com" / "llms.txt").read_bytes() == llms.read_bytes()


def test_failed_refresh_leaves_previous_outputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refresh(tmp_path, str(MIRROR))
    written = tmp_path / "generated" / "catalogue.json"
    before = written.read_bytes()
    empty = tmp_path / "empty"
    (empty / "docs.dintero.com").mkdir(parents=True)
    assert main(["refresh", "--mirror", str(empty), "--out", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert f"{DOCS}/llms.txt" in error and "404" in error
    assert written.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [LOCK, "empty", "generated", "site"]
