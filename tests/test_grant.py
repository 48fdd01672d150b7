"""The runtime's grant check gives the schema's verdict, says why, and stays linear."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from scraper.model import Catalogue, Scope, Source, SourceKind
from scraper.render import schema
from scraper.runtime.grant import REQUIRED, grant_issues
from scraper.runtime.suggest import Suggester

NAMES = ["admin:checkout", "read:checkout", "write:accounts:/auth/users", "openid"]
TABLE = Source("https://docs.dintero.com/docs/clients.md", SourceKind.SCOPE_TABLE)
CATALOGUE = Catalogue(
    schema_version=2,
    source="https://docs.dintero.com/llms.txt",
    fetched_at="2026-11-30T00:00:00Z",
    scopes=[Scope(name, None, None, None, None, None, [TABLE]) for name in NAMES],
    endpoints=[],
    findings=[],
)
GRANT_SCHEMA = json.loads(schema.files(CATALOGUE)[Path("generated/schema") / schema.GRANT_SCHEMA])
SUGGESTER = Suggester(NAMES)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
SCOPE_ITEMS = st.sampled_from([*NAMES, "checkout:admin", "Read:Checkout", ""]) | JSON
AUDIENCES = (
    st.sampled_from(
        [
            "https://api.dintero.com/v1/accounts/T12345678",
            "https://[/v1/accounts/P00000001",
            "https://api.dintero.com/v1/accounts/X12345678",
            "https://api.dintero.com/v1/accounts/T12345678\n",
            "http://api.dintero.com/v1/accounts/T12345678",
        ]
    )
    | JSON
)
VALUES = {
    "client_id": st.sampled_from(["", "webshop"]) | JSON,
    "audience": AUDIENCES,
    "scope": st.lists(SCOPE_ITEMS, max_size=4) | JSON,
    "type": st.sampled_from(["client_credentials"]) | JSON,
}
PAYLOADS = (
    st.fixed_dictionaries(
        {},
        optional={
            **VALUES,
            # A grant file may name its schema; only a string.
            "$schema": st.sampled_from([GRANT_SCHEMA["$id"], "grant.schema.json"]) | JSON,
            "scopes": JSON,
            "extra": JSON,
        },
    )
    | JSON
)


@settings(max_examples=500, deadline=None)
@given(PAYLOADS)
def test_the_check_gives_the_schemas_verdict(payload: Any) -> None:
    issues = grant_issues(payload, NAMES, SUGGESTER)
    valid = Draft202012Validator(GRANT_SCHEMA).is_valid(payload)
    assert (not issues) == valid, (payload, issues)


def test_unknown_scopes_get_did_you_mean() -> None:
    payload = {
        "client_id": "webshop",
        "audience": "https://api.dintero.com/v1/accounts/T12345678",
        "scope": ["checkout:admin", "Read:Checkout", "read:checkou", "nothing:like:it"],
        "type": "client_credentials",
    }
    issues = {issue.where: issue.suggestions for issue in grant_issues(payload, NAMES, SUGGESTER)}
    assert issues == {
        "scope/0": ("admin:checkout",),
        "scope/1": ("read:checkout",),
        "scope/2": ("read:checkout",),
        "scope/3": (),
    }


def test_ten_thousand_unknown_scopes_each_get_one_issue() -> None:
    payload = {key: "x" for key in REQUIRED} | {
        "audience": "https://api.dintero.com/v1/accounts/T12345678",
        "scope": [f"read:thing{i}" for i in range(10_000)],
    }
    issues = grant_issues(payload, NAMES, SUGGESTER)
    assert len(issues) == 10_000
    assert all(issue.where == f"scope/{i}" for i, issue in enumerate(issues))
