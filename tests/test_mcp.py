"""``mcp``: the read-only MCP server, driven by the SDK's own client over stdio, the
server a subprocess as an agent starts it. Its tools answer as the commands do."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from mcp.types import CallToolResult, ListRootsResult, Root, TextContent

from scraper.cli import main
from scraper.render import python
from tests.conftest import ROOT
from tests.recorded import CALLS, CATALOGUE, HELPDESK, SECRET, har, write_catalogue, write_json

GENERATOR = [sys.executable, "-m", "scraper.cli"]
SCAN = ROOT / "tests" / "fixtures" / "scan"
GRANT = {
    "client_id": "helpdesk",
    "audience": "https://api.dintero.com/v1/accounts/T12345678",
    "scope": ["admin:customers"],
    "type": "client_credentials",
}


@pytest.fixture
def catalogue(tmp_path: Path) -> str:
    return str(write_catalogue(tmp_path))


@asynccontextmanager
async def connected(
    command: Sequence[str],
    roots: Sequence[Path] | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> AsyncIterator[Client]:
    """A client of the server that ``command`` starts; one that declares ``roots``, if
    given (and then answers roots/list with them), else one with no roots capability."""

    async def list_roots(_: Any) -> ListRootsResult:
        return ListRootsResult(roots=[Root(uri=root.as_uri()) for root in roots or ()])

    server = StdioServerParameters(command=command[0], args=list(command[1:]), cwd=cwd, env=env)
    callback = None if roots is None else list_roots
    async with Client(server, list_roots_callback=callback) as client:
        yield client


def text(result: CallToolResult) -> str:
    assert len(result.content) == 1
    content = result.content[0]
    assert isinstance(content, TextContent)
    return content.text


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# Input no tool can answer, and the one line each answers instead.
UNANSWERABLE = [
    ("need", {}, "no calls given"),
    ("need", {"calls": ["FETCH /v1/x"]}, "'FETCH' is neither an HTTP method"),
    ("need", {"calls": ["GET https://[x/"]}, "Invalid IPv6 URL"),
    ("explain", {"scope": "read:customer"}, "did you mean read:customers?"),
]


async def test_the_tools_answer_as_their_commands_do(
    catalogue: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One server, asked everything: starting one takes a while."""
    async with connected([*GENERATOR, "mcp", "--catalogue", catalogue]) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        helpdesk = await client.call_tool("need", {"calls": list(HELPDESK)})
        explained = await client.call_tool("explain", {"scope": "read:customers"})
        checked = await client.call_tool("check_grant", {"grant": GRANT, "calls": list(HELPDESK)})
        named = await client.call_tool("need", {"names": ["GET /transactions/{id}"]})
        unanswered = [
            await client.call_tool(tool, arguments) for tool, arguments, _ in UNANSWERABLE
        ]

    assert sorted(tools) == ["check_grant", "explain", "need", "scan"]
    for tool in tools.values():
        assert tool.annotations is not None
        assert tool.annotations.read_only_hint is True
        assert tool.annotations.destructive_hint is False
        assert tool.description
    schemas = {name: tool.input_schema for name, tool in tools.items()}
    assert sorted(schemas["need"]["properties"]) == ["calls", "file", "names"]
    assert schemas["explain"]["required"] == ["scope"]
    assert sorted(schemas["check_grant"]["properties"]) == ["calls", "file", "grant"]
    assert schemas["check_grant"]["required"] == ["grant"]

    # The Helpdesk client of Dintero's guide lists customers and reads one.
    assert not helpdesk.is_error
    assert helpdesk.structured_content is not None
    assert helpdesk.structured_content["scopes"] == ["read:customers"]
    words = [word for call in HELPDESK for word in call.split()]
    _, out, _ = cli(capsys, "need", "--catalogue", catalogue, *words)
    assert text(helpdesk) == out
    _, out, _ = cli(capsys, "need", "--catalogue", catalogue, "--json", *words)
    assert helpdesk.structured_content == json.loads(out)

    _, out, _ = cli(capsys, "explain", "read:customers", "--catalogue", catalogue)
    assert text(explained) == out
    assert explained.structured_content is not None
    assert explained.structured_content["scope"] == "read:customers"
    assert len(explained.structured_content["endpoints"]) == out.count("  GET https://")

    grant = write_json(tmp_path / "grant.json", GRANT)
    code, out, _ = cli(
        capsys, "check-grant", str(grant), *words, "--catalogue", catalogue, "--json"
    )
    assert code == 1
    assert not checked.is_error
    assert checked.structured_content == json.loads(out)
    assert named.structured_content is not None
    assert named.structured_content["scopes"] == ["read:checkout"]

    for result, (_, _, message) in zip(unanswered, UNANSWERABLE, strict=True):
        assert result.is_error
        assert len(text(result).splitlines()) == 1
        assert message in text(result)
        assert result.structured_content == {"error": text(result)}


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(path): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


