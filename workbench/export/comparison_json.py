"""The comparison JSON (contract: workbench-comparison/1, see docs/architecture.md)."""

from __future__ import annotations

from workbench import __version__
from workbench.core.models import AlignmentResult, Document, Segment

SCHEMA = "workbench-comparison/1"


def comparison_dict(
    documents: list[Document],
    segments: dict[str, list[Segment]],
    result: AlignmentResult,
    cues: list[dict] | None = None,
    annotations: list[dict] | None = None,
) -> dict:
    """Assemble the contract's object; ``documents`` must carry their text."""
    return {
        "schema": SCHEMA,
        "generator": f"workbench {__version__}",
        "params": result.params,
        "documents": [d.to_json(with_text=True) for d in documents],
        "segments": [s.to_json() for d in documents for s in segments.get(d.id, [])],
        "groups": [g.to_json() for g in result.groups],
        "alignments": [a.to_json() for a in result.alignments],
        "unique": [u.to_json() for u in result.unique],
        "related": [r.to_json() for r in result.related],
        "cues": cues or [],
        "annotations": annotations or [],
    }
