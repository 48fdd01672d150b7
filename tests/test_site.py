"""The site: pages from the catalogue, a strict MkDocs build, search that finds scopes and
endpoints in a real browser, and catalogue text that stays text however hostile."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from playwright.async_api import BrowserContext, Page

from scraper import query
from scraper.build import build as build_catalogue
from scraper.model import (
    Catalogue,
    Endpoint,
    EndpointDoc,
    Finding,
    FindingKind,
    IndexEntry,
    Records,
    Scope,
    Source,
    SourceKind,
)
from scraper.naming import slugs
from scraper.render import site
from scraper.render.jinja import markdown_code, markdown_text
from scraper.runtime import answers
from scraper.settings import SITE_URL
from tests.browser import in_browser
from tests.conftest import ROOT
from tests.servers import serve
from tests.sites import build, real_catalogue, search_index

# Slow: builds sites with mkdocs and drives Chromium.
pytestmark = pytest.mark.slow

# The package version the home page names.
VERSION = "2026.11.27"


HOSTILE = "<script>window.pwned=1</script> [x](javascript:alert(1)) | **b** {{ x }}"
# A scope name that would close <title> if a page title were ever unescaped.
HOSTILE_NAME = "</title><script>window.pwned=2</script>"
TOKEN_ENDPOINT = "POST https://checkout.dintero.com/v1/accounts/{oid}/auth/token"
# An endpoint of the fixture site (tests/fixtures/mirror).
SESSION_ENDPOINT = "GET https://checkout.dintero.com/v1/sessions/{session_id}"
API = "https://api.dintero.com/v1"
CHECKOUT = "https://checkout.dintero.com/v1"


def table(url: str) -> Source:
    return Source(url, SourceKind.SCOPE_TABLE)


def small_catalogue() -> Catalogue:
    page = Source("https://docs.dintero.com/api-reference/get-token.md", SourceKind.API_PAGE)
    return Catalogue(
        schema_version=1,
        source="https://docs.dintero.com/llms.txt",
        fetched_at="2026-01-02T03:04:05Z",
        scopes=[
            Scope(
                "admin:account", "admin", "account", None, HOSTILE, None, [table("https://x/c.md")]
            ),
            Scope(
                "create:accounts:auth:refresh_token",
                "create",
                "accounts",
                "auth:refresh_token",
                None,
                "admin:account",
                [table("https://docs.dintero.com/docs/clients.md")],
            ),
            Scope(HOSTILE_NAME, None, None, None, HOSTILE, HOSTILE, [page]),
        ],
        endpoints=[
            Endpoint(
                "POST",
                "https://checkout.dintero.com/v1",
                "/accounts/{oid}/auth/token",
                HOSTILE,
                "javascript:alert(1)",
                ["admin:account", HOSTILE_NAME],
                [page],
            ),
            Endpoint(
                "GET",
                "https://api.dintero.com/v1",
                "/accounts/{aid}/x|y*z*",
                "Get things",
                "https://docs.dintero.com/api-reference/things",
                ["create:accounts:auth:refresh_token"],
                [page],
            ),
            Endpoint(
                "DELETE",
                "https://api.dintero.com/v1",
                "/accounts/{aid}/unscoped",
                HOSTILE,
                "javascript:alert(2)",
                [],
                [page],
            ),
        ],
        findings=[
            Finding(
                FindingKind.SCOPE_UNUSED,
                HOSTILE,
                ["javascript:alert(1)", "https://docs.dintero.com/a.md"],
            ),
            Finding(FindingKind.PROSE_SCOPE, "<b>new</b> in a guide", []),
            Finding(
                FindingKind.UNATTRIBUTED_SCOPE,
                "read:hidden stands in no scope list the parsers read (line 9): 'Needs it.'",
                ["https://docs.dintero.com/api-reference/get-token.md"],
            ),
        ],
    )


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(small_catalogue(), tmp_path_factory.mktemp("hostile"))


# The rendered files.


def site_digest(seed: str) -> str:
    """A hash of every file the real site renders to, from a Python with this hash seed."""
    program = """