async def test_a_file_is_read_only_inside_the_clients_roots(catalogue: str, tmp_path: Path) -> None:
    root, outside = tmp_path / "project", tmp_path / "elsewhere"
    (root / "traffic").mkdir(parents=True)
    outside.mkdir()
    recording = write_json(root / "traffic" / "session.har", har())
    secret = write_json(outside / "secret.har", har())
    (root / "link.har").symlink_to(secret)
    before = snapshot(tmp_path)
    async with connected([*GENERATOR, "mcp", "--catalogue", catalogue], roots=[root]) as client:
        relative = await client.call_tool("need", {"file": "traffic/session.har"})
        absolute = await client.call_tool("need", {"file": str(recording)})
        refused = [
            await client.call_tool("need", {"file": name})
            for name in (str(secret), "../elsewhere/secret.har", "link.har", "/etc/passwd")
        ]
        grant = await client.call_tool("check_grant", {"grant": GRANT, "file": str(secret)})
    for answer in (relative, absolute):
        assert not answer.is_error, text(answer)
        assert answer.structured_content is not None
        assert answer.structured_content["recording"]["calls"] == len(CALLS)
        assert SECRET not in text(answer) + json.dumps(answer.structured_content)
    for answer in [*refused, grant]:
        assert answer.is_error
        assert f"outside the folders this server may read ({root})" in text(answer)
    assert snapshot(tmp_path) == before


async def test_a_client_without_roots_may_read_the_servers_working_folder_only(
    catalogue: str, tmp_path: Path
) -> None:
    folder, outside = tmp_path / "work", tmp_path / "elsewhere"
    folder.mkdir()
    outside.mkdir()
    write_json(folder / "session.har", har())
    write_json(outside / "session.har", har())
    command = [*GENERATOR, "mcp", "--catalogue", catalogue]
    async with connected(command, cwd=folder) as client:
        inside = await client.call_tool("need", {"file": "session.har"})
        refused = await client.call_tool("need", {"file": str(outside / "session.har")})
    assert not inside.is_error, text(inside)
    assert refused.is_error
    assert f"outside the folders this server may read ({folder})" in text(refused)
    async with connected(command, roots=[], cwd=folder) as client:
        none = await client.call_tool("need", {"file": "session.har"})
    assert none.is_error
    assert "the client declares no roots, so nothing may be read" in text(none)


