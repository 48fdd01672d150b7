"""Scope tables: the "Available scopes" table of the clients pages.

Two spellings of one table. Markdown: a `Name | Description` table, rows with or
without leading pipes, names bold and/or backticked, the admin scope of each
group in bold and its children indented. HTML: a row per admin scope, its
children as a nested list in the description cell.

A row's group is the admin scope it is listed under. Where nothing is bold or
nested, each `admin:` row heads the rows that follow it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag
from markdown_it.token import Token

from scraper.model import SCOPE_TOKEN, Finding, FindingKind, Records, Source, SourceKind, TableScope
from scraper.parse.markdown import MarkdownPage

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


def from_markdown(page: MarkdownPage) -> Records:
    records = Records()
    for header, rows in _markdown_tables(page.tokens):
        # A one-column `Scopes` table is an endpoint's scope list (scope_list reads it).
        if len(header) < 2 or not _NAME_HEADER.match(_plain(header[0].content)):
            continue
        description_column = next(
            (i for i, cell in enumerate(header) if _DESCRIPTION_HEADER.search(cell.content)), 1
        )
        cells_by_row: list[tuple[str, str, bool, bool]] = []
        findings: list[Finding] = []
        for line, cells in rows:
            raw_name = cells[0].content if cells else ""
            name = _plain(raw_name)
            if not name:
                continue
            if not SCOPE_TOKEN.fullmatch(name):
                findings.append(_unrecognized(page.url, raw_name))
                continue
            description = (
                _plain(cells[description_column].content) if description_column < len(cells) else ""
            )
            bold = any(child.type == "strong_open" for child in cells[0].children or [])
            indented = line < len(page.lines) and _is_indented(page.lines[line])
            cells_by_row.append((name, description, bold, indented))
        any_bold = any(bold for _, _, bold, _ in cells_by_row)
        any_indented = any(indented for _, _, _, indented in cells_by_row)
        parsed = [
            _Row(
                name,
                description or None,
                bold if any_bold else (not indented) if any_indented else None,
            )
            for name, description, bold, indented in cells_by_row
        ]
        _add_table(records, parsed, findings, Source(page.url, SourceKind.SCOPE_TABLE))
    return records


def from_html(url: str, soup: BeautifulSoup) -> Records:
    records = Records()
    for table in soup.find_all("table"):
        header = [cell.get_text(" ", strip=True) for cell in table.find_all("th")]
        if len(header) < 2 or not _NAME_HEADER.match(header[0]):
            continue
        # Children nested as lists mark the rows that hold them as group heads.
        nested = table.find("li") is not None
        parsed: list[_Row] = []
        findings: list[Finding] = []
        for tr in table.find_all("tr"):
            cells = tr.find_all("td", recursive=False)
            if cells:
                parsed += _html_rows(url, cells, nested, findings)
        _add_table(records, parsed, findings, Source(url, SourceKind.SCOPE_TABLE))
    return records


def _add_table(records: Records, rows: list[_Row], findings: list[Finding], source: Source) -> None:
    """Keep a table's rows if it is a scope table: a `Name` column of `action:resource` rows.

    A parameter table (`| Name | Type |` with rows such as `aid`) has the same header.
    """
    if any(":" in row.name for row in rows):
        records.table_scopes += _grouped(rows, source)
        records.findings += findings


def _html_rows(url: str, cells: list[Tag], nested: bool, findings: list[Finding]) -> Iterator[_Row]:
    name = _plain(cells[0].get_text(" ", strip=True))
    if not SCOPE_TOKEN.fullmatch(name):
        if name:
            findings.append(_unrecognized(url, name))
        return
    rest = cells[1] if len(cells) > 1 else None
    children = rest.find_all("li") if rest is not None else []
    for item in children:
        item.extract()
    description = _plain(rest.get_text(" ", strip=True)) if rest is not None else ""
    yield _Row(name, description or None, heads=True if nested else None)
    for item in children:
        code = item.find("code")
        if code is None:
            findings.append(_unrecognized(url, item.get_text(" ", strip=True)))
            continue
        child = _plain(code.extract().get_text())
        if not SCOPE_TOKEN.fullmatch(child):
            findings.append(_unrecognized(url, child))
            continue
        text = _plain(item.get_text(" ", strip=True))
        yield _Row(child, text or None, heads=False, parent=name)


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


def _markdown_tables(
    tokens: list[Token],
) -> Iterator[tuple[list[Token], list[tuple[int, list[Token]]]]]:
    header: list[Token] = []
    rows: list[tuple[int, list[Token]]] = []
    in_header = False
    for token in tokens:
        if token.type == "table_open":
            header, rows = [], []
        elif token.type == "thead_open":
            in_header = True
        elif token.type == "thead_close":
            in_header = False
        elif token.type == "tr_open" and not in_header:
            rows.append((token.map[0] if token.map else 0, []))
        elif token.type == "inline" and in_header:
            header.append(token)
        elif token.type == "inline" and rows:
            rows[-1][1].append(token)
        elif token.type == "table_close":
            yield header, rows


def _is_indented(line: str) -> bool:
    """`|   \\`write:accounts\\`` or `  write:accounts |`: two or more spaces before the name."""
    cell = line[1:] if line.startswith("|") else line
    return cell.startswith("  ")


def _plain(text: str) -> str:
    return " ".join(text.strip(_MARKUP).split()).strip(_MARKUP)


def _unrecognized(url: str, raw: str) -> Finding:
    return Finding(
        FindingKind.UNRECOGNIZED_SCOPE_ITEM,
        f"scope table row not understood, kept verbatim: {raw.strip()!r}",
        [url],
    )
