"""A synthetic docs.dintero.com of any size, written in the formats of the real site.

`site(n)` gives the files of a mirror (`docs.dintero.com/<P>` -> bytes) whose
llms.txt links n documents: a scope table page (`docs/clients.md`), one Swagger
2.0 spec, and n - 2 Mintlify API reference pages (banner, sometimes an
`<AgentInstructions>` block, `# Title`, `> description`, a scope block in one of
the site's four spellings or none, and a four-backtick ```` ```yaml <spec>
<method> <path> ```` block holding a one-operation OpenAPI 3 document).

The shape follows the real site: about 20 pages per resource, one endpoint in ten
documented twice (a slug page and an operationId page with other parameter
names), a quarter of the pages without scopes, some scope lists too long for
llms.txt (cut with `…`), some scopes missing from the table and some in it that
no endpoint uses. Resource names are `<word>-<code>`, codes chosen so that no two
names are one letter apart (which would make look-alike findings). The same n
gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HOST = "docs.dintero.com"
ORIGIN = f"https://{HOST}"
SPEC_PATH = "specs/spec-synthetic.yaml"
WORDS = (
    "accounts",
    "checkout",
    "billing",
    "reports",
    "settlements",
    "insight",
    "customers",
    "discounts",
    "wallets",
    "payouts",
    "hooks",
    "automations",
    "terminals",
    "stores",
    "campaigns",
    "cards",
    "receipts",
    "orders",
    "sessions",
    "locations",
)
SERVERS = ("https://api.dintero.com/v1", "https://checkout.dintero.com/v1")
# Endpoints per resource; every ninth is documented twice, so 20 pages per resource.
ENDPOINTS_PER_RESOURCE = 18
SHAPES = (
    ("", "collection"),
    ("/{id}", "item"),
    ("/{id}/items", "items"),
    ("/{id}/items/{item_id}", "item entry"),
    ("/events", "events"),
)
METHODS = ("get", "post", "put", "delete")
VERBS = {"get": "Get", "post": "Create", "put": "Update", "delete": "Delete"}
BANNER = (
    "> ## Documentation Index\n"
    f"> The list of every page of these docs is at: {ORIGIN}/llms.txt\n"
    "> Start there to see which pages exist before reading further.\n\n"
)
FILLER = (
    "The response lists what matches the query parameters, newest first; use the paging "
    "token it returns to read the next page. Entries that were deleted are left out unless "
    "the request asks for them by name. Changes made in the last few seconds may not show "
    "yet, as the search index is updated shortly after each write."
)


@dataclass(frozen=True)
class Resource:
    index: int
    word: str
    code: str
    server: str

    @property
    def name(self) -> str:
        return f"{self.word}-{self.code}"

    @property
    def scopes(self) -> tuple[str, ...]:
        """The scopes endpoints use: admin, read, write, and for some a restricted one."""
        names = [f"admin:{self.name}", f"read:{self.name}", f"write:{self.name}"]
        if self.index % 3 == 0:
            names.append(f"write:{self.name}:/items/sync")
        if self.index % 5 == 0:
            names.append(f"create:{self.name}:auth:refresh_token")
        return tuple(names)

    @property
    def in_table(self) -> bool:
        # Some resources are missing from the table: scope_not_in_table findings.
        return self.index % 11 != 10


@dataclass(frozen=True)
class ApiPage:
    number: int
    resource: int
    url: str
    title: str
    description: str | None
    scopes: tuple[str, ...]
    method: str
    server: str
    path: str
    operation_id: str
    word: str
    spelling: int
    agent: bool


def resource(index: int) -> Resource:
    """Resource `index`: a word, and a code whose third letter is a checksum of the others."""
    word = WORDS[index % len(WORDS)]
    j = index // len(WORDS)
    a, b = j % 26, (j // 26) % 26
    if j >= 26 * 26:
        raise ValueError(f"resource {index}: more than {26 * 26 * len(WORDS)} resources")
    code = chr(97 + a) + chr(97 + b) + chr(97 + (a + b) % 26)
    server = SERVERS[1] if index % 7 == 3 else SERVERS[0]
    return Resource(index, word, code, server)


def _scopes_for(number: int, res: Resource, method: str, shape: str) -> tuple[str, ...]:
    if number % 4 == 3:
        return ()
    if number % 37 == 5:
        # A report-style endpoint accepting the scopes of many resources: its llms.txt
        # entry is cut with an ellipsis.
        first = max(0, res.index - 7)
        return tuple(s for i in range(first, res.index + 1) for s in resource(i).scopes[:2])
    admin, read, write = res.scopes[:3]
    if method == "get":
        return (admin, read)
    if method == "delete":
        return (admin,)
    extra = tuple(s for s in res.scopes[3:] if ("/items" in s) == ("/items" in shape))
    return (admin, write, *extra)


def _description(number: int, title: str) -> str | None:
    kind = number % 6
    if kind in (0, 3):
        return None
    if kind == 5:
        return f"{title}. {FILLER} {FILLER}"
    return f"{title} for the account." + (f" {FILLER}" if kind == 4 else "")


def _endpoint_page(number: int, res: Resource, k: int) -> ApiPage:
    shape, label = SHAPES[(k // len(METHODS)) % len(SHAPES)]
    method = METHODS[k % len(METHODS)]
    path = f"/accounts/{{aid}}/{res.word}/{res.code}{shape}"
    title = f"{VERBS[method]} {res.word} {res.code} {label}"
    slug = title.lower().replace(" ", "-")
    operation_id = f"{res.word}_{res.code}_{label.replace(' ', '_')}_{method}"
    return ApiPage(
        number=number,
        resource=res.index,
        url=f"{ORIGIN}/api-reference/{res.name}/{slug}.md",
        title=title + (" " if number % 9 == 0 else ""),
        description=_description(number, title),
        scopes=_scopes_for(number, res, method, shape),
        method=method,
        server=res.server,
        path=path,
        operation_id=operation_id,
        word=res.word,
        spelling=(number // 4) % 4,
        agent=number % 5 == 0,
    )


def _duplicate(number: int, page: ApiPage, res: Resource) -> ApiPage:
    """The same endpoint on an operationId page, its account parameter named `{oid}`."""
    return ApiPage(
        number=number,
        resource=res.index,
        url=f"{ORIGIN}/management-auth-api/{res.name}/{page.operation_id}.md",
        title=page.operation_id,
        description=page.description,
        scopes=page.scopes,
        method=page.method,
        server=page.server,
        path=page.path.replace("{aid}", "{oid}"),
        operation_id=page.operation_id,
        word=page.word,
        spelling=page.spelling,
        agent=not page.agent,
    )


def api_pages(count: int) -> tuple[list[ApiPage], list[Resource]]:
    pages: list[ApiPage] = []
    resources: list[Resource] = []
    while len(pages) < count:
        res = resource(len(resources))
        resources.append(res)
        for k in range(ENDPOINTS_PER_RESOURCE):
            if len(pages) >= count:
                break
            page = _endpoint_page(len(pages), res, k)
            pages.append(page)
            if k % 9 == 8 and len(pages) < count:
                pages.append(_duplicate(len(pages), page, res))
    return pages, resources


def _scope_block(scopes: tuple[str, ...], spelling: int, indent: str = "") -> str:
    """A scope block in one of the site's spellings."""
    header, item = (
        ("scopes:", "- "),
        ("*scopes*:", "  - "),
        ("Scopes:", "  - "),
        ("scopes:", "  - "),
    )[spelling]
    return "".join(f"{indent}{line}\n" for line in [header, *(item + s for s in scopes)])


