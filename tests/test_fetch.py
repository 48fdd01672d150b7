"""Tests for scraper.fetch: retries, the host allowlist, caps, mirrors and snapshots."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from http.server import SimpleHTTPRequestHandler
from pathlib import Path, PurePosixPath
from typing import Any

import httpx
import pytest
from stamina.instrumentation import RetryDetails, set_on_retry_hooks

from scraper.errors import FetchError, UnsafePathError
from scraper.fetch import (
    Cached,
    Fetcher,
    MirrorError,
    MirrorTransport,
    OriginTransport,
    Page,
    mirror_transport,
    retry_after_seconds,
    url_to_relpath,
)
from scraper.settings import DOCS_HOST
from tests.servers import LocalServer, serve

DOCS = f"https://{DOCS_HOST}"

Handler = Callable[[httpx.Request], Any]


def fast_fetcher(handler: Handler, **kwargs: Any) -> Fetcher:
    """A Fetcher over a mock transport with no backoff waits."""
    options: dict[str, Any] = {
        "attempts": 3,
        "wait_initial": 0,
        "wait_max": 0,
        "wait_jitter": 0,
        "progress": False,
    }
    options.update(kwargs)
    return Fetcher(transport=httpx.MockTransport(handler), **options)


@pytest.fixture
def retry_waits() -> Iterator[list[float]]:
    """The waits stamina schedules between attempts, in order."""
    waits: list[float] = []

    def record(details: RetryDetails) -> None:
        waits.append(details.wait_for)

    set_on_retry_hooks([record])
    yield waits
    set_on_retry_hooks(None)


# Mock transport: retries, statuses, redirects, caps.


async def test_retries_500_then_succeeds() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        if len(calls) == 1:
            return httpx.Response(500)
        return httpx.Response(200, text="# ok", headers={"content-type": "text/markdown"})

    async with fast_fetcher(handler) as fetcher:
        page = await fetcher.get(f"{DOCS}/x.md")
    assert len(calls) == 2
    assert page.status == 200
    assert page.content_type == "text/markdown"
    assert page.text() == "# ok"


async def test_retries_connection_errors() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, text="ok")

    async with fast_fetcher(handler) as fetcher:
        page = await fetcher.get(f"{DOCS}/x.md")
    assert (calls, page.status) == (2, 200)


async def test_backoff_grows_exponentially(retry_waits: list[float]) -> None:
    async with fast_fetcher(
        lambda request: httpx.Response(503), attempts=4, wait_initial=0.001, wait_max=1
    ) as fetcher:
        with pytest.raises(FetchError):
            await fetcher.get(f"{DOCS}/x.md")
    assert retry_waits == pytest.approx([0.001, 0.002, 0.004])


async def test_429_retry_after_seconds_is_honoured(retry_waits: list[float]) -> None:
    responses = iter([httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(200)])
    # A long exponential wait shows that Retry-After replaced it.
    async with fast_fetcher(lambda request: next(responses), wait_initial=30) as fetcher:
        page = await fetcher.get(f"{DOCS}/x.md")
    assert page.status == 200
    assert retry_waits == [0.0]


async def test_429_retry_after_is_capped(retry_waits: list[float]) -> None:
    responses = iter([httpx.Response(429, headers={"Retry-After": "3600"}), httpx.Response(200)])
    async with fast_fetcher(lambda request: next(responses), retry_after_max=0.01) as fetcher:
        await fetcher.get(f"{DOCS}/x.md")
    assert retry_waits == [0.01]


def test_retry_after_forms() -> None:
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("7", cap=60, now=now) == 7
    assert retry_after_seconds("120", cap=60, now=now) == 60
    assert retry_after_seconds("Wed, 01 Jan 2025 12:00:30 GMT", cap=60, now=now) == 30
    assert retry_after_seconds("Wed, 01 Jan 2025 11:00:00 GMT", cap=60, now=now) == 0
    assert retry_after_seconds("soon", cap=60, now=now) is None
    assert retry_after_seconds("-5", cap=60, now=now) is None
    assert retry_after_seconds(None, cap=60, now=now) is None


async def test_gives_up_with_one_line_error() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(503)

    async with fast_fetcher(handler, attempts=3) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.get(f"{DOCS}/x.md")
    assert calls == 3
    assert str(caught.value) == f"{DOCS}/x.md: HTTP 503 after 3 attempts"
    assert caught.value.url == f"{DOCS}/x.md"


async def test_other_client_errors_are_not_retried() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(403)

    async with fast_fetcher(handler) as fetcher:
        with pytest.raises(FetchError, match=r"x\.md: HTTP 403$"):
            await fetcher.get(f"{DOCS}/x.md")
    assert calls == 1


async def test_404_is_a_page_not_an_error() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(404, text="gone")

    async with fast_fetcher(handler) as fetcher:
        page = await fetcher.get(f"{DOCS}/missing.md")
    assert (page.status, page.body, calls) == (404, b"gone", 1)


async def test_timeout_covers_the_whole_attempt() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(5)
        return httpx.Response(200)

    async with fast_fetcher(handler, timeout=0.02, attempts=2) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.get(f"{DOCS}/slow.md")
    assert caught.value.reason == "timed out after 2 attempts"


def redirecting(chain: dict[str, str]) -> tuple[Handler, list[str]]:
    """A handler redirecting each URL in `chain` to its value; others get 200."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        target = chain.get(str(request.url))
        if target is None:
            return httpx.Response(200, text="final")
        return httpx.Response(302, headers={"Location": target})

    return handler, seen


