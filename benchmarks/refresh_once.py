"""One refresh through the real code, timed: `python -m benchmarks.refresh_once MIRROR OUT [N]`.

MIRROR is a `--mirror` value (a directory or an origin), OUT the output directory, N
the concurrency (default 8). Prints one JSON line: the wall time of `refresh()` alone
(imports and interpreter start excluded), what it downloaded, and what it made.
Each refresh runs in a fresh process so that none inherits another's warm caches.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from scraper.pipeline import Options, refresh


def main() -> None:
    mirror, out = sys.argv[1], Path(sys.argv[2])
    concurrency = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    options = Options(mirror=mirror, out=out, concurrency=concurrency, progress=False)
    start = time.perf_counter()
    outcome = refresh(options)
    seconds = time.perf_counter() - start
    result = {
        "seconds": seconds,
        "bytes_received": outcome.bytes_received,
        "not_modified": outcome.not_modified,
        "written": outcome.written,
        "scopes": len(outcome.catalogue.scopes),
        "endpoints": len(outcome.catalogue.endpoints),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