def _agent_block(path: str) -> str:
    return (
        "<AgentInstructions>\n\n## Submitting Feedback\n\n"
        "Spotted something wrong, out of date or unclear on this page? Report it:\n\n"
        f"POST {ORIGIN}/feedback\n\n"
        f'```json\n{{\n  "path": "{path}",\n  "feedback": "Description of the issue"\n}}\n```\n\n'
        "Send a report only when it names a concrete problem that can be fixed.\n\n"
        "</AgentInstructions>\n\n"
    )


def _operation_yaml(page: ApiPage) -> str:
    """The fenced one-operation OpenAPI 3 document; its description repeats the page's."""
    lines = [
        "openapi: 3.0.1",
        "info:",
        f"  title: {page.word.capitalize()} API",
        "  version: LATEST",
        "servers:",
        f"  - url: {page.server}",
        "security: []",
        "paths:",
        f"  {page.path}:",
        f"    {page.method}:",
        "      tags:",
        f"        - {page.word}",
        f"      summary: {page.title.strip()}",
    ]
    if page.description or page.scopes:
        lines.append("      description: |")
        if page.description:
            lines.append(f"        {page.description}")
        if page.description and page.scopes:
            lines.append("")
        if page.scopes:
            lines.append(_scope_block(page.scopes, page.spelling, " " * 8).rstrip("\n"))
    lines += [
        f"      operationId: {page.operation_id}",
        "      responses:",
        "        '200':",
        "          description: OK",
    ]
    return "\n".join(lines) + "\n"


