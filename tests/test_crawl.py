"""scraper.crawl's reading: failures in place, the HTML fallback, snapshot, counts, progress."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from scraper.crawl import MAX_INDEX_DEPTH, Crawler, crawl
from scraper.errors import FetchError
from scraper.fetch import Cached, Fetcher, Page
from tests.fetching import DOCS, FAST, fast_fetcher


async def test_read_all_returns_failures_in_order() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503 if request.url.path == "/bad.md" else 200)

    urls = [f"{DOCS}/a.md", f"{DOCS}/bad.md", "https://evil.example/", f"{DOCS}/c.md"]
    async with fast_fetcher(handler) as fetcher:
        results = await Crawler(fetcher).read_all(urls, {})
    assert list(results) == urls
    assert [type(r) for r in results.values()] == [Page, FetchError, FetchError, Page]


async def test_a_404_is_replaced_by_its_fallback_which_goes_last() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path in ("/a.md", "/c.md"):
            return httpx.Response(404)
        return httpx.Response(200, text=request.url.path)

    urls = [f"{DOCS}/a.md", f"{DOCS}/b.md", f"{DOCS}/c.md", f"{DOCS}/d.md"]
    fallbacks = {f"{DOCS}/a.md": f"{DOCS}/a", f"{DOCS}/b.md": f"{DOCS}/b"}
    async with fast_fetcher(handler) as fetcher:
        results = await Crawler(fetcher).read_all(urls, fallbacks)
    # b.md answered, so b was never asked for; c.md has no fallback, so its 404 stays.
    assert list(results) == [f"{DOCS}/b.md", f"{DOCS}/c.md", f"{DOCS}/d.md", f"{DOCS}/a"]
    assert sorted(seen) == ["/a", "/a.md", "/b.md", "/c.md", "/d.md"]
    statuses = [r.status for r in results.values() if isinstance(r, Page)]
    assert statuses == [200, 404, 200, 200]


@pytest.mark.parametrize(("progress", "shown"), [(True, True), (False, False), (None, False)])
async def test_progress_bar_only_when_wanted(
    capsys: pytest.CaptureFixture[str], progress: bool | None, shown: bool
) -> None:
    # Under capsys stderr is not a terminal, so the default is quiet.
    async with fast_fetcher(lambda request: httpx.Response(200)) as fetcher:
        await Crawler(fetcher, progress=progress).read_all([f"{DOCS}/a.md", f"{DOCS}/b.md"], {})
    assert ("fetching" in capsys.readouterr().err) is shown


async def test_what_was_downloaded_is_counted() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers.get("if-none-match") == '"v1"':
            return httpx.Response(304)
        return httpx.Response(200 if request.url.path != "/gone.md" else 404, content=b"12345")

    cache = {f"{DOCS}/same.md": Cached(b"# Kept, not downloaded\n", "text/markdown", '"v1"')}
    urls = [f"{DOCS}/same.md", f"{DOCS}/new.md", f"{DOCS}/gone.md"]
    async with fast_fetcher(handler, cache=cache) as fetcher:
        crawler = Crawler(fetcher)
        await crawler.read_all(urls, {})
    assert (crawler.not_modified, crawler.bytes_received) == (1, 10)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A mirror of an index, two pages (one only as HTML) and a missing one."""
    files = {
        "llms.txt": (
            "# Docs\n\n"
            f"- [Clients]({DOCS}/docs/clients): scopes\n"
            f"- [Token]({DOCS}/api-reference/ev/checkout_token_%2A.md): an event\n"
            f"- [Gone]({DOCS}/docs/gone.md): missing\n"
        ),
        "docs/clients/index.html": "<h1>Clients</h1>\r\n",
        "api-reference/ev/checkout_token_*.md": "# Token\n",
    }
    for name, text in files.items():
        file = tmp_path / "mirror" / "docs.dintero.com" / name
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(text.encode())
    return tmp_path / "mirror"


