"""Format drift on the project's own fixture site: read exactly, or refused, nothing written.

The same rewrites as tests/test_drift_docs.py (tests/drift.py), on tests/fixtures/mirror,
so that they run on a fresh clone without the local copy of the docs. Each case
refreshes a rewritten copy over the outputs of the site as it is: the same endpoints
with the same scopes and the same scope facts, and no release reporting a change; or
exit 3 naming the drift and what --accept-removals would publish, every output byte
and mtime as it was.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from scraper.cli import main
from tests.conftest import FIXTURES
from tests.drift import (
    EXACT,
    REFUSED,
    TRANSPORTS,
    Rewrite,
    drifted,
    prose,
    read_exactly,
    read_exactly_served,
    refused,
    scope_blocks,
)
from tests.servers import Intercept

MIRROR = FIXTURES / "mirror"


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The outputs of a refresh of the fixture site as it is."""
    out = tmp_path_factory.mktemp("baseline")
    assert main(["refresh", "--mirror", str(MIRROR), "--out", str(out)]) == 10
    return out


@pytest.mark.parametrize("rewrite", EXACT.values(), ids=EXACT.keys())
def test_a_shape_the_readers_take_gives_the_same_facts_and_no_release(
    baseline: Path, tmp_path: Path, rewrite: Rewrite
) -> None:
    read_exactly(MIRROR, baseline, tmp_path, rewrite)


@pytest.mark.parametrize("transport", TRANSPORTS.values(), ids=TRANSPORTS.keys())
def test_the_same_files_served_another_way_give_the_same_facts(
    baseline: Path, tmp_path: Path, transport: Intercept
) -> None:
    read_exactly_served(MIRROR, baseline, tmp_path, transport)


@pytest.mark.parametrize(("rewrite", "reason"), REFUSED.values(), ids=REFUSED.keys())
def test_a_changed_fact_or_an_unread_shape_is_refused_with_nothing_written(
    baseline: Path, tmp_path: Path, rewrite: Rewrite, reason: str
) -> None:
    err = refused(MIRROR, baseline, tmp_path, rewrite)
    assert reason in err and "--accept-removals" in err and "would publish" in err
    assert "https://docs.dintero.com/" in err


def test_an_accepted_drift_is_written_with_its_findings(baseline: Path, tmp_path: Path) -> None:
    mirror = drifted(MIRROR, tmp_path, scope_blocks(prose))
    out = tmp_path / "out"
    shutil.copytree(baseline, out)
    refresh = ["refresh", "--mirror", str(mirror), "--out", str(out), "--accept-removals"]
    assert main(refresh) == 10
    catalogue = json.loads((out / "generated" / "catalogue.json").read_text())
    assert "unattributed_scope" in {finding["kind"] for finding in catalogue["findings"]}
