"""Markdown pages, MDX components and HTML inside them, read into the normalized tree.

Docs platforms wrap markdown in components: `<details><summary>Scopes</summary>`,
`<Accordion title="Scopes">`, `<Tabs><Tab title="Scopes">`, `<Note>`, Docusaurus's
`:::note Scopes` ... `:::`. A line that holds only such tags opens or closes a box
(its label from `<summary>` or a `title`/`label` attribute); the markdown between
those lines is read by markdown-it, dedented as components indent it. Any other HTML
(`<table>`, `<ul>`) is read by the HTML reader, into the same blocks. Blocks for AI
agents (`<AgentInstructions>`) become agent boxes, which nothing reads for facts.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from scraper.parse import html
from scraper.parse.tree import (
    Block,
    Cell,
    Code,
    Container,
    Document,
    Heading,
    Item,
    Kind,
    ListBlock,
    Paragraph,
    Row,
    Rule,
    Span,
    Table,
    normalize,
    plain,
)

# A tag of a box: an MDX component (a capitalized name) or an HTML element that
# holds blocks. Attribute values may be quoted or in JSX braces.
_TAG = re.compile(
    r"<(?P<close>/)?(?P<name>[A-Z][\w.]*|details|div|section|aside|article|main)"
    r"(?P<attrs>(?:\s+(?:[^<>\"'{}]|\"[^\"]*\"|'[^']*'|\{[^{}]*\})*?)?)\s*(?P<self>/)?>",
)
_SUMMARY = re.compile(r"<summary\b[^>]*>(?P<label>.*?)</summary\s*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(
    r"\b(?P<name>title|label|summary|heading|name)\s*=\s*"
    r"(?:\"(?P<a>[^\"]*)\"|'(?P<b>[^']*)'|\{\s*[\"'`](?P<c>[^\"'`]*)[\"'`]\s*\})"
)
_ADMONITION = re.compile(
    r"^[ \t]*:::[ \t]*(?P<kind>\w+)?(?:\[(?P<bracket>[^\]]*)\]|[ \t]+(?P<title>.*))?[ \t]*$"
)
_UNFINISHED_TAG = re.compile(
    r"^[ \t]*<(?:[A-Z][\w.]*|details|div|section|aside|article|main)\b[^>]*$"
)
_AGENT = "agentinstructions"
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
# How far an opening tag may run over lines before it is taken for text.
_TAG_LINES = 20


@cache
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def read_markdown(url: str, text: str) -> Document:
    """A markdown page as blocks."""
    lines = normalize(text).split("\n")
    blocks = _Reader(lines).read()
    return Document(url, blocks, _title(blocks))


def read_fragment(text: str, first_line: int = 1) -> list[Block]:
    """Markdown that is part of something else (a spec's description), as blocks."""
    return _Reader(normalize(text).split("\n"), first_line - 1).read()


def _title(blocks: list[Block]) -> str | None:
    for block in blocks:
        if isinstance(block, Heading) and block.level == 1:
            return plain(block.spans).strip() or None
    return None


@dataclass
class _Open:
    name: str
    box: Container


class _Reader:
    """Splits the lines at box tags, reads the markdown between them, nests the boxes."""

    def __init__(self, lines: list[str], offset: int = 0) -> None:
        self.lines = lines
        self.offset = offset
        self.root: list[Block] = []
        self.stack: list[_Open] = []

    def read(self) -> list[Block]:
        start = i = 0
        fence: str | None = None
        while i < len(self.lines):
            line = self.lines[i]
            marker = _FENCE.match(line)
            if marker is not None:
                run = marker.group(1)
                if fence is None:
                    fence = run
                elif (
                    run[0] == fence[0]
                    and len(run) >= len(fence)
                    and not line[marker.end() :].strip()
                ):
                    fence = None
                i += 1
                continue
            tags = None if fence is not None else self._tags(i)
            if tags is None:
                i += 1
                continue
            count, events = tags
            self._segment(start, i)
            for event in events:
                self._apply(event, i)
            i += count
            start = i
        self._segment(start, len(self.lines))
        return self.root

    def _here(self) -> list[Block]:
        return self.stack[-1].box.blocks if self.stack else self.root

    def _tags(self, i: int) -> tuple[int, list[_Tag]] | None:
        """The lines from line i that are box tags, and the tags; None if none."""
        admonition = _ADMONITION.match(self.lines[i])
        if admonition:
            if admonition["kind"] is None and not admonition["title"]:
                return 1, [_Tag(":::", closing=True)]
            label = _label_spans(admonition["bracket"] or admonition["title"] or "")
            return 1, [_Tag(":::", label=label)]
        count = 1
        text = self.lines[i]
        while _UNFINISHED_TAG.match(text) and count < _TAG_LINES and i + count < len(self.lines):
            text += " " + self.lines[i + count].strip()
            count += 1
        if not _only_tags(text):
            return None
        return count, _tag_events(text)

    def _apply(self, tag: _Tag, i: int) -> None:
        if tag.closing:
            self._close(tag.name)
        elif tag.name == "summary":
            if self.stack and not self.stack[-1].box.label:
                self.stack[-1].box.label = tag.label
        else:
            kind = Kind.AGENT if tag.name.lower() == _AGENT else Kind.BOX
            self._open(tag.name, kind, tag.label, i)

    def _open(self, name: str, kind: Kind, label: tuple[Span, ...], i: int) -> None:
        box = Container(kind, label, [], self.offset + i + 1)
        self._here().append(box)
        self.stack.append(_Open(name, box))

    def _close(self, name: str) -> None:
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth].name == name:
                del self.stack[depth:]
                return

    def _segment(self, start: int, end: int) -> None:
        if start >= end or not any(line.strip() for line in self.lines[start:end]):
            return
        lines = self.lines[start:end]
        if self.stack:
            lines = textwrap.dedent("\n".join(lines)).split("\n")
        tokens = _markdown().parse("\n".join(lines))
        converter = _Converter(tokens, lines, self.offset + start)
        self._here().extend(converter.blocks())


