"""Shared test settings: where the local copy of the docs is, if this machine has one."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.cli import main
from scraper.model import Catalogue
from tests.sites import build, built_once, real_catalogue

# The run's browser, for the tests marked in_browser.
pytest_plugins = ["tests.browser"]

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
# The read-only copy of docs.dintero.com beside the project (present in CI).
SHARED_DOCS = ROOT.parent / "shared" / "dintero-docs"


@pytest.fixture
def shared_docs() -> Path:
    if not (SHARED_DOCS / "docs.dintero.com" / "llms.txt").is_file():
        pytest.skip(f"no local copy of docs.dintero.com at {SHARED_DOCS} (CI has one)")
    return SHARED_DOCS


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogue's site, built once for every test that reads it."""
    return built_once("real-site", real_catalogue, tmp_path_factory)


@pytest.fixture(scope="session")
def fixture_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    """The catalogue a refresh makes of the project's own fixture site (tests/fixtures/mirror):
    facts the tests may rely on, whatever the real docs say next week."""
    out = tmp_path_factory.mktemp("fixture-outputs")
    assert main(["refresh", "--mirror", str(FIXTURES / "mirror"), "--out", str(out)]) == 10
    return Catalogue.load(out / "generated" / "catalogue.json")


@pytest.fixture(scope="session")
def fixture_site(fixture_catalogue: Catalogue, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(fixture_catalogue, tmp_path_factory.mktemp("fixture-site"))
