"""The OAuth scopes of the Dintero APIs, and which scopes each endpoint accepts.

``Scope`` has a member for every scope the Dintero docs name, with what the docs say
of it; ``ENDPOINTS`` maps every documented endpoint to the scopes it accepts;
``scopes_for``, ``is_allowed`` and ``match_endpoint`` answer for a concrete request;
``least_privilege`` gives the narrowest scopes for the calls a client makes, ``need``
the whole answer (which rule decided, the sets as small, sensitive scopes, and each
call), and ``check_grant`` checks a client grant against the schema and the calls.

Generated from the Dintero documentation, read from
https://docs.dintero.com/llms.txt
at 2026-12-03T15:19:26Z through a local copy of the site, not the live site.
Do not edit: regenerate.

``python -m dintero_scopes need METHOD URL ...`` (or the ``dintero-scopes-query``
command) answers on the command line, from the same code; ``--help`` says more.
"""

from collections.abc import Iterable
from functools import cache
from typing import Any, Union

from ._endpoints import ENDPOINT_DOCS, ENDPOINTS, Endpoint, EndpointDoc
from ._runtime import answers as _answers
from ._runtime import calls as _calls
from ._runtime import grant as _grant
from ._runtime.answers import CallAnswer, Need, Problem, UndocumentedScopes
from ._runtime.calls import CallError
from ._runtime.grant import GrantIssue, GrantReport
from ._runtime.lookup import Lookup
from ._runtime.reference import EndpointEntry, Reference, ScopeEntry
from ._runtime.routing import AmbiguousEndpoint, UnknownEndpoint
from ._runtime.scopes import ScopeParts, parse_scope
from ._scopes import _DEPRECATED, SCOPE_INFO, Action, Resource, Scope, ScopeInfo, ScopeName

__version__ = '2026.12.3.post3'
"""The date the docs were read, as a version: year.month.day."""

SOURCE_URL = 'https://docs.dintero.com/llms.txt'
"""Where the crawl of the Dintero docs started."""

FETCHED_AT = '2026-12-03T15:19:26Z'
"""When the docs were read (ISO 8601, UTC)."""

READ_FROM_COPY = True
"""True when the docs were read from a local copy of the site (``--mirror``), not live."""

# The router is built on the first question, so importing the package stays cheap.
_LOOKUP: "Lookup[Endpoint, Scope]" = Lookup(
    ENDPOINTS.items(), client_auth=[e for e, doc in ENDPOINT_DOCS.items() if doc.client_auth]
)
match_endpoint = _LOOKUP.match_endpoint
scopes_for = _LOOKUP.scopes_for
is_allowed = _LOOKUP.is_allowed


@cache
def reference() -> Reference:
    """This package's data as the answers (and its command line) read it."""
    return Reference(
        endpoints=[
            EndpointEntry(
                method=endpoint.method,
                server=endpoint.server,
                path=endpoint.path,
                scopes=tuple(scope.value for scope in scopes),
                title=ENDPOINT_DOCS[endpoint].title,
                doc_url=ENDPOINT_DOCS[endpoint].doc_url,
                names=ENDPOINT_DOCS[endpoint].names,
                pages=ENDPOINT_DOCS[endpoint].pages,
                client_auth=ENDPOINT_DOCS[endpoint].client_auth,
            )
            for endpoint, scopes in ENDPOINTS.items()
        ],
        # The docs' scopes: not those kept deprecated, which the docs no longer name.
        scopes=[
            ScopeEntry(info.name, info.description, info.group, info.doc_urls, info.sensitive)
            for info in SCOPE_INFO.values()
            if info.name not in _DEPRECATED
        ],
        source=SOURCE_URL,
        fetched_at=FETCHED_AT,
        mirror=READ_FROM_COPY,
    )


def least_privilege(calls: "Iterable[tuple[str, str]]") -> "tuple[Scope, ...]":
    """The least-privilege scopes for a client that makes ``calls``, sorted by name.

    ``calls`` are ``(method, url)`` pairs, as for match_endpoint. Of the sets of scopes
    that cover every call, the answer has the fewest sensitive scopes (``Scope.info``'s
    ``sensitive``), then the fewest admin scopes, then grants the fewest endpoints, then
    has the fewest scopes, then comes first by name: a sensitive or admin scope only
    where nothing else covers a call. A call to an endpoint that authenticates the
    client itself (``EndpointDoc.client_auth``, the token endpoint) needs no scope.
    It is ``need``'s answer, as the command line gives it.

    Raises what match_endpoint raises for a call it cannot match, and UndocumentedScopes
    for a call to an endpoint whose docs name no scope.
    """
    return tuple(Scope(name) for name in _answers.least_privilege(reference(), calls))


def _read(
    calls: "Union[str, Iterable[Union[str, tuple[str, str]]]]", names: "Union[str, Iterable[str]]"
) -> "list[_calls.Call]":
    """Calls as the command line reads its words, then the endpoints named."""
    given = [calls] if isinstance(calls, str) else calls
    words = [word for call in given for word in ((call,) if isinstance(call, str) else call)]
    named = [names] if isinstance(names, str) else list(names)
    return _calls.parse_words(words, reference().docs_origin) + _calls.names(named)


def need(
    calls: "Union[str, Iterable[Union[str, tuple[str, str]]]]" = (),
    names: "Union[str, Iterable[str]]" = (),
) -> Need:
    """The whole answer of ``need`` on the command line (its ``--json`` is this, as JSON).

    ``calls`` are ``(METHOD, URL)`` pairs, ``"METHOD URL"`` strings or docs page URLs;
    ``names`` are endpoints by a title or operationId (``--name``). The answer has the
    ``scopes``, the ``rule`` that put them first, the other sets as small (``ties``),
    the ``sensitive`` scopes it had to choose, and each call's answer (``calls``): its
    endpoint and accepted scopes, or its ``problem``; ``complete`` is False when a call
    has one. Raises CallError (a ValueError) for a word that is no call, as the command
    line refuses it.
    """
    return _answers.need(reference(), _read(calls, names))


def check_grant(
    payload: Any, calls: "Union[str, Iterable[Union[str, tuple[str, str]]]]" = ()
) -> GrantReport:
    """A client-grant payload (parsed JSON) checked as ``check-grant`` checks it: against
    the schema's rules (``issues``) and, given the calls the client makes (as for
    ``need``), for calls it does not cover, scopes no call needs and scopes wider than
    needed. ``ok`` is True when nothing is wrong."""
    return _grant.check_grant(reference(), payload, _read(calls, ()))


__all__ = [
    "ENDPOINTS",
    "ENDPOINT_DOCS",
    "FETCHED_AT",
    "READ_FROM_COPY",
    "SCOPE_INFO",
    "SOURCE_URL",
    "Action",
    "AmbiguousEndpoint",
    "CallAnswer",
    "CallError",
    "Endpoint",
    "EndpointDoc",
    "GrantIssue",
    "GrantReport",
    "Need",
    "Problem",
    "Resource",
    "Scope",
    "ScopeInfo",
    "ScopeName",
    "ScopeParts",
    "UndocumentedScopes",
    "UnknownEndpoint",
    "__version__",
    "check_grant",
    "is_allowed",
    "least_privilege",
    "match_endpoint",
    "need",
    "parse_scope",
    "reference",
    "scopes_for",
]