import hashlib, pathlib
from scraper.model import Catalogue
from scraper.render import render_all, site
from scraper.settings import SITE_URL
from scraper.render.jinja import markdown_code, markdown_text
catalogue = Catalogue.from_json(pathlib.Path("generated/catalogue.json").read_text())
files = sorted(site.files(catalogue, "2026.11.27").items())
print(hashlib.sha256(repr(files).encode()).hexdigest())
"""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", program], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_same_catalogue_gives_the_same_bytes() -> None:
    assert site.files(small_catalogue(), VERSION) == site.files(small_catalogue(), VERSION)
    # Set and dict orders that hang on string hashing would differ between these two.
    assert site_digest("1") == site_digest("2")


def test_one_page_per_scope_and_resource() -> None:
    catalogue = real_catalogue()
    paths = set(site.files(catalogue, VERSION))
    docs = Path("site/docs")
    scope_pages = {
        docs / "scopes" / f"{s}.md"
        for s in slugs((s.name for s in catalogue.scopes), ["index"]).values()
    }
    assert scope_pages <= paths
    assert len(scope_pages) == len(catalogue.scopes)
    resources = {p for p in paths if p.parent == docs / "resources" and p.stem != "index"}
    assert len(resources) == len(query.scopes_by_resource(catalogue))
    assert paths == scope_pages | resources | {
        docs / "resources" / "index.md",
        docs / "scopes" / "index.md",
        Path("site/mkdocs.yml"),
        Path("site/overrides/main.html"),
        docs / "assets" / "need.js",
        docs / "assets" / "model.json",
        docs / "assets" / "endpoints.js",
        docs / "assets" / "endpoints.json",
        docs / "assets" / "site.css",
        docs / "assets" / "search.js",
        docs / "assets" / "search-worker.js",
        docs / "index.md",
        docs / "need.md",
        docs / "endpoints.md",
        docs / "coverage.md",
        docs / "findings.md",
    }


def test_config() -> None:
    catalogue = real_catalogue()
    config = yaml.safe_load(site.files(catalogue, VERSION)[Path("site/mkdocs.yml")])
    assert config["site_name"] == "Dintero scope catalogue"
    assert config["site_dir"] == "_build"
    assert config["site_url"] == SITE_URL
    assert "navigation.tabs" in config["theme"]["features"]
    assert "content.code.copy" in config["theme"]["features"]
    # No font from Google Fonts: every page would fetch it from there.
    assert config["theme"]["font"] is False
    schemes = [p["scheme"] for p in config["theme"]["palette"]]
    assert schemes == ["default", "slate"]
    assert all("toggle" in p for p in config["theme"]["palette"])
    nav = [next(iter(item)) for item in config["nav"]]
    assert nav == [
        "Home",
        "Which scope?",
        "Resources",
        "Scopes",
        "Endpoints",
        "Coverage",
        "Findings",
        "Changes",
    ]
    assert config["nav"][1] == {"Which scope?": "need.md"}
    assert config["nav"][5] == {"Coverage": "coverage.md"}
    # Scope and resource pages are reached from their overviews, not listed in the nav.
    assert config["nav"][2:4] == [
        {"Resources": "resources/index.md"},
        {"Scopes": "scopes/index.md"},
    ]
    assert config["not_in_nav"].split() == ["/resources/", "/scopes/"]
    # Lunr splits what is indexed and what is typed with this pattern (JS and Python agree on it).
    separator = re.compile(config["plugins"][0]["search"]["separator"])
    assert "refresh_token" in separator.split("create:accounts:auth:refresh_token")
    assert [t for t in separator.split("/accounts/{aid}/auth/token") if t] == [
        "accounts",
        "aid",
        "auth",
        "token",
    ]


def test_scope_page_shows_what_the_scope_is() -> None:
    page = site.files(small_catalogue(), VERSION)[
        Path("site/docs/scopes/create-accounts-auth-refresh-token.md")
    ]
    text = page.decode()
    assert text.startswith("# create:accounts:auth:refresh\\_token\n")
    assert "Not described in the Dintero docs" in text
    assert "[<code>admin:account</code>](/scopes/admin-account.md)" in text
    assert "[<code>accounts</code>](/resources/accounts.md)" in text
    assert "<code>auth:refresh\\_token</code>" in text
    assert "/accounts/\\{aid\\}/x\\|y\\*z\\*" in text
    assert "(https://docs.dintero.com/api-reference/things)" in text
    assert "(https://docs.dintero.com/docs/clients)" in text


def test_scope_page_shows_narrower_and_wider_scopes(fixture_catalogue: Catalogue) -> None:
    catalogue = fixture_catalogue
    pages = slugs(s.name for s in catalogue.scopes)
    files = site.files(catalogue, VERSION)

    def rows(name: str, section: str) -> list[str]:
        text = files[Path(f"site/docs/scopes/{pages[name]}.md")].decode()
        part = text.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
        return [line for line in part.splitlines() if line.startswith("| [")]

    def row(name: str, count: int) -> str:
        return f"| [{markdown_code(name)}](/scopes/{pages[name]}.md) | {count} |"

    reference = query.runtime_reference(catalogue)
    explained = answers.explain(reference, "admin:checkout")
    assert len(explained.narrower) >= 3
    assert rows("admin:checkout", "Narrower alternatives") == [
        row(name, count) for name, count in explained.narrower
    ]
    of = f"(of {len(explained.endpoints)})"
    assert of in files[Path(f"site/docs/scopes/{pages['admin:checkout']}.md")].decode()
    assert rows("admin:checkout", "Wider scopes") == []
    wider = answers.explain(reference, "read:checkout").wider
    assert [name for name, _ in wider] == ["admin:checkout"]
    assert rows("read:checkout", "Wider scopes") == [row(name, count) for name, count in wider]
    assert rows("read:checkout", "Narrower alternatives") == []


def test_coverage_page_lists_what_the_findings_report(fixture_catalogue: Catalogue) -> None:
    """Per resource, computed from the catalogue; the build's findings say the same."""
    unscoped_endpoint = Endpoint(
        "GET", "https://checkout.dintero.com/v1", "/payouts", None, None, [], []
    )
    finding = Finding(
        FindingKind.ENDPOINT_WITHOUT_SCOPES,
        f"{unscoped_endpoint.key} names no scope: its docs do not say which scopes may call it",
        [],
    )
    catalogue = replace(
        fixture_catalogue,
        endpoints=[*fixture_catalogue.endpoints, unscoped_endpoint],
        findings=[*fixture_catalogue.findings, finding],
    )
    coverage = site.files(catalogue, VERSION)[Path("site/docs/coverage.md")].decode()

    def named(kind: str) -> set[str]:
        return {f.message.split(" ", 1)[0] for f in catalogue.findings if f.kind == kind}

    def listed(heading: str) -> set[str]:
        found: set[str] = set()
        for part in coverage.split(f"### {heading}\n")[1:]:
            table = part.strip().split("\n\n", 1)[0]
            found |= set(re.findall(r"^\| \[<code>(.*?)</code>\]", table, re.MULTILINE))
        return {html.unescape(name).replace("\\", "") for name in found}

    assert listed("Scopes no endpoint accepts") == named("scope_unused") != set()
    assert listed("Scopes missing from the scope table") == named("scope_not_in_table") != set()
    unscoped = {
        f.message.split(" names no scope", 1)[0]
        for f in catalogue.findings
        if f.kind == "endpoint_without_scopes"
    }
    methods = re.findall(
        r"^\| <code>(\w+)</code> \| \[<code>(.*?)</code>\]", coverage, re.MULTILINE
    )
    assert {f"{m} {html.unescape(a).replace(chr(92), '')}" for m, a in methods} == unscoped
    assert unscoped == {unscoped_endpoint.key}
    # The summary counts and each resource's row.
    assert f"**{len(unscoped)}** endpoints whose docs name no scope" in coverage
    assert "| [checkout](#resource-checkout) | 1 |" in coverage


