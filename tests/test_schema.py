"""The JSON Schemas: valid against the 2020-12 meta-schema, and they judge documents right."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from scraper.cli import main
from scraper.model import Catalogue, Scope, Source, SourceKind
from scraper.render import schema
from tests.conftest import ROOT

HOSTILE = 'Quotes " and \\ backslashes, """triple""", {{ x }}, </script><b>bold</b>'


def scope(name: str, description: str | None = None, group: str | None = None) -> Scope:
    action, _, rest = name.partition(":")
    resource, _, restriction = rest.partition(":")
    return Scope(
        name=name,
        action=action,
        resource=resource or None,
        restriction=restriction or None,
        description=description,
        group=group,
        sources=[Source("https://docs.dintero.com/docs/clients.md", SourceKind.SCOPE_TABLE)],
    )


CATALOGUE = Catalogue(
    schema_version=1,
    source="https://docs.dintero.com/llms.txt",
    fetched_at="2026-11-27T08:00:00Z",
    scopes=[
        scope("admin:checkout", "Fully manage checkout"),
        scope("read:checkout", group="admin:checkout"),
        scope("write:accounts:/auth/users", HOSTILE, "admin:accounts"),
    ],
    endpoints=[],
    findings=[],
)


def schemas(catalogue: Catalogue) -> dict[str, dict[str, Any]]:
    return {
        path.name: json.loads(content)
        for path, content in schema.files(catalogue).items()
        if path.parts[0] == "generated"
    }


def validator(catalogue: Catalogue, name: str) -> Draft202012Validator:
    """A validator of one schema alone: no registry, so a reference elsewhere would fail."""
    return Draft202012Validator(schemas(catalogue)[name])


@pytest.mark.parametrize("name", [schema.SCOPE_SCHEMA, schema.GRANT_SCHEMA])
def test_schemas_pass_the_meta_schema(name: str) -> None:
    document = schemas(CATALOGUE)[name]
    Draft202012Validator.check_schema(document)
    assert document["$id"] == schema.SCHEMA_BASE + name


def test_scope_schema_names_and_describes_every_scope() -> None:
    document = schemas(CATALOGUE)[schema.SCOPE_SCHEMA]
    assert document["enum"] == [s.name for s in CATALOGUE.scopes]
    descriptions = document["enumDescriptions"]
    assert descriptions[0] == "Fully manage checkout"
    assert descriptions[1] == "The Dintero docs give no description. Listed under admin:checkout."
    assert descriptions[2].startswith(HOSTILE)


def test_the_grant_schema_holds_the_scope_schema() -> None:
    documents = schemas(CATALOGUE)
    grant, scope = documents[schema.GRANT_SCHEMA], documents[schema.SCOPE_SCHEMA]
    assert grant["properties"]["scope"]["items"] == {"$ref": "#/$defs/scope"}
    embedded = {k: v for k, v in scope.items() if k not in ("$schema", "$id")}
    assert grant["$defs"]["scope"] == embedded
    references = re.findall(r'"\$ref": "([^"]*)"', json.dumps(grant))
    assert references == ["#/$defs/scope"]


@pytest.mark.parametrize(
    ("document", "valid"),
    [
        ("admin:checkout", True),
        ("write:accounts:/auth/users", True),
        ("checkout:admin", False),
        ("admin:checkout ", False),
        (["admin:checkout"], False),
    ],
)
def test_scope_schema_judges_scopes(document: object, valid: bool) -> None:
    assert validator(CATALOGUE, schema.SCOPE_SCHEMA).is_valid(document) is valid


GRANT = {
    "client_id": "5d1c2a8e-0b7f-4e61-9c3a-2f8e6b4d7a10",
    "audience": "https://api.dintero.com/v1/accounts/T12345678",
    "scope": ["admin:checkout", "read:checkout"],
    "type": "client_credentials",
}


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({}, None),
        ({"scope": ["read:checkout", "read:checkout"]}, "non-unique"),
        ({"scope": ["checkout:admin"]}, "checkout:admin"),
        ({"scope": []}, "should be non-empty"),
        ({"scopes": ["read:checkout"]}, "Additional properties"),
        ({"audience": "https://api.dintero.com/v1/accounts/12345678"}, "does not match"),
        ({"client_id": ""}, "should be non-empty"),
    ],
)
def test_grant_schema_judges_payloads(change: dict[str, Any], error: str | None) -> None:
    errors = list(validator(CATALOGUE, schema.GRANT_SCHEMA).iter_errors({**GRANT, **change}))
    if error is None:
        assert errors == []
    else:
        assert errors and any(error in e.message for e in errors), [e.message for e in errors]


def test_grant_schema_requires_every_field() -> None:
    check = validator(CATALOGUE, schema.GRANT_SCHEMA)
    for field in GRANT:
        partial = {k: v for k, v in GRANT.items() if k != field}
        with pytest.raises(ValidationError, match=field):
            check.validate(partial)


def test_same_catalogue_same_bytes_and_published_on_the_site() -> None:
    first, second = schema.files(CATALOGUE), schema.files(CATALOGUE)
    assert first == second
    for name in (schema.SCOPE_SCHEMA, schema.GRANT_SCHEMA):
        assert first[Path("generated/schema") / name] == first[Path("site/docs/schema") / name]


def test_committed_catalogue_gives_valid_schemas() -> None:
    catalogue = Catalogue.from_json((ROOT / "generated" / "catalogue.json").read_text())
    check = validator(catalogue, schema.GRANT_SCHEMA)
    Draft202012Validator.check_schema(check.schema)
    assert check.is_valid({**GRANT, "scope": [s.name for s in catalogue.scopes]})


README_CHECK = "check-jsonschema --schemafile generated/schema/client-grant.schema.json grant.json"


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        (GRANT, 0),
        ({**GRANT, "scope": ["checkout:admin"]}, 1),
        # As the README advises: the grant names its schema, which check-grant takes too.
        ({"$schema": f"{schema.SCHEMA_BASE}{schema.GRANT_SCHEMA}", **GRANT}, 0),
    ],
    ids=["good grant", "bad grant", "a grant that names its schema"],
)
def test_the_readme_check_runs_offline(tmp_path: Path, payload: object, code: int) -> None:
    assert f"\n{README_CHECK}\n" in (ROOT / "README.md").read_text()
    (tmp_path / "generated" / "schema").mkdir(parents=True)
    for path, content in schema.files(CATALOGUE).items():
        if path.parts[0] == "generated":
            (tmp_path / path).write_bytes(content)
    (tmp_path / "grant.json").write_text(json.dumps(payload))
    command = README_CHECK.split()
    executable = shutil.which(command[0], path=str(Path(sys.executable).parent))
    assert executable is not None, "check-jsonschema is a test dependency"
    # Any request would go to a proxy that is not there, so only offline work succeeds.
    unreachable = "http://127.0.0.1:9"
    env = {**os.environ, "HTTP_PROXY": unreachable, "HTTPS_PROXY": unreachable, "NO_PROXY": ""}
    env |= {name.lower(): value for name, value in env.items() if name.endswith("_PROXY")}
    done = subprocess.run(
        [executable, *command[1:]], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == code, done.stdout + done.stderr
    if code:
        assert "checkout:admin" in done.stdout + done.stderr
    # check-grant gives the same verdict.
    (tmp_path / "catalogue.json").write_text(CATALOGUE.to_json())
    grant = [
        "check-grant",
        str(tmp_path / "grant.json"),
        "--catalogue",
        str(tmp_path / "catalogue.json"),
    ]
    assert main(grant) == code
