"""Chromium for the browser tests, found on the PATH, started the way this closed network needs."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

# Debian's and Ubuntu's names, and Google's; CHROMIUM names another binary.
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> Path | None:
    named = os.environ.get("CHROMIUM")
    if named:
        return Path(named) if Path(named).is_file() else None
    found = next((path for name in NAMES if (path := shutil.which(name))), None)
    return Path(found) if found else None


CHROMIUM = find_chromium()
# Without the background-networking flags Chromium keeps trying hosts it cannot reach.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NO_CHROMIUM = (
    f"no Chromium on the PATH ({', '.join(NAMES)}) nor in $CHROMIUM "
    "(apt-get install chromium; CI has it)"
)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)


@contextmanager
def launched() -> Iterator[Browser]:
    """Headless Chromium, for one module's tests; skips them where there is none.

    Not for a whole session: Playwright's sync API keeps an event loop running while it
    is open, and other modules' refreshes run their own.
    """
    if CHROMIUM is None:
        pytest.skip(NO_CHROMIUM)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            browser.close()
