"""scraper.fetch.transports: `--mirror` as a directory, or as another origin over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

import pytest

from scraper.errors import FetchError
from scraper.fetch import (
    Fetcher,
    MirrorError,
    MirrorTransport,
    OriginTransport,
    Page,
    mirror_transport,
)
from scraper.settings import DOCS_HOST
from tests.fetching import DOCS, FAST, fast, get_all
from tests.servers import LocalServer, serve


@pytest.fixture
def mirror_dir(tmp_path: Path) -> Path:
    """A small mirror: one folder per host, with a secret just outside it."""
    (tmp_path / "secret.txt").write_text("secret")
    root = tmp_path / "mirror"
    files = {
        "llms.txt": "# Dintero Documentation\n",
        "docs/clients.md": "# Clients\n",
        "docs/clients/index.html": "<h1>Clients</h1>\n",
        "api-reference/ev/checkout_token_*.md": "# Token\n",
        "specs/spec.yaml": "swagger: '2.0'\n",
    }
    for name, text in files.items():
        file = root / DOCS_HOST / name
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text)
    return root


async def test_mirror_directory(mirror_dir: Path) -> None:
    async with Fetcher(FAST, mirror=str(mirror_dir)) as fetcher:
        llms, md, html, star, spec, missing = await get_all(
            fetcher,
            [
                f"{DOCS}/llms.txt",
                f"{DOCS}/docs/clients.md",
                f"{DOCS}/docs/clients",
                f"{DOCS}/api-reference/ev/checkout_token_%2A.md",
                f"{DOCS}/specs/spec.yaml",
                f"{DOCS}/docs/nothing.md",
            ],
        )
    assert isinstance(llms, Page) and llms.text() == "# Dintero Documentation\n"
    assert llms.content_type == "text/plain"
    assert isinstance(md, Page) and (md.text(), md.content_type) == ("# Clients\n", "text/markdown")
    assert isinstance(html, Page) and html.content_type == "text/html"
    assert html.text() == "<h1>Clients</h1>\n"
    assert isinstance(star, Page) and star.text() == "# Token\n"
    assert isinstance(spec, Page) and spec.content_type == "application/yaml"
    assert isinstance(missing, Page) and missing.status == 404


@pytest.mark.parametrize(
    "path",
    ["/../secret.txt", "/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/..%2f..%2fsecret.txt"],
)
async def test_mirror_never_reads_outside(mirror_dir: Path, path: str) -> None:
    async with Fetcher(fast(attempts=1), transport=MirrorTransport(mirror_dir)) as fetcher:
        try:
            page = await fetcher.get(DOCS + path)
        except FetchError as exc:
            assert "segment" in exc.reason
        else:
            assert page.status == 404
            assert b"secret" not in page.body


def test_mirror_transport_choice(tmp_path: Path, mirror_dir: Path) -> None:
    assert isinstance(mirror_transport(str(mirror_dir)), MirrorTransport)
    assert isinstance(mirror_transport("http://127.0.0.1:8000/"), OriginTransport)
    with pytest.raises(MirrorError, match="has no host"):
        mirror_transport("http://")
    with pytest.raises(MirrorError, match="is not a URL"):
        mirror_transport("http://127.0.0.1:port/")
    with pytest.raises(MirrorError, match="does not exist"):
        mirror_transport(str(tmp_path / "absent"))
    with pytest.raises(MirrorError, match=r"no docs\.dintero\.com folder"):
        mirror_transport(str(mirror_dir / DOCS_HOST))


async def test_shared_mirror_copy(shared_docs: Path) -> None:
    async with Fetcher(mirror=str(shared_docs)) as fetcher:
        llms = await fetcher.get(f"{DOCS}/llms.txt")
        star = await fetcher.get(
            f"{DOCS}/api-reference/example-checkout-events/checkout_token_%2A.md"
        )
    assert llms.text().startswith("# Dintero Documentation")
    assert star.status == 200


# A real HTTP server on 127.0.0.1 as a mirror origin.


def _flaky_once(handler: SimpleHTTPRequestHandler, state: LocalServer) -> bool:
    """`.../flaky.md` answers 503 the first time it is asked for."""
    if handler.path.endswith("/flaky.md") and state.paths.count(handler.path) == 1:
        handler.send_error(503)
        return True
    return False


@pytest.fixture
def local_server(tmp_path: Path) -> Iterator[LocalServer]:
    root = tmp_path / "www"
    root.mkdir()
    with serve(root, _flaky_once) as server:
        yield server


async def test_origin_mirror_serves_docs_urls(local_server: LocalServer) -> None:
    (local_server.root / "llms.txt").write_text("# Dintero Documentation\n")
    (local_server.root / "flaky.md").write_text("# Flaky\n")
    async with Fetcher(FAST, mirror=local_server.origin) as fetcher:
        llms = await fetcher.get(f"{DOCS}/llms.txt")
        missing = await fetcher.get(f"{DOCS}/nothing.md")
        flaky = await fetcher.get(f"{DOCS}/flaky.md")
    assert (llms.url, llms.status, llms.text()) == (
        f"{DOCS}/llms.txt",
        200,
        "# Dintero Documentation\n",
    )
    assert missing.status == 404
    assert (flaky.status, flaky.text()) == (200, "# Flaky\n")
    assert local_server.paths == ["/llms.txt", "/nothing.md", "/flaky.md", "/flaky.md"]
    assert set(local_server.hosts) == {local_server.origin.removeprefix("http://").rstrip("/")}


async def test_origin_mirror_with_path_prefix_and_redirect(local_server: LocalServer) -> None:
    # http.server redirects a directory URL to its slash form, under the prefix;
    # that redirect must be followed as one on the docs host.
    index = local_server.root / DOCS_HOST / "docs" / "clients" / "index.html"
    index.parent.mkdir(parents=True)
    index.write_text("<h1>Clients</h1>\n")
    async with Fetcher(mirror=f"{local_server.origin}{DOCS_HOST}/") as fetcher:
        page = await fetcher.get(f"{DOCS}/docs/clients")
    assert (page.url, page.status, page.text()) == (
        f"{DOCS}/docs/clients",
        200,
        "<h1>Clients</h1>\n",
    )
    assert local_server.paths == [
        f"/{DOCS_HOST}/docs/clients",
        f"/{DOCS_HOST}/docs/clients/",
    ]
