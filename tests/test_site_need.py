"""The "Which scope do I need?" page: in headless Chromium it answers exactly as
`dintero-scopes need --json` does (the runtime's need over the calls parse_lines reads
from each line), field for field, for hand-picked and random calls, on a small catalogue
made to catch wrong orders and on the real one; it shows that answer, with a client-grant
payload the schema accepts, copy buttons and a link that asks the question again; and
catalogue text stays text."""

from __future__ import annotations

import json
import random
import re
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from jsonschema import Draft202012Validator
from playwright.async_api import BrowserContext, Page, expect
from referencing import Registry, Resource

from scraper.cli import main
from scraper.model import Catalogue, Endpoint, Scope, Source, SourceKind
from scraper.naming import slug, slugs
from scraper.query import runtime_reference
from scraper.render import site
from scraper.runtime import answers, report
from scraper.runtime.calls import Call, CallError, parse_lines
from scraper.runtime.inputs import MAX_SHOWN
from scraper.runtime.least_privilege import MAX_TIES, NAME_ORDER, RULES
from scraper.runtime.reference import EndpointEntry
from scraper.runtime.routing import DEFAULT_PORTS, METHODS
from tests.browser import in_browser
from tests.conftest import ROOT
from tests.servers import serve
from tests.sites import build, real_catalogue
from tests.test_site import HOSTILE, HOSTILE_NAME, assert_harmless

# Slow: builds sites with mkdocs and drives Chromium.
pytestmark = pytest.mark.slow

# The package version the home page names.
VERSION = "2026.11.27"

API = "https://api.dintero.com/v1"
CHECKOUT = "https://checkout.dintero.com/v1"
DOCS = "https://docs.dintero.com/api-reference/"
PAGE = Source(DOCS + "x.md", SourceKind.API_PAGE)
# One docs page that documents both /sessions endpoints.
SESSIONS = Source(DOCS + "sessions.md", SourceKind.API_PAGE)
# Code point order puts U+FF5E first; UTF-16 order would put the emoji (U+D83D...) first.
TILDE, EMOJI = "read:tilde:\uff5e", "read:tilde:\U0001f600"
# A URL that would be markup if it were ever written as HTML.
HOSTILE_URL = f"{CHECKOUT}/hostile/<img/src=x/onerror=window.pwned=3>"
SECRET = "write:secret"
WHY_SECRET = "it <b>turns off</b> a safeguard"
# One endpoint that more scopes than MAX_TIES + 1 accept alike.
MANY = [f"read:many:{i:02}" for i in range(MAX_TIES + 2)]


def scope(name: str, sensitive: str | None = None) -> Scope:
    action, _, rest = name.partition(":")
    resource, _, restriction = rest.partition(":")
    parts = (action, resource or None, restriction or None)
    return Scope(name, *parts, None, None, [PAGE], sensitive)


def endpoint(
    method: str, server: str, path: str, *scopes: str, page: Source | None = None
) -> Endpoint:
    """An endpoint with a docs page of its own, `{DOCS}{slug}`, unless another is given."""
    doc = DOCS + slug(method + path)
    source = page or Source(doc + ".md", SourceKind.API_PAGE)
    return Endpoint(method, server, path, f"{method} {path}", doc, list(scopes), [source])


