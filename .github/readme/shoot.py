"""Screenshots of the real site for the README and docs/using-the-outputs.md.

    .venv/bin/python .github/readme/shoot.py          # after a refresh or a render

Builds site/ (as the last refresh or render left it) with mkdocs into a temporary
folder, serves it on 127.0.0.1 and, in headless Chromium (found as the browser tests find
it), shoots two pages into this folder: site.png, the home page searching for
refresh_token, and need.png, the "Which scope do I need?" page answering the client-setup
guide's helpdesk example. The weekly refresh runs it, so the pictures show the catalogue
the pull request carries. Needs the test extras (Playwright).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from playwright.async_api import Page, async_playwright  # noqa: E402

from tests.browser import CHROMIUM, CHROMIUM_ARGS, NO_CHROMIUM  # noqa: E402
from tests.servers import serve  # noqa: E402

HERE = Path(__file__).resolve().parent
WIDTH = 1280
# The helpdesk client of Dintero's client-setup guide: list customers, read one.
HELPDESK = (
    "GET https://api.dintero.com/v1/accounts/T12345678/customers/users\n"
    "GET https://api.dintero.com/v1/accounts/T12345678/customers/users/c1"
)

# The need page scrolled to its form, below the header.
TO_THE_FORM = """() => {
  const form = document.querySelector("#need-form").getBoundingClientRect();
  const header = document.querySelector(".md-header").getBoundingClientRect();
  window.scrollBy(0, form.top - header.bottom - 16);
}"""


def build(out: Path) -> Path:
    """site/ built strictly, as the publish workflow builds it."""
    command = ["mkdocs", "build", "--strict", "--quiet", "-f", "site/mkdocs.yml", "-d", str(out)]
    subprocess.run(
        [sys.executable, "-m", *command],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=True,
    )
    return out


async def shoot(page: Page, path: Path) -> None:
    await page.screenshot(path=path, animations="disabled", caret="hide")
    print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")


async def main() -> int:
    if CHROMIUM is None:
        print(NO_CHROMIUM, file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as temporary, serve(build(Path(temporary))) as server:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
            )
            context = await browser.new_context(
                viewport={"width": WIDTH, "height": 800}, color_scheme="light"
            )
            page = await context.new_page()
            await page.goto(f"{server.origin}?q=refresh_token")
            await page.locator(".md-search-result__link").first.wait_for()
            await shoot(page, HERE / "site.png")

            await page.set_viewport_size({"width": WIDTH, "height": 1200})
            await page.goto(server.origin + "need/")
            await page.wait_for_function("window.dinteroNeed !== undefined")
            await page.fill("#need-calls", HELPDESK)
            await page.click("#need-submit")
            await page.locator("#need-answer table").wait_for()
            await page.evaluate("document.activeElement.blur()")
            # From the box to the answer: the question and what it gets.
            await page.evaluate(TO_THE_FORM)
            # Scrolled past its heading, the header shows the page's title (once it has).
            await page.locator(".md-header__title--active").wait_for()
            await shoot(page, HERE / "need.png")
            await browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