@pytest.mark.parametrize("name", ["need.js", "endpoints.js", "search.js", "search-worker.js"])
def test_scripts_are_copied_as_they_are_and_never_write_markup(name: str) -> None:
    source = (ROOT / "templates" / "site" / "assets" / name).read_text()
    header, copied = (
        site.files(small_catalogue(), VERSION)[Path("site/docs/assets") / name]
        .decode()
        .split("\n", 1)
    )
    assert copied == source
    assert header == (
        f"// Generated by dintero-scopes from templates/site/assets/{name}: edit that file."
    )
    # Catalogue text becomes text nodes and attribute values, never parsed markup.
    for writes_markup in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"):
        assert writes_markup not in source


def test_the_endpoint_filter_reads_each_endpoint_in_the_page_order() -> None:
    index = json.loads(
        site.files(small_catalogue(), VERSION)[Path("site/docs/assets/endpoints.json")]
    )
    anchors = slugs(e.key for e in small_catalogue().endpoints)
    assert index == [
        {
            "anchor": anchors[f"DELETE {API}/accounts/{{aid}}/unscoped"],
            "method": "DELETE",
            "server": API,
            # No scope: the last resource its path names.
            "resources": ["accounts"],
            "scopes": [],
        },
        {
            "anchor": anchors[f"GET {API}/accounts/{{aid}}/x|y*z*"],
            "method": "GET",
            "server": API,
            # Its scope's resource.
            "resources": ["accounts"],
            "scopes": ["create:accounts:auth:refresh_token"],
        },
        {
            "anchor": anchors[TOKEN_ENDPOINT],
            "method": "POST",
            "server": CHECKOUT,
            # A scope without a resource is under `other`.
            "resources": ["account", "other"],
            "scopes": ["admin:account", HOSTILE_NAME],
        },
    ]


