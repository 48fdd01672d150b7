"""How fast the query commands answer: a `need` answer against `python -c pass`.

    .venv/bin/python benchmarks/answers.py [--runs 21]

Every timing is a fresh process, started the way people start it (the console
scripts pip installs), from a folder outside the checkout, and the figure is the
median wall time. Python caches the modules it compiles (__pycache__) as it does on
any machine, so PYTHONDONTWRITEBYTECODE, set in some sandboxes, is unset for the
runs. Also times check-grant on a grant of 10,000 unknown scopes and on one whose
scope is 900 KB long (under the 1 MB cap; it was quadratic). Prints a table and
writes benchmarks/answers.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BIN = Path(sys.executable).parent
HELPDESK = [
    "GET",
    "https://api.dintero.com/v1/accounts/T12345678/customers/users",
    "GET",
    "https://api.dintero.com/v1/accounts/T12345678/customers/users/c1",
]
# The environment people run in: Python caches the bytecode it compiles.
CACHED = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def median_seconds(
    command: list[str], runs: int, cwd: Path, env: dict[str, str] | None = None
) -> float:
    """The median wall time of `runs` fresh runs of `command` (after one warm-up run)."""
    times: list[float] = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()[-500:]}")
    return statistics.median(times[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="timed runs per command")
    runs = parser.parse_args().runs
    env = CACHED
    # The generated package, as an installed copy would find it.
    package_env = {**env, "PYTHONPATH": str(ROOT / "generated" / "python" / "src")}
    with tempfile.TemporaryDirectory() as folder:
        elsewhere = Path(folder)
        grant = elsewhere / "grant.json"
        grant.write_text(
            json.dumps(
                {
                    "client_id": "c",
                    "audience": "https://api.dintero.com/v1/accounts/T12345678",
                    "scope": [f"read:thing{i}" for i in range(10_000)],
                    "type": "client_credentials",
                }
            )
        )
        long_grant = elsewhere / "long.json"
        long_grant.write_text(
            json.dumps(
                {
                    "client_id": "c",
                    "audience": "https://api.dintero.com/v1/accounts/T12345678",
                    "scope": ["read:checkout" + "x" * 900_000],
                    "type": "client_credentials",
                }
            )
        )
        baseline = median_seconds([sys.executable, "-c", "pass"], runs, elsewhere, env)
        tool = median_seconds(
            [str(BIN / "dintero-scopes"), "need", *HELPDESK], runs, elsewhere, env
        )
        package = median_seconds(
            [sys.executable, "-m", "dintero_scopes", "need", *HELPDESK],
            runs,
            elsewhere,
            package_env,
        )
        grant_check = median_seconds(
            [str(BIN / "dintero-scopes"), "check-grant", str(grant)],
            max(3, runs // 4),
            elsewhere,
            env,
        )
        long_check = median_seconds(
            [str(BIN / "dintero-scopes"), "check-grant", str(long_grant)],
            max(3, runs // 4),
            elsewhere,
            env,
        )
    results = {
        "python_c_pass_ms": round(baseline * 1000, 1),
        "need_ms": round(tool * 1000, 1),
        "need_ratio": round(tool / baseline, 2),
        "package_need_ms": round(package * 1000, 1),
        "package_need_ratio": round(package / baseline, 2),
        "check_grant_10000_unknown_ms": round(grant_check * 1000, 1),
        "check_grant_900kb_scope_ms": round(long_check * 1000, 1),
        "runs": runs,
    }
    rows = [
        ("python -c pass", f"{results['python_c_pass_ms']} ms", ""),
        ("dintero-scopes need (2 calls)", f"{results['need_ms']} ms",
         f"{results['need_ratio']}x (target <= 6x)"),
        ("python -m dintero_scopes need", f"{results['package_need_ms']} ms",
         f"{results['package_need_ratio']}x"),
        ("check-grant, 10,000 unknown scopes", f"{results['check_grant_10000_unknown_ms']} ms",
         "(target < 1 s)"),
        ("check-grant, one 900 KB scope", f"{results['check_grant_900kb_scope_ms']} ms",
         "(target < 2 s)"),
    ]  # fmt: skip
    width = max(len(row[0]) for row in rows)
    for name, figure, note in rows:
        print(f"{name:<{width}}  {figure:>10}  {note}")
    (HERE / "answers.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
