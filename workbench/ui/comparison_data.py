"""What the comparison views show: a Qt-free snapshot computed off the UI thread.

A ``Comparison`` holds the compared documents (in column order), their column
labels and the reading-order rows of ``workbench.align.rows.build_rows``. The
Qt models (comparison, coverage, detail) are thin adapters over it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from workbench.align.diff import DiffOptions
from workbench.align.rows import Passage, Row, outlet_label
from workbench.core.models import Alignment, AlignmentResult, Document, Group, Span


@dataclass
class Comparison:
    docs: list[Document] = field(default_factory=list)  # with text, in column order
    labels: dict[str, str] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    result: AlignmentResult | None = None  # restricted to ``docs``
    options: DiffOptions = DiffOptions()
    note: str = ""  # why there is nothing to show (a hint for the empty view)

    @cached_property
    def doc_ids(self) -> list[str]:
        return [d.id for d in self.docs]

    @property
    def is_empty(self) -> bool:
        return not self.rows

    def document(self, key: str) -> Document | None:
        return next((d for d in self.docs if d.id == key), None)

    def label(self, key: str) -> str:
        return self.labels.get(key, key)

    def reporting(self, row: Row) -> list[str]:
        """Compared documents that have a passage in ``row``, in column order."""
        return [k for k in self.doc_ids if row.cells.get(k)]

    def reference(self, row: Row) -> Passage | None:
        for passages in row.cells.values():
            for p in passages:
                if p.reference:
                    return p
        return None

    def row_index(self, doc: str, offset: int) -> int | None:
        """The row whose passage in ``doc`` covers ``offset`` (None if no passage does)."""
        for n, row in enumerate(self.rows):
            for p in row.cells.get(doc, ()):
                if p.span.start <= offset < p.span.end:
                    return n
        return None

    def nearest_row_index(self, doc: str, offset: int) -> int | None:
        """The row of ``doc``'s passage covering ``offset``, else of the next passage after it."""
        exact = self.row_index(doc, offset)
        if exact is not None:
            return exact
        best: tuple[int, int] | None = None
        for n, row in enumerate(self.rows):
            for p in row.cells.get(doc, ()):
                if p.span.start >= offset and (best is None or p.span.start < best[0]):
                    best = (p.span.start, n)
        return best[1] if best else None

    def row_by_id(self, row_id: str) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.id == row_id), None)


def unique_labels(docs: list[Document]) -> dict[str, str]:
    """Column labels; the document id is added where two outlets share a name."""
    labels = {d.id: outlet_label(d, width=40) for d in docs}
    counts: dict[str, int] = {}
    for label in labels.values():
        counts[label] = counts.get(label, 0) + 1
    return {k: (f"{v} ({k})" if counts[v] > 1 else v) for k, v in labels.items()}


def restrict(result: AlignmentResult, docs: list[str]) -> AlignmentResult:
    """The part of ``result`` that concerns ``docs``.

    A group left with passages of only one document is no longer parallel
    across the compared outlets: its passages become unique.
    """
    keep = set(docs)
    groups: list[Group] = []
    unique = [u for u in result.unique if u.doc in keep]
    for g in result.groups:
        members = [m for m in g.members if m.doc in keep]
        if len({m.doc for m in members}) >= 2:
            groups.append(Group(g.id, g.score, members))
        else:
            unique.extend(members)
    kept = {g.id for g in groups}
    alignments: list[Alignment] = [
        a for a in result.alignments if a.group in kept and a.a.doc in keep and a.b.doc in keep
    ]
    unique.sort(key=lambda s: (docs.index(s.doc), s.start))
    return AlignmentResult(groups, alignments, unique, [d for d in docs], result.params)


def passage_spans(row: Row, docs: list[str]) -> list[Span]:
    """Every passage span of ``row`` in the given documents."""
    return [p.span for d in docs for p in row.cells.get(d, ())]