async def test_redirects_within_allowed_hosts_are_followed() -> None:
    handler, seen = redirecting({f"{DOCS}/a": "/b", f"{DOCS}/b": "https://copy.example/c"})
    async with fast_fetcher(handler, allowed_hosts=["copy.example"]) as fetcher:
        page = await fetcher.get(f"{DOCS}/a")
    assert page.url == f"{DOCS}/a"
    assert page.text() == "final"
    assert seen == [f"{DOCS}/a", f"{DOCS}/b", "https://copy.example/c"]


async def test_redirect_to_other_host_is_refused_at_any_hop() -> None:
    # The refusal comes on the third hop, so the check runs for every hop.
    handler, seen = redirecting(
        {
            f"{DOCS}/a": "/b",
            f"{DOCS}/b": "https://copy.example/c",
            "https://copy.example/c": "https://evil.example/d",
        }
    )
    async with fast_fetcher(handler, allowed_hosts=["copy.example"]) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.get(f"{DOCS}/a")
    assert str(caught.value) == f"{DOCS}/a: redirect to other host evil.example refused"
    assert not any("evil.example" in url for url in seen)


async def test_other_hosts_are_never_contacted() -> None:
    handler, seen = redirecting({})
    async with fast_fetcher(handler) as fetcher:
        with pytest.raises(FetchError, match=r"host evil\.example is not allowed"):
            await fetcher.get("https://evil.example/x.md")
    assert seen == []


async def test_redirect_loop_fails() -> None:
    handler, seen = redirecting({f"{DOCS}/a": "/b", f"{DOCS}/b": "/a"})
    async with fast_fetcher(handler) as fetcher:
        with pytest.raises(FetchError, match=r"/a: more than 5 redirects"):
            await fetcher.get(f"{DOCS}/a")
    assert len(seen) == 6


async def test_body_cap() -> None:
    yielded = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal yielded
        for _ in range(100):
            yielded += 1
            yield b"x" * 10

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/big.md":
            return httpx.Response(200, content=chunks())
        return httpx.Response(200, content=b"x" * 25)

    async with fast_fetcher(handler, max_bytes=25) as fetcher:
        assert (await fetcher.get(f"{DOCS}/fits.md")).body == b"x" * 25
        with pytest.raises(FetchError) as caught:
            await fetcher.get(f"{DOCS}/big.md")
    assert str(caught.value) == f"{DOCS}/big.md: body larger than 25 bytes"
    assert yielded < 100


