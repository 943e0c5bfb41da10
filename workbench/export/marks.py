"""Annotations laid over reading-order rows: numbered markers in the text, notes under their rows.

Rows come from the ``Comparison`` (``workbench.comparison.rows``) (pieces carrying diff
kind and cue); here each piece is split again where annotation targets
begin and end. Everything stays plain text for the template to escape.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.core.annotation_models import Annotation
from workbench.core.models import Cue


@dataclass
class Mark:
    text: str
    kind: str = ""  # "", "changed" or "removed"
    cue: Cue | None = None
    notes: tuple[int, ...] = ()  # numbers of the annotations covering this text
    after: tuple[int, ...] = ()  # markers that follow it (an annotated passage ends here)
    cue_family: str = ""  # set by the renderer: the cue's CSS class
    cue_title: str | None = None  # set by the renderer: hover text
    cue_number: int | None = None  # set by the renderer: the cue's note number, on the first piece of the cue


@dataclass
class MarkedPassage:
    doc: str
    pieces: list[Mark]
    reference: bool = False
    related: list[str] = field(default_factory=list)  # ids of other rows this passage resembles


@dataclass
class MarkedRow:
    kind: str  # "group", "unique", "related" or "text" (a whole article)
    id: str
    score: float | None
    cells: dict[str, list[MarkedPassage]]
    notes: list[int] = field(default_factory=list)  # annotations whose note is shown under this row


def number_annotations(annotations: list[Annotation], *row_lists: list) -> dict[str, int]:
    """Annotation id -> note number, in reading order of where each first appears; the rest after."""
    by_doc = _targets_by_doc(annotations)
    numbers: dict[str, int] = {}
    for rows in row_lists:
        for row in rows:
            for doc, cell in row.cells.items():
                for p in cell:
                    hits = sorted((t.start, a.id) for a, t in by_doc.get(doc, ()) if t.start < p.span.end and p.span.start < t.end)
                    for _, aid in hits:
                        numbers.setdefault(aid, len(numbers) + 1)
    for a in annotations:
        numbers.setdefault(a.id, len(numbers) + 1)
    return numbers


def mark_rows(rows: list, annotations: list[Annotation], numbers: dict[str, int], seen: set[int] | None = None) -> list[MarkedRow]:
    """``rows`` with annotation marks; a row lists the notes that first appear in it (``seen`` carries over)."""
    by_doc = _targets_by_doc(annotations)
    seen = set() if seen is None else seen
    out = []
    for row in rows:
        cells: dict[str, list[MarkedPassage]] = {}
        in_row: list[int] = []
        for doc, cell in row.cells.items():
            for p in cell:
                targets = [(numbers[a.id], t.start, t.end) for a, t in by_doc.get(doc, ())
                           if t.start < p.span.end and p.span.start < t.end]
                in_row.extend(n for n, _, _ in targets)
                cells.setdefault(doc, []).append(MarkedPassage(doc, mark_pieces(p.span, p.pieces, targets), p.reference,
                                                             list(getattr(p, "related", []))))
        fresh = sorted(n for n in set(in_row) if n not in seen)
        seen.update(fresh)
        out.append(MarkedRow(row.kind, row.id, row.score, cells, fresh))
    return out


def mark_pieces(span, pieces: list, targets: list[tuple[int, int, int]]) -> list[Mark]:
    """Split ``pieces`` (covering ``span``) at the edges of ``targets`` (number, start, end; absolute offsets)."""
    if not targets:
        return [Mark(p.text, p.kind, p.cue) for p in pieces]
    clipped = [(n, max(s, span.start), min(e, span.end)) for n, s, e in targets]
    cuts = sorted({x for _, s, e in clipped for x in (s, e)})
    out: list[Mark] = []
    offset = span.start
    for p in pieces:
        start, end = offset, offset + len(p.text)
        edges = [start] + [c for c in cuts if start < c < end] + [end]
        for lo, hi in zip(edges, edges[1:]):
            if lo == hi:
                continue
            covering = tuple(sorted(n for n, s, e in clipped if s <= lo and hi <= e))
            ending = tuple(sorted(n for n, s, e in clipped if e == hi))
            out.append(Mark(p.text[lo - start : hi - start], p.kind, p.cue, covering, ending))
        offset = end
    return out


def _targets_by_doc(annotations: list[Annotation]) -> dict[str, list]:
    by_doc: dict[str, list] = {}
    for a in annotations:
        for t in a.targets:
            by_doc.setdefault(t.doc, []).append((a, t))
    return by_doc
