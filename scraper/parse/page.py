"""A docs page, read once into the normalized tree: what it says, as records.

A page that names an endpoint is an API page: its labelled scope lists are that
endpoint's. A page that names none is a guide or a scope page: its scope tables give
the scopes' descriptions and groups, and a scope list on it, which belongs to no
endpoint, is a finding. Every scope-looking string on it is a mention, for the
accounting in `scraper.build`.
"""

from __future__ import annotations

from scraper.errors import ParseError
from scraper.model import Records
from scraper.parse import api_page, prose, scope_table
from scraper.parse.openapi import described
from scraper.parse.scope_list import find_scope_lists, unrecognized_findings
from scraper.parse.tree import Document, Heading, walk

# More level-1 headings and spec blocks than this on one page: pages concatenated.
_PAGES_ON_A_PAGE = 1


def read_page(doc: Document) -> Records:
    _refuse_concatenation(doc)
    lists = find_scope_lists(doc.blocks)
    found = api_page.identity(doc, any(lst.scopes for lst in lists))
    records = Records(mentions=prose.mentions(doc.url, prose.page_lines(doc, found.spec)))
    if not found.names_endpoint:
        tables, read_tables = scope_table.read(doc)
        records.extend(tables)
        lists = find_scope_lists(doc.blocks, skip=read_tables)
    records.findings += unrecognized_findings(doc.url, lists)
    records.extend(api_page.read(doc, found, lists))
    names = found.described.union(*(scope_list.described for scope_list in lists))
    records.mentions = described(records.mentions, names)
    if doc.title is None and records.is_empty() and not records.mentions:
        raise ParseError(
            doc.url, "no '# Title' heading, scope table or API description: not a docs page"
        )
    return records


def _refuse_concatenation(doc: Document) -> None:
    """A file that holds many pages (such as llms-full.txt) is no one page to read."""
    titles = sum(1 for b, _ in walk(doc.blocks) if isinstance(b, Heading) and b.level == 1)
    specs = sum(1 for block in doc.code_blocks() if api_page.is_spec(block))
    if titles > _PAGES_ON_A_PAGE and specs > _PAGES_ON_A_PAGE:
        raise ParseError(
            doc.url,
            f"holds {titles} pages with {specs} OpenAPI blocks: a concatenation of pages "
            "(like llms-full.txt), not one page",
        )
