"""Scope-looking strings anywhere in a page's text, each with its line and region.

They are observations, never catalogue scopes. On a guide, they show what people
copy (`"scope": ["checkout:admin"]` is worth a finding when it is no real scope);
on an API page or a scope table, each must stand in a scope list the parsers read,
or `scraper.build` reports it, so a docs format the parsers do not know is noticed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from scraper.model import SCOPE_IN_PROSE, Region, ScopeMention, Source, SourceKind

CONTEXT_CHARS = 120


def mentions(
    url: str,
    lines: Sequence[str],
    region: Callable[[int], Region] = lambda _: Region.TEXT,
    operation: str | None = None,
) -> list[ScopeMention]:
    """Each scope-looking string once per line it stands on, in order.

    `region` tells the region of a line (numbered from 1).
    """
    source = Source(url, SourceKind.PROSE)
    found: list[ScopeMention] = []
    for number, line in enumerate(lines, start=1):
        names = dict.fromkeys(_name(match.group(0)) for match in SCOPE_IN_PROSE.finditer(line))
        if names:
            context = " ".join(line.split())[:CONTEXT_CHARS]
            place = region(number)
            found += [
                ScopeMention(name, context, source, number, place, operation) for name in names
            ]
    return found


def _name(found: str) -> str:
    """A sentence's full stop is no part of the scope it ends with."""
    trimmed = found.rstrip(".")
    return trimmed if SCOPE_IN_PROSE.fullmatch(trimmed) else found
