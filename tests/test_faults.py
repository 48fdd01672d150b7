"""Faults on the wire, from a real HTTP server on 127.0.0.1, through `dintero-scopes refresh`.

Every fault ends one of two ways: the refresh completes with the right data, or it stops
with a message naming the URL, exits non-zero and leaves generated/ and site/ exactly as
they were. A page that fails after its retries becomes a `fetch_failed` finding, which the
safety gate counts as a drop in parse coverage: it refuses (exit 3) unless
`--accept-removals`, which writes the finding and everything else. A fault on llms.txt
stops the run (exit 2) with one line on stderr.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import json
import shutil
import socket
import struct
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from scraper import pipeline
from scraper.cli import main
from scraper.crawl import Crawler
from scraper.fetch import Cached, FetchPolicy
from tests.conftest import FIXTURES
from tests.servers import LocalServer, serve

# Slow: waits out timeouts and retries against a server that misbehaves on purpose.
pytestmark = pytest.mark.slow

DOCS = "https://docs.dintero.com"
LLMS = f"{DOCS}/llms.txt"
STORE = f"{DOCS}/api-reference/stores/store-details.md"
STORE_ENDPOINT = ("GET", "https://api.dintero.com/v1", "/accounts/{aid}/stores/{store_id}")
CLIENTS = f"{DOCS}/docs/clients.md"
SPEC = f"{DOCS}/specs/spec-checkout.yaml"
ATTEMPTS = 3
MAX_BYTES = 20_000_000
BIG = 50_000_000
HANG = 3.0
# How these refreshes fetch: retries at once, and the default timeout, which no page
# served here comes near on any machine, so no outcome depends on the machine's speed.
POLICY = FetchPolicy(attempts=ATTEMPTS, wait_initial=0, wait_max=0, wait_jitter=0)
# With a page that hangs: a timeout it reaches well before HANG, and that the other
# pages, small and local, still come in well under; two attempts, as each waits it out.
HUNG_POLICY = replace(POLICY, timeout=1.0, attempts=2)


@functools.cache
def gzip_bomb() -> bytes:
    """BIG zero bytes gzipped to about 50 KB: compressed once per run."""
    return gzip.compress(b"\0" * BIG)


Act = Callable[[SimpleHTTPRequestHandler], None]


@dataclass
class Fault:
    """What the server does instead of serving a path, for that path's first `times` requests."""

    act: Act
    times: int = 1_000_000
    # When each request for the path came (time.monotonic()).
    seen: list[float] = field(default_factory=list)


@dataclass
class FaultyServer:
    server: LocalServer
    other: LocalServer
    faults: dict[str, Fault]
    # Set at teardown, so hanging handlers end and the server can close.
    release: threading.Event
    # How the refreshes of the current test fetch.
    policy: FetchPolicy = POLICY

    @property
    def mirror(self) -> str:
        return self.server.origin + "docs.dintero.com/"

    def inject(self, url: str, act: Act, times: int = 1_000_000) -> Fault:
        fault = Fault(act, times)
        self.faults["/docs.dintero.com" + url.removeprefix(DOCS)] = fault
        if isinstance(act, Hang):
            self.policy = HUNG_POLICY
        return fault


# What a fault does with the request.


def respond(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Act:
    def act(handler: SimpleHTTPRequestHandler) -> None:
        handler.send_response(status)
        for name, value in {"Content-Length": str(len(body)), **(headers or {})}.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)

    return act


def reset(handler: SimpleHTTPRequestHandler) -> None:
    """Close the connection with a TCP reset before answering."""
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()


@dataclass
class Hang:
    """Answer nothing for HANG seconds: longer than the client's timeout (HUNG_POLICY)."""

    release: threading.Event

    def __call__(self, handler: SimpleHTTPRequestHandler) -> None:
        self.release.wait(HANG)


