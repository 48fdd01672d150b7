"""The catalogue made from the local copy of docs.dintero.com, checked against the files.

The expectations here are read from the copy with plain regular expressions and
PyYAML, independently of the parsers under test. Skipped where the copy is absent.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from scraper.cli import main
from tests.conftest import ROOT
from tests.test_client_auth import PLUGIN

# Slow: refreshes from the whole local copy of the docs.
pytestmark = pytest.mark.slow

DOCS = "https://docs.dintero.com"
API_DIRS = ("api-reference", "checkout-api", "management-auth-api", "partners")
FENCE = re.compile(r"^````yaml (?P<info>[^\n]*)\n(?P<body>.*?)^````", re.MULTILINE | re.DOTALL)
SCOPE_LIKE = re.compile(
    r"(?<![\w:/.-])(?:(?:admin|read|write|create|public|user):[a-z][\w:/.\-]*[\w/]"
    r"|[a-z]+:(?:admin|read|write))(?![\w-]|…)"
)


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from tests.conftest import SHARED_DOCS

    if not (SHARED_DOCS / "docs.dintero.com" / "llms.txt").is_file():
        pytest.skip(f"no local copy of docs.dintero.com at {SHARED_DOCS} (CI has one)")
    out = tmp_path_factory.mktemp("shared")
    assert main(["refresh", "--mirror", str(SHARED_DOCS), "--out", str(out)]) == 10
    result: dict[str, Any] = json.loads((out / "generated" / "catalogue.json").read_text())
    return result


@pytest.fixture(scope="module")
def site() -> Path:
    from tests.conftest import SHARED_DOCS

    return SHARED_DOCS / "docs.dintero.com"


def listed_scopes(description: str) -> list[str]:
    """The items under a `scopes:` line, in any of its spellings."""
    lines = description.splitlines()
    for i, line in enumerate(lines):
        if line.strip().strip("*").rstrip(":").strip("*").lower() == "scopes":
            items = []
            for item in lines[i + 1 :]:
                match = re.fullmatch(r"\s*- (\S+)\s*", item)
                if not match:
                    break
                items.append(match.group(1))
            return items
    return []


def api_pages(site: Path) -> list[tuple[str, str, str, str, list[str]]]:
    """(url, method, server, path, scopes) of every API page, read from its OpenAPI block."""
    pages = []
    for top in API_DIRS:
        for file in sorted((site / top).rglob("*.md")):
            fence = FENCE.search(file.read_text())
            assert fence, file
            *_, method, path = fence["info"].split()
            spec = yaml.safe_load(fence["body"])
            operation = spec["paths"][path][method]
            scopes = listed_scopes(operation.get("description", "")) or operation.get(
                "x-scopes", []
            )
            server = spec["servers"][0]["url"].rstrip("/")
            url = f"{DOCS}/{file.relative_to(site).as_posix()}"
            pages.append((url, method.upper(), server, path, scopes))
    return pages


def same_endpoint(endpoint: dict[str, Any], method: str, server: str, path: str) -> bool:
    def shape(p: str) -> str:
        return re.sub(r"\{[^}]*\}", "{}", p)

    return (endpoint["method"], endpoint["server"], shape(endpoint["path"])) == (
        method,
        server,
        shape(path),
    )


def test_every_api_page_yields_its_endpoint_with_its_scopes(
    catalogue: dict[str, Any], site: Path
) -> None:
    pages = api_pages(site)
    assert len(pages) == 395
    for url, method, server, path, scopes in pages:
        (endpoint,) = [e for e in catalogue["endpoints"] if same_endpoint(e, method, server, path)]
        assert url in [s["url"] for s in endpoint["sources"]], url
        if scopes:
            assert endpoint["scopes"] == sorted(scopes), url
    distinct = {(m, s, re.sub(r"\{[^}]*\}", "{}", p)) for _, m, s, p, _ in pages}
    assert len(catalogue["endpoints"]) >= len(distinct)


def test_every_scope_string_is_catalogued_or_a_finding(
    catalogue: dict[str, Any], site: Path
) -> None:
    names = {s["name"] for s in catalogue["scopes"]}
    messages = " ".join(f["message"] for f in catalogue["findings"])
    seen: set[str] = set()
    for file in site.rglob("*"):
        if file.is_file():
            seen.update(SCOPE_LIKE.findall(file.read_text(errors="replace")))
    assert len(seen) > 60
    for token in sorted(seen):
        assert token in names or token in messages, token
    assert "checkout:admin" not in names
    assert "checkout:admin" in messages


def test_the_seed_scope_table_is_fully_represented(catalogue: dict[str, Any], site: Path) -> None:
    scopes = {s["name"]: s for s in catalogue["scopes"]}
    group = None
    rows = 0
    for line in (site / "docs" / "loyalty" / "clients.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 2 or ":" not in cells[0]:
            continue
        name, description = cells
        rows += 1
        if name.startswith("admin:"):
            group = name
        scope = scopes[name]
        assert scope["description"] == (description or None), name
        assert scope["group"] == (None if name == group else group), name
        table_urls = [s["url"] for s in scope["sources"] if s["kind"] == "scope_table"]
        assert f"{DOCS}/docs/loyalty/clients.md" in table_urls
    assert rows == 52


def test_spec_and_pages_agree_or_the_difference_is_a_finding(
    catalogue: dict[str, Any], site: Path
) -> None:
    spec = yaml.safe_load((site / "specs" / "spec-payments.yaml").read_text())
    spec_url = f"{DOCS}/specs/spec-payments.yaml"
    findings = [f for f in catalogue["findings"] if spec_url in f["urls"]]
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in ("get", "put", "post", "delete", "patch", "head"):
                continue
            matches = [
                e
                for e in catalogue["endpoints"]
                if e["method"] == method.upper()
                and e["path"] == path
                and spec_url in [s["url"] for s in e["sources"]]
            ]
            assert len(matches) == 1, (method, path)
            expected = set(operation.get("x-scopes", []))
            if expected != set(matches[0]["scopes"]):
                assert any(path in f["message"] for f in findings), (method, path)


HELPDESK = [
    "GET",
    "https://api.dintero.com/v1/accounts/T12345678/customers/users",
    "GET",
    "https://api.dintero.com/v1/accounts/T12345678/customers/users/c1",
]


def test_the_helpdesk_of_the_client_setup_guide_needs_read_customers(
    catalogue: dict[str, Any], tmp_path: Path
) -> None:
    """Dintero's client-setup guide: a helpdesk that lists customers and reads one needs
    only read:customers. Asked from a folder outside the checkout, of the tool and of the
    committed package's own command (the committed outputs are this copy's: see
    test_committed_outputs)."""
    package = {**os.environ, "PYTHONPATH": str(ROOT / "generated" / "python" / "src")}
    for module, env in (("scraper.cli", None), ("dintero_scopes", package)):
        done = subprocess.run(
            [sys.executable, "-m", module, "need", "--json", *HELPDESK],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["scopes"] == ["read:customers"], module


def test_the_guides_words_offer_the_endpoint_that_reads_one_customer(
    catalogue: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The client-setup guide says "Customer details", which is no title: need offers the
    endpoint that reads one customer among its candidates, and picks none."""
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(catalogue))
    assert main(["need", "--json", "--name", "Customer details", "--catalogue", str(path)]) == 1
    problem = json.loads(capsys.readouterr().out)["calls"][0]["problem"]
    offered = [(c["method"], c["server"] + c["path"]) for c in problem["candidates"]]
    details = "https://api.dintero.com/v1/accounts/{aid}/customers/users/{customer_id}"
    assert ("GET", details) in offered


def test_a_checkout_plugin_needs_read_and_write_checkout(
    catalogue: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The token endpoint's page says client credentials authenticate with HTTP Basic: its
    scopes are the Bearer grants', and the plugin needs only the checkout scopes."""
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(catalogue))
    assert main(["need", "--json", *PLUGIN, "--catalogue", str(path)]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["scopes"] == ["read:checkout", "write:checkout"]
    token = answer["calls"][0]
    assert token["client_auth"] and "write:accounts:/auth/users" in token["bearer_scopes"]
    assert main(["need", *PLUGIN, "--catalogue", str(path)]) == 0
    assert f"Note: {PLUGIN[0]} needs no scope with client credentials" in capsys.readouterr().out
