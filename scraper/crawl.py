"""Fetch llms.txt, then every page and spec it links to, and parse each.

The crawl follows the links of the index only: llms.txt lists every page of the
site, so following in-page links would add nothing but noise. A link without a
`.md` export is tried as `<url>.md` first, then as the HTML page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from scraper.errors import FetchError
from scraper.fetch import Fetcher, Page
from scraper.formats import has_file_suffix
from scraper.model import Finding, FindingKind, IndexEntry, Records
from scraper.parse import parse_document
from scraper.settings import DEFAULT_SOURCE


class CrawlError(Exception):
    """The crawl cannot start: the index itself is missing or unreadable."""


@dataclass
class PageResult:
    url: str
    status: int | None
    records: Records
    page: Page | None = None


@dataclass
class Crawl:
    source: str
    index: Records
    index_page: Page
    pages: list[PageResult] = field(default_factory=list)

    def records(self) -> Records:
        """What every document says, the index's first, then the pages' by URL."""
        records = Records()
        records.extend(self.index)
        for page in sorted(self.pages, key=lambda p: p.url):
            records.extend(page.records)
        return records

    def missing(self) -> set[str]:
        """The URLs the index lists that could not be read."""
        return {page.url for page in self.pages if page.status != 200}

    def read(self) -> list[Page]:
        """Every page that was read (HTTP 200), the index first."""
        return [self.index_page, *(p.page for p in self.pages if p.page is not None)]


async def crawl(fetcher: Fetcher, source: str = DEFAULT_SOURCE) -> Crawl:
    try:
        page = await fetcher.get(source)
    except FetchError as error:
        raise CrawlError(str(error)) from None
    if page.status != 200:
        raise CrawlError(f"{source}: HTTP {page.status}, expected the llms.txt index")
    index = parse_document(source, page.content_type, page.text())
    if not index.index and not index.specs:
        reasons = "; ".join(f.message for f in index.findings) or "no links"
        raise CrawlError(f"{source}: not an llms.txt index ({reasons})")
    entries = [e for e in index.index if _allowed(e.url, fetcher)]
    made_up = {_md_url(e.url): e.url for e in entries if not has_file_suffix(e.url)}
    targets = _targets(entries, [u for u in index.specs if _allowed(u, fetcher)])
    fetched = dict(zip(targets, await fetcher.get_many(targets), strict=True))
    html = [made_up[url] for url, got in fetched.items() if url in made_up and _is_404(got)]
    for url, got in zip(html, await fetcher.get_many(html), strict=True):
        del fetched[_md_url(url)]
        fetched[url] = got
    pages = [_result(url, got) for url, got in fetched.items()]
    return Crawl(source, index, page, pages)


def _is_404(got: Page | FetchError) -> bool:
    return isinstance(got, Page) and got.status == 404


def _allowed(url: str, fetcher: Fetcher) -> bool:
    """Whether a link is on a host the crawl may contact; one that is no URL is on none."""
    try:
        return urlsplit(url).hostname in fetcher.allowed_hosts
    except ValueError:  # `https://[x/`: an unclosed IPv6 host
        return False


def _targets(entries: list[IndexEntry], specs: list[str]) -> list[str]:
    """Every distinct URL to fetch, in index order: pages (their `.md` form) then specs."""
    # A dict keeps the first of each URL in order, without a list scan per URL.
    pages = [e.url if has_file_suffix(e.url) else _md_url(e.url) for e in entries]
    return list(dict.fromkeys(pages + specs))


def _md_url(url: str) -> str:
    parts = urlsplit(url)
    return parts._replace(path=parts.path.rstrip("/") + ".md", query="", fragment="").geturl()


def _result(url: str, got: Page | FetchError) -> PageResult:
    if isinstance(got, FetchError):
        finding = Finding(FindingKind.FETCH_FAILED, got.reason, [url])
        return PageResult(url, None, Records(findings=[finding]))
    if got.status == 404:
        finding = Finding(FindingKind.PAGE_NOT_FOUND, "listed in the index, but HTTP 404", [url])
        return PageResult(url, 404, Records(findings=[finding]))
    if got.status != 200:
        finding = Finding(FindingKind.FETCH_FAILED, f"HTTP {got.status}", [url])
        return PageResult(url, got.status, Records(findings=[finding]))
    return PageResult(url, 200, parse_document(url, got.content_type, got.text()), got)