def small_catalogue() -> Catalogue:
    """Each rule of the ranking decides one of the answers in HAND_CALLS."""
    names = [
        "admin:other",
        "admin:things",
        *MANY,
        "read:p",
        "read:ping",
        "read:pq",
        "read:q",
        "read:things",
        "read:things:/a",
        "read:things:/b",
        "read:things:/list",
        "read:tie:a",
        "read:tie:b",
        "read:tie:c",
        "read:tie:d",
        "read:wide",
        "read:x",
        "read:xy",
        "read:y",
        "read:z1",
        "read:z2",
        EMOJI,
        TILDE,
        "write:things",
        "write:token",
        HOSTILE_NAME,
    ]
    return Catalogue(
        schema_version=2,
        source="https://docs.dintero.com/llms.txt",
        fetched_at="2026-11-27T04:23:00Z",
        scopes=[scope(name) for name in names] + [scope(SECRET, WHY_SECRET)],
        endpoints=[
            endpoint(
                "GET",
                API,
                "/accounts/{aid}/things",
                "admin:things",
                "read:things",
                "read:things:/list",
            ),
            endpoint("POST", API, "/accounts/{aid}/things", "write:things", "admin:things"),
            endpoint("GET", API, "/accounts/{aid}/things/special", "read:things:/b", "read:things"),
            endpoint(
                "GET",
                API,
                "/accounts/{aid}/things/{id}",
                "admin:things",
                "read:things",
                "read:things:/a",
            ),
            endpoint("GET", API, "/accounts/{aid}/things/{id}/parts", "read:things:/a"),
            # Two servers serve /v1/sessions: a bare path is ambiguous, and so is their page.
            endpoint("GET", API, "/sessions", "read:wide", page=SESSIONS),
            endpoint("GET", CHECKOUT, "/sessions", "read:wide", "admin:other", page=SESSIONS),
            endpoint("GET", API, "/wide/1", "read:wide"),
            endpoint("GET", API, "/wide/2", "read:wide"),
            endpoint("GET", API, "/x", "read:x", "read:xy"),
            endpoint("GET", API, "/y", "read:y", "read:xy"),
            endpoint("GET", API, "/p", "read:p", "read:pq"),
            endpoint("GET", API, "/q", "read:q", "read:pq"),
            endpoint("GET", API, "/z", "read:z2", "read:z1"),
            endpoint("GET", API, "/tilde", EMOJI, TILDE),
            # The search meets {d, b} first; {a, b} grants as much and sorts first.
            endpoint("GET", API, "/tie/x", "read:tie:a", "read:tie:d"),
            endpoint("GET", API, "/tie/y", "read:tie:b", "read:tie:c"),
            endpoint("GET", API, "/tie/z", "read:tie:a", "read:tie:b"),
            endpoint("GET", API, "/tie/q", "read:tie:c"),
            endpoint("GET", API, "/tie/r", "read:tie:c"),
            endpoint("GET", API, "/many", *reversed(MANY)),
            # An admin scope rather than a sensitive one; the sensitive one where only it will do.
            endpoint("POST", API, "/secret", SECRET, "admin:things"),
            endpoint("DELETE", API, "/secret", SECRET),
            endpoint("GET", CHECKOUT, "/undocumented"),
            # The token endpoint: client credentials need no scope; write:token is Bearer's.
            replace(
                endpoint("POST", API, "/accounts/{aid}/auth/token", "write:token"), client_auth=True
            ),
            Endpoint(
                "GET",
                CHECKOUT,
                "/hostile/{id}",
                HOSTILE,
                "javascript:alert(1)",
                [HOSTILE_NAME],
                [PAGE],
            ),
            endpoint("GET", "http://localhost:8080/api", "/ping", "read:ping"),
        ],
        findings=[],
    )


