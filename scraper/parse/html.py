"""HTML pages (and HTML inside markdown) read into the normalized tree.

Scripts, styles and page chrome (navigation, header, footer) are dropped; blocks
addressed to AI agents become agent boxes. Block elements become blocks, everything
else inline spans: `<code>` is code, `<a>` a link, `<strong>`/`<b>` strong. A
`<details>` box is labelled by its `<summary>`, a `<div>` or `<section>` by its
`title` or `aria-label`, and a definition list's `<dt>` stands before its `<dd>` as a
paragraph stands before a list.
"""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, Tag, UnusualUsageWarning
from bs4.element import Comment, Doctype, NavigableString, ProcessingInstruction
from bs4.exceptions import ParserRejectedMarkup

from scraper.errors import ParseError
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

_DROPPED = frozenset(
    ("script", "style", "noscript", "template", "nav", "header", "footer", "head", "svg", "button")
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BOXES = frozenset(
    ("div", "section", "aside", "article", "main", "figure", "body", "html", "center", "form")
)
_BLOCKS = frozenset(
    (
        *_HEADINGS,
        *_BOXES,
        "p",
        "ul",
        "ol",
        "li",
        "table",
        "pre",
        "blockquote",
        "details",
        "dl",
        "dt",
        "dd",
        "hr",
        "agentinstructions",
        "summary",
        "figcaption",
    )
)
_CODE = frozenset(("code", "tt", "kbd", "samp"))
_STRONG = frozenset(("strong", "b"))
_EMPHASIS = frozenset(("em", "i"))
_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_LANGUAGE = re.compile(r"(?:^|\s)(?:language|lang)-(\S+)")
_INLINE_TAG = re.compile(
    r"^<(/)?([A-Za-z][\w-]*)(?:\s[^>]*?href\s*=\s*[\"']([^\"']*)[\"'])?[^>]*>$"
)


def _soup(text: str, where: str) -> BeautifulSoup:
    try:
        # A page that looks like a URL or XML is still only data: no warning on stderr.
        with warnings.catch_warnings(action="ignore", category=UnusualUsageWarning):
            return BeautifulSoup(text, "html.parser")
    except ParserRejectedMarkup:
        # html.parser gives up on some malformed declarations (`<![<![`).
        raise ParseError(where, "malformed HTML the parser rejects") from None


def read_html(url: str, text: str) -> Document:
    """An HTML page as blocks; a ParseError when it has neither `<h1>` nor `<title>`."""
    soup = _soup(normalize(text), url)
    heading = soup.find("h1") or soup.find("title")
    if heading is None:
        raise ParseError(url, "HTML page without <h1> or <title>")
    title = heading.get_text(" ", strip=True) or None
    return Document(url, _Reader(0).children(soup), title)


def read_fragment(text: str, first_line: int = 1) -> list[Block]:
    """HTML inside a markdown page, as blocks; what html.parser rejects is skipped."""
    try:
        soup = _soup(normalize(text), "")
    except ParseError:
        return []
    return _Reader(first_line - 1).children(soup)


def inline_spans(text: str) -> tuple[Span, ...]:
    """A snippet of inline HTML (a `<summary>`'s content) as spans."""
    try:
        soup = _soup(normalize(text), "")
    except ParseError:
        return (Span(text),)
    return _collapse(_Reader(0).spans(soup))


def inline_tag(text: str) -> tuple[str, bool, str | None] | None:
    """`<code>`, `</b>`, `<a href="x">`: (name, closing, href), or None for anything else."""
    match = _INLINE_TAG.match(text.strip())
    if match is None:
        return None
    return match[2].lower(), bool(match[1]), match[3]


class _Reader:
    def __init__(self, offset: int) -> None:
        self.offset = offset

    def line(self, tag: Tag) -> int:
        return self.offset + (tag.sourceline or 1)

    def children(self, parent: Tag) -> list[Block]:
        """The blocks of an element's children; runs of inline content become paragraphs."""
        blocks: list[Block] = []
        pending: list[Span] = []
        pending_line = self.line(parent)

        def flush() -> None:
            spans = _collapse(pending)
            if plain(spans).strip():
                blocks.append(Paragraph(spans, pending_line))
            pending.clear()

        for child in parent.children:
            if isinstance(child, Tag) and child.name in _DROPPED:
                continue
            if isinstance(child, Tag) and (child.name in _BLOCKS or _holds_blocks(child)):
                flush()
                blocks.extend(self.block(child))
                pending_line = self.line(child)
                continue
            if not pending and isinstance(child, Tag):
                pending_line = self.line(child)
            pending.extend(self.spans(child))
        flush()
        return blocks

    def block(self, tag: Tag) -> list[Block]:
        name = tag.name
        line = self.line(tag)
        if name in _HEADINGS:
            return [Heading(_HEADINGS[name], _collapse(self.spans(tag)), line)]
        if name in ("p", "dt", "summary", "figcaption"):
            return [Paragraph(_collapse(self.spans(tag)), line)]
        if name in ("ul", "ol"):
            items = [
                Item(self.children(li), self.line(li)) for li in tag.find_all("li", recursive=False)
            ]
            return [ListBlock(items, line)]
        if name == "li":
            return [ListBlock([Item(self.children(tag), line)], line)]
        if name == "table":
            return [self.table(tag)]
        if name == "pre":
            return [Code(_language(tag), tag.get_text(), line - 1)]
        if name == "hr":
            return [Rule(line)]
        if name == "agentinstructions":
            return [Container(Kind.AGENT, (), self.children(tag), line)]
        if name == "details":
            summary = tag.find("summary", recursive=False)
            label = _collapse(self.spans(summary)) if isinstance(summary, Tag) else ()
            if isinstance(summary, Tag):
                summary.extract()
            return [Container(Kind.BOX, label, self.children(tag), line)]
        label_text = next(
            (str(tag.get(a)) for a in ("title", "aria-label", "data-title") if tag.get(a)), ""
        )
        label = (Span(label_text.strip()),) if label_text.strip() else ()
        return [Container(Kind.BOX, label, self.children(tag), line)]

    def table(self, tag: Tag) -> Table:
        """The header is the first row of header cells, or the row in `<thead>`."""
        header: list[Cell] = []
        rows: list[Row] = []
        for tr in tag.find_all("tr"):
            if tr.find_parent("table") is not tag:
                continue
            heads = tr.find_all("th", recursive=False)
            cells = tr.find_all("td", recursive=False)
            if not header and not rows and tr.find_parent("thead") is not None:
                header = [self.cell(c) for c in tr.find_all(("th", "td"), recursive=False)]
            elif heads and not cells and not header:
                header = [self.cell(th) for th in heads]
            elif heads or cells:
                rows.append(
                    Row(
                        [self.cell(c) for c in tr.find_all(("th", "td"), recursive=False)],
                        self.line(tr),
                    )
                )
        return Table(header, rows, self.line(tag))

    def cell(self, tag: Tag) -> Cell:
        inline: list[Span] = []
        blocks: list[Block] = []
        for child in tag.children:
            if isinstance(child, Tag) and child.name in _DROPPED:
                continue
            if isinstance(child, Tag) and (child.name in _BLOCKS or _holds_blocks(child)):
                blocks.extend(self.block(child))
            else:
                inline.extend(self.spans(child))
        return Cell(_collapse(inline), blocks)

    def spans(
        self,
        node: object,
        code: bool = False,
        strong: bool = False,
        em: bool = False,
        link: str | None = None,
    ) -> list[Span]:
        if isinstance(node, (Comment, Doctype, ProcessingInstruction)):
            return []
        if isinstance(node, NavigableString):
            text = str(node) if code else _SPACE.sub(" ", str(node))
            return [Span(text, code, strong, em, link)] if text else []
        if not isinstance(node, Tag) or node.name in _DROPPED:
            return []
        name = node.name
        if name == "br":
            return [Span("\n")]
        if name == "img":
            alt = str(node.get("alt") or "")
            return [Span(alt, code, strong, em, link)] if alt else []
        if name == "a" and node.get("href"):
            link = str(node.get("href"))
        out: list[Span] = []
        for child in node.children:
            out += self.spans(
                child,
                code or name in _CODE,
                strong or name in _STRONG,
                em or name in _EMPHASIS,
                link,
            )
        return out


def _holds_blocks(tag: Tag) -> bool:
    """An unknown element (a custom one) that holds block elements is a box."""
    return "-" in tag.name and tag.find(_BLOCKS) is not None


def _language(pre: Tag) -> str:
    code = pre.find("code")
    for node in (code, pre):
        if not isinstance(node, Tag):
            continue
        for attribute in ("data-language", "data-lang", "lang"):
            if node.get(attribute):
                return str(node.get(attribute))
        classes = node.get("class")
        joined = " ".join(classes) if isinstance(classes, list) else str(classes or "")
        match = _LANGUAGE.search(joined)
        if match:
            return match.group(1)
    return ""


def _collapse(spans: list[Span] | tuple[Span, ...]) -> tuple[Span, ...]:
    """Adjacent spans marked alike merged, and the run trimmed."""
    merged: list[Span] = []
    for span in spans:
        if (
            merged
            and (m := merged[-1]).code == span.code
            and m.strong == span.strong
            and (m.emphasis == span.emphasis and m.link == span.link)
        ):
            merged[-1] = Span(m.text + span.text, m.code, m.strong, m.emphasis, m.link)
        else:
            merged.append(span)
    if merged:
        first, last = merged[0], merged[-1]
        merged[0] = Span(
            first.text.lstrip(" "), first.code, first.strong, first.emphasis, first.link
        )
        last = merged[-1]
        merged[-1] = Span(last.text.rstrip(" "), last.code, last.strong, last.emphasis, last.link)
    return tuple(span for span in merged if span.text)
