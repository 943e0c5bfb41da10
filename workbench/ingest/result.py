"""What a format reader hands back to the dispatcher, and version stamps.

Readers only know the bytes they were given; the dispatcher adds what they
cannot know (source name, checksum, language). Keeping that split in one small
dataclass stops every reader from re-implementing the ExtractedArticle fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata

from workbench.ingest.text import remove_controls


@dataclass
class Extraction:
    """Text and metadata one reader found; ``extractor`` says which reader."""

    text: str
    extractor: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None


@lru_cache(maxsize=None)
def stamp(distribution: str) -> str:
    """``"name version"`` for the extractor field, so a stored document says
    exactly which library produced its text (results change between versions)."""
    try:
        return f"{distribution} {metadata.version(distribution)}"
    except metadata.PackageNotFoundError:
        return distribution


def clean(value: object) -> str | None:
    """Metadata as a single trimmed line, or None when there is nothing."""
    if value is None:
        return None
    text = " ".join(remove_controls(str(value)).split())
    return text or None