# Calls with what decides their answer.
HAND_CALLS = {
    "a bare path two servers serve, and the absolute URLs": (
        "GET /v1/sessions\n"
        "GET https://checkout.dintero.com/v1/sessions\n"
        "GET https://api.dintero.com/v1/sessions"
    ),
    "fewest sensitive scopes before fewest admin scopes": "POST /v1/secret",
    "a sensitive scope where nothing else will do": "DELETE /v1/secret\nPOST /v1/secret",
    # read:wide grants 4 endpoints and admin:other 1, but admin scopes come last.
    "fewest admin scopes before fewest endpoints": "GET https://checkout.dintero.com/v1/sessions",
    # read:things covers both in 1 scope and 3 endpoints; /list and /b take 2 and 2.
    "fewest endpoints before fewest scopes": (
        "GET /v1/accounts/T1/things\nGET /v1/accounts/T1/things/special"
    ),
    "fewest scopes when endpoints tie": "GET /v1/p\nGET /v1/q",
    "first by name when all else ties": "get /v1/z",
    "at most MAX_TIES ties": "GET /v1/many",
    "no other set covers the calls": "GET /v1/accounts/T1/things/x/parts",
    "names in code point order": "GET /v1/tilde",
    "first by name, whichever the search meets first": "GET /v1/tie/x\nGET /v1/tie/y",
    "a literal segment first, a parameter when the literal leads nowhere": (
        "GET https://API.Dintero.COM:443/v1/accounts/T1/things/special/?x=1\n"
        "GET /v1/accounts/T1/things/special/parts\n"
        "GET /v1/accounts/T1/things/other\n"
        "GET http://localhost:8080/api/ping/  # a port that is not the default\n"
        "GET http://LOCALHOST:8080/api/ping?x#frag"
    ),
    "docs page URLs": (
        f"{DOCS}get-x\n"
        f"{DOCS}get-y.md\n"
        f"{DOCS}GET-Z/?tab=1#scopes\n"
        "HTTPS://DOCS.Dintero.com/api-reference/get-tilde//\n"
        f"{DOCS}sessions\n"
        f"{DOCS}get-undocumented\n"
        f"{DOCS}nothing\n"
        "https://docs.dintero.com\n"
        "http://docs.dintero.com/api-reference/get-x\n"
        "https://docs.dintero.com:443/api-reference/get-x\n"
        f"\x01{DOCS}get-x\n"
        f"{DOCS}get-x {DOCS}get-y"
    ),
    "hints": (
        "GET /accounts/T1/things\n"
        "GET /sessions\n"
        "GET /v1/sessions\n"
        "GET https://api.dintero.com/v1/undocumented\n"
        "GET https://checkout.dintero.com/undocumented\n"
        "GET https://example.com/v1/sessions?a=b\n"
        "POST /accounts/T1/things/special"
    ),
    "unknown, undocumented and unreadable URLs": (
        "GET /v1/nothing\n"
        "POST /v1/sessions\n"
        "GET https://example.com/v1/sessions\n"
        "GET https://api.dintero.com:80/v1/sessions\n"
        "GET /v1/undocumented\n"
        "GET //api.dintero.com/v1/sessions\n"
        "GET http:///v1/sessions\n"
        "GET https://api.dintero.com:x'y/v1/x\n"
        "GET https://api.dintero.com:99999/v1/x\n"
        "GET http://[::1]:8080/v1/x\n"
        "GET http://[127.0.0.1]/v1/x\n"
        "GET http://[fe80::1%25EN0]/v1/x\n"
        "GET http://[v1.x]/v1/x\n"
        "GET http://[vz]/v1/x\n"
        "GET http://[::1/v1/x\n"
        "GET http://[g::1]/v1/x\n"
        "GET https://a\u2100b/v1/x\n"
        "GET https://\uff41pi.dintero.com/v1/x\n"
        "GET https://user@api.dintero.com/v1/x"
    ),
    "malformed lines among good ones, blank lines and comments": (
        "# a comment\n"
        "\n"
        "GET\n"
        "GET /v1/x /v1/y\n"
        "FETCH /v1/x\n"
        "GET v1/x\n"
        "GET ftp://api.dintero.com/v1/x\n"
        "GET HTTPS://api.dintero.com/v1/x\n"
        "G'ET\" /v1/x\n"
        "G\u00cbT /v1/x\n"
        "GET\u00a0/v1/x\u3000\r\n"
        "   GET    /v1/x   # trailing comment\n"
        "GET /v1/y#not-a-fragment\n"
        "GET\x1f/v1/x\n"
        "GET\ufeff/v1/x\n"
        "GET /v1/x\x0bGET /v1/y\x1cGET /v1/z\u2028GET /v1/tilde\x85GET /v1/x"
    ),
    "hostile text": f"GET {HOSTILE_URL}\nGET https://checkout.dintero.com/v1/hostile/1",
    "the token call needs no scope": "POST /v1/accounts/T1/auth/token\nGET /v1/x",
    "nothing at all": "\n# only a comment\n",
}


def expected(catalogue: Catalogue, text: str) -> dict[str, Any]:
    """The runtime's answer for pasted text, as `dintero-scopes need --json` gives it: need
    over the calls parse_lines reads from the lines, each call with its line and text; and
    the lines parse_lines refuses, `unread`, each with its message."""
    reference = runtime_reference(catalogue)
    read: list[tuple[int, str, Call]] = []
    unread: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            calls = parse_lines(line, reference.docs_origin)
        except CallError as error:
            message = f"line {number}: {str(error).removeprefix('line 1: ')}"
            unread.append({"line": number, "text": line.strip(), "message": message})
            continue
        read += [(number, line.strip(), call) for call in calls]
    answer = report.need_json(answers.need(reference, [call for _, _, call in read]))
    answer["calls"] = [
        {"line": number, "text": line, **call}
        for (number, line, _), call in zip(read, answer["calls"], strict=True)
    ]
    return {**answer, "unread": unread}


def random_texts(catalogue: Catalogue, count: int, seed: int) -> list[str]:
    """Lists of calls to the catalogue's endpoints, written every way the router reads, and
    their docs pages written every way a page is looked up."""
    rng = random.Random(seed)
    values = ["T12345678", "P00000001", "abc", "x-y.z", "special", "%7Bid%7D"]
    entries = runtime_reference(catalogue).endpoints

    def call(e: EndpointEntry) -> str:
        path = re.sub(r"\{[^}]*\}", lambda _: rng.choice(values), e.path)
        server = urlsplit(e.server)
        host = rng.choice([server.netloc, server.netloc.upper(), f"{server.netloc}:443"])
        url = rng.choice([f"{server.scheme}://{host}{server.path}{path}", server.path + path])
        url += rng.choice(["", "", "/", "?page=2", "/?a=b&c=d"])
        method = rng.choice([e.method, e.method.lower()])
        match rng.randrange(12):
            case 0:
                return f"{method} {url.split('?')[0].rstrip('/')}/nope"
            case 1:
                return f"{rng.choice(METHODS)} {url}"
            case 2:
                return f"{method} {url} # why"
            case 3 if e.pages:
                page = rng.choice(e.pages)
                return rng.choice([page, page + ".md", page.upper(), page + "/?x=1#y"])
            case _:
                return f"{method} {url}"

    return [
        "\n".join(call(rng.choice(entries)) for _ in range(rng.randint(1, 12)))
        for _ in range(count)
    ]


