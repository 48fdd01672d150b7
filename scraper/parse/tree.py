"""One normalized tree of blocks per page, whatever its markup.

Markdown (with MDX components and embedded HTML) and HTML pages are both read into
these blocks, so that everything that reads a page (its title, scope lists, scope
table, endpoint, the scope-looking strings in it) reads it once, one way. Inline
content is a flat run of spans, each marked as code, link, strong or emphasis.

Every block knows the line it starts on in the document (from 1), so a finding can
name it. Text is normalized before it is read: no byte order mark, no zero-width
characters or soft hyphens, and no-break spaces as spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

# Characters a copy-paste or a docs platform adds that no reader sees: a name with one
# inside is the same name.
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
_SPACES = re.compile("[\u00a0\u202f\u2007]")
_NEWLINE = re.compile(r"\r\n?")


def normalize(text: str) -> str:
    """LF line ends, no invisible characters, plain spaces."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", _NEWLINE.sub("\n", text)))


@dataclass(frozen=True, slots=True)
class Span:
    """A run of inline text and how it is marked."""

    text: str
    code: bool = False
    strong: bool = False
    emphasis: bool = False
    link: str | None = None


def plain(spans: tuple[Span, ...]) -> str:
    return "".join(span.text for span in spans)


def written(spans: tuple[Span, ...]) -> str:
    """The text with code spans in backticks, as a reader sees where each one ends."""
    return "".join(f"`{span.text}`" if span.code else span.text for span in spans)


class Kind(StrEnum):
    """What a container is: it decides how its content is read."""

    # A box with or without a label (details, an MDX component, a div, a quote).
    BOX = "box"
    # Instructions to AI agents: not documentation, never read for facts.
    AGENT = "agent"


@dataclass(slots=True)
class Heading:
    level: int
    spans: tuple[Span, ...]
    line: int


@dataclass(slots=True)
class Paragraph:
    spans: tuple[Span, ...]
    line: int


@dataclass(slots=True)
class Code:
    """A code block: `info` is the fence's info string (or the language an HTML class names)."""

    info: str
    text: str
    line: int


@dataclass(slots=True)
class Item:
    blocks: list[Block]
    line: int


@dataclass(slots=True)
class ListBlock:
    items: list[Item]
    line: int


@dataclass(slots=True)
class Cell:
    spans: tuple[Span, ...]
    # Blocks inside the cell (HTML cells may hold lists); empty for markdown cells.
    blocks: list[Block] = field(default_factory=list)
    # Spaces before the cell's text in the source: markdown tables indent child rows.
    indent: int = 0


@dataclass(slots=True)
class Row:
    cells: list[Cell]
    line: int


@dataclass(slots=True)
class Table:
    header: list[Cell]
    rows: list[Row]
    line: int


@dataclass(slots=True)
class Container:
    """A box of blocks; `label` is its summary or title, if it has one."""

    kind: Kind
    label: tuple[Span, ...]
    blocks: list[Block]
    line: int


@dataclass(slots=True)
class Rule:
    line: int


Block = Heading | Paragraph | Code | ListBlock | Table | Container | Rule


@dataclass(slots=True)
class Document:
    """A page read into blocks; `title` is the first level-1 heading (or HTML title)."""

    url: str
    blocks: list[Block]
    title: str | None

    def code_blocks(self) -> list[Code]:
        """Every code block outside agent boxes, in document order."""
        return [
            block for block, agent in walk(self.blocks) if isinstance(block, Code) and not agent
        ]

    def links(self) -> list[str]:
        """Every link target outside agent boxes, in document order."""
        return [
            span.link
            for block, agent in walk(self.blocks)
            if not agent
            for span in spans_of(block)
            if span.link
        ]


def walk(blocks: list[Block], agent: bool = False) -> Iterator[tuple[Block, bool]]:
    """Every block in document order, and whether it stands in an agent box."""
    for block in blocks:
        yield block, agent
        match block:
            case ListBlock(items=items):
                for item in items:
                    yield from walk(item.blocks, agent)
            case Container(kind=kind, blocks=inner):
                yield from walk(inner, agent or kind == Kind.AGENT)
            case Table(header=header, rows=rows):
                for cell in [*header, *(c for row in rows for c in row.cells)]:
                    yield from walk(cell.blocks, agent)
            case _:
                pass


def spans_of(block: Block) -> tuple[Span, ...]:
    """The inline content a block holds itself (its children's aside)."""
    match block:
        case Heading(spans=spans) | Paragraph(spans=spans):
            return spans
        case Container(label=label):
            return label
        case Table(header=header, rows=rows):
            return tuple(
                s for cell in [*header, *(c for r in rows for c in r.cells)] for s in cell.spans
            )
        case _:
            return ()


def text_lines(block: Block) -> list[tuple[int, str]]:
    """The lines of text a block holds itself, each with its line number."""
    match block:
        case Heading(spans=spans, line=line) | Paragraph(spans=spans, line=line):
            return _numbered(written(spans), line)
        case Code(text=text, line=line):
            # A fence's content starts on the line after its opening fence.
            return _numbered(text, line + 1)
        case Container(label=label, line=line) if label:
            return _numbered(plain(label), line)
        case Table(header=header, rows=rows, line=line):
            lines = [(line, " | ".join(plain(cell.spans) for cell in header))]
            return lines + [
                (row.line, " | ".join(plain(c.spans) for c in row.cells)) for row in rows
            ]
        case _:
            return []


def _numbered(text: str, first: int) -> list[tuple[int, str]]:
    return [(first + offset, line) for offset, line in enumerate(text.split("\n")) if line.strip()]