def truncated(handler: SimpleHTTPRequestHandler) -> None:
    """Promise 5000 bytes, send 100, hang up."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/markdown")
    handler.send_header("Content-Length", "5000")
    handler.end_headers()
    handler.wfile.write(b"# Store details\n\nscopes:\n- admin:accounts\n".ljust(100, b" "))


@dataclass
class Endless:
    """A BIG-byte body, sent in 64 KiB pieces for as long as the client reads; `sent` counts."""

    sent: int = 0

    def __call__(self, handler: SimpleHTTPRequestHandler) -> None:
        piece = b"x" * 65536
        handler.send_response(200)
        handler.send_header("Content-Type", "text/markdown")
        handler.send_header("Content-Length", str(BIG))
        handler.end_headers()
        while self.sent < BIG:
            handler.wfile.write(piece)
            self.sent += len(piece)


def redirect(location: Callable[[SimpleHTTPRequestHandler], str]) -> Act:
    def act(handler: SimpleHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", location(handler))
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return act


def back_and_forth(handler: SimpleHTTPRequestHandler) -> str:
    """A loop of two URLs: the path and the path with `?again`."""
    return handler.path.split("?")[0] + ("" if "?" in handler.path else "?again")


# The fixture site, the servers and the first good refresh.


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the fixture mirror whose index links only pages that exist."""
    www = tmp_path_factory.mktemp("www")
    shutil.copytree(FIXTURES / "mirror", www, dirs_exist_ok=True)
    llms = www / "docs.dintero.com" / "llms.txt"
    lines = llms.read_text().splitlines(keepends=True)
    llms.write_text("".join(line for line in lines if "delete-store" not in line))
    return www


@pytest.fixture(scope="module")
def running(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultyServer]:
    faults: dict[str, Fault] = {}
    release = threading.Event()

    def intercept(handler: SimpleHTTPRequestHandler, state: LocalServer) -> bool:
        fault = faults.get(handler.path.split("?")[0])
        if fault is None:
            return False
        fault.seen.append(time.monotonic())
        if len(fault.seen) > fault.times:
            return False
        handler.close_connection = True
        # The client may hang up, as a capped or timed-out fetch does.
        with contextlib.suppress(OSError):
            fault.act(handler)
        return True

    with (
        serve(site, intercept) as server,
        serve(tmp_path_factory.mktemp("other")) as other,
    ):
        yield FaultyServer(server, other, faults, release)
        release.set()


