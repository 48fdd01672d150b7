"""Names derived from scope strings: Python members and page slugs.

Both must be valid, unique and stable: the same scope keeps its name as other
scopes come and go. A name two scopes would share goes, undecorated, to the one
that sorts first; the others get a suffix from a hash of their own string, which
no other scope can change.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable

_NOT_WORD = re.compile(r"[^A-Za-z0-9]+")


def _suffix(scope: str) -> str:
    return hashlib.sha256(scope.encode()).hexdigest()[:6]


def member_name(scope: str) -> str:
    """`write:accounts:/auth/users` -> `WRITE_ACCOUNTS_AUTH_USERS`; always an identifier."""
    name = _NOT_WORD.sub("_", scope).strip("_").upper()
    if not name:
        return f"SCOPE_{_suffix(scope).upper()}"
    return f"S_{name}" if name[0].isdigit() else name


def slug(scope: str) -> str:
    """`write:accounts:/auth/users` -> `write-accounts-auth-users`, for file names and URLs."""
    return _NOT_WORD.sub("-", scope).strip("-").lower() or f"scope-{_suffix(scope)}"


def unique(
    scopes: Iterable[str], name: Callable[[str], str], reserved: Iterable[str] = ()
) -> dict[str, str]:
    """Each scope's name under `name`, collisions resolved as the module docstring says.

    `reserved` names are taken before any scope's (a directory's `index` page, say).
    """
    names: dict[str, str] = {}
    taken: set[str] = set(reserved)
    for scope in sorted(set(scopes)):
        candidate = name(scope)
        if candidate in taken:
            candidate = name(f"{scope} {_suffix(scope)}")
        names[scope] = candidate
        taken.add(candidate)
    return names


def member_names(scopes: Iterable[str]) -> dict[str, str]:
    return unique(scopes, member_name)


def slugs(scopes: Iterable[str], reserved: Iterable[str] = ()) -> dict[str, str]:
    return unique(scopes, slug, reserved)
