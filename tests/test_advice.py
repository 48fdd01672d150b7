"""need, explain and check-grant, through the CLI and on a small catalogue."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scraper.cli import main
from scraper.model import Catalogue, Endpoint, Scope, Source

API = "https://api.dintero.com/v1"
CHECKOUT = "https://checkout.dintero.com/v1"
PAGE = Source("https://docs.dintero.com/api-reference/x.md", "api_page")


def scope(name: str) -> Scope:
    action, _, rest = name.partition(":")
    resource, _, restriction = rest.partition(":")
    group = None if action == "admin" else f"admin:{resource}"
    return Scope(name, action, resource, restriction or None, None, group, [PAGE])


def endpoint(method: str, server: str, path: str, *scopes: str) -> Endpoint:
    return Endpoint(
        method, server, path, f"{method} {path}", f"https://docs/{path}", list(scopes), [PAGE]
    )


CATALOGUE = Catalogue(
    schema_version=1,
    source="https://docs.dintero.com/llms.txt",
    fetched_at="2026-11-27T04:23:00Z",
    scopes=[
        scope(s)
        for s in (
            "admin:accounts",
            "admin:checkout",
            "read:accounts",
            "read:checkout",
            "write:checkout",
        )
    ],
    endpoints=[
        endpoint(
            "GET", API, "/accounts/{aid}/management/accounts", "admin:accounts", "read:accounts"
        ),
        endpoint("GET", CHECKOUT, "/transactions", "admin:checkout", "read:checkout"),
        endpoint(
            "POST", CHECKOUT, "/transactions/{id}/capture", "admin:checkout", "write:checkout"
        ),
        endpoint("GET", CHECKOUT, "/transactions/{id}", "admin:checkout", "read:checkout"),
        endpoint("DELETE", CHECKOUT, "/transactions/{id}", "admin:checkout"),
        endpoint("GET", API, "/sessions", "read:checkout"),
        endpoint("GET", CHECKOUT, "/sessions"),
        endpoint("GET", API, "/undocumented"),
    ],
    findings=[],
)


@pytest.fixture
def catalogue(tmp_path: Path) -> str:
    path = tmp_path / "catalogue.json"
    path.write_text(CATALOGUE.to_json())
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_need_prints_the_least_privilege_scopes_and_each_match(
    catalogue: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        "need",
        "--catalogue",
        catalogue,
        "GET",
        f"{API}/accounts/T12345678/management/accounts",
        "post",
        f"{CHECKOUT}/transactions/tr_1/capture?x=1",
    )
    assert code == 0
    assert out.splitlines()[0] == "Least-privilege scopes: read:accounts write:checkout"
    assert f"endpoint  POST {CHECKOUT}/transactions/{{id}}/capture" in out
    assert "docs      https://docs//transactions/{id}/capture" in out


def test_need_json_for_scripts(catalogue: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "need",
        "--catalogue",
        catalogue,
        "--json",
        "DELETE",
        f"{CHECKOUT}/transactions/tr_1",
        "GET",
        f"{CHECKOUT}/transactions/tr_1",
    )
    answer = json.loads(out)
    assert code == 0
    assert answer["scopes"] == ["admin:checkout"]
    assert answer["calls"][1] == {
        "method": "GET",
        "url": f"{CHECKOUT}/transactions/tr_1",
        "endpoint": {"method": "GET", "server": CHECKOUT, "path": "/transactions/{id}"},
        "accepted": ["admin:checkout", "read:checkout"],
        "problem": None,
    }


@pytest.mark.parametrize(
    ("call", "problem"),
    [
        (("GET", f"{API}/nowhere"), "unknown: no documented endpoint matches GET"),
        (("GET", "https://elsewhere.example/v1/sessions"), "no endpoint is documented on"),
        (("GET", "/v1/sessions"), "ambiguous: GET /v1/sessions matches 2 documented endpoints"),
        (("GET", f"{API}/undocumented"), "the docs name no scope for this endpoint"),
    ],
)
def test_unknown_ambiguous_and_undocumented_calls_get_a_clear_answer(
    catalogue: str, capsys: pytest.CaptureFixture[str], call: tuple[str, str], problem: str
) -> None:
    code, out, _ = run(
        capsys, "need", "--catalogue", catalogue, "--json", *call, "GET", f"{CHECKOUT}/transactions"
    )
    answer: dict[str, Any] = json.loads(out)
    assert code == 1
    assert problem in answer["calls"][0]["problem"]
    assert answer["calls"][0]["accepted"] == []
    # The calls that do match are still answered, and nothing is guessed for the others.
    assert answer["scopes"] == ["read:checkout"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["GET"], "calls come in pairs"),
        (["FETCH", "/v1/sessions"], "'FETCH' is not an HTTP method"),
        (["GET", "sessions"], "neither an absolute URL nor a path"),
        ([], "no calls given"),
        (["--file", "/nonexistent/calls.txt"], "/nonexistent/calls.txt"),
    ],
)
def test_malformed_calls_are_one_line_errors(
    catalogue: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, "need", "--catalogue", catalogue, *args)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and message in err


def test_need_reads_a_file_of_calls(
    catalogue: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    calls = tmp_path / "calls.txt"
    calls.write_text(
        f"# the webshop\nGET {CHECKOUT}/transactions\n\nPOST /v1/transactions/1/capture\n"
    )
    code, out, _ = run(capsys, "need", "--catalogue", catalogue, "--file", str(calls))
    assert code == 0
    assert out.startswith("Least-privilege scopes: read:checkout write:checkout\n")
    calls.write_text("GET\n")
    code, _, err = run(capsys, "need", "--catalogue", catalogue, "--file", str(calls))
    assert code == 2 and "line 1: expected 'METHOD URL'" in err


def test_explain_a_scope(catalogue: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "--catalogue", catalogue, "read:checkout")
    assert code == 0
    assert "  group        admin:checkout" in out
    assert "Accepted by 3 documented endpoints:" in out
    # admin:checkout does not grant GET /sessions on the API, so it is no wider scope.
    assert "Wider scopes" not in out
    code, out, _ = run(capsys, "explain", "--catalogue", catalogue, "write:checkout")
    assert "  admin:checkout (+3)" in out
    code, out, _ = run(capsys, "explain", "--catalogue", catalogue, "admin:checkout")
    assert "Narrower scopes that grant part of these and nothing else:" in out
    assert "  read:checkout" not in out  # read:checkout also grants GET /sessions on the API
    assert "  write:checkout (1 endpoints)" in out
    code, _, err = run(capsys, "explain", "--catalogue", catalogue, "checkout:read")
    assert code == 1 and "did you mean" in err and "read:checkout" in err


GRANT = {
    "client_id": "webshop",
    "audience": "https://api.dintero.com/v1/accounts/T12345678",
    "scope": ["admin:checkout", "read:accounts"],
    "type": "client_credentials",
}


def grant_file(tmp_path: Path, payload: object) -> str:
    path = tmp_path / "grant.json"
    path.write_text(json.dumps(payload))
    return str(path)


def test_check_grant_reports_over_granting(
    catalogue: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    payload = grant_file(tmp_path, GRANT)
    code, out, _ = run(
        capsys,
        "check-grant",
        "--catalogue",
        catalogue,
        "--json",
        payload,
        "GET",
        f"{CHECKOUT}/transactions",
    )
    report = json.loads(out)
    assert code == 1
    assert report["schema_errors"] == []
    assert (report["unneeded"], report["wider"]) == (["read:accounts"], ["admin:checkout"])
    assert report["least"]["scopes"] == ["read:checkout"]
    fitting = grant_file(tmp_path, {**GRANT, "scope": ["read:checkout"]})
    code, out, _ = run(
        capsys, "check-grant", "--catalogue", catalogue, fitting, "GET", f"{CHECKOUT}/transactions"
    )
    assert code == 0 and "The grant fits the calls." in out


def test_check_grant_reports_missing_scopes_and_schema_errors(
    catalogue: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    payload = grant_file(tmp_path, {**GRANT, "scope": ["read:accounts", "checkout:admin"]})
    code, out, _ = run(
        capsys, "check-grant", "--catalogue", catalogue, payload, "GET", f"{CHECKOUT}/transactions"
    )
    assert code == 1
    assert "Schema: invalid" in out and "scope/1: 'checkout:admin' is not valid" in out
    assert (
        f"Not covered: GET {CHECKOUT}/transactions needs one of admin:checkout, read:checkout"
        in out
    )
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    code, _, err = run(capsys, "check-grant", "--catalogue", catalogue, str(broken))
    assert code == 2 and "broken.json is not JSON" in err
