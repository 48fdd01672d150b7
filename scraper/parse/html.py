"""HTML pages, for pages with no markdown export: scope tables and API pages.

Scripts, styles and blocks addressed to AI agents are dropped first; the rest
is reduced to text for the API page and prose readers.
"""

from __future__ import annotations

import warnings

from bs4 import BeautifulSoup, UnusualUsageWarning
from bs4.exceptions import ParserRejectedMarkup

from scraper.errors import ParseError
from scraper.model import Records
from scraper.parse import api_page, prose, scope_table

_DROPPED = (
    "script",
    "style",
    "noscript",
    "template",
    "agentinstructions",
    "nav",
    "header",
    "footer",
)


def parse_html(url: str, text: str) -> Records:
    try:
        # A page that looks like a URL or XML is still only data: no warning on stderr.
        with warnings.catch_warnings(action="ignore", category=UnusualUsageWarning):
            soup = BeautifulSoup(text, "html.parser")
    except ParserRejectedMarkup:
        # html.parser gives up on some malformed declarations (`<![<![`).
        raise ParseError(url, "malformed HTML the parser rejects") from None
    for tag in soup.find_all(_DROPPED):
        tag.decompose()
    heading = soup.find("h1") or soup.find("title")
    if heading is None:
        raise ParseError(url, "HTML page without <h1> or <title>")
    title = heading.get_text(" ", strip=True) or None
    records = Records(mentions=prose.mentions(url, soup.get_text("\n")))
    records.extend(scope_table.from_html(url, soup))
    # Tables are read; the API page reader gets the rest, one block per line,
    # with list items written back as markdown items so scope lists keep their shape.
    for table in soup.find_all("table"):
        table.decompose()
    for item in soup.find_all("li"):
        item.replace_with(f"\n- {item.get_text(' ', strip=True)}\n")
    records.extend(api_page.from_text(url, title, soup.get_text("\n")))
    return records
