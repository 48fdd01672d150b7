"""The "Which scope do I need?" page: in headless Chromium it answers exactly as
the runtime's need does (lines read as parse_lines reads them), for hand-picked and random
calls, on a small catalogue made to catch wrong orders and on the real one; and catalogue
text stays text."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from scraper.model import Catalogue, Endpoint, Scope, Source
from scraper.naming import slug, slugs
from scraper.query import runtime_catalog
from scraper.render import site
from scraper.runtime import answers
from scraper.runtime.calls import Call, CallError, parse_lines
from scraper.runtime.routing import METHODS
from tests.browser import CHROMIUM, CHROMIUM_ARGS, NO_CHROMIUM
from tests.conftest import ROOT
from tests.servers import serve
from tests.test_site import (
    HOSTILE,
    HOSTILE_NAME,
    assert_harmless,
    build,
    real_catalogue,
)

# The package version the home page names.
VERSION = "2026.11.27"

API = "https://api.dintero.com/v1"
CHECKOUT = "https://checkout.dintero.com/v1"
PAGE = Source("https://docs.dintero.com/api-reference/x.md", "api_page")
# Code point order puts U+FF5E first; UTF-16 order would put the emoji (U+D83D...) first.
TILDE, EMOJI = "read:tilde:\uff5e", "read:tilde:\U0001f600"
# A URL that would be markup if it were ever written as HTML.
HOSTILE_URL = f"{CHECKOUT}/hostile/<img/src=x/onerror=window.pwned=3>"


def scope(name: str) -> Scope:
    action, _, rest = name.partition(":")
    resource, _, restriction = rest.partition(":")
    return Scope(name, action, resource or None, restriction or None, None, None, [PAGE])


def endpoint(method: str, server: str, path: str, *scopes: str) -> Endpoint:
    doc = f"https://docs.dintero.com/api-reference/{slug(method + path)}"
    return Endpoint(method, server, path, f"{method} {path}", doc, list(scopes), [PAGE])


def small_catalogue() -> Catalogue:
    """Each part of the search's order decides one of the answers in HAND_CALLS."""
    names = [
        "admin:other",
        "admin:things",
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
        HOSTILE_NAME,
    ]
    return Catalogue(
        schema_version=1,
        source="https://docs.dintero.com/llms.txt",
        fetched_at="2026-11-27T04:23:00Z",
        scopes=[scope(name) for name in names],
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
            # Two servers serve /v1/sessions: a bare path is ambiguous.
            endpoint("GET", API, "/sessions", "read:wide"),
            endpoint("GET", CHECKOUT, "/sessions", "read:wide", "admin:other"),
            endpoint("GET", API, "/wide/1", "read:wide"),
            endpoint("GET", API, "/wide/2", "read:wide"),
            endpoint("GET", API, "/x", "read:x", "read:xy"),
            endpoint("GET", API, "/y", "read:y", "read:xy"),
            endpoint("GET", API, "/z", "read:z2", "read:z1"),
            endpoint("GET", API, "/tilde", EMOJI, TILDE),
            # The search meets {d, b} first; {a, b} grants as much and sorts first.
            endpoint("GET", API, "/tie/x", "read:tie:a", "read:tie:d"),
            endpoint("GET", API, "/tie/y", "read:tie:b", "read:tie:c"),
            endpoint("GET", API, "/tie/z", "read:tie:a", "read:tie:b"),
            endpoint("GET", API, "/tie/q", "read:tie:c"),
            endpoint("GET", API, "/tie/r", "read:tie:c"),
            endpoint("GET", CHECKOUT, "/undocumented"),
            Endpoint(
                "GET",
                CHECKOUT,
                "/hostile/{id}",
                HOSTILE,
                "javascript:alert(1)",
                [HOSTILE_NAME],
                [PAGE],
            ),
            endpoint("GET", "http://localhost:8080/api", "/ping", "read:x"),
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
    # read:wide grants 4 endpoints and admin:other 1, but admin scopes come last.
    "fewest admin scopes before fewest endpoints": "GET https://checkout.dintero.com/v1/sessions",
    # read:things covers both in 1 scope and 3 endpoints; /list and /b take 2 and 2.
    "fewest endpoints before fewest scopes": (
        "GET /v1/accounts/T1/things\nGET /v1/accounts/T1/things/special"
    ),
    "fewest scopes when endpoints tie": "GET /v1/x\nGET /v1/y",
    "first by name when all else ties": "get /v1/z",
    "names in code point order": "GET /v1/tilde",
    "first by name, whichever the search meets first": "GET /v1/tie/x\nGET /v1/tie/y",
    "a literal segment first, a parameter when the literal leads nowhere": (
        "GET https://API.Dintero.COM:443/v1/accounts/T1/things/special/?x=1\n"
        "GET /v1/accounts/T1/things/special/parts\n"
        "GET /v1/accounts/T1/things/other\n"
        "GET http://localhost:8080/api/ping/  # a port that is not the default\n"
        "GET http://LOCALHOST:8080/api/ping?x#frag"
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
    "nothing at all": "\n# only a comment\n",
}


def expected(catalogue: Catalogue, text: str) -> dict[str, Any]:
    """The Python reference's answer for pasted text: the runtime's need over the calls
    that parse_lines reads from the lines, and its message for each line it refuses."""
    catalog = runtime_catalog(catalogue)
    rows: list[dict[str, Any]] = []
    calls: list[Call] = []
    for number, line in enumerate(text.splitlines(), start=1):
        row = {"line": number, "text": line.strip(), "endpoint": None, "accepted": []}
        try:
            read = parse_lines(line, catalog.docs_origin)
        except CallError as error:
            problem = f"line {number}: {str(error).removeprefix('line 1: ')}"
            rows.append({**row, "method": None, "url": None, "problem": problem})
            continue
        for call in read:
            malformed = answers.answer(catalog, call).problem
            if malformed is not None and malformed.kind == answers.MALFORMED:
                problem = f"line {number}: {malformed.message}"
                rows.append({**row, "method": None, "url": None, "problem": problem})
                continue
            calls.append(call)
            rows.append({**row, "method": call.method, "url": call.target, "problem": None})
    answer = answers.need(catalog, calls)
    answered = iter(answer.calls)
    for row in rows:
        if row["method"] is None:
            continue
        got = next(answered)
        row["accepted"], row["problem"] = list(got.accepted), page_problem(got.problem)
        if got.endpoint is not None:
            e = got.endpoint
            row["endpoint"] = {
                "method": e.method,
                "server": e.server,
                "path": e.path,
                "title": e.title,
                "doc_url": e.doc_url,
            }
    return {"scopes": list(answer.scopes), "calls": rows}


def page_problem(problem: answers.Problem | None) -> str | None:
    """A problem as the page words it."""
    if problem is None:
        return None
    if problem.kind == answers.AMBIGUOUS:
        return f"ambiguous: {problem.message}; give the absolute URL"
    if problem.kind == answers.NO_SCOPE:
        return "the docs name no scope for this endpoint; see its page"
    return f"{problem.kind}: {problem.message}"


def random_texts(catalogue: Catalogue, count: int, seed: int) -> list[str]:
    """Lists of calls to the catalogue's endpoints, written every way the router reads."""
    rng = random.Random(seed)
    values = ["T12345678", "P00000001", "abc", "x-y.z", "special", "%7Bid%7D"]

    def call(e: Endpoint) -> str:
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
            case _:
                return f"{method} {url}"

    return [
        "\n".join(call(rng.choice(catalogue.endpoints)) for _ in range(rng.randint(1, 12)))
        for _ in range(count)
    ]


# The export.


def test_model_export_is_compact_sorted_and_whole() -> None:
    catalogue = real_catalogue()
    exported = site.files(catalogue, VERSION)[Path("site/docs/assets/model.json")]
    assert exported == site.model_json(real_catalogue())
    text = exported.decode()
    model = json.loads(text)
    # One line, no spaces between tokens, keys sorted.
    assert (
        text == json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    )
    assert model["endpoints"] == [
        {
            "method": e.method,
            "server": e.server,
            "path": e.path,
            "title": e.title,
            "doc_url": e.doc_url,
            "scopes": e.scopes,
        }
        for e in catalogue.endpoints
    ]
    pages = slugs(s.name for s in catalogue.scopes)
    assert model["scopes"] == [
        {"name": s.name, "page": f"scopes/{pages[s.name]}/"} for s in catalogue.scopes
    ]


def test_the_script_is_copied_as_it_is_under_a_header() -> None:
    source = ROOT / "templates" / "site" / "assets" / "need.js"
    header, copied = (
        site.files(small_catalogue(), VERSION)[Path("site/docs/assets/need.js")]
        .decode()
        .split("\n", 1)
    )
    assert copied == source.read_text()
    assert header.startswith("// Generated") and "templates/site/assets/need.js" in header


# In a browser.


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip(NO_CHROMIUM)
    with sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(small_catalogue(), tmp_path_factory.mktemp("need-small"))


@pytest.fixture(scope="module")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(real_catalogue(), tmp_path_factory.mktemp("need-real"))


def open_need(browser: Browser, origin: str) -> Page:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(origin + "need/")
    page.wait_for_function("window.dinteroNeed !== undefined", timeout=10_000)
    assert page.locator("#need-submit").is_enabled()
    assert not errors
    return page


READ_ANSWER = """() => {
  const box = document.querySelector("#need-answer");
  return {
  summary: box.querySelector(".need-summary").textContent,
  scopes: [...box.querySelectorAll(".need-scopes li")].map((li) => li.textContent),
  links: [...box.querySelectorAll(".need-scopes a")].map((a) => a.getAttribute("href")),
  calls: [...box.querySelectorAll("tbody tr")].map((tr) => {
    const doc = tr.querySelector(".need-doc");
    return {
      line: Number(tr.dataset.line),
      text: tr.querySelector(".need-call").textContent,
      method: tr.querySelector(".need-method")?.textContent ?? null,
      address: tr.querySelector(".need-address")?.textContent ?? null,
      doc: doc ? doc.textContent : null,
      href: doc ? doc.getAttribute("href") : null,
      accepted: [...tr.querySelectorAll(".need-accepted code")].map((c) => c.textContent),
      problem: tr.querySelector(".need-problem")?.textContent ?? null,
    };
  }),
  };
}"""


def ask(page: Page, text: str, times: int) -> dict[str, Any]:
    """Paste `text`, press the button, read what the page shows."""
    page.fill("#need-calls", text)
    page.click("#need-submit")
    page.wait_for_function(
        f"document.querySelector('#need-answer').dataset.answered === '{times}'", timeout=10_000
    )
    shown: dict[str, Any] = page.evaluate(READ_ANSWER)
    return shown


def shown_for(answer: dict[str, Any]) -> dict[str, Any]:
    """What the page must show for the reference's answer."""

    def row(call: dict[str, Any]) -> dict[str, Any]:
        e = call["endpoint"]
        doc = None if e is None else e["title"] or e["doc_url"]
        web = e is not None and str(e["doc_url"]).startswith(("https://", "http://"))
        return {
            "line": call["line"],
            "text": call["text"],
            "method": e and e["method"],
            "address": e and e["server"] + e["path"],
            "doc": doc,
            "href": e["doc_url"] if web else None,
            "accepted": call["accepted"] if call["problem"] is None else [],
            "problem": call["problem"],
        }

    return {"scopes": answer["scopes"], "calls": [row(c) for c in answer["calls"]]}


def test_the_page_answers_as_the_python_reference(browser: Browser, small_site: Path) -> None:
    catalogue = small_catalogue()
    with serve(small_site) as server:
        page = open_need(browser, server.origin)
        pages = slugs(s.name for s in catalogue.scopes)
        for times, (why, text) in enumerate(HAND_CALLS.items(), start=1):
            want = expected(catalogue, text)
            assert page.evaluate("t => window.dinteroNeed.answer(t)", text) == want, why
            shown = ask(page, text, times)
            assert {"scopes": shown["scopes"], "calls": shown["calls"]} == shown_for(want), why
            assert_harmless(page)
            assert shown["links"] == [f"../scopes/{pages[name]}/" for name in want["scopes"]]


def test_each_order_decides_its_answer() -> None:
    """The hand-made catalogue's answers are the ones each rule of the order picks, so the
    comparisons above cannot pass on a search that skips a rule."""
    catalogue = small_catalogue()

    def scopes(why: str) -> list[str]:
        return list(expected(catalogue, HAND_CALLS[why])["scopes"])

    assert scopes("fewest admin scopes before fewest endpoints") == ["read:wide"]
    assert scopes("fewest endpoints before fewest scopes") == [
        "read:things:/b",
        "read:things:/list",
    ]
    assert scopes("fewest scopes when endpoints tie") == ["read:xy"]
    assert scopes("first by name when all else ties") == ["read:z1"]
    assert scopes("names in code point order") == [TILDE]
    assert scopes("first by name, whichever the search meets first") == [
        "read:tie:a",
        "read:tie:b",
    ]
    bare, checkout, api = expected(
        catalogue, HAND_CALLS["a bare path two servers serve, and the absolute URLs"]
    )["calls"]
    assert bare["problem"].startswith("ambiguous: GET /v1/sessions matches 2")
    assert checkout["endpoint"]["server"] == CHECKOUT and api["endpoint"]["server"] == API
    literal, fallback, parameter, *ports = expected(
        catalogue, HAND_CALLS["a literal segment first, a parameter when the literal leads nowhere"]
    )["calls"]
    assert literal["endpoint"]["path"] == "/accounts/{aid}/things/special"
    assert fallback["endpoint"]["path"] == "/accounts/{aid}/things/{id}/parts"
    assert parameter["endpoint"]["path"] == "/accounts/{aid}/things/{id}"
    assert [c["accepted"] for c in ports] == [["read:x"], ["read:x"]]
    unreadable = expected(catalogue, HAND_CALLS["unknown, undocumented and unreadable URLs"])
    # Each has a problem but the last, whose user name the router drops.
    problems = [c["problem"] is not None for c in unreadable["calls"]]
    assert problems == [True] * (len(problems) - 1) + [False]


def test_the_page_answers_random_calls_as_the_python_reference(
    browser: Browser, real_site: Path
) -> None:
    catalogue = real_catalogue()
    texts = random_texts(catalogue, 50, seed=5)
    wanted = [expected(catalogue, text) for text in texts]
    # The lists exercise the search, not only single matches.
    assert sum(len(w["scopes"]) >= 2 for w in wanted) >= 10
    assert sum(any(c["problem"] for c in w["calls"]) for w in wanted) >= 10
    with serve(real_site) as server:
        page = open_need(browser, server.origin)
        got = page.evaluate("texts => texts.map((t) => window.dinteroNeed.answer(t))", texts)
        for text, want, answer in zip(texts, wanted, got, strict=True):
            assert answer == want, text
        shown = ask(page, texts[0], 1)
        assert {"scopes": shown["scopes"], "calls": shown["calls"]} == shown_for(wanted[0])


def test_the_real_page_links_each_scope_to_its_page(browser: Browser, real_site: Path) -> None:
    text = (
        "GET https://api.dintero.com/v1/accounts/T12345678/management/accounts\n"
        "POST /v1/transactions/T12345678.46ff9bc1/capture"
    )
    want = expected(real_catalogue(), text)
    assert want["scopes"] == ["read:accounts", "write:checkout"]
    with serve(real_site) as server:
        page = open_need(browser, server.origin)
        shown = ask(page, text, 1)
        assert shown["scopes"] == want["scopes"]
        assert shown["summary"].startswith("Grant these 2 scopes")
        page.click("#need-answer .need-scopes a >> nth=1")
        page.wait_for_url("**/scopes/write-checkout/")
        assert page.locator("article h1").inner_text().strip().removesuffix("¶") == (
            "write:checkout"
        )


def test_hostile_text_on_the_need_page_stays_text(browser: Browser, small_site: Path) -> None:
    with serve(small_site) as server:
        page = open_need(browser, server.origin)
        shown = ask(page, HAND_CALLS["hostile text"], 1)
        assert_harmless(page)
        assert page.locator("#need-answer img").count() == 0
        hostile, plain = shown["calls"]
        assert hostile["text"] == f"GET {HOSTILE_URL}"
        assert hostile["problem"].startswith("unknown: no documented endpoint matches")
        assert plain["doc"] == HOSTILE and plain["href"] is None
        assert plain["accepted"] == [HOSTILE_NAME] and shown["scopes"] == [HOSTILE_NAME]
        assert page.locator("#need-answer").inner_text().count(HOSTILE) == 1
