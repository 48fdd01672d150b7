"""Drift: a copy of the docs that says the same things in another shape.

Each rewrite changes a copy of a docs mirror (a folder with `docs.dintero.com/`) the
way a docs-platform migration would: the markup of the scope lists, the index, where
the spec stands, the transport; every fact stays the same. A few change a fact on
purpose (a conflict), to be refused. The rewrites read the Mintlify markdown export
shape (`# Title`, a `scopes:` block, `## OpenAPI` and a fenced one-operation spec).
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import re
import shutil
from collections.abc import Callable
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt

from scraper.cli import main
from tests.servers import Intercept, LocalServer, serve

SITE = "docs.dintero.com"
DOCS = f"https://{SITE}"
Rewrite = Callable[[Path], None]
# A scope block: a header line (in the page, a quote, or a spec's YAML description) and
# its items, at any indentation.
BLOCK = re.compile(
    r"^(?P<indent>[ \t]*)(?P<quote>> )?(?P<header>\*?[Ss]copes\*?:)\n"
    r"(?P<items>(?:(?P=indent)[ \t]*- \S+\n)+)",
    re.MULTILINE,
)
X_SCOPES = re.compile(r"^[ \t]*x-scopes:\n(?:[ \t]*- \S+\n)+", re.MULTILINE)
FENCE = re.compile(
    r"^## OpenAPI\n+(?P<fence>````(?P<info>[^\n]*)\n(?P<spec>.*?)````)\n", re.S | re.M
)


def drifted(source: Path, tmp_path: Path, rewrite: Rewrite) -> Path:
    """A copy of the mirror at `source`, rewritten."""
    mirror = tmp_path / "mirror"
    shutil.copytree(source, mirror)
    rewrite(mirror)
    return mirror


def read_exactly(source: Path, baseline: Path, tmp_path: Path, rewrite: Rewrite) -> None:
    """A refresh of the rewritten copy over the baseline's outputs keeps every fact and
    releases no change."""
    mirror = drifted(source, tmp_path, rewrite)
    out = tmp_path / "out"
    shutil.copytree(baseline, out)
    code = main(["refresh", "--mirror", str(mirror), "--out", str(out)])
    assert code in (0, 10)
    assert facts(out) == facts(baseline)
    assert changes_released(out) == changes_released(baseline)


def read_exactly_served(source: Path, baseline: Path, tmp_path: Path, transport: Intercept) -> None:
    """A refresh of the copy as it is, served over HTTP in another way, keeps every fact."""
    out = tmp_path / "out"
    shutil.copytree(baseline, out)
    with serve(source, transport) as server:
        code = main(["refresh", "--mirror", f"{server.origin}{SITE}/", "--out", str(out)])
    assert code in (0, 10)
    assert facts(out) == facts(baseline)
    assert changes_released(out) == changes_released(baseline)


def refused(source: Path, baseline: Path, tmp_path: Path, rewrite: Rewrite) -> str:
    """A refresh of the rewritten copy, served over HTTP on 127.0.0.1 as a live refresh
    reads, is refused with outputs untouched; what it printed on stderr."""
    mirror = drifted(source, tmp_path, rewrite)
    out = tmp_path / "out"
    shutil.copytree(baseline, out)
    before = state(out)
    errors = io.StringIO()
    with serve(mirror) as server, contextlib.redirect_stderr(errors):
        code = main(["refresh", "--mirror", f"{server.origin}{SITE}/", "--out", str(out)])
    assert code == 3, errors.getvalue()
    assert state(out) == before
    return errors.getvalue()


def facts(out: Path) -> dict[str, Any]:
    """What a reader of the catalogue relies on: each endpoint's scopes and whether it
    authenticates the client itself, each scope's description and group."""
    catalogue = json.loads((out / "generated" / "catalogue.json").read_text())
    return {
        "endpoints": {
            f"{e['method']} {e['server']}{e['path']}": (sorted(e["scopes"]), e["client_auth"])
            for e in catalogue["endpoints"]
        },
        "scopes": {s["name"]: (s["description"], s["group"]) for s in catalogue["scopes"]},
    }


def changes_released(out: Path) -> list[Any]:
    """Every change any release in the history reports."""
    history = json.loads((out / "generated" / "history.json").read_text())
    return [change for release in history for change in release["changes"]]