async def test_user_agent_is_sent() -> None:
    agents: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        agents.append(request.headers["user-agent"])
        return httpx.Response(200)

    async with fast_fetcher(handler) as fetcher:
        await fetcher.get(f"{DOCS}/x.md")
    assert agents[0].startswith("dintero-scope-catalogue/")
    assert "(+https://github.com/dintero-scopes/dintero-scope-catalogue)" in agents[0]


async def test_concurrency_bound() -> None:
    in_flight = 0
    peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return httpx.Response(200, text=request.url.path)

    urls = [f"{DOCS}/{n}.md" for n in range(20)]
    async with fast_fetcher(handler, concurrency=3) as fetcher:
        pages = await fetcher.get_many(urls)
    assert peak == 3
    assert [p.url for p in pages if isinstance(p, Page)] == urls


async def test_get_many_returns_failures_in_order() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503 if request.url.path == "/bad.md" else 200)

    urls = [f"{DOCS}/a.md", f"{DOCS}/bad.md", "https://evil.example/", f"{DOCS}/c.md"]
    async with fast_fetcher(handler) as fetcher:
        results = await fetcher.get_many(urls)
    assert [type(r) for r in results] == [Page, FetchError, FetchError, Page]
    assert [r.url for r in results] == urls


@pytest.mark.parametrize(("progress", "shown"), [(True, True), (False, False), (None, False)])
async def test_progress_bar_only_when_wanted(
    capsys: pytest.CaptureFixture[str], progress: bool | None, shown: bool
) -> None:
    # Under capsys stderr is not a terminal, so the default is quiet.
    async with fast_fetcher(lambda request: httpx.Response(200), progress=progress) as fetcher:
        await fetcher.get_many([f"{DOCS}/a.md", f"{DOCS}/b.md"])
    assert ("fetching" in capsys.readouterr().err) is shown


async def test_charset_and_undecodable_bytes() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "text/markdown; charset=ISO-8859-1", "etag": '"v1"'}
        return httpx.Response(200, content="café".encode("latin-1"), headers=headers)

    async with fast_fetcher(handler) as fetcher:
        page = await fetcher.get(f"{DOCS}/x.md")
    assert (page.content_type, page.charset, page.etag) == ("text/markdown", "iso-8859-1", '"v1"')
    assert page.text() == "café"
    assert not page.decoding_errors

    broken = Page(url=page.url, status=200, content_type="text/markdown", body=b"caf\xe9")
    assert broken.text() == "caf\ufffd"
    assert broken.decoding_errors


# url_to_relpath and the directory mirror.


@pytest.mark.parametrize(
    ("url", "relpath"),
    [
        (f"{DOCS}/llms.txt", "docs.dintero.com/llms.txt"),
        (f"{DOCS}/docs/clients", "docs.dintero.com/docs/clients/index.html"),
        (f"{DOCS}/docs/clients/", "docs.dintero.com/docs/clients/index.html"),
        (f"{DOCS}/", "docs.dintero.com/index.html"),
        (f"{DOCS}", "docs.dintero.com/index.html"),
        (f"{DOCS}/specs/spec-payments.yaml?x=1", "docs.dintero.com/specs/spec-payments.yaml"),
        (f"{DOCS}/ev/checkout_token_%2A.md", "docs.dintero.com/ev/checkout_token_*.md"),
        (f"{DOCS}/ev/checkout_token_*.md", "docs.dintero.com/ev/checkout_token_*.md"),
        (f"{DOCS}/v1.2/page", "docs.dintero.com/v1.2/page/index.html"),
        ("https://Other.Example:8443/a.json", "other.example/a.json"),
    ],
)
def test_url_to_relpath(url: str, relpath: str) -> None:
    assert url_to_relpath(url) == PurePosixPath(relpath)