# The export.


def test_model_export_is_compact_sorted_and_whole() -> None:
    catalogue = small_catalogue()
    exported = site.files(catalogue, VERSION)[Path("site/docs/assets/model.json")]
    assert exported == site.model_json(small_catalogue())
    text = exported.decode()
    model = json.loads(text)
    # One line, no spaces between tokens, keys sorted.
    assert (
        text == json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    )
    reference = runtime_reference(catalogue)
    assert model["docs_origin"] == reference.docs_origin == "https://docs.dintero.com"
    assert model["endpoints"] == [
        {
            "method": e.method,
            "server": e.server,
            "path": e.path,
            "title": e.title,
            "doc_url": e.doc_url,
            "scopes": list(e.scopes),
            "pages": list(e.pages),
            "client_auth": e.client_auth,
        }
        for e in reference.endpoints
    ]
    assert model["constants"] == {
        "methods": list(METHODS),
        "default_ports": DEFAULT_PORTS,
        "rules": list(RULES),
        "name_order": NAME_ORDER,
        "max_ties": MAX_TIES,
        "max_shown": MAX_SHOWN,
    }
    assert model["endpoints"][0]["pages"] == [DOCS + "get-accounts-aid-things"]
    pages = slugs(s.name for s in catalogue.scopes)
    assert model["scopes"] == [
        {"name": s.name, "page": f"scopes/{pages[s.name]}/", "sensitive": s.sensitive}
        for s in catalogue.scopes
    ]
    assert {s["name"]: s["sensitive"] for s in model["scopes"] if s["sensitive"]} == {
        SECRET: WHY_SECRET
    }


# The reference.


def test_the_reference_is_need_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """For lines that are all calls, `expected` is what `dintero-scopes need --json` prints,
    with each call's line and text besides."""
    catalogue = small_catalogue()
    catalogue_file, calls_file = tmp_path / "catalogue.json", tmp_path / "calls.txt"
    catalogue_file.write_text(catalogue.to_json(), encoding="utf-8")
    origin = runtime_reference(catalogue).docs_origin

    def readable(line: str) -> bool:
        try:
            return bool(parse_lines(line, origin))
        except CallError:
            return False

    for why, text in HAND_CALLS.items():
        calls = "\n".join(line for line in text.splitlines() if readable(line))
        if not calls:
            continue
        calls_file.write_text(calls + "\n", encoding="utf-8")
        main(["need", "--json", "--file", str(calls_file), "--catalogue", str(catalogue_file)])
        printed = json.loads(capsys.readouterr().out)
        want = expected(catalogue, calls)
        assert want.pop("unread") == []
        want["calls"] = [
            {k: v for k, v in c.items() if k not in ("line", "text")} for c in want["calls"]
        ]
        assert printed == want, why


