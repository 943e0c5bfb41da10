"""What the comparison views show: a Qt-free snapshot computed off the UI thread.

A ``Comparison`` holds the compared documents (in column order), their column
labels, the reading-order rows of ``workbench.align.rows.build_rows`` (with the
framing cues the filter lets through on their pieces), every cue detected over
the alignment and the actor-label table. The Qt models (comparison, coverage,
detail, actor labels) are thin adapters over it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property

from workbench.align.diff import DiffOptions
from workbench.align.rows import Passage, Row
from workbench.core.models import CUE_CATEGORIES, AlignmentResult, Cue, Document, Span


@dataclass(frozen=True)
class CueFilter:
    """Which framing cues are highlighted: some families; neutral variants only when asked for."""

    families: frozenset[str] = frozenset(CUE_CATEGORIES)
    include_hidden: bool = False

    def accepts(self, cue: Cue) -> bool:
        return cue.category in self.families and (cue.shown or self.include_hidden)


@dataclass
class Comparison:
    docs: list[Document] = field(default_factory=list)  # with text, in column order
    labels: dict[str, str] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    result: AlignmentResult | None = None  # restricted to ``docs``
    options: DiffOptions = DiffOptions()
    note: str = ""  # why there is nothing to show (a hint for the empty view)
    cues: list[Cue] = field(default_factory=list)  # every cue of the aligned documents, neutral variants too
    cue_filter: CueFilter = CueFilter()  # the cues on the rows' pieces are those it accepts
    actor_labels: list[dict] = field(default_factory=list)  # Project.label_table()["entities"]
    entities: dict[str, list[str]] = field(default_factory=dict)  # the actors the user defined
    cue_error: str = ""  # why no cues could be detected (the comparison is shown without them)

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

    # -- framing cues ----------------------------------------------------------
    @cached_property
    def _cues_by_doc(self) -> dict[str, list[Cue]]:
        out: dict[str, list[Cue]] = {}
        for c in sorted(self.cues, key=lambda c: (c.span.doc, c.span.start, -c.span.end)):
            out.setdefault(c.span.doc, []).append(c)
        return out

    def doc_cues(self, doc: str, visible: bool = True) -> list[Cue]:
        """The cues of ``doc`` in text order (only those the filter highlights when ``visible``)."""
        cues = self._cues_by_doc.get(doc, [])
        return [c for c in cues if self.cue_filter.accepts(c)] if visible else list(cues)

    def cues_in(self, span: Span, visible: bool = True) -> list[Cue]:
        return [c for c in self.doc_cues(span.doc, visible) if span.start <= c.span.start and c.span.end <= span.end]

    def cue_counts(self) -> dict[str, int]:
        """Cues per family in the compared articles (switched-off families counted too)."""
        counts: dict[str, int] = {}
        keep = set(self.doc_ids)
        for c in self.cues:
            if c.span.doc in keep and (c.shown or self.cue_filter.include_hidden):
                counts[c.category] = counts.get(c.category, 0) + 1
        return counts

    def find_cue(self, span: Span, category: str | None = None) -> Cue | None:
        """The cue at exactly ``span`` (of ``category`` when given), hidden or not."""
        return next((c for c in self._cues_by_doc.get(span.doc, [])
                     if c.span == span and (category is None or c.category == category)), None)

    def row_of(self, span: Span) -> int | None:
        """The row whose passage in ``span.doc`` contains ``span``."""
        return self.row_index(span.doc, span.start)

    def label_uses(self, entity: str, doc: str, label: str) -> list[Cue]:
        """Where ``doc`` calls ``entity`` ``label`` in its own words, best matches first.

        The table gives dictionary forms ("Staatsoberhaupt"); the text inflects them ("Staatsoberhäupter").
        """
        want = _fold(label)
        ranked = []
        for c in self._cues_by_doc.get(doc, []):
            if c.category != "actor_label" or not c.entity or c.speaker != "outlet" or entity not in c.entity.split(" & "):
                continue
            word = _fold(c.text)
            common = len(os.path.commonprefix([word, want]))
            if word == want:
                ranked.append((0, c))
            elif word.startswith(want) or (want.startswith(word) and len(word) >= 4):
                ranked.append((1, c))
            elif common >= max(4, int(0.7 * len(want))):
                ranked.append((2, c))
        return [c for _, c in sorted(ranked, key=lambda rc: (rc[0], rc[1].span.start))]


def _fold(word: str) -> str:
    """For matching a dictionary form with an inflected one: no case, hyphens or umlauts."""
    return word.casefold().replace("-", "").translate(_UMLAUTS)


_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def passage_spans(row: Row, docs: list[str]) -> list[Span]:
    """Every passage span of ``row`` in the given documents."""
    return [p.span for d in docs for p in row.cells.get(d, ())]
