"""Parsers: pure functions from (url, content) to records.

`parse_document` picks the reader from the URL, the media type and the content: the
llms.txt index, an OpenAPI spec, or a docs page, which markdown (with MDX and HTML
in it) and HTML alike are read into one normalized tree (`scraper.parse.tree`)
before anything reads it. A document no parser can read becomes a finding naming its
URL, never an exception.
"""

from __future__ import annotations

from scraper.errors import ParseError
from scraper.formats import FILE_SUFFIXES, SPEC_MEDIA_TYPES, SPEC_SUFFIXES, url_path
from scraper.model import Finding, FindingKind, Records
from scraper.parse.html import read_html
from scraper.parse.llms import is_index, parse_llms
from scraper.parse.markdown import read_markdown
from scraper.parse.openapi import parse_openapi
from scraper.parse.page import read_page

__all__ = ["ParseError", "parse_document"]


def parse_document(url: str, content_type: str | None, text: str) -> Records:
    try:
        return _parse(url, content_type, text)
    except ParseError as error:
        return Records(findings=[Finding(FindingKind.UNPARSED_PAGE, error.reason, [url])])


def _parse(url: str, content_type: str | None, text: str) -> Records:
    if not text.strip():
        raise ParseError(url, "empty document")
    path = url_path(url)
    if is_index(url):
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
        return read_page(read_html(url, text))
    return read_page(read_markdown(url, text))