def test_each_rule_decides_its_answer() -> None:
    """The hand-made catalogue's answers are the ones each rule of the order picks, so the
    comparisons below cannot pass on a search that skips a rule."""
    catalogue = small_catalogue()

    def answer(why: str) -> dict[str, Any]:
        return expected(catalogue, HAND_CALLS[why])

    def decided(why: str) -> tuple[list[str], str | None, list[list[str]]]:
        got = answer(why)
        return got["scopes"], got["decided_by"], got["as_small"]

    sensitive, admin, endpoints, scopes = RULES
    assert decided("fewest sensitive scopes before fewest admin scopes") == (
        ["admin:things"],
        sensitive,
        [],
    )
    assert answer("fewest sensitive scopes before fewest admin scopes")["sensitive"] == []
    assert decided("a sensitive scope where nothing else will do") == ([SECRET], None, [])
    assert answer("a sensitive scope where nothing else will do")["sensitive"] == [
        {"scope": SECRET, "why": WHY_SECRET}
    ]
    assert decided("fewest admin scopes before fewest endpoints") == (["read:wide"], admin, [])
    assert decided("fewest endpoints before fewest scopes") == (
        ["read:things:/b", "read:things:/list"],
        endpoints,
        [],
    )
    assert decided("fewest scopes when endpoints tie") == (["read:pq"], scopes, [])
    assert decided("first by name when all else ties") == (["read:z1"], NAME_ORDER, [["read:z2"]])
    assert decided("at most MAX_TIES ties") == (
        [MANY[0]],
        NAME_ORDER,
        [[name] for name in MANY[1 : MAX_TIES + 1]],
    )
    assert decided("no other set covers the calls") == (["read:things:/a"], None, [])
    assert decided("names in code point order") == ([TILDE], NAME_ORDER, [[EMOJI]])
    assert decided("first by name, whichever the search meets first") == (
        ["read:tie:a", "read:tie:b"],
        NAME_ORDER,
        [["read:tie:b", "read:tie:d"]],
    )
    bare, checkout, api = answer("a bare path two servers serve, and the absolute URLs")["calls"]
    assert bare["problem"]["kind"] == answers.AMBIGUOUS
    assert bare["problem"]["message"].startswith("GET /v1/sessions matches 2")
    assert [c["server"] for c in bare["problem"]["candidates"]] == [API, CHECKOUT]
    assert checkout["endpoint"]["server"] == CHECKOUT and api["endpoint"]["server"] == API
    literal, fallback, parameter, *ports = answer(
        "a literal segment first, a parameter when the literal leads nowhere"
    )["calls"]
    assert literal["endpoint"]["path"] == "/accounts/{aid}/things/special"
    assert fallback["endpoint"]["path"] == "/accounts/{aid}/things/{id}/parts"
    assert parameter["endpoint"]["path"] == "/accounts/{aid}/things/{id}"
    assert [c["accepted"] for c in ports] == [["read:ping"], ["read:ping"]]
    unreadable = answer("unknown, undocumented and unreadable URLs")
    # Each has a problem but the last, whose user name the router drops.
    problems = [c["problem"] is not None for c in unreadable["calls"]]
    assert problems == [True] * (len(problems) - 1) + [False]
    kinds = "".join(c["problem"]["kind"][0] for c in unreadable["calls"][:-1])
    # u: unknown, n: no_scope, m: malformed (URLs Python's urlsplit refuses).
    assert kinds == "uuuunmmmmumuummmmu"


def test_pages_hints_and_malformed_calls_have_their_answers() -> None:
    catalogue = small_catalogue()
    pages = expected(catalogue, HAND_CALLS["docs page URLs"])
    found = [(c["kind"], c["endpoint"] and c["endpoint"]["path"]) for c in pages["calls"]]
    assert found[:4] == [("page", "/x"), ("page", "/y"), ("page", "/z"), ("page", "/tilde")]
    sessions, undocumented, nothing, bare, control = pages["calls"][4:]
    assert sessions["problem"]["kind"] == answers.AMBIGUOUS
    assert len(sessions["problem"]["candidates"]) == 2
    assert undocumented["problem"]["kind"] == answers.NO_SCOPE
    assert undocumented["endpoint"]["path"] == "/undocumented"
    assert nothing["problem"]["kind"] == bare["problem"]["kind"] == answers.UNKNOWN
    assert control["problem"]["kind"] == answers.UNKNOWN
    # Another scheme or port is no docs page; nor are two on a line.
    assert [u["line"] for u in pages["unread"]] == [9, 10, 12]
    hints = [c["problem"]["hint"] for c in expected(catalogue, HAND_CALLS["hints"])["calls"]]
    assert hints == [
        "paths start with the server's path prefix: try /v1/accounts/T1/things",
        "paths start with the server's path prefix: try /v1/sessions",
        "give the absolute URL, with the server",
        "try https://checkout.dintero.com/v1/undocumented",
        "try https://checkout.dintero.com/v1/undocumented",
        "try https://api.dintero.com/v1/sessions?a=b or https://checkout.dintero.com/v1/sessions?a=b",
        None,
    ]
    bad = expected(
        catalogue, HAND_CALLS["malformed lines among good ones, blank lines and comments"]
    )
    malformed = [c for c in bad["calls"] if c["problem"] and c["problem"]["kind"] == "malformed"]
    assert [c["target"] for c in malformed] == [
        "v1/x",
        "ftp://api.dintero.com/v1/x",
        "HTTPS://api.dintero.com/v1/x",
    ]
    assert malformed[0]["problem"]["message"] == (
        "'v1/x' is neither an absolute URL nor a path starting with '/'"
    )
    assert [u["line"] for u in bad["unread"]] == [3, 4, 5, 9, 10, 15]


# In a browser.


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(small_catalogue(), tmp_path_factory.mktemp("need-small"))


async def open_need(context: BrowserContext, url: str) -> Page:
    """The need page at `url` (its hash included), once its script has read the model."""
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    await page.goto(url)
    await page.wait_for_function("window.dinteroNeed !== undefined", timeout=10_000)
    assert await page.locator("#need-submit").is_enabled()
    assert not errors
    return page


