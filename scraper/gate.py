"""The safety gate: a refresh that looks broken must not replace good outputs.

Docs sites change shape, and a parser that stops recognizing a page publishes
fewer facts as if the docs had changed. So a refresh is refused (unless the
maintainer accepts it with `--accept-removals`) when it would

- remove more than a share of the scopes or endpoints;
- read fewer pages than last time (pages that no longer parse, or fail to fetch);
- lose scopes of an endpoint whose page still mentions them outside any scope list
  the parsers read;
- have a smaller share of endpoints with a scope list;
- find scope-looking strings outside any scope list on pages that had none;
- read bytes a page's charset cannot read, on pages that had none (a broken byte in a
  scope name would publish another name);
- read a page that documented endpoints or scope table rows, and find none there;
- find two sources that disagree on an endpoint's scopes (a page and its spec block,
  a page and a spec, the index and a page) where they did not before: that cannot be
  read exactly, and is never merged.

Each reason is one line that names the pages, a few and then a count. `published`
says what `--accept-removals` would publish instead.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from scraper.diff import Change, ChangeKind
from scraper.model import Catalogue, FindingKind, SourceKind, human_url
from scraper.query import unattributed
from scraper.settings import DEFAULT_MAX_REMOVALS

# Findings that mean a page was not read: the measure of parse coverage. A page whose
# endpoint cannot be placed on a documented server was not read either.
UNREAD = (FindingKind.UNPARSED_PAGE, FindingKind.FETCH_FAILED, FindingKind.UNPLACED_ENDPOINT)
# Findings of sources that disagree on an endpoint's scopes.
DISAGREEMENTS = (
    FindingKind.CONFLICTING_SCOPES,
    FindingKind.SPEC_PAGE_MISMATCH,
    FindingKind.INDEX_PAGE_MISMATCH,
)
# How many URLs a reason names before it counts the rest.
NAMED = 5


def pages_with(catalogue: Catalogue, *kinds: FindingKind) -> set[str]:
    """The pages that findings of these kinds name."""
    return {url for f in catalogue.findings if f.kind in kinds for url in f.urls}


def unread_pages(catalogue: Catalogue) -> set[str]:
    return pages_with(catalogue, *UNREAD)


def named(urls: Iterable[str]) -> str:
    """`a, b, c` or `a, b, c, d, e and 7 more`."""
    ordered = sorted(set(urls))
    shown = ", ".join(ordered[:NAMED])
    return shown + (f" and {len(ordered) - NAMED} more" if len(ordered) > NAMED else "")


def problems(
    previous: Catalogue | None,
    new: Catalogue,
    changes: list[Change],
    read: Collection[str] = (),
    max_removals: float = DEFAULT_MAX_REMOVALS,
) -> list[str]:
    """Why this refresh looks broken, one line each; empty when it looks sound.

    `read` holds the URLs this refresh read (fetched, whatever they parsed to).
    """
    found: list[str] = []
    if not new.scopes or not new.endpoints:
        found.append(
            f"the new catalogue has {len(new.scopes)} scopes and {len(new.endpoints)} endpoints"
        )
    if previous is None:
        return found
    found += _removals(previous, changes, max_removals)
    newly_unread = unread_pages(new) - unread_pages(previous)
    if len(unread_pages(new)) > len(unread_pages(previous)):
        found.append(
            f"parse coverage dropped: {len(newly_unread)} more pages could not be read: "
            + named(newly_unread)
            + _why_unread(new, newly_unread)
        )
    found += _lost_while_mentioned(new, changes)
    found += _fewer_with_scopes(previous, new)
    found += _new_unattributed(previous, new)
    found += _new_undecodable(previous, new)
    found += _silent_pages(previous, new, set(read) - unread_pages(new))
    found += _new_disagreements(previous, new)
    return found


def published(previous: Catalogue | None, new: Catalogue, changes: list[Change]) -> str:
    """What writing this catalogue would publish: endpoints added, removed and changed,
    and servers no earlier catalogue had."""
    counts = []
    for kind, what in (
        (ChangeKind.ENDPOINT_ADDED, "added"),
        (ChangeKind.ENDPOINT_REMOVED, "removed"),
        (ChangeKind.ENDPOINT_SCOPES_CHANGED, "with other scopes"),
    ):
        keys = [c.key for c in changes if c.kind == kind]
        counts.append(f"{len(keys)} endpoints {what}" + (f" ({named(keys)})" if keys else ""))
    known = {e.server for e in previous.endpoints} if previous else set()
    servers = sorted({e.server for e in new.endpoints} - known)
    line = "; ".join(counts)
    if previous is not None:
        line += "; servers never seen before: " + (", ".join(servers) if servers else "none")
    return line


def _new_disagreements(previous: Catalogue, new: Catalogue) -> list[str]:
    """Sources that disagree on an endpoint's scopes where they did not before."""
    before = _disagreeing(previous)
    found = {key: message for key, message in _disagreeing(new).items() if key not in before}
    if not found:
        return []
    pages = {url for _, urls in found for url in urls}
    return [
        f"sources disagree: {len(found)} endpoints are documented with scopes that another "
        f"source contradicts, which cannot be read exactly (e.g. {sorted(found.values())[0]}); "
        f"pages: {named(pages)}"
    ]


