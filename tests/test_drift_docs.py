"""Format drift on the local copy of the docs: read exactly, or refused with nothing written.

Each case rewrites a copy of ../shared/dintero-docs the way a docs-platform migration
would (tests/drift.py) and refreshes over the outputs of the copy as it is. Read
exactly means every endpoint has the same scopes, every scope the same description
and group, and no release reports a change; refused means exit 3, a reason naming
the drift and what --accept-removals would publish, and every output byte and mtime
as it was. Nothing here pins a fact of the docs: both runs read the same copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.cli import main
from tests.conftest import ROOT
from tests.drift import (
    EXACT,
    REFUSED,
    TRANSPORTS,
    Rewrite,
    read_exactly,
    read_exactly_served,
    refused,
)
from tests.servers import Intercept

SHARED = ROOT.parent / "shared" / "dintero-docs"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SHARED.is_dir(), reason=f"no local copy of the docs at {SHARED}"),
]


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("baseline")
    assert main(["refresh", "--mirror", str(SHARED), "--out", str(out)]) == 10
    return out


@pytest.mark.parametrize("rewrite", EXACT.values(), ids=EXACT.keys())
def test_a_shape_the_readers_take_gives_the_same_facts_and_no_release(
    baseline: Path, tmp_path: Path, rewrite: Rewrite
) -> None:
    read_exactly(SHARED, baseline, tmp_path, rewrite)


@pytest.mark.parametrize("transport", TRANSPORTS.values(), ids=TRANSPORTS.keys())
def test_the_same_files_served_another_way_give_the_same_facts(
    baseline: Path, tmp_path: Path, transport: Intercept
) -> None:
    read_exactly_served(SHARED, baseline, tmp_path, transport)


@pytest.mark.parametrize(("rewrite", "reason"), REFUSED.values(), ids=REFUSED.keys())
def test_a_changed_fact_or_an_unread_shape_is_refused_with_nothing_written(
    baseline: Path, tmp_path: Path, rewrite: Rewrite, reason: str
) -> None:
    err = refused(SHARED, baseline, tmp_path, rewrite)
    assert reason in err and "--accept-removals" in err and "would publish" in err