def state(out: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `out`, with its bytes and modification time."""
    return {
        str(p.relative_to(out)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def api_pages(root: Path) -> list[Path]:
    return sorted(p for p in (root / SITE).rglob("*.md") if "## OpenAPI" in p.read_text())


def _items(match: re.Match[str]) -> list[str]:
    return [line.strip()[2:] for line in match["items"].splitlines()]


def _shape(shape: Callable[[list[str]], list[str]], match: re.Match[str]) -> str:
    indent = match["indent"]
    lines = shape(_items(match))
    return "".join(f"{indent}{line}\n" if line else "\n" for line in lines)


def scope_blocks(shape: Callable[[list[str]], list[str]], *, spec_too: bool = True) -> Rewrite:
    """Every scope block of every API page in a new shape; with `spec_too`, its spec
    block's description too, and no `x-scopes`: the new shape is all that tells the scopes."""

    def rewrite(root: Path) -> None:
        for page in api_pages(root):
            text = page.read_text()
            head, fence, tail = text.partition("## OpenAPI")
            head = BLOCK.sub(lambda m: _shape(shape, m), head)
            if spec_too:
                tail = BLOCK.sub(lambda m: _shape(shape, m), X_SCOPES.sub("", tail))
            page.write_text(head + fence + tail)

    return rewrite


# Shapes of a scope list.


def bold_stars(items: list[str]) -> list[str]:
    return ["", "**Scopes**", "", *(f"* {i}" for i in items), ""]


def oauth_plus(items: list[str]) -> list[str]:
    return ["OAuth scopes:", *(f"  + {i}" for i in items)]


def one_column_table(items: list[str]) -> list[str]:
    return ["", "| Scopes |", "|---|", *(f"| `{i}` |" for i in items), ""]


def sorted_backwards(items: list[str]) -> list[str]:
    return ["scopes:", *(f"- {item}" for item in sorted(items, reverse=True))]


def sentence(items: list[str]) -> list[str]:
    return ["", "Required scopes: " + ", ".join(f"`{i}`" for i in items) + ".", ""]


def details(items: list[str]) -> list[str]:
    return [
        "",
        "<details><summary>Scopes</summary>",
        "",
        *(f"- {i}" for i in items),
        "",
        "</details>",
        "",
    ]


def accordion(items: list[str]) -> list[str]:
    return ["", '<Accordion title="Scopes">', *(f"  - {i}" for i in items), "</Accordion>", ""]


def tabs_in_note(items: list[str]) -> list[str]:
    inner = [f"      - `{i}`" for i in items]
    return [
        "",
        "<Note>",
        "  <Tabs>",
        '    <Tab title="Scopes">',
        *inner,
        "    </Tab>",
        '    <Tab title="Errors">',
        "      403 when the token lacks them.",
        "    </Tab>",
        "  </Tabs>",
        "</Note>",
        "",
    ]


def heading_with_lead(items: list[str]) -> list[str]:
    return [
        "",
        "### Scopes",
        "",
        "Any one of these scopes grants access:",
        "",
        *(f"- {i}" for i in items),
        "",
    ]


def links(items: list[str]) -> list[str]:
    anchors = [f"- [{i}](/docs/clients#{i.replace(':', '-').replace('/', '')})" for i in items]
    return ["scopes:", *anchors]


def dash_description(items: list[str]) -> list[str]:
    return ["Scopes:", *(f"- {i} \u2014 {_described(i)}" for i in items)]


def two_column_table(items: list[str]) -> list[str]:
    # The descriptions look like the scope table's groups, to tempt a reader.
    rows = [f"| `{i}` | {_described(i)} (admin:{i.partition(':')[2].rstrip('s')}) |" for i in items]
    return ["", "| Scope | Description |", "| --- | --- |", *rows, ""]


def zero_width(items: list[str]) -> list[str]:
    return ["scopes:", *(f"- {i[:3]}\u200b{i[3:]}\u00a0" for i in items)]


def numbered_bold(items: list[str]) -> list[str]:
    return ["", "**Scopes**", "", *(f"{n}. **{i}**" for n, i in enumerate(items, 1)), ""]


def admonition(items: list[str]) -> list[str]:
    return ["", ":::info[Scopes]", *(f"- {i}" for i in items), ":::", ""]


def response_field(items: list[str]) -> list[str]:
    return [
        "",
        '<ResponseField name="Required scopes" type="string[]">',
        *(f"  * `{i}`" for i in items),
        "</ResponseField>",
        "",
    ]


def _described(scope: str) -> str:
    action, _, rest = scope.partition(":")
    return f"{action.capitalize()} {rest}".strip()


def swapped(items: list[str]) -> list[str]:
    """A fact changed: read and write swapped, so the page disagrees with its spec."""
    swap = {"read": "write", "write": "read"}
    changed = [
        swap.get(i.split(":")[0], i.split(":")[0]) + i[i.index(":") :] if ":" in i else i
        for i in items
    ]
    return ["scopes:", *(f"- {i}" for i in changed)]


def prose(items: list[str]) -> list[str]:
    """A sentence that is no list: it says which scope does what."""
    first, *rest = items
    tail = f" or, to read only, `{rest[-1]}`" if rest else ""
    return ["", f"This endpoint accepts `{first}`{tail}.", ""]


# Rewrites of the index and of where pages and specs stand.


def _index(root: Path) -> Path:
    return root / SITE / "llms.txt"


def reshaped_index(root: Path) -> None:
    """Other section headings, and links without `.md`."""
    index = _index(root)
    text = index.read_text().replace("## Docs", "## Pages").replace("## OpenAPI Specs", "## APIs")
    index.write_text(re.sub(r"\]\((https://docs\.dintero\.com/[^)]*?)\.md\)", r"](\1)", text))


def no_spec_blocks(root: Path) -> None:
    """The spec blocks gone, and nothing in their place: no page names its endpoint."""
    for page in api_pages(root):
        text = page.read_text()
        page.write_text(re.sub(r"## OpenAPI\n+````.*?````\n", "", text, flags=re.S))


def app_shell(root: Path) -> None:
    """A `.md` export that answers with the site's HTML app shell."""
    shell = '<!DOCTYPE html><html><head><title>Docs</title></head><body><div id="app"></div>'
    api_pages(root)[0].write_text(shell + "</body></html>\n")


def root_relative_index(root: Path) -> None:
    index = _index(root)
    index.write_text(index.read_text().replace(f"]({DOCS}/", "](/"))


def relative_index(root: Path) -> None:
    index = _index(root)
    index.write_text(index.read_text().replace(f"]({DOCS}/", "](./"))


def area_index(root: Path) -> None:
    """The API reference's entries moved to an llms.txt of their own, linked from the root."""
    index = _index(root)
    lines = index.read_text().splitlines()
    area = [line for line in lines if "/api-reference/" in line]
    rest = [line for line in lines if "/api-reference/" not in line]
    (root / SITE / "api-reference" / "llms.txt").write_text(
        "# API reference\n\n> Every endpoint.\n\n## Endpoints\n\n" + "\n".join(area) + "\n"
    )
    at = rest.index("## Docs") + 2
    rest.insert(at, f"- [API reference]({DOCS}/api-reference/llms.txt): the endpoints")
    index.write_text("\n".join(rest) + "\n")


def llms_full(root: Path) -> None:
    """An llms-full.txt (every page concatenated, as docs platforms publish it), linked."""
    pages = sorted((root / SITE).rglob("*.md"))
    text = "\n\n".join(
        f"# {_title(p)}\nSource: {DOCS}/{p.relative_to(root / SITE).as_posix()}\n\n{p.read_text()}"
        for p in pages
    )
    (root / SITE / "llms-full.txt").write_text(text)
    index = _index(root)
    index.write_text(
        index.read_text() + f"\n## Optional\n\n- [Full docs]({DOCS}/llms-full.txt): every page\n"
    )


def _title(page: Path) -> str:
    match = re.search(r"^# (.+)$", page.read_text(), re.M)
    return match.group(1) if match else page.stem


def spec_blocks(replace: Callable[[Path, str, dict[str, Any]], str]) -> Rewrite:
    """Each API page's spec block replaced by what `replace(page, info, spec)` makes."""

    def rewrite(root: Path) -> None:
        for page in api_pages(root):
            text = page.read_text()
            fence = FENCE.search(text)
            if fence is not None:
                made = replace(page, fence["info"], yaml.safe_load(fence["spec"]))
                page.write_text(text.replace(fence["fence"], made))

    return rewrite


def _beside(page: Path, spec: dict[str, Any]) -> str:
    """The spec written to a JSON file beside the page; its name."""
    name = f"{page.stem}.openapi.json"
    (page.parent / name).write_text(json.dumps(spec, indent=2))
    return name


def _linked(page: Path, info: str, spec: dict[str, Any]) -> str:
    return f"[OpenAPI document](./{_beside(page, spec)})"


def _line_with_server(page: Path, info: str, spec: dict[str, Any]) -> str:
    method, path = info.split()[-2:]
    return f"**{method.upper()}** {spec['servers'][0]['url'].rstrip('/')}{path}"


def _line_and_link(page: Path, info: str, spec: dict[str, Any]) -> str:
    method, path = info.split()[-2:]
    return f"`{method.upper()} {path}`\n\nSee the [OpenAPI document](./{_beside(page, spec)})."


def _as_json(page: Path, info: str, spec: dict[str, Any]) -> str:
    return "````json" + info.removeprefix("yaml") + f"\n{json.dumps(spec, indent=2)}\n````"


def html_only(root: Path) -> None:
    """Every markdown page served as HTML only (`<page>/index.html`), linked without `.md`."""
    render = MarkdownIt("commonmark", {"html": True}).enable("table").render
    for page in sorted((root / SITE).rglob("*.md")):
        body = render(page.read_text())
        head = f"<!DOCTYPE html>\n<html><head><title>{_title(page)}</title></head>"
        html = f"{head}<body>\n{body}</body></html>\n"
        target = page.with_suffix("") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html)
        page.unlink()
    index = _index(root)
    index.write_text(re.sub(r"\]\((https://[^)]*?)\.md\)", r"](\1)", index.read_text()))


