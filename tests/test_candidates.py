"""A name that is no endpoint's title gets ranked candidates from the words of titles,
operationIds, paths and scope restrictions, and is never guessed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scraper.cli import main
from scraper.model import Catalogue, Endpoint, Scope, Source, SourceKind
from scraper.query import runtime_reference
from scraper.runtime.candidates import MAX_CANDIDATES, rank, words

API = "https://api.dintero.com/v1"
USERS = "/accounts/{aid}/customers/users"
ONE = USERS + "/{customer_id}"


def scope(name: str) -> Scope:
    action, _, rest = name.partition(":")
    resource, _, restriction = rest.partition(":")
    source = Source("https://docs.dintero.com/docs/clients.md", SourceKind.SCOPE_TABLE)
    return Scope(name, action, resource, restriction or None, None, None, [source])


def endpoint(method: str, path: str, title: str, operation: str, *scopes: str) -> Endpoint:
    slug = title.lower().replace(" ", "-")
    source = Source(
        f"https://docs.dintero.com/api-reference/customers/{slug}.md", SourceKind.API_PAGE
    )
    return Endpoint(
        method, API, path, title, None, list(scopes), [source], sorted([title, operation])
    )


# As the real docs have it: the guide's "Customer details" is no title, but the details
# endpoint accepts a scope restricted to /customer/details.
DETAILS = "user:customers:/customer/details"
CATALOGUE = Catalogue(
    schema_version=2,
    source="https://docs.dintero.com/llms.txt",
    fetched_at="2026-11-27T00:00:00Z",
    scopes=[scope(s) for s in ("admin:customers", "read:customers", "write:customers", DETAILS)],
    endpoints=[
        endpoint("GET", USERS, "List customers users", "aid_customers_get", "read:customers"),
        endpoint("POST", USERS, "Create customers users", "aid_customers_post", "write:customers"),
        endpoint(
            "GET", ONE, "Get customers users", "aid_customers_cid_get", "read:customers", DETAILS
        ),
        endpoint("PUT", ONE, "Update customers users", "aid_customers_cid_put", "write:customers"),
        endpoint(
            "DELETE", ONE, "Delete customers users", "aid_customers_cid_delete", "admin:customers"
        ),
        endpoint(
            "GET", "/accounts/{aid}/receipts", "List receipts", "aid_receipts_get", "read:customers"
        ),
    ],
    findings=[],
)


def test_words_of_titles_operation_ids_paths_and_scopes() -> None:
    assert words("Customer details") == {"customer", "detail"}
    assert words("aid_customers_cid_get") == {"aid", "customer", "cid", "get"}
    assert words("/accounts/{aid}/customers/users/{customer_id}") == {
        "account", "aid", "customer", "user", "id"
    }  # fmt: skip
    assert words("listCustomerUsers") == {"list", "customer", "user"}
    assert words("access") == {"access"} and words("") == set()


def test_the_endpoint_whose_scope_names_the_details_ranks_first() -> None:
    reference = runtime_reference(CATALOGUE)
    found = rank("Customer details", reference.endpoints)
    assert [(e.method, e.path) for e in found][:1] == [("GET", ONE)]
    # Every candidate shares a word; the receipts endpoint shares none.
    assert all("customer" in e.path for e in found)
    assert len(found) <= MAX_CANDIDATES
    assert rank("nothing alike", reference.endpoints) == ()
    assert rank("x" * 10_000, reference.endpoints) == ()


@pytest.fixture
def catalogue_file(tmp_path: Path) -> str:
    path = tmp_path / "catalogue.json"
    path.write_text(CATALOGUE.to_json())
    return str(path)


def asked(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_need_offers_candidates_and_picks_none(
    catalogue_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = asked(capsys, "need", "--name", "Customer details", "--catalogue", catalogue_file)
    assert code == 1
    assert out.startswith("No scope can be named")
    assert "problem   unknown: no documented endpoint is named 'Customer details'" in out
    assert "hint      these endpoints share its words; give one as METHOD URL" in out
    first = out.split("  candidate ")[1]
    assert first.startswith(f"GET {API}{ONE} (Get customers users)")
    code, out = asked(
        capsys, "need", "--json", "--name", "Customer details", "--catalogue", catalogue_file
    )
    answer: dict[str, Any] = json.loads(out)
    assert answer["scopes"] == [] and answer["calls"][0]["endpoint"] is None
    candidates = answer["calls"][0]["problem"]["candidates"]
    assert candidates[0] == {
        "method": "GET",
        "server": API,
        "path": ONE,
        "title": "Get customers users",
        "doc_url": None,
    }


def test_a_misspelt_title_still_gets_did_you_mean(
    catalogue_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = asked(
        capsys, "need", "--name", "List customer users", "--catalogue", catalogue_file
    )
    assert code == 1 and "did you mean 'List customers users'?" in out
