"""Annotations, the code system, and the exchange formats that carry them: part of the Project facade.

Every change is stored at once, in one transaction, and announced with an
event ("annotations-changed", "codes-changed"). Targets keep offsets and the
quoted text; a target whose quote no longer matches is reported detached and
moved only by ``reanchor_annotations`` (or an import), and only when the
quote is found exactly once nearby.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from workbench.core.annotation_models import (COLOUR, Annotation, Code, ComparisonImport, Target, annotation_number,
                                              normalise_code_name, reanchor)
from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.models import AlignmentResult, Cue, Span
from workbench.core.events import EventKind
from workbench.core.work import Progress
from workbench.project.comparing import AlignmentMixin
from workbench.store import ProjectStore


class AnnotationMixin(AlignmentMixin):
    """Annotations of passages, the code system, and importing a comparison JSON with its annotations."""

    # -- annotations ---------------------------------------------------------
    def annotate(self, targets: list[Span], note: str = "", codes: Iterable[str] = ()) -> Annotation:
        """Annotate one or more passages; codes the code system lacks are created (next palette colour)."""
        before = self._code_keys()
        annotation = self._store.save_annotation(note.strip(), _code_names(codes), self._quoted(targets))
        self._annotations_changed(annotation.docs, before)
        return annotation

    def annotation(self, ref: str | int) -> Annotation:
        number = _number(ref)
        found = self._store.annotations([number])
        if not found:
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"no annotation a{number} (see `workbench annotations`)")
        return found[0]

    def update_annotation(self, ref: str | int, note: str | None = None, codes: Iterable[str] | None = None,
                          targets: list[Span] | None = None) -> Annotation:
        """Change what is given; targets left alone keep their offsets and quotes (detached ones too)."""
        current, before = self.annotation(ref), self._code_keys()
        annotation = self._store.save_annotation(
            current.note if note is None else note.strip(), current.codes if codes is None else _code_names(codes),
            current.targets if targets is None else self._quoted(targets), number=current.number, replace=True)
        self._annotations_changed(set(current.docs) | set(annotation.docs), before)
        return annotation

    def delete_annotation(self, ref: str | int) -> Annotation:
        """Delete an annotation; returns it, so ``restore_annotation`` can undo the deletion."""
        annotation = self.annotation(ref)
        self._store.delete_annotation(annotation.number)
        self._emit(EventKind.ANNOTATIONS_CHANGED, annotation.docs)
        return annotation

    def restore_annotation(self, annotation: Annotation) -> Annotation:
        """Undo helper: put ``annotation`` back exactly as it was (id, note, codes, targets, timestamps),
        recreating it after a deletion or rewriting it after an update; missing codes are recreated."""
        exists, before = bool(self._store.annotations([annotation.number])), self._code_keys()
        restored = self._store.save_annotation(annotation.note, list(annotation.codes), list(annotation.targets),
                                              number=annotation.number, created=annotation.created,
                                              modified=annotation.modified, replace=exists)
        self._annotations_changed(restored.docs, before)
        return restored

    def annotations(self, code: str | None = None, doc: str | None = None, text: str | None = None) -> list[Annotation]:
        """Annotations in id order: those carrying ``code``, with a target in ``doc``, or whose note or
        quotes contain ``text`` (case-insensitive)."""
        found = self._store.annotations()
        if code:
            wanted = normalise_code_name(code).casefold()
            found = [a for a in found if any(c.casefold() == wanted for c in a.codes)]
        if doc:
            key = self._store.resolve(doc)
            found = [a for a in found if key in a.docs]
        if text:
            needle = text.casefold()
            found = [a for a in found if needle in a.note.casefold() or any(needle in t.quote.casefold() for t in a.targets)]
        return found

    def reanchor_annotations(self, refs: Iterable[str | int] | None = None) -> tuple[int, int]:
        """Move detached targets to where their quote is, when it occurs exactly once nearby.

        Returns (targets moved, targets still detached)."""
        moved = left = 0
        docs: set[str] = set()
        texts = _Texts(self._store)
        for a in [self.annotation(r) for r in refs] if refs else self._store.annotations():
            if not a.detached:
                continue
            targets = []
            for t in a.targets:
                found = reanchor(texts[t.doc], t) if t.detached else t
                moved, left = moved + bool(t.detached and found), left + (found is None)
                targets.append(found or t)
            if targets != a.targets:
                self._store.save_annotation(a.note, a.codes, targets, number=a.number, replace=True)
                docs.update(a.docs)
        if docs:
            self._emit(EventKind.ANNOTATIONS_CHANGED, sorted(docs))
        return moved, left

    def link_to_group(self, ref: str | int) -> Annotation:
        """Add the same passage in the other outlets of its group as targets.

        For a framing cue that is a target, its counterparts; otherwise the
        words the word diff puts opposite the target in each other member of
        its group (the whole member when the diff gives nothing)."""
        annotation = self.annotation(ref)
        result = self.alignment() or self.align()
        stored = self._store.load_cues()
        texts = _Texts(self._store)
        targeted = {t.doc for t in annotation.targets}
        added: list[Target] = []
        for t in annotation.targets:
            if t.detached:
                continue
            for span in _cue_counterparts(t, stored[0] if stored else []) or _group_passages(t, result, texts):
                if span.doc not in targeted:
                    targeted.add(span.doc)
                    added.append(Target(span.doc, span.start, span.end, texts[span.doc][span.start : span.end]))
        if not added:
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"{annotation.id}: no other outlet of its group to link "
                                 "(the passage is in no group, or every member is a target already)")
        linked = self._store.save_annotation(annotation.note, annotation.codes, annotation.targets + added,
                                            number=annotation.number, replace=True)
        self._emit(EventKind.ANNOTATIONS_CHANGED, linked.docs)
        return linked

    # -- the code system -----------------------------------------------------
    def codes(self) -> list[Code]:
        return self._store.codes()

    def add_code(self, name: str, colour: str | None = None, description: str = "") -> Code:
        name = _code_name(name)
        self._store.add_code(name, _colour(colour) if colour else None, (description or "").strip())
        self._emit(EventKind.CODES_CHANGED, [])
        return self._code(name)

    def rename_code(self, old: str, new: str) -> Code:
        self._store.update_code(normalise_code_name(old), new_name=_code_name(new))
        self._codes_changed()
        return self._code(_code_name(new))

    def recolour_code(self, name: str, colour: str) -> Code:
        self._store.update_code(normalise_code_name(name), colour=_colour(colour))
        self._codes_changed()
        return self._code(normalise_code_name(name))

    def describe_code(self, name: str, description: str) -> Code:
        self._store.update_code(normalise_code_name(name), description=description.strip())
        self._codes_changed()
        return self._code(normalise_code_name(name))

    def merge_codes(self, keep: str, other: str) -> int:
        """Annotations coded ``other`` get ``keep`` instead, and ``other`` leaves the code system."""
        touched = self._store.merge_codes(normalise_code_name(keep), normalise_code_name(other))
        self._codes_changed()
        return touched

    def remove_code(self, name: str) -> None:
        self._store.remove_code(normalise_code_name(name))
        self._codes_changed()

    # -- exchange ------------------------------------------------------------
    def import_comparison(self, path: str, progress: Progress | None = None,
                          workers: int | None = None) -> ComparisonImport:
        """Import a comparison JSON: its documents (one already here by SHA-256 is skipped) with their
        metadata, its code system, and its annotations, each target checked by its quote, re-anchored when
        the quote is found once nearby, else kept and reported detached. Groups and cues are recomputed.

        The whole file is checked before anything is written (a refusal changes nothing); texts are cleaned
        of control characters as every import's are, within the same size limit, and their SHA-256 computed
        from the text, never taken from the file."""
        from workbench.core.models import ExtractedArticle, ImportOutcome, ImportReport
        from workbench.export.comparison_io import place_annotations, read_comparison
        from workbench.ingest import detect_language

        incoming, out = read_comparison(path, _text_cleaner(), _max_chars()), ComparisonImport()  # all checked
        fresh: list[tuple[str, ExtractedArticle]] = []
        labels: dict[str, str] = {}
        twins: list[tuple[str, str]] = []
        for d in incoming.documents:
            label = f"{Path(path).name}: {d.id} ({d.source})"
            existing = self._store.find_by_sha(d.sha256)
            twin = next((x.id for x in incoming.documents if x.sha256 == d.sha256), d.id)
            if existing or twin != d.id:
                reason = f"already in the project as {existing}" if existing else f"same text as {twin} in the file"
                out.outcomes.append(ImportOutcome(label, "duplicate", reason, existing, ErrorCode.DUPLICATE.value))
                out.doc_map[d.id] = existing
                twins += [] if existing else [(d.id, twin)]
                continue
            meta = {k: v for k, v in d.meta.items() if k != "language"}
            language = d.meta.get("language") or detect_language(d.text)
            fresh.append((label, ExtractedArticle(d.text, d.source, d.sha256, d.extractor, language=language, **meta)))
            labels[label] = d.id
        report = ImportReport()
        self._store_articles(fresh, report, progress, 0, len(fresh), None, workers)
        out.outcomes += report.outcomes
        out.doc_map.update({labels[o.source]: o.doc_id for o in report.imported})
        out.doc_map.update({a: out.doc_map.get(b) for a, b in twins})
        if report.imported:
            self._emit(EventKind.DOCUMENTS_ADDED, [o.doc_id for o in report.imported if o.doc_id])
        before, known = self._code_keys(), self._code_keys()
        placed = place_annotations(incoming.annotations, {k: v for k, v in out.doc_map.items() if v},
                                   _Texts(self._store), self._store.annotations(), out)
        with self._store.write():  # the code system and the annotations: all or nothing
            for c in incoming.codes:
                if c["name"].casefold() not in known:
                    self._store.add_code(c["name"], c["colour"], c["description"])
                    known.add(c["name"].casefold())
            for a in placed:
                self._store.save_annotation(a.note, a.codes, a.targets, created=a.created, modified=a.modified)
        if placed:
            self._annotations_changed(sorted({t.doc for a in placed for t in a.targets}), before)
        elif self._code_keys() != before:
            self._emit(EventKind.CODES_CHANGED, [])
        return out

    # -- helpers ---------------------------------------------------------------
    def _quoted(self, spans: list[Span]) -> list[Target]:
        if not spans:
            raise WorkbenchError(ErrorCode.BAD_VALUE, "an annotation needs at least one passage")
        texts = _Texts(self._store)
        out = []
        for s in spans:
            key = self._store.resolve(s.doc)
            text = texts[key]
            if not 0 <= s.start < s.end <= len(text):
                raise WorkbenchError(ErrorCode.BAD_VALUE, f"{key}:{s.start}-{s.end} is not a passage of {key} "
                                     f"(its text has {len(text)} characters)")
            out.append(Target(key, s.start, s.end, text[s.start : s.end]))
        return out

    def _code_keys(self) -> set[str]:
        return {c.name.casefold() for c in self._store.codes()}

    def _code(self, name: str) -> Code:
        return next(c for c in self._store.codes() if c.name.casefold() == name.casefold())

    def _annotations_changed(self, docs: Iterable[str], codes_before: set[str]) -> None:
        self._emit(EventKind.ANNOTATIONS_CHANGED, sorted(docs))
        if self._code_keys() != codes_before:
            self._emit(EventKind.CODES_CHANGED, [])

    def _codes_changed(self) -> None:
        self._emit(EventKind.CODES_CHANGED, [])
        self._emit(EventKind.ANNOTATIONS_CHANGED, [])  # annotations show code names and colours


def _text_cleaner() -> Callable[[str], str]:
    """The ingest's rule for control characters (``workbench.ingest.text.remove_controls``); until that is in,
    the same rule here."""
    try:
        from workbench.ingest.text import remove_controls  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return _remove_controls
    return remove_controls


_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]+")


def _remove_controls(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    return _CONTROLS.sub("", text)


def _max_chars() -> int:
    """The ingest's limit on one text (``workbench.ingest.limits.MAX_CHARS``), for comparison JSON too."""
    from workbench.ingest import limits

    return int(getattr(limits, "MAX_CHARS", 2_000_000))


