"""A reading-order view of a comparison: rows of cells, each cell a list of styled pieces.

The HTML exports render it (and the GUI can): it holds no markup, only
text pieces with a class name, so escaping stays with the template engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.align.diff import DELETE, EQUAL, DiffOptions, diff_ops
from workbench.core.models import AlignmentResult, Document, Span


@dataclass
class Piece:
    text: str
    kind: str = ""  # "" plain, "changed" (differs from the reference passage)


@dataclass
class Passage:
    span: Span
    pieces: list[Piece]
    reference: bool = False


@dataclass
class Row:
    kind: str  # "group" or "unique"
    id: str
    score: float | None
    cells: dict[str, list[Passage]] = field(default_factory=dict)


def outlet_label(doc: Document, width: int = 32) -> str:
    """A column heading: the outlet, else a shortened title, else the file name."""
    if doc.outlet:
        return doc.outlet
    label = " ".join((doc.title or doc.source or doc.id).split())
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


def build_rows(documents: list[Document], result: AlignmentResult, options: DiffOptions = DiffOptions()) -> list[Row]:
    """Groups and unique passages in reading order (by relative position in their articles)."""
    text = {d.id: d.text for d in documents}
    length = {d.id: max(1, len(d.text)) for d in documents}
    keyed: list[tuple[float, int, Row]] = []
    centres = {a.group: a.a for a in result.alignments}
    for n, g in enumerate(result.groups):
        row = Row("group", g.id, g.score)
        centre = centres.get(g.id, g.members[0])
        ref = text[centre.doc][centre.start : centre.end]
        for m in g.members:
            body = text[m.doc][m.start : m.end]
            if m == centre:
                passage = Passage(m, [Piece(body)], reference=True)
            else:
                passage = Passage(m, _pieces(ref, body, options))
            row.cells.setdefault(m.doc, []).append(passage)
        position = sum(m.start / length[m.doc] for m in g.members) / len(g.members)
        keyed.append((position, n, row))
    for n, u in enumerate(result.unique):
        row = Row("unique", f"u{n + 1}", None, {u.doc: [Passage(u, [Piece(text[u.doc][u.start : u.end])])]})
        keyed.append((u.start / length[u.doc], len(result.groups) + n, row))
    keyed.sort(key=lambda k: (k[0], k[1]))
    return [row for _, _, row in keyed]


def _pieces(reference: str, body: str, options: DiffOptions) -> list[Piece]:
    """``body`` split into runs shared with ``reference`` and runs that differ."""
    pieces: list[Piece] = []
    for d in diff_ops(reference, body, options):
        if d.op == DELETE:
            continue
        kind = "" if d.op == EQUAL else "changed"
        chunk = body[d.b_start : d.b_end]
        if pieces and pieces[-1].kind == kind:
            pieces[-1].text += chunk
        else:
            pieces.append(Piece(chunk, kind))
    return pieces
