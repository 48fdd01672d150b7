"""A client-grant payload checked against the rules of client-grant.schema.json.

The payload of ``POST /v1/accounts/{aid}/auth/client-grants``: exactly the keys
``client_id``, ``audience``, ``scope`` and ``type``; ``scope`` a non-empty list of
distinct documented scopes. The check is the schema's, written out so it runs without
a JSON Schema library and in time linear in the payload: the tests hold the two to
the same verdicts.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any, NamedTuple

from .suggest import Suggester

REQUIRED = ("client_id", "audience", "scope", "type")
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
        GrantIssue("(payload)", f"{key!r} is not allowed (a misspelt key?)")
        for key in payload
        if key not in REQUIRED
    ]
    for key in REQUIRED:
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
                key, f"{value!r} is not an account's API URL (https://<host>/v1/accounts/<aid>)"
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
            issues.append(GrantIssue(where, f"{item!r} is granted twice"))
        seen.add(item)
        if item not in scopes:
            issues.append(
                GrantIssue(where, f"{item!r} is no documented scope", suggester.suggest(item))
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
