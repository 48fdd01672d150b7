"""What changed upstream between two catalogues, as the entries of generated/changes.json."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from scraper.model import Catalogue


class ChangeKind(StrEnum):
    """What a change is; `generated/changes.json`'s `kind`."""

    ENDPOINT_ADDED = "endpoint_added"
    ENDPOINT_REMOVED = "endpoint_removed"
    ENDPOINT_SCOPES_CHANGED = "endpoint_scopes_changed"
    SCOPE_ADDED = "scope_added"
    SCOPE_REMOVED = "scope_removed"
    SCOPE_DESCRIPTION_CHANGED = "scope_description_changed"
    SCOPE_GROUP_CHANGED = "scope_group_changed"
    # Whether an endpoint authenticates the client itself (no scope with client credentials).
    ENDPOINT_CLIENT_AUTH_CHANGED = "endpoint_client_auth_changed"


@dataclass(frozen=True)
class Change:
    """One change: an endpoint's key is `METHOD server+path`, a scope's key is its name."""

    kind: ChangeKind
    key: str
    before: Any
    after: Any


def diff(before: Catalogue | None, after: Catalogue) -> list[Change]:
    """Every change from `before` to `after`, sorted by kind and key; all added if no `before`."""
    old_scopes = {s.name: s for s in before.scopes} if before else {}
    new_scopes = {s.name: s for s in after.scopes}
    old_endpoints = {e.key: e for e in before.endpoints} if before else {}
    new_endpoints = {e.key: e for e in after.endpoints}
    changes: list[Change] = []
    for name in new_scopes.keys() - old_scopes.keys():
        scope = new_scopes[name]
        changes.append(Change(ChangeKind.SCOPE_ADDED, name, None, scope.description))
    for name in old_scopes.keys() - new_scopes.keys():
        scope = old_scopes[name]
        changes.append(Change(ChangeKind.SCOPE_REMOVED, name, scope.description, None))
    for name in old_scopes.keys() & new_scopes.keys():
        was, now = old_scopes[name], new_scopes[name]
        if was.description != now.description:
            changes.append(
                Change(ChangeKind.SCOPE_DESCRIPTION_CHANGED, name, was.description, now.description)
            )
        if was.group != now.group:
            changes.append(Change(ChangeKind.SCOPE_GROUP_CHANGED, name, was.group, now.group))
    for key in new_endpoints.keys() - old_endpoints.keys():
        changes.append(Change(ChangeKind.ENDPOINT_ADDED, key, None, new_endpoints[key].scopes))
    for key in old_endpoints.keys() - new_endpoints.keys():
        changes.append(Change(ChangeKind.ENDPOINT_REMOVED, key, old_endpoints[key].scopes, None))
    for key in old_endpoints.keys() & new_endpoints.keys():
        was_scopes, now_scopes = old_endpoints[key].scopes, new_endpoints[key].scopes
        # A scope list is a set: the same scopes in another order are no change.
        if set(was_scopes) != set(now_scopes):
            changes.append(Change(ChangeKind.ENDPOINT_SCOPES_CHANGED, key, was_scopes, now_scopes))
        was_auth, now_auth = old_endpoints[key].client_auth, new_endpoints[key].client_auth
        if was_auth != now_auth:
            changes.append(Change(ChangeKind.ENDPOINT_CLIENT_AUTH_CHANGED, key, was_auth, now_auth))
    return sorted(changes, key=lambda c: (c.kind, c.key))