def _only_tags(text: str) -> bool:
    rest = _SUMMARY.sub("", text)
    rest = _TAG.sub("", rest)
    return not rest.strip() and ("<" in text)


@dataclass(frozen=True)
class _Tag:
    """A box tag: it opens a box (with a label), closes one, or labels the open one."""

    name: str
    closing: bool = False
    label: tuple[Span, ...] = ()


def _tag_events(text: str) -> list[_Tag]:
    """The tags of a line of tags, in order; self-closing ones do nothing and are left out."""
    events: list[tuple[int, _Tag]] = []
    for match in _SUMMARY.finditer(text):
        events.append((match.start(), _Tag("summary", label=html.inline_spans(match["label"]))))
    masked = _SUMMARY.sub(lambda m: " " * len(m.group(0)), text)
    for match in _TAG.finditer(masked):
        if match["close"]:
            events.append((match.start(), _Tag(match["name"], closing=True)))
        elif not match["self"]:
            label = _attribute_label(match["attrs"] or "")
            events.append((match.start(), _Tag(match["name"], label=label)))
    return [event for _, event in sorted(events, key=lambda e: e[0])]


def _attribute_label(attrs: str) -> tuple[Span, ...]:
    match = _ATTRIBUTE.search(attrs)
    if match is None:
        return ()
    return _label_spans(match["a"] or match["b"] or match["c"] or "")


def _label_spans(label: str) -> tuple[Span, ...]:
    return (Span(label.strip()),) if label.strip() else ()


