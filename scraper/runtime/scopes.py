"""What a scope string says of itself: its parts, and whether it is an admin scope.

Dintero writes scopes as ``action:resource[:restriction]``: ``read:checkout``,
``write:accounts:/auth/users``, ``create:accounts:auth:refresh_token``. A token
without a colon (``openid``, ``public``) is a scope too.
"""

from __future__ import annotations

from typing import NamedTuple

# The action words Dintero puts first in a scope ("read:accounts").
ACTIONS = frozenset({"admin", "create", "delete", "public", "read", "user", "write"})


class ScopeParts(NamedTuple):
    """A scope string split into ``action:resource[:restriction]``; a missing part is None."""

    action: str | None
    resource: str | None
    restriction: str | None


def parse_scope(scope: str) -> ScopeParts:
    """Split any scope string into its parts.

    ``write:accounts:/auth/users`` gives ``write``, ``accounts`` and ``/auth/users``;
    ``create:accounts:auth:refresh_token`` gives ``create``, ``accounts`` and
    ``auth:refresh_token``, as the restriction is everything after the second colon.
    A string without a colon is an action if it is an action word (``public``), else
    it has no parts (``openid``). An empty part is None.
    """
    action, colon, rest = scope.partition(":")
    if not colon:
        return ScopeParts(scope if scope in ACTIONS else None, None, None)
    resource, _, restriction = rest.partition(":")
    return ScopeParts(action or None, resource or None, restriction or None)


def is_admin(scope: str) -> bool:
    """``admin:checkout`` is an admin scope: it fully manages its resource."""
    return scope.partition(":")[0] == "admin"


def is_reversed(scope: str) -> bool:
    """``checkout:admin``: a resource first and an action last."""
    parts = scope.split(":")
    return len(parts) == 2 and parts[0] not in ACTIONS and parts[1] in ACTIONS


def reversed_scope(scope: str) -> str:
    """``checkout:admin`` -> ``admin:checkout``."""
    resource, action = scope.split(":")
    return f"{action}:{resource}"
