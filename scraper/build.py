"""Records -> catalogue: merge what each source says, reconcile, and report.

Precedence, where sources disagree: an API page decides its endpoint's scopes
(the spec and the index are cross-checks, and each disagreement is a finding);
the scope table decides descriptions and groups. Sources are never merged into
a list none of them gives: where pages disagree, the endpoint accepts only what
they all list. An endpoint's scopes are a set, kept sorted. Nothing is dropped: a
scope string that makes no catalogue entry makes a finding.
"""

from __future__ import annotations

import gc
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping

from scraper.model import (
    SCHEMA_VERSION,
    SCOPE_TOKEN,
    Catalogue,
    Endpoint,
    EndpointDoc,
    Finding,
    FindingKind,
    IndexEntry,
    Records,
    Region,
    Scope,
    ScopeMention,
    Source,
    SourceKind,
    TableScope,
    human_url,
)
from scraper.place import Known, place
from scraper.runtime.routing import path_shape
from scraper.runtime.scopes import is_reversed, parse_scope, reversed_scope

# What an operationId looks like: one word in snake_case or camelCase. A one-word title
# such as "Refund" does not.
_OPERATION_ID = re.compile(r"[\w*]*(?:_|[a-z][A-Z])[\w*]*")
# Which source's account of an endpoint comes first.
_RANK = {SourceKind.API_PAGE: 0, SourceKind.OPENAPI: 1}


def build(
    records: Records,
    missing: Collection[str],
    source: str,
    fetched_at: str,
    *,
    mirror: bool = False,
    sensitive: Mapping[str, str] | None = None,
    previous: Catalogue | None = None,
) -> Catalogue:
    """The catalogue of everything the records say.

    `records` are every document's, the index's first; `missing` the URLs the index
    lists that could not be read (only the index knows what their endpoints accept);
    `source` where the crawl started, `fetched_at` when, and `mirror` whether through
    a copy of the site. `sensitive` holds the scopes the maintainers reviewed as
    sensitive, with why. The `previous` catalogue's servers and endpoints are known
    places for endpoints that pages name without a spec of their own.
    """
    # Building makes hundreds of thousands of small objects and no reference cycles,
    # and each pass of the cycle collector walks every record of the crawl: paused,
    # it spares a third to a half of the time on large sites.
    collecting = gc.isenabled()
    gc.disable()
    try:
        known = [
            Known(e.method, e.server, e.path, next(filter(_OPERATION_ID.fullmatch, e.names), None))
            for e in (previous.endpoints if previous else [])
        ]
        pages_missing = {human_url(url) for url in missing}
        return _build(records, pages_missing, source, fetched_at, mirror, sensitive or {}, known)
    finally:
        if collecting:
            gc.enable()


def _build(
    records: Records,
    missing: set[str],
    source: str,
    fetched_at: str,
    mirror: bool,
    sensitive: Mapping[str, str],
    known: list[Known],
) -> Catalogue:
    placed, findings = place(records.refs, records.endpoints, known)
    docs = records.endpoints + placed
    index_titles = {human_url(entry.url): entry.title for entry in records.index}
    endpoints, endpoint_findings = _endpoints(docs, index_titles)
    findings += endpoint_findings
    findings += _index_findings(records.index, docs, missing)
    listed = [(scope, entry) for entry in records.index for scope in entry.scopes or ()]
    # Only the index knows what a missing page's endpoint accepts.
    listed_only = [
        (scope, entry.source) for scope, entry in listed if human_url(entry.url) in missing
    ]
    scopes = _scopes(
        records.table_scopes, endpoints, [(s, e.source) for s, e in listed], records.mentions
    )
    findings += _scope_findings(scopes, records.table_scopes, endpoints, listed_only)
    unattributed = _unattributed(records, docs, endpoints)
    findings += [finding for _, finding in unattributed]
    reported = {id(mention) for mention, _ in unattributed}
    findings += _mention_findings(
        [m for m in records.mentions if id(m) not in reported], {s.name for s in scopes}
    )
    findings += _mark_sensitive(scopes, sensitive)
    findings += records.findings
    return Catalogue(
        schema_version=SCHEMA_VERSION,
        source=source,
        fetched_at=fetched_at,
        scopes=sorted(scopes, key=lambda s: s.name),
        endpoints=sorted(endpoints, key=lambda e: (e.server, e.path, e.method)),
        findings=_merged_findings(findings),
        mirror=mirror,
    )