@pytest.fixture(scope="module")
def baseline(running: FaultyServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The outputs of a refresh with no fault."""
    out = tmp_path_factory.mktemp("baseline")
    assert main(["refresh", "--mirror", running.mirror, "--out", str(out)]) == 10
    return out


@pytest.fixture
def faulty(running: FaultyServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[FaultyServer]:
    """The server with no fault yet; `dintero-scopes refresh` fetches with its policy."""
    make = pipeline._fetcher

    def fetcher(options: pipeline.Options, cache: dict[str, Cached]) -> Crawler:
        return make(options, cache, policy=running.policy)

    monkeypatch.setattr(pipeline, "_fetcher", fetcher)
    assert POLICY.max_bytes == MAX_BYTES
    running.server.forget()
    running.other.forget()
    yield running
    running.faults.clear()
    running.policy = POLICY


@pytest.fixture
def out(baseline: Path, tmp_path: Path) -> Path:
    """A copy of the baseline outputs, modification times included."""
    copy = tmp_path / "out"
    shutil.copytree(baseline, copy)
    return copy


def tree(out: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `out` with its bytes and modification time."""
    return {
        str(path.relative_to(out)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(out.rglob("*"))
        if path.is_file()
    }


def refresh(
    faulty: FaultyServer, out: Path, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, str]:
    """Run the refresh; its exit code and what it printed on stderr."""
    capsys.readouterr()
    code = main(["refresh", "--mirror", faulty.mirror, "--out", str(out), *extra])
    return code, capsys.readouterr().err


def catalogue(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "generated" / "catalogue.json").read_text())
    return data


def endpoints(data: dict[str, Any]) -> dict[tuple[str, str, str], list[str]]:
    return {(e["method"], e["server"], e["path"]): e["scopes"] for e in data["endpoints"]}


def without_time(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "fetched_at"}


# A fault that passes: the page is read on a later attempt, exactly as without the fault.

ONCE: dict[str, Callable[[FaultyServer], Act]] = {
    "500": lambda f: respond(500, b"oops"),
    "503 with Retry-After 0": lambda f: respond(503, headers={"Retry-After": "0"}),
    "429 with Retry-After 0": lambda f: respond(429, headers={"Retry-After": "0"}),
    "connection reset": lambda f: reset,
    "timeout": lambda f: Hang(f.release),
    "truncated body": lambda f: truncated,
}


@pytest.mark.parametrize("name", sorted(ONCE))
def test_a_fault_that_passes_gives_the_same_catalogue(
    name: str,
    faulty: FaultyServer,
    baseline: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Completes (exit 10 into an empty directory) with the catalogue of a run without faults."""
    fault = faulty.inject(STORE, ONCE[name](faulty), times=1)
    code, error = refresh(faulty, tmp_path, capsys)
    assert (code, error) == (10, "")
    assert len(fault.seen) == 2
    assert without_time(catalogue(tmp_path)) == without_time(catalogue(baseline))


def test_retry_after_is_honoured(
    faulty: FaultyServer, baseline: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """429 with Retry-After: 1, then the page: the retry waits a second and completes."""
    fault = faulty.inject(STORE, respond(429, headers={"Retry-After": "1"}), times=1)
    code, _ = refresh(faulty, tmp_path, capsys)
    assert code == 10
    first, second = fault.seen
    assert second - first >= 0.9
    assert without_time(catalogue(tmp_path)) == without_time(catalogue(baseline))


# A fault that lasts: the page is a `fetch_failed` finding, and the gate refuses to write.


def persistent(faulty: FaultyServer, name: str) -> tuple[Act, str, int]:
    """The fault, the reason its finding gives, and how many requests it takes."""
    other = faulty.other.origin + "stolen.md"
    faults: dict[str, tuple[Act, str, int]] = {
        "500": (respond(500, b"oops"), f"HTTP 500 after {ATTEMPTS} attempts", ATTEMPTS),
        "429": (
            respond(429, headers={"Retry-After": "0"}),
            f"HTTP 429 after {ATTEMPTS} attempts",
            ATTEMPTS,
        ),
        "403": (respond(403, b"no"), "HTTP 403", 1),
        "timeout": (
            Hang(faulty.release),
            f"timed out after {HUNG_POLICY.attempts} attempts",
            HUNG_POLICY.attempts,
        ),
        "connection reset": (
            reset,
            f"Connection reset by peer after {ATTEMPTS} attempts",
            ATTEMPTS,
        ),
        "truncated body": (
            truncated,
            "network error: peer closed connection without sending complete message body "
            f"(received 100 bytes, expected 5000) after {ATTEMPTS} attempts",
            ATTEMPTS,
        ),
        "broken gzip": (
            respond(200, b"this is not gzip", {"Content-Encoding": "gzip"}),
            "body does not match its Content-Encoding: Error -3 while decompressing data",
            1,
        ),
        "gzip bomb": (
            respond(
                200, gzip_bomb(), {"Content-Encoding": "gzip", "Content-Type": "text/markdown"}
            ),
            f"body larger than {MAX_BYTES} bytes",
            1,
        ),
        "50 MB body": (Endless(), f"body larger than {MAX_BYTES} bytes", 1),
        "redirect loop": (
            redirect(back_and_forth),
            "more than 5 redirects (a redirect loop?)",
            6,
        ),
        "redirect to another host": (
            redirect(lambda h: other),
            "redirect to other host 127.0.0.1 refused",
            1,
        ),
    }
    return faults[name]


PERSISTENT = [
    "500",
    "429",
    "403",
    "timeout",
    "connection reset",
    "truncated body",
    "broken gzip",
    "gzip bomb",
    "50 MB body",
    "redirect loop",
    "redirect to another host",
]


@pytest.mark.parametrize("name", PERSISTENT)
def test_a_lasting_page_fault_is_refused_then_accepted_as_a_finding(
    name: str,
    faulty: FaultyServer,
    baseline: Path,
    out: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Stops at the safety gate (exit 3, outputs untouched): a page unread after its retries
    is a drop in parse coverage. With --accept-removals it completes (exit 10): a
    fetch_failed finding names the URL and why, and everything else is as before."""
    act, reason, requests = persistent(faulty, name)
    fault = faulty.inject(STORE, act)
    before = tree(out)
    code, error = refresh(faulty, out, capsys)
    assert code == 3
    assert error.startswith("dintero-scopes: refresh refused, nothing written:\n")
    assert f"parse coverage dropped: 1 more pages could not be read: {STORE}" in error
    assert tree(out) == before
    assert len(fault.seen) == requests
    assert faulty.other.paths == []

    code, error = refresh(faulty, out, capsys, "--accept-removals")
    assert (code, error) == (10, "")
    data = catalogue(out)
    (failed,) = [f for f in data["findings"] if f["kind"] == "fetch_failed"]
    assert failed["urls"] == [STORE]
    assert reason in failed["message"]
    expected = endpoints(catalogue(baseline))
    del expected[STORE_ENDPOINT]
    assert endpoints(data) == expected
    assert {s["name"] for s in data["scopes"]} == {s["name"] for s in catalogue(baseline)["scopes"]}


def refresh_traced(
    faulty: FaultyServer, out: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, int]:
    """A refresh's exit code, and the peak of the memory Python allocated during it."""
    tracemalloc.start()
    try:
        code, _ = refresh(faulty, out, capsys)
        return code, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_50_mb_body_stops_being_read_at_the_cap(
    faulty: FaultyServer, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The client hangs up once the body passes the cap: the server cannot send the rest."""
    endless = Endless()
    faulty.inject(STORE, endless)
    code, peak = refresh_traced(faulty, out, capsys)
    assert code == 3
    # What the socket buffers took beyond the cap is a few MB, not the other 30 MB.
    assert MAX_BYTES <= endless.sent < MAX_BYTES + 16_000_000
    assert peak < 2 * MAX_BYTES


def test_a_gzip_bomb_is_inflated_no_further_than_the_cap(
    faulty: FaultyServer, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """50 KB on the wire that inflate to 50 MB: inflating stops at the cap, so memory stays
    as low as with a 50 MB body."""
    faulty.inject(STORE, respond(200, gzip_bomb(), {"Content-Encoding": "gzip"}))
    code, peak = refresh_traced(faulty, out, capsys)
    assert code == 3
    assert peak < 2 * MAX_BYTES


# A fault on llms.txt: nothing can be crawled, so the run stops with one line naming it.


def llms_faults(faulty: FaultyServer) -> dict[str, tuple[Act, str]]:
    other = faulty.other.origin + "llms.txt"
    html = b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>\n"
    return {
        "500": (respond(500, b"oops"), f"HTTP 500 after {ATTEMPTS} attempts"),
        "404": (respond(404, b"gone"), "HTTP 404, expected the llms.txt index"),
        "timeout": (Hang(faulty.release), f"timed out after {HUNG_POLICY.attempts} attempts"),
        "connection reset": (reset, "Connection reset by peer"),
        "truncated body": (truncated, "network error: peer closed connection"),
        "broken gzip": (
            respond(200, b"garbage", {"Content-Encoding": "gzip"}),
            "body does not match its Content-Encoding",
        ),
        "50 MB body": (Endless(), f"body larger than {MAX_BYTES} bytes"),
        "redirect loop": (redirect(back_and_forth), "more than 5 redirects"),
        "redirect to another host": (
            redirect(lambda h: other),
            "redirect to other host 127.0.0.1 refused",
        ),
        "empty": (
            respond(200, b"", {"Content-Type": "text/plain"}),
            "not an llms.txt index (empty document)",
        ),
        "an HTML error page": (
            respond(200, html, {"Content-Type": "text/html"}),
            "not an llms.txt index (no '# Title' line",
        ),
        "binary garbage": (
            respond(200, bytes(range(256)) * 4, {"Content-Type": "application/octet-stream"}),
            "not an llms.txt index",
        ),
    }


LLMS_FAULTS = [
    "500",
    "404",
    "timeout",
    "connection reset",
    "truncated body",
    "broken gzip",
    "50 MB body",
    "redirect loop",
    "redirect to another host",
    "empty",
    "an HTML error page",
    "binary garbage",
]


@pytest.mark.parametrize("name", LLMS_FAULTS)
def test_a_fault_on_llms_txt_stops_with_one_line_and_changes_nothing(
    name: str, faulty: FaultyServer, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Stops (exit 2): one line on stderr naming llms.txt and why; outputs untouched."""
    act, reason = llms_faults(faulty)[name]
    faulty.inject(LLMS, act)
    before = tree(out)
    code, error = refresh(faulty, out, capsys)
    assert code == 2
    assert error.startswith(f"dintero-scopes: error: {LLMS}: ")
    assert error.count("\n") == 1 and error.endswith("\n")
    assert reason in error
    assert tree(out) == before
    assert faulty.other.paths == []
    # Nothing but the index was asked for.
    assert {p.split("?")[0] for p in faulty.server.paths} == {"/docs.dintero.com/llms.txt"}


# Bad content in a good response.


def served_as(faulty: FaultyServer, url: str, content_type: str, body: bytes | None = None) -> Act:
    """The page's own bytes (or `body`), labelled with another media type."""
    file = faulty.server.root / "docs.dintero.com" / url.removeprefix(DOCS + "/")
    content = file.read_bytes() if body is None else body
    return respond(200, content, {"Content-Type": content_type})


@pytest.mark.parametrize(
    ("url", "content_type"),
    [
        pytest.param(STORE, "application/json", id="page.md as JSON"),
        pytest.param(STORE, "text/html", id="page.md as HTML"),
        pytest.param(CLIENTS, "application/yaml", id="table.md as YAML"),
        pytest.param(CLIENTS, "image/png", id="table.md as PNG"),
        pytest.param(SPEC, "text/html", id="spec.yaml as HTML"),
        pytest.param(SPEC, "text/markdown", id="spec.yaml as markdown"),
        pytest.param(LLMS, "application/json", id="llms.txt as JSON"),
        pytest.param(LLMS, "text/html; charset=utf-8", id="llms.txt as HTML"),
    ],
)
def test_a_wrong_media_type_is_overruled_by_the_file_name(
    url: str,
    content_type: str,
    faulty: FaultyServer,
    baseline: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Completes with the catalogue of a run without faults: `.md` is markdown, `.yaml` a spec."""
    faulty.inject(url, served_as(faulty, url, content_type))
    code, error = refresh(faulty, tmp_path, capsys)
    assert (code, error) == (10, "")
    assert without_time(catalogue(tmp_path)) == without_time(catalogue(baseline))


LATIN_1 = "Manage checkout fully, på norsk: æøå".encode("latin-1")


REPLACED = "Manage checkout fully, p\ufffd norsk: \ufffd\ufffd\ufffd"
UNDECODABLE = "bytes that are not valid utf-8 were read as U+FFFD"


def undecodable(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The catalogue's undecodable_bytes findings, taken out of it."""
    found = [f for f in data["findings"] if f["kind"] == "undecodable_bytes"]
    data["findings"] = [f for f in data["findings"] if f not in found]
    return found


@pytest.mark.parametrize(
    ("content_type", "description", "finding"),
    [
        ("text/markdown", REPLACED, UNDECODABLE),
        ("text/markdown; charset=utf-8", REPLACED, UNDECODABLE),
        ("text/markdown; charset=iso-8859-1", "Manage checkout fully, på norsk: æøå", None),
        ("text/markdown; charset=rot13", REPLACED, UNDECODABLE),
        ("text/markdown; charset=no-such-charset", REPLACED, UNDECODABLE),
    ],
)
def test_non_utf8_bytes_are_read_with_replacement(
    content_type: str,
    description: str,
    finding: str | None,
    faulty: FaultyServer,
    baseline: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Completes: the page is parsed, undecodable bytes become U+FFFD and a finding names
    the page, the snapshot keeps them."""
    file = faulty.server.root / "docs.dintero.com" / "docs" / "clients.md"
    body = file.read_bytes().replace(b"Manage checkout fully", LATIN_1)
    faulty.inject(CLIENTS, served_as(faulty, CLIENTS, content_type, body))
    code, error = refresh(faulty, tmp_path, capsys)
    assert (code, error) == (10, "")
    data, expected = catalogue(tmp_path), catalogue(baseline)
    scopes = {s["name"]: s for s in data["scopes"]}
    assert scopes["admin:checkout"]["description"] == description
    scopes["admin:checkout"]["description"] = "Manage checkout fully"
    said = [{"kind": "undecodable_bytes", "message": finding, "urls": [CLIENTS]}] if finding else []
    assert undecodable(data) == said
    assert without_time(data) == without_time(expected)
    snapshot = tmp_path / "generated" / "snapshot" / "docs.dintero.com" / "docs" / "clients.md"
    assert snapshot.read_bytes() == body


def test_undecodable_bytes_new_since_the_last_refresh_are_refused(
    faulty: FaultyServer, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Over a catalogue in which the page read cleanly: exit 3, outputs untouched, since a
    broken byte in a scope name would publish another name."""
    file = faulty.server.root / "docs.dintero.com" / "docs" / "clients.md"
    body = file.read_bytes().replace(b"Manage checkout fully", LATIN_1)
    faulty.inject(CLIENTS, served_as(faulty, CLIENTS, "text/markdown", body))
    before = tree(out)
    code, error = refresh(faulty, out, capsys)
    assert code == 3
    said = "1 pages now hold bytes their charset cannot read, parsed as U+FFFD (see the "
    assert f"{said}undecodable_bytes findings): {CLIENTS}" in error
    assert tree(out) == before


def test_non_utf8_bytes_in_llms_txt_are_read_with_replacement(
    faulty: FaultyServer, baseline: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Completes with the catalogue of a run without faults but a finding: only the title
    held them."""
    file = faulty.server.root / "docs.dintero.com" / "llms.txt"
    body = file.read_bytes().replace(
        b"# Dintero Documentation", b"# Dintero \xff\xfe Documentation"
    )
    faulty.inject(LLMS, served_as(faulty, LLMS, "text/plain", body))
    code, error = refresh(faulty, tmp_path, capsys)
    assert (code, error) == (10, "")
    data = catalogue(tmp_path)
    assert undecodable(data) == [
        {"kind": "undecodable_bytes", "message": UNDECODABLE, "urls": [LLMS]}
    ]
    assert without_time(data) == without_time(catalogue(baseline))


@pytest.mark.parametrize(
    ("body", "unread"),
    [
        pytest.param(b"", True, id="empty"),
        pytest.param(b"<html><body>Unavailable</body></html>", True, id="HTML without heading"),
        pytest.param(b"<html><body><h1>Unavailable</h1></body></html>", True, id="HTML page"),
        pytest.param(b"# Unavailable\n\nTry again later.\n", False, id="markdown page"),
    ],
)
def test_an_error_page_served_as_200_is_refused(
    body: bytes,
    unread: bool,
    faulty: FaultyServer,
    out: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Stops at the safety gate (exit 3, outputs untouched): the page documents no endpoint
    now, and one that is no markdown page at all (empty, or HTML where the markdown export
    should be) is also a coverage drop."""
    faulty.inject(STORE, served_as(faulty, STORE, "text/html", body))
    before = tree(out)
    code, error = refresh(faulty, out, capsys)
    assert code == 3
    method, server, path = STORE_ENDPOINT
    assert f"1 of 5 endpoints would be removed (more than 10%): {method} {server}{path}" in error
    assert (f"parse coverage dropped: 1 more pages could not be read: {STORE}" in error) == unread
    assert tree(out) == before
