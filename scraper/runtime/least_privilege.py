"""The least-privilege set of scopes that covers a list of calls.

Each call is accepted by some scopes, any one of which will do. Among the sets of
scopes that cover every call, the best is the one with

1. the fewest sensitive scopes (scopes that weaken a safeguard, marked by the
   maintainers), so one is chosen only where nothing else covers a call;
2. then, the fewest admin scopes, so an admin scope is chosen only where nothing
   narrower covers a call;
3. then, whose scopes together grant the fewest endpoints;
4. then, the fewest scopes;
5. then, the first by name (the sorted names compared in order).

The search is exact: a depth-first search that branches on the uncovered call with
the fewest choices and drops any branch that can no longer come first or second.
All four counts only grow as scopes are added, so that bound is safe.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Mapping, Sequence
from typing import NamedTuple

from .scopes import is_admin

# What each place of a set's cost says, as a rule that can decide between two sets.
RULES = (
    "fewest sensitive scopes",
    "fewest admin scopes",
    "fewest endpoints granted",
    "fewest scopes",
)
NAME_ORDER = "first by name"
# Ties listed beside an answer, at most.
MAX_TIES = 20

Counts = tuple[int, int, int, int]


class Ranking(NamedTuple):
    """The best set of scopes, the sets as small as it, and the rule that put it first.

    ``ties`` are the other covering sets with the same counts, which only name order
    put after ``best``; ``rule`` is the first rule of the ordering on which ``best``
    beat the next set (``NAME_ORDER`` when a tie decided), or None when no other set
    covers the calls.
    """

    best: tuple[str, ...]
    ties: tuple[tuple[str, ...], ...]
    rule: str | None


def least_privilege(
    needs: Sequence[Collection[str]],
    grants: Mapping[str, Collection[Hashable]],
    admin: Callable[[str], bool] = is_admin,
    sensitive: Collection[str] = (),
) -> tuple[str, ...]:
    """The best set of scopes, sorted by name, that covers every call.

    ``needs`` holds, for each call, the scopes that accept it; ``grants`` what each
    scope grants (the endpoints that accept it); ``sensitive`` the scopes to choose
    only where nothing else will do. Raises ValueError when a call has no scope to
    choose from.
    """
    return rank(needs, grants, admin, sensitive).best


def rank(
    needs: Sequence[Collection[str]],
    grants: Mapping[str, Collection[Hashable]],
    admin: Callable[[str], bool] = is_admin,
    sensitive: Collection[str] = (),
) -> Ranking:
    """The best covering set, its ties, and the rule that decided; see least_privilege."""
    if any(not accepted for accepted in needs):
        raise ValueError("a call that no scope accepts cannot be covered")
    calls = _essential({frozenset(accepted) for accepted in needs})
    if not calls:
        return Ranking((), (), None)
    granted_by = {scope: frozenset(grants.get(scope, ())) for call in calls for scope in call}
    flagged = frozenset(sensitive)

    def weight(scope: str) -> tuple[bool, bool, int, str]:
        return (scope in flagged, admin(scope), len(granted_by[scope]), scope)

    choices = {call: sorted(call, key=weight) for call in calls}
    # Complete covering sets by counts: the best counts with their sets, and the next.
    found: dict[Counts, set[tuple[str, ...]]] = {}

    def bound() -> Counts | None:
        """Counts no branch need reach: the second-best found so far."""
        ranked = sorted(found)
        return ranked[1] if len(ranked) > 1 else None

    def search(chosen: frozenset[str], granted: frozenset[Hashable], marks: Counts) -> None:
        uncovered = [call for call in calls if not call & chosen]
        limit = bound()
        if not uncovered:
            # A set with a scope the others cover anyway is no answer, nor worth listing.
            if _minimal(chosen, calls) and (limit is None or marks <= limit):
                found.setdefault(marks, set()).add(tuple(sorted(chosen)))
                for worse in sorted(found)[2:]:
                    del found[worse]
            return
        # Covering the rest adds at least one scope, so an equal bound is already worse.
        if limit is not None and marks >= limit:
            return
        call = min(uncovered, key=lambda c: (len(c), sorted(c)))
        for scope in choices[call]:
            if scope in chosen:
                continue
            more = granted | granted_by[scope]
            search(
                chosen | {scope},
                more,
                (
                    marks[0] + (scope in flagged),
                    marks[1] + admin(scope),
                    len(more),
                    marks[3] + 1,
                ),
            )

    search(frozenset(), frozenset(), (0, 0, 0, 0))
    ranked = sorted(found)
    best_sets = sorted(found[ranked[0]])
    best, ties = best_sets[0], tuple(best_sets[1 : MAX_TIES + 1])
    if ties:
        rule: str | None = NAME_ORDER
    elif len(ranked) > 1:
        rule = RULES[next(i for i in range(len(RULES)) if ranked[0][i] != ranked[1][i])]
    else:
        rule = None
    return Ranking(best, ties, rule)


def _minimal(chosen: frozenset[str], calls: list[frozenset[str]]) -> bool:
    """Whether every chosen scope is the only one chosen for some call."""
    alone = {next(iter(call & chosen)) for call in calls if len(call & chosen) == 1}
    return alone == chosen


def _essential(calls: set[frozenset[str]]) -> list[frozenset[str]]:
    """The calls that matter, in a stable order: one whose choices include all of another
    call's is covered whenever that other call is."""
    return sorted(
        (call for call in calls if not any(other < call for other in calls)),
        key=lambda c: (len(c), sorted(c)),
    )
