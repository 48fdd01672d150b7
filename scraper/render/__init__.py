"""Catalogue -> files: the Python package, the JSON Schemas and the site's pages.

Each product module turns the catalogue into the values its templates show
(templates only lay them out) and returns a map of paths, relative to the output
directory, to bytes: the same for the same catalogue.
"""

from __future__ import annotations

from pathlib import Path

from scraper.model import Catalogue
from scraper.release import Release, current_version
from scraper.render import changelog, python, schema, site


def render_all(catalogue: Catalogue, history: list[Release]) -> dict[Path, bytes]:
    """Every generated file but the catalogue, the history and the normalized snapshot."""
    # The site first: its views are the largest of what rendering holds for a while, and
    # they are let go before the package is rendered, not while its files are kept.
    site_files = site.files(catalogue, current_version(history, catalogue.fetched_at))
    return {
        **python.files(catalogue, history),
        **schema.files(catalogue),
        **site_files,
        **changelog.files(history),
    }