def titled_catalogue() -> tuple[Catalogue, dict[str, str]]:
    """A catalogue built from pages, specs and an index that title endpoints with their bare
    operationIds as well as with human titles; and each endpoint's human title, by path."""
    docs = "https://docs.dintero.com/api-reference/"

    def page(name: str, title: str, path: str, method: str = "GET") -> EndpointDoc:
        source = Source(f"{docs}{name}.md", SourceKind.API_PAGE)
        return EndpointDoc(method, API, path, title, docs + name, ("read:x",), source)

    def spec(path: str, operation_id: str, method: str = "GET") -> EndpointDoc:
        source = Source("https://docs.dintero.com/specs/x.yaml", SourceKind.OPENAPI)
        # A spec without a summary: its title is the operationId.
        return EndpointDoc(method, API, path, operation_id, None, ("read:x",), source, operation_id)

    def index(name: str, title: str) -> IndexEntry:
        source = Source("https://docs.dintero.com/llms.txt", SourceKind.LLMS)
        return IndexEntry(title, f"{docs}{name}.md", None, "API", None, True, source)

    records = Records(
        endpoints=[
            # The page is titled with the operationId; the index gives a one-word title.
            page("refund", "aid_refunds_id_get", "/refunds/{id}"),
            spec("/refunds/{id}", "aid_refunds_id_get"),
            # The same, in camelCase and with no spec to say it is an operationId.
            page("things", "listThings", "/things"),
            # A human page title, and the spec's operationId.
            page("create", "Create a refund", "/refunds", "POST"),
            spec("/refunds", "aid_refunds_post", "POST"),
            # Only an operationId: that is all there is to show.
            spec("/orders", "getOrders"),
        ],
        index=[index("refund", "Refund"), index("things", "Things")],
    )
    catalogue = build_catalogue(records, set(), "https://docs.dintero.com/llms.txt", "2026")
    humans = {"/refunds/{id}": "Refund", "/things": "Things", "/refunds": "Create a refund"}
    return catalogue, humans


