"""Shared test settings: where the local copy of the docs is, if this machine has one; the
sites and the browser a run makes once; and how pytest-xdist shares the modules out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from xdist.scheduler import LoadFileScheduling

from scraper.cli import main
from scraper.model import Catalogue
from tests.sites import build, built_once, real_catalogue

# The run's browser, for the tests marked in_browser.
pytest_plugins = ["tests.browser"]
# The fixture repositories the scan reads have tests of their own: never run here.
collect_ignore_glob = ["fixtures/*"]

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


# The modules whose tests drive the browser: pytest-xdist runs them on one worker, one
# after another, so that a run starts one browser and no two Chromiums share the cores.
BROWSER_MODULES = frozenset(
    {
        "tests/test_hostile.py",
        "tests/test_one_answer.py",
        "tests/test_site.py",
        "tests/test_site_access.py",
        "tests/test_site_need.py",
    }
)


class ModulesAndBrowser(LoadFileScheduling):  # type: ignore[misc]  # xdist has no types
    """--dist loadfile (a module's tests stay together, so its fixtures are made once),
    with BROWSER_MODULES as one unit of work."""

    def _split_scope(self, nodeid: str) -> str:
        module = super()._split_scope(nodeid)
        return "browser" if module in BROWSER_MODULES else module


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> ModulesAndBrowser | None:
    return ModulesAndBrowser(config, log) if config.getvalue("dist") == "loadfile" else None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Stop a run where a module drives the browser but BROWSER_MODULES does not name it."""
    uses = {
        item.nodeid.split("::")[0]
        for item in items
        if isinstance(item, pytest.Function) and "browser" in item.fixturenames
    }
    unlisted = uses - BROWSER_MODULES
    if unlisted:
        raise pytest.UsageError(f"add {sorted(unlisted)} to BROWSER_MODULES in tests/conftest.py")
