"""The comparison a reader sees, built once: the app's Qt models adapt it, every export renders it.

``compare`` builds a ``Comparison`` from an ``AlignmentResult`` of (at least)
the chosen outlets, the framing cues detected over it and the annotations:

- the alignment narrowed to the chosen outlets by ``restrict`` (its rules are
  in its docstring), the same rule for the app and every export;
- the reading-order rows of ``build_rows``: per row (a group, a passage only one
  outlet reports, or a related one) a cell per outlet, each a list of passages
  made of pieces (shared, changed or removed words), with the cues the
  ``CueFilter`` accepts on their pieces and the related markers on their passages;
- the column labels, every detected cue (neutral variants too) and the cues
  shown (``shown_cues``), and the annotations on the compared passages.

It holds no Qt and no markup, and never opens a project: the facade and the
app's workers hand it their data.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from workbench.align.diff import DiffOptions
from workbench.comparison.labels import column_labels, outlet_label
from workbench.comparison.restrict import keep_targets, passages, restrict, within
from workbench.comparison.rows import Passage, Row, build_rows
from workbench.core.annotation_models import Annotation
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
    annotations: list[Annotation] = field(default_factory=list)  # with their targets in the compared passages only
    shared_only: bool = False  # only the passages several outlets share (no unique or related ones; excerpts)

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
        for cell in row.cells.values():
            for p in cell:
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

    def refiltered(self, cue_filter: CueFilter) -> Comparison:
        """This comparison with the cues ``cue_filter`` accepts on its pieces: only the rows are laid out again."""
        if self.result is None or not self.docs:
            return replace(self, cue_filter=cue_filter, cue_error="")
        rows = build_rows(self.docs, self.result, self.options, [c for c in self.cues if cue_filter.accepts(c)])
        return replace(self, rows=rows, cue_filter=cue_filter, cue_error="")

    def full_texts(self) -> list[Row]:
        """One row per compared article, its whole text, with the shown cues on its pieces."""
        whole = AlignmentResult([], [], [Span(d.id, 0, len(d.text)) for d in self.docs], list(self.doc_ids), "")
        return build_rows(self.docs, whole, self.options, self.shown_cues)

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

    @cached_property
    def shown_cues(self) -> list[Cue]:
        """The cues the filter accepts in the compared articles (in the passages compared when ``shared_only``),
        in the order they were detected, each with its wordings elsewhere narrowed to the compared articles."""
        keep = set(self.doc_ids)
        shown = [_counterparts_in(c, keep) for c in self.cues if c.span.doc in keep and self.cue_filter.accepts(c)]
        if self.shared_only and self.result is not None:
            spans = passages(self.result)
            shown = [c for c in shown if within(c.span, spans)]
        return shown

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


def _counterparts_in(cue: Cue, chosen: set[str]) -> Cue:
    kept = [(s, t) for s, t in cue.counterparts if s.doc in chosen]
    return cue if len(kept) == len(cue.counterparts) else replace(cue, counterparts=kept)


def compare(
    documents: Sequence[Document],
    result: AlignmentResult,
    cues: Sequence[Cue] = (),
    cue_filter: CueFilter = CueFilter(),
    options: DiffOptions = DiffOptions(),
    annotations: Sequence[Annotation] = (),
    *,
    shared_only: bool = False,
    label_width: int = 32,
    others: Sequence[Document] = (),
    lay_out: bool = True,
) -> Comparison:
    """The comparison of ``documents`` (the chosen outlets, with their text, in column order).

    ``result`` is an alignment of at least those documents, narrowed here by ``restrict`` (``shared_only``:
    the groups alone); ``cues`` every cue detected over it (the rows carry those ``cue_filter`` accepts);
    ``annotations`` keep their targets in the compared articles (with ``shared_only``: in the shared
    passages). Column labels are cut to ``label_width``; ``others`` (articles not compared, where cues'
    wordings elsewhere may lie) get labels too. ``lay_out=False`` leaves the rows out (JSON and CSV need none).
    """
    docs = list(documents)
    keys = [d.id for d in docs]
    view = restrict(result, keys, unique=not shared_only)
    rows = build_rows(docs, view, options, [c for c in cues if cue_filter.accepts(c)]) if lay_out else []
    labels = column_labels(docs, label_width)
    for d in others:
        labels.setdefault(d.id, f"{outlet_label(d, label_width)} ({d.id})")
    chosen = set(keys)
    if shared_only:
        spans = passages(view)
        kept = keep_targets(list(annotations), lambda t: within(t, spans))
    else:
        kept = keep_targets(list(annotations), lambda t: t.doc in chosen)
    return Comparison(docs, labels, rows, view, options, note="" if rows or not lay_out else "nothing-aligned",
                      cues=list(cues), cue_filter=cue_filter, annotations=kept, shared_only=shared_only)
