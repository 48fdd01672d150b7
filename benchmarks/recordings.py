"""How fast `need --file` reads a recorded session: a HAR file of 10,000 entries.

    .venv/bin/python -m benchmarks.recordings [--entries 10000] [--runs 5]

The HAR is made the way a browser saves one: each entry with a dozen request and
response headers, cookies, a query string, a JSON body and a response body of about
2 KB. Its calls are to the committed catalogue's endpoints (each template filled with
a different id every time), with requests to other hosts and CORS preflights among
them. Each timing is a fresh `dintero-scopes need --file` process, from a folder
outside the checkout; the figures are the median wall time and, since a shared machine
makes the wall time wander, the median CPU time (user and system) of the same runs.
The package's command is timed too. Prints the file's size and the figures (target:
under 3 s).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.answers import BIN, CACHED, ROOT

OTHER_HOSTS = ("fonts.gstatic.com", "www.google-analytics.com", "cdn.example.com")
_PARAMETER = re.compile(r"\{[^/{}]+\}")


def entry(method: str, url: str, rng: random.Random) -> dict[str, Any]:
    headers = [
        {"name": name, "value": f"{name.lower()}-{rng.getrandbits(64):x}"}
        for name in (
            "Accept",
            "Accept-Encoding",
            "Accept-Language",
            "Authorization",
            "Content-Type",
            "Cookie",
            "Origin",
            "Referer",
            "User-Agent",
            "Sec-Fetch-Mode",
            "Sec-Fetch-Site",
            "Dintero-System-Name",
        )
    ]
    body = {"items": [{"id": f"{rng.getrandbits(64):x}", "amount": i * 100} for i in range(40)]}
    return {
        "startedDateTime": "2026-11-27T08:00:00.000Z",
        "time": 50.0,
        "request": {
            "method": method,
            "url": f"{url}?limit=10&token={rng.getrandbits(64):x}",
            "httpVersion": "HTTP/2",
            "headers": headers,
            "cookies": [{"name": "sid", "value": f"{rng.getrandbits(128):x}"}],
            "queryString": [{"name": "limit", "value": "10"}],
            "postData": {"mimeType": "application/json", "text": json.dumps({"n": 1})},
            "headersSize": -1,
            "bodySize": 8,
        },
        "response": {
            "status": 200,
            "statusText": "OK",
            "httpVersion": "HTTP/2",
            "headers": headers,
            "cookies": [],
            "content": {"size": 2000, "mimeType": "application/json", "text": json.dumps(body)},
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": 2000,
        },
        "cache": {},
        "timings": {"send": 1, "wait": 45, "receive": 4},
    }


def session(entries: int, seed: int = 20) -> dict[str, Any]:
    """A HAR of `entries` entries: 8 in 10 to documented endpoints, of which some come
    after a CORS preflight, and the rest to other hosts."""
    catalogue = json.loads((ROOT / "generated" / "catalogue.json").read_text())
    endpoints = [e for e in catalogue["endpoints"] if e["scopes"]]
    rng = random.Random(seed)
    made: list[dict[str, Any]] = []
    while len(made) < entries:
        if rng.random() < 0.2:
            made.append(entry("GET", f"https://{rng.choice(OTHER_HOSTS)}/asset/{len(made)}", rng))
            continue
        endpoint = rng.choice(endpoints)
        path = _PARAMETER.sub(lambda _: f"id{rng.getrandbits(32):x}", endpoint["path"])
        url = endpoint["server"] + path
        if endpoint["method"] != "GET" and rng.random() < 0.5:
            preflight = entry("OPTIONS", url, rng)
            preflight["request"]["headers"].append(
                {"name": "Access-Control-Request-Method", "value": endpoint["method"]}
            )
            made.append(preflight)
        made.append(entry(endpoint["method"], url, rng))
    return {"log": {"version": "1.2", "creator": {"name": "bench"}, "entries": made[:entries]}}


def median_times(
    command: list[str], runs: int, cwd: Path, env: dict[str, str]
) -> tuple[float, float]:
    """The median wall and CPU seconds of `runs` fresh runs of `command`, after a warm-up."""
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, check=False)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()[-500:]}")
    return statistics.median(walls[1:]), statistics.median(cpus[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000, help="entries in the HAR")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command")
    args = parser.parse_args()
    package_env = {**CACHED, "PYTHONPATH": str(ROOT / "generated" / "python" / "src")}
    with tempfile.TemporaryDirectory() as folder:
        elsewhere = Path(folder)
        har = elsewhere / "session.har"
        har.write_text(json.dumps(session(args.entries)))
        need = ["need", "--json", "--file", str(har)]
        commands = {
            "dintero-scopes need": ([str(BIN / "dintero-scopes"), *need], CACHED),
            "python -m dintero_scopes need": (
                [sys.executable, "-m", "dintero_scopes", *need],
                package_env,
            ),
        }
        times = {
            name: median_times(command, args.runs, elsewhere, env)
            for name, (command, env) in commands.items()
        }
        size = har.stat().st_size
    har_size = f"{args.entries:,} entries ({size / 1e6:.1f} MB)"
    print(f"need --file, a HAR of {har_size}, median of {args.runs}:")
    for name, (wall, cpu) in times.items():
        print(f"  {name:<30} {wall:.2f} s wall, {cpu:.2f} s CPU")
    slowest = max(wall for wall, _ in times.values())
    print(f"  target under 3 s: {'met' if slowest < 3 else 'missed'} (wall)")


if __name__ == "__main__":
    main()