@pytest.mark.parametrize(
    "url",
    [
        f"{DOCS}/../etc/passwd",
        f"{DOCS}/%2e%2e/%2e%2e/etc/passwd",
        f"{DOCS}/a/..%2f..%2fsecret.txt",
        f"{DOCS}/a%5c..%5csecret.txt",
        f"{DOCS}/a%00.md",
        "https:///a.md",
        "file:///etc/passwd",
        "https://../a.md",
    ],
)
def test_url_to_relpath_rejects_unsafe_urls(url: str) -> None:
    with pytest.raises(UnsafePathError):
        url_to_relpath(url)


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
    async with Fetcher(mirror=str(mirror_dir), progress=False) as fetcher:
        llms, md, html, star, spec, missing = await fetcher.get_many(
            [
                f"{DOCS}/llms.txt",
                f"{DOCS}/docs/clients.md",
                f"{DOCS}/docs/clients",
                f"{DOCS}/api-reference/ev/checkout_token_%2A.md",
                f"{DOCS}/specs/spec.yaml",
                f"{DOCS}/docs/nothing.md",
            ]
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
    async with Fetcher(transport=MirrorTransport(mirror_dir), attempts=1) as fetcher:
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


async def test_snapshot_writes_the_mirror_layout(mirror_dir: Path, tmp_path: Path) -> None:
    snapshot = tmp_path / "snapshot"
    urls = [
        f"{DOCS}/llms.txt",
        f"{DOCS}/docs/clients",
        f"{DOCS}/api-reference/ev/checkout_token_%2A.md",
        f"{DOCS}/docs/nothing.md",
    ]
    async with Fetcher(mirror=str(mirror_dir), snapshot=snapshot, progress=False) as fetcher:
        first = await fetcher.get_many(urls)
    written = sorted(str(p.relative_to(snapshot)) for p in snapshot.rglob("*") if p.is_file())
    assert written == [
        "docs.dintero.com/api-reference/ev/checkout_token_*.md",
        "docs.dintero.com/docs/clients/index.html",
        "docs.dintero.com/llms.txt",
    ]
    # A snapshot is itself a mirror that serves the same bytes.
    async with Fetcher(mirror=str(snapshot), progress=False) as fetcher:
        second = await fetcher.get_many(urls)
    assert [(p.status, p.body) for p in second if isinstance(p, Page)] == [
        (p.status, p.body) for p in first if isinstance(p, Page)
    ]


async def test_shared_mirror_copy(shared_docs: Path) -> None:
    async with Fetcher(mirror=str(shared_docs), progress=False) as fetcher:
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
    async with Fetcher(mirror=local_server.origin, wait_initial=0, wait_jitter=0) as fetcher:
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


# Conditional requests: validators from an earlier fetch, 304 answers.


async def test_conditional_request_reuses_the_cached_body() -> None:
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.headers))
        if request.headers.get("if-none-match") == '"v1"':
            return httpx.Response(304, headers={"etag": '"v1"'})
        return httpx.Response(200, content=b"# New\n", headers={"etag": '"v2"'})

    cache = {
        f"{DOCS}/a.md": Cached(
            b"# Old\n", "text/markdown", '"v1"', "Mon, 02 Nov 2026 10:00:00 GMT"
        ),
        f"{DOCS}/b.md": Cached(b"# Old\n", "text/markdown", '"v0"'),
    }
    async with fast_fetcher(handler, cache=cache) as fetcher:
        same = await fetcher.get(f"{DOCS}/a.md")
        changed = await fetcher.get(f"{DOCS}/b.md")
        fresh = await fetcher.get(f"{DOCS}/c.md")
    assert (same.status, same.body, same.revalidated, same.etag) == (200, b"# Old\n", True, '"v1"')
    assert same.content_type == "text/markdown"
    assert (changed.body, changed.revalidated, changed.etag) == (b"# New\n", False, '"v2"')
    assert seen[0]["if-modified-since"] == "Mon, 02 Nov 2026 10:00:00 GMT"
    assert "if-none-match" not in seen[2]
    assert fresh.body == b"# New\n"
    assert fetcher.not_modified == 1
    assert fetcher.bytes_received == 2 * len(b"# New\n")
