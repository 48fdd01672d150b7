"""Endpoint references placed on the servers the docs document, never on a guessed one.

A page that shows its endpoint as a line (`POST https://checkout.dintero.com/v1/...`,
`` `GET /sessions/{id}` ``) or links a spec file instead of embedding one names its
endpoint only in part. It is placed:

- by the spec files it links to: the first that holds exactly one operation the
  page's line (if any) agrees with;
- an absolute URL, at the longest server that a spec or the previous catalogue
  documents and that the URL starts with;
- a path, on the one server where a spec or the previous catalogue documents that
  method and path (written with or without the server's own prefix, such as `/v1`).

Anything else (a server nobody documents, a path on no server or on several) is an
`unplaced_endpoint` finding, which the safety gate refuses as an unread page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from scraper.model import EndpointDoc, EndpointRef, Finding, FindingKind, SourceKind
from scraper.runtime.routing import path_shape


@dataclass(frozen=True)
class Known:
    """An endpoint that a spec or the previous catalogue documents."""

    method: str
    server: str
    path: str
    operation_id: str | None = None


def place(
    refs: list[EndpointRef], docs: list[EndpointDoc], previous: Iterable[Known] = ()
) -> tuple[list[EndpointDoc], list[Finding]]:
    """Each reference as an endpoint account of its page, or a finding saying why not."""
    known = [Known(d.method, d.server, d.path, d.operation_id) for d in docs if d.server]
    known += list(previous)
    in_spec: dict[str, list[Known]] = defaultdict(list)
    for doc in docs:
        if doc.source.kind == SourceKind.OPENAPI:
            in_spec[doc.source.url].append(
                Known(doc.method, doc.server, doc.path, doc.operation_id)
            )
    servers = sorted({k.server for k in known}, key=len, reverse=True)
    placed: list[EndpointDoc] = []
    findings: list[Finding] = []
    for ref in refs:
        found, why = _placed(ref, in_spec, known, servers)
        if found is None:
            named = f"{ref.method or 'an endpoint'} {ref.target or ''}".strip()
            findings.append(
                Finding(
                    FindingKind.UNPLACED_ENDPOINT,
                    f"the page names {named}, but {why}",
                    [ref.source.url],
                )
            )
            continue
        placed.append(
            EndpointDoc(
                method=found.method,
                server=found.server,
                path=found.path,
                title=ref.title,
                doc_url=ref.doc_url,
                scopes=ref.scopes,
                source=ref.source,
                operation_id=found.operation_id,
                client_auth=ref.client_auth,
            )
        )
    return placed, findings


def _placed(
    ref: EndpointRef, in_spec: dict[str, list[Known]], known: list[Known], servers: list[str]
) -> tuple[Known | None, str]:
    """Where the reference stands; its path as the page writes it, where it writes one."""
    for spec in ref.specs:
        operations = [k for k in in_spec.get(spec, []) if _agrees(ref, k, servers)]
        if len(operations) == 1:
            return _as_written(ref, operations[0]), ""
    if ref.method is None or ref.target is None:
        linked = ", ".join(ref.specs) or "no spec"
        return None, f"no linked spec holds exactly one operation it names ({linked})"
    if "://" in ref.target:
        server = next((s for s in servers if _under(ref.target, s)), None)
        if server is None:
            origin = "{0.scheme}://{0.netloc}".format(urlsplit(ref.target))
            return None, f"no spec or earlier catalogue documents a server at {origin}"
        same = [k for k in known if k.server == server and _same(k, ref.method, _rest(ref, server))]
        operation = same[0].operation_id if same else None
        return Known(ref.method, server, _rest(ref, server), operation), ""
    matches = {(k.server, path_shape(k.path)): k for k in known if _agrees(ref, k, servers)}
    if len(matches) == 1:
        return _as_written(ref, next(iter(matches.values()))), ""
    if not matches:
        return None, "no spec or earlier catalogue documents that path on any server"
    return None, "several servers document that path: " + ", ".join(sorted(s for s, _ in matches))


def _as_written(ref: EndpointRef, found: Known) -> Known:
    """The endpoint found, with the path as the page writes it (its parameter names)."""
    if ref.target is None:
        return found
    return Known(found.method, found.server, _rest(ref, found.server), found.operation_id)


def _rest(ref: EndpointRef, server: str) -> str:
    """The reference's path under the server: the URL past the server, or the path past
    the server's own prefix (`/v1`) where the page writes it."""
    target = ref.target or ""
    if "://" in target:
        return target[len(server) :] or "/"
    prefix = urlsplit(server).path.rstrip("/")
    if prefix and (target == prefix or target.startswith(prefix + "/")):
        return target[len(prefix) :] or "/"
    return target


def _agrees(ref: EndpointRef, known: Known, servers: list[str]) -> bool:
    """Whether the reference's method and target (where it has them) name this endpoint."""
    if ref.method is not None and ref.method != known.method:
        return False
    if ref.target is None:
        return True
    if "://" in ref.target:
        return _under(ref.target, known.server) and _same(
            known, known.method, ref.target[len(known.server) :]
        )
    prefix = urlsplit(known.server).path.rstrip("/")
    shape = path_shape(ref.target)
    return shape in (path_shape(known.path), path_shape(prefix + known.path))


def _under(url: str, server: str) -> bool:
    return url == server or url.startswith(server + "/")


def _same(known: Known, method: str, path: str) -> bool:
    return known.method == method and path_shape(known.path) == path_shape(path or "/")
