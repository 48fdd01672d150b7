"""The site for every reader: each page kind inside a phone's screen, no WCAG 2 A/AA
violation that axe-core finds in either colour scheme, bidirectional controls in the docs'
text shown and never obeyed, and search that loads its index when used and puts the
endpoints a searched path names first."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from playwright.async_api import Browser, BrowserContext, Page

from scraper.model import Catalogue, Endpoint, Finding, FindingKind, Scope, Source, SourceKind
from scraper.naming import slugs
from scraper.render import site
from tests.browser import in_browser
from tests.conftest import ROOT
from tests.servers import serve
from tests.sites import build

pytestmark = pytest.mark.slow

# axe-core, from the npm registry; .ci/run installs it here.
AXE = ROOT / ".ci" / "node_modules" / "axe-core" / "axe.min.js"
NO_AXE = f"axe-core is not installed at {AXE} (.ci/run installs it from the npm registry)"
# WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core tags its rules.
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

API = "https://api.dintero.com/v1"
DOCS = "https://docs.dintero.com/api-reference/customers/"
USERS = "/accounts/{aid}/customers/users"
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: what follows it shows reversed
# Every bidirectional control (Unicode's Bidi_Control), which no page may show raw.
BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Longer than a phone is wide, with nowhere to break but its punctuation.
LONG_SCOPE = "write:customers:/users/communication/operation_field_" + "x" * 40
LONG_PATH = USERS + "/{customer_id}/communication/operation_field_" + "y" * 40
TRICK_SCOPE = f"user:customers:/{RLO}sliated"
TRICK_TITLE = f"{RLO}sresu sremotsuc teG"


def api(url: str) -> Source:
    return Source(DOCS + url, SourceKind.API_PAGE)


def scope(name: str, description: str | None = None, group: str | None = None) -> Scope:
    action, resource, *rest = name.split(":", 2)
    table = Source("https://docs.dintero.com/docs/scopes.md", SourceKind.SCOPE_TABLE)
    return Scope(name, action, resource, rest[0] if rest else None, description, group, [table])


def endpoint(method: str, path: str, title: str | None, scopes: list[str]) -> Endpoint:
    page = quote(f"{method}-{path}".lower(), safe="")
    return Endpoint(method, API, path, title, DOCS + page, scopes, [api(page)])


def reader_catalogue() -> Catalogue:
    """Words a path shares with a scope's name and with longer paths, names longer than a
    phone is wide, and right-to-left overrides in a scope, a title and a finding."""
    both = ["admin:customers", "read:customers"]
    return Catalogue(
        schema_version=1,
        source="https://docs.dintero.com/llms.txt",
        fetched_at="2026-01-02T03:04:05Z",
        scopes=[
            scope("admin:customers", "Fully manage customers"),
            scope("read:customers", f"Read customers, {RLO}sresu dna", "admin:customers"),
            # Named with the path's words: Lunr alone ranks its page first.
            scope("create:customers:/users", "Create customer users", "admin:customers"),
            scope(LONG_SCOPE, "A name no phone is wide enough for"),
            scope(TRICK_SCOPE, "Read one customer's details"),
        ],
        endpoints=[
            # Same words, a path that sorts first.
            endpoint("GET", "/accounts/{aid}/customers/companies/{company_id}/users", None, both),
            endpoint("GET", USERS, "List customers users", both),
            endpoint("HEAD", USERS, "Check customers users", [*both, "create:customers:/users"]),
            endpoint("POST", USERS, "Create customers users", ["create:customers:/users"]),
            endpoint("GET", USERS + "/{customer_id}", TRICK_TITLE, [*both, TRICK_SCOPE]),
            endpoint("DELETE", USERS + "/{customer_id}", None, []),
            endpoint("PUT", LONG_PATH, None, [LONG_SCOPE]),
        ],
        findings=[
            Finding(FindingKind.PROSE_SCOPE, f"{RLO}sremotsuc:daer in a guide", [DOCS + "guide"]),
        ],
    )


@pytest.fixture(scope="module")
def reader_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(reader_catalogue(), tmp_path_factory.mktemp("reader"))


def test_no_page_holds_a_bidirectional_control() -> None:
    pages = {
        path: content.decode()
        for path, content in site.files(reader_catalogue(), "2026.1.2").items()
        if path.suffix in (".md", ".yml", ".html")
    }
    assert not [path for path, text in pages.items() if BIDI.search(text)]
    # Markdown's escapes and HTML's, around the code point.
    assert any("&lt;U\\+202E&gt;sremotsuc:daer" in text for text in pages.values())


# In a browser: every kind of page, as a reader leaves it.

SCOPE_PAGES = slugs(s.name for s in reader_catalogue().scopes)
PAGES = [
    "",
    "need/",
    "resources/",
    "resources/customers/",
    "scopes/",
    f"scopes/{SCOPE_PAGES[LONG_SCOPE]}/",
    "endpoints/",
    "coverage/",
    "findings/",
    "changes/",
]
# Lines for the need page: an answer with every part (scopes, payload, link, table).
CALLS = f"GET {API}/accounts/T12345678/customers/users\nPUT /v1{LONG_PATH}\n{RLO}GET /v1/nowhere"


async def open_page(page: Page, url: str) -> None:
    """A page, once its script (if it has one) has done its work."""
    await page.goto(url)
    path = urlsplit(url).path
    if path.endswith("/need/"):
        await page.wait_for_function("window.dinteroNeed !== undefined")
        await page.fill("#need-calls", CALLS)
        await page.click("#need-submit")
        await page.locator("#need-answer table").wait_for()
    elif path.endswith("/endpoints/"):
        await page.locator("#endpoint-filter-count").wait_for()


async def search(page: Page, origin: str, words: str) -> list[tuple[str, str]]:
    """Search from the home page's address (`?q=`); each result's title and link, best first."""
    await page.goto(f"{origin}?q={quote(words)}")
    links = page.locator(".md-search-result__link")
    await links.first.wait_for(timeout=10_000)
    titles = await page.locator(".md-search-result__link :is(h1, h2)").all_inner_texts()
    hrefs = [await a.get_attribute("href") or "" for a in await links.all()]
    return list(zip(titles, hrefs, strict=True))


PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}

OUTSIDE = """() => {
  const width = document.documentElement.clientWidth;
  // The navigation drawer waits off the screen's left edge until its button opens it.
  const controls = "a[href], button, input, select, textarea, summary";
  const outside = [...document.querySelectorAll(controls)]
    .filter((e) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    .filter((e) => !e.closest(".md-sidebar--primary"))
    .filter((e) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && (box.left < 0 || box.right > width + 0.5);
    })
    .map((e) => e.outerHTML.slice(0, 160));
  return { width, page: document.documentElement.scrollWidth, outside };
}"""
# What a reader sees: the title, the page's text and the options of its selects.
SHOWN_TEXT = """() => [
  document.title,
  document.body.innerText,
  ...[...document.querySelectorAll("option")].map((option) => option.textContent),
].join("\\n")"""
# What the pages that hold one show of a right-to-left override.
INERT = {
    "need/": "<U+202E>GET /v1/nowhere",
    "scopes/read-customers/": "Read customers, <U+202E>sresu dna",
    f"scopes/{SCOPE_PAGES[TRICK_SCOPE]}/": "user:customers:/<U+202E>sliated - Dintero",
    "endpoints/": "<U+202E>sresu sremotsuc teG",
    "findings/": "<U+202E>sremotsuc:daer in a guide",
}


@in_browser
async def test_every_page_fits_a_phone_and_shows_bidirectional_controls(
    reader_site: Path, browser: Browser
) -> None:
    """390 px: no sideways scroll and every control inside the screen, with long names,
    paths and URLs in tables and in the endpoint filter's selects. Each bidirectional
    control shows as its code point, never obeyed: in the pages and their titles, the
    filter's options, and the need page's answer to a line that starts with one."""
    phone = await browser.new_context(viewport=PHONE, is_mobile=True)
    try:
        page = await phone.new_page()
        with serve(reader_site) as server:
            for path in [*PAGES, f"scopes/{SCOPE_PAGES[TRICK_SCOPE]}/"]:
                await open_page(page, server.origin + path)
                fit = await page.evaluate(OUTSIDE)
                assert fit == {"width": 390, "page": 390, "outside": []}, path
                text = await page.evaluate(SHOWN_TEXT)
                assert not BIDI.search(text), path
                assert INERT.get(path, "") in text, path
            # The select shows the long scope name, and still fits.
            await page.goto(server.origin + "endpoints/")
            await page.select_option("#endpoint-filter-scope", LONG_SCOPE)
            assert await page.evaluate(OUTSIDE) == {"width": 390, "page": 390, "outside": []}
    finally:
        await phone.close()


AXE_RUN = """async (tags) => {
  // Colours halfway through a transition (the header as the page scrolls) are not the page's.
  const settled = Promise.all(document.getAnimations().map((a) => a.finished));
  await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 2000))]);
  const only = { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] };
  const result = await axe.run(document, only);
  return result.violations.map((v) =>
    `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}: ` +
    v.nodes[0].failureSummary.split("\\n").slice(0, 2).join(" "));
}"""
# Material's dark scheme, as its toggle sets it, with transitions off as Material turns
# them off while it switches (here for the resizing too).
DARK = """() => {
  document.body.setAttribute("data-md-color-switching", "");
  document.body.setAttribute("data-md-color-scheme", "slate");
}"""


@in_browser
async def test_axe_finds_no_wcag_violation(reader_site: Path, browser: Browser) -> None:
    """Every kind of page (the need page answered, the endpoint filter set up, the search
    showing results), on a desktop in the light scheme and on a phone in the dark one."""
    if not AXE.is_file():
        pytest.skip(NO_AXE)
    context = await browser.new_context(viewport=DESKTOP)
    # In every page before its own scripts, rather than injected into each.
    await context.add_init_script(path=AXE)
    found: dict[str, list[str]] = {}
    try:
        page = await context.new_page()

        async def check(name: str) -> None:
            found[f"{name} (desktop, light)"] = await page.evaluate(AXE_RUN, WCAG)
            await page.evaluate(DARK)
            await page.set_viewport_size(PHONE)
            found[f"{name} (phone, dark)"] = await page.evaluate(AXE_RUN, WCAG)
            await page.set_viewport_size(DESKTOP)

        with serve(reader_site) as server:
            for path in PAGES:
                await open_page(page, server.origin + path)
                await check(path or "home")
            await search(page, server.origin, "customers")
            await check("search")
    finally:
        await context.close()
    assert {name: violations for name, violations in found.items() if violations} == {}
    assert len(found) == 2 * len(PAGES) + 2


@in_browser
async def test_search_loads_its_index_when_used_and_ranks_a_paths_endpoints_first(
    reader_site: Path, context: BrowserContext
) -> None:
    page = await context.new_page()
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    anchors = slugs(f"{e.method} {e.server}{e.path}" for e in reader_catalogue().endpoints)

    def endpoint_first(method: str, path: str) -> list[tuple[str, str]]:
        """The endpoint index's result, with the endpoint's section as its best."""
        name = f"{method} {API}{path}"
        return [("Endpoints", "/endpoints/"), (name, f"/endpoints/#{anchors[name]}")]

    async def top(origin: str, words: str) -> list[tuple[str, str]]:
        found = [(title, urlsplit(href)) for title, href in (await search(page, origin, words))]
        return [(t, url.path + (f"#{url.fragment}" if url.fragment else "")) for t, url in found][
            :2
        ]

    with serve(reader_site) as server:
        await page.goto(server.origin + "endpoints/")
        await page.wait_for_load_state("networkidle")
        assert "/search/search_index.json" not in fetched
        await page.locator("input.md-search__input").click()
        await page.wait_for_load_state("networkidle")
        assert "/search/search_index.json" in fetched

        # Lunr scores words: the scope named after them comes first.
        assert (await top(server.origin, "customers users"))[0][0] == "create:customers:/users"
        # A path: its endpoint, GET before the other methods on it.
        assert await top(server.origin, USERS) == endpoint_first("GET", USERS)
        assert await top(server.origin, f"post {USERS}/") == endpoint_first("POST", USERS)
        # A call's URL, with a value for each parameter.
        called = f"{API}/accounts/T12345678/customers/users/c1"
        assert await top(server.origin, called) == endpoint_first("GET", USERS + "/{customer_id}")