def crlf_and_bom(root: Path) -> None:
    for page in sorted((root / SITE).rglob("*.md")):
        page.write_bytes(b"\xef\xbb\xbf" + page.read_text().replace("\n", "\r\n").encode())


# Transports: the same files, served another way.


def _file(handler: SimpleHTTPRequestHandler) -> Path | None:
    path = Path(handler.translate_path(handler.path))
    return path if path.is_file() else None


def gzipped(handler: SimpleHTTPRequestHandler, state: LocalServer) -> bool:
    """Every body gzipped, sent in chunks, as `text/plain`."""
    file = _file(handler)
    if file is None:
        return False
    body = gzip.compress(file.read_bytes())
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain; charset=utf-8")
    handler.send_header("Content-Encoding", "gzip")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    for start in range(0, len(body), 1024):
        chunk = body[start : start + 1024]
        handler.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
    handler.wfile.write(b"0\r\n\r\n")
    return True


def moved(handler: SimpleHTTPRequestHandler, state: LocalServer) -> bool:
    """Every page and spec moved under /moved/ on the docs host, its old address a
    permanent redirect (in a mirror the docs host is the folder `/docs.dintero.com/`)."""
    site = f"/{SITE}/"
    if handler.path.startswith(site + "moved/"):
        handler.path = site + handler.path.removeprefix(site + "moved/")
        return False
    if handler.path.endswith("/llms.txt") or _file(handler) is None:
        return False
    handler.send_response(301)
    handler.send_header("Location", site + "moved/" + handler.path.removeprefix(site))
    handler.send_header("Content-Length", "0")
    handler.end_headers()
    return True


