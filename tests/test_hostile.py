"""Hostile input through the whole pipeline: strings, paths and hosts.

Docs whose scope table, API pages and spec hold quotes, backslashes, template syntax,
markup and script are refreshed over HTTP; the generated Python, the schemas and the
built site must hold exactly those strings, as data. Links, redirects and saved
validators that try to leave the mirror or the output directory must not read or write
a byte outside them, and nothing but the allowed hosts is ever contacted.
"""

from __future__ import annotations

import json
import os
import shutil
import string
import subprocess
import sys
import warnings
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from playwright.async_api import BrowserContext, Page

from scraper.cli import main
from scraper.lock import LOCK
from scraper.naming import slugs
from scraper.outputs import MARKER, MARKER_TEXT
from scraper.parse import parse_document
from scraper.snapshot import VALIDATORS, load_cache
from tests.browser import in_browser
from tests.conftest import FIXTURES
from tests.servers import LocalServer, serve

# Slow: runs the whole pipeline, mkdocs and Chromium.
pytestmark = pytest.mark.slow

DOCS = "https://docs.dintero.com"
API = "https://api.dintero.com/v1"

# Each string opens something a renderer might close: a Python string or docstring, a
# Jinja expression, markdown emphasis and links, HTML elements, attributes and scripts.
DESCRIPTION = (
    "Quotes \" and ' and \\ and \"\"\"triple\"\"\" and '''single''', {{ 7*7 }} {% raw %} "
    '</script><script>window.pwned=1</script> <img src=x onerror="window.pwned=2"> '
    "[x](javascript:window.pwned=3) **bold** <b>b</b> &amp; &lt;"
)
CHILD_DESCRIPTION = "Read {{ config }} and {% for x in y %}, \\N{DASH} \\x00 </title>"
CHILD = "read:checkout:{{7*7}}"
HOSTILE_SCOPE = (
    "write:\"q\" 'q' \\ \"\"\" ''' {{ 7*7 }} </script><script>window.pwned=4</script>"
    "<img src=x onerror=window.pwned=5> **b** [x](javascript:window.pwned=6)"
)
LINE_SCOPE = "read:line\nbreak <b>x</b>"
TITLE = (
    "<script>window.pwned=7</script> \"Quoted\" \\ '''x''' {{ title }} </title>"
    "<img src=x onerror=window.pwned=8>"
)
SUMMARY = '"Spec" \\ {{ summary }} </script><script>window.pwned=9</script>'
PROSE = 'Use admin:nothing with <script>window.pwned=10</script> {{ 7*7 }} "q" \\ here.'
NOT_A_SCOPE = "</td><script>window.pwned=11</script>"


def escaped(text: str) -> str:
    """Markdown whose text reads as `text`: every ASCII punctuation mark backslash-escaped."""
    return "".join(f"\\{c}" if c in string.punctuation else c for c in text)


CLIENTS = f"""# API clients

## Available scopes

| Name | Description |
| --- | --- |
| **`admin:checkout`** | {escaped(DESCRIPTION)} |
|   `{CHILD}` | {escaped(CHILD_DESCRIPTION)} |
| `{NOT_A_SCOPE}` | a row that names no scope |
"""
PAGE = f"""# {escaped(TITLE)}

> A page whose every string is hostile.

scopes:
- admin:checkout
- {CHILD}

GET {API}/hostile/{{id}}

{escaped(PROSE)}
"""
SPEC = {
    "openapi": "3.0.1",
    "info": {"title": "Hostile", "version": "1"},
    "servers": [{"url": API}],
    "paths": {
        "/hostile/{id}/spec": {
            "post": {"summary": SUMMARY, "x-scopes": ["admin:checkout", HOSTILE_SCOPE, LINE_SCOPE]}
        }
    },
}
INDEX = f"""# Hostile docs

## Docs

- [Clients]({DOCS}/docs/clients.md)
- [Hostile]({DOCS}/api-reference/hostile.md): {TITLE}

## OpenAPI Specs

- [Spec]({DOCS}/specs/hostile.yaml)
"""


