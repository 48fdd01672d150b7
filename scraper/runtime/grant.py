"""``check-grant``: a client-grant payload against the schema's rules and against the calls.

The payload of ``POST /v1/accounts/{aid}/auth/client-grants``: exactly the keys
``client_id``, ``audience``, ``scope`` and ``type``, and a ``$schema`` string if the
file names its schema; ``scope`` a non-empty list of distinct documented scopes. The
check is the schema's, written out so it runs without a JSON Schema library and in
time linear in the payload: the tests hold the two to the same verdicts. Then the
granted scopes are weighed against the least-privilege answer for the calls the client
makes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any, NamedTuple

from .answers import CallAnswer, Need, need
from .calls import Call
from .inputs import shown
from .reference import Reference
from .scopes import is_admin
from .suggest import Suggester

REQUIRED = ("client_id", "audience", "scope", "type")
# A grant file may name its schema, for editors and validators.
OPTIONAL = ("$schema",)
AUDIENCE = re.compile(r"^https://[^/]+/v1/accounts/[PT][0-9]{8}$")


class GrantIssue(NamedTuple):
    """One way the payload breaks the schema: where, what, and what was likely meant."""

    where: str
    message: str
    suggestions: tuple[str, ...] = ()

    def __str__(self) -> str:
        hint = f"; did you mean {' or '.join(self.suggestions)}?" if self.suggestions else ""
        return f"{self.where}: {self.message}{hint}"


def grant_issues(payload: Any, scopes: Collection[str], suggester: Suggester) -> list[GrantIssue]:
    """Every way the payload breaks the client-grant schema, in document order."""
    if not isinstance(payload, dict):
        return [GrantIssue("(payload)", f"{_kind(payload)} is not an object")]
    issues = [
        GrantIssue("(payload)", f"{key!r} is a required property")
        for key in REQUIRED
        if key not in payload
    ]
    issues += [
        GrantIssue("(payload)", f"{shown(key)} is not allowed (a misspelt key?)")
        for key in payload
        if key not in (*REQUIRED, *OPTIONAL)
    ]
    for key in (*REQUIRED, *OPTIONAL):
        if key in payload:
            issues += _check(key, payload[key], scopes, suggester)
    return issues


def _check(key: str, value: Any, scopes: Collection[str], suggester: Suggester) -> list[GrantIssue]:
    if key == "scope":
        return _scope_issues(value, scopes, suggester)
    if not isinstance(value, str):
        return [GrantIssue(key, f"{_kind(value)} is not a string")]
    if key == "client_id" and not value:
        return [GrantIssue(key, "the client id is empty")]
    if key == "audience" and not AUDIENCE.match(value):
        return [
            GrantIssue(
                key,
                f"{shown(value)} is not an account's API URL (https://<host>/v1/accounts/<aid>)",
            )
        ]
    return []


def _scope_issues(value: Any, scopes: Collection[str], suggester: Suggester) -> list[GrantIssue]:
    if not isinstance(value, list):
        return [GrantIssue("scope", f"{_kind(value)} is not a list of scopes")]
    if not value:
        return [GrantIssue("scope", "no scope is granted (the list is empty)")]
    issues: list[GrantIssue] = []
    seen: set[Any] = set()
    for position, item in enumerate(value):
        where = f"scope/{position}"
        if not isinstance(item, str):
            issues.append(GrantIssue(where, f"{_kind(item)} is not a scope string"))
            continue
        if item in seen:
            issues.append(GrantIssue(where, f"{shown(item)} is granted twice"))
        seen.add(item)
        if item not in scopes:
            issues.append(
                GrantIssue(where, f"{shown(item)} is no documented scope", suggester.suggest(item))
            )
    return issues


def _kind(value: Any) -> str:
    """How a JSON value reads in a message: its JSON type and a short form of it."""
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    kind = "null" if value is None else names.get(type(value), "a number")
    return f"{kind} ({_short(value)})" if value is not None else kind


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class GrantReport(NamedTuple):
    """The payload's schema issues and, given calls, how its scopes fit them."""

    issues: tuple[GrantIssue, ...]
    # Calls the grant does not cover, with the scopes that would.
    uncovered: tuple[CallAnswer, ...] = ()
    # Granted scopes that accept none of the calls.
    unneeded: tuple[str, ...] = ()
    # Granted scopes the calls use, where narrower ones would do (see `least`).
    wider: tuple[str, ...] = ()
    # The least-privilege answer for the calls, when calls were given.
    least: Need | None = None
    # Whether the grant's scopes were weighed against the calls (a list to weigh).
    weighed: bool = True

    @property
    def ok(self) -> bool:
        complete = self.least is None or self.least.complete
        return complete and not (self.issues or self.uncovered or self.unneeded or self.wider)


def check_grant(reference: Reference, payload: Any, calls: Sequence[Call]) -> GrantReport:
    """The payload against the client-grant schema, and its scopes against the calls."""
    issues = tuple(grant_issues(payload, reference.scopes, Suggester(reference.scopes)))
    if not calls:
        return GrantReport(issues)
    least = need(reference, calls)
    listed = payload.get("scope") if isinstance(payload, dict) else None
    if not isinstance(listed, list):
        return GrantReport(issues, least=least, weighed=False)
    granted = [scope for scope in listed if isinstance(scope, str)]
    # Calls that need a scope (not those that authenticate the client itself).
    matched = [a for a in least.calls if a.accepted]
    uncovered = tuple(a for a in matched if not set(a.accepted) & set(granted))
    used = {scope for a in matched for scope in a.accepted}
    unneeded = tuple(scope for scope in granted if scope not in used)
    kept = sorted({scope for scope in granted if scope in used})
    wider: tuple[str, ...] = ()
    if not uncovered and _cost(reference, kept) > _cost(reference, least.scopes):
        wider = tuple(scope for scope in kept if scope not in least.scopes)
    return GrantReport(issues, uncovered, unneeded, wider, least)


def _cost(reference: Reference, scopes: Sequence[str]) -> tuple[int, int, int, int]:
    """How much a set of scopes grants, by the least-privilege ordering (fewer is better)."""
    granted = reference.lookup.grants()
    endpoints = set().union(*(granted.get(s, frozenset()) for s in scopes))
    sensitive = reference.sensitive()
    return (
        sum(s in sensitive for s in scopes),
        sum(map(is_admin, scopes)),
        len(endpoints),
        len(scopes),
    )