def _disagreeing(catalogue: Catalogue) -> dict[tuple[FindingKind, tuple[str, ...]], str]:
    """Each disagreement by its kind and pages (as people read them), with its message."""
    return {
        (f.kind, tuple(sorted(human_url(url) for url in f.urls))): f.message
        for f in catalogue.findings
        if f.kind in DISAGREEMENTS
    }


def _why_unread(catalogue: Catalogue, urls: set[str]) -> str:
    """`(why; why)`: what the first few unread pages' findings say."""
    reasons = sorted(
        {f.message for f in catalogue.findings if f.kind in UNREAD and set(f.urls) & urls}
    )
    if not reasons:
        return ""
    return " (" + "; ".join(reasons[:NAMED]) + (" ..." if len(reasons) > NAMED else "") + ")"


def _removals(previous: Catalogue, changes: list[Change], max_removals: float) -> list[str]:
    found: list[str] = []
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
    return found


def _lost_while_mentioned(new: Catalogue, changes: list[Change]) -> list[str]:
    """Endpoints that would lose scopes their pages still mention outside any scope list."""
    mentioned = unattributed(new)
    pages = {e.key: {s.url for s in e.sources} for e in new.endpoints}
    drifted: dict[str, set[str]] = {}
    for change in changes:
        if change.kind != ChangeKind.ENDPOINT_SCOPES_CHANGED:
            continue
        lost = set(change.before or ()) - set(change.after or ())
        urls = {url for url in pages.get(change.key, ()) if lost & mentioned.get(url, set())}
        if urls:
            drifted[change.key] = urls
    if not drifted:
        return []
    return [
        f"format drift: {len(drifted)} endpoints would lose scopes that their pages still "
        "mention outside any scope list the parsers read (see the unattributed_scope "
        f"findings): {named(drifted)}; pages: {named(set().union(*drifted.values()))}"
    ]


def _fewer_with_scopes(previous: Catalogue, new: Catalogue) -> list[str]:
    """A smaller share of endpoints with a scope list: scope lists no longer read."""
    before = sum(1 for e in previous.endpoints if e.scopes), len(previous.endpoints)
    after = sum(1 for e in new.endpoints if e.scopes), len(new.endpoints)
    if not (before[1] and after[1]) or after[0] * before[1] >= before[0] * after[1]:
        return []
    had = {e.key for e in previous.endpoints if e.scopes}
    pages = {s.url for e in new.endpoints if not e.scopes and e.key in had for s in e.sources}
    pages = pages or {s.url for e in new.endpoints if not e.scopes for s in e.sources}
    return [
        f"the share of endpoints with a scope list fell from {before[0] / before[1]:.1%} "
        f"({before[0]} of {before[1]}) to {after[0] / after[1]:.1%} ({after[0]} of "
        f"{after[1]}); endpoints without one are documented on: {named(pages)}"
    ]


def _new_unattributed(previous: Catalogue, new: Catalogue) -> list[str]:
    """Scope-looking strings outside any scope list on pages that had none last time."""
    before, after = unattributed(previous), unattributed(new)
    pages = sorted(url for url in after if url not in before)
    if not pages:
        return []
    strings = sorted(set().union(*(after[url] for url in pages)))
    return [
        f"format drift: {len(pages)} pages now mention scopes outside any scope list the "
        f"parsers read ({', '.join(strings[:NAMED])}"
        + (f" and {len(strings) - NAMED} more" if len(strings) > NAMED else "")
        + f"): {named(pages)}"
    ]


def _new_undecodable(previous: Catalogue, new: Catalogue) -> list[str]:
    """Pages with bytes their charset cannot read, which had none last time."""
    kind = FindingKind.UNDECODABLE_BYTES
    pages = pages_with(new, kind) - pages_with(previous, kind)
    if not pages:
        return []
    return [
        f"{len(pages)} pages now hold bytes their charset cannot read, parsed as "
        f"U+FFFD (see the undecodable_bytes findings): {named(pages)}"
    ]


def _silent_pages(previous: Catalogue, new: Catalogue, read: set[str]) -> list[str]:
    """Pages read this time that gave endpoints or scope table rows last time, and none now."""
    found: list[str] = []
    for what, kinds, of_before, of_now in (
        (
            "endpoints",
            (SourceKind.API_PAGE, SourceKind.OPENAPI),
            previous.endpoints,
            new.endpoints,
        ),
        ("scope table rows", (SourceKind.SCOPE_TABLE,), previous.scopes, new.scopes),
    ):
        gave = {s.url for item in of_before for s in item.sources if s.kind in kinds}
        gives = {s.url for item in of_now for s in item.sources if s.kind in kinds}
        silent = (gave - gives) & read
        if silent:
            found.append(
                f"format drift: {len(silent)} pages that documented {what} were read but "
                f"document none now: {named(silent)}"
            )
    return found
