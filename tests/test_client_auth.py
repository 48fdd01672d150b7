"""The token endpoint as the docs describe it: an endpoint that authenticates the API client
itself (HTTP Basic with its client id and secret) needs no scope for client credentials,
in the catalogue and in every answer; the scopes its docs list apply to the Bearer grants."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scraper.build import build
from scraper.cli import main
from scraper.model import Catalogue, Endpoint, Records, Scope, Source, SourceKind
from scraper.parse import parse_document
from scraper.parse.client_auth import authenticates_client
from scraper.query import runtime_reference
from scraper.runtime import answers

CHECKOUT = "https://checkout.dintero.com/v1"
DOCS = "https://docs.dintero.com/api-reference/"
TOKEN_SCOPES = ["admin:accounts", "write:accounts", "write:accounts:/auth/users"]

# The page's own words, as the token endpoint's page and spec give them.
SAID = """\
Use this endpoint to directly request an access_token

### Client Access Token
Use HTTP Basic authentication scheme for
authenticating grant_type `client_credentials`, use
client_id/client_secret as user/password.

### Refresh Token
Use HTTP Bearer authentication scheme for authenticating
grant_type `refresh_token`.
"""

PAGE = f"""\
# Get Token

> Use this endpoint to directly request an access_token

## OpenAPI

````yaml /openapi/spec-payments.yaml post /accounts/{{oid}}/auth/token
openapi: 3.0.1
info:
  title: Checkout API
  version: LATEST
servers:
  - url: {CHECKOUT}
security: []
paths:
  /accounts/{{oid}}/auth/token:
    post:
      summary: Get Token
      description: |
{"".join("        " + line + chr(10) if line else chr(10) for line in SAID.splitlines())}
        scopes:
        - admin:accounts
        - write:accounts
      operationId: aid_auths_oauth_token_post
````
"""

SWAGGER = """\
swagger: '2.0'
info: {title: Checkout API, version: LATEST}
host: checkout.dintero.com
basePath: /v1
schemes: [https]
securityDefinitions:
  JWT: {type: apiKey, name: Authorization, in: header}
  clientAuth: {type: basic}
paths:
  /accounts/{oid}/auth/token:
    post:
      operationId: aid_auths_oauth_token_post
      summary: Get Token
      x-scopes: [admin:accounts, write:accounts]
      security: [{clientAuth: []}, {JWT: []}]
  /sessions:
    get:
      summary: List sessions
      x-scopes: [read:checkout]
      security: [{JWT: []}]
"""

OPENAPI3 = """\
openapi: 3.0.1
info: {title: Auth, version: LATEST}
servers: [{url: 'https://api.dintero.com/v1'}]
components:
  securitySchemes:
    client: {type: http, scheme: Basic}
    bearer: {type: http, scheme: bearer}
security: [{client: []}]
paths:
  /token:
    post: {summary: Token}
  /other:
    get: {summary: Other, security: [{bearer: []}]}
