"""Tests for the normalized tree: markdown, MDX components and HTML read into one shape."""

from __future__ import annotations

import pytest

from scraper.parse.html import read_html
from scraper.parse.markdown import read_markdown
from scraper.parse.scope_list import ScopeList, find_scope_lists, lists_in_markdown
from scraper.parse.tree import (
    Code,
    Container,
    Heading,
    Kind,
    ListBlock,
    Paragraph,
    Table,
    normalize,
    plain,
    walk,
)

URL = "https://docs.dintero.com/api-reference/widgets/x.md"
LISTED = ScopeList(("admin:widgets", "read:widgets"), (), complete=True)


def test_normalize_drops_invisible_characters_and_plain_spaces() -> None:
    assert normalize("\ufeffad\u200bmin:x\u00a0a\r\nb\rc") == "admin:x a\nb\nc"


def test_markdown_blocks_with_their_lines_and_spans() -> None:
    doc = read_markdown(URL, "# Title\n\nSee `a:b` and [c:d](/x) **bold**.\n\n- one\n- two\n")

    heading, paragraph, items = doc.blocks
    assert doc.title == "Title"
    assert isinstance(heading, Heading) and heading.line == 1
    assert isinstance(paragraph, Paragraph) and paragraph.line == 3
    marked = [(s.text, s.code, s.link, s.strong) for s in paragraph.spans if s.text.strip()]
    assert ("a:b", True, None, False) in marked
    assert ("c:d", False, "/x", False) in marked
    assert ("bold", False, None, True) in marked
    assert isinstance(items, ListBlock) and [i.line for i in items.items] == [5, 6]


@pytest.mark.parametrize(
    "text",
    [
        "<details><summary>Scopes</summary>\n\n- admin:widgets\n- read:widgets\n\n</details>\n",
        "<details>\n<summary><b>Scopes</b></summary>\n\n- admin:widgets\n- read:widgets\n"
        "</details>\n",
        '<Accordion title="Scopes" icon="key">\n  - admin:widgets\n  - read:widgets\n'
        "</Accordion>\n",
        "<Accordion\n  title='Scopes'\n>\n- admin:widgets\n- read:widgets\n</Accordion>\n",
        '<Note>\n  <Tabs>\n    <Tab title={"Scopes"}>\n      - `admin:widgets`\n'
        "      - `read:widgets`\n    </Tab>\n  </Tabs>\n</Note>\n",
        ":::note[Scopes]\n- admin:widgets\n- read:widgets\n:::\n",
        ":::tip Scopes\n- admin:widgets\n- read:widgets\n:::\n",
        '<ResponseField name="scopes" type="string[]">\n  * admin:widgets\n  * read:widgets\n'
        "</ResponseField>\n",
    ],
)
def test_a_box_labelled_scopes_holds_the_list(text: str) -> None:
    doc = read_markdown(URL, text)

    assert any(isinstance(block, Container) and block.label for block, _ in walk(doc.blocks))
    assert find_scope_lists(doc.blocks) == [LISTED]


def test_box_tags_inside_a_fence_are_code() -> None:
    doc = read_markdown(
        URL, "```html\n<details><summary>Scopes</summary>\n- a:b\n</details>\n```\n"
    )

    (code,) = doc.blocks
    assert isinstance(code, Code) and code.info == "html" and "<details>" in code.text


def test_an_agent_block_is_a_box_no_reader_takes_facts_from() -> None:
    text = "<AgentInstructions>\nscopes:\n- admin:agents\n</AgentInstructions>\n\n# T\n"
    doc = read_markdown(URL, text)

    assert [b.kind for b, _ in walk(doc.blocks) if isinstance(b, Container)] == [Kind.AGENT]
    assert find_scope_lists(doc.blocks) == []


def test_html_inside_markdown_reads_as_blocks() -> None:
    text = (
        "# T\n\n<p>Scopes:</p>\n<ul><li><code>admin:widgets</code></li>"
        "<li><code>read:widgets</code></li></ul>\n"
    )

    assert find_scope_lists(read_markdown(URL, text).blocks) == [LISTED]


