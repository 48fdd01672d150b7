"""`dintero-scopes verify`: do the outputs build, and what do they hold?

The scheduled refresh runs this instead of the test suite, whose tests of
behaviour use catalogues of their own: a broken build (the package does not
install or answer, the site does not build strictly, a schema is invalid) stops
the job, and the facts of the data (counts, coverage, findings) go into the pull
request's body for the reviewer, never stopping it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from scraper.model import Catalogue
from scraper.render.python import COMMAND
from scraper.render.python import ROOT as PACKAGE_ROOT
from scraper.render.schema import GRANT_SCHEMA, SCOPE_SCHEMA
from scraper.render.site import SITE

SCHEMAS = Path("generated/schema")


def _run(command: list[str], cwd: Path | None = None) -> str | None:
    """None when the command succeeds, else its last words."""
    done = subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=False)
    if done.returncode == 0:
        return None
    output = (done.stderr or done.stdout).strip().splitlines()
    return f"`{' '.join(command[:4])} ...` exited {done.returncode}: " + " / ".join(output[-3:])


def check_package(out: Path, work: Path, offline: bool = False) -> list[str]:
    """The package builds as a wheel, installs into a fresh venv, imports and answers.

    `offline` builds with the build backend installed here and installs from the wheel
    alone: no package index is asked.
    """
    dist, venv = work / "dist", work / "venv"
    index = ["--no-index", "--no-build-isolation"] if offline else []
    pip = [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check"]
    # A venv without pip of its own is made in a blink; this pip installs into it.
    steps = [
        [*pip, "wheel", "--no-deps", *index, "-w", str(dist), str(out / PACKAGE_ROOT)],
        [sys.executable, "-m", "venv", "--without-pip", str(venv)],
        [*pip, "--python", str(venv / "bin" / "python"), "install", "--no-index",
         "--find-links", str(dist), "dintero-scopes"],
        [str(venv / "bin" / "python"), "-c", "import dintero_scopes, sys; "
         "sys.exit(not (dintero_scopes.Scope and dintero_scopes.ENDPOINTS))"],
        [str(venv / "bin" / COMMAND), "--help"],
    ]  # fmt: skip
    for step in steps:
        problem = _run(step)
        if problem is not None:
            return [f"the package: {problem}"]
    return []


def check_site(out: Path, work: Path) -> list[str]:
    """The site builds with `mkdocs build --strict`."""
    config = out / SITE / "mkdocs.yml"
    command = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    problem = _run([*command, "-f", str(config), "-d", str(work / "site")])
    return [] if problem is None else [f"the site: {problem}"]


def check_schemas(out: Path) -> list[str]:
    """Each schema is valid JSON Schema 2020-12 and stands alone (no reference elsewhere)."""
    problems: list[str] = []
    for name in (SCOPE_SCHEMA, GRANT_SCHEMA):
        path = out / SCHEMAS / name
        try:
            schema = json.loads(path.read_text(encoding="utf-8"))
            Draft202012Validator.check_schema(schema)
        except (OSError, ValueError, SchemaError) as error:
            problems.append(f"the schema {path}: {str(error).splitlines()[0]}")
            continue
        remote = [ref for ref in _refs(schema) if not ref.startswith("#")]
        if remote:
            problems.append(f"the schema {path} refers elsewhere: {', '.join(remote)}")
    return problems


def _refs(node: object) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in _refs(value)]
    return []


def data_report(catalogue: Catalogue) -> str:
    """The facts of the data for the reviewer, as markdown."""
    endpoints = catalogue.endpoints
    scoped = sum(1 for e in endpoints if e.scopes)
    clients = ", ".join(e.key for e in endpoints if e.client_auth) or "none"
    share = f"{scoped / len(endpoints):.1%}" if endpoints else "-"
    read = "a local copy (--mirror)" if catalogue.mirror else "the live site"
    lines = [
        "## The data",
        "",
        f"Read from {read}, {catalogue.source}, at {catalogue.fetched_at}.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| scopes | {len(catalogue.scopes)} |",
        f"| endpoints | {len(endpoints)} |",
        f"| endpoints with a scope list | {scoped} ({share}) |",
        f"| endpoints that authenticate the client (HTTP Basic) | {clients} |",
        f"| findings | {len(catalogue.findings)} |",
        "",
        "| finding kind | count |",
        "|---|---|",
    ]
    kinds = Counter(f.kind for f in catalogue.findings)
    lines += [f"| `{kind}` | {count} |" for kind, count in sorted(kinds.items())]
    return "\n".join(lines) + "\n"


def verify(out: Path, offline: bool = False) -> tuple[list[str], str]:
    """What breaks the build of the outputs in `out`, and the data report."""
    catalogue = Catalogue.load(out / "generated" / "catalogue.json")
    with tempfile.TemporaryDirectory(prefix="dintero-scopes-verify-") as work:
        problems = check_schemas(out)
        problems += check_site(out, Path(work))
        problems += check_package(out, Path(work), offline)
    return problems, data_report(catalogue)


def run(out: Path, report: Path | None, offline: bool) -> int:
    """The command: 0 when the outputs build, 2 (one line per problem) when they do not.

    The data report is printed, and appended to `report` when given.
    """
    problems, facts = verify(out, offline)
    print(facts, end="")
    if report is not None:
        with report.open("a", encoding="utf-8") as file:
            file.write("\n" + facts)
    for problem in problems:
        print(f"dintero-scopes: broken build: {problem}", file=sys.stderr)
    return 2 if problems else 0
