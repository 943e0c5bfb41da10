"""A reading-order view of a comparison: rows of cells, each cell a list of styled pieces.

The app's Qt models adapt it and the HTML exports render it: it holds no
markup, only text pieces with a class name, so escaping stays with the
template engine.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from workbench.align.diff import DELETE, EQUAL, DiffOptions, diff_ops
from workbench.core.models import AlignmentResult, Cue, Document, Related, Span


@dataclass
class Piece:
    text: str
    kind: str = ""  # "" plain, "changed" (differs from the reference passage), "removed" (reference words another
    #                 outlet replaces or leaves out)
    cue: Cue | None = None  # the framing cue this piece belongs to, if any


@dataclass
class Passage:
    span: Span
    pieces: list[Piece]
    reference: bool = False
    related: list[str] = field(default_factory=list)  # other groups (row ids) this passage resembles


@dataclass
class Row:
    kind: str  # "group", "unique" (only this outlet reports it) or "related" (in no group, resembles groups)
    id: str
    score: float | None
    cells: dict[str, list[Passage]] = field(default_factory=dict)
    related: list[str] = field(default_factory=list)  # for kind "related": the groups it resembles


def build_rows(
    documents: list[Document],
    result: AlignmentResult,
    options: DiffOptions = DiffOptions(),
    cues: list[Cue] | None = None,
) -> list[Row]:
    """Groups and unique passages in reading order (see ``_order``); ``documents`` are the columns, in order.

    ``cues`` (those to show) split the pieces they cover and ride along.
    """
    by_doc: dict[str, list[Cue]] = {}
    for c in sorted(cues or [], key=lambda c: (c.span.start, -c.span.end)):
        by_doc.setdefault(c.span.doc, []).append(c)

    marks: dict[str, list[tuple[int, list[str]]]] = {}
    for r in sorted(result.related, key=lambda r: r.span):
        marks.setdefault(r.span.doc, []).append((r.span.start, r.groups))

    def passage(span: Span, pieces: list[Piece], reference: bool = False) -> Passage:
        here = marks.get(span.doc, [])
        related: list[str] = []
        for k in range(bisect_left(here, (span.start,)), len(here)):
            if here[k][0] >= span.end:
                break
            related.extend(here[k][1])
        return Passage(span, _with_cues(pieces, span, by_doc.get(span.doc, [])), reference, list(dict.fromkeys(related)))

    text = {d.id: d.text for d in documents}
    order = _Order(documents)
    keyed: list[tuple[tuple, int, Row]] = []
    centres = group_centres(result)
    for n, g in enumerate(result.groups):
        row = Row("group", g.id, g.score)
        centre = centres.get(g.id, g.members[0])
        ref = text[centre.doc][centre.start : centre.end]
        removed = [False] * len(ref)  # reference characters another outlet replaces or leaves out
        cells: list[tuple[Span, Passage | None]] = []
        for m in g.members:
            if m == centre:
                cells.append((m, None))
                continue
            body = text[m.doc][m.start : m.end]
            ops = diff_ops(ref, body, options)
            if m.doc != centre.doc:
                for d in ops:
                    if d.op == DELETE:
                        removed[d.a_start : d.a_end] = [True] * (d.a_end - d.a_start)
            cells.append((m, passage(m, _pieces(body, ops))))
        for m, cell in cells:
            if cell is None:
                cell = passage(m, _marked(ref, removed), reference=True)
            row.cells.setdefault(m.doc, []).append(cell)
        keyed.append((order.key(g.members), n, row))
    for n, u in enumerate(result.unique):
        row = Row("unique", f"u{n + 1}", None, {u.doc: [passage(u, [Piece(text[u.doc][u.start : u.end])])]})
        keyed.append((order.key([u]), len(result.groups) + n, row))
    loose = _loose(result)
    for n, r in enumerate(loose):
        u = r.span
        row = Row("related", f"r{n + 1}", r.score, {u.doc: [passage(u, [Piece(text[u.doc][u.start : u.end])])]},
                  list(r.groups))
        keyed.append((order.key([u]), len(result.groups) + len(result.unique) + n, row))
    keyed.sort(key=lambda k: (k[0], k[1]))
    return [row for _, _, row in keyed]


def group_centres(result: AlignmentResult) -> dict[str, Span]:
    """Each group's reference passage (the member the others are diffed against), where it has alignments;
    a group without (its centre's outlet not compared) takes its first member."""
    return {a.group: a.a for a in result.alignments}


def _loose(result: AlignmentResult) -> list[Related]:
    """Related passages that are in no group (a grouped one shows its marker in its cell)."""
    members: dict[str, list[tuple[int, int]]] = {}
    for g in result.groups:
        for m in g.members:
            members.setdefault(m.doc, []).append((m.start, m.end))
    starts: dict[str, list[int]] = {}
    for doc, spans in members.items():
        spans.sort()
        starts[doc] = [start for start, _ in spans]

    def inside(span: Span) -> bool:
        """Whether ``span`` starts inside the member that starts last at or before it."""
        k = bisect_right(starts.get(span.doc, []), span.start) - 1
        return k >= 0 and span.start < members[span.doc][k][1]

    return [r for r in result.related if not inside(r.span)]


class _Order:
    """Where a row goes: the reader follows the reference outlet (the first column) and meets shared facts first.

    1. Rows with a passage in the reference outlet (its groups and the facts only
       it reports), in the order they appear there;
    2. then groups the reference outlet leaves out, by their mean relative position;
    3. then what only another outlet reports, column by column, in its order.
    """

    def __init__(self, documents: list[Document]) -> None:
        self.reference = documents[0].id if documents else ""
        self.length = {d.id: max(1, len(d.text)) for d in documents}
        self.column = {d.id: k for k, d in enumerate(documents)}

    def key(self, members: list[Span]) -> tuple:
        here = [m.start for m in members if m.doc == self.reference]
        if here:
            return (0, min(here) / self.length[self.reference], 0)
        if len({m.doc for m in members}) > 1:
            return (1, sum(m.start / self.length.get(m.doc, 1) for m in members) / len(members), 0)
        m = members[0]
        return (2, self.column.get(m.doc, len(self.column)), m.start / self.length.get(m.doc, 1))


def _marked(reference: str, removed: list[bool]) -> list[Piece]:
    """``reference`` split into runs, those flagged in ``removed`` of kind "removed" (spaces between them too)."""
    pieces: list[Piece] = []
    for k, ch in enumerate(reference):
        kind = "removed" if removed[k] and not (ch.isspace() and (k + 1 == len(reference) or not removed[k + 1])) else ""
        if pieces and pieces[-1].kind == kind:
            pieces[-1].text += ch
        else:
            pieces.append(Piece(ch, kind))
    return pieces or [Piece(reference)]


def _pieces(body: str, ops) -> list[Piece]:
    """``body`` split into runs shared with the reference and runs that differ (from the diff ``ops``)."""
    pieces: list[Piece] = []
    for d in ops:
        if d.op == DELETE:
            continue
        kind = "" if d.op == EQUAL else "changed"
        chunk = body[d.b_start : d.b_end]
        if pieces and pieces[-1].kind == kind:
            pieces[-1].text += chunk
        else:
            pieces.append(Piece(chunk, kind))
    return pieces


def _with_cues(pieces: list[Piece], span: Span, cues: list[Cue]) -> list[Piece]:
    """Split pieces at the edges of the cues inside ``span`` and mark the covered parts.

    Where cues overlap, the earlier (then longer) one wins the overlap.
    """
    inside = [c for c in cues if c.span.start < span.end and span.start < c.span.end]
    if not inside:
        return pieces
    owner: list[Cue | None] = [None] * (span.end - span.start)
    for c in reversed(inside):
        for k in range(max(c.span.start, span.start), min(c.span.end, span.end)):
            owner[k - span.start] = c
    out: list[Piece] = []
    offset = 0
    for piece in pieces:
        start = offset
        for k in range(offset, offset + len(piece.text)):
            if k + 1 == offset + len(piece.text) or owner[k + 1] is not owner[k]:
                chunk = piece.text[start - offset : k + 1 - offset]
                out.append(Piece(chunk, piece.kind, owner[k]))
                start = k + 1
        offset += len(piece.text)
    return out
