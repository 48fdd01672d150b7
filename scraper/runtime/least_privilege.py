"""The least-privilege set of scopes that covers a list of calls.

Each call is accepted by some scopes, any one of which will do. Among the sets of
scopes that cover every call, the best is the one with

1. the fewest admin scopes, so an admin scope is chosen only where nothing
   narrower covers a call;
2. then, whose scopes together grant the fewest endpoints;
3. then, the fewest scopes;
4. then, the first by name (the sorted names compared in order).

The search is exact: a depth-first search that branches on the uncovered call with
the fewest choices and drops any branch already no better than the best found. All
three counts only grow as scopes are added, so that bound is safe.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Mapping, Sequence

from .scopes import is_admin

Cost = tuple[int, int, int, tuple[str, ...]]


def least_privilege(
    needs: Sequence[Collection[str]],
    grants: Mapping[str, Collection[Hashable]],
    admin: Callable[[str], bool] = is_admin,
) -> tuple[str, ...]:
    """The best set of scopes, sorted by name, that covers every call.

    ``needs`` holds, for each call, the scopes that accept it; ``grants`` what each
    scope grants (the endpoints that accept it). Raises ValueError when a call has no
    scope to choose from.
    """
    if any(not accepted for accepted in needs):
        raise ValueError("a call that no scope accepts cannot be covered")
    calls = _essential({frozenset(accepted) for accepted in needs})
    granted_by = {scope: frozenset(grants.get(scope, ())) for call in calls for scope in call}
    choices = {
        call: sorted(call, key=lambda s: (admin(s), len(granted_by[s]), s)) for call in calls
    }
    best: Cost | None = None

    def search(chosen: frozenset[str], granted: frozenset[Hashable], admins: int) -> None:
        nonlocal best
        uncovered = [call for call in calls if not call & chosen]
        if not uncovered:
            cost = (admins, len(granted), len(chosen), tuple(sorted(chosen)))
            if best is None or cost < best:
                best = cost
            return
        # Covering the rest adds at least one scope, so an equal bound is already worse.
        if best is not None and (admins, len(granted), len(chosen)) >= best[:3]:
            return
        call = min(uncovered, key=lambda c: (len(c), sorted(c)))
        for scope in choices[call]:
            search(chosen | {scope}, granted | granted_by[scope], admins + admin(scope))

    search(frozenset(), frozenset(), 0)
    return best[3] if best is not None else ()


def _essential(calls: set[frozenset[str]]) -> list[frozenset[str]]:
    """The calls that matter, in a stable order: one whose choices include all of another
    call's is covered whenever that other call is."""
    return sorted(
        (call for call in calls if not any(other < call for other in calls)),
        key=lambda c: (len(c), sorted(c)),
    )
