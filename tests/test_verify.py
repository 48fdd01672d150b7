"""`dintero-scopes verify`: a broken build stops the scheduled refresh, the data is reported."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from scraper.cli import main
from scraper.model import Catalogue, Endpoint, Finding, FindingKind, Scope, Source, SourceKind
from scraper.outputs import write_outputs
from scraper.pipeline import products

PAGE = Source("https://docs.dintero.com/api-reference/sessions.md", SourceKind.API_PAGE)
CHECKOUT = "https://checkout.dintero.com/v1"
CATALOGUE = Catalogue(
    schema_version=2,
    source="https://docs.dintero.com/llms.txt",
    fetched_at="2026-11-30T04:23:00Z",
    scopes=[Scope("read:checkout", "read", "checkout", None, "Read checkout", None, [PAGE])],
    endpoints=[
        Endpoint("GET", CHECKOUT, "/sessions", "Sessions", None, ["read:checkout"], [PAGE]),
        Endpoint("GET", CHECKOUT, "/events", "Events", None, [], [PAGE]),
    ],
    findings=[Finding(FindingKind.ENDPOINT_WITHOUT_SCOPES, "GET /events names no scope", [])],
    mirror=True,
)
NO_BACKEND = importlib.util.find_spec("hatchling") is None


@pytest.fixture
def out(tmp_path: Path) -> Path:
    write_outputs(tmp_path / "out", products(CATALOGUE, []))
    return tmp_path / "out"


def verify(out: Path, *extra: str) -> int:
    return main(["verify", "--out", str(out), "--offline", *extra])


@pytest.mark.slow
@pytest.mark.skipif(NO_BACKEND, reason="hatchling (a test dependency) builds the package")
def test_sound_outputs_pass_and_the_data_is_reported(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.md"
    report.write_text("## Release\n")
    assert verify(out, "--report", str(report)) == 0
    facts = report.read_text()
    assert facts.startswith("## Release\n\n## The data\n")
    assert "Read from a local copy (--mirror)" in facts
    assert "| endpoints with a scope list | 1 (50.0%) |" in facts
    assert "| endpoints that authenticate the client (HTTP Basic) | none |" in facts
    assert "| `endpoint_without_scopes` | 1 |" in facts
    assert capsys.readouterr().err == ""


@pytest.mark.slow
@pytest.mark.skipif(NO_BACKEND, reason="hatchling (a test dependency) builds the package")
def test_a_package_that_does_not_import_is_a_broken_build(
    out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init = out / "generated/python/src/dintero_scopes/__init__.py"
    init.write_text(init.read_text() + "\nraise ImportError('broken')\n")
    assert verify(out) == 2
    assert "broken build: the package:" in capsys.readouterr().err


def test_a_site_or_schema_that_does_not_build_is_a_broken_build(
    out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("scraper.verify.check_package", lambda *_: [])
    (out / "site/docs/index.md").write_text("[a link to nowhere](nowhere.md)\n")
    schema = out / "generated/schema/client-grant.schema.json"
    document = json.loads(schema.read_text())
    document["properties"]["scope"]["items"] = {"$ref": "https://example.org/scope.json"}
    schema.write_text(json.dumps(document))
    (out / "generated/schema/dintero-scope.schema.json").write_text('{"type": 5}')
    assert verify(out) == 2
    err = capsys.readouterr().err.splitlines()
    assert any(line.startswith("dintero-scopes: broken build: the site:") for line in err)
    assert any("refers elsewhere: https://example.org/scope.json" in line for line in err)
    assert any("dintero-scope.schema.json: 5 is not valid" in line for line in err)
