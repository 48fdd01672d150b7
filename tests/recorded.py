"""A small catalogue of our own, and the calls of an integration recorded as a HAR file
and as a Postman collection, with a secret planted in every place one can sit.

Every secret contains SECRET, so a test checks that no output holds the word.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scraper.model import Catalogue, Endpoint, Scope, Source, SourceKind
from scraper.runtime.scopes import parse_scope

API = "https://api.dintero.com/v1"
CHECKOUT = "https://checkout.dintero.com/v1"
PAGE = Source("https://docs.dintero.com/docs/clients.md", SourceKind.SCOPE_TABLE)
SECRET = "SECRET"


def _scope(name: str) -> Scope:
    parts = parse_scope(name)
    group = None if parts.action == "admin" else f"admin:{parts.resource}"
    return Scope(name, parts.action, parts.resource, parts.restriction, None, group, [PAGE])


def _endpoint(method: str, server: str, path: str, *scopes: str) -> Endpoint:
    page = f"https://docs.dintero.com/api-reference{path.replace('{', '').replace('}', '')}"
    title = f"{method} {path}"
    source = Source(page + ".md", SourceKind.API_PAGE)
    return Endpoint(method, server, path, title, page, list(scopes), [source], [title])


CATALOGUE = Catalogue(
    schema_version=2,
    source="https://docs.dintero.com/llms.txt",
    fetched_at="2026-11-27T04:23:00Z",
    scopes=[
        _scope(name)
        for name in (
            "admin:checkout",
            "admin:customers",
            "read:checkout",
            "read:customers",
            "user:customers",
            "write:checkout",
            "write:customers",
        )
    ],
    endpoints=[
        _endpoint(
            "GET", API, "/accounts/{aid}/customers/users", "admin:customers", "read:customers"
        ),
        _endpoint(
            "GET",
            API,
            "/accounts/{aid}/customers/users/{customer_id}",
            "admin:customers",
            "read:customers",
            "user:customers",
        ),
        _endpoint(
            "POST", API, "/accounts/{aid}/customers/users", "admin:customers", "write:customers"
        ),
        _endpoint("GET", CHECKOUT, "/transactions/{id}", "admin:checkout", "read:checkout"),
        _endpoint(
            "POST", CHECKOUT, "/transactions/{id}/capture", "admin:checkout", "write:checkout"
        ),
        _endpoint("POST", CHECKOUT, "/sessions-profile", "admin:checkout", "write:checkout"),
    ],
    findings=[],
)

# The Helpdesk client of Dintero's client-setup guide: list customers, read one.
HELPDESK = (
    f"GET {API}/accounts/T12345678/customers/users",
    f"GET {API}/accounts/T12345678/customers/users/c1",
)
# What the integration calls, as call lines.
CALLS = (
    *HELPDESK,
    f"POST {CHECKOUT}/sessions-profile",
    f"GET {CHECKOUT}/transactions/T12345678.abc",
    f"POST {CHECKOUT}/transactions/T12345678.abc/capture",
)
OTHER_HOSTS = {"fonts.gstatic.com": 2, "www.google-analytics.com": 1, "data:": 1}


def write_catalogue(folder: Path) -> Path:
    path = folder / "catalogue.json"
    path.write_text(CATALOGUE.to_json())
    return path


def write_json(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, indent=1))
    return path


def _har_entry(method: str, url: str, headers: tuple[tuple[str, str], ...] = ()) -> dict[str, Any]:
    """A HAR 1.2 entry as a browser saves it, secrets in every field that may hold one."""
    return {
        "startedDateTime": "2026-11-27T08:00:00.000Z",
        "time": 12.5,
        "request": {
            "method": method,
            "url": url,
            "httpVersion": "HTTP/2",
            "headers": [
                {"name": "Authorization", "value": f"Bearer {SECRET}-header-token"},
                {"name": "Cookie", "value": f"sid={SECRET}-cookie-header"},
                *({"name": name, "value": value} for name, value in headers),
            ],
            "cookies": [{"name": "sid", "value": f"{SECRET}-cookie"}],
            "queryString": [{"name": "access_token", "value": f"{SECRET}-query-list"}],
            "postData": {
                "mimeType": "application/x-www-form-urlencoded",
                "text": f"client_secret={SECRET}-body",
                "params": [{"name": "client_secret", "value": f"{SECRET}-param"}],
            },
            "headersSize": -1,
            "bodySize": 42,
        },
        "response": {
            "status": 200,
            "statusText": "OK",
            "httpVersion": "HTTP/2",
            "headers": [{"name": "Set-Cookie", "value": f"sid={SECRET}-set-cookie"}],
            "cookies": [{"name": "sid", "value": f"{SECRET}-response-cookie"}],
            "content": {
                "size": 30,
                "mimeType": "application/json",
                "text": json.dumps({"access_token": f"{SECRET}-response-body"}),
            },
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": 30,
        },
        "cache": {},
        "timings": {"send": 0, "wait": 10, "receive": 2.5},
        "comment": f"{SECRET}-comment",
    }


def _with_secrets(url: str) -> str:
    """The URL as a careless client sends it: userinfo, a query and a fragment."""
    scheme, _, rest = url.partition("://")
    return f"{scheme}://user:{SECRET}-userinfo@{rest}?api_key={SECRET}-query#{SECRET}-fragment"


def har(calls: tuple[str, ...] = CALLS) -> dict[str, Any]:
    """The calls recorded by a browser, with what else a browser records: repeats to the
    same endpoints, CORS preflights, other hosts and an inline image."""
    entries = []
    for line in calls:
        method, url = line.split()
        if method != "GET":
            preflight = (("Access-Control-Request-Method", method),)
            entries.append(_har_entry("OPTIONS", url, preflight))
        entries.append(_har_entry(method, _with_secrets(url)))
    entries += [
        # The same endpoints again, for another customer: repeats, not new calls.
        _har_entry("GET", f"{API}/accounts/T12345678/customers/users/c2"),
        _har_entry("GET", f"{API}/accounts/T12345678/customers/users/c3?{SECRET}=1"),
        _har_entry("GET", f"https://fonts.gstatic.com/s/{SECRET}-other-host-path.woff2"),
        _har_entry("GET", "https://fonts.gstatic.com/s/font.woff2"),
        _har_entry("POST", f"https://www.google-analytics.com/collect?tid={SECRET}-other-query"),
        _har_entry("GET", f"data:image/png;base64,{SECRET}"),
    ]
    return {
        "log": {
            "version": "1.2",
            "creator": {"name": "WebInspector", "version": "537.36"},
            "pages": [{"id": "page_1", "title": f"https://app.example/?token={SECRET}-page"}],
            "entries": entries,
        }
    }


def _postman_auth(kind: str) -> dict[str, Any]:
    return {
        "type": kind,
        kind: [
            {"key": "token", "value": f"{SECRET}-{kind}-token", "type": "string"},
            {"key": "username", "value": "client", "type": "string"},
            {"key": "password", "value": f"{SECRET}-{kind}-password", "type": "string"},
        ],
    }


def _postman_request(name: str, method: str, url: Any) -> dict[str, Any]:
    """A request item with secrets in its headers, body, auth, scripts and saved example."""
    request = {
        "method": method,
        "header": [
            {"key": "Authorization", "value": "Bearer {{accessToken}}"},
            {"key": "X-Api-Key", "value": f"{SECRET}-header"},
            {"key": "Cookie", "value": f"sid={SECRET}-cookie", "disabled": True},
        ],
        "body": {
            "mode": "urlencoded",
            "urlencoded": [{"key": "client_secret", "value": f"{SECRET}-urlencoded"}],
            "raw": json.dumps({"password": f"{SECRET}-raw-body"}),
            "formdata": [{"key": "file", "value": f"{SECRET}-formdata"}],
        },
        "auth": _postman_auth("apikey"),
        "url": url,
    }
    return {
        "name": name,
        "event": [
            {
                "listen": "prerequest",
                "script": {"exec": [f"pm.environment.set('token', '{SECRET}-script')"]},
            }
        ],
        "request": request,
        "response": [
            {
                "name": "Example",
                "originalRequest": request,
                "header": [{"key": "Set-Cookie", "value": f"{SECRET}-example-cookie"}],
                "body": json.dumps({"token": f"{SECRET}-example-body"}),
            }
        ],
    }


def postman(version: str = "v2.1.0") -> dict[str, Any]:
    """CALLS as a Postman collection: nested folders, variables from the collection and
    a folder, ``:param`` segments, URLs as strings and as objects (with ``raw`` and
    without), and a request to another host."""
    return {
        "info": {
            "_postman_id": "0b5e2f1e-0000-4000-8000-000000000000",
            "name": "Dintero integration",
            "schema": f"https://schema.getpostman.com/json/collection/{version}/collection.json",
        },
        "auth": _postman_auth("bearer"),
        "variable": [
            {"key": "api", "value": "https://{{apiHost}}/v1"},
            {"key": "apiHost", "value": "api.dintero.com"},
            {"key": "checkout", "value": f"https://user:{SECRET}-userinfo@checkout.dintero.com/v1"},
            {"key": "accessToken", "value": f"{SECRET}-variable"},
            {"key": "aid", "value": "T12345678"},
            {"key": "checkout", "value": f"https://{SECRET}-disabled.example", "disabled": True},
        ],
        "item": [
            {
                "name": "Customers",
                "auth": _postman_auth("basic"),
                "item": [
                    _postman_request(
                        "List customers",
                        "GET",
                        f"{{{{api}}}}/accounts/:aid/customers/users?limit=10&key={SECRET}-query",
                    ),
                    {
                        "name": "One customer",
                        "variable": [{"key": "customer", "value": "c1"}],
                        "item": [
                            _postman_request(
                                "Get customer",
                                "GET",
                                {
                                    "raw": "{{api}}/accounts/{{aid}}/customers/users/{{customer}}",
                                    "host": ["{{api}}"],
                                    "path": ["accounts", "{{aid}}", "customers", "users", "c1"],
                                    "query": [{"key": "token", "value": f"{SECRET}-query-list"}],
                                },
                            )
                        ],
                    },
                ],
            },
            {
                "name": "Checkout",
                "item": [
                    _postman_request(
                        "Create session", "POST", "{{checkout}}/sessions-profile#" + SECRET
                    ),
                    _postman_request(
                        "Get transaction",
                        "GET",
                        {
                            "protocol": "https",
                            "host": ["checkout", "dintero", "com"],
                            "path": ["v1", "transactions", ":id"],
                            "variable": [{"key": "id", "value": "T12345678.abc"}],
                        },
                    ),
                    _postman_request(
                        "Capture", "POST", "{{checkout}}/transactions/:id/capture?x={{accessToken}}"
                    ),
                    _postman_request(
                        "Webhook test", "POST", f"https://hooks.example.com/{SECRET}-other-host"
                    ),
                ],
            },
        ],
    }
