"""Column headings: one name per compared outlet, told apart where two share a name."""

from __future__ import annotations

from collections.abc import Iterable

from workbench.core.models import Document


def outlet_label(doc: Document, width: int = 32) -> str:
    """A column heading: the outlet, else a shortened title, else the file name."""
    if doc.outlet:
        return doc.outlet
    label = " ".join((doc.title or doc.source or doc.id).split())
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


def column_labels(documents: Iterable[Document], width: int = 32) -> dict[str, str]:
    """Column headings (``outlet_label``), with the document id added where two outlets share a name."""
    names = {d.id: outlet_label(d, width) for d in documents}
    counts: dict[str, int] = {}
    for name in names.values():
        counts[name] = counts.get(name, 0) + 1
    return {k: (f"{v} ({k})" if counts[v] > 1 else v) for k, v in names.items()}
