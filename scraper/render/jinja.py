"""The one Jinja environment over templates/, and the filters the templates use."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import markupsafe

# Where the site is published; the schemas' $id and the feed's links point there.
SITE_URL = "https://dintero-scopes.github.io/dintero-scope-catalogue/"


def templates_dir() -> Path:
    """templates/ beside the package in a checkout, or inside it in a wheel."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "templates", here / "templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"no templates/ directory beside or inside {here}")


def py_literal(value: object) -> str:
    """A Python literal for str, int, bool, None and tuples of them; exact for any string."""
    return repr(value)


def py_docstring(text: str) -> str:
    """Text safe inside a triple-quoted docstring: backslashes and quote runs escaped."""
    escaped = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return escaped + " " if escaped.endswith('"') else escaped


def json_literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


# Python-Markdown's escapable characters (with tables' `|`); `<`, `>` and `&` are
# left to HTML escaping, which runs second so its entities are never backslashed.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


def markdown_text(text: object) -> markupsafe.Markup:
    """Text shown as itself on a markdown page, on one line: no markup of its own survives."""
    flat = " ".join(str(text).split())
    return markupsafe.escape(_MARKDOWN_SPECIAL.sub(r"\\\1", flat))


def markdown_code(text: object) -> markupsafe.Markup:
    """Text in code type on a markdown page, as safe as `markdown_text`."""
    return markupsafe.Markup("<code>") + markdown_text(text) + markupsafe.Markup("</code>")


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        # Markdown and HTML pages escape what they show; Python and JSON use their own filters.
        autoescape=jinja2.select_autoescape(["html", "xml", "md"]),
    )
    env.filters["py"] = py_literal
    env.filters["docstring"] = py_docstring
    env.filters["json"] = json_literal
    env.filters["md"] = markdown_text
    env.filters["code"] = markdown_code
    return env


def render(template: str, **values: Any) -> bytes:
    return environment().get_template(template).render(**values).encode()
