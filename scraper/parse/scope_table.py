"""Scope tables: the "Available scopes" table of the docs' scope pages.

Only pages that document no endpoint are scope pages: a `| Scope | Description |`
table on an API page is that endpoint's scope list, never the source of a scope's
description or group.

A scope table has a `Name` or `Scope` column and a description column, and rows of
`action:resource` names. A row's group is the admin scope it is listed under: the
table marks group heads in bold with their children indented (markdown), or lists the
children in the head's description cell (HTML). Where nothing is bold, indented or
nested, each `admin:` row heads the rows that follow it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from scraper.model import SCOPE_TOKEN, Finding, FindingKind, Records, Source, SourceKind, TableScope
from scraper.parse.tree import Cell, Document, ListBlock, Paragraph, Table, plain, walk, written

_NAME_HEADER = re.compile(r"^\W*(name|scopes?)\W*$", re.IGNORECASE)
_DESCRIPTION_HEADER = re.compile(r"description", re.IGNORECASE)
_MARKUP = "*_` \t"


@dataclass(frozen=True)
class _Row:
    name: str
    description: str | None
    # The table's own marks: True heads a group, False is a child, None unmarked.
    heads: bool | None
    parent: str | None = None


def read(doc: Document) -> tuple[Records, set[int]]:
    """The scope tables of a scope page, and the ids of the tables read."""
    records = Records()
    read_tables: set[int] = set()
    source = Source(doc.url, SourceKind.SCOPE_TABLE)
    for block, agent in walk(doc.blocks):
        if agent or not isinstance(block, Table) or len(block.header) < 2:
            continue
        if not _NAME_HEADER.match(_plain(plain(block.header[0].spans))):
            continue
        findings: list[Finding] = []
        rows = list(_rows(doc.url, block, findings))
        # A parameter table (`| Name | Type |` with rows such as `aid`) has the same header.
        if not any(":" in row.name for row in rows):
            continue
        read_tables.add(id(block))
        records.table_scopes += _grouped(rows, source)
        records.findings += findings
    return records, read_tables


def _rows(url: str, table: Table, findings: list[Finding]) -> Iterator[_Row]:
    column = next(
        (i for i, cell in enumerate(table.header) if _DESCRIPTION_HEADER.search(plain(cell.spans))),
        1,
    )
    marked: list[tuple[str, str, bool, bool, list[_Row]]] = []
    for row in table.rows:
        if not row.cells:
            continue
        first = row.cells[0]
        name = _plain(plain(first.spans))
        if not name:
            continue
        if not SCOPE_TOKEN.fullmatch(name):
            findings.append(_unrecognized(url, written(first.spans)))
            continue
        rest = row.cells[column] if column < len(row.cells) else Cell(())
        children = list(_children(url, name, rest, findings))
        bold = any(span.strong for span in first.spans)
        marked.append((name, _plain(plain(rest.spans)), bold, first.indent >= 2, children))
    any_bold = any(bold for _, _, bold, _, _ in marked)
    any_indented = any(indented for _, _, _, indented, _ in marked)
    nested = any(children for *_, children in marked)
    for name, description, bold, indented, children in marked:
        if nested:
            heads: bool | None = True
        elif any_bold:
            heads = bold
        elif any_indented:
            heads = not indented
        else:
            heads = None
        yield _Row(name, description or None, heads)
        yield from children


def _children(url: str, parent: str, cell: Cell, findings: list[Finding]) -> Iterator[_Row]:
    """The rows an HTML cell lists under its scope: `<li><code>scope</code> text</li>`."""
    for block in cell.blocks:
        if not isinstance(block, ListBlock):
            continue
        for item in block.items:
            spans = next((b.spans for b in item.blocks if isinstance(b, Paragraph)), ())
            code = next((s for s in spans if s.code), None)
            if code is None:
                findings.append(_unrecognized(url, written(spans)))
                continue
            child = _plain(code.text)
            if not SCOPE_TOKEN.fullmatch(child):
                findings.append(_unrecognized(url, child))
                continue
            text = _plain(plain(tuple(s for s in spans if s is not code)))
            yield _Row(child, text or None, heads=False, parent=parent)


def _grouped(rows: list[_Row], source: Source) -> Iterator[TableScope]:
    """Each row with its group: its parent, else the nearest heading row above.

    Heading rows are those the table marks (bold, not indented); in a table
    without such marks, the `admin:` rows.
    """
    group: str | None = None
    for row in rows:
        heads = row.name.startswith("admin:") if row.heads is None else row.heads
        if row.parent is not None:
            yield TableScope(row.name, row.description, row.parent, source)
        elif heads:
            group = row.name
            yield TableScope(row.name, row.description, None, source)
        else:
            yield TableScope(row.name, row.description, group, source)


def _plain(text: str) -> str:
    return " ".join(text.strip(_MARKUP).split()).strip(_MARKUP)


def _unrecognized(url: str, raw: str) -> Finding:
    return Finding(
        FindingKind.UNRECOGNIZED_SCOPE_ITEM,
        f"scope table row not understood, kept verbatim: {raw.strip()!r}",
        [url],
    )
