"""Which documented endpoint a request is for, and whether a token's scopes may call it.

The router (``routing``) matches requests the way an HTTP router does and never guesses:
no match raises UnknownEndpoint, several equally good ones AmbiguousEndpoint. It is
built on first use, so that making a Lookup stays cheap.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Generic, TypeVar

from .routing import Route, Router

E = TypeVar("E", bound=Route)
S = TypeVar("S", bound=str)


class Lookup(Generic[E, S]):
    """The documented endpoints, each with the scopes it accepts, and questions about them.

    ``documented`` holds each endpoint with its scopes, in the docs' order; the scopes
    are strings (or a ``str`` enum, whose members the answers then give). ``client_auth``
    are the endpoints that authenticate the client itself (HTTP Basic with its client id
    and secret), which any client may call with its credentials.
    """

    def __init__(
        self, documented: Iterable[tuple[E, Sequence[S]]], client_auth: Collection[E] = ()
    ) -> None:
        self.documented: tuple[tuple[E, tuple[S, ...]], ...] = tuple(
            (endpoint, tuple(scopes)) for endpoint, scopes in documented
        )
        self.client_auth = frozenset(client_auth)
        self._router: Router[E] | None = None
        self._accepting: dict[str, list[int]] | None = None
        self._scopes: dict[E, tuple[S, ...]] | None = None

    @property
    def router(self) -> Router[E]:
        if self._router is None:
            self._router = Router(endpoint for endpoint, _ in self.documented)
        return self._router

    def accepting(self) -> Mapping[str, list[int]]:
        """The positions in ``documented`` of the endpoints that accept each scope."""
        if self._accepting is None:
            accepting: dict[str, list[int]] = {}
            for position, (_, scopes) in enumerate(self.documented):
                for scope in scopes:
                    accepting.setdefault(str(scope), []).append(position)
            self._accepting = accepting
        return self._accepting

    def grants(self) -> dict[str, frozenset[int]]:
        """The endpoints (by position) each scope grants."""
        return {scope: frozenset(found) for scope, found in self.accepting().items()}

    def match_endpoint(self, method: str, url: str) -> E:
        """The documented endpoint that a request to ``url`` with ``method`` is for.

        ``url`` is an absolute URL (``https://api.dintero.com/v1/accounts/T12345678/auth/clients``)
        or a path that starts with a server's path prefix (``/v1/accounts/T12345678/auth/clients``),
        which is tried under every server. The query string and fragment are ignored, a
        trailing slash is allowed, and ``method`` may be in any case.

        Raises UnknownEndpoint when no endpoint matches, AmbiguousEndpoint when several
        match equally well, and ValueError when ``url`` is neither an absolute URL nor a path.
        """
        return self.router.match(method, url)

    def scopes_of(self, endpoint: E) -> tuple[S, ...]:
        """The scopes a documented endpoint accepts, in the docs' order."""
        if self._scopes is None:
            self._scopes = dict(self.documented)
        return self._scopes[endpoint]

    def scopes_for(self, method: str, url: str) -> tuple[S, ...]:
        """The scopes that may call the endpoint a request is for; any one of them will do.

        ``method`` and ``url`` are as for match_endpoint, which raises the same errors. An
        endpoint whose docs name no scope gives an empty tuple. For an endpoint that
        authenticates the client itself, these are the scopes of its Bearer grant types:
        client credentials need none.
        """
        return self.scopes_of(self.match_endpoint(method, url))

    def is_allowed(self, granted: Iterable[str], method: str, url: str) -> bool:
        """Whether a token with the ``granted`` scopes may make the request, by the docs.

        True when any granted scope is one the endpoint accepts, and for an endpoint that
        authenticates the client itself (client credentials need no scope). An endpoint
        whose docs name no scope gives False: the docs do not say what it needs, so nothing
        is known to be enough. ``granted`` is a collection of scope strings or members; a
        token's space-separated ``scope`` claim must be split first. ``method`` and ``url``
        are as for match_endpoint, which raises the same errors.
        """
        if isinstance(granted, str):
            raise TypeError("granted must be a collection of scopes, not a string; split it first")
        endpoint = self.match_endpoint(method, url)
        if endpoint in self.client_auth:
            return True
        accepted = {str(scope) for scope in self.scopes_of(endpoint)}
        return any(str(scope) in accepted for scope in granted)
