"""The scan on the shapes real integrations were seen to use, each in a few lines of
code of our own: a request whose options array gets its method late, a request object
made with its URL, a parameter bag, a closure, settings with defaults, and others."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.runtime.cli import load_json
from scraper.scan.scanner import Scan, scan
from tests.test_scan import CATALOGUE, CO, endpoints


def scanned(tmp_path: Path, files: dict[str, str]) -> Scan:
    for name, source in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)
    return scan(load_json(CATALOGUE), [tmp_path])


# Each pattern: its files, and every (method, endpoint) the scan must find, nothing more.
PATTERNS = {
    "options-method-set-late": (
        {
            "adapter.php": "<?php\nclass Acme_Adapter {\n"
            "  private $base = 'https://checkout.dintero.com/v1/';\n"
            "  private function url($path) { return $this->base . trim($path, '/'); }\n"
            "  public function update($id, $args) {\n"
            "    $args['method'] = 'PUT';\n"
            "    return _wp_http_get_object()->request($this->url(\"transactions/$id\"), $args);\n"
            "  }\n"
            "}\n"
        },
        {("PUT", f"{CO}/transactions/{{id}}")},
    ),
}


@pytest.mark.parametrize("name", PATTERNS)
def test_real_integration_patterns(tmp_path: Path, name: str) -> None:
    files, expected = PATTERNS[name]
    result = scanned(tmp_path, files)
    assert endpoints(result) == expected
    assert all(f.problem is None for f in result.found), [f.problem for f in result.found]
