"""The floor a crawl is measured against: a bare loop of httpx GETs, nothing else.

`python -m benchmarks.bare_loop ORIGIN CONCURRENCY` reads a JSON list of paths on
stdin (the paths a crawl asked the benchmark server for, llms.txt first), GETs the
first alone, then the rest CONCURRENCY at a time with asyncio.gather over one
httpx.AsyncClient, and prints one JSON line: the wall time and the statuses. No
allowlist, retries, caps, parsing or counting: what httpx alone costs, per request,
on this machine and against this server.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections import Counter

import httpx


async def fetch_all(origin: str, paths: list[str], concurrency: int) -> Counter[int]:
    slots = asyncio.Semaphore(concurrency)
    statuses: Counter[int] = Counter()
    async with httpx.AsyncClient(base_url=origin.rstrip("/")) as client:

        async def one(path: str) -> None:
            async with slots:
                response = await client.get(path)
                statuses[response.status_code] += 1

        await one(paths[0])
        await asyncio.gather(*(one(path) for path in paths[1:]))
    return statuses


def main() -> None:
    origin, concurrency = sys.argv[1], int(sys.argv[2])
    paths: list[str] = json.loads(sys.stdin.read())
    start = time.perf_counter()
    statuses = asyncio.run(fetch_all(origin, paths, concurrency))
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "statuses": {str(k): v for k, v in statuses.items()}}))


if __name__ == "__main__":
    main()
