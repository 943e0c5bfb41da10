"""Readers that turn files, folders and URLs into ExtractedArticle objects.

Public interface (used by workbench.project):

- ``collect_sources(args) -> list[str]``: expand folders recursively (sorted,
  hidden files skipped), keep files and http(s) URLs as given;
  ``collect(args)`` also says which entries of a folder were left out and
  why (links out of it, FIFOs, devices, unreadable subfolders).
- ``read_source(source, max_bytes=MAX_BYTES) -> ExtractedArticle``: read one
  file or URL; raises ``IngestError`` with a code and a reason naming the file.
  Every limit (sizes, pages, time) is in ``workbench.ingest.limits``.
- ``detect_language(text) -> str``: ISO 639-1 code ("de", "en", ...).
"""

from workbench.ingest.language import detect_language
from workbench.ingest.limits import MAX_BYTES, MAX_CHARS
from workbench.ingest.reader import read_source
from workbench.ingest.sources import Collected, collect, collect_sources

__all__ = ["MAX_BYTES", "MAX_CHARS", "Collected", "collect", "collect_sources", "detect_language", "read_source"]
