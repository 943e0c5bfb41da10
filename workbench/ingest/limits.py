"""The size limit for one source, in one place for files and URLs."""

from __future__ import annotations

from workbench.core.errors import ErrorCode, IngestError

MAX_BYTES = 20 * 1024 * 1024  # news articles are kilobytes; 20 MB allows PDFs with images


def too_large(source: str, size: int, max_bytes: int) -> IngestError:
    """The TOO_LARGE error, with both sizes in units people read."""
    return IngestError(
        ErrorCode.TOO_LARGE,
        source,
        f"is too large ({human_size(size)}; the limit is {human_size(max_bytes)})",
    )


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