def test_endpoints_show_a_human_title_where_any_page_gives_one() -> None:
    catalogue, humans = titled_catalogue()
    names = {e.path: e.names for e in catalogue.endpoints}
    assert names["/refunds/{id}"] == ["Refund", "aid_refunds_id_get"]
    assert {e.path: e.title for e in catalogue.endpoints} == {**humans, "/orders": "getOrders"}
    files = site.files(catalogue, VERSION)
    shown = files[Path("site/docs/endpoints.md")].decode()
    for path, title in humans.items():
        (section,) = [
            part
            for part in shown.split("\n### ")[1:]
            if part.split(" { #", 1)[0].endswith(markdown_text(path))
        ]
        # The title under the heading, and the docs link's text.
        assert section.split("\n\n", 2)[1] == markdown_text(title)
        assert f"Dintero docs: [{markdown_text(title)}](" in section
    operation_ids = {n for e in catalogue.endpoints for n in e.names if n not in humans.values()}
    # No page shows them, as text or as markdown.
    for operation_id in operation_ids - {"getOrders"}:
        for written, content in files.items():
            text = content.decode()
            assert operation_id not in text and markdown_text(operation_id) not in text, written
    model = json.loads(files[Path("site/docs/assets/model.json")])
    assert {e["path"]: e["title"] for e in model["endpoints"]} == {
        **humans,
        "/orders": "getOrders",
    }


def test_hostile_text_never_reaches_markdown_as_markup() -> None:
    for path, content in site.files(small_catalogue(), VERSION).items():
        if path.suffix != ".md":
            continue
        text = content.decode()
        assert "<script" not in text, path
        assert "](javascript:" not in text, path
        assert "**b**" not in text, path
        assert "{{ x }}" not in text, path


# The strict build and its search index.


def test_real_site_builds_and_indexes_every_scope_and_endpoint(real_site: Path) -> None:
    catalogue = real_catalogue()
    index = search_index(real_site)
    titles = {html.unescape(d["title"]) for d in index}
    assert {s.name for s in catalogue.scopes} <= titles
    assert {f"{e.method} {e.server}{e.path}" for e in catalogue.endpoints} <= titles
    assert {"Which scope do I need?", "Coverage", "Narrower alternatives"} <= titles
    locations = {d["location"] for d in index}
    assert {"need/", "coverage/"} <= locations
    pages = slugs((s.name for s in catalogue.scopes), ["index"])
    assert all((real_site / "scopes" / page / "index.html").is_file() for page in pages.values())


def test_each_script_is_on_its_page_only(real_site: Path) -> None:
    def scripts(page: str) -> list[str]:
        soup = BeautifulSoup((real_site / page / "index.html").read_text(), "html.parser")
        return [str(s.get("src")) for s in soup.find_all("script") if s.get("src")]

    assert "../assets/need.js" in scripts("need")
    assert "../assets/endpoints.js" in scripts("endpoints")
    assert not any(
        "need.js" in src for page in ("", "coverage", "endpoints") for src in scripts(page)
    )
    assert not any(
        "endpoints.js" in src for page in ("", "coverage", "need") for src in scripts(page)
    )
    filtered = BeautifulSoup((real_site / "endpoints" / "index.html").read_text(), "html.parser")
    script = filtered.find("script", src="../assets/endpoints.js")
    assert script is not None and script["data-index"] == "../assets/endpoints.json"
    assert len(json.loads((real_site / "assets" / "endpoints.json").read_text())) == len(
        real_catalogue().endpoints
    )
    assert (real_site / "assets" / "need.js").is_file()
    model = json.loads((real_site / "assets" / "model.json").read_text())
    assert len(model["endpoints"]) == len(real_catalogue().endpoints)
    tag = BeautifulSoup((real_site / "need" / "index.html").read_text(), "html.parser").find(
        "script", src="../assets/need.js"
    )
    assert tag is not None
    assert (tag["data-model"], tag["data-root"]) == ("../assets/model.json", "../")


def test_coverage_page_in_the_built_site(fixture_site: Path, fixture_catalogue: Catalogue) -> None:
    soup = BeautifulSoup((fixture_site / "coverage" / "index.html").read_text(), "html.parser")
    summary = soup.find("table")
    assert summary is not None
    header = [th.get_text() for th in summary.find_all("th")]
    assert header == [
        "Resource",
        "Endpoints without scopes",
        "Unused scopes",
        "Unused table entries",
        "Missing from the table",
    ]
    rows = [[td.get_text() for td in tr.find_all("td")] for tr in summary.find_all("tr")[1:]]
    counts = {cells[0]: cells[1:] for cells in rows}
    assert set(query.scopes_by_resource(fixture_catalogue)) <= set(counts)
    unused = [
        f.message.split(" ", 1)[0]
        for f in fixture_catalogue.findings
        if f.kind == FindingKind.SCOPE_UNUSED and "scope table" in f.message
    ]
    scope = fixture_catalogue.scope(unused[0])
    assert scope is not None and scope.resource is not None
    resource = scope.resource
    section = soup.find(id=f"resource-{resource}")
    assert section is not None and section.get_text().startswith(resource)
    assert counts[resource][1] == counts[resource][2] != "0"


