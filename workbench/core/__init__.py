"""The vocabulary every other package speaks: dataclasses and errors (standard library only)."""

from workbench.core.errors import ErrorCode, IngestError, StoreError, WorkbenchError
from workbench.core.models import (
    SEGMENT_KINDS,
    Analysis,
    Document,
    ExtractedArticle,
    ImportOutcome,
    ImportReport,
    Segment,
    Span,
    Token,
)

__all__ = [
    "SEGMENT_KINDS",
    "Analysis",
    "Document",
    "ErrorCode",
    "ExtractedArticle",
    "ImportOutcome",
    "ImportReport",
    "IngestError",
    "Segment",
    "Span",
    "StoreError",
    "Token",
    "WorkbenchError",
]
