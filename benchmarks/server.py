"""The crawl benchmark's web server: the tests' mirror server, slowed down per request.

`python -m benchmarks.server ROOT LATENCY` serves ROOT (a mirror directory) with the
ETag / Last-Modified / 304 handling of tests/servers.py, sleeping LATENCY seconds
before answering each request, in a thread per request. It prints its origin, then
reads commands from stdin: `stats` prints and resets what was asked since the last
`stats`, as one JSON line: the number of requests, their paths in the order they
came, the statuses, and how long they took on the wire (`span_s`: from the first
request's arrival to the last one's, plus the LATENCY before its answer); end of
input stops it.

It runs in a process of its own so that it does not compete for the crawler's GIL.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

from tests.servers import LocalServer, serve


def main() -> None:
    root, latency = Path(sys.argv[1]), float(sys.argv[2])

    arrivals: list[float] = []

    def slow(handler: SimpleHTTPRequestHandler, state: LocalServer) -> bool:
        arrivals.append(time.monotonic())
        time.sleep(latency)
        return False

    with serve(root, intercept=slow) as server:
        print(server.origin, flush=True)
        for line in sys.stdin:
            if line.strip() == "stats":
                statuses = Counter(str(s) for s in server.statuses)
                span = max(arrivals) - min(arrivals) + latency if arrivals else 0.0
                stats = {
                    "requests": len(server.paths),
                    "paths": server.paths[:],
                    "statuses": dict(sorted(statuses.items())),
                    "span_s": span,
                }
                server.forget()
                arrivals.clear()
                print(json.dumps(stats), flush=True)


if __name__ == "__main__":
    main()
