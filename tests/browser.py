"""Chromium for the browser tests, found on the PATH, started the way this closed network needs."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
import pytest_asyncio
from playwright.async_api import Browser, BrowserContext, async_playwright

# Debian's old headless shell first: Playwright drives the same for headless runs, and
# it takes about half the CPU of the full browser. Then the browser as Debian, Ubuntu
# and Google name it; CHROMIUM names another binary.
NAMES = (
    "chromium-headless-shell",
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
)


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
    "(apt-get install chromium-headless-shell or chromium; CI has it)"
)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)

Test = TypeVar("Test", bound=Callable[..., Any])


def in_browser(test: Test) -> Test:
    """A test that drives the run's browser: it runs on the run's event loop, which only
    runs while such a test or fixture does (the refreshes of other tests run their own)."""
    marked: Test = needs_chromium(pytest.mark.asyncio(loop_scope="session")(test))
    return marked


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def browser() -> AsyncIterator[Browser]:
    """Headless Chromium, started once per test process (and once per run: under
    pytest-xdist, every module that uses it runs on one worker); skips where there is none."""
    if CHROMIUM is None:
        pytest.skip(NO_CHROMIUM)
    async with async_playwright() as playwright:
        started = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield started
        await started.close()


@pytest_asyncio.fixture(loop_scope="session")
async def context(browser: Browser) -> AsyncIterator[BrowserContext]:
    """A fresh browser profile for one test, that may use the clipboard; closed after it."""
    opened = await browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    yield opened
    await opened.close()
