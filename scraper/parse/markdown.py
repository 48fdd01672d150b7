"""A markdown page parsed once, for the parsers that read markdown pages.

Blocks written for AI agents (`<AgentInstructions>`) are blanked out first: they
are instructions to the reader, not documentation, and their example `POST` line
is no API endpoint. Blanking keeps line numbers, so tokens still map to lines, and
the page keeps its original lines beside, to account for what those blocks say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from markdown_it import MarkdownIt
from markdown_it.token import Token

_NEWLINE = re.compile(r"\r\n?")
_AGENT_BLOCK = re.compile(
    r"<AgentInstructions\b.*?</AgentInstructions\s*>", re.IGNORECASE | re.DOTALL
)


@dataclass(frozen=True)
class Fence:
    info: str
    content: str
    start: int
    end: int


@dataclass(frozen=True)
class MarkdownPage:
    """A page's lines and its markdown-it tokens.

    Inline tokens get their `children` (emphasis, code spans, links) only on pages
    with a table: table cells are the only tokens whose children are read, and
    inline parsing is a quarter of the parse.
    """

    url: str
    lines: list[str]
    tokens: list[Token]
    # The lines as written, agent blocks included, and which of them (from 0) are in one.
    original_lines: list[str]
    agent_lines: frozenset[int]

    @property
    def title(self) -> str | None:
        """The text of the first level-1 heading."""
        for i, token in enumerate(self.tokens):
            if token.type == "heading_open" and token.tag == "h1":
                return self.tokens[i + 1].content.strip() or None
        return None

    @cached_property
    def fences(self) -> list[Fence]:
        return [
            Fence(t.info.strip(), t.content, t.map[0], t.map[1])
            for t in self.tokens
            if t.type == "fence" and t.map is not None
        ]

    def text_outside_fences(self) -> str:
        """The page with fenced code blanked: what the page says, not its examples."""
        lines = list(self.lines)
        for fence in self.fences:
            lines[fence.start : fence.end] = [""] * (fence.end - fence.start)
        return "\n".join(lines)


@cache
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


@cache
def _markdown_blocks() -> MarkdownIt:
    """The same parser without the inline pass: the same block tokens, no children."""
    return MarkdownIt("commonmark").enable("table").disable("inline")


def _blank(match: re.Match[str]) -> str:
    return "\n" * match.group(0).count("\n")


def parse_markdown(url: str, text: str) -> MarkdownPage:
    # Split lines the way markdown-it does, so token line maps index `lines`.
    original = _NEWLINE.sub("\n", text)
    agent_lines: set[int] = set()
    for block in _AGENT_BLOCK.finditer(original):
        first = original.count("\n", 0, block.start())
        agent_lines.update(range(first, first + block.group(0).count("\n") + 1))
    cleaned = _AGENT_BLOCK.sub(_blank, original)
    tokens = _markdown_blocks().parse(cleaned)
    if any(token.type == "table_open" for token in tokens):
        tokens = _markdown().parse(cleaned)
    return MarkdownPage(
        url=url,
        lines=cleaned.split("\n"),
        tokens=tokens,
        original_lines=original.split("\n"),
        agent_lines=frozenset(agent_lines),
    )
