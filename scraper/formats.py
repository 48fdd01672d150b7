"""The file formats of the docs site, by file extension: one list for every layer.

A file name says what a file is; the media type a server sends decides only for
URLs without a known extension (servers get it wrong: a `.md` page sent as JSON).
"""

from __future__ import annotations

from urllib.parse import urlsplit

# Each known extension and the media type a mirror serves it as.
MEDIA_TYPES = {
    ".md": "text/markdown",
    ".txt": "text/plain",
    ".yaml": "application/yaml",
    ".yml": "application/yaml",
    ".json": "application/json",
    ".html": "text/html",
}
FILE_SUFFIXES = tuple(MEDIA_TYPES)
SPEC_SUFFIXES = (".yaml", ".yml", ".json")
SPEC_MEDIA_TYPES = ("application/yaml", "application/x-yaml", "text/yaml", "application/json")


def url_path(url: str) -> str:
    """The lowercased path of a URL, without query or fragment."""
    return url.split("?", 1)[0].split("#", 1)[0].lower()


def has_file_suffix(url: str) -> bool:
    """Whether the URL's path names a file of a known format."""
    return urlsplit(url).path.lower().endswith(FILE_SUFFIXES)