class _Converter:
    """markdown-it's flat tokens of one stretch of lines, as nested blocks."""

    def __init__(self, tokens: list[Token], lines: list[str], offset: int) -> None:
        self.tokens = tokens
        self.lines = lines
        self.offset = offset
        self.i = 0

    def line(self, token: Token) -> int:
        return self.offset + (token.map[0] if token.map else 0) + 1

    def blocks(self, until: str | None = None) -> list[Block]:
        out: list[Block] = []
        while self.i < len(self.tokens):
            token = self.tokens[self.i]
            if until is not None and token.type == until:
                self.i += 1
                return out
            self.i += 1
            block = self._block(token)
            if isinstance(block, list):
                out.extend(block)
            elif block is not None:
                out.append(block)
        return out

    def _block(self, token: Token) -> Block | list[Block] | None:
        kind = token.type
        if kind == "heading_open":
            spans = self._inline()
            self.i += 1
            return Heading(int(token.tag[1:]), spans, self.line(token))
        if kind == "paragraph_open":
            spans = self._inline()
            self.i += 1
            return Paragraph(spans, self.line(token))
        if kind in ("bullet_list_open", "ordered_list_open"):
            return self._list(token, kind.replace("_open", "_close"))
        if kind == "blockquote_open":
            return Container(Kind.BOX, (), self.blocks("blockquote_close"), self.line(token))
        if kind == "fence":
            return Code(token.info.strip(), token.content, self.line(token))
        if kind == "code_block":
            return Code("", token.content, self.line(token) - 1)
        if kind == "table_open":
            return self._table(token)
        if kind == "hr":
            return Rule(self.line(token))
        if kind == "html_block":
            return html.read_fragment(token.content, self.line(token))
        return None

    def _inline(self) -> tuple[Span, ...]:
        token = self.tokens[self.i]
        self.i += 1
        return inline_spans(token.children or [])

    def _list(self, opening: Token, closing: str) -> ListBlock:
        items: list[Item] = []
        while self.i < len(self.tokens) and self.tokens[self.i].type != closing:
            token = self.tokens[self.i]
            self.i += 1
            if token.type == "list_item_open":
                items.append(Item(self.blocks("list_item_close"), self.line(token)))
        self.i += 1
        return ListBlock(items, self.line(opening))

    def _table(self, opening: Token) -> Table:
        header: list[Cell] = []
        rows: list[Row] = []
        in_header = False
        while self.i < len(self.tokens):
            token = self.tokens[self.i]
            self.i += 1
            if token.type == "table_close":
                break
            if token.type == "thead_open":
                in_header = True
            elif token.type == "thead_close":
                in_header = False
            elif token.type == "tr_open" and not in_header:
                rows.append(Row([], self.line(token)))
            elif token.type == "inline":
                cell = Cell(inline_spans(token.children or []))
                if in_header:
                    header.append(cell)
                elif rows:
                    if not rows[-1].cells:
                        cell.indent = self._indent(rows[-1].line)
                    rows[-1].cells.append(cell)
        return Table(header, rows, self.line(opening))

    def _indent(self, line: int) -> int:
        """Spaces before the first cell's text on its source line."""
        source = (
            self.lines[line - self.offset - 1] if line - self.offset - 1 < len(self.lines) else ""
        )
        cell = source[1:] if source.startswith("|") else source
        return len(cell) - len(cell.lstrip(" "))


def inline_spans(children: list[Token]) -> tuple[Span, ...]:
    """markdown-it's inline tokens as spans, HTML inline tags (`<code>`, `<b>`) included."""
    spans: list[Span] = []
    strong = emphasis = code = 0
    links: list[str] = []
    for token in children:
        kind = token.type
        if kind in ("text", "code_inline"):
            spans.append(
                Span(
                    token.content,
                    code=kind == "code_inline" or code > 0,
                    strong=strong > 0,
                    emphasis=emphasis > 0,
                    link=links[-1] if links else None,
                )
            )
        elif kind in ("softbreak", "hardbreak"):
            spans.append(Span("\n"))
        elif kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
        elif kind == "em_open":
            emphasis += 1
        elif kind == "em_close":
            emphasis -= 1
        elif kind == "link_open":
            links.append(str(token.attrs.get("href") or ""))
        elif kind == "link_close" and links:
            links.pop()
        elif kind == "image":
            spans.append(Span(token.content))
        elif kind == "html_inline":
            tag = html.inline_tag(token.content)
            if tag is not None:
                name, closing, href = tag
                step = -1 if closing else 1
                if name == "code":
                    code += step
                elif name in ("strong", "b"):
                    strong += step
                elif name in ("em", "i"):
                    emphasis += step
                elif name == "br":
                    spans.append(Span("\n"))
                elif name == "a":
                    if closing and links:
                        links.pop()
                    elif not closing:
                        links.append(href or "")
    return tuple(spans)