async def test_scan_reads_code_only_inside_the_clients_roots(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, outside = tmp_path / "project", tmp_path / "elsewhere"
    shutil.copytree(SCAN / "woo-plugin", root / "plugin")
    shutil.copytree(SCAN / "node-sdk", outside)
    before = snapshot(tmp_path)
    command = [*GENERATOR, "mcp", "--catalogue", str(SCAN / "catalogue.json")]
    async with connected(command, roots=[root]) as client:
        scanned = await client.call_tool("scan", {"path": "plugin"})
        refused = await client.call_tool("scan", {"path": str(outside)})
    assert not scanned.is_error, text(scanned)
    _, out, _ = cli(
        capsys,
        "scan",
        str(root / "plugin"),
        "--explain",
        "--json",
        "--catalogue",
        str(SCAN / "catalogue.json"),
    )
    assert scanned.structured_content == json.loads(out)
    assert scanned.structured_content["scopes"]
    assert refused.is_error
    assert f"outside the folders this server may read ({root})" in text(refused)
    assert snapshot(tmp_path) == before


async def test_the_package_serves_its_own_data(tmp_path: Path) -> None:
    for path, content in python.files(CATALOGUE, []).items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(content)
    env = {"PYTHONPATH": str(tmp_path / python.ROOT / "src")}
    command = [sys.executable, "-m", "dintero_scopes", "mcp"]
    async with connected(command, env=env, cwd=tmp_path) as client:
        result = await client.call_tool("need", {"calls": list(HELPDESK)})
    assert result.structured_content is not None
    assert result.structured_content["scopes"] == ["read:customers"]


async def test_the_committed_catalogue_answers_as_need_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The real catalogue, whatever it holds: an endpoint of its own, asked over MCP."""
    data = json.loads((ROOT / "generated" / "catalogue.json").read_text())
    endpoint = next(e for e in data["endpoints"] if e["scopes"])
    call = f"{endpoint['method']} {endpoint['server']}{endpoint['path']}"
    async with connected([*GENERATOR, "mcp"], cwd=Path(os.sep)) as client:
        result = await client.call_tool("need", {"calls": [call]})
    _, out, _ = cli(capsys, "need", "--json", *call.split())
    assert result.structured_content == json.loads(out)
    assert result.structured_content["scopes"]


NO_BACKEND = importlib.util.find_spec("hatchling") is None


@pytest.mark.slow
@pytest.mark.skipif(NO_BACKEND, reason="hatchling (a test dependency) builds the package")
async def test_the_installed_package_reads_recordings_and_serves_with_the_mcp_extra(
    catalogue: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Installed from its wheel into a fresh venv, first alone, then with the extra: the
    SDK comes from this venv, as pip would find it installed, so no index is needed."""
    root = tmp_path / "out"
    for path, content in python.files(CATALOGUE, []).items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(content)
    dist, venv = tmp_path / "dist", tmp_path / "venv"
    build = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-index"]
    subprocess.run([*build, "--no-build-isolation", "-w", dist, root / python.ROOT], check=True)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    install = [sys.executable, "-m", "pip", "-q", "--python", venv / "bin" / "python", "install"]
    install += ["--no-index", "--find-links", dist]
    subprocess.run([*install, "dintero-scopes"], check=True, cwd=tmp_path)
    command = str(venv / "bin" / python.COMMAND)

    recording = write_json(tmp_path / "session.har", har())
    done = subprocess.run(
        [command, "need", "--json", "--file", recording], capture_output=True, text=True
    )
    _, out, _ = cli(capsys, "need", "--json", "--file", str(recording), "--catalogue", catalogue)
    assert (done.returncode, done.stdout) == (0, out)
    assert SECRET not in done.stdout + done.stderr

    alone = subprocess.run(
        [command, "mcp"], capture_output=True, text=True, stdin=subprocess.DEVNULL
    )
    assert alone.returncode == 2
    assert alone.stderr.startswith(f"{python.COMMAND}: error: the mcp command needs the MCP SDK")
    assert len(alone.stderr.splitlines()) == 1

    site = next((venv / "lib").glob("python3*/site-packages"))
    (site / "sdk.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([*install, "dintero-scopes[mcp]"], check=True, cwd=tmp_path)
    metadata = "import importlib.metadata as m; print(m.requires('dintero-scopes'))"
    requires = subprocess.run(
        [venv / "bin" / "python", "-c", metadata], capture_output=True, text=True, check=True
    )
    required = [r.replace(" ", "") for r in ast.literal_eval(requires.stdout)]
    assert "mcp<3,>=2.3;extra=='mcp'" in required
    async with connected([command, "mcp"], cwd=tmp_path) as client:
        result = await client.call_tool("need", {"calls": list(HELPDESK)})
    assert result.structured_content is not None
    assert result.structured_content["scopes"] == ["read:customers"]
