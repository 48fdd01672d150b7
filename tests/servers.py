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


@contextmanager
def serve(root: Path, intercept: Intercept | None = None) -> Iterator[LocalServer]:
    """Serve `root` at http://127.0.0.1:<free port>/, recording each request path and Host."""
    state = LocalServer(origin="", root=root)

    class RequestHandler(SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(root), **kwargs)

        def do_GET(self) -> None:
            state.paths.append(self.path)
            state.hosts.append(self.headers["Host"])
            if intercept is not None and intercept(self, state):
                return
            super().do_GET()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    state.origin = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
