"""The vocabulary every other package speaks: dataclasses and errors (standard library only)."""

from workbench.core.errors import ErrorCode, IngestError, StoreError, WorkbenchError
from workbench.core.models import (
    CORRECTION_KINDS,
    CUE_CATEGORIES,
    SEGMENT_KINDS,
    Alignment,
    AlignmentResult,
    Group,
    Analysis,
    Correction,
    Cue,
    Document,
    ExtractedArticle,
    ImportOutcome,
    ImportReport,
    Segment,
    Span,
    Token,
)

__all__ = [
    "CORRECTION_KINDS",
    "CUE_CATEGORIES",
    "SEGMENT_KINDS",
    "Alignment",
    "AlignmentResult",
    "Group",
    "Analysis",
    "Correction",
    "Cue",
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
