"""HTML pages, for pages with no markdown export: scope tables and API pages.

Scripts, styles and blocks addressed to AI agents are dropped first (what the
agent blocks say is kept as mentions of their own); the rest is reduced to text
for the API page and prose readers, code examples (`<pre>`) marked as such.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

from bs4 import BeautifulSoup, UnusualUsageWarning
from bs4.exceptions import ParserRejectedMarkup

from scraper.errors import ParseError
from scraper.model import Records, Region
from scraper.parse import api_page, prose, scope_table

# A line of its own around each code example, which no page holds (a NUL is no text).
_EXAMPLE = "\x00example\x00"
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
    agents = [tag.get_text("\n") for tag in soup.find_all("agentinstructions")]
    for tag in soup.find_all(_DROPPED):
        tag.decompose()
    heading = soup.find("h1") or soup.find("title")
    if heading is None:
        raise ParseError(url, "HTML page without <h1> or <title>")
    title = heading.get_text(" ", strip=True) or None
    for example in soup.find_all("pre"):
        example.insert_before(f"\n{_EXAMPLE}\n")
        example.insert_after(f"\n{_EXAMPLE}\n")
    lines = soup.get_text("\n").split("\n")
    records = Records(mentions=prose.mentions(url, lines, _regions(lines)))
    for agent in agents:
        records.mentions += prose.mentions(url, agent.split("\n"), lambda _: Region.AGENT)
    records.extend(scope_table.from_html(url, soup))
    # Tables are read; the API page reader gets the rest, one block per line,
    # with list items written back as markdown items so scope lists keep their shape.
    for table in soup.find_all("table"):
        table.decompose()
    for item in soup.find_all("li"):
        item.replace_with(f"\n- {item.get_text(' ', strip=True)}\n")
    text = soup.get_text("\n").replace(_EXAMPLE, "")
    records.extend(api_page.from_text(url, title, text))
    return records


def _regions(lines: list[str]) -> Callable[[int], Region]:
    """EXAMPLE for the lines between a pair of example marks, TEXT for the rest."""
    examples: set[int] = set()
    inside = False
    for number, line in enumerate(lines, start=1):
        if line == _EXAMPLE:
            inside = not inside
        elif inside:
            examples.add(number)
    return lambda number: Region.EXAMPLE if number in examples else Region.TEXT
