"""Scope-looking strings anywhere in a page, each with its line and region.

They are observations, never catalogue scopes. On a guide, they show what people
copy (`"scope": ["checkout:admin"]` is worth a finding when it is no real scope);
on an API page or a scope table, each must stand in a scope list the parsers read,
or `scraper.build` reports it, so a docs format the parsers do not know is noticed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from scraper.model import SCOPE_IN_PROSE, Region, ScopeMention, Source, SourceKind
from scraper.parse.tree import Code, Document, text_lines, walk

CONTEXT_CHARS = 120
_TRAILING = re.compile(r"(?:\.|\*\*+)+$")

# A line of text: its number (from 1), the text, and where on the page it stands.
Line = tuple[int, str, Region]


def mentions(url: str, lines: Iterable[Line], operation: str | None = None) -> list[ScopeMention]:
    """Each scope-looking string once per line it stands on, in order."""
    source = Source(url, SourceKind.PROSE)
    found: list[ScopeMention] = []
    for number, line, place in lines:
        names = names_in(line)
        if names:
            context = " ".join(line.split())[:CONTEXT_CHARS]
            found += [
                ScopeMention(name, context, source, number, place, operation) for name in names
            ]
    return found


def names_in(text: str) -> list[str]:
    """The scope-looking strings in a text, each once, in order."""
    return list(dict.fromkeys(_name(match.group(0)) for match in SCOPE_IN_PROSE.finditer(text)))


def page_lines(doc: Document, spec: Code | None) -> list[Line]:
    """Every line of text on the page, in order, with its region: the spec block, other
    code (examples), blocks for AI agents, or the page's own words."""
    lines: list[Line] = []
    for block, agent in walk(doc.blocks):
        if agent:
            region = Region.AGENT
        elif block is spec:
            region = Region.OPENAPI
        elif isinstance(block, Code):
            region = Region.EXAMPLE
        else:
            region = Region.TEXT
        lines += [(number, text, region) for number, text in text_lines(block)]
    return sorted(lines, key=lambda line: line[0])


def _name(found: str) -> str:
    """A sentence's full stop, and the closing `**` of markdown bold, are no part of the
    scope they end with (a lone `*` may be a wildcard: it stays)."""
    trimmed = _TRAILING.sub("", found)
    return trimmed if SCOPE_IN_PROSE.fullmatch(trimmed) else found
