"""scraper.fetch.allowlist: the hosts and paths a fetch may reach, on every redirect hop."""

from __future__ import annotations

import httpx
import pytest

from scraper.errors import FetchError
from scraper.fetch import Allowlist
from tests.fetching import DOCS, Handler, fast_fetcher


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


async def test_redirect_to_an_unsafe_path_is_refused_before_the_hop() -> None:
    handler, seen = redirecting({f"{DOCS}/a.md": "/docs/%2e%2e/%2e%2e/secret.md"})
    async with fast_fetcher(handler) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.get(f"{DOCS}/a.md")
    assert caught.value.reason == (
        f"redirect to {DOCS}/docs/%2e%2e/%2e%2e/secret.md refused: '.' or '..' segment in path"
    )
    assert seen == [f"{DOCS}/a.md"]


async def test_other_hosts_are_never_contacted() -> None:
    handler, seen = redirecting({})
    async with fast_fetcher(handler) as fetcher:
        with pytest.raises(FetchError, match=r"host evil\.example is not allowed"):
            await fetcher.get("https://evil.example/x.md")
    assert seen == []


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        (f"{DOCS}/a/%2e%2e/%2e%2e/etc/passwd", "'.' or '..' segment in path"),
        (f"{DOCS}/a%5c..%5csecret.md", "backslash or NUL in path"),
        ("https://[x/a.md", "host %5Bx is not allowed"),
        (f"{DOCS}:port/a.md", "Invalid port: 'port'"),
    ],
)
async def test_unsafe_urls_are_never_requested(url: str, reason: str) -> None:
    handler, seen = redirecting({})
    async with fast_fetcher(handler) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.get(url)
    assert reason in caught.value.reason
    assert seen == []


async def test_redirect_loop_fails() -> None:
    handler, seen = redirecting({f"{DOCS}/a": "/b", f"{DOCS}/b": "/a"})
    async with fast_fetcher(handler) as fetcher:
        with pytest.raises(FetchError, match=r"/a: more than 5 redirects \(a redirect loop\?\)$"):
            await fetcher.get(f"{DOCS}/a")
    assert len(seen) == 6


def test_links_on_allowed_hosts() -> None:
    allowlist = Allowlist(["Copy.Example"])
    assert allowlist.hosts == {"docs.dintero.com", "copy.example"}
    assert allowlist.allows(f"{DOCS}/a.md")
    assert allowlist.allows("https://copy.example/a.md")
    assert not allowlist.allows("https://evil.example/a.md")
    assert not allowlist.allows("/relative.md")
    assert not allowlist.allows("https://[x/a.md")