def test_html_page_blocks_title_and_chrome_dropped() -> None:
    html = (
        "<html><head><title>T | Docs</title><script>scopes: admin:x</script></head><body>"
        "<nav><p>Scopes:</p><ul><li>admin:nav</li></ul></nav>"
        "<h1>Widgets</h1><p>Text <code>a:b</code></p>"
        '<pre><code class="language-yaml">openapi: 3.0.1</code></pre>'
        "<table><tr><th>Scope</th><th>Description</th></tr>"
        "<tr><td><code>admin:widgets</code></td><td>All</td></tr></table></body></html>"
    )

    doc = read_html(URL, html)

    assert doc.title == "Widgets"
    kinds = [type(b) for b, _ in walk(doc.blocks)]
    assert Heading in kinds and Code in kinds and Table in kinds
    code = next(b for b, _ in walk(doc.blocks) if isinstance(b, Code))
    assert code.info == "yaml"
    assert "admin:nav" not in str(doc.blocks)


def test_a_definition_list_term_labels_its_definition() -> None:
    html = (
        "<h1>W</h1><dl><dt>Scopes</dt><dd><ul><li>admin:widgets</li><li>read:widgets</li></ul>"
        "</dd><dt>Rate limit</dt><dd>10/s</dd></dl>"
    )

    assert find_scope_lists(read_html(URL, html).blocks) == [LISTED]


def test_an_html_table_header_may_be_td_cells_in_thead() -> None:
    html = (
        "<h1>W</h1><table><thead><tr><td><b>Scope</b></td><td>About</td></tr></thead>"
        "<tbody><tr><td>admin:widgets</td><td>All</td></tr>"
        "<tr><td>read:widgets</td><td>Read</td></tr></tbody></table>"
    )

    assert find_scope_lists(read_html(URL, html).blocks) == [LISTED]


def test_html_details_box_labelled_by_its_summary() -> None:
    html = (
        "<h1>W</h1><details><summary>Required scopes</summary><p>Any of:</p>"
        "<ol><li><a href='/docs/clients#a'>admin:widgets</a></li><li>read:widgets</li></ol>"
        "</details>"
    )

    doc = read_html(URL, html)

    (box,) = [b for b, _ in walk(doc.blocks) if isinstance(b, Container) and b.label]
    assert plain(box.label) == "Required scopes"
    assert find_scope_lists(doc.blocks) == [LISTED]


@pytest.mark.parametrize(
    "text",
    [
        # The label ends a paragraph, as a description block quote's last line does.
        "> Reads widgets.\nAll of them.\nscopes:\n- admin:widgets\n- read:widgets\n",
        # Items indented four spaces continue the label's paragraph.
        "scopes:\n    - admin:widgets\n    - read:widgets\n",
        # Items indented four spaces under a heading are a code block.
        "### Scopes\n\n    - admin:widgets\n    - read:widgets\n",
        "| Scopes | Description |\n| --- | --- |\n| `admin:widgets` | All |\n"
        "| read:widgets | Read |\n",
        "Scopes: [admin:widgets](/a), [read:widgets](/b)\n",
        "Bearer token. Scopes: `admin:widgets` \u00b7 `read:widgets`.\n",
        'Scopes:\n\n```json\n["admin:widgets", "read:widgets"]\n```\n',
        "- Scopes:\n  - admin:widgets\n  - read:widgets\n",
        "Required OAuth 2.0 scopes (any one of):\n- admin:widgets\n- read:widgets\n",
        "#### Access scopes\n\n- admin:widgets\n- read:widgets\n",
    ],
)
def test_labels_where_markdown_puts_them(text: str) -> None:
    assert lists_in_markdown(text) == [LISTED]


def test_a_description_that_names_a_scope_is_accounted_for_by_its_list() -> None:
    (found,) = lists_in_markdown(
        "Scopes:\n- admin:widgets \u2014 includes `read:widgets` and write:widgets\n"
    )

    assert found.scopes == ("admin:widgets",)
    assert found.described == {"read:widgets", "write:widgets"}
