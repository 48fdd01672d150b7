"""Parsers: pure functions from (url, content) to records, one module per format.

`parse_document` picks the format from the URL, the media type and the content.
A document no parser can read becomes a finding naming its URL, never an
exception.
"""

from __future__ import annotations

from collections.abc import Callable

from scraper.errors import ParseError
from scraper.formats import FILE_SUFFIXES, SPEC_MEDIA_TYPES, SPEC_SUFFIXES, url_path
from scraper.model import Finding, FindingKind, Records, Region
from scraper.parse import api_page, prose, scope_table
from scraper.parse.html import parse_html
from scraper.parse.llms import parse_llms
from scraper.parse.markdown import MarkdownPage, parse_markdown
from scraper.parse.openapi import parse_openapi

__all__ = ["ParseError", "parse_document", "parse_markdown_page"]


def parse_document(url: str, content_type: str | None, text: str) -> Records:
    try:
        return _parse(url, content_type, text)
    except ParseError as error:
        return Records(findings=[Finding(FindingKind.UNPARSED_PAGE, error.reason, [url])])


def _parse(url: str, content_type: str | None, text: str) -> Records:
    if not text.strip():
        raise ParseError(url, "empty document")
    path = url_path(url)
    if path.endswith("/llms.txt"):
        return parse_llms(url, text)
    # A file name says what the file is; the media type, which servers get wrong
    # (a `.md` page sent as application/json), decides only for URLs without one.
    media_type = None if path.endswith(FILE_SUFFIXES) else content_type
    if path.endswith(SPEC_SUFFIXES) or media_type in SPEC_MEDIA_TYPES:
        return parse_openapi(url, text)
    looks_html = text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))
    if path.endswith(".md") and looks_html:
        # A site that serves its app for any path answers a missing export this way.
        raise ParseError(url, "the markdown export answered with an HTML document")
    if path.endswith(".html") or media_type == "text/html" or looks_html:
        return parse_html(url, text)
    return parse_markdown_page(url, text)


def parse_markdown_page(url: str, text: str) -> Records:
    page = parse_markdown(url, text)
    records = Records(mentions=prose.mentions(url, page.original_lines, _regions(page)))
    records.extend(scope_table.from_markdown(page))
    records.extend(api_page.from_markdown(page))
    if page.title is None and records.is_empty() and not records.mentions:
        raise ParseError(
            url, "no '# Title' heading, scope table or API description: not a docs page"
        )
    return records


def _regions(page: MarkdownPage) -> Callable[[int], Region]:
    """The region of each line (from 1): agent blocks, the OpenAPI block, other code."""
    openapi = api_page.openapi_fence(page.fences)
    fenced = {
        line: Region.OPENAPI if fence is openapi else Region.EXAMPLE
        for fence in page.fences
        for line in range(fence.start, fence.end)
    }

    def region(number: int) -> Region:
        if number - 1 in page.agent_lines:
            return Region.AGENT
        return fenced.get(number - 1, Region.TEXT)

    return region
