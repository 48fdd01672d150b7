"""Crawl docs.dintero.com into a catalogue of Dintero API scopes."""
