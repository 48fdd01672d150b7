"""The least-privilege search: every answer covers every call, and none is better."""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.runtime.least_privilege import MAX_TIES, NAME_ORDER, RULES, least_privilege, rank
from scraper.runtime.scopes import is_admin

SCOPES = ["admin:a", "read:a", "write:a", "admin:b", "read:b", "user:b", "write:a:/x"]


def cost(
    chosen: tuple[str, ...], grants: dict[str, set[int]], sensitive: frozenset[str] = frozenset()
) -> tuple[object, ...]:
    granted = set().union(*(grants[s] for s in chosen)) if chosen else set()
    counts = (len(sensitive & set(chosen)), sum(map(is_admin, chosen)), len(granted), len(chosen))
    return (*counts, tuple(sorted(chosen)))


def minimal_covers(needs: list[set[str]]) -> list[tuple[str, ...]]:
    """Every covering set from which no scope can be dropped, by brute force."""
    candidates = sorted(set().union(*needs))
    return [
        subset
        for size in range(1, len(candidates) + 1)
        for subset in combinations(candidates, size)
        if covers(subset, needs)
        and not any(covers(tuple(s for s in subset if s != drop), needs) for drop in subset)
    ]


def covers(chosen: tuple[str, ...], needs: list[set[str]]) -> bool:
    return all(set(chosen) & need for need in needs)


@st.composite
def models(draw: st.DrawFn) -> tuple[list[set[str]], dict[str, set[int]]]:
    """Endpoints that accept some scopes, and calls to some of them."""
    endpoints = draw(st.lists(st.sets(st.sampled_from(SCOPES), min_size=1), min_size=1, max_size=7))
    called = draw(st.lists(st.integers(0, len(endpoints) - 1), min_size=1, max_size=5))
    grants = {s: {i for i, accepted in enumerate(endpoints) if s in accepted} for s in SCOPES}
    return [endpoints[i] for i in called], grants


@settings(max_examples=300, deadline=None)
@given(models())
def test_the_answer_covers_every_call_and_none_is_better(
    model: tuple[list[set[str]], dict[str, set[int]]],
) -> None:
    needs, grants = model
    answer = least_privilege(needs, grants)
    assert covers(answer, needs)
    assert list(answer) == sorted(answer)
    candidates = sorted(set().union(*needs))
    every_cover = [
        subset
        for size in range(1, len(candidates) + 1)
        for subset in combinations(candidates, size)
        if covers(subset, needs)
    ]
    assert cost(answer, grants) == min(cost(subset, grants) for subset in every_cover)


def test_an_admin_scope_only_where_nothing_narrower_covers_a_call() -> None:
    grants = {"admin:a": {1, 2, 3}, "read:a": {1}, "write:a": {2}, "admin:b": {4}}
    needs = [{"admin:a", "read:a"}, {"admin:a", "write:a"}, {"admin:b"}]
    assert least_privilege(needs, grants) == ("admin:b", "read:a", "write:a")


def test_fewer_endpoints_granted_beat_fewer_scopes() -> None:
    grants = {"read:a": {1, 2, 3, 4}, "read:b": {1}, "read:c": {2}}
    needs = [{"read:a", "read:b"}, {"read:a", "read:c"}]
    assert least_privilege(needs, grants) == ("read:b", "read:c")


def test_ties_go_to_the_first_names() -> None:
    grants = {"read:b": {1}, "read:a": {1}}
    assert least_privilege([{"read:b", "read:a"}], grants) == ("read:a",)


def test_a_call_no_scope_accepts_is_refused() -> None:
    with pytest.raises(ValueError, match="no scope accepts"):
        least_privilege([{"read:a"}, set()], {"read:a": {1}})
    assert least_privilege([], {}) == ()


@settings(max_examples=300, deadline=None)
@given(models(), st.sets(st.sampled_from(SCOPES), max_size=2))
def test_the_ranking_lists_the_ties_and_the_rule_that_decided(
    model: tuple[list[set[str]], dict[str, set[int]]], sensitive: set[str]
) -> None:
    needs, grants = model
    flagged = frozenset(sensitive)
    ranking = rank(needs, grants, sensitive=flagged)
    ordered = sorted(minimal_covers(needs), key=lambda subset: cost(subset, grants, flagged))
    counts = [cost(subset, grants, flagged)[:4] for subset in ordered]
    assert ranking.best == ordered[0]
    ties = [subset for subset, c in zip(ordered, counts, strict=True) if c == counts[0]][1:]
    assert list(ranking.ties) == ties[:MAX_TIES]
    if ties:
        assert ranking.rule == NAME_ORDER
    elif len(ordered) > 1:
        first_difference = next(i for i in range(4) if counts[0][i] != counts[1][i])
        assert ranking.rule == RULES[first_difference]
    else:
        assert ranking.rule is None


def test_a_sensitive_scope_only_where_nothing_else_covers_the_call() -> None:
    grants = {"write:a": {1, 2, 3}, "write:a:/users/no-mfa": {1}, "admin:a": {1, 2, 3, 4}}
    needs = [{"admin:a", "write:a", "write:a:/users/no-mfa"}]
    assert least_privilege(needs, grants) == ("write:a:/users/no-mfa",)
    ranking = rank(needs, grants, sensitive={"write:a:/users/no-mfa"})
    # The next best set is admin:a, which write:a beat on admin scopes.
    assert ranking == (("write:a",), (), "fewest admin scopes")
    needs = [{"write:a", "write:a:/users/no-mfa"}]
    ranking = rank(needs, grants, sensitive={"write:a:/users/no-mfa"})
    assert ranking == (("write:a",), (), "fewest sensitive scopes")
    only = rank([{"write:a:/users/no-mfa"}], grants, sensitive={"write:a:/users/no-mfa"})
    assert only == (("write:a:/users/no-mfa",), (), None)
