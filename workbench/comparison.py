"""Aligning a project's documents: the part of the Project facade that runs the engine.

Kept apart from project.py so each stays small; Project mixes it in.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable

from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.files import write_atomically
from workbench.core.models import FURNITURE_KINDS, AlignmentResult, Span


class AlignmentMixin:
    """Needs ``self.store``, ``self._emit`` and ``self.analysis`` / ``self.segments`` (see Project)."""

    def align(
        self,
        docs: list[str] | None = None,
        params=None,
        progress: Callable[[int, int, str], None] | None = None,
        cancel: Callable[[], bool] | None = None,
        force: bool = False,
    ) -> AlignmentResult:
        """Align ``docs`` (default: all) and store the result.

        Nothing is recomputed when the documents, their analyses, the
        parameters and the corrections are what the stored result was made
        from; otherwise diffs of passage pairs that did not change are reused.
        """
        from workbench.align import DEFAULT_PARAMS, AlignInput, align

        params = params or DEFAULT_PARAMS
        keys, fingerprint = self._alignment_inputs(docs, params)
        corrections = self.store.corrections()
        stored = self.store.load_alignment()
        if stored and stored[1] == fingerprint and not force:
            return stored[0]
        inputs = []
        analyses = self.analyses(keys)  # the facade's: with the user's furniture marks applied
        for key in keys:
            doc = self.store.document(key)
            analysis = analyses[key]
            if analysis is None:
                raise WorkbenchError(ErrorCode.PIPELINE, f"{key} has not been analysed; re-import it")
            inputs.append(AlignInput(key, doc.text, analysis.segments, analysis.tokens, doc.language or "und"))
        cache = {}
        if stored and stored[0].params == params.fingerprint():
            cache = {(a.a, a.b): a.diff for a in stored[0].alignments}
        started = time.perf_counter()
        result = align(inputs, params, progress=progress, cancel=cancel, corrections=corrections, diff_cache=cache)
        self.store.save_alignment(result, fingerprint, time.perf_counter() - started)
        self._emit("alignment-changed", keys)
        return result

    def _alignment_inputs(self, docs: list[str] | None, params) -> tuple[list[str], str]:
        """The documents to align and the fingerprint of everything an alignment of them depends on."""
        keys = [self.store.resolve(d) for d in docs] if docs else [d.id for d in self.store.documents()]
        keys = list(dict.fromkeys(keys))
        if len(keys) < 2:
            raise WorkbenchError(ErrorCode.BAD_VALUE, "alignment needs at least two documents in the project")
        pipelines = self.store.pipelines()
        corrections = [c.to_json() for c in self.store.corrections()]
        return keys, _fingerprint(params.fingerprint(), [(k, pipelines.get(k)) for k in keys], corrections)

    def alignment_is_current(self, docs: list[str] | None = None, params=None) -> bool:
        """Whether the stored alignment is exactly what `align(docs, params)` would compute."""
        from workbench.align import DEFAULT_PARAMS

        stored = self.store.load_alignment()
        if stored is None:
            return False
        return stored[1] == self._alignment_inputs(docs, params or DEFAULT_PARAMS)[1]

    def alignment(self) -> AlignmentResult | None:
        """The stored alignment, without recomputing it (None before the first `align`)."""
        stored = self.store.load_alignment()
        return stored[0] if stored else None

    # -- corrections -------------------------------------------------------
    def correct(self, kind: str, spans: list[Span], note: str | None = None) -> int:
        """Record a correction (link / unlink / split); the next `align` applies it."""
        if kind in FURNITURE_KINDS:
            raise WorkbenchError(ErrorCode.BAD_VALUE,
                                 f"'{kind}' marks are made with mark_furniture (`workbench furniture`), not correct()")
        spans = [Span(self.store.resolve(s.doc), s.start, s.end) for s in spans]
        for s in spans:
            if s.end > len(self.store.document(s.doc).text):
                raise WorkbenchError(ErrorCode.BAD_VALUE, f"{s.doc}:{s.start}-{s.end} lies beyond the end of the text")
        correction_id = self.store.add_correction(kind, spans, note)
        self._emit("corrections-changed", [s.doc for s in spans])
        return correction_id

    def corrections(self):
        return self.store.corrections()

    def mark_furniture(self, span: Span, furniture: bool, note: str | None = None) -> int:
        """Mark a passage as page furniture (``furniture``) or as article text; returns the correction's id.

        The mark is a correction of kind 'furniture' or 'text': the text never
        changes, the mark is applied to the segments on every read and every
        `align`. Remove it with `remove_correction`.
        """
        key = self.store.resolve(span.doc)
        length = len(self.store.document(key).text)
        if not 0 <= span.start < span.end <= length:
            raise WorkbenchError(
                ErrorCode.BAD_VALUE,
                f"{key}:{span.start}-{span.end} is not a passage of {key} (its text has {length} characters)",
            )
        kind = "furniture" if furniture else "text"
        correction_id = self.store.add_correction(kind, [Span(key, span.start, span.end)], note)
        self._emit("corrections-changed", [key])
        return correction_id

    def furniture_marks(self, doc: str | None = None) -> list[tuple[str, int, int, bool]]:
        """The furniture / text marks as (doc, start, end, is_furniture), in the order they were made."""
        key = self.store.resolve(doc) if doc is not None else None
        return [(s.doc, s.start, s.end, furniture) for _, s, furniture in self.store.furniture_marks()
                if key is None or s.doc == key]

    def remove_correction(self, correction_id: int) -> None:
        """Remove any correction (link, unlink, split, or a furniture / text mark); the next `align` drops it."""
        docs = [s.doc for c in self.store.corrections() if c.id == correction_id for s in c.spans]
        self.store.remove_correction(correction_id)
        self._emit("corrections-changed", list(dict.fromkeys(docs)))

    def comparison_json(self, result: AlignmentResult, cues: list[dict] | None = None) -> dict:
        """The comparison JSON (contract) for ``result``."""
        from workbench.export.comparison_json import comparison_dict

        documents = [self.store.document(k) for k in result.docs]
        segments = {d.id: self.segments(d.id) for d in documents}
        return comparison_dict(documents, segments, result, cues=cues)


    def write_comparison(
        self, result: AlignmentResult, path: str, fmt: str = "html", title: str | None = None, params=None,
        cues=None,
    ) -> None:
        """Write the comparison of ``result``'s documents atomically: JSON (the contract, with ``cues``), or
        the HTML report (the one `export --format html` writes; ``params`` give its diff options)."""
        if fmt == "json":
            body = json.dumps(self.comparison_json(result, [c.to_json() for c in cues or []]), ensure_ascii=False, indent=1)
            write_atomically(path, body)
        elif fmt == "html":
            self.export(path, "html", outlets=list(result.docs), cues=None if cues is None or cues else [],
                        title=title, params=params)
        else:
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"unknown format '{fmt}': use json or html")


def _fingerprint(*parts) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()
