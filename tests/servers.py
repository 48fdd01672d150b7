"""A real HTTP server on 127.0.0.1 for the tests, serving a directory."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

# Called before a GET is served; returning True means the hook has answered it.
Intercept = Callable[[SimpleHTTPRequestHandler, "LocalServer"], bool]


@dataclass
class LocalServer:
    origin: str
    root: Path
    paths: list[str] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)

    def forget(self) -> None:
        self.paths.clear()
        self.hosts.clear()
        self.statuses.clear()


class _Server(ThreadingHTTPServer):
    # A refresh opens 8 connections at once; the default backlog of 5 would make the
    # kernel drop some and retry them a second later.
    request_queue_size = 64


@contextmanager
def serve(root: Path, intercept: Intercept | None = None) -> Iterator[LocalServer]:
    """Serve `root` at http://127.0.0.1:<free port>/, recording each request and status.

    Files get an ETag (from size and modification time) besides http.server's
    Last-Modified, and a matching If-None-Match is answered 304.
    """
    state = LocalServer(origin="", root=root)

    class RequestHandler(SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(root), **kwargs)

        def do_GET(self) -> None:
            state.paths.append(self.path)
            state.hosts.append(self.headers["Host"])
            if intercept is not None and intercept(self, state):
                return
            if self._etag() is not None and self.headers["If-None-Match"] == self._etag():
                self.send_response(304)
                self.end_headers()
                return
            super().do_GET()

        def _etag(self) -> str | None:
            file = Path(self.translate_path(self.path))
            if not file.is_file():
                return None
            stat = file.stat()
            return f'"{stat.st_size:x}-{stat.st_mtime_ns:x}"'

        def end_headers(self) -> None:
            etag = self._etag()
            if etag is not None:
                self.send_header("ETag", etag)
            super().end_headers()

        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            state.statuses.append(int(code))

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = _Server(("127.0.0.1", 0), RequestHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    state.origin = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
