"""(being written)"""

from pathlib import Path

from scraper.model import Catalogue


def files(catalogue: Catalogue) -> dict[Path, bytes]:
    return {}