TRANSPORTS: dict[str, Intercept] = {
    "gzipped, chunked, as text/plain": gzipped,
    "every page behind a permanent redirect": moved,
}

# Read exactly: the same endpoints with the same scopes, the same scope facts.
EXACT: dict[str, Rewrite] = {
    "page lists re-sorted, spec blocks as they were": scope_blocks(
        sorted_backwards, spec_too=False
    ),
    "scopes as a sentence": scope_blocks(sentence),
    "a bold label with * bullets": scope_blocks(bold_stars),
    "an OAuth scopes: label with + bullets": scope_blocks(oauth_plus),
    "a one-column | Scopes | table": scope_blocks(one_column_table),
    "llms.txt with other headings and links without .md": reshaped_index,
    "scopes in <details><summary>": scope_blocks(details),
    "scopes in an MDX <Accordion title>": scope_blocks(accordion),
    "scopes in <Tabs><Tab title> inside a <Note>": scope_blocks(tabs_in_note),
    "a ### Scopes heading with a lead sentence": scope_blocks(heading_with_lead),
    "scope names written as links": scope_blocks(links),
    "- scope \u2014 description": scope_blocks(dash_description),
    "a | Scope | Description | table on API pages": scope_blocks(two_column_table),
    "zero-width and no-break spaces in names": scope_blocks(zero_width),
    "a bold label with numbered bold items": scope_blocks(numbered_bold),
    "a Docusaurus :::info[Scopes] box": scope_blocks(admonition),
    "an MDX <ResponseField name=...>": scope_blocks(response_field),
    "llms.txt with root-relative links": root_relative_index,
    "llms.txt with relative links": relative_index,
    "the API reference in an llms.txt of its own": area_index,
    "an llms-full.txt linked under ## Optional": llms_full,
    "the spec block in a JSON file beside the page": spec_blocks(_linked),
    "the endpoint as **METHOD** <server><path>": spec_blocks(_line_with_server),
    "the endpoint as `METHOD /path`, the spec file linked": spec_blocks(_line_and_link),
    "pages served as HTML only": html_only,
    "CRLF line ends and a byte order mark": crlf_and_bom,
    "spec blocks written as JSON": spec_blocks(_as_json),
}
# Refused: a fact changed where the parsers can tell it, or a shape no reader can take.
REFUSED: dict[str, tuple[Rewrite, str]] = {
    "a page and its spec block disagree (read and write swapped)": (
        scope_blocks(swapped, spec_too=False),
        "sources disagree",
    ),
    "scopes in prose that is no list": (scope_blocks(prose), "outside any scope list"),
    "the spec blocks missing": (no_spec_blocks, "could not be read"),
    "a .md export answering with an HTML app shell": (
        app_shell,
        "markdown export answered with an HTML document",
    ),
}
