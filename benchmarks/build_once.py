"""Parse, build and render a synthetic site of N documents, timed, without the network.

`python -m benchmarks.build_once N [KEEP]` generates the site in memory, turns each
file into the `Page` a crawl would have fetched, then times the three stages of a
refresh that follow the fetching:

- parse: `parse_document` over llms.txt and every page (what `scraper.crawl` does
  with each response),
- build: `scraper.build.build` of the resulting `Crawl`,
- render: `scraper.render.render_all` (the package, schemas, site pages; mkdocs aside).

Writing the files and the snapshot is left out (it is I/O, and `write_outputs` skips
unchanged files). Prints one JSON line with the times, the resident set size before
the timed stages and at its peak (ru_maxrss: the whole process, input included), and
the sizes. With KEEP, the rendered files are written under that directory after the
timing, for the mkdocs and package benchmarks.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from benchmarks import synthetic
from scraper.build import build
from scraper.crawl import Crawl, PageResult
from scraper.fetch import Page
from scraper.formats import MEDIA_TYPES
from scraper.parse import parse_document
from scraper.render import render_all


def _rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _current_rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def main() -> None:
    documents = int(sys.argv[1])
    keep = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    files = synthetic.site(documents)
    pages = [
        Page(
            url=f"https://{relpath}",
            status=200,
            content_type=MEDIA_TYPES["." + relpath.rsplit(".", 1)[1]],
            body=body,
        )
        for relpath, body in files.items()
    ]
    del files
    before = _current_rss_mb()

    start = time.perf_counter()
    index_page, *rest = pages
    index = parse_document(index_page.url, index_page.content_type, index_page.text())
    results = [
        PageResult(p.url, 200, parse_document(p.url, p.content_type, p.text()), p) for p in rest
    ]
    parsed = time.perf_counter()
    crawled = Crawl(index_page.url, index, index_page, results)
    catalogue = build(crawled.records(), crawled.missing(), crawled.source, "2026-01-01T00:00:00Z")
    built = time.perf_counter()
    out = render_all(catalogue, [])
    rendered = time.perf_counter()

    if keep is not None:
        for path, content in out.items():
            target = keep / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
    result = {
        "documents": documents,
        "parse_s": parsed - start,
        "build_s": built - parsed,
        "render_s": rendered - built,
        "total_s": rendered - start,
        "rss_before_mb": before,
        "peak_rss_mb": _rss_mb(),
        "scopes": len(catalogue.scopes),
        "endpoints": len(catalogue.endpoints),
        "findings": len(catalogue.findings),
        "files": len(out),
        "bytes": sum(len(content) for content in out.values()),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
