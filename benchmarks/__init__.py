"""Benchmarks: crawl efficiency, build scaling, mkdocs, and the generated package."""
