"""Scope-looking strings anywhere in a page's text: prose, tables, examples.

They are observations, never catalogue scopes: the guide that grants
`"scope": ["checkout:admin"]` shows what people copy, which is worth a finding
when it is not a real scope, but it documents no endpoint.
"""

from __future__ import annotations

from scraper.model import SCOPE_IN_PROSE, ScopeMention, Source, SourceKind

CONTEXT_CHARS = 120


def mentions(url: str, text: str) -> list[ScopeMention]:
    """Each distinct scope-looking string once, with the line it first appears on."""
    source = Source(url, SourceKind.PROSE)
    found: dict[str, ScopeMention] = {}
    for line in text.splitlines():
        for match in SCOPE_IN_PROSE.finditer(line):
            name = match.group(0)
            if name not in found:
                context = " ".join(line.split())[:CONTEXT_CHARS]
                found[name] = ScopeMention(name, context, source)
    return list(found.values())