def _mark_sensitive(scopes: list[Scope], sensitive: Mapping[str, str]) -> list[Finding]:
    """Mark the reviewed scopes; one the docs no longer name is a finding, not a silence."""
    for scope in scopes:
        scope.sensitive = sensitive.get(scope.name)
    return [
        Finding(
            FindingKind.REVIEWED_SCOPE_MISSING,
            f"{name} is reviewed as sensitive, but the docs name no such scope",
            [],
        )
        for name in sorted(set(sensitive) - {scope.name for scope in scopes})
    ]


def endpoint_key(method: str, server: str, path: str) -> tuple[str, str, str]:
    """Two accounts are of one endpoint when they differ only in path parameter names."""
    return method.upper(), server.rstrip("/"), path_shape(path)


def _endpoints(
    docs: list[EndpointDoc], index_titles: Mapping[str, str]
) -> tuple[list[Endpoint], list[Finding]]:
    groups: dict[tuple[str, str, str], list[EndpointDoc]] = defaultdict(list)
    for doc in docs:
        groups[endpoint_key(doc.method, doc.server, doc.path)].append(doc)
    endpoints: list[Endpoint] = []
    findings: list[Finding] = []
    for group in groups.values():
        group.sort(key=lambda d: (_RANK.get(d.source.kind, 9), d.source.url))
        first = group[0]
        # The pages' own titles first, then what the index calls the pages.
        titles = [d.title for d in group if d.title]
        titles += [
            index_titles[page] for d in group if (page := human_url(d.source.url)) in index_titles
        ]
        operation_ids = {d.operation_id for d in group if d.operation_id}
        endpoint = Endpoint(
            method=first.method,
            server=first.server,
            path=first.path,
            title=_title(titles, operation_ids),
            doc_url=next((d.doc_url for d in group if d.doc_url), None),
            scopes=_accepted(group),
            sources=sorted({d.source for d in group}),
            names=sorted({*titles, *operation_ids}),
            client_auth=any(d.client_auth for d in group),
        )
        endpoints.append(endpoint)
        findings += _disagreements(endpoint, group)
    _share_client_auth(endpoints)
    findings += _server_findings(endpoints)
    findings += [
        Finding(
            FindingKind.ENDPOINT_WITHOUT_SCOPES,
            f"{e.key} names no scope: its docs do not say which scopes may call it",
            sorted({s.url for s in e.sources}),
        )
        for e in endpoints
        if not e.scopes
    ]
    return endpoints, findings


def _share_client_auth(endpoints: list[Endpoint]) -> None:
    """One operation (one method, path and operationId) documented on several servers
    authenticates its client on each of them if its docs say so on one: how an operation
    authenticates is a fact of the operation, not of the server a spec lists."""
    operations: dict[tuple[str, str, str], list[Endpoint]] = defaultdict(list)
    for endpoint in endpoints:
        for name in endpoint.names:
            if _OPERATION_ID.fullmatch(name):
                operations[(endpoint.method, path_shape(endpoint.path), name)].append(endpoint)
    for same in operations.values():
        if any(e.client_auth for e in same):
            for endpoint in same:
                endpoint.client_auth = True


def _accepted(group: list[EndpointDoc]) -> list[str]:
    """What an endpoint accepts: what its pages list, else its specs; where they disagree,
    only what every one of them lists (the disagreement is a finding)."""
    pages = [set(d.scopes) for d in group if d.source.kind == SourceKind.API_PAGE and d.scopes]
    specs = [set(d.scopes) for d in group if d.source.kind != SourceKind.API_PAGE and d.scopes]
    lists = pages or specs
    return sorted(set.intersection(*lists)) if lists else []