def write_site(root: Path) -> Path:
    docs = root / "docs.dintero.com"
    for path, text in {
        "llms.txt": INDEX,
        "docs/clients.md": CLIENTS,
        "api-reference/hostile.md": PAGE,
        "specs/hostile.yaml": yaml.safe_dump(SPEC, allow_unicode=True),
    }.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def hostile_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The outputs of a refresh, over HTTP, of the hostile docs."""
    site = write_site(tmp_path_factory.mktemp("hostile-www"))
    out = tmp_path_factory.mktemp("hostile-out")
    with serve(site) as server:
        code = main(["refresh", "--mirror", server.origin + "docs.dintero.com/", "--out", str(out)])
    assert code == 10
    return out


def catalogue(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "generated" / "catalogue.json").read_text())
    return data


def test_the_catalogue_holds_the_strings_exactly(hostile_out: Path) -> None:
    data = catalogue(hostile_out)
    scopes = {s["name"]: s for s in data["scopes"]}
    assert scopes["admin:checkout"]["description"] == DESCRIPTION
    assert (scopes[CHILD]["description"], scopes[CHILD]["group"]) == (
        CHILD_DESCRIPTION,
        "admin:checkout",
    )
    assert HOSTILE_SCOPE in scopes and LINE_SCOPE in scopes
    titles = {(e["method"], e["path"]): (e["title"], e["scopes"]) for e in data["endpoints"]}
    assert titles == {
        ("GET", "/hostile/{id}"): (TITLE, sorted(["admin:checkout", CHILD])),
        ("POST", "/hostile/{id}/spec"): (
            SUMMARY,
            sorted(["admin:checkout", HOSTILE_SCOPE, LINE_SCOPE]),
        ),
    }
    messages = " ".join(f["message"] for f in data["findings"])
    assert repr(f"`{NOT_A_SCOPE}`") in messages
    assert repr(" ".join(PROSE.split())) in messages


def test_the_python_package_compiles_and_holds_the_strings(hostile_out: Path) -> None:
    src = hostile_out / "generated" / "python" / "src"
    for module in (src / "dintero_scopes").glob("*.py"):
        compile(module.read_bytes(), str(module), "exec")
    program = (
        "import json, dintero_scopes as d\n"
        "print(json.dumps({\n"
        "    'scopes': {m.value: m.description for m in d.Scope},\n"
        "    'titles': {e.path: doc.title for e, doc in d.ENDPOINT_DOCS.items()},\n"
        "    'scopes_of': {e.path: [str(s) for s in v] for e, v in d.ENDPOINTS.items()},\n"
        "}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], cwd=src, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    package = json.loads(done.stdout)
    data = catalogue(hostile_out)
    assert package["scopes"] == {s["name"]: s["description"] for s in data["scopes"]}
    assert package["scopes"]["admin:checkout"] == DESCRIPTION
    assert package["titles"] == {"/hostile/{id}": TITLE, "/hostile/{id}/spec": SUMMARY}
    assert package["scopes_of"]["/hostile/{id}/spec"] == sorted(
        ["admin:checkout", HOSTILE_SCOPE, LINE_SCOPE]
    )


def test_the_schemas_are_json_holding_the_strings(hostile_out: Path) -> None:
    schemas = hostile_out / "generated" / "schema"
    scope_schema = json.loads((schemas / "dintero-scope.schema.json").read_text())
    grant_schema = json.loads((schemas / "client-grant.schema.json").read_text())
    names = {s["name"] for s in catalogue(hostile_out)["scopes"]}
    described = dict(zip(scope_schema["enum"], scope_schema["enumDescriptions"], strict=True))
    assert set(described) == names
    assert described["admin:checkout"] == DESCRIPTION
    assert described[CHILD] == f"{CHILD_DESCRIPTION} Listed under admin:checkout."
    validator = jsonschema.Draft202012Validator(grant_schema)
    grant = {
        "client_id": "c",
        "audience": "https://api.dintero.com/v1/accounts/T12345678",
        "scope": [HOSTILE_SCOPE, LINE_SCOPE, CHILD],
        "type": "client_credentials",
    }
    assert validator.is_valid(grant)
    assert not validator.is_valid({**grant, "scope": [HOSTILE_SCOPE + " "]})


def test_an_html_page_that_looks_like_a_url_warns_nothing() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        parse_document(f"{DOCS}/docs/page", "text/html", "https://evil.example/x")
        parse_document(f"{DOCS}/docs/page", "text/html", "<?xml version='1.0'?><h1>T</h1>")
    assert caught == []


# The site, built and opened in a browser.


@pytest.fixture(scope="module")
def hostile_site(hostile_out: Path) -> Path:
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "site/mkdocs.yml"],
        cwd=hostile_out,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return hostile_out / "site" / "_build"


INJECTED = """() => ({
    pwned: window.pwned === undefined ? null : String(window.pwned),
    scripts: [...document.scripts].filter(s => s.textContent.includes('pwned')).length,
    handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(
        a => a.name.startsWith('on') && a.value.includes('pwned'))).length,
    images: document.querySelectorAll('img[src="x"]').length,
    links: document.querySelectorAll("a[href^='javascript:' i]").length,
    bold: [...document.querySelectorAll('article b, article strong')].filter(
        e => e.textContent === 'b' || e.textContent === 'bold').length,
})"""


async def assert_harmless(page: Page) -> None:
    """No injected script ran or exists, and no injected element or link is there."""
    found = await page.evaluate(INJECTED)
    assert found == {
        "pwned": None,
        "scripts": 0,
        "handlers": 0,
        "images": 0,
        "links": 0,
        "bold": 0,
    }, page.url


def shown(text: str) -> str:
    return " ".join(text.split())


@in_browser
async def test_the_site_shows_the_strings_as_text(
    hostile_out: Path, hostile_site: Path, context: BrowserContext
) -> None:
    names = [s["name"] for s in catalogue(hostile_out)["scopes"]]
    pages = slugs(names)
    expected = {
        f"scopes/{pages['admin:checkout']}/": [DESCRIPTION, CHILD],
        f"scopes/{pages[CHILD]}/": [CHILD, CHILD_DESCRIPTION],
        f"scopes/{pages[HOSTILE_SCOPE]}/": [HOSTILE_SCOPE, f"{API}/hostile/{{id}}/spec"],
        f"scopes/{pages[LINE_SCOPE]}/": [LINE_SCOPE, HOSTILE_SCOPE],
        "endpoints/": [TITLE, SUMMARY, HOSTILE_SCOPE],
        "findings/": [NOT_A_SCOPE],
        "": [],
    }
    page = await context.new_page()
    with serve(hostile_site) as server:
        for path, texts in expected.items():
            await page.goto(server.origin + path)
            await assert_harmless(page)
            article = shown(await page.locator("article").inner_text())
            for text in texts:
                assert shown(text) in article, (path, text)
        await page.goto(f"{server.origin}scopes/{pages[HOSTILE_SCOPE]}/")
        assert (await page.title()).startswith(shown(HOSTILE_SCOPE))


# Paths: links, redirects and validators that try to leave the directories.

SECRET = "# Secret\n\n| Name | Description |\n| --- | --- |\n| `admin:secret` | leaked |\n"
# Each tries to reach a secret.md placed at every level above the docs host's folder.
TRAVERSALS = [
    f"{DOCS}/../secret.md",
    f"{DOCS}/../../secret.md",
    f"{DOCS}/docs/../../../secret.md",
    f"{DOCS}/%2e%2e/secret.md",
    f"{DOCS}/docs/%2E%2E/%2e%2e/%2e%2e/secret.md",
    f"{DOCS}/docs/..%2f..%2f..%2fsecret.md",
    f"{DOCS}/..%5c..%5csecret.md",
    f"{DOCS}/..\\..\\secret.md",
    f"{DOCS}/secret%00.md",
    f"{DOCS}/./secret.md",
    f"{DOCS}/docs/%2e%2e",
]
# Links that name no file of the docs host at all: never fetched.
ELSEWHERE = [
    "file:///etc/passwd",
    "file://localhost/secret.md",
    "https://[x/secret.md",
]
# Links relative to the index name pages of the docs host: `..` stops at its root.
RELATIVE = {"/relative.md": f"{DOCS}/relative.md", "../../relative.md": f"{DOCS}/relative.md"}


@pytest.fixture
def tree_root(tmp_path: Path) -> Path:
    """tmp/www/docs.dintero.com (the mirror) with hostile links, and a secret.md in tmp/
    and in tmp/www/, above the docs host's folder."""
    www = tmp_path / "www"
    shutil.copytree(FIXTURES / "mirror", www)
    for directory in (tmp_path, www):
        (directory / "secret.md").write_text(SECRET)
    llms = www / "docs.dintero.com" / "llms.txt"
    links = [*TRAVERSALS, *ELSEWHERE, *RELATIVE, f"{DOCS}/\0secret.md"]
    entries = "".join(f"- [Traversal {i}]({url})\n" for i, url in enumerate(links))
    spec = f"- [Spec traversal]({DOCS}/specs/%2e%2e/%2e%2e/secret.yaml)\n"
    text = llms.read_text().replace(
        "## OpenAPI Specs\n\n", f"{entries}\n## OpenAPI Specs\n\n{spec}"
    )
    llms.write_text(text)
    return tmp_path


