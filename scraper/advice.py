"""Least-privilege answers from the catalogue: which scopes calls need, what a grant allows.

The read side of the model for people creating API clients: `need` matches concrete
calls to documented endpoints and finds the narrowest scopes that cover them, `explain`
tells what one scope grants and what wider or narrower scopes would, and `check_grant`
judges a client-grant payload against the schema and the calls the client makes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from scraper.model import Catalogue, Endpoint, Scope
from scraper.query import endpoints_by_scope
from scraper.render import schema
from scraper.runtime.least_privilege import least_privilege
from scraper.runtime.routing import AmbiguousEndpoint, Router, UnknownEndpoint
from scraper.runtime.scopes import is_admin, parse_scope

METHODS = frozenset({"GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"})


class CallError(ValueError):
    """Calls that cannot be read: the message says which and why."""


@dataclass(frozen=True)
class Call:
    method: str
    url: str


@dataclass
class CallAnswer:
    """One call: the endpoint it matched and the scopes that accept it, or why not."""

    call: Call
    endpoint: Endpoint | None
    accepted: list[str]
    problem: str | None = None


@dataclass
class Need:
    scopes: list[str]
    calls: list[CallAnswer]

    @property
    def complete(self) -> bool:
        """Whether every call matched an endpoint that names its scopes."""
        return all(answer.problem is None for answer in self.calls)

    def to_json(self) -> dict[str, Any]:
        return {
            "scopes": self.scopes,
            "calls": [
                {
                    "method": a.call.method,
                    "url": a.call.url,
                    "endpoint": (
                        {
                            "method": a.endpoint.method,
                            "server": a.endpoint.server,
                            "path": a.endpoint.path,
                        }
                        if a.endpoint
                        else None
                    ),
                    "accepted": a.accepted,
                    "problem": a.problem,
                }
                for a in self.calls
            ],
        }


def parse_calls(words: Sequence[str]) -> list[Call]:
    """`METHOD URL METHOD URL ...` (or the same from a file, one call per line)."""
    if len(words) % 2:
        raise CallError(f"calls come in pairs, METHOD URL; {words[-1]!r} has no pair")
    calls: list[Call] = []
    for method, url in zip(words[::2], words[1::2], strict=True):
        if method.upper() not in METHODS:
            raise CallError(f"{method!r} is not an HTTP method (in the call {method} {url})")
        if not (url.startswith("/") or url.startswith(("https://", "http://"))):
            raise CallError(f"{url!r} is neither an absolute URL nor a path starting with '/'")
        calls.append(Call(method.upper(), url))
    return calls


def read_calls(text: str) -> list[Call]:
    """Calls from a file: `METHOD URL` per line; blank lines and `#` comments skipped."""
    words: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        content = line.split("#", 1)[0].split()
        if content and len(content) != 2:
            raise CallError(f"line {number}: expected 'METHOD URL', got {line.strip()!r}")
        words += content
    return parse_calls(words)


def grants(catalogue: Catalogue) -> dict[str, frozenset[str]]:
    """The endpoints (by key) that each scope grants."""
    granted: dict[str, set[str]] = defaultdict(set)
    for endpoint in catalogue.endpoints:
        for name in endpoint.scopes:
            granted[name].add(endpoint.key)
    return {scope.name: frozenset(granted[scope.name]) for scope in catalogue.scopes}


def need(catalogue: Catalogue, calls: Sequence[Call]) -> Need:
    """The least-privilege scopes for the calls; calls that cannot be matched say why."""
    router = Router(catalogue.endpoints)
    answers = [_answer(router, call) for call in calls]
    needs = [set(a.accepted) for a in answers if a.problem is None]
    return Need(list(least_privilege(needs, grants(catalogue))), answers)


def _answer(router: Router[Endpoint], call: Call) -> CallAnswer:
    try:
        endpoint = router.match(call.method, call.url)
    except AmbiguousEndpoint as error:
        return CallAnswer(call, None, [], f"ambiguous: {error}; give the absolute URL")
    except (UnknownEndpoint, ValueError) as error:
        return CallAnswer(call, None, [], f"unknown: {error}")
    if not endpoint.scopes:
        return CallAnswer(
            call, endpoint, [], "the docs name no scope for this endpoint; see its page"
        )
    return CallAnswer(call, endpoint, list(endpoint.scopes))


@dataclass
class Explanation:
    scope: Scope
    endpoints: list[Endpoint]
    # Scopes that grant every endpoint this one does, and how many more besides.
    wider: list[tuple[str, int]]
    # Scopes that grant some of this one's endpoints and nothing else.
    narrower: list[tuple[str, int]]


def explain(catalogue: Catalogue, name: str) -> Explanation:
    scope = catalogue.scope(name)
    if scope is None:
        raise LookupError(_unknown_scope(catalogue, name))
    accepting = [e for e in catalogue.endpoints if name in e.scopes]
    return _explain(scope, grants(catalogue), accepting)


def explain_all(catalogue: Catalogue) -> dict[str, Explanation]:
    """Every scope explained, the shared tables computed once."""
    granted = grants(catalogue)
    accepting = endpoints_by_scope(catalogue)
    return {s.name: _explain(s, granted, accepting[s.name]) for s in catalogue.scopes}


def _explain(
    scope: Scope, granted: dict[str, frozenset[str]], accepting: list[Endpoint]
) -> Explanation:
    own = granted[scope.name]
    # Only scopes that share an endpoint with this one can be wider or narrower.
    sharing = {o for e in accepting for o in e.scopes if o != scope.name and o in granted}
    wider = [(other, len(granted[other] - own)) for other in sharing if own <= granted[other]]
    narrower = [(other, len(granted[other])) for other in sharing if granted[other] < own]
    return Explanation(
        scope,
        accepting,
        sorted(wider, key=lambda w: (is_admin(w[0]), w[1], w[0])),
        sorted(narrower, key=lambda n: (is_admin(n[0]), -n[1], n[0])),
    )


def _unknown_scope(catalogue: Catalogue, name: str) -> str:
    parts = parse_scope(name)
    close = [
        s.name
        for s in catalogue.scopes
        if s.resource == parts.resource or s.name.split(":")[::-1] == name.split(":")
    ]
    hint = f"; did you mean {', '.join(close[:5])}?" if close else ""
    return f"{name!r} is no documented scope{hint}"


@dataclass
class GrantReport:
    errors: list[str] = field(default_factory=list)
    # Calls the grant does not cover, with the scopes that would.
    uncovered: list[tuple[Call, list[str]]] = field(default_factory=list)
    # Granted scopes that accept none of the calls.
    unneeded: list[str] = field(default_factory=list)
    # Granted scopes the calls use, where narrower ones would do (see `least`).
    wider: list[str] = field(default_factory=list)
    least: Need | None = None

    @property
    def ok(self) -> bool:
        complete = self.least is None or self.least.complete
        return complete and not (self.errors or self.uncovered or self.unneeded or self.wider)


def check_grant(catalogue: Catalogue, payload: Any, calls: Sequence[Call]) -> GrantReport:
    """The payload against the client-grant schema, and its scopes against the calls."""
    report = GrantReport(errors=_schema_errors(catalogue, payload))
    granted = payload.get("scope") if isinstance(payload, dict) else None
    if not calls or not isinstance(granted, list):
        return report
    report.least = need(catalogue, calls)
    matched = [a for a in report.least.calls if a.problem is None]
    report.uncovered = [(a.call, a.accepted) for a in matched if not set(a.accepted) & set(granted)]
    used = {scope for a in matched for scope in a.accepted}
    report.unneeded = [scope for scope in granted if scope not in used]
    kept = sorted({scope for scope in granted if scope in used})
    if not report.uncovered and _cost(kept, catalogue) > _cost(report.least.scopes, catalogue):
        report.wider = [scope for scope in kept if scope not in report.least.scopes]
    return report


def _cost(scopes: Sequence[str], catalogue: Catalogue) -> tuple[int, int, int]:
    """How much a set of scopes grants: admin scopes, endpoints, scopes (fewer is better)."""
    granted = grants(catalogue)
    endpoints = set().union(*(granted.get(s, frozenset()) for s in scopes))
    return sum(map(is_admin, scopes)), len(endpoints), len(scopes)


def _schema_errors(catalogue: Catalogue, payload: Any) -> list[str]:
    documents = {
        path.name: json.loads(content)
        for path, content in schema.files(catalogue).items()
        if path.parts[0] == "generated"
    }
    registry: Registry[Any] = Registry().with_resources(
        (document["$id"], Resource.from_contents(document)) for document in documents.values()
    )
    validator = Draft202012Validator(documents[schema.GRANT_SCHEMA], registry=registry)
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(payload)'}: {error.message}"
        for error in sorted(validator.iter_errors(payload), key=lambda e: list(e.absolute_path))
    ]