READ_ANSWER = """() => {
  const box = document.querySelector("#need-answer");
  const texts = (root, selector) => [...root.querySelectorAll(selector)].map((e) => e.textContent);
  const text = (root, selector) => root.querySelector(selector)?.textContent ?? null;
  return {
  summary: text(box, ".need-summary"),
  scopes: texts(box, ".need-scopes li"),
  links: [...box.querySelectorAll(".need-scopes a")].map((a) => a.getAttribute("href")),
  rule: text(box, ".need-rule"),
  ties: [...box.querySelectorAll(".need-ties li")].map((li) => texts(li, "code")),
  sensitive: texts(box, ".need-sensitive li"),
  payload: text(box, ".need-payload code"),
  calls: [...box.querySelectorAll("tbody tr")].map((tr) => {
    const doc = tr.querySelector(".need-endpoint .need-doc");
    return {
      line: Number(tr.dataset.line),
      text: text(tr, ".need-call"),
      method: text(tr, ".need-endpoint .need-method"),
      address: text(tr, ".need-endpoint .need-address"),
      doc: doc ? doc.textContent : null,
      href: doc ? doc.getAttribute("href") : null,
      accepted: texts(tr, ".need-accepted > a > code, .need-accepted > code"),
      problem: text(tr, ".need-problem"),
      hint: text(tr, ".need-hint"),
      candidates: texts(tr, ".need-candidates .need-address"),
    };
  }),
  };
}"""


async def ask(page: Page, text: str, times: int) -> dict[str, Any]:
    """Paste `text`, press the button, read what the page shows."""
    await page.fill("#need-calls", text)
    await page.click("#need-submit")
    return await shown(page, times)


async def shown(page: Page, times: int) -> dict[str, Any]:
    """What the page shows once it has answered `times` times."""
    await page.wait_for_function(
        f"document.querySelector('#need-answer').dataset.answered === '{times}'", timeout=10_000
    )
    read: dict[str, Any] = await page.evaluate(READ_ANSWER)
    return read


def shown_for(answer: dict[str, Any]) -> dict[str, Any]:
    """What the page must show for the reference's answer (links and wording aside)."""

    def row(call: dict[str, Any]) -> dict[str, Any]:
        e, problem = call["endpoint"], call["problem"]
        doc = None if e is None else e["title"] or e["doc_url"]
        web = e is not None and str(e["doc_url"]).startswith(("https://", "http://"))
        return {
            "line": call["line"],
            "text": call["text"],
            "method": e and e["method"],
            "address": e and e["server"] + e["path"],
            "doc": doc,
            "href": e["doc_url"] if web else None,
            "accepted": call["accepted"],
            "problem": problem and f"{problem['kind']}: {problem['message']}",
            "hint": problem and problem["hint"] and f"Hint: {problem['hint']}",
            "candidates": [c["server"] + c["path"] for c in problem["candidates"]]
            if problem
            else [],
        }

    def unread(line: dict[str, Any]) -> dict[str, Any]:
        empty = dict.fromkeys(["method", "address", "doc", "href", "hint"])
        return {
            **empty,
            "line": line["line"],
            "text": line["text"],
            "accepted": [],
            "problem": line["message"],
            "candidates": [],
        }

    rows = [row(c) for c in answer["calls"]] + [unread(u) for u in answer["unread"]]
    return {
        "scopes": answer["scopes"],
        "ties": answer["as_small"],
        "sensitive": [s["scope"] for s in answer["sensitive"]],
        "calls": sorted(rows, key=lambda r: int(r["line"])),
    }


def compare_shown(shown: dict[str, Any], answer: dict[str, Any]) -> None:
    got = {key: shown[key] for key in ("scopes", "ties", "sensitive", "calls")}
    got["sensitive"] = [note.split(" is sensitive (", 1)[0] for note in shown["sensitive"]]
    assert got == shown_for(answer)
    if answer["decided_by"] not in (None, NAME_ORDER):
        assert shown["rule"].endswith(f": {answer['decided_by']}.")
    for note, s in zip(shown["sensitive"], answer["sensitive"], strict=True):
        assert f"is sensitive ({s['why']})" in note


@in_browser
async def test_the_page_answers_as_the_runtime(context: BrowserContext, small_site: Path) -> None:
    catalogue = small_catalogue()
    with serve(small_site) as server:
        page = await open_need(context, server.origin + "need/")
        pages = slugs(s.name for s in catalogue.scopes)
        for times, (why, text) in enumerate(HAND_CALLS.items(), start=1):
            want = expected(catalogue, text)
            assert await page.evaluate("t => window.dinteroNeed.answer(t)", text) == want, why
            got = await ask(page, text, times)
            compare_shown(got, want)
            await assert_harmless(page)
            assert got["links"] == [f"../scopes/{pages[name]}/" for name in want["scopes"]]