def _title(titles: list[str], operation_ids: Collection[str]) -> str | None:
    """The first human title: some pages are titled with the bare operationId."""
    human = (t for t in titles if t not in operation_ids and not _OPERATION_ID.fullmatch(t))
    return next(human, titles[0] if titles else None)


def _disagreements(endpoint: Endpoint, group: list[EndpointDoc]) -> list[Finding]:
    """Pages that list different scopes for one endpoint, and specs that differ from pages."""
    pages = [d for d in group if d.source.kind == SourceKind.API_PAGE and d.scopes]
    specs = [d for d in group if d.source.kind == SourceKind.OPENAPI and d.scopes]
    findings: list[Finding] = []
    if len({frozenset(d.scopes) for d in pages}) > 1:
        findings.append(
            Finding(
                FindingKind.CONFLICTING_SCOPES,
                f"{endpoint.key} is documented with different scopes: "
                + "; ".join(f"{sorted(d.scopes)} ({d.source.url})" for d in pages),
                [d.source.url for d in pages],
            )
        )
    page_scopes = {s for d in pages for s in d.scopes}
    for spec in specs:
        if pages and set(spec.scopes) != page_scopes:
            findings.append(
                Finding(
                    FindingKind.SPEC_PAGE_MISMATCH,
                    f"{endpoint.key}: the spec lists {sorted(spec.scopes)}, "
                    f"the pages list {sorted(page_scopes)}",
                    [spec.source.url, *(d.source.url for d in pages)],
                )
            )
    return findings


def _server_findings(endpoints: list[Endpoint]) -> list[Finding]:
    """One operation documented on two servers: usually one source is out of date."""
    by_operation: dict[tuple[str, str], list[Endpoint]] = defaultdict(list)
    for endpoint in endpoints:
        by_operation[(endpoint.method, path_shape(endpoint.path))].append(endpoint)
    findings: list[Finding] = []
    for (method, _), same in by_operation.items():
        servers = sorted({e.server for e in same})
        if len(servers) > 1:
            findings.append(
                Finding(
                    FindingKind.SEVERAL_SERVERS,
                    f"{method} {same[0].path} is documented on several servers: "
                    + ", ".join(servers),
                    sorted({s.url for e in same for s in e.sources}),
                )
            )
    return findings


def _index_findings(
    index: list[IndexEntry], docs: list[EndpointDoc], missing: set[str]
) -> list[Finding]:
    """The index's scope lists checked against the pages they describe.

    An index link may name a page's markdown export or the page itself: both are the
    page, as people read it.
    """
    page_scopes: dict[str, set[str]] = defaultdict(set)
    page_urls: dict[str, str] = {}
    for doc in docs:
        if doc.source.kind == SourceKind.API_PAGE:
            page_scopes[human_url(doc.source.url)].update(doc.scopes)
            page_urls[human_url(doc.source.url)] = doc.source.url
    findings: list[Finding] = []
    for entry in index:
        if human_url(entry.url) in missing:
            if not entry.complete:
                findings.append(
                    Finding(
                        FindingKind.TRUNCATED_INDEX_ENTRY,
                        "the index entry is cut short and the page is unavailable: "
                        f"its scopes {list(entry.scopes or ())} may be incomplete",
                        [entry.url],
                    )
                )
            continue
        page = human_url(entry.url)
        if entry.scopes is None or not entry.complete or page not in page_scopes:
            continue
        if set(entry.scopes) != page_scopes[page]:
            findings.append(
                Finding(
                    FindingKind.INDEX_PAGE_MISMATCH,
                    f"the index lists {sorted(entry.scopes)}, the page lists "
                    f"{sorted(page_scopes[page])}",
                    [entry.source.url, page_urls[page]],
                )
            )
    return findings


