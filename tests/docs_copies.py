"""Small copies of a docs site, written by the tests: each fact of it is the test's to change.

A copy is a directory mirror (`<dir>/docs.dintero.com/...`), shaped as the docs are:
an `llms.txt` index, a scopes page whose table groups each scope under its admin scope,
and an API page per endpoint with its scope list and its OpenAPI block.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

HOST = "docs.dintero.com"
DOCS = f"https://{HOST}"
SERVER = "https://api.dintero.com/v1"


@dataclass(frozen=True)
class Site:
    """What the docs say: each scope's group and description, each endpoint's scopes."""

    # name -> (group, description); a group's admin scope is listed first, in bold.
    scopes: dict[str, tuple[str, str]]
    # (method, path) -> scopes, in the order the page lists them.
    endpoints: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def without_scope(self, name: str) -> Site:
        """The site with `name` gone from the table and from every endpoint."""
        return replace(
            self,
            scopes={k: v for k, v in self.scopes.items() if k != name},
            endpoints={k: [s for s in v if s != name] for k, v in self.endpoints.items()},
        )

    def with_endpoint(self, method: str, path: str, *scopes: str) -> Site:
        return replace(self, endpoints={**self.endpoints, (method, path): list(scopes)})

    def with_group(self, name: str, group: str) -> Site:
        return replace(self, scopes={**self.scopes, name: (group, self.scopes[name][1])})

    def write(self, root: Path) -> Path:
        """Write the copy under `root` (made, or emptied of an earlier copy) and return it."""
        site = root / HOST
        for old in sorted(site.rglob("*"), reverse=True) if site.exists() else []:
            old.rmdir() if old.is_dir() else old.unlink()
        pages = {"docs/clients.md": self._scopes_page()}
        for (method, path), scopes in self.endpoints.items():
            pages[f"api-reference/{_slug(method, path)}.md"] = _api_page(method, path, scopes)
        index = ["# Dintero Documentation", "", "## Docs", ""]
        index += [f"- [{name}]({DOCS}/{name}): a page" for name in pages]
        pages["llms.txt"] = "\n".join(index) + "\n"
        for name, text in pages.items():
            (site / name).parent.mkdir(parents=True, exist_ok=True)
            (site / name).write_text(text, encoding="utf-8")
        return root

    def _scopes_page(self) -> str:
        lines = ["# API clients", "", "## Available scopes", ""]
        lines += ["| Name | Description |", "| --- | --- |"]
        for group in dict.fromkeys(group for group, _ in self.scopes.values()):
            members = [(n, d) for n, (g, d) in self.scopes.items() if g == group]
            lines += [f"| **`{n}`** | {d} |" for n, d in members if n == group]
            lines += [f"|   `{n}` | {d} |" for n, d in members if n != group]
        return "\n".join(lines) + "\n"


def _slug(method: str, path: str) -> str:
    words = [w.strip("{}") for w in path.split("/") if w]
    return "-".join([method.lower(), *words])


def _api_page(method: str, path: str, scopes: list[str]) -> str:
    title = f"{method} {path}"
    listed = "".join(f"- {s}\n" for s in scopes)
    described = "".join(f"        - {s}\n" for s in scopes)
    return f"""# {title}

scopes:
{listed}
## OpenAPI

````yaml /openapi/spec.yaml {method.lower()} {path}
openapi: 3.0.1
info:
  title: Things API
  version: LATEST
servers:
  - url: {SERVER}
paths:
  {path}:
    {method.lower()}:
      summary: {title}
      description: |
        scopes:
{described}      responses:
        '200':
          description: OK
````
"""


def base_site() -> Site:
    """Three groups of four scopes, and eleven endpoints that use all but one of them."""
    scopes: dict[str, tuple[str, str]] = {}
    for resource in ("things", "orders", "payouts"):
        group = f"admin:{resource}"
        scopes[group] = (group, f"Manage {resource} fully")
        for action in ("read", "write", "delete"):
            scopes[f"{action}:{resource}"] = (group, f"{action.capitalize()} {resource}")
    endpoints: dict[tuple[str, str], list[str]] = {}
    for resource in ("things", "orders", "payouts"):
        admin, read, write = (f"{a}:{resource}" for a in ("admin", "read", "write"))
        endpoints[("GET", f"/{resource}")] = [admin, read]
        endpoints[("GET", f"/{resource}/{{id}}")] = [read, admin]
        endpoints[("POST", f"/{resource}")] = [write, admin]
    endpoints[("DELETE", "/things/{id}")] = ["delete:things", "admin:things"]
    endpoints[("DELETE", "/orders/{id}")] = ["delete:orders", "admin:orders"]
    return Site(scopes, endpoints)
