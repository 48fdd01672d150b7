"""Format drift: the docs say the same things in another shape.

Each case rewrites the fixture copy of the site (tests/fixtures/mirror) in one way
and refreshes over the outputs of the original. The refresh must either read the
new shape exactly (the same catalogue, fetch time aside) or refuse with exit 3,
naming the pages and how to accept, and leave every output byte as it was.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from scraper.cli import main
from tests.conftest import FIXTURES
from tests.servers import serve

SITE = "docs.dintero.com"
BLOCK = re.compile(
    r"^(?P<lead>> |[ \t]*)\*?scopes\*?:\n(?P<items>(?:[ \t]*- \S+\n)+)", re.MULTILINE
)
X_SCOPES = re.compile(r"^[ \t]*x-scopes:\n(?:[ \t]*- \S+\n)+", re.MULTILINE)

Rewrite = Callable[[Path], None]


def api_pages(root: Path) -> list[Path]:
    return sorted(p for p in (root / SITE).rglob("*.md") if "## OpenAPI" in p.read_text())


def scope_blocks(shape: Callable[[str, list[str]], str]) -> Rewrite:
    """Every scope block of every API page (page text and OpenAPI description) in a new
    shape, and no x-scopes beside them: the new shape is all that tells the scopes."""

    def rewrite(root: Path) -> None:
        for page in api_pages(root):
            text = X_SCOPES.sub("", page.read_text())

            def block(match: re.Match[str]) -> str:
                items = [line.strip()[2:] for line in match["items"].splitlines()]
                lead = match["lead"]
                return shape(lead if not lead.strip() else "", items)

            page.write_text(BLOCK.sub(block, text))

    return rewrite


def inline(pad: str, items: list[str]) -> str:
    return f"{pad}Required scopes: " + ", ".join(f"`{i}`" for i in items) + ".\n"


def bold_stars(pad: str, items: list[str]) -> str:
    return f"{pad}**Scopes**\n{pad}\n" + "".join(f"{pad}* {i}\n" for i in items)


def labelled(pad: str, items: list[str]) -> str:
    return f"{pad}OAuth scopes:\n" + "".join(f"{pad}  + {i}\n" for i in items)


def one_column_table(pad: str, items: list[str]) -> str:
    rows = "".join(f"{pad}| `{i}` |\n" for i in items)
    return f"{pad}\n{pad}| Scopes |\n{pad}|---|\n{rows}"


def prose(pad: str, items: list[str]) -> str:
    """A sentence that is no list: it says which scope does what."""
    first, *rest = items
    tail = f" or, to read only, `{rest[-1]}`" if rest else ""
    return f"{pad}This endpoint accepts `{first}`{tail}.\n"


def no_openapi_block(root: Path) -> None:
    for page in api_pages(root):
        text = page.read_text()
        page.write_text(re.sub(r"## OpenAPI\n+````.*?````\n", "", text, flags=re.DOTALL))


def app_shell(root: Path) -> None:
    shell = '<!DOCTYPE html><html><head><title>Docs</title></head><body><div id="app"></div>'
    api_pages(root)[0].write_text(shell + "</body></html>\n")


def reshaped_index(root: Path) -> None:
    index = root / SITE / "llms.txt"
    text = index.read_text().replace("## Docs", "## Pages").replace("## OpenAPI Specs", "## APIs")
    index.write_text(re.sub(r"\]\((https://docs\.dintero\.com/[^)]*?)\.md\)", r"](\1)", text))


EXACT: dict[str, Rewrite] = {
    "scopes as a sentence": scope_blocks(inline),
    "scopes under a bold label with * bullets": scope_blocks(bold_stars),
    "scopes under another label with + bullets": scope_blocks(labelled),
    "scopes as a one-column table": scope_blocks(one_column_table),
    "llms.txt with other headings and links without .md": reshaped_index,
}
REFUSED: dict[str, tuple[Rewrite, str]] = {
    "scopes in prose that is no list": (
        scope_blocks(prose),
        "mention scopes outside any scope list",
    ),
    "the ## OpenAPI block missing": (no_openapi_block, "could not be read"),
    "the .md export answering with an HTML app shell": (
        app_shell,
        "markdown export answered with an HTML document",
    ),
}


def facts(out: Path) -> dict[str, Any]:
    """The catalogue but its fetch time; pages named as people read them (an index link
    may name a page's markdown export or the page: the findings name the link)."""
    text = (out / "generated" / "catalogue.json").read_text()
    catalogue: dict[str, Any] = json.loads(text)
    catalogue.pop("fetched_at")
    for finding in catalogue["findings"]:
        finding["urls"] = [url.removesuffix(".md") for url in finding["urls"]]
    return catalogue


def state(out: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `out`, with its bytes and modification time."""
    return {
        str(p.relative_to(out)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The outputs of a refresh of the fixture site as it is."""
    out = tmp_path_factory.mktemp("baseline")
    assert main(["refresh", "--mirror", str(FIXTURES / "mirror"), "--out", str(out)]) == 10
    return out


def drifted(tmp_path: Path, rewrite: Rewrite) -> Path:
    mirror = tmp_path / "mirror"
    shutil.copytree(FIXTURES / "mirror", mirror)
    rewrite(mirror)
    return mirror


@pytest.mark.parametrize("rewrite", EXACT.values(), ids=EXACT.keys())
def test_a_shape_the_parsers_read_gives_the_same_catalogue(
    baseline: Path, tmp_path: Path, rewrite: Rewrite
) -> None:
    mirror = drifted(tmp_path, rewrite)
    out = tmp_path / "out"
    shutil.copytree(baseline, out)
    assert main(["refresh", "--mirror", str(mirror), "--out", str(out)]) in (0, 10)
    assert facts(out) == facts(baseline)


@pytest.mark.parametrize(("rewrite", "reason"), REFUSED.values(), ids=REFUSED.keys())
def test_a_shape_the_parsers_do_not_read_is_refused_with_outputs_untouched(
    baseline: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    rewrite: Rewrite,
    reason: str,
) -> None:
    mirror = drifted(tmp_path, rewrite)
    out = tmp_path / "out"
    shutil.copytree(baseline, out)
    before = state(out)
    # Through a real server on 127.0.0.1, as a live refresh would read it.
    with serve(mirror) as server:
        code = main(["refresh", "--mirror", f"{server.origin}{SITE}/", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 3, err
    assert reason in err and "--accept-removals" in err
    assert "https://docs.dintero.com/" in err
    assert state(out) == before


def test_an_accepted_drift_is_written_with_its_findings(baseline: Path, tmp_path: Path) -> None:
    mirror = drifted(tmp_path, scope_blocks(prose))
    out = tmp_path / "out"
    shutil.copytree(baseline, out)
    refresh = ["refresh", "--mirror", str(mirror), "--out", str(out), "--accept-removals"]
    assert main(refresh) == 10
    kinds = {finding["kind"] for finding in facts(out)["findings"]}
    assert "unattributed_scope" in kinds
