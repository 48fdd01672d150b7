"""Fetch llms.txt, then every page and spec it links to, and parse each.

The crawl follows the links of the index: llms.txt lists every page of the site,
so following in-page links would add nothing but noise. Three kinds of link go
further, each on an allowed host and bounded: the indexes an index links to (a
product area's own llms.txt, up to `MAX_INDEX_DEPTH` deep and `MAX_INDEXES` in all),
and the spec files an API page links to instead of embedding its spec. A link
without a `.md` export is tried as `<url>.md` first, then, on a 404, as the HTML
page; a `.md` link that is missing is tried as the HTML page too.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from tqdm import tqdm

from scraper.errors import FetchError
from scraper.fetch import Fetcher, Page, save
from scraper.formats import has_file_suffix
from scraper.model import Finding, FindingKind, IndexEntry, Records, human_url
from scraper.parse import parse_document
from scraper.settings import DEFAULT_SOURCE

Got = Page | FetchError

# How deep indexes may link to indexes, and how many a crawl reads.
MAX_INDEX_DEPTH = 3
MAX_INDEXES = 100


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


@dataclass
class Crawler:
    """How a crawl reads: its Fetcher, and what becomes of each page besides parsing."""

    fetcher: Fetcher
    # Where every page read (HTTP 200) is saved as it came, in the mirror layout.
    save_raw: Path | None = None
    # A progress bar on stderr; None: when stderr is a terminal.
    progress: bool | None = None
    # Body bytes received (decoded) and 304 answers: how much the crawl downloaded.
    bytes_received: int = 0
    not_modified: int = 0

    async def read(self, url: str) -> Page:
        """Fetch one URL, count it, and save it raw if asked; FetchError when it fails."""
        page = await self.fetcher.get(url)
        if page.revalidated:
            self.not_modified += 1
        else:
            self.bytes_received += len(page.body)
        if self.save_raw is not None and page.status == 200:
            save(self.save_raw, page)
        return page

    async def read_all(self, urls: Sequence[str], fallbacks: Mapping[str, str]) -> dict[str, Got]:
        """Every URL, concurrently; failures are returned, not raised.

        A URL in `fallbacks` that answers 404 is replaced by its fallback, fetched at
        once rather than in a round of its own after all the others, unless the fallback
        is missing too (the URL listed is then the one reported). The result keeps the
        order of `urls`, with the fallbacks that replaced one at the end.
        """
        quiet = not sys.stderr.isatty() if self.progress is None else not self.progress
        bar = tqdm(total=len(urls), desc="fetching", unit="page", leave=False, disable=quiet)
        with bar:

            async def one(url: str) -> tuple[Got, Got | None]:
                got = await self._try(url)
                instead = None
                if url in fallbacks and isinstance(got, Page) and got.status == 404:
                    instead = await self._try(fallbacks[url])
                    if isinstance(instead, Page) and instead.status == 404:
                        instead = None
                bar.update()
                return got, instead

            # Each task prepares its request before it waits for a slot. Started all at
            # once, 2,000 of them held the event loop for half a second before the first
            # answers were read; started a round's worth at a time, the answers get in
            # between, and preparing the rest fills time spent waiting on the network.
            async with asyncio.TaskGroup() as group:
                tasks = []
                for n, url in enumerate(urls, 1):
                    tasks.append(group.create_task(one(url)))
                    if n % self.fetcher.policy.concurrency == 0:
                        await asyncio.sleep(0)
        results = [task.result() for task in tasks]
        fetched = {url: got for url, (got, _) in zip(urls, results, strict=True)}
        for url, (_, instead) in zip(urls, results, strict=True):
            if instead is not None:
                del fetched[url]
                fetched[fallbacks[url]] = instead
        return fetched

    async def _try(self, url: str) -> Got:
        try:
            return await self.read(url)
        except FetchError as exc:
            return exc


async def crawl(crawler: Crawler, source: str = DEFAULT_SOURCE) -> Crawl:
    try:
        page = await crawler.read(source)
    except FetchError as error:
        raise CrawlError(str(error)) from None
    if page.status != 200:
        raise CrawlError(f"{source}: HTTP {page.status}, expected the llms.txt index")
    index = _parsed(source, page)
    if not index.index and not index.specs and not index.indexes:
        reasons = "; ".join(f.message for f in index.findings) or "no links"
        raise CrawlError(f"{source}: not an llms.txt index ({reasons})")
    allowlist = crawler.fetcher.allowlist
    indexes = await _indexes(crawler, source, index)
    listed = Records()
    for result in [PageResult(source, 200, index, page), *indexes]:
        listed.extend(result.records)
    entries = [e for e in listed.index if allowlist.allows(e.url)]
    targets = _targets(entries, [u for u in listed.specs if allowlist.allows(u)])
    fetched = await crawler.read_all(targets, _fallbacks(entries))
    pages = [_result(url, got) for url, got in fetched.items()]
    # Specs that API pages link to instead of embedding them, read once each.
    linked = [
        url
        for result in pages
        for url in result.records.specs
        if url not in fetched and allowlist.allows(url)
    ]
    if linked:
        more = await crawler.read_all(list(dict.fromkeys(linked)), {})
        pages += [_result(url, got) for url, got in more.items()]
    return Crawl(source, index, page, [*indexes, *pages])


async def _indexes(crawler: Crawler, source: str, index: Records) -> list[PageResult]:
    """The indexes the index links to, and theirs, breadth first, bounded."""
    allowlist = crawler.fetcher.allowlist
    seen = {source}
    results: list[PageResult] = []
    pending = index.indexes
    for _ in range(MAX_INDEX_DEPTH):
        urls = [u for u in dict.fromkeys(pending) if u not in seen and allowlist.allows(u)]
        urls = urls[: MAX_INDEXES - len(results)]
        if not urls:
            break
        seen.update(urls)
        fetched = await crawler.read_all(urls, {})
        found = [_result(url, got) for url, got in fetched.items()]
        results += found
        pending = [url for result in found for url in result.records.indexes]
    return results


def _targets(entries: list[IndexEntry], specs: list[str]) -> list[str]:
    """Every distinct URL to fetch, in index order: pages (their `.md` form) then specs."""
    # A dict keeps the first of each URL in order, without a list scan per URL.
    pages = [e.url if has_file_suffix(e.url) else _md_url(e.url) for e in entries]
    return list(dict.fromkeys(pages + specs))


def _fallbacks(entries: list[IndexEntry]) -> dict[str, str]:
    """What to read when a page's URL answers 404: the HTML page for a `.md` export,
    whether the index named the export or the page."""
    fallbacks: dict[str, str] = {}
    for entry in entries:
        if not has_file_suffix(entry.url):
            fallbacks[_md_url(entry.url)] = entry.url
        elif entry.url.lower().endswith(".md"):
            fallbacks[entry.url] = human_url(entry.url)
    return fallbacks


def _md_url(url: str) -> str:
    parts = urlsplit(url)
    return parts._replace(path=parts.path.rstrip("/") + ".md", query="", fragment="").geturl()


def _result(url: str, got: Got) -> PageResult:
    if isinstance(got, FetchError):
        finding = Finding(FindingKind.FETCH_FAILED, got.reason, [url])
        return PageResult(url, None, Records(findings=[finding]))
    if got.status == 404:
        finding = Finding(FindingKind.PAGE_NOT_FOUND, "listed in the index, but HTTP 404", [url])
        return PageResult(url, 404, Records(findings=[finding]))
    if got.status != 200:
        finding = Finding(FindingKind.FETCH_FAILED, f"HTTP {got.status}", [url])
        return PageResult(url, got.status, Records(findings=[finding]))
    return PageResult(url, 200, _parsed(url, got), got)


def _parsed(url: str, page: Page) -> Records:
    """What a page says; bytes its charset cannot read are parsed as U+FFFD, and said."""
    records = parse_document(url, page.content_type, page.text())
    if page.decoding_errors:
        codec = page.encoding().removesuffix("-sig")
        message = f"bytes that are not valid {codec} were read as U+FFFD"
        records.findings.append(Finding(FindingKind.UNDECODABLE_BYTES, message, [url]))
    return records