class _Texts(dict[str, str]):
    """Document texts, read once each."""

    def __init__(self, store: ProjectStore) -> None:
        super().__init__()
        self._store = store

    def __missing__(self, key: str) -> str:
        self[key] = self._store.document(key).text
        return self[key]


def _number(ref: str | int) -> int:
    try:
        return annotation_number(ref)
    except ValueError as exc:
        raise WorkbenchError(ErrorCode.BAD_VALUE, str(exc)) from exc


def _code_name(name: str) -> str:
    name = normalise_code_name(name or "")
    if not name:
        raise WorkbenchError(ErrorCode.BAD_VALUE, "a code needs a name")
    return name


def _code_names(names: Iterable[str]) -> list[str]:
    out: dict[str, str] = {}
    for n in names or ():
        out.setdefault(_code_name(n).casefold(), _code_name(n))
    return list(out.values())


def _colour(colour: str) -> str:
    colour = (colour or "").strip()
    if not COLOUR.fullmatch(colour):
        raise WorkbenchError(ErrorCode.BAD_VALUE, f"'{colour}' is not a colour: write #RRGGBB, e.g. #d62728")
    return colour.lower()


def _cue_counterparts(t: Target, cues: list[Cue]) -> list[Span]:
    """For a target that is a framing cue: its counterparts, the most specific (shortest) per outlet."""
    for c in cues:
        if c.span == t.span and c.counterparts:
            best: dict[str, Span] = {}
            for s, _ in c.counterparts:
                if s.doc not in best or s.end - s.start < best[s.doc].end - best[s.doc].start:
                    best[s.doc] = s
            return list(best.values())
    return []