def _scopes(
    table: list[TableScope],
    endpoints: list[Endpoint],
    listed: list[tuple[str, Source]],
    mentions: list[ScopeMention],
) -> list[Scope]:
    sources: dict[str, set[Source]] = defaultdict(set)
    rows: dict[str, list[TableScope]] = defaultdict(list)
    for row in sorted(table, key=lambda r: r.source.url):
        sources[row.name].add(row.source)
        rows[row.name].append(row)
    for endpoint in endpoints:
        for name in endpoint.scopes:
            sources[name].update(endpoint.sources)
    for name, source in listed:
        sources[name].add(source)
    for mention in mentions:
        named = sources.get(mention.name)
        if named is not None and mention.source.url not in {s.url for s in named}:
            named.add(mention.source)
    scopes: list[Scope] = []
    for name, found in sources.items():
        parts = parse_scope(name)
        scopes.append(
            Scope(
                name=name,
                action=parts.action,
                resource=parts.resource,
                restriction=parts.restriction,
                description=next((r.description for r in rows[name] if r.description), None),
                group=next((r.group for r in rows[name] if r.group), None),
                sources=sorted(found),
            )
        )
    return scopes


def _scope_findings(
    scopes: list[Scope],
    table: list[TableScope],
    endpoints: list[Endpoint],
    listed_only: list[tuple[str, Source]],
) -> list[Finding]:
    in_table = {row.name for row in table}
    used: dict[str, set[str]] = defaultdict(set)
    for endpoint in endpoints:
        for name in endpoint.scopes:
            used[name].update(s.url for s in endpoint.sources)
    for name, source in listed_only:
        used[name].add(source.url)
    findings: list[Finding] = []
    table_urls = sorted({row.source.url for row in table})
    for name in sorted(used):
        if in_table and name not in in_table:
            findings.append(
                Finding(
                    FindingKind.SCOPE_NOT_IN_TABLE,
                    f"{name} is accepted by endpoints but missing from the scope table",
                    sorted(used[name]),
                )
            )
        if not SCOPE_TOKEN.fullmatch(name):
            findings.append(
                Finding(
                    FindingKind.UNRECOGNIZED_SCOPE_ITEM,
                    f"endpoint scope not understood, kept verbatim: {name!r}",
                    sorted(used[name]),
                )
            )
    for scope in sorted(scopes, key=lambda s: s.name):
        if scope.name in used:
            continue
        if scope.name in in_table:
            message = f"{scope.name} is in the scope table but no documented endpoint accepts it"
            urls = table_urls
        else:
            message = f"{scope.name} is named by the docs but no documented endpoint accepts it"
            urls = sorted({source.url for source in scope.sources})
        findings.append(Finding(FindingKind.SCOPE_UNUSED, message, urls))
    names = sorted({s.name for s in scopes})
    findings += _lookalikes(names, {s.name: [src.url for src in s.sources] for s in scopes})
    findings += [
        _reversed(name, {s.name for s in scopes}, [src.url for src in scope.sources])
        for scope in scopes
        if is_reversed(name := scope.name)
    ]
    return findings


def _unattributed(
    records: Records, docs: list[EndpointDoc], endpoints: list[Endpoint]
) -> list[tuple[ScopeMention, Finding]]:
    """Scope-looking strings on API pages, specs and scope tables that no parser read.

    On those pages, every such string must stand in the scopes of the endpoint the
    page (or the spec operation) documents, or in the page's scope table, unless it
    stands in a code example or a block addressed to AI agents. One that does not is a
    finding naming the page, the string and its line: a scope list in a form the
    parsers do not know, which the safety gate refuses to publish silently.
    """
    read: dict[str, set[str]] = defaultdict(set)
    by_operation: dict[tuple[str, str], set[str]] = defaultdict(set)
    for endpoint in endpoints:
        for source in endpoint.sources:
            read[source.url].update(endpoint.scopes)
    for doc in docs:
        read[doc.source.url].update(doc.scopes)
        by_operation[(doc.source.url, f"{doc.method} {doc.path}")].update(doc.scopes)
    # A page whose endpoint could not be placed still read its scope lists.
    for ref in records.refs:
        read[ref.source.url].update(ref.scopes)
    for row in records.table_scopes:
        read[row.source.url].add(row.name)
    found: list[tuple[ScopeMention, Finding]] = []
    for mention in records.mentions:
        url = mention.source.url
        if mention.region in (Region.EXAMPLE, Region.AGENT, Region.DESCRIPTION) or url not in read:
            continue
        if mention.operation is not None:
            known = by_operation.get((url, mention.operation), set())
            where = f"{mention.operation}, line {mention.line} of its description"
        else:
            known, where = read[url], f"line {mention.line}"
        if mention.name not in known:
            message = (
                f"{mention.name} stands in no scope list the parsers read ({where}): "
                f"{mention.context!r}"
            )
            found.append((mention, Finding(FindingKind.UNATTRIBUTED_SCOPE, message, [url])))
    return found