# What makes a browser fetch: the attribute that names it, per element.
LOADS = {"script": "src", "img": "src", "iframe": "src", "source": "src", "link": "href"}
# Links that name another page without loading it.
NOT_LOADED = {"canonical", "alternate", "prev", "next", "author"}


def test_pages_name_nothing_to_load_from_another_host(hostile_site: Path) -> None:
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        soup = BeautifulSoup(page.read_text(), "html.parser")
        for tag in soup.find_all(list(LOADS)):
            if tag.name == "link" and set(tag.get_attribute_list("rel")) <= NOT_LOADED:
                continue
            url = urlsplit(str(tag.get(LOADS[tag.name], "")))
            assert not (url.scheme or url.netloc), (page, str(tag))


def test_hostile_site_builds_with_the_text_as_text(hostile_site: Path) -> None:
    page = (hostile_site / "scopes" / "admin-account" / "index.html").read_text()
    assert html.escape(HOSTILE, quote=False) in page
    assert "window.pwned=1</script>" not in page
    assert 'href="javascript:' not in page
    assert "<strong>b</strong>" not in page


# In a browser.


async def heading(page: Page, selector: str) -> str:
    """A heading's text without its permalink."""
    return (await page.locator(selector).inner_text()).strip().removesuffix("¶")


async def search(page: Page, words: str) -> list[tuple[str, str]]:
    """Type into Material's search box; each result's link and text, best first."""
    box = page.locator("input.md-search__input")
    await box.click()
    await box.fill(words)
    await box.press("End")  # Material searches on keyup: one query, for all the words
    results = page.locator(".md-search-result__link")
    await results.first.wait_for(timeout=10_000)
    return [
        (await a.get_attribute("href") or "", await a.inner_text()) for a in await results.all()
    ]


def results_named(results: list[tuple[str, str]], title: str) -> list[str]:
    return [href for href, text in results if text.strip().split("\n", 1)[0] == title]


@in_browser
async def test_search_finds_a_scope_by_part_of_its_name(
    fixture_site: Path, context: BrowserContext
) -> None:
    with serve(fixture_site) as server:
        page = await context.new_page()
        await page.goto(server.origin)
        found = await search(page, "refresh_token")
        hits = results_named(found, "create:accounts:auth:refresh_token")
        assert hits and "/scopes/create-accounts-auth-refresh-token/" in hits[0]
        await page.goto(hits[0])
        assert await heading(page, "article h1") == "create:accounts:auth:refresh_token"


@in_browser
async def test_search_finds_an_endpoint_by_its_path(
    fixture_site: Path, context: BrowserContext
) -> None:
    with serve(fixture_site) as server:
        page = await context.new_page()
        await page.goto(server.origin)
        # Material folds all but the best result of a page: find the endpoint by its anchor.
        anchor = slugs([SESSION_ENDPOINT])[SESSION_ENDPOINT]
        results = await search(page, "/sessions/{session_id}")
        hits = [href for href, _ in results if href.endswith(f"#{anchor}")]
        assert hits
        await page.goto(hits[0])
        anchor = hits[0].split("#", 1)[1]
        assert await heading(page, f"h3[id='{anchor}']") == SESSION_ENDPOINT
        assert await page.locator(f"h3[id='{anchor}']").is_visible()


