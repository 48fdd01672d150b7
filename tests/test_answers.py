"""need, explain and check-grant, through the CLI and on a small catalogue."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from scraper.cli import main
from scraper.model import Catalogue, Endpoint, Scope, Source, SourceKind
from tests.conftest import ROOT

API = "https://api.dintero.com/v1"
CHECKOUT = "https://checkout.dintero.com/v1"
PAGE = Source("https://docs.dintero.com/api-reference/x.md", SourceKind.API_PAGE)


def scope(name: str) -> Scope:
    action, _, rest = name.partition(":")
    resource, _, restriction = rest.partition(":")
    group = None if action == "admin" else f"admin:{resource}"
    return Scope(name, action, resource, restriction or None, None, group, [PAGE])


def endpoint(
    method: str, server: str, path: str, *scopes: str, page: str = "x", names: tuple[str, ...] = ()
) -> Endpoint:
    source = Source(f"https://docs.dintero.com/api-reference/{page}.md", SourceKind.API_PAGE)
    title = f"{method} {path}"
    return Endpoint(
        method,
        server,
        path,
        title,
        f"https://docs/{path}",
        list(scopes),
        [source],
        sorted({title, *names}),
    )


CATALOGUE = Catalogue(
    schema_version=2,
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
        endpoint(
            "GET",
            CHECKOUT,
            "/transactions",
            "admin:checkout",
            "read:checkout",
            names=("get_transactions",),
        ),
        endpoint(
            "POST",
            CHECKOUT,
            "/transactions/{id}/capture",
            "admin:checkout",
            "write:checkout",
            page="capture",
            names=("Capture a transaction",),
        ),
        endpoint("GET", CHECKOUT, "/transactions/{id}", "admin:checkout", "read:checkout"),
        endpoint("DELETE", CHECKOUT, "/transactions/{id}", "admin:checkout"),
        endpoint("GET", API, "/sessions", "read:checkout", names=("Sessions",)),
        endpoint("GET", CHECKOUT, "/sessions", names=("sessions",)),
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
        "given": f"GET {CHECKOUT}/transactions/tr_1",
        "kind": "url",
        "method": "GET",
        "target": f"{CHECKOUT}/transactions/tr_1",
        "endpoint": {
            "method": "GET",
            "server": CHECKOUT,
            "path": "/transactions/{id}",
            "title": "GET /transactions/{id}",
            "doc_url": "https://docs//transactions/{id}",
        },
        "accepted": ["admin:checkout", "read:checkout"],
        "client_auth": False,
        "bearer_scopes": [],
        "problem": None,
    }


@pytest.mark.parametrize(
    ("call", "kind", "message", "hint"),
    [
        (("GET", f"{API}/nowhere"), "unknown", "no documented endpoint matches GET", None),
        (
            ("GET", "https://elsewhere.example/v1/sessions"),
            "unknown",
            "no endpoint is documented on https://elsewhere.example",
            f"try {API}/sessions or {CHECKOUT}/sessions",
        ),
        (
            ("GET", "/accounts/{aid}/management/accounts"),
            "unknown",
            "no documented endpoint matches",
            "paths start with the server's path prefix: try /v1/accounts/{aid}/management/accounts",
        ),
        (
            ("GET", "/v1/sessions"),
            "ambiguous",
            "GET /v1/sessions matches 2 documented endpoints",
            "give the absolute URL, with the server",
        ),
        (("GET", f"{API}/undocumented"), "no_scope", "the docs name no scope", "see its docs page"),
    ],
)
def test_unknown_ambiguous_and_undocumented_calls_get_a_clear_answer(
    catalogue: str,
    capsys: pytest.CaptureFixture[str],
    call: tuple[str, str],
    kind: str,
    message: str,
    hint: str | None,
) -> None:
    code, out, _ = run(
        capsys, "need", "--catalogue", catalogue, "--json", *call, "GET", f"{CHECKOUT}/transactions"
    )
    answer: dict[str, Any] = json.loads(out)
    assert code == 1
    problem = answer["calls"][0]["problem"]
    assert (problem["kind"], problem["hint"]) == (kind, hint)
    assert message in problem["message"]
    assert answer["calls"][0]["accepted"] == []
    # The calls that do match are still answered, and nothing is guessed for the others.
    assert answer["scopes"] == ["read:checkout"]


def test_an_ambiguous_call_lists_its_candidates(
    catalogue: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "need", "--catalogue", catalogue, "GET", "/v1/sessions")
    assert code == 1
    assert f"  candidate GET {API}/sessions (GET /sessions)" in out
    assert f"  candidate GET {CHECKOUT}/sessions (GET /sessions)" in out
    code, out, _ = run(capsys, "need", "--catalogue", catalogue, "--json", "GET", "/v1/sessions")
    candidates = json.loads(out)["calls"][0]["problem"]["candidates"]
    assert [c["server"] for c in candidates] == [API, CHECKOUT]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["GET"], "calls come in pairs"),
        (["FETCH", "/v1/sessions"], "'FETCH' is neither an HTTP method"),
        (["GET", "sessions"], "neither an absolute URL nor a path"),
        (["GET", "https://[x/v1/sessions"], "Invalid IPv6 URL"),
        (["GET", "https://api.dintero.com:99999/v1"], "Port out of range"),
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


def test_a_malformed_call_is_a_problem_of_its_kind_in_json(
    catalogue: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "need", "--catalogue", catalogue, "--json", "GET", "sessions", "GET", "/v1/sessions"
    )
    assert code == 2
    kinds = [call["problem"]["kind"] for call in json.loads(out)["calls"]]
    assert kinds == ["malformed", "ambiguous"]


def test_a_quoted_call_and_docs_pages_stand_for_calls(
    catalogue: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        "need",
        "--catalogue",
        catalogue,
        "--json",
        f"GET {CHECKOUT}/transactions",
        "https://docs.dintero.com/api-reference/capture.md",
        "https://docs.dintero.com/api-reference/capture/",
    )
    answer = json.loads(out)
    assert code == 0, answer
    assert answer["scopes"] == ["read:checkout", "write:checkout"]
    assert [c["kind"] for c in answer["calls"]] == ["url", "page", "page"]
    assert answer["calls"][1]["endpoint"]["path"] == "/transactions/{id}/capture"


def test_endpoints_by_name(catalogue: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "need",
        "--catalogue",
        catalogue,
        "--json",
        "--name",
        "capture  a TRANSACTION",
        "--name",
        "get_transactions",
    )
    answer = json.loads(out)
    assert code == 0, answer
    assert answer["scopes"] == ["read:checkout", "write:checkout"]
    code, out, _ = run(capsys, "need", "--catalogue", catalogue, "--json", "--name", "Sessions")
    problem = json.loads(out)["calls"][0]["problem"]
    assert code == 1 and problem["kind"] == "ambiguous"
    assert sorted(c["server"] for c in problem["candidates"]) == [API, CHECKOUT]
    code, out, _ = run(capsys, "need", "--catalogue", catalogue, "--name", "Capture transactio")
    assert code == 1 and "did you mean 'Capture a transaction'?" in out


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
    assert code == 2 and "line 1: expected 'METHOD URL' or a docs page URL" in err


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom"]
)
def test_files_of_calls_in_the_encodings_editors_and_shells_write(
    catalogue: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, encoding: str
) -> None:
    text = f"GET {CHECKOUT}/transactions\r\nPOST /v1/transactions/1/capture\r\n"
    boms = {"utf-16-le-bom": codecs.BOM_UTF16_LE, "utf-16-be-bom": codecs.BOM_UTF16_BE}
    if encoding in boms:
        data = boms[encoding] + text.encode(encoding.removesuffix("-bom"))
    else:
        data = text.encode(encoding)
    calls = tmp_path / "calls.txt"
    calls.write_bytes(data)
    code, out, err = run(capsys, "need", "--catalogue", catalogue, "--file", str(calls))
    assert (code, err) == (0, "")
    assert out.startswith("Least-privilege scopes: read:checkout write:checkout\n")


def test_files_that_are_not_text_or_too_large_are_refused(
    catalogue: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    calls = tmp_path / "calls.bin"
    calls.write_bytes(b"GET /v1/x\n\xff\xfe\xfa")
    code, _, err = run(capsys, "need", "--catalogue", catalogue, "--file", str(calls))
    assert code == 2 and "is not UTF-8 or UTF-16 text" in err
    calls.write_bytes(b"# nothing\n" * 200_000)
    code, _, err = run(capsys, "need", "--catalogue", catalogue, "--file", str(calls))
    assert code == 2 and "is larger than 1000000 bytes" in err


@pytest.mark.slow
def test_calls_from_standard_input(catalogue: str, tmp_path: Path) -> None:
    text = f"GET {CHECKOUT}/transactions\n"
    for args in (["--file", "-"], []):
        done = subprocess.run(
            [sys.executable, "-m", "scraper.cli", "need", "--catalogue", catalogue, *args],
            input=text,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("Least-privilege scopes: read:checkout\n")
    done = subprocess.run(
        [sys.executable, "-m", "scraper.cli", "need", "--catalogue", catalogue],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and "no calls given" in done.stderr


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
    assert code == 1 and "did you mean read:checkout?" in err


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
    assert report["least"]["decided_by"] == "fewest admin scopes"
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
    assert "Schema: invalid" in out
    assert "scope/1: 'checkout:admin' is no documented scope; did you mean admin:checkout?" in out
    assert (
        f"Not covered: GET {CHECKOUT}/transactions needs one of admin:checkout, read:checkout"
        in out
    )
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    code, _, err = run(capsys, "check-grant", "--catalogue", catalogue, str(broken))
    assert code == 2 and "broken.json is not JSON" in err


GRANT_FILE = ROOT / "tests" / "fixtures" / "grant.json"
PARITY = [
    ["need", "GET", "/v1/accounts/T12345678/customers/users"],
    ["need", "--json", "POST https://checkout.dintero.com/v1/accounts/T12345678/auth/token"],
    ["need", "GET", "/v1/sessions", "GET", "/accounts/T12345678/customers/users"],
    ["need", "--json", "GET", "https://elsewhere.example/v1/accounts/T1/customers/users"],
    ["need", "https://docs.dintero.com/api-reference/users/customer-collection"],
    ["need", "--json", "--name", "customer COLLECTION", "--name", "no such request"],
    ["need", "GET", "sessions"],
    ["need", "--json", "GET", "https://[x/v1"],
    ["need", "FETCH", "/v1/x"],
    ["explain", "read:customers"],
    ["explain", "customers:read"],
    [
        "check-grant",
        str(ROOT / "tests/fixtures/grant.json"),
        "GET",
        "/v1/accounts/T1/customers/users",
    ],
    ["check-grant", "--json", str(ROOT / "tests/fixtures/grant.json")],
]


@pytest.mark.parametrize("args", PARITY, ids=[" ".join(a[:3]) for a in PARITY])
@pytest.mark.slow
def test_the_package_answers_as_the_tool(args: list[str]) -> None:
    """The committed package's own command and the tool give the same answers and codes."""

    def run(*command: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
        done = subprocess.run(
            [sys.executable, *command, *args],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        return done.returncode, done.stdout, done.stderr

    tool = run("-m", "scraper.cli")
    package = run(
        "-m",
        "dintero_scopes",
        env={**os.environ, "PYTHONPATH": str(ROOT / "generated" / "python" / "src")},
    )
    assert package[0] == tool[0] and package[1] == tool[1]
    assert package[2].replace("dintero-scopes-query", "dintero-scopes") == tool[2]


def test_a_grant_too_large_is_refused_with_one_line(
    catalogue: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    payload = {**GRANT, "scope": ["read:thing"] * 200_000}
    code, out, err = run(
        capsys, "check-grant", "--catalogue", catalogue, grant_file(tmp_path, payload)
    )
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "is larger than 1000000 bytes" in err


@pytest.mark.slow
def test_answers_come_from_the_tools_own_catalogue_from_any_folder(tmp_path: Path) -> None:
    """Not the current folder's: the same answer as naming the checkout's catalogue."""
    (tmp_path / "generated").mkdir()
    (tmp_path / "generated" / "catalogue.json").write_text("not the catalogue")
    asked = ["need", "--json", "GET", "/v1/accounts/T12345678/customers/users"]
    named = ["--catalogue", str(ROOT / "generated" / "catalogue.json")]
    answers = [
        subprocess.run(
            [sys.executable, "-m", "scraper.cli", *asked, *extra],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        for extra in ([], named)
    ]
    assert answers[0].returncode in (0, 1) and answers[0].stderr == ""
    assert answers[0].stdout == answers[1].stdout


def test_the_helpdesk_of_the_client_setup_guide_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The guide names the requests a helpdesk needs by their pages' titles."""
    source = Source("https://docs.dintero.com/api-reference/users/customer.md", SourceKind.API_PAGE)
    customers = "/accounts/{aid}/customers/users"
    reading = ["admin:customers", "read:customers"]
    collection = Endpoint("GET", API, customers, "Customer collection", None, reading, [source])
    one = customers + "/{customer_id}"
    details = Endpoint("GET", API, one, "Customer details", None, reading, [source])
    collection.names = ["Customer collection"]
    details.names = ["Customer details", "aid_customers_cid_get"]
    helpdesk = replace(
        CATALOGUE,
        scopes=[*CATALOGUE.scopes, scope("admin:customers"), scope("read:customers")],
        endpoints=[*CATALOGUE.endpoints, collection, details],
    )
    path = tmp_path / "helpdesk.json"
    path.write_text(helpdesk.to_json())
    names = ["--name", "Customer collection", "--name", "customer DETAILS"]
    code, out, _ = run(capsys, "need", "--catalogue", str(path), "--json", *names)
    assert code == 0 and json.loads(out)["scopes"] == ["read:customers"]