"""


@pytest.mark.parametrize(
    ("description", "said"),
    [
        (SAID, True),
        ("Use HTTP Basic authentication for grant_type client_credentials.", True),
        ("use http basic auth with grant_type=client_credentials", True),
        # Bearer for client_credentials is no client authentication.
        ("Use HTTP Bearer authentication for grant_type `client_credentials`.", False),
        # The two in different paragraphs say nothing together.
        ("Use HTTP Basic authentication.\n\nThe grant_type `client_credentials` is...", False),
        ("### HTTP Basic\n### client_credentials", False),
        ("Basic information about client credentials.", False),
        ("", False),
        (None, False),
    ],
)
def test_the_pages_own_words(description: str | None, said: bool) -> None:
    assert authenticates_client(description, None, {}) is said


def parsed(url: str, text: str, content_type: str = "text/markdown") -> dict[str, bool]:
    records = parse_document(url, content_type, text)
    return {f"{d.method} {d.server}{d.path}": d.client_auth for d in records.endpoints}


def test_an_api_page_that_says_so() -> None:
    assert parsed(DOCS + "authenticate/get-token.md", PAGE) == {
        f"POST {CHECKOUT}/accounts/{{oid}}/auth/token": True
    }


def test_a_spec_whose_operation_offers_a_basic_scheme() -> None:
    """Swagger 2.0's `type: basic` and OpenAPI 3's `http` `basic` (whatever its case); the
    spec's `security` where the operation has none, and never a scheme the operation's own
    security does not name."""
    swagger = parsed("https://docs.dintero.com/specs/spec.yaml", SWAGGER, "application/yaml")
    assert swagger == {
        f"POST {CHECKOUT}/accounts/{{oid}}/auth/token": True,
        f"GET {CHECKOUT}/sessions": False,
    }
    openapi = parsed("https://docs.dintero.com/specs/auth.yaml", OPENAPI3, "application/yaml")
    assert openapi == {
        "POST https://api.dintero.com/v1/token": True,
        "GET https://api.dintero.com/v1/other": False,
    }


@pytest.mark.parametrize(
    "spec",
    [
        {"securityDefinitions": {"c": {"type": "apiKey"}}},
        {"securityDefinitions": {"c": "basic"}},
        {"securityDefinitions": ["c"]},
        {"components": {"securitySchemes": {"c": {"type": "http", "scheme": "bearer"}}}},
        {"components": "x"},
        {},
    ],
)
def test_no_basic_scheme(spec: dict[str, Any]) -> None:
    for security in ([{"c": []}], [], "c", None, [["c"]]):
        assert authenticates_client(None, security, spec) is False


def test_one_account_of_an_endpoint_that_says_so_is_enough() -> None:
    """A page that says so and a spec that does not, of one endpoint: it authenticates the
    client. The scopes stay as listed: they are the Bearer grants'."""
    records = Records()
    records.extend(parse_document(DOCS + "authenticate/get-token.md", "text/markdown", PAGE))
    bare = SWAGGER.replace("security: [{clientAuth: []}, {JWT: []}]", "security: [{JWT: []}]")
    records.extend(parse_document("https://docs.dintero.com/specs/s.yaml", None, bare))
    catalogue = build(records, [], "https://docs.dintero.com/llms.txt", "2026-11-27T00:00:00Z")
    token = next(e for e in catalogue.endpoints if e.path.endswith("/auth/token"))
    assert token.client_auth is True
    assert token.scopes == ["admin:accounts", "write:accounts"]
    assert [e.client_auth for e in catalogue.endpoints if e is not token] == [False]
    assert json.loads(catalogue.to_json())["endpoints"][0]["client_auth"] is True


def scope(name: str) -> Scope:
    action, _, rest = name.partition(":")
    resource, _, restriction = rest.partition(":")
    source = Source(DOCS + "x.md", SourceKind.API_PAGE)
    return Scope(name, action, resource, restriction or None, None, None, [source])


def endpoint(method: str, path: str, *scopes: str, client_auth: bool = False) -> Endpoint:
    source = Source(f"{DOCS}{method.lower()}{path.replace('/', '-')}.md", SourceKind.API_PAGE)
    title = f"{method} {path}"
    return Endpoint(
        method, CHECKOUT, path, title, None, list(scopes), [source], [title], client_auth
    )


def plugin_catalogue() -> Catalogue:
    """What a checkout plugin calls: the token endpoint, sessions and transactions."""
    names = ["admin:checkout", "read:checkout", "write:checkout", *TOKEN_SCOPES]
    reading, writing = ("admin:checkout", "read:checkout"), ("admin:checkout", "write:checkout")
    return Catalogue(
        schema_version=2,
        source="https://docs.dintero.com/llms.txt",
        fetched_at="2026-11-27T00:00:00Z",
        scopes=[scope(name) for name in names],
        endpoints=[
            endpoint("POST", "/accounts/{oid}/auth/token", *TOKEN_SCOPES, client_auth=True),
            endpoint("POST", "/sessions-profile", *writing),
            endpoint("GET", "/sessions/{session_id}", *reading),
            endpoint("PUT", "/sessions/{session_id}", *writing),
            endpoint("GET", "/transactions/{id}", *reading),
            endpoint("POST", "/transactions/{id}/capture", *writing),
            endpoint("POST", "/transactions/{id}/refund", *writing),
            endpoint("POST", "/transactions/{id}/void", *writing),
            # A token endpoint whose docs name no scope still needs none.
            endpoint("POST", "/other/token", client_auth=True),
        ],
        findings=[],
    )