def files_under(root: Path, *skip: str) -> dict[str, tuple[bytes, int]]:
    return {
        str(path.relative_to(root)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.relative_to(root).parts[0] not in skip
    }


def assert_stayed_inside(tree_root: Path, before: dict[str, tuple[bytes, int]]) -> None:
    """Nothing outside out/ and snap/ changed; nothing inside them came from a secret."""
    assert files_under(tree_root, "out", "snap") == before
    assert sorted(p.name for p in (tree_root / "out").iterdir()) == [LOCK, "generated", "site"]
    for directory in (tree_root / "out", tree_root / "snap"):
        for path in directory.rglob("*"):
            assert path.resolve().is_relative_to(directory.resolve())
            if path.is_file():
                assert b"admin:secret" not in path.read_bytes(), path
    assert [p.name for p in (tree_root / "snap").iterdir()] == ["docs.dintero.com"]


def refresh_with_snapshot(tree_root: Path, mirror: str) -> dict[str, Any]:
    out, snap = tree_root / "out", tree_root / "snap"
    code = main(["refresh", "--mirror", mirror, "--out", str(out), "--save-raw", str(snap)])
    assert code == 10
    return catalogue(out)


@pytest.fixture
def mirror_server(tree_root: Path) -> Iterator[LocalServer]:
    """The mirror over HTTP; its root holds a secret.md too."""
    with serve(tree_root / "www") as server:
        yield server


@pytest.mark.parametrize("over_http", [False, True], ids=["directory mirror", "http mirror"])
def test_traversing_links_are_refused_and_nothing_outside_is_read_or_written(
    over_http: bool, tree_root: Path, request: pytest.FixtureRequest
) -> None:
    """Completes (exit 10): each such link is a fetch_failed finding naming it."""
    before = files_under(tree_root, "out", "snap")
    if over_http:
        server: LocalServer = request.getfixturevalue("mirror_server")
        mirror = server.origin + "docs.dintero.com/"
    else:
        mirror = str(tree_root / "www")
    data = refresh_with_snapshot(tree_root, mirror)
    assert_stayed_inside(tree_root, before)
    assert "admin:secret" not in {s["name"] for s in data["scopes"]}
    failed = {
        url: f["message"]
        for f in data["findings"]
        if f["kind"] == "fetch_failed"
        for url in f["urls"]
    }
    # `docs/%2e%2e.md` is a file named `...md`, safe and missing: then the page is tried.
    for url in TRAVERSALS:
        assert failed[url] in ("'.' or '..' segment in path", "backslash or NUL in path"), url
    # The links elsewhere were never fetched; the spec and NUL links were refused too.
    spec, nul = f"{DOCS}/specs/%2e%2e/%2e%2e/secret.yaml", f"{DOCS}/\0secret.md"
    assert set(failed) == {*TRAVERSALS, spec, nul}
    missing = {url for f in data["findings"] if f["kind"] == "page_not_found" for url in f["urls"]}
    assert set(RELATIVE.values()) <= missing
    if over_http:
        assert not any("secret" in path for path in server.paths), server.paths
        assert "/docs.dintero.com/relative.md" in server.paths


# Where a page redirects to, and why the fetcher refuses to follow.
OTHER_HOST = "redirect to other host 127.0.0.1 refused"
REDIRECTS = {
    "../../../secret.md": OTHER_HOST,
    "/secret.md": OTHER_HOST,
    "/docs.dintero.com/../secret.md": OTHER_HOST,
    "//127.0.0.1:1/secret.md": OTHER_HOST,
    "/docs.dintero.com/%2e%2e/secret.md": (
        f"redirect to {DOCS}/%2e%2e/secret.md refused: '.' or '..' segment in path"
    ),
    "/docs.dintero.com/docs/%2E%2E/%2e%2e/secret.md": (
        f"redirect to {DOCS}/docs/%2E%2E/%2e%2e/secret.md refused: '.' or '..' segment in path"
    ),
    "/docs.dintero.com/docs%5c..%5c..%5csecret.md": (
        f"redirect to {DOCS}/docs%5c..%5c..%5csecret.md refused: backslash or NUL in path"
    ),
}
# httpx gives a Location without a host the request's host: this one asks the mirror for
# docs.dintero.com/etc/passwd, which it has not.
NOT_FOUND = "file:///etc/passwd"


@pytest.mark.parametrize("location", [*sorted(REDIRECTS), NOT_FOUND])
def test_traversing_redirects_are_refused_and_read_nothing_outside(
    location: str, tree_root: Path
) -> None:
    """Completes (exit 10; no earlier catalogue to compare with): the page that redirects
    is a finding saying why, and the server was never asked for the secret.

    A mirror server that resolves `%2e%2e` itself (as Python's http.server does) would
    otherwise serve what lies above the mirror's folder.
    """
    page = "/docs.dintero.com/api-reference/stores/store-details.md"

    def intercept(handler: SimpleHTTPRequestHandler, state: LocalServer) -> bool:
        if handler.path != page:
            return False
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
        return True

    before = files_under(tree_root, "out", "snap")
    with serve(tree_root / "www", intercept) as server:
        data = refresh_with_snapshot(tree_root, server.origin + "docs.dintero.com/")
    assert_stayed_inside(tree_root, before)
    assert "admin:secret" not in {s["name"] for s in data["scopes"]}
    store = f"{DOCS}/api-reference/stores/store-details.md"
    (finding,) = [f for f in data["findings"] if store in f["urls"]]
    if location == NOT_FOUND:
        assert finding["kind"] == "page_not_found"
        assert "/docs.dintero.com/etc/passwd" in server.paths
    else:
        assert finding == {"kind": "fetch_failed", "message": REDIRECTS[location], "urls": [store]}
    assert not any("secret" in path for path in server.paths), server.paths


def test_hostile_validators_are_skipped(tree_root: Path, mirror_server: LocalServer) -> None:
    """Completes: saved validators naming paths outside the snapshot, or holding other than
    strings, are not read; the rest still revalidate."""
    out = tree_root / "out"
    clients = out / "generated" / "snapshot" / "docs.dintero.com" / "docs" / "clients.md"
    clients.parent.mkdir(parents=True)
    clients.write_text("# Kept\n")
    # As a previous refresh left it.
    (out / "generated" / MARKER).write_bytes(MARKER_TEXT)
    escapes = [
        f"{DOCS}/../../../secret.md",
        f"{DOCS}/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.md",
        f"{DOCS}/..\\..\\..\\secret.md",
        "file:///etc/passwd",
        "https://../secret.md",
    ]
    table: dict[str, object] = {
        url: {"etag": '"x"', "content_type": "text/markdown"} for url in escapes
    }
    table[f"{DOCS}/llms.txt"] = "not an object"
    table[f"{DOCS}/docs/clients.md"] = {
        "etag": 5,
        "last_modified": ["x"],
        "content_type": "text/markdown",
    }
    (out / VALIDATORS).write_text(json.dumps(table))
    cache = load_cache(out)
    assert set(cache) == {f"{DOCS}/docs/clients.md"}
    assert (cache[f"{DOCS}/docs/clients.md"].body, cache[f"{DOCS}/docs/clients.md"].etag) == (
        b"# Kept\n",
        None,
    )
    before = files_under(tree_root, "out", "snap")
    data = refresh_with_snapshot(tree_root, mirror_server.origin + "docs.dintero.com/")
    assert_stayed_inside(tree_root, before)
    assert {s["name"] for s in data["scopes"]} >= {"admin:checkout", "read:checkout"}


def test_pages_whose_snapshot_files_collide_stop_the_run(
    tree_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Stops (exit 2) with one line naming both URLs: `a.md` and `a.md/b.md` cannot both be
    kept, and a snapshot without one could not reproduce the refresh."""
    inner = f"{DOCS}/docs/clients.md/inner.md"
    llms = tree_root / "www" / "docs.dintero.com" / "llms.txt"
    llms.write_text(f"# Docs\n\n- [Clients]({DOCS}/docs/clients.md)\n- [Inner]({inner})\n")

    def intercept(handler: SimpleHTTPRequestHandler, state: LocalServer) -> bool:
        if handler.path != "/docs.dintero.com/docs/clients.md/inner.md":
            return False
        body = (
            b"# Inner\n\nscopes:\n- read:inner\n\n```yaml\nopenapi: 3.0.1\nservers:\n"
            b"  - url: https://api.dintero.com/v1\npaths:\n  /inner:\n    get: {}\n```\n"
        )
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
        return True

    before = files_under(tree_root)
    with serve(tree_root / "www", intercept) as server:
        mirror = server.origin + "docs.dintero.com/"
        code = main(["refresh", "--mirror", mirror, "--out", str(tree_root / "out")])
    error = capsys.readouterr().err
    assert code == 2
    assert error == (
        f"dintero-scopes: error: {inner}: no room in the snapshot: "
        f"{DOCS}/docs/clients.md is a file there\n"
    )
    # Only the run's lock on the output folder is left, empty.
    after = files_under(tree_root)
    assert after.pop(f"out/{LOCK}")[0] == b""
    assert after == before


# Hosts: only the docs host (and --allow-host) is ever contacted.


def test_links_and_redirects_to_other_hosts_are_never_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Completes: links elsewhere are not fetched; a redirect elsewhere is a fetch_failed
    finding. The other server, a real one on 127.0.0.1, gets no request at all."""
    www = tmp_path / "www"
    shutil.copytree(FIXTURES / "mirror", www)
    store = "/docs.dintero.com/api-reference/stores/store-details.md"
    with serve(tmp_path / "elsewhere") as other:
        port = other.origin.rsplit(":", 1)[1].rstrip("/")
        away = {
            f"{other.origin}a.md",
            f"http://localhost:{port}/b.md",
            f"//127.0.0.1:{port}/c.md",
            f"{DOCS}@127.0.0.1:{port}/d.md",
            f"http://127.0.0.1:{port}\\@docs.dintero.com/e.md",
            "https://evil.example/f.md",
        }
        llms = www / "docs.dintero.com" / "llms.txt"
        entries = "".join(f"- [Away]({url})\n" for url in sorted(away))
        specs = f"- [Spec away]({other.origin}spec.yaml)\n"
        llms.write_text(
            llms.read_text().replace(
                "## OpenAPI Specs\n\n", f"{entries}\n## OpenAPI Specs\n\n{specs}"
            )
        )

        def intercept(handler: SimpleHTTPRequestHandler, state: LocalServer) -> bool:
            if handler.path != store:
                return False
            handler.send_response(302)
            handler.send_header("Location", f"{other.origin}stolen.md")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return True

        with serve(www, intercept) as server:
            mirror = server.origin + "docs.dintero.com/"
            code = main(["refresh", "--mirror", mirror, "--out", str(tmp_path / "out")])
    assert code == 10
    assert other.paths == []
    assert all(path.startswith("/docs.dintero.com/") for path in server.paths)
    assert not any(
        name in path for path in server.paths for name in ("a.md", "stolen", "spec.yaml")
    )
    data = catalogue(tmp_path / "out")
    (failed,) = [f for f in data["findings"] if f["kind"] == "fetch_failed"]
    assert failed["urls"] == [DOCS + store.removeprefix("/docs.dintero.com")]
    assert failed["message"] == "redirect to other host 127.0.0.1 refused"


def test_without_a_mirror_only_allowed_hosts_are_contacted(tmp_path: Path) -> None:
    """Completes: the live client, allowed 127.0.0.1, never connects to localhost."""
    www = tmp_path / "www"
    www.mkdir()
    shutil.copy(FIXTURES / "mirror" / "docs.dintero.com" / "docs" / "clients.md", www)
    shutil.copy(
        FIXTURES / "mirror" / "docs.dintero.com" / "api-reference" / "stores" / "store-details.md",
        www,
    )

    with serve(tmp_path / "elsewhere") as other:
        elsewhere = other.origin.replace("127.0.0.1", "localhost")

        def intercept(handler: SimpleHTTPRequestHandler, state: LocalServer) -> bool:
            if handler.path != "/redirect.md":
                return False
            handler.send_response(302)
            handler.send_header("Location", elsewhere + "stolen.md")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return True

        with serve(www, intercept) as server:
            (www / "llms.txt").write_text(
                "# Docs\n\n## Docs\n\n"
                f"- [Clients]({server.origin}clients.md)\n"
                f"- [Store]({server.origin}store-details.md)\n"
                f"- [Redirect]({server.origin}redirect.md)\n"
                f"- [Elsewhere]({elsewhere}elsewhere.md)\n\n"
                f"## OpenAPI Specs\n\n- [Spec]({elsewhere}spec.yaml)\n"
            )
            source = server.origin + "llms.txt"
            out = tmp_path / "out"
            code = main(
                ["refresh", "--source", source, "--allow-host", "127.0.0.1", "--out", str(out)]
            )
    assert code == 10
    assert other.paths == []
    assert set(server.paths) == {"/llms.txt", "/clients.md", "/store-details.md", "/redirect.md"}
    data = catalogue(out)
    assert [(e["method"], e["path"]) for e in data["endpoints"]] == [
        ("GET", "/accounts/{aid}/stores/{store_id}")
    ]
    (failed,) = [f for f in data["findings"] if f["kind"] == "fetch_failed"]
    assert failed == {
        "kind": "fetch_failed",
        "message": "redirect to other host localhost refused",
        "urls": [f"{server.origin}redirect.md"],
    }