def _mention_findings(mentions: list[ScopeMention], catalogued: set[str]) -> list[Finding]:
    """Scope-looking strings that are no documented scope, once per page."""
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for mention in mentions:
        key = (mention.source.url, mention.name)
        if mention.name in catalogued or key in seen:
            continue
        seen.add(key)
        if is_reversed(mention.name):
            findings.append(_reversed(mention.name, catalogued, [mention.source.url]))
        else:
            findings.append(
                Finding(
                    FindingKind.PROSE_SCOPE,
                    f"{mention.name} appears in the text but is no documented scope: "
                    f"{mention.context!r}",
                    [mention.source.url],
                )
            )
    return findings


def _reversed(name: str, catalogued: set[str], urls: list[str]) -> Finding:
    turned = reversed_scope(name)
    known = " (a catalogued scope)" if turned in catalogued else ""
    return Finding(
        FindingKind.REVERSED_SCOPE,
        f"{name} reads as resource:action; did the docs mean {turned}{known}?",
        urls,
    )


def _lookalikes(names: list[str], urls: dict[str, list[str]]) -> list[Finding]:
    """Scopes one letter apart in the resource, such as admin:account and admin:accounts."""
    # Scopes compare only with the same action and restriction, and only resources
    # that share a one-edit key can be one edit apart: candidates come from those
    # keys instead of from every pair, which took seconds at a few thousand scopes.
    groups: dict[tuple[str | None, str | None], dict[str, list[str]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for name in names:
        parts = parse_scope(name)
        if parts.resource:
            groups[(parts.action, parts.restriction)][parts.resource].append(name)
    pairs: list[tuple[str, str]] = []
    for resources in groups.values():
        for ra, rb in _one_edit_candidates(list(resources)):
            if _one_edit_apart(ra, rb):
                pairs += [(min(a, b), max(a, b)) for a in resources[ra] for b in resources[rb]]
    return [
        Finding(
            FindingKind.LOOKALIKE_SCOPES,
            f"{a} and {b} differ by one letter; one may be a typo of the other",
            sorted({*urls[a], *urls[b]}),
        )
        for a, b in sorted(pairs)
    ]


def _one_edit_candidates(words: list[str]) -> set[tuple[str, str]]:
    """Pairs of distinct words that may be one substitution, insertion or deletion apart.

    Two words of one length one substitution apart agree once the differing letter
    is masked; a word one letter longer than another gives it by deleting a letter.
    """
    keys: dict[tuple[int, str], list[str]] = defaultdict(list)
    for word in words:
        keys[(0, word)].append(word)
        for i in range(len(word)):
            keys[(1, word[:i] + "\0" + word[i + 1 :])].append(word)
    candidates: set[tuple[str, str]] = set()
    for (kind, _), same in keys.items():
        if kind == 1:
            candidates.update((a, b) for a in same for b in same if a < b)
    for word in words:
        for i in range(len(word)):
            for shorter in keys.get((0, word[:i] + word[i + 1 :]), ()):
                candidates.add((min(word, shorter), max(word, shorter)))
    return candidates


def _one_edit_apart(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _merged_findings(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per (kind, message), its URLs merged and sorted."""
    merged: dict[tuple[FindingKind, str], set[str]] = defaultdict(set)
    for finding in findings:
        merged[(finding.kind, finding.message)].update(finding.urls)
    return [
        Finding(kind, message, sorted(urls)) for (kind, message), urls in sorted(merged.items())
    ]