def page_markdown(page: ApiPage) -> str:
    human = page.url.removeprefix(ORIGIN).removesuffix(".md")
    parts = [BANNER]
    if page.agent:
        parts.append(_agent_block(human))
    parts.append(f"# {page.title.strip()}\n\n")
    if page.description:
        parts.append(f"\n> {page.description}\n\n")
    elif page.scopes:
        parts.append("\n> \n")
    if page.scopes:
        parts.append(_scope_block(page.scopes, page.spelling))
    parts.append("\n\n\n\n## OpenAPI\n\n")
    spec = f"/mintlify-docs/openapi/spec-{page.word}.yaml"
    parts.append(f"````yaml {spec} {page.method} {page.path}\n")
    parts.append(_operation_yaml(page))
    parts.append("````\n")
    return "".join(parts)


def _index_description(page: ApiPage) -> str | None:
    """The page's first description paragraph, as llms.txt shows it (cut at 300 characters)."""
    if page.description:
        text = page.description
    elif page.scopes:
        text = "scopes: " + " ".join(f"- {s}" for s in page.scopes)
    else:
        return None
    return text if len(text) <= 300 else text[:300] + "…"


def llms_txt(pages: list[ApiPage]) -> str:
    entries = [(p.url, p.title, _index_description(p)) for p in pages] + [
        (f"{ORIGIN}/docs/clients.md", "API clients and application access", None)
    ]
    lines = ["# Dintero Documentation", "", "## Docs", ""]
    for url, title, description in sorted(entries):
        lines.append(f"- [{title}]({url})" + (f": {description}" if description else ""))
    lines += ["", "## OpenAPI Specs", "", f"- [spec-synthetic]({ORIGIN}/{SPEC_PATH})", ""]
    return "\n".join(lines)


def clients_md(resources: list[Resource]) -> str:
    """The scope table in the markdown source shape: bold admin rows, indented children."""
    rows: list[tuple[str, str]] = []
    for res in resources:
        if not res.in_table:
            continue
        admin, *children = res.scopes
        if res.index % 13 == 0:
            children.append(f"delete:{res.name}")  # in the table, used by no endpoint
        rows.append((f"**`{admin}`**", f"Fully manage {res.word} {res.code}"))
        rows += [(f"  `{child}`", "") for child in children]
    width = max([len(name) for name, _ in rows] + [4])
    table = [f"| {'Name':<{width}} | Description |", f"| {'-' * width} | ----------- |"]
    table += [f"| {name:<{width}} | {text} |" for name, text in rows]
    return (
        BANNER + _agent_block("/docs/clients") + "# API clients and application access\n\n"
        "> Give each of your apps its own Dintero API client that holds only the scopes "
        "for the data it uses.\n\n"
        "## Available scopes\n\n" + "\n".join(table) + "\n"
    )


def spec_yaml(pages: list[ApiPage]) -> str:
    """A Swagger 2.0 spec with the operations of one resource in ten, on the API server."""
    lines = [
        "swagger: '2.0'",
        "info:",
        "  title: Synthetic API",
        "  version: LATEST",
        "host: api.dintero.com",
        "basePath: /v1",
        "schemes:",
        "  - https",
        "security:",
        "  - apikey: []",
        "paths:",
    ]
    by_path: dict[str, list[ApiPage]] = {}
    for page in pages:
        if page.resource % 10 == 0 and page.server == SERVERS[0] and "{oid}" not in page.path:
            by_path.setdefault(page.path, []).append(page)
    for path, operations in by_path.items():
        lines.append(f"  {path}:")
        for page in operations:
            lines += [
                f"    {page.method}:",
                f"      summary: {page.title.strip()}",
                f"      operationId: {page.operation_id}",
            ]
            if page.scopes:
                lines.append("      description: |")
                lines.append(_scope_block(page.scopes, 0, " " * 8).rstrip("\n"))
                lines.append("      x-scopes:")
                lines += [f"        - {s}" for s in page.scopes]
            lines += ["      responses:", "        '200':", "          description: OK"]
    return "\n".join(lines) + "\n"


def site(documents: int) -> dict[str, bytes]:
    """The mirror files of a site whose llms.txt links `documents` documents (at least 3)."""
    if documents < 3:
        raise ValueError("a synthetic site needs at least 3 documents")
    pages, resources = api_pages(documents - 2)
    files = {f"{HOST}/llms.txt": llms_txt(pages).encode()}
    files[f"{HOST}/docs/clients.md"] = clients_md(resources).encode()
    files[f"{HOST}/{SPEC_PATH}"] = spec_yaml(pages).encode()
    for page in pages:
        files[HOST + page.url.removeprefix(ORIGIN)] = page_markdown(page).encode()
    return files


def write(root: Path, files: dict[str, bytes]) -> None:
    """Write a mirror directory: `root/docs.dintero.com/<P>`."""
    for relpath, body in files.items():
        target = root / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