@in_browser
async def test_no_request_leaves_the_site(hostile_site: Path, context: BrowserContext) -> None:
    """Fonts included: every request of the pages, their scripts and the search goes to the
    site's own origin."""
    with serve(hostile_site) as server:
        page = await context.new_page()
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        for path in ["", "scopes/admin-account/", "endpoints/", "need/"]:
            await page.goto(server.origin + path)
            await page.wait_for_load_state("networkidle")
        await page.fill("#need-calls", "POST /v1/accounts/T12345678/auth/token")
        await page.click("#need-submit")
        await page.locator("#need-answer table").wait_for()
        assert await search(page, "refresh_token")
        await page.wait_for_load_state("networkidle")
        await page.close()
    assert len(requests) > 10
    assert [url for url in requests if not url.startswith(server.origin)] == []
    # The pages, their styles, scripts and data, and the search's workers and index.
    assert {
        "need.js",
        "model.json",
        "endpoints.js",
        "endpoints.json",
        "site.css",
        "search.js",
        "search-worker.js",
        "search_index.json",
    } <= {urlsplit(url).path.rsplit("/", 1)[-1] for url in requests}


@in_browser
async def test_a_scope_page_copies_the_scope_name(
    hostile_site: Path, context: BrowserContext
) -> None:
    pages = slugs(s.name for s in small_catalogue().scopes)
    with serve(hostile_site) as server:
        page = await context.new_page()
        for name in ["create:accounts:auth:refresh_token", HOSTILE_NAME]:
            await page.goto(f"{server.origin}scopes/{pages[name]}/")
            block = page.locator("article pre.scope-name")
            assert await block.locator("code").inner_text() == name
            await block.hover()
            await block.locator("button[data-md-type='copy']").click()
            assert await page.evaluate("navigator.clipboard.readText()") == name
            await assert_harmless(page)


SHOWN_ENDPOINTS = """() => {
  const shown = (selector) => [...document.querySelectorAll(selector)]
    .filter((e) => e.offsetParent !== null)
    .map((e) => e.textContent.replace("\u00b6", "").trim());
  return {
    rows: shown("article tbody tr td:nth-child(2)"),
    servers: shown("article h2[data-search-exclude]"),
    sections: shown("article h3"),
    count: document.querySelector("#endpoint-filter-count").textContent,
  };
}"""


@in_browser
async def test_the_endpoint_index_filters(hostile_site: Path, context: BrowserContext) -> None:
    """By method, server, resource and scope, alone or together: the index's rows, the
    server tables left with none, and the endpoints' sections."""
    token, unscoped, things = (
        ("/accounts/{oid}/auth/token", f"{CHECKOUT}/accounts/{{oid}}/auth/token"),
        ("/accounts/{aid}/unscoped", f"{API}/accounts/{{aid}}/unscoped"),
        ("/accounts/{aid}/x|y*z*", f"{API}/accounts/{{aid}}/x|y*z*"),
    )
    everything = {
        "rows": [unscoped[0], things[0], token[0]],
        "servers": [API, CHECKOUT],
        "sections": [f"DELETE {unscoped[1]}", f"GET {things[1]}", f"POST {token[1]}"],
        "count": "Showing 3 of 3 endpoints.",
    }
    with serve(hostile_site) as server:
        page = await context.new_page()
        await page.goto(server.origin + "endpoints/")
        await page.locator("#endpoint-filter-count").wait_for()
        assert await page.evaluate(SHOWN_ENDPOINTS) == everything
        options = {
            name: await page.locator(f"#endpoint-filter-{name} option").all_inner_texts()
            for name in ("method", "server", "resource", "scope")
        }
        assert options == {
            "method": ["any", "DELETE", "GET", "POST"],
            "server": ["any", API, CHECKOUT],
            "resource": ["any", "account", "accounts", "other"],
            "scope": ["any", HOSTILE_NAME, "admin:account", "create:accounts:auth:refresh_token"],
        }

        async def choose(**values: str) -> dict[str, Any]:
            for name, value in values.items():
                await page.select_option(f"#endpoint-filter-{name}", value)
            shown: dict[str, Any] = await page.evaluate(SHOWN_ENDPOINTS)
            return shown

        assert await choose(method="DELETE") == {
            "rows": [unscoped[0]],
            "servers": [API],
            "sections": [f"DELETE {unscoped[1]}"],
            "count": "Showing 1 of 3 endpoints.",
        }
        await page.click("#endpoint-filter-clear")
        assert await page.evaluate(SHOWN_ENDPOINTS) == everything
        # An endpoint without scopes is under the resource its path names.
        assert (await choose(resource="accounts"))["rows"] == [unscoped[0], things[0]]
        assert (await choose(resource="other", server=CHECKOUT))["rows"] == [token[0]]
        assert (await choose(resource="", server="", scope=HOSTILE_NAME))["sections"] == [
            f"POST {token[1]}"
        ]
        assert await choose(server=API) == {
            "rows": [],
            "servers": [],
            "sections": [],
            "count": "Showing 0 of 3 endpoints.",
        }
        await assert_harmless(page)
        # The address holds the choice, the hostile name as text; a link to it filters again.
        assert parse_qs(urlsplit(page.url).query) == {"server": [API], "scope": [HOSTILE_NAME]}
        shared = await context.new_page()
        await shared.goto(page.url)
        await shared.locator("#endpoint-filter-count").wait_for()
        assert await shared.evaluate(SHOWN_ENDPOINTS) == await page.evaluate(SHOWN_ENDPOINTS)
        assert await shared.locator("#endpoint-filter-scope").input_value() == HOSTILE_NAME
        await assert_harmless(shared)
        # "Show all" empties it; what no endpoint has is named and left out.
        await page.click("#endpoint-filter-clear")
        assert urlsplit(page.url).query == ""
        await shared.goto(f"{server.origin}endpoints/?method=GET&scope=read:gone")
        await shared.locator("#endpoint-filter-count").wait_for()
        assert (await shared.evaluate(SHOWN_ENDPOINTS))["rows"] == [things[0]]
        assert await shared.locator("#endpoint-filter-unknown").inner_text() == (
            "No endpoint has the scope read:gone this link asks for: not applied."
        )