@in_browser
async def test_the_page_answers_random_calls_as_the_runtime(
    context: BrowserContext, real_site: Path
) -> None:
    """Whatever the committed catalogue holds (tests/test_one_answer.py holds the page to
    the runtime on generated catalogues that reach every rule)."""
    catalogue = real_catalogue()
    texts = random_texts(catalogue, 50, seed=5)
    wanted = [expected(catalogue, text) for text in texts]
    with serve(real_site) as server:
        page = await open_need(context, server.origin + "need/")
        got = await page.evaluate("texts => texts.map((t) => window.dinteroNeed.answer(t))", texts)
        for text, want, answer in zip(texts, wanted, got, strict=True):
            assert answer == want, text
        compare_shown(await ask(page, texts[0], 1), wanted[0])


@in_browser
async def test_the_real_page_links_each_scope_to_its_page(
    context: BrowserContext, real_site: Path
) -> None:
    text, want = two_scopes(real_catalogue())
    with serve(real_site) as server:
        page = await open_need(context, server.origin + "need/")
        got = await ask(page, text, 1)
        assert got["scopes"] == want["scopes"]
        assert got["summary"].startswith("Grant these 2 scopes")
        # The payload fits the committed schema.
        payload = json.loads(got["payload"])
        assert payload["audience"] == "https://api.dintero.com/v1/accounts/T12345678"
        assert list(grant_validator(ROOT / "generated").iter_errors(payload)) == []
        await page.click("#need-answer .need-scopes a >> nth=1")
        await page.wait_for_url(f"**/scopes/{slugs(want['scopes'])[want['scopes'][1]]}/")
        title = await page.locator("article h1").inner_text()
        assert title.strip().removesuffix("¶") == want["scopes"][1]


def two_scopes(catalogue: Catalogue) -> tuple[str, dict[str, Any]]:
    """Two calls whose answer is two scopes, and that answer, from whatever endpoints the
    catalogue holds (the first such pair); skips the test where there is none."""
    entries = [e for e in runtime_reference(catalogue).endpoints if e.scopes and not e.client_auth]

    def call(e: EndpointEntry) -> str:
        filled = re.sub(r"\{[^}]*\}", "T12345678", e.path)
        return f"{e.method} {e.server}{filled}"

    for first in entries[:30]:
        for second in entries:
            text = f"{call(first)}\n{call(second)}"
            want = expected(catalogue, text)
            complete = all(c["problem"] is None for c in want["calls"])
            if complete and len(want["scopes"]) == 2:
                return text, want
    pytest.skip("no two calls to the committed catalogue's endpoints need two scopes")


def grant_validator(built: Path) -> Draft202012Validator:
    """The client-grant schema in `built`/schema/ (the site's copy, or generated/), its
    references resolved among the schemas beside it only (never fetched)."""
    schemas = [json.loads(path.read_text()) for path in (built / "schema").glob("*.json")]
    registry: Registry[Any] = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas
    )
    grant = json.loads((built / "schema" / "client-grant.schema.json").read_text())
    return Draft202012Validator(grant, registry=registry)


@in_browser
async def test_the_grant_payload_is_valid(context: BrowserContext, small_site: Path) -> None:
    validator = grant_validator(small_site)
    cases = {
        # The account the calls name, else an example one to replace.
        "POST /v1/secret\nGET /v1/accounts/P00000001/things": "P00000001",
        HAND_CALLS["hostile text"] + "\nGET /v1/tilde": "T12345678",
    }
    with serve(small_site) as server:
        page = await open_need(context, server.origin + "need/")
        for times, (text, account) in enumerate(cases.items(), start=1):
            got = await ask(page, text, times)
            payload = json.loads(got["payload"])
            assert payload == {
                "client_id": "<your client id>",
                "audience": f"https://api.dintero.com/v1/accounts/{account}",
                "scope": expected(small_catalogue(), text)["scopes"],
                "type": "client_credentials",
            }
            assert list(validator.iter_errors(payload)) == []
            await assert_harmless(page)
        # The schema has teeth: a placeholder account or an unknown scope is refused.
        assert not validator.is_valid(
            {**payload, "audience": "https://api.dintero.com/v1/accounts/<aid>"}
        )
        assert not validator.is_valid({**payload, "scope": ["read:nothing"]})
        # No scope, no payload: the schema wants at least one.
        assert (await ask(page, "GET /v1/nothing", len(cases) + 1))["payload"] is None


@in_browser
async def test_the_token_call_says_why_it_needs_no_scope(
    context: BrowserContext, small_site: Path
) -> None:
    with serve(small_site) as server:
        page = await open_need(context, server.origin + "need/")
        got = await ask(page, HAND_CALLS["the token call needs no scope"], 1)
        assert got["scopes"] == ["read:x"] and got["calls"][0]["accepted"] == []
        notes = await page.locator("#need-answer .need-note").all_inner_texts()
        assert notes[0].startswith("No scope with client credentials: the endpoint authenticates")
        assert notes[1] == "Its scopes apply to the Bearer grant types: write:token"
        alone = await ask(page, "POST /v1/accounts/T1/auth/token", 2)
        assert alone["summary"].startswith("No scope is needed")
        assert alone["payload"] is None


