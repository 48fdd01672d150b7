"""Which documented endpoint a request is for, whether a token's scopes may call it, and
the least-privilege scopes for a set of calls.

The router (``_routing``) matches requests the way an HTTP router does and never
guesses: no match raises UnknownEndpoint, several equally good ones AmbiguousEndpoint.
It is built on first use, so that importing the package stays cheap.
"""

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Union

from ._endpoints import ENDPOINTS, Endpoint
from ._least_privilege import least_privilege as _least_privilege
from ._routing import Router
from ._scopes import Scope


class UndocumentedScopes(LookupError):
    """The docs name no scope for the endpoint a call is for, so no scope is known to do."""


@cache
def _router() -> "Router[Endpoint]":
    return Router(ENDPOINTS)


@cache
def _grants() -> Mapping[str, frozenset[Endpoint]]:
    """The endpoints each scope grants."""
    grants: dict[str, set[Endpoint]] = {}
    for endpoint, scopes in ENDPOINTS.items():
        for scope in scopes:
            grants.setdefault(scope.value, set()).add(endpoint)
    return {scope: frozenset(endpoints) for scope, endpoints in grants.items()}


def match_endpoint(method: str, url: str) -> Endpoint:
    """The documented endpoint that a request to ``url`` with ``method`` is for.

    ``url`` is an absolute URL (``https://api.dintero.com/v1/accounts/T12345678/auth/clients``)
    or a path that starts with a server's path prefix (``/v1/accounts/T12345678/auth/clients``),
    which is tried under every server. The query string and fragment are ignored, a
    trailing slash is allowed, and ``method`` may be in any case.

    Raises UnknownEndpoint when no endpoint matches, AmbiguousEndpoint when several
    match equally well, and ValueError when ``url`` is neither an absolute URL nor a path.
    """
    return _router().match(method, url)


def scopes_for(method: str, url: str) -> tuple[Scope, ...]:
    """The scopes that may call the endpoint a request is for; any one of them will do.

    ``method`` and ``url`` are as for match_endpoint, which raises the same errors. An
    endpoint whose docs name no scope gives an empty tuple.
    """
    return ENDPOINTS[match_endpoint(method, url)]


def is_allowed(granted: Iterable[Union[str, Scope]], method: str, url: str) -> bool:
    """Whether a token with the ``granted`` scopes may make the request, by the docs.

    True when any granted scope is one the endpoint accepts. An endpoint whose docs name
    no scope gives False: the docs do not say what it needs, so nothing is known to be
    enough. ``granted`` is a collection of scope strings or members; a token's
    space-separated ``scope`` claim must be split first. ``method`` and ``url`` are as
    for match_endpoint, which raises the same errors.
    """
    if isinstance(granted, str):
        raise TypeError("granted must be a collection of scopes, not a string; split it first")
    accepted = {str(scope) for scope in scopes_for(method, url)}
    return any(str(scope) in accepted for scope in granted)


def least_privilege(calls: Iterable[tuple[str, str]]) -> tuple[Scope, ...]:
    """The least-privilege scopes for a client that makes ``calls``, sorted by name.

    ``calls`` are ``(method, url)`` pairs, as for match_endpoint. Of the sets of scopes
    that cover every call, the answer has the fewest admin scopes, then grants the fewest
    endpoints, then has the fewest scopes, then comes first by name: an admin scope only
    where nothing narrower covers a call.

    Raises what match_endpoint raises for a call it cannot match, and UndocumentedScopes
    for a call to an endpoint whose docs name no scope.
    """
    needs: list[set[str]] = []
    for method, url in calls:
        endpoint = match_endpoint(method, url)
        if not ENDPOINTS[endpoint]:
            raise UndocumentedScopes(
                f"the docs name no scope for {endpoint.method} {endpoint.server}{endpoint.path}"
            )
        needs.append({scope.value for scope in ENDPOINTS[endpoint]})
    return tuple(Scope(name) for name in _least_privilege(needs, _grants()))