async def test_the_snapshot_keeps_each_page_read_as_it_came(site: Path, tmp_path: Path) -> None:
    snapshot = tmp_path / "snapshot"
    async with Fetcher(FAST, mirror=str(site)) as fetcher:
        first = await crawl(Crawler(fetcher, save_raw=snapshot))
    written = sorted(str(p.relative_to(snapshot)) for p in snapshot.rglob("*") if p.is_file())
    assert written == [
        "docs.dintero.com/api-reference/ev/checkout_token_*.md",
        "docs.dintero.com/docs/clients/index.html",
        "docs.dintero.com/llms.txt",
    ]
    # A snapshot is itself a mirror that serves the same bytes.
    async with Fetcher(FAST, mirror=str(snapshot)) as fetcher:
        second = await crawl(Crawler(fetcher))
    assert [(p.url, p.body) for p in second.read()] == [(p.url, p.body) for p in first.read()]
    assert [(p.url, p.status) for p in second.pages] == [
        (f"{DOCS}/api-reference/ev/checkout_token_%2A.md", 200),
        (f"{DOCS}/docs/gone.md", 404),
        (f"{DOCS}/docs/clients", 200),
    ]


def mirror_of(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        file = root / "mirror" / "docs.dintero.com" / name
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text)
    return root / "mirror"


PAGE = "# {0}\n\nscopes:\n- read:x\n\n[OpenAPI](./{0}.json)\n"
SPEC = (
    '{{"openapi": "3.0.1", "servers": [{{"url": "https://api.dintero.com/v1"}}], '
    '"paths": {{"/{0}": {{"get": {{}}}}}}}}'
)


async def test_indexes_an_index_links_are_read_and_pages_link_their_specs(tmp_path: Path) -> None:
    mirror = mirror_of(
        tmp_path,
        {
            # Relative links, a product area's own index, and the whole site concatenated.
            "llms.txt": (
                "# Docs\n\n## Areas\n\n- [Widgets](/widgets/llms.txt)\n\n"
                "## Optional\n\n- [Everything](./llms-full.txt)\n- [Guide](guide.md)\n"
            ),
            "widgets/llms.txt": "# Widgets\n\n- [Stock](stock.md)\n- [Colours](./colours)\n",
            "widgets/stock.md": PAGE.format("stock"),
            "widgets/stock.json": SPEC.format("stock"),
            # Only the HTML page: the `.md` export is missing.
            "widgets/colours/index.html": "<h1>Colours</h1><p>Scopes: <code>read:y</code></p>"
            "<p><code>GET /v1/colours</code></p>",
            "guide.md": "# Guide\n",
            "llms-full.txt": "# Everything\n\n" + PAGE.format("stock") * 3,
        },
    )
    async with Fetcher(FAST, mirror=str(mirror)) as fetcher:
        crawled = await crawl(Crawler(fetcher))
    read = sorted(page.url for page in crawled.read())
    assert read == [
        f"{DOCS}/guide.md",
        f"{DOCS}/llms.txt",
        f"{DOCS}/widgets/colours",
        f"{DOCS}/widgets/llms.txt",
        f"{DOCS}/widgets/stock.json",
        f"{DOCS}/widgets/stock.md",
    ]
    records = crawled.records()
    assert [(r.method, r.target) for r in records.refs] == [("GET", "/v1/colours"), (None, None)]
    assert [(e.method, e.path) for e in records.endpoints] == [("GET", "/stock")]


async def test_indexes_are_read_to_a_bounded_depth(tmp_path: Path) -> None:
    deep = {f"{'a/' * n}llms.txt": f"# {n}\n\n- [Next](a/llms.txt)\n" for n in range(6)}
    mirror = mirror_of(tmp_path, deep)
    async with Fetcher(FAST, mirror=str(mirror)) as fetcher:
        crawled = await crawl(Crawler(fetcher))
    assert len(crawled.read()) == 1 + MAX_INDEX_DEPTH