async def assert_harmless(page: Page) -> None:
    """No script of the page's own ran or exists, and nothing links to `javascript:`."""
    assert await page.evaluate("window.pwned") is None
    scripts = "[...document.scripts].filter(s => s.textContent.includes('pwned')).length"
    assert await page.evaluate(scripts) == 0
    assert await page.locator("a[href^='javascript:' i]").count() == 0


@in_browser
async def test_hostile_text_shows_as_text_in_the_browser(
    hostile_site: Path, context: BrowserContext
) -> None:
    shown = " ".join(HOSTILE.split())
    with serve(hostile_site) as server:
        page = await context.new_page()
        for path in [
            "scopes/admin-account/",
            "endpoints/",
            "findings/",
            "resources/account/",
            "coverage/",
        ]:
            await page.goto(server.origin + path)
            await assert_harmless(page)
            assert shown in await page.locator("article").inner_text(), path
        hostile = slugs([HOSTILE_NAME])[HOSTILE_NAME]
        await page.goto(f"{server.origin}scopes/{hostile}/")
        await assert_harmless(page)
        assert await page.title() == f"{HOSTILE_NAME} - Dintero scope catalogue"
        assert await heading(page, "article h1") == HOSTILE_NAME
        results = await search(page, "pwned")
        assert results
        await assert_harmless(page)


def test_every_kind_has_a_title() -> None:
    assert set(site.FINDING_KINDS) == set(FindingKind)
    assert set(site.SOURCE_KINDS) == set(SourceKind)


def test_the_home_page_says_whether_the_docs_were_read_live() -> None:
    copy = site.files(replace(small_catalogue(), mirror=True), VERSION)
    live = site.files(small_catalogue(), VERSION)
    assert "not from the live site" in copy[Path("site/docs/index.md")].decode()
    assert "Read from the live site." in live[Path("site/docs/index.md")].decode()


def test_coverage_lists_the_pages_with_scopes_outside_any_scope_list() -> None:
    coverage = site.files(small_catalogue(), VERSION)[Path("site/docs/coverage.md")].decode()
    assert "- **1** pages (API pages, specs, scope tables) that mention scopes" in coverage
    section = coverage.split("## Scopes outside any scope list { #outside-any-scope-list }\n")[1]
    assert "get\\-token\\.md" in section and "<code>read:hidden</code>" in section
    empty = replace(small_catalogue(), findings=[])
    assert (
        "outside-any-scope-list"
        not in site.files(empty, VERSION)[Path("site/docs/coverage.md")].decode()
    )