def _group_passages(t: Target, result: AlignmentResult, texts: _Texts) -> list[Span]:
    """Per other outlet of the target's group, the words its word diff puts opposite the target (in the
    member sharing most of the target's words), or its whole member when it shares none."""
    from workbench.align.diff import diff_ops

    for g in result.groups:
        home = next((m for m in g.members if m.doc == t.doc and m.start < t.end and t.start < m.end), None)
        if home is None:
            continue
        a = texts[home.doc][home.start : home.end]
        lo, hi = max(t.start, home.start) - home.start, min(t.end, home.end) - home.start
        best: dict[str, tuple[int, Span]] = {}
        for m in g.members:
            if m.doc == t.doc:
                continue
            b = texts[m.doc][m.start : m.end]
            ops = diff_ops(a, b)
            shared = sum(max(0, min(op.a_end, hi) - max(op.a_start, lo)) for op in ops if op.op == 0)
            start, end = _map_offset(ops, lo, False), _map_offset(ops, hi, True)
            span = m
            if shared and start is not None and end is not None:
                while start < end and b[start].isspace():
                    start += 1
                while end > start and b[end - 1].isspace():
                    end -= 1
                if start < end:
                    span = Span(m.doc, m.start + start, m.start + end)
            if m.doc not in best or shared > best[m.doc][0]:
                best[m.doc] = (shared, span)
        return [span for _, span in best.values()]
    return []


def _map_offset(ops, x: int, end: bool) -> int | None:
    """Where offset ``x`` of side a falls on side b: exactly in shared words; at the edge of what b has
    instead where a's words are its own."""
    for i, op in enumerate(ops):
        if op.op == 1:
            continue
        if not (op.a_start < x <= op.a_end if end else op.a_start <= x < op.a_end):
            continue
        if op.op == 0:
            return op.b_start + (x - op.a_start)
        following = ops[i + 1] if i + 1 < len(ops) and ops[i + 1].op == 1 else None
        return (following.b_end if following else op.b_start) if end else op.b_start
    return None