TOKEN = f"POST {CHECKOUT}/accounts/T12345678/auth/token"
PLUGIN = [
    TOKEN,
    f"POST {CHECKOUT}/sessions-profile",
    f"GET {CHECKOUT}/sessions/s1",
    f"PUT {CHECKOUT}/sessions/s1",
    f"GET {CHECKOUT}/transactions/t1",
    f"POST {CHECKOUT}/transactions/t1/capture",
    f"POST {CHECKOUT}/transactions/t1/refund",
    f"POST {CHECKOUT}/transactions/t1/void",
]


@pytest.fixture
def catalogue_file(tmp_path: Path) -> str:
    path = tmp_path / "catalogue.json"
    path.write_text(plugin_catalogue().to_json(), encoding="utf-8")
    return str(path)


def test_a_checkout_plugin_needs_read_and_write_checkout(
    catalogue_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["need", "--catalogue", catalogue_file, *PLUGIN]) == 0
    out = capsys.readouterr().out
    head = out.split("\n\n")[0].splitlines()
    assert head[0] == "Least-privilege scopes: read:checkout write:checkout"
    note = next(line for line in head if line.startswith("Note: "))
    assert note.startswith(f"Note: {TOKEN} needs no scope with client credentials")
    assert "HTTP Basic" in note and ", ".join(TOKEN_SCOPES) in note
    assert "Bearer grant types" in note
    assert main(["need", "--json", "--catalogue", catalogue_file, *PLUGIN]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["scopes"] == ["read:checkout", "write:checkout"]
    token, *others = answer["calls"]
    assert (token["client_auth"], token["accepted"], token["problem"]) == (True, [], None)
    assert token["bearer_scopes"] == TOKEN_SCOPES
    assert token["endpoint"]["path"] == "/accounts/{oid}/auth/token"
    assert all(not c["client_auth"] and c["bearer_scopes"] == [] for c in others)
    assert all(c["accepted"] for c in others)


def test_the_token_call_alone_needs_no_scope(
    catalogue_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = [TOKEN, f"POST {CHECKOUT}/other/token"]
    assert main(["need", "--catalogue", catalogue_file, *calls]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Least-privilege scopes: none (no call needs a scope)\n")
    reference = runtime_reference(plugin_catalogue())
    assert answers.least_privilege(reference, [("post", f"{CHECKOUT}/other/token")]) == ()


def test_check_grant_counts_the_token_call_covered(
    catalogue_file: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    payload = {
        "client_id": "c",
        "audience": "https://api.dintero.com/v1/accounts/T12345678",
        "scope": ["read:checkout", "write:checkout"],
        "type": "client_credentials",
    }
    grant = tmp_path / "grant.json"
    grant.write_text(json.dumps(payload))
    assert main(["check-grant", "--catalogue", catalogue_file, str(grant), *PLUGIN]) == 0
    assert capsys.readouterr().out.endswith("The grant fits the calls.\n")
    # The token endpoint's own scopes are no call's need: granting one is over-granting.
    wider = {**payload, "scope": [*payload["scope"], "write:accounts:/auth/users"]}
    grant.write_text(json.dumps(wider))
    assert main(["check-grant", "--json", "--catalogue", catalogue_file, str(grant), *PLUGIN]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["uncovered"] == [] and report["unneeded"] == ["write:accounts:/auth/users"]


def test_any_token_may_call_it() -> None:
    reference = runtime_reference(plugin_catalogue())
    url = f"{CHECKOUT}/accounts/T1/auth/token"
    assert reference.lookup.is_allowed([], "POST", url)
    assert reference.lookup.scopes_for("POST", url) == tuple(TOKEN_SCOPES)
    assert not reference.lookup.is_allowed(["write:checkout"], "GET", f"{CHECKOUT}/sessions/s")