@in_browser
async def test_a_shared_link_asks_the_question_again(
    context: BrowserContext, small_site: Path
) -> None:
    text = (
        "GET /v1/x  # 50% & more?\n"
        f"{DOCS}get-y?a=b&c#frag\n"
        "GET /v1/tilde \u00e9\U0001f600\n"
        "\n"
        "FETCH /v1/x"
    )
    with serve(small_site) as server:
        asked = await open_need(context, server.origin + "need/")
        first = await ask(asked, text, 1)
        link = asked.url
        assert link == f"{server.origin}need/#q={quote(text, safe='')}"
        assert (
            await asked.locator(".need-link").get_attribute("href") == f"#q={quote(text, safe='')}"
        )
        await asked.close()
        # A fresh page, as someone the link was sent to opens it.
        opened = await open_need(context, link)
        assert await shown(opened, 1) == first
        assert await opened.locator("#need-calls").input_value() == text
        # A link to another question, followed on the page, answers that one.
        await opened.evaluate("location.hash = '#q=' + encodeURIComponent('GET /v1/z')")
        assert (await shown(opened, 2))["scopes"] == ["read:z1"]
        assert await opened.locator("#need-calls").input_value() == "GET /v1/z"


@in_browser
async def test_copy_buttons_copy_the_scopes_the_payload_and_the_link(
    context: BrowserContext, small_site: Path
) -> None:
    with serve(small_site) as server:
        page = await open_need(context, server.origin + "need/")
        got = await ask(page, "GET /v1/tie/x\nGET /v1/tie/y\nPOST /v1/secret", 1)
        copies = {
            "#need-copy-scopes": " ".join(got["scopes"]),
            "#need-copy-payload": got["payload"],
            "#need-copy-link": page.url,
        }
        for button, text in copies.items():
            await page.click(button)
            await expect(page.locator(button)).to_have_text("Copied")
            assert await page.evaluate("navigator.clipboard.readText()") == text, button
        assert got["scopes"] == ["admin:things", "read:tie:a", "read:tie:b"]


@in_browser
async def test_hostile_text_on_the_need_page_stays_text(
    context: BrowserContext, small_site: Path
) -> None:
    with serve(small_site) as server:
        page = await open_need(context, server.origin + "need/")
        got = await ask(page, HAND_CALLS["hostile text"], 1)
        await assert_harmless(page)
        assert await page.locator("#need-answer img").count() == 0
        hostile, plain = got["calls"]
        assert hostile["text"] == f"GET {HOSTILE_URL}"
        assert hostile["problem"].startswith("unknown: no documented endpoint matches")
        assert plain["doc"] == HOSTILE and plain["href"] is None
        assert plain["accepted"] == [HOSTILE_NAME] and got["scopes"] == [HOSTILE_NAME]
        assert (await page.locator("#need-answer table").inner_text()).count(HOSTILE) == 1
        assert HOSTILE_NAME in json.loads(got["payload"])["scope"]
        # The link holds the text as it is; opened, it still runs nothing.
        opened = await open_need(context, page.url)
        assert (await shown(opened, 1))["calls"] == got["calls"]
        await assert_harmless(opened)


@in_browser
async def test_an_empty_box_offers_no_link(context: BrowserContext, small_site: Path) -> None:
    """Nothing asked: no link to the question, and the address no longer holds one."""
    with serve(small_site) as server:
        page = await open_need(context, server.origin + "need/")
        await ask(page, "GET /v1/z", 1)
        assert urlsplit(page.url).fragment.startswith("q=")
        assert await page.locator("#need-answer .need-link").count() == 1
        for times, text in enumerate(["", "\n  \n# a comment, no call\n"], start=2):
            got = await ask(page, text, times)
            assert got["summary"] == (
                "Paste at least one call: METHOD URL or a docs page URL, one a line."
            )
            assert await page.locator("#need-answer :is(a, button)").count() == 0
            assert urlsplit(page.url).fragment == ""


def test_the_page_names_the_packages_command() -> None:
    """The generated package's command line, which gives the same answers, not this
    project's generator."""
    page = site.files(small_catalogue(), VERSION)[Path("site/docs/need.md")].decode()
    footer = page.rstrip().rsplit("\n\n", 1)[-1]
    assert "`python -m dintero_scopes need METHOD URL ...`" in footer
    assert "`dintero-scopes-query need METHOD URL ...`" in footer
    assert "dintero-scopes need" not in page
