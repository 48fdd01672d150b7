"""How long a scan takes per repository: the `scan` command, a fresh process each time.

    .venv/bin/python benchmarks/scan.py [PATH ...] [--catalogue FILE] [--runs 3]

With no PATH it times the fixture repositories under tests/fixtures/scan/ against the
fixture catalogue; given paths (checkouts of real integrations), it times those against
the committed catalogue. Prints, per repository, the files read, the calls found, the
median wall time of a whole `dintero-scopes scan --json` and whether it is under the
10 s target.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FIXTURES = ROOT / "tests" / "fixtures" / "scan"
TARGET_SECONDS = 10.0
COMMAND = [sys.executable, "-m", "scraper.cli", "scan", "--json"]


def timed(path: Path, catalogue: Path | None, runs: int) -> tuple[float, dict[str, Any]]:
    command = [*COMMAND, str(path)] + (["--catalogue", str(catalogue)] if catalogue else [])
    times: list[float] = []
    answer: dict[str, Any] = {}
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{path}: {done.stderr.strip()}")
        answer = json.loads(done.stdout)
    return statistics.median(times), answer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    parser.add_argument("--catalogue", type=Path, help="answer from another catalogue.json")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    paths = args.paths or sorted(p for p in FIXTURES.iterdir() if p.is_dir())
    catalogue = args.catalogue or (None if args.paths else FIXTURES / "catalogue.json")
    print(
        f"{'repository':<32} {'files':>6} {'calls':>6} {'seconds':>8}  under {TARGET_SECONDS:.0f} s"
    )
    for path in paths:
        seconds, answer = timed(path, catalogue, args.runs)
        calls = answer.get("calls", [])
        files = answer.get("files_scanned", 0)
        under = "yes" if seconds < TARGET_SECONDS else "NO"
        print(f"{path.name:<32} {files:>6} {len(calls):>6} {seconds:>8.2f}  {under}")
        print(f"  scopes: {', '.join(answer.get('scopes', []))}")


if __name__ == "__main__":
    main()
