"""Least-privilege answers from the catalogue: which scopes calls need, and what a scope
grants (``grant`` checks a client grant against them).

This module computes; ``report`` words the answers for people and scripts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .calls import NAME, PAGE, URL, Call, malformed
from .inputs import cut, shown
from .least_privilege import rank
from .reference import EndpointEntry, Reference, ScopeEntry, name_key
from .routing import AmbiguousEndpoint, UnknownEndpoint
from .scopes import is_admin

# Problem kinds, as `--json` gives them.
UNKNOWN = "unknown"
AMBIGUOUS = "ambiguous"
NO_SCOPE = "no_scope"
MALFORMED = "malformed"


class Problem(NamedTuple):
    """Why a call has no answer; ``candidates`` are an ambiguous call's endpoints."""

    kind: str
    message: str
    hint: str | None = None
    candidates: tuple[EndpointEntry, ...] = ()


class CallAnswer(NamedTuple):
    """One call: the endpoint it is for and the scopes that accept it, or why not."""

    call: Call
    endpoint: EndpointEntry | None
    problem: Problem | None = None

    @property
    def client_auth(self) -> bool:
        """Whether the call is to an endpoint that authenticates the client itself (HTTP
        Basic with its client id and secret): client credentials need no scope for it."""
        return self.problem is None and self.endpoint is not None and self.endpoint.client_auth

    @property
    def accepted(self) -> tuple[str, ...]:
        """The scopes any one of which the call needs; none for a call that has a problem
        or authenticates the client itself."""
        if self.endpoint is None or self.problem is not None or self.client_auth:
            return ()
        return self.endpoint.scopes

    @property
    def bearer_scopes(self) -> tuple[str, ...]:
        """For a call that authenticates the client itself, the scopes its docs list: they
        apply to the Bearer grant types (authorization_code, password, refresh_token...)."""
        return self.endpoint.scopes if self.client_auth and self.endpoint else ()


class Need(NamedTuple):
    """The least-privilege scopes for the calls, how they were chosen, and each call."""

    scopes: tuple[str, ...]
    calls: tuple[CallAnswer, ...]
    # The other sets as small as `scopes`, and the rule that put `scopes` first.
    ties: tuple[tuple[str, ...], ...] = ()
    rule: str | None = None
    # The chosen scopes the maintainers marked sensitive, with why.
    sensitive: tuple[ScopeEntry, ...] = ()

    @property
    def complete(self) -> bool:
        """Whether every call matched an endpoint that names its scopes."""
        return all(answer.problem is None for answer in self.calls)

    def malformed(self) -> Problem | None:
        """The first call that is no call at all, if any."""
        problems = (a.problem for a in self.calls if a.problem is not None)
        return next((p for p in problems if p.kind == MALFORMED), None)


def need(reference: Reference, calls: Sequence[Call]) -> Need:
    """The least-privilege scopes for the calls; calls that cannot be matched say why."""
    answers = tuple(answer(reference, call) for call in calls)
    needs = [a.accepted for a in answers if a.accepted]
    ranking = rank(needs, reference.lookup.grants(), sensitive=reference.sensitive())
    flagged = tuple(reference.scopes[s] for s in ranking.best if s in reference.sensitive())
    return Need(ranking.best, answers, ranking.ties, ranking.rule, flagged)


class UndocumentedScopes(LookupError):
    """The docs name no scope for the endpoint a call is for, so no scope is known to do."""


