"""The safety gate: a refresh that looks broken must not replace good outputs.

Docs sites change shape; when a parser stops recognizing pages, a refresh sees
scopes and endpoints "removed" en masse. So a refresh is refused when it would
remove more than a share of the scopes or endpoints, or when fewer pages parse
than last time, unless the maintainer accepts it (`--accept-removals`).
"""

from __future__ import annotations

from scraper.diff import Change, ChangeKind
from scraper.model import Catalogue, FindingKind
from scraper.settings import DEFAULT_MAX_REMOVALS

# Findings that mean a page was not read: the measure of parse coverage.
UNREAD = (FindingKind.UNPARSED_PAGE, FindingKind.FETCH_FAILED)


def unread_pages(catalogue: Catalogue) -> set[str]:
    return {url for f in catalogue.findings if f.kind in UNREAD for url in f.urls}


def problems(
    previous: Catalogue | None,
    new: Catalogue,
    changes: list[Change],
    max_removals: float = DEFAULT_MAX_REMOVALS,
) -> list[str]:
    """Why this refresh looks broken, one line each; empty when it looks sound."""
    found: list[str] = []
    if not new.scopes or not new.endpoints:
        found.append(
            f"the new catalogue has {len(new.scopes)} scopes and {len(new.endpoints)} endpoints"
        )
    if previous is None:
        return found
    for kind, what, total in (
        (ChangeKind.SCOPE_REMOVED, "scopes", len(previous.scopes)),
        (ChangeKind.ENDPOINT_REMOVED, "endpoints", len(previous.endpoints)),
    ):
        removed = [c.key for c in changes if c.kind == kind]
        if total and len(removed) / total > max_removals:
            found.append(
                f"{len(removed)} of {total} {what} would be removed "
                f"(more than {max_removals:.0%}): {', '.join(removed[:10])}"
                + (", ..." if len(removed) > 10 else "")
            )
    newly_unread = sorted(unread_pages(new) - unread_pages(previous))
    if len(unread_pages(new)) > len(unread_pages(previous)):
        found.append(
            f"parse coverage dropped: {len(newly_unread)} more pages could not be read: "
            + ", ".join(newly_unread[:10])
            + (", ..." if len(newly_unread) > 10 else "")
        )
    return found
