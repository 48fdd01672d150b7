"""scraper.fetch.layout: the mirror layout, read by `--mirror` and written by `--save-raw`."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from scraper.errors import FetchError, UnsafePathError
from scraper.fetch import Page, save, url_to_relpath
from tests.fetching import DOCS


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


def test_save_writes_the_raw_body_at_its_place(tmp_path: Path) -> None:
    page = Page(f"{DOCS}/docs/clients", 200, "text/html", b"<h1>Clients</h1>\r\n")
    save(tmp_path, page)
    assert (tmp_path / "docs.dintero.com/docs/clients/index.html").read_bytes() == page.body


def test_save_names_the_page_it_could_not_write(tmp_path: Path) -> None:
    (tmp_path / "docs.dintero.com").write_text("a file where a folder should be")
    with pytest.raises(FetchError) as caught:
        save(tmp_path, Page(f"{DOCS}/llms.txt", 200, "text/plain", b"# Docs\n"))
    assert caught.value.url == f"{DOCS}/llms.txt"
    assert caught.value.reason.startswith("snapshot not written: ")