def least_privilege(reference: Reference, calls: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """need's scopes for ``(method, url)`` pairs, or the first call's problem raised:
    UnknownEndpoint, AmbiguousEndpoint (both LookupErrors), ValueError for a URL that is
    none, UndocumentedScopes for an endpoint whose docs name no scope."""
    answered = need(reference, [Call(URL, str(method).upper(), url) for method, url in calls])
    for call in answered.calls:
        problem, endpoint = call.problem, call.endpoint
        if problem is None:
            continue
        if problem.kind == AMBIGUOUS:
            raise AmbiguousEndpoint(problem.message, problem.candidates)
        if problem.kind == UNKNOWN:
            raise UnknownEndpoint(problem.message)
        if problem.kind == NO_SCOPE and endpoint is not None:
            raise UndocumentedScopes(f"the docs name no scope for {endpoint.key}")
        raise ValueError(problem.message)
    return answered.scopes


def answer(reference: Reference, call: Call) -> CallAnswer:
    """The endpoint one call is for, or the problem that stops it having one."""
    reason = malformed(call)
    if reason is not None:
        return CallAnswer(call, None, Problem(MALFORMED, reason))
    if call.kind in (PAGE, NAME):
        found = (
            reference.by_page(call.target) if call.kind == PAGE else reference.by_name(call.target)
        )
        if not found:
            return CallAnswer(call, None, _unnamed(reference, call))
        if len(found) > 1:
            many = f"stands for {len(found)} endpoints; give one as METHOD URL"
            message = f"{cut(call.target)} {many}"
            return CallAnswer(call, None, Problem(AMBIGUOUS, message, None, tuple(found)))
        return _scoped(call, found[0])
    try:
        endpoint = reference.lookup.match_endpoint(call.method or "", call.target)
    except AmbiguousEndpoint as error:
        candidates = tuple(e for e in error.candidates if isinstance(e, EndpointEntry))
        hint = "give the absolute URL, with the server"
        return CallAnswer(call, None, Problem(AMBIGUOUS, str(error), hint, candidates))
    except UnknownEndpoint as error:
        return CallAnswer(call, None, Problem(UNKNOWN, str(error), _hint(reference, call)))
    except ValueError as error:
        return CallAnswer(call, None, Problem(MALFORMED, str(error)))
    return _scoped(call, endpoint)


def _scoped(call: Call, endpoint: EndpointEntry) -> CallAnswer:
    if not endpoint.scopes and not endpoint.client_auth:
        message = "the docs name no scope for this endpoint"
        return CallAnswer(call, endpoint, Problem(NO_SCOPE, message, "see its docs page"))
    return CallAnswer(call, endpoint)


def _unnamed(reference: Reference, call: Call) -> Problem:
    if call.kind == PAGE:
        return Problem(UNKNOWN, f"no documented endpoint has the docs page {cut(call.target)}")
    # Only a name no endpoint has needs these: a query imports them seldom.
    import difflib

    from .candidates import MAX_NAME_LENGTH, rank

    message = f"no documented endpoint is named {shown(call.target)}"
    close: list[str] = []
    if len(call.target) <= MAX_NAME_LENGTH:
        folded = {name_key(name): name for name in reference.names()}
        matches = difflib.get_close_matches(name_key(call.target), folded, n=3, cutoff=0.85)
        close = [folded[match] for match in matches]
    candidates = rank(call.target, reference.endpoints)
    if close:
        hint: str | None = f"did you mean {' or '.join(repr(n) for n in close)}?"
    elif candidates:
        hint = "these endpoints share its words; give one as METHOD URL"
    else:
        hint = None
    return Problem(UNKNOWN, message, hint, candidates)


def _hint(reference: Reference, call: Call) -> str | None:
    """Where the call would match: under a server's path prefix, or on another host."""
    target = call.target
    absolute = not target.startswith("/")
    path = "/" + target.split("://", 1)[-1].partition("/")[2] if absolute else target
    prefixes = sorted({_prefix(e.server) for e in reference.endpoints} - {""})
    for candidate in ([path] if absolute else []) + [prefix + path for prefix in prefixes]:
        found = _matching(reference, call.method or "", candidate)
        if not found:
            continue
        if not absolute:
            return f"paths start with the server's path prefix: try {cut(candidate)}"
        urls = sorted({_origin(e.server) + candidate for e in found})
        return "try " + " or ".join(cut(url) for url in urls)
    return None


def _prefix(server: str) -> str:
    """``/v1`` of ``https://api.dintero.com/v1``."""
    rest = server.split("://", 1)[-1]
    return "/" + rest.partition("/")[2] if "/" in rest else ""


def _origin(server: str) -> str:
    scheme, _, rest = server.partition("://")
    return f"{scheme}://{rest.partition('/')[0]}"


def _matching(reference: Reference, method: str, path: str) -> list[EndpointEntry]:
    """The endpoints a bare path matches, under any server."""
    try:
        return [reference.lookup.match_endpoint(method, path)]
    except AmbiguousEndpoint as error:
        return [e for e in error.candidates if isinstance(e, EndpointEntry)]
    except (UnknownEndpoint, ValueError):
        return []


class Explanation(NamedTuple):
    scope: ScopeEntry
    endpoints: tuple[EndpointEntry, ...]
    # Scopes that grant every endpoint this one does, and how many more besides.
    wider: tuple[tuple[str, int], ...]
    # Scopes that grant some of this one's endpoints and nothing else, and how many.
    narrower: tuple[tuple[str, int], ...]


class UnknownScope(LookupError):
    """A scope the catalogue does not document; str() says so, with likely meanings."""


def explain(reference: Reference, name: str) -> Explanation:
    """What a scope is, the endpoints that accept it, and the wider and narrower scopes."""
    scope = reference.scopes.get(name)
    if scope is None:
        from .suggest import Suggester  # Only an unknown scope needs it.

        guesses = Suggester(reference.scopes).suggest(name)
        hint = f"; did you mean {' or '.join(guesses)}?" if guesses else ""
        raise UnknownScope(f"{shown(name)} is no documented scope{hint}")
    return explain_all(reference, [scope])[name]


def explain_all(reference: Reference, scopes: Sequence[ScopeEntry]) -> dict[str, Explanation]:
    """Each scope explained, the shared tables computed once."""
    granted = reference.lookup.grants()
    accepting = reference.lookup.accepting()
    explained: dict[str, Explanation] = {}
    for scope in scopes:
        own = granted.get(scope.name, frozenset())
        positions = accepting.get(scope.name, [])
        endpoints = tuple(reference.endpoints[i] for i in positions)
        # Only scopes that share an endpoint with this one can be wider or narrower.
        sharing = {o for e in endpoints for o in e.scopes if o != scope.name}
        wider = [(o, len(granted[o] - own)) for o in sharing if own <= granted[o]]
        narrower = [(o, len(granted[o])) for o in sharing if granted[o] < own]
        explained[scope.name] = Explanation(
            scope,
            endpoints,
            tuple(sorted(wider, key=lambda w: (is_admin(w[0]), w[1], w[0]))),
            tuple(sorted(narrower, key=lambda n: (is_admin(n[0]), -n[1], n[0]))),
        )
    return explained
